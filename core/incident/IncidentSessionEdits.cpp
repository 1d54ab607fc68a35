// IncidentSession's edits: what a responder changes — step states, notes and
// drafts, the incident's fields, follow-ups, variables, evidence, metric
// values and action records — each shown at once and submitted as a change.
#include "incident/IncidentSession.h"

#include "incident/IncidentStore.h"

#include <QJsonArray>

namespace {
QJsonObject pointsJson(const QHash<QString, MetricPoint> &points)
{
    QJsonObject o;
    for (auto it = points.begin(); it != points.end(); ++it)
        o.insert(it.key(), QJsonObject{{QStringLiteral("at"), it->at.toUTC().toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("value"), it->value ? QJsonValue(*it->value) : QJsonValue()},
                                       {QStringLiteral("severity"), it->severity}});
    return o;
}
} // namespace

// The current incident's record of `step`, under its key, changed by us now.
StepRecord &IncidentSession::recordInMemory(const Step &step)
{
    const QString key = m_current->recordKey(step.id);
    StepRecord &r = m_current->steps[step.id];
    r.stepId = step.id;
    r.key = key == step.id ? QString() : key;
    r.actor = m_actor;
    r.changedAt = m_clock.now();
    return r;
}

// A state change records the step as it reads now.
StepRecord &IncidentSession::stateInMemory(const Step &step, StepState state)
{
    StepRecord &r = recordInMemory(step);
    r.state = state;
    r.textHash = step.textHash;
    r.text = step.plainText;
    r.match = StepMatch::Same;
    return r;
}

void IncidentSession::submitStepChange(const QString &kind, const Step &step, QJsonObject args, const QString &item, bool finishesEdit)
{
    Q_EMIT stepChanged(step.id);
    const QString key = m_current->recordKey(step.id);
    args.insert(QStringLiteral("step"), key);
    args.insert(QStringLiteral("hash"), step.textHash);
    args.insert(QStringLiteral("text"), step.plainText);
    IncidentChange c = change(kind, args);
    c.base.insert(item, baseOf(item)); // the revision the edit started from, before it is finished
    if (finishesEdit)
        editFinished(item);
    submit(c);
}

void IncidentSession::setStepState(const Step &step, StepState state, const QString &label)
{
    if (!m_current)
        return;
    stateInMemory(step, state);
    submitStepChange(QStringLiteral("step"), step, {{QStringLiteral("state"), toText(state)}, {QStringLiteral("label"), label}},
                     IncidentChange::stepStateItem(m_current->recordKey(step.id)));
}

StepRecord &IncidentSession::noteInMemory(const Step &step, const QString &note)
{
    StepRecord &r = recordInMemory(step);
    r.note = note;
    if (r.textHash.isEmpty())
        r.textHash = step.textHash;
    if (r.text.isEmpty())
        r.text = step.plainText;
    return r;
}

void IncidentSession::setStepNote(const Step &step, const QString &note, const QString &label)
{
    if (!m_current || (m_current->step(step.id).note == note && m_current->step(step.id).noteLogged == note))
        return;
    noteInMemory(step, note).noteLogged = note;
    submitStepChange(QStringLiteral("step"), step, {{QStringLiteral("note"), note}, {QStringLiteral("label"), label}},
                     IncidentChange::stepNoteItem(m_current->recordKey(step.id)), true);
}

void IncidentSession::saveStepNoteDraft(const Step &step, const QString &note)
{
    if (!m_current || m_current->step(step.id).note == note)
        return;
    noteInMemory(step, note);
    const QString item = IncidentChange::stepNoteItem(m_current->recordKey(step.id));
    editStarted(item);
    submitStepChange(QStringLiteral("step.draft"), step, {{QStringLiteral("note"), note}}, item);
}

void IncidentSession::addNote(const QString &text)
{
    if (!m_current || text.trimmed().isEmpty())
        return;
    m_current->notes.append({0, m_clock.now(), m_actor, text});
    Q_EMIT incidentUpdated();
    submit(change(QStringLiteral("note"), {{QStringLiteral("text"), text}}));
}

