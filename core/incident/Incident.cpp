#include "incident/Incident.h"

#include <QCoreApplication>
#include <QJsonArray>

QString toText(StepState state)
{
    switch (state) {
    case StepState::Pending: return QStringLiteral("pending");
    case StepState::Done: return QStringLiteral("done");
    case StepState::Skipped: return QStringLiteral("skipped");
    case StepState::NotApplicable: return QStringLiteral("n/a");
    }
    return {};
}

QString toText(IncidentStatus status)
{
    return status == IncidentStatus::Resolved ? QStringLiteral("resolved") : QStringLiteral("open");
}

std::optional<StepState> stepStateFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QStringLiteral("pending") || t == QStringLiteral("todo"))
        return StepState::Pending;
    if (t == QStringLiteral("done"))
        return StepState::Done;
    if (t == QStringLiteral("skipped") || t == QStringLiteral("skip"))
        return StepState::Skipped;
    if (t == QStringLiteral("n/a") || t == QStringLiteral("na") || t == QStringLiteral("not-applicable"))
        return StepState::NotApplicable;
    return std::nullopt;
}

std::optional<IncidentStatus> incidentStatusFromString(const QString &text)
{
    if (text == QStringLiteral("open"))
        return IncidentStatus::Open;
    if (text == QStringLiteral("resolved"))
        return IncidentStatus::Resolved;
    return std::nullopt;
}

StepRecord Incident::step(const QString &stepId) const
{
    const auto it = steps.constFind(stepId);
    if (it != steps.constEnd())
        return *it;
    StepRecord r;
    r.stepId = stepId;
    return r;
}

QJsonObject Incident::toJson() const
{
    auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(); };
    QJsonArray stepArray;
    QStringList ids = steps.keys();
    ids.sort();
    for (const QString &id : ids) {
        const StepRecord &r = steps.value(id);
        stepArray.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("state"), toText(r.state)}, {QStringLiteral("note"), r.note},
                                     {QStringLiteral("actor"), r.actor}, {QStringLiteral("changed_at"), time(r.changedAt)},
                                     {QStringLiteral("text_hash"), r.textHash}});
    }
    QJsonArray noteArray;
    for (const IncidentNote &n : notes)
        noteArray.append(QJsonObject{{QStringLiteral("at"), time(n.at)}, {QStringLiteral("author"), n.author}, {QStringLiteral("text"), n.text}});
    QJsonArray timelineArray;
    for (const TimelineEvent &e : timeline)
        timelineArray.append(QJsonObject{{QStringLiteral("at"), time(e.at)}, {QStringLiteral("actor"), e.actor}, {QStringLiteral("kind"), e.kind},
                                         {QStringLiteral("subject"), e.subject}, {QStringLiteral("text"), e.text}});
    QJsonObject metricObject;
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        QJsonArray points;
        for (const MetricPoint &p : it.value())
            points.append(QJsonObject{{QStringLiteral("at"), time(p.at)}, {QStringLiteral("value"), p.value ? QJsonValue(*p.value) : QJsonValue()},
                                      {QStringLiteral("severity"), p.severity}});
        metricObject.insert(it.key(), points);
    }
    QJsonObject variableObject;
    for (auto it = variables.begin(); it != variables.end(); ++it)
        variableObject.insert(it.key(), it.value());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("variables"), variableObject},
            {QStringLiteral("status"), toText(status)},
            {QStringLiteral("runbook"), QJsonObject{{QStringLiteral("path"), runbookPath}, {QStringLiteral("title"), runbookTitle}, {QStringLiteral("hash"), runbookHash}}},
            {QStringLiteral("assignee"), assignee},
            {QStringLiteral("created_at"), time(createdAt)},
            {QStringLiteral("updated_at"), time(updatedAt)},
            {QStringLiteral("resolved_at"), time(resolvedAt)},
            {QStringLiteral("steps"), stepArray},
            {QStringLiteral("notes"), noteArray},
            {QStringLiteral("timeline"), timelineArray},
            {QStringLiteral("metrics"), metricObject}};
}

QSet<qint64> Incident::actionsWithoutOutcome() const
{
    QSet<qint64> open;
    QHash<QString, QList<qint64>> pending; // action id → its intents still waiting, oldest first
    // In the order they were written (ids), not by their clocks.
    QList<const TimelineEvent *> written;
    for (const TimelineEvent &e : timeline)
        written.append(&e);
    std::sort(written.begin(), written.end(), [](const TimelineEvent *a, const TimelineEvent *b) { return a->id < b->id; });
    for (const TimelineEvent *ep : std::as_const(written)) {
        const TimelineEvent &e = *ep;
        if (e.kind == QStringLiteral("action.intent")) {
            pending[e.subject].append(e.id);
        } else if (e.kind == QStringLiteral("action.outcome") && !pending.value(e.subject).isEmpty()) {
            pending[e.subject].removeFirst();
        }
    }
    for (const QList<qint64> &ids : std::as_const(pending))
        for (qint64 id : ids)
            open.insert(id);
    return open;
}

QString Incident::eventText(const TimelineEvent &e, const QSet<qint64> &withoutOutcome) const
{
    if (withoutOutcome.contains(e.id))
        return QCoreApplication::translate("Incident", "%1 — outcome unknown: no outcome was recorded").arg(e.text);
    return e.text;
}
