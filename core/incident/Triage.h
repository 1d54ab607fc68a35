#pragma once
// Triage: the order a responder walks the runbook in — sections whose rules
// are critical first, then those that warn, then the rest in the runbook's
// order; a procedure right after the step that points at it (its title named
// in the step's text, or a wiring's run_procedure). "Next step" is the first
// pending step after the current one in that order.
#include "incident/Incident.h"
#include "runbook/Runbook.h"

#include <QCoreApplication>
#include <optional>

namespace Triage {

enum class Urgency { None, Warning, Critical };

struct Place
{
    QString sectionId;
    QString stepId;
    QString reason; // why this step is next, for the status bar
};

// Every step in triage order, each with why it stands where it does.
// `pointers`: step id → the procedure section it runs (from the wiring), added to what the text names.
QList<Place> order(const Runbook &runbook, const QHash<QString, Urgency> &urgency, const QHash<QString, QString> &pointers = {});
// The first pending step after `currentStepId` (wrapping round); none when every step in the order is handled.
std::optional<Place> next(const Runbook &runbook, const Incident *incident, const QHash<QString, Urgency> &urgency,
                          const QString &currentStepId, const QHash<QString, QString> &pointers = {});
} // namespace Triage
