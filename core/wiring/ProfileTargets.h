#pragma once
// ProfileTargets: what a wiring profile's connectors point at, ready for the
// rooms below — a log source spec with its options, a database target — with
// secrets resolved from their references. `vars` expands ${DATA}, ${RUNBOOK_DIR}.
// Errors name profile, connector and key.
#include "base/Result.h"
#include "connectors/SqlRunner.h"
#include "logs/LogSource.h"
#include "wiring/Wiring.h"

#include <QHash>

namespace ProfileTargets {
Result<LogSource::Setup> logSource(const Profile &profile, const QHash<QString, QString> &vars);
// The database a sqlite / postgresql connector points at, its password resolved.
Result<SqlTarget> sqlTarget(const Profile &profile, const Connector &connector, const QHash<QString, QString> &vars);
} // namespace ProfileTargets