void IncidentSession::setStatus(IncidentStatus status)
{
    if (!m_current)
        return;
    m_current->status = status;
    Q_EMIT incidentUpdated();
    IncidentChange c = change(QStringLiteral("status"), {{QStringLiteral("status"), toText(status)}});
    c.base.insert(IncidentChange::statusItem(), baseOf(IncidentChange::statusItem()));
    submit(c);
}

void IncidentSession::recordMetrics(const QHash<QString, MetricPoint> &points)
{
    if (!m_current || !m_current->isOpen() || !m_storeReady || m_readOnly || points.isEmpty())
        return;
    for (auto it = points.begin(); it != points.end(); ++it)
        m_current->metrics[it.key()].append(it.value());
    Q_EMIT incidentUpdated();
    submit(change(QStringLiteral("metrics"), {{QStringLiteral("points"), pointsJson(points)}}));
}

QString IncidentSession::recordActionIntent(const QString &actionId, const QString &inputs, std::function<void(const Status &)> committed)
{
    return recordActionIntentOn(currentId(), actionId, inputs, std::move(committed));
}

QString IncidentSession::recordActionIntentOn(const QString &incident, const QString &actionId, const QString &inputs,
                                              std::function<void(const Status &)> committed)
{
    if (incident.isEmpty()) { // no incident to record on: the action runs unrecorded
        if (committed)
            committed({});
        return {};
    }
    // The action starts once its intent is kept (in the store, or a team store's journal).
    submit(change(QStringLiteral("action.intent"), {{QStringLiteral("action"), actionId}, {QStringLiteral("inputs"), inputs}}, incident),
           [committed](const Status &s, const AppliedChange &) {
               if (committed)
                   committed(s);
           },
           true);
    return incident;
}

