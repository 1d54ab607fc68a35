#pragma once
// StepReconcile: a record finds its step in the runbook as it is now. Step ids
// are positions ("cron-job-health/step-3") and move when a step is inserted,
// deleted or reordered, or a section renamed; a record is anchored on the
// step's content instead: the same text (hash or normalised text) first, then
// a close rewording, with the old position as the tie-breaker. A record that
// finds no step is vanished — shown as such, never put on another step.
#include "incident/Incident.h"
#include "runbook/Runbook.h"

// Re-keys `incident.steps` by the runbook's step ids (each record keeps its own
// key in `stepId` and says how it matched), moves records without a step to
// `incident.vanished`, and points evidence at the step its record is on now.
void reconcileSteps(Incident &incident, const Runbook &runbook);

namespace StepText {
// Lower case, inline Markdown and punctuation gone, whitespace collapsed.
QString normalised(const QString &text);
// Its words, normalised and sorted.
QStringList words(const QString &text);
// How alike two sorted word lists are, 0…1: their Dice coefficient.
double dice(const QStringList &a, const QStringList &b);
// How alike two step texts are: dice() of their words.
double similarity(const QString &a, const QString &b);
} // namespace StepText
