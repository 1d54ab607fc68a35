#pragma once
// Incident: one walkthrough of a runbook — per-step state with notes and
// who/when, free notes and a timeline of every change.
#include "base/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QHash>
#include <QMap>
#include <QList>
#include <QString>
#include <optional>

enum class StepState { Pending, Done, Skipped, NotApplicable };
// The incident's stage: investigating → identified → monitoring → resolved.
// `Open` is the first stage (what an incident is when it is opened or reopened).
enum class IncidentStatus { Investigating, Identified, Monitoring, Resolved, Open = Investigating };

QString toText(StepState state);
QString toText(IncidentStatus status);
std::optional<StepState> stepStateFromString(const QString &text);
std::optional<IncidentStatus> incidentStatusFromString(const QString &text);
QStringList incidentStatusNames(); // investigating, identified, monitoring, resolved
// SEV1 (worst) … SEV4; empty when not set. Anything else is refused by the store.
bool isSeverity(const QString &text);
// The severity the breaching rules suggest: SEV1 when rules of two or more
// sections are critical, SEV2 for one, SEV3 for warnings only, else SEV4.
QString suggestedSeverity(int criticalSections, int warningSections);

// What a record says about the step it was made on: its text hash and its
// text, so the record finds its step again when the runbook changes.
struct StepStamp
{
    QString hash;
    QString text;
    StepStamp() = default;
    StepStamp(const QString &textHash) : hash(textHash) {} // a hash alone (imports, older callers)
    StepStamp(const QString &textHash, const QString &stepText) : hash(textHash), text(stepText) {}
};

// How a record found its step in the runbook as it is now (see StepReconcile.h).
enum class StepMatch {
    Same,     // the step it was made on, where it was
    Moved,    // the same text, somewhere else (a step inserted, deleted or reordered; a section renamed)
    Reworded, // the step's text changed since (a close match, or the same place)
};

struct StepRecord
{
    QString stepId;      // the step it is on (once reconciled, the step's id now)
    StepState state = StepState::Pending;
    QString note;
    QString actor;       // who changed it last
    QDateTime changedAt; // when
    QString textHash;    // the step's text hash when it was recorded
    QString noteLogged;  // the note as the timeline last recorded it (note differs while it is typed)
    QString evidenceId;  // the snapshot that showed it done ("E3"), when marked done from one
    QString text;        // the step's text when it was recorded (empty in records before schema 8)
    QString key;         // the record's own key in the store, when not stepId (the step's id when first recorded)
    StepMatch match = StepMatch::Same; // set by reconcileSteps; not stored
};

// A snapshot of what a probe, query or action showed, attached to its step:
// what ran, where, when, by whom, and the result (redacted, rows capped).
struct Evidence
{
    static constexpr int MaxRows = 50;

    QString id;          // "E1", "E2", … in the order they were attached to the incident
    QString stepId;
    QDateTime at;
    QString actor;
    QString kind;        // probe, preview, action, query
    QString source;      // the binding or query that ran
    QString what;        // the statement, query or request
    QString connector;
    QString profile;
    QString window;      // the time range it looked at ("last 1h"), when it has one
    QString summary;     // one line: "32 failed deliveries", "HTTP 200 in 41 ms"
    QString outcome;     // ok, problem, failed
    QStringList columns;
    QList<QStringList> rows; // at most MaxRows
    int moreRows = 0;        // rows beyond those kept
    std::optional<double> value;
    QList<double> series;    // for a sparkline (a count's buckets)
    bool pinned = false;
    bool inReport = true;    // removed from the report (never from the record) when false

    QJsonObject toJson() const;
    // Read back (an error names the field); the id may be empty (not yet attached).
    static Result<Evidence> fromJson(const QJsonObject &json);
};

// The incident's own fields a responder edits.
enum class IncidentField { Severity, Commander, Summary, Impact, RootCause };

struct FollowUp
{
    int id = 0;          // 1, 2, … per incident
    QString text;
    QString owner;
    QDate due;
    bool done = false;
};

struct IncidentNote
{
    qint64 id = 0;
    QDateTime at;
    QString author;
    QString text;
};

