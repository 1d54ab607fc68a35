#pragma once
// RunbookJson: the Runbook model as JSON (what `runbook-cli inspect --json` prints).
#include "runbook/Runbook.h"

#include <QJsonObject>

namespace RunbookJson {
QJsonObject toJson(const Runbook &runbook);
QJsonObject toJson(const Section &section);
QJsonObject toJson(const ThresholdRule &rule);
} // namespace RunbookJson