void IncidentSession::setVariable(const QString &name, const QString &value)
{
    if (!m_current)
        return;
    m_current->variables.insert(name, value); // shown at once; the store's copy replaces it when written
    if (value.isEmpty())
        m_current->variables.remove(name);
    IncidentChange c = change(QStringLiteral("variable"), {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    c.base.insert(IncidentChange::variableItem(name), baseOf(IncidentChange::variableItem(name)));
    submit(c);
}

void IncidentSession::recordActionRefusal(const QString &actionId, const QString &reason)
{
    recordActionRefusalOn(currentId(), actionId, reason);
}

void IncidentSession::recordActionRefusalOn(const QString &incident, const QString &actionId, const QString &reason)
{
    if (incident.isEmpty())
        return;
    submit(change(QStringLiteral("action.refusal"), {{QStringLiteral("action"), actionId}, {QStringLiteral("reason"), reason}}, incident));
}

void IncidentSession::recordActionOutcome(const QString &incidentId, const QString &actionId, const QString &result, qint64 durationMs)
{
    if (incidentId.isEmpty())
        return;
    submit(change(QStringLiteral("action.outcome"),
                  {{QStringLiteral("action"), actionId}, {QStringLiteral("result"), result}, {QStringLiteral("duration_ms"), double(durationMs)}},
                  incidentId));
}

void IncidentSession::setField(IncidentField field, const QString &value, bool logged)
{
    if (!m_current)
        return;
    switch (field) {
    case IncidentField::Severity: m_current->severity = value.trimmed(); break;
    case IncidentField::Commander: m_current->commander = value.trimmed(); break;
    case IncidentField::Summary: m_current->summary = value; break;
    case IncidentField::Impact: m_current->impact = value; break;
    case IncidentField::RootCause: m_current->rootCause = value; break;
    }
    const QString item = IncidentChange::fieldItem(field);
    if (!logged)
        editStarted(item);
    IncidentChange c = change(QStringLiteral("field"), {{QStringLiteral("field"), toText(field)}, {QStringLiteral("value"), value},
                                                        {QStringLiteral("logged"), logged}});
    c.base.insert(item, baseOf(item));
    if (logged)
        editFinished(item);
    submit(c);
}

void IncidentSession::saveFollowUp(const FollowUp &followUp)
{
    if (!m_current)
        return;
    if (followUp.id != 0) {
        for (FollowUp &f : m_current->followUps)
            if (f.id == followUp.id)
                f = followUp;
        Q_EMIT incidentUpdated();
    }
    IncidentChange c = change(QStringLiteral("followup.save"),
                              {{QStringLiteral("followup"),
                                QJsonObject{{QStringLiteral("id"), followUp.id}, {QStringLiteral("text"), followUp.text},
                                            {QStringLiteral("owner"), followUp.owner},
                                            {QStringLiteral("due"), followUp.due.isValid() ? followUp.due.toString(Qt::ISODate) : QString()},
                                            {QStringLiteral("done"), followUp.done}}}});
    if (followUp.id != 0)
        c.base.insert(IncidentChange::followUpItem(followUp.id), baseOf(IncidentChange::followUpItem(followUp.id)));
    submit(c);
}

void IncidentSession::removeFollowUp(int followUpId)
{
    if (!m_current)
        return;
    m_current->followUps.removeIf([followUpId](const FollowUp &f) { return f.id == followUpId; });
    Q_EMIT incidentUpdated();
    submit(change(QStringLiteral("followup.remove"), {{QStringLiteral("id"), followUpId}}));
}

void IncidentSession::attachEvidence(const QString &incidentId, const Evidence &evidence,
                                     std::function<void(const QString &, const QString &)> attached)
{
    if (incidentId.isEmpty()) {
        if (attached)
            attached({}, tr("no incident is open"));
        return;
    }
    Evidence e = evidence;
    if (e.rows.size() > Evidence::MaxRows) { // capped here already: the change stays small
        e.moreRows += int(e.rows.size()) - Evidence::MaxRows;
        e.rows = e.rows.mid(0, Evidence::MaxRows);
    }
    QJsonObject args;
    // Attached under its step's record (anchored on the step's text), so it stays with that step.
    if (m_current && m_current->id == incidentId && m_runbook)
        if (const Step *step = m_runbook->step(e.stepId)) {
            e.stepId = m_current->recordKey(step->id);
            args.insert(QStringLiteral("step_hash"), step->textHash);
            args.insert(QStringLiteral("step_text"), step->plainText);
        }
    args.insert(QStringLiteral("evidence"), e.toJson());
    submit(change(QStringLiteral("evidence.attach"), args, incidentId),
           [attached](const Status &s, const AppliedChange &a) {
               if (attached)
                   attached(s ? a.resultId : QString(), s ? QString() : s.error());
           });
}

void IncidentSession::setEvidenceFlags(const QString &evidenceId, std::optional<bool> pinned, std::optional<bool> inReport)
{
    if (!m_current)
        return;
    for (Evidence &e : m_current->evidence)
        if (e.id == evidenceId) {
            e.pinned = pinned.value_or(e.pinned);
            e.inReport = inReport.value_or(e.inReport);
        }
    Q_EMIT incidentUpdated();
    QJsonObject args{{QStringLiteral("evidence"), evidenceId}};
    if (pinned)
        args.insert(QStringLiteral("pinned"), *pinned);
    if (inReport)
        args.insert(QStringLiteral("in_report"), *inReport);
    submit(change(QStringLiteral("evidence.flags"), args));
}

void IncidentSession::markStepDone(const Step &step, const QString &evidenceId, const QString &label)
{
    if (!m_current)
        return;
    stateInMemory(step, StepState::Done).evidenceId = evidenceId;
    submitStepChange(QStringLiteral("step.done"), step, {{QStringLiteral("evidence"), evidenceId}, {QStringLiteral("label"), label}},
                     IncidentChange::stepStateItem(m_current->recordKey(step.id)));
}
