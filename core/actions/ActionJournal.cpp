#include "actions/ActionJournal.h"

#include "incident/IncidentSession.h"
#include "incident/IncidentStore.h"
#include "incident/StepReconcile.h"

void SessionJournal::begin()
{
    m_incident = m_session->currentId();
}

QString SessionJournal::intent(const QString &actionId, const QString &inputs, std::function<void(const Status &)> committed)
{
    return m_session->recordActionIntentOn(m_incident, actionId, inputs, std::move(committed));
}

void SessionJournal::outcome(const QString &handle, const QString &actionId, const QString &result, qint64 durationMs)
{
    m_session->recordActionOutcome(handle, actionId, result, durationMs);
}

void SessionJournal::refusal(const QString &actionId, const QString &reason)
{
    m_session->recordActionRefusalOn(m_incident, actionId, reason);
}

QString StoreJournal::intent(const QString &actionId, const QString &inputs, std::function<void(const Status &)> committed)
{
    const Status s = m_store->recordActionIntent(m_incident, actionId, inputs, m_actor);
    committed(s);
    return m_incident;
}

void StoreJournal::outcome(const QString &handle, const QString &actionId, const QString &result, qint64 durationMs)
{
    (void)m_store->recordActionOutcome(handle, actionId, result, durationMs, m_actor);
}

void StoreJournal::refusal(const QString &actionId, const QString &reason)
{
    (void)m_store->recordActionRefusal(m_incident, actionId, reason, m_actor);
}

void SessionJournal::evidence(const Evidence &e, std::function<void(const QString &, const QString &)> attached)
{
    const QString incident = e.kind == QLatin1String("action") && !m_incident.isEmpty() ? m_incident : m_session->currentId();
    m_session->attachEvidence(incident, e, std::move(attached));
}

void StoreJournal::evidence(const Evidence &e, std::function<void(const QString &, const QString &)> attached)
{
    Evidence ev = e;
    StepStamp anchor;
    if (m_runbook)
        if (const Step *step = m_runbook->step(e.stepId))
            if (auto inc = m_store->loadIncident(m_incident)) {
                reconcileSteps(inc.value(), *m_runbook);
                ev.stepId = inc->recordKey(step->id);
                anchor = StepStamp(step->textHash, step->plainText);
            }
    const auto id = m_store->attachEvidence(m_incident, ev, m_actor, anchor);
    attached(id ? id.value() : QString(), id ? QString() : id.error());
}
