#pragma once
// Incident: one walkthrough of a runbook — per-step state with notes and
// who/when, free notes and a timeline of every change.
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QHash>
#include <QMap>
#include <QList>
#include <QString>
#include <optional>

enum class StepState { Pending, Done, Skipped, NotApplicable };
enum class IncidentStatus { Open, Resolved };

QString toText(StepState state);
QString toText(IncidentStatus status);
std::optional<StepState> stepStateFromString(const QString &text);
std::optional<IncidentStatus> incidentStatusFromString(const QString &text);

struct StepRecord
{
    QString stepId;
    StepState state = StepState::Pending;
    QString note;
    QString actor;       // who changed it last
    QDateTime changedAt; // when
    QString textHash;    // the step's text hash when it was recorded
    QString noteLogged;  // the note as the timeline last recorded it (note differs while it is typed)
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
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime resolvedAt;
    QHash<QString, StepRecord> steps; // by step id; absent means pending with no note
    QList<IncidentNote> notes;
    QList<TimelineEvent> timeline;
    QHash<QString, QList<MetricPoint>> metrics; // metric id → points, oldest first
    QMap<QString, QString> variables;           // the runbook's placeholders set for this incident (NAMESPACE → shop)

    StepRecord step(const QString &stepId) const;
    bool isOpen() const { return status == IncidentStatus::Open; }
    // Timeline ids of action intents no outcome followed (the app ended, or lost
    // track, while the action ran): shown as "outcome unknown".
    QSet<qint64> actionsWithoutOutcome() const;
    // The text of a timeline event as shown: an intent without outcome says so.
    QString eventText(const TimelineEvent &e, const QSet<qint64> &withoutOutcome) const;
    // Everything the incident holds, as JSON (times in UTC ISO-8601; steps in id order).
    QJsonObject toJson() const;
};