struct TimelineEvent
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString kind;    // "incident.created", "step.state", "step.note", "note.added", "incident.resolved", …
    QString subject; // a step id, or empty
    QString text;    // human-readable description
};

// One metric value of one evaluation while the incident was open.
struct MetricPoint
{
    QDateTime at;
    std::optional<double> value;
    QString severity; // ok, warning, critical, unknown, or empty when no rule judges it
};

struct IncidentSummary
{
    QString id;
    QString title;
    IncidentStatus status = IncidentStatus::Open;
    QString runbookTitle;
    QString runbookPath;
    QDateTime createdAt;
    QDateTime updatedAt;
    int stepsDone = 0; // done + skipped + n/a
};

struct Incident
{
    QString id;
    QString title;
    QString runbookPath;
    QString runbookHash;
    QString runbookTitle;
    QString assignee;
    IncidentStatus status = IncidentStatus::Open;
    QString severity;    // SEV1 … SEV4, or empty
    QString commander;
    QString summary;
    QString impact;
    QString rootCause;
    QList<FollowUp> followUps;
    QList<Evidence> evidence; // oldest first
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime resolvedAt;
    // By step id; absent means pending with no note. As read from the store it is
    // keyed by each record's own key; reconcileSteps re-keys it by the runbook's
    // steps as they are now and moves records that found no step to `vanished`.
    QHash<QString, StepRecord> steps;
    QList<StepRecord> vanished; // records whose step is no longer in the runbook (shown as such, never on another step)
    // Where the evidence of a vanished record is kept (never under a step id in use).
    static QString vanishedEvidenceKey(const QString &recordKey) { return QStringLiteral("vanished:") + recordKey; }
    // The record key of a vanished record's evidence key; empty for any other step id.
    static QString recordKeyOfVanishedEvidence(const QString &stepId)
    {
        return stepId.startsWith(QLatin1String("vanished:")) ? stepId.mid(9) : QString();
    }
    QList<IncidentNote> notes;
    QList<TimelineEvent> timeline;
    QHash<QString, QList<MetricPoint>> metrics; // metric id → points, oldest first
    QMap<QString, QString> variables;           // the runbook's placeholders set for this incident (NAMESPACE → shop)
    // The revision of each item as stored ("field/summary", "step/<id>/note", …): a change
    // made on an older one conflicts (see IncidentChange). Not part of the JSON.
    QHash<QString, int> revs;
    // What the store could not read whole (a damaged file: "the timeline
    // entries (…)"); empty when the record is whole. Not part of the JSON record.
    QStringList damage;

    StepRecord step(const QString &stepId) const;
    // The key a change to this step is recorded under: its record's own key when
    // it has one, else the step id — unless a record of another step holds that.
    QString recordKey(const QString &stepId) const;
    const Evidence *findEvidence(const QString &evidenceId) const;
    QList<Evidence> evidenceOf(const QString &stepId) const; // pinned first, then oldest first
    // Derived from the timeline: when it was detected (the alert it was
    // started from began, else the first rule that breached while it was
    // open, else when it was opened), first acted on (the
    // first step changed or action started), mitigated (status monitoring, else
    // resolved) and resolved. Invalid when it has not happened.
    QDateTime detectedAt() const;
    QDateTime firstActionAt() const;
    QDateTime mitigatedAt() const;
    // Everyone who changed something, in the order they first did.
    QStringList participants() const;
    // Not resolved: investigating, identified or monitoring — still being worked.
    bool isOpen() const { return status != IncidentStatus::Resolved; }
    // Timeline ids of action intents no outcome followed (the app ended, or lost
    // track, while the action ran): shown as "outcome unknown".
    QSet<qint64> actionsWithoutOutcome() const;
    // The text of a timeline event as shown: an intent without outcome says so.
    QString eventText(const TimelineEvent &e, const QSet<qint64> &withoutOutcome) const;
    // Everything the incident holds, as JSON (times in UTC ISO-8601; steps in id
    // order) — the "incident" object of docs/incident-schema.json.
    QJsonObject toJson() const;
    // The same read back; an error names the field ("incident.steps[2].state: …").
    static Result<Incident> fromJson(const QJsonObject &json);
};
