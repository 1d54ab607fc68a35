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
    switch (status) {
    case IncidentStatus::Investigating: return QStringLiteral("investigating");
    case IncidentStatus::Identified: return QStringLiteral("identified");
    case IncidentStatus::Monitoring: return QStringLiteral("monitoring");
    case IncidentStatus::Resolved: return QStringLiteral("resolved");
    }
    return {};
}

QStringList incidentStatusNames()
{
    return {QStringLiteral("investigating"), QStringLiteral("identified"), QStringLiteral("monitoring"), QStringLiteral("resolved")};
}

bool isSeverity(const QString &text)
{
    return text.size() == 4 && text.startsWith(QLatin1String("SEV")) && text.at(3) >= QLatin1Char('1') && text.at(3) <= QLatin1Char('4');
}

QString suggestedSeverity(int criticalSections, int warningSections)
{
    if (criticalSections >= 2)
        return QStringLiteral("SEV1");
    if (criticalSections == 1)
        return QStringLiteral("SEV2");
    return warningSections > 0 ? QStringLiteral("SEV3") : QStringLiteral("SEV4");
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
    const QString t = text.trimmed().toLower();
    if (t == QStringLiteral("open")) // stores before schema 6, and "reopen"
        return IncidentStatus::Open;
    const int i = incidentStatusNames().indexOf(t);
    if (i < 0)
        return std::nullopt;
    return IncidentStatus(i);
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

QString Incident::recordKey(const QString &stepId) const
{
    const auto it = steps.constFind(stepId);
    if (it != steps.constEnd())
        return it->key.isEmpty() ? it.key() : it->key;
    QSet<QString> taken;
    for (auto r = steps.constBegin(); r != steps.constEnd(); ++r)
        taken.insert(r->key.isEmpty() ? r.key() : r->key);
    for (const StepRecord &r : vanished)
        taken.insert(r.key.isEmpty() ? r.stepId : r.key);
    if (!taken.contains(stepId))
        return stepId;
    for (int n = 2;; ++n)
        if (const QString k = stepId + QStringLiteral("~%1").arg(n); !taken.contains(k))
            return k;
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

const Evidence *Incident::findEvidence(const QString &evidenceId) const
{
    for (const Evidence &e : evidence)
        if (e.id.compare(evidenceId, Qt::CaseInsensitive) == 0)
            return &e;
    return nullptr;
}

QList<Evidence> Incident::evidenceOf(const QString &stepId) const
{
    QList<Evidence> out;
    for (const Evidence &e : evidence)
        if (e.stepId == stepId)
            out.append(e);
    std::stable_sort(out.begin(), out.end(), [](const Evidence &a, const Evidence &b) { return a.pinned && !b.pinned; });
    return out;
}

QDateTime Incident::detectedAt() const
{
    // An incident started from an alert was detected when the alert began (its startsAt).
    QDateTime fired;
    for (const Evidence &e : evidence)
        if (e.kind == QLatin1String("alert"))
            for (const QStringList &row : e.rows)
                if (row.size() == 2 && row.first() == QLatin1String("startsAt"))
                    if (const QDateTime t = QDateTime::fromString(row.last(), Qt::ISODate); t.isValid() && (!fired.isValid() || t < fired))
                        fired = t;
    if (fired.isValid())
        return fired;
    QDateTime first;
    for (const QList<MetricPoint> &points : metrics)
        for (const MetricPoint &p : points)
            if ((p.severity == QLatin1String("critical") || p.severity == QLatin1String("warning")) && (!first.isValid() || p.at < first))
                first = p.at;
    return first.isValid() ? first : createdAt;
}

QDateTime Incident::firstActionAt() const
{
    for (const TimelineEvent &e : timeline)
        if (e.kind == QLatin1String("step.state") || e.kind == QLatin1String("action.intent"))
            return e.at;
    return {};
}

QDateTime Incident::mitigatedAt() const
{
    for (const TimelineEvent &e : timeline)
        if (e.kind == QLatin1String("incident.status") && e.subject == QLatin1String("monitoring"))
            return e.at;
    return resolvedAt;
}

QStringList Incident::participants() const
{
    QStringList out;
    for (const TimelineEvent &e : timeline)
        if (!e.actor.isEmpty() && e.actor != QLatin1String("runbook-assistant") && !out.contains(e.actor))
            out.append(e.actor);
    return out;
}
