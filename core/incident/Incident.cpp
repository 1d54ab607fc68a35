#include "incident/Incident.h"

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
