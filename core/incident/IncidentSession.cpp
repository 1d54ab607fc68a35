#include "incident/IncidentSession.h"

#include "incident/IncidentStore.h"
#include "base/TextUtil.h"

#include <QSemaphore>

IncidentSession::IncidentSession(const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_actor(TextUtil::currentUserName())
{
    m_thread.setObjectName(QStringLiteral("incident-store"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

IncidentSession::~IncidentSession()
{
    // Queued after every pending write, so they all reach the disk first.
    IncidentStore *store = m_store;
    QMetaObject::invokeMethod(m_worker, [store] {
        delete store;
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

void IncidentSession::onWorker(std::function<void(IncidentStore &)> job)
{
    QMetaObject::invokeMethod(m_worker, [this, job = std::move(job)] {
        if (m_store)
            job(*m_store);
    });
}

void IncidentSession::waitForIdle()
{
    QSemaphore done;
    QMetaObject::invokeMethod(m_worker, [&done] { done.release(); });
    done.acquire();
}

void IncidentSession::openStore(const QString &path)
{
    const Clock *clock = &m_clock;
    QMetaObject::invokeMethod(m_worker, [this, path, clock] {
        delete m_store;
        m_store = new IncidentStore(*clock);
        const Status s = m_store->open(path);
        const bool ro = m_store->isReadOnly();
        if (!s) {
            delete m_store;
            m_store = nullptr;
        }
        QMetaObject::invokeMethod(this, [this, s, ro, path] {
            m_storeReady = s.ok();
            m_readOnly = s.ok() && ro;
            m_storeError = s.ok() ? (ro ? tr("The incident store %1 is read-only: incidents can be read but not changed.").arg(path)
                                        : QString())
                                  : s.error();
            Q_EMIT storeOpened(s.ok(), m_storeError);
            if (s)
                refreshList();
        });
    });
}

void IncidentSession::refreshList()
{
    onWorker([this](IncidentStore &store) {
        const auto list = store.listIncidents();
        QMetaObject::invokeMethod(this, [this, list] {
            if (!list) {
                Q_EMIT storeFailed(list.error());
                return;
            }
            m_incidents = list.value();
            Q_EMIT incidentsChanged();
        });
    });
}

void IncidentSession::createIncident(const QString &title, const Runbook &runbook, const QString &severity)
{
    if (!m_storeReady || m_readOnly) {
        Q_EMIT storeFailed(m_storeError.isEmpty() ? tr("No incident store is available.") : m_storeError);
        return;
    }
    const QString actor = m_actor;
    const quint64 gen = ++m_loadGeneration;
    onWorker([this, title, runbook, actor, gen, severity](IncidentStore &store) {
        const auto inc = store.createIncident(title, runbook, actor, severity);
        const auto list = store.listIncidents();
        QMetaObject::invokeMethod(this, [this, inc, list, gen] {
            if (!inc) {
                Q_EMIT storeFailed(inc.error());
                return;
            }
            if (list) {
                m_incidents = list.value();
                Q_EMIT incidentsChanged();
            }
            if (gen == m_loadGeneration)
                applyLoaded(inc.value());
        });
    });
}

void IncidentSession::loadIncident(const QString &id)
{
    const quint64 gen = ++m_loadGeneration;
    const QString actor = m_actor;
    onWorker([this, id, gen, actor](IncidentStore &store) {
        // Notes stored as they were typed but never finished (the app ended
        // meanwhile) get their timeline line now.
        if (!store.isReadOnly())
            if (Status s = store.logNoteDrafts(id, actor); !s)
                qWarning("%s", qPrintable(s.error()));
        const auto inc = store.loadIncident(id);
        QMetaObject::invokeMethod(this, [this, inc, gen] {
            if (gen != m_loadGeneration)
                return; // a later load or create won
            if (!inc) {
                Q_EMIT storeFailed(inc.error());
                return;
            }
            applyLoaded(inc.value());
        });
    });
}

void IncidentSession::closeIncident()
{
    ++m_loadGeneration;
    m_current.reset();
    Q_EMIT currentChanged();
}

void IncidentSession::applyLoaded(const Incident &incident)
{
    const bool same = m_current && m_current->id == incident.id;
    m_current = incident;
    if (same)
        Q_EMIT incidentUpdated();
    else
        Q_EMIT currentChanged();
}

// Persists one change of the current incident; when the queue drains, the
// stored incident (with the timeline entries the store wrote) replaces the
// in-memory copy, so both always agree.
void IncidentSession::write(std::function<Status(IncidentStore &, const QString &)> job)
{
    if (!m_current)
        return;
    writeTo(m_current->id, std::move(job), {});
}

void IncidentSession::writeTo(const QString &id, std::function<Status(IncidentStore &, const QString &)> job, std::function<void(const Status &)> done)
{
    if (!m_storeReady || m_readOnly) {
        // The change stays in memory only; say so rather than pretend.
        const Status s = Status::failure(tr("The change was not saved: %1")
                                             .arg(m_storeError.isEmpty() ? tr("no incident store is available.") : m_storeError));
        Q_EMIT storeFailed(s.error());
        if (done)
            done(s);
        return;
    }
    ++m_pendingWrites;
    QMetaObject::invokeMethod(m_worker, [this, job = std::move(job), id, done = std::move(done)] {
        const Status s = m_store ? job(*m_store, id) : Status::failure(tr("no incident store is open"));
        const auto reloaded = m_store ? m_store->loadIncident(id) : Result<Incident>::failure(QString());
        const auto list = m_store ? m_store->listIncidents() : Result<QList<IncidentSummary>>::failure(QString());
        QMetaObject::invokeMethod(this, [this, s, reloaded, list, id, done] {
            --m_pendingWrites;
            if (!s)
                Q_EMIT storeFailed(s.error());
            if (done)
                done(s);
            if (m_pendingWrites == 0 && reloaded && m_current && m_current->id == id) {
                m_current = reloaded.value();
                Q_EMIT incidentUpdated();
            }
            if (m_pendingWrites == 0 && list) {
                m_incidents = list.value();
                Q_EMIT incidentsChanged();
            }
        });
    });
}

void IncidentSession::setStepState(const Step &step, StepState state, const QString &label)
{
    if (!m_current)
        return;
    StepRecord &r = m_current->steps[step.id];
    r.stepId = step.id;
    r.state = state;
    r.actor = m_actor;
    r.changedAt = m_clock.now();
    r.textHash = step.textHash;
    Q_EMIT stepChanged(step.id);
    const QString actor = m_actor, stepId = step.id, hash = step.textHash;
    write([=](IncidentStore &store, const QString &id) { return store.setStepState(id, stepId, state, hash, actor, label); });
}

StepRecord &IncidentSession::noteInMemory(const Step &step, const QString &note)
{
    StepRecord &r = m_current->steps[step.id];
    r.stepId = step.id;
    r.note = note;
    r.actor = m_actor;
    r.changedAt = m_clock.now();
    if (r.textHash.isEmpty())
        r.textHash = step.textHash;
    return r;
}

void IncidentSession::setStepNote(const Step &step, const QString &note, const QString &label)
{
    if (!m_current || (m_current->step(step.id).note == note && m_current->step(step.id).noteLogged == note))
        return;
    noteInMemory(step, note).noteLogged = note;
    Q_EMIT stepChanged(step.id);
    const QString actor = m_actor, stepId = step.id, hash = step.textHash;
    write([=](IncidentStore &store, const QString &id) { return store.setStepNote(id, stepId, note, hash, actor, label); });
}

void IncidentSession::saveStepNoteDraft(const Step &step, const QString &note)
{
    if (!m_current || m_current->step(step.id).note == note)
        return;
    noteInMemory(step, note);
    const QString actor = m_actor, stepId = step.id, hash = step.textHash;
    write([=](IncidentStore &store, const QString &id) { return store.saveStepNoteDraft(id, stepId, note, hash, actor); });
}

void IncidentSession::addNote(const QString &text)
{
    if (!m_current || text.trimmed().isEmpty())
        return;
    m_current->notes.append({0, m_clock.now(), m_actor, text});
    Q_EMIT incidentUpdated();
    const QString actor = m_actor;
    write([=](IncidentStore &store, const QString &id) {
        const auto n = store.addNote(id, text, actor);
        return n ? Status() : Status::failure(n.error());
    });
}

void IncidentSession::setStatus(IncidentStatus status)
{
    if (!m_current)
        return;
    m_current->status = status;
    Q_EMIT incidentUpdated();
    const QString actor = m_actor;
    write([=](IncidentStore &store, const QString &id) { return store.setStatus(id, status, actor); });
}

void IncidentSession::recordMetrics(const QHash<QString, MetricPoint> &points)
{
    if (!m_current || !m_current->isOpen() || !m_storeReady || m_readOnly || points.isEmpty())
        return;
    for (auto it = points.begin(); it != points.end(); ++it)
        m_current->metrics[it.key()].append(it.value());
    Q_EMIT incidentUpdated();
    write([points](IncidentStore &store, const QString &id) { return store.recordMetrics(id, points); });
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
    const QString actor = m_actor;
    writeTo(incident, [=](IncidentStore &store, const QString &id) { return store.recordActionIntent(id, actionId, inputs, actor); },
            std::move(committed));
    return incident;
}

void IncidentSession::setVariable(const QString &name, const QString &value)
{
    if (!m_current)
        return;
    m_current->variables.insert(name, value); // shown at once; the store's copy replaces it when written
    if (value.isEmpty())
        m_current->variables.remove(name);
    const QString actor = m_actor;
    writeTo(m_current->id, [=](IncidentStore &store, const QString &id) { return store.setVariable(id, name, value, actor); }, {});
}

void IncidentSession::recordActionRefusal(const QString &actionId, const QString &reason)
{
    recordActionRefusalOn(currentId(), actionId, reason);
}

void IncidentSession::recordActionRefusalOn(const QString &incident, const QString &actionId, const QString &reason)
{
    if (incident.isEmpty())
        return;
    const QString actor = m_actor;
    writeTo(incident, [=](IncidentStore &store, const QString &id) { return store.recordActionRefusal(id, actionId, reason, actor); }, {});
}

void IncidentSession::recordActionOutcome(const QString &incidentId, const QString &actionId, const QString &result, qint64 durationMs)
{
    if (incidentId.isEmpty())
        return;
    const QString actor = m_actor;
    writeTo(incidentId, [=](IncidentStore &store, const QString &id) { return store.recordActionOutcome(id, actionId, result, durationMs, actor); }, {});
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
    const QString actor = m_actor;
    write([=](IncidentStore &store, const QString &id) { return store.setField(id, field, value, actor, logged); });
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
    const QString actor = m_actor;
    write([=](IncidentStore &store, const QString &id) -> Status {
        const auto saved = store.saveFollowUp(id, followUp, actor);
        return saved ? Status() : Status::failure(saved.error());
    });
}

void IncidentSession::removeFollowUp(int followUpId)
{
    if (!m_current)
        return;
    m_current->followUps.removeIf([followUpId](const FollowUp &f) { return f.id == followUpId; });
    Q_EMIT incidentUpdated();
    const QString actor = m_actor;
    write([=](IncidentStore &store, const QString &id) { return store.removeFollowUp(id, followUpId, actor); });
}

void IncidentSession::attachEvidence(const QString &incidentId, const Evidence &evidence,
                                     std::function<void(const QString &, const QString &)> attached)
{
    if (incidentId.isEmpty()) {
        if (attached)
            attached({}, tr("no incident is open"));
        return;
    }
    const QString actor = m_actor;
    auto id = std::make_shared<QString>();
    writeTo(incidentId, [=](IncidentStore &store, const QString &inc) -> Status {
        const auto r = store.attachEvidence(inc, evidence, actor);
        if (!r)
            return Status::failure(r.error());
        *id = r.value();
        return {};
    }, [id, attached](const Status &s) {
        if (attached)
            attached(s ? *id : QString(), s ? QString() : s.error());
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
    const QString actor = m_actor;
    write([=](IncidentStore &store, const QString &id) { return store.setEvidenceFlags(id, evidenceId, pinned, inReport, actor); });
}

void IncidentSession::markStepDone(const Step &step, const QString &evidenceId, const QString &label)
{
    if (!m_current)
        return;
    StepRecord &r = m_current->steps[step.id];
    r.stepId = step.id;
    r.state = StepState::Done;
    r.actor = m_actor;
    r.changedAt = m_clock.now();
    r.evidenceId = evidenceId;
    Q_EMIT stepChanged(step.id);
    const QString actor = m_actor, stepId = step.id, hash = step.textHash;
    write([=](IncidentStore &store, const QString &id) { return store.markStepDone(id, stepId, evidenceId, hash, actor, label); });
}
