#pragma once
// AlertIncident: what a firing alert brings to the incident it starts — the
// runbook's variables from the alert's labels (NAMESPACE ← namespace,
// POD ← pod, POD_NAME ← pod, INSTANCE ← instance: by name, case-insensitive,
// and every {{ $labels.x }} the runbook uses), a title, a severity suggested
// from the `severity` label, the section to open at, and the record kept on
// the incident: evidence of kind "alert" (labels, annotations, startsAt,
// fingerprint) whose source is "alert:FINGERPRINT" — how a second firing of
// the same alert finds its open incident.
#include "incident/Incident.h"
#include "prometheus/AlertmanagerClient.h"
#include "base/Result.h"
#include "runbook/Runbook.h"

#include <QMap>

struct LibraryEntry;

// What starting an incident from an alert opens: its runbook (parsed), the
// section, the variables, a title and a severity; `why` says how the runbook was found.
struct AlertStart
{
    Runbook runbook;
    QString sectionId;
    QMap<QString, QString> variables;
    QString title;
    QString severity;
    QString why;
};

namespace AlertIncident {
// The alert's runbook from the library (runbook_url, else its name); an
// error says what was looked for when no runbook matches.
Result<AlertStart> plan(const Alert &alert, const QList<LibraryEntry> &library);
QMap<QString, QString> variables(const Alert &alert, const Runbook &runbook);
QString title(const Alert &alert);
// critical/page → SEV2 (SEV1 is for more than one critical area), warning → SEV3, info → SEV4; else empty.
QString severity(const Alert &alert);
// The section the alert is about: `hint` (an id from the library), else the
// section whose alert it is, else the runbook's first; empty for no sections.
QString section(const Runbook &runbook, const QString &alertName, const QString &hint);
QString source(const QString &fingerprint); // "alert:FINGERPRINT"
// The alert as evidence on the incident: fired (`resolvedAt` invalid) or resolved.
Evidence evidence(const Alert &alert, const QDateTime &resolvedAt = {});
// The fingerprint and start of an alert evidence ("" / invalid for other evidence).
QString fingerprintOf(const Evidence &e);
// The alert an alert evidence recorded (labels, annotations, startsAt), read back from its rows.
Alert alertOf(const Evidence &e);
// The alerts recorded on `incident` as firing and not yet as resolved, newest record of each.
QList<Alert> unresolvedAlerts(const Incident &incident);
} // namespace AlertIncident
