#include "incident/IncidentSession.h"

#include <QPointer>
#include "incident/StepReconcile.h"

#include "incident/ChangeJournal.h"
#include "incident/IncidentStore.h"
#include "incident/StoreListener.h"
#include "base/TextUtil.h"

#include <QJsonArray>
#include <QSemaphore>
#include <QTimer>
#include <QUuid>


IncidentSession::IncidentSession(const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_actor(TextUtil::currentUserName()),
      m_clientId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_thread.setObjectName(QStringLiteral("incident-store"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    m_journalThread.setObjectName(QStringLiteral("incident-journal"));
    m_journalWorker = new QObject;
    m_journalWorker->moveToThread(&m_journalThread);
    connect(&m_journalThread, &QThread::finished, m_journalWorker, &QObject::deleteLater);
    m_journalThread.start();
    // Presence: a heartbeat while an incident of a team store is open.
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(5000);
    connect(m_heartbeat, &QTimer::timeout, this, [this] { touchPresence(true); });
}

IncidentSession::~IncidentSession()
{
    // Queued after every pending write, so they all reach the disk (journal) first.
    QMetaObject::invokeMethod(m_journalWorker, [this] {
        delete m_journal;
        m_journal = nullptr;
        QThread::currentThread()->quit();
    });
    m_journalThread.wait();
    QMetaObject::invokeMethod(m_worker, [this] {
        // Leaving says so, unless the server was away at the last look: presence
        // expires on its own, and a dead line must not hold up the app's exit.
        if (m_store && m_team && !m_workerCurrent.isEmpty() && m_store->isOpen() && m_workerReachable)
            m_store->touchPresence(m_workerCurrent, m_clientId, m_actor, false);
        delete m_listener;
        delete m_retry;
        delete m_sendJournal;
        delete m_store;
        m_listener = nullptr;
        m_retry = nullptr;
        m_sendJournal = nullptr;
        m_store = nullptr;
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
    {
        QSemaphore done;
        QMetaObject::invokeMethod(m_journalWorker, [&done] { done.release(); });
        done.acquire();
    }
    QSemaphore done;
    QMetaObject::invokeMethod(m_worker, [&done] { done.release(); });
    done.acquire();
}

void IncidentSession::openStore(const QString &address)
{
    const Clock *clock = &m_clock;
    m_address = address;
    m_team = StoreAddress::isTeam(address);
    const QString clientId = m_clientId, actor = m_actor;
    if (!m_team) {
        QMetaObject::invokeMethod(m_worker, [this, address, clock, clientId] {
            delete m_store;
            m_store = new IncidentStore(*clock);
            m_store->setClientId(clientId);
            const Status s = m_store->open(address);
            const bool ro = m_store->isReadOnly();
            const QStringList damage = m_store->damage();
            if (!s) {
                delete m_store;
                m_store = nullptr;
            }
            QMetaObject::invokeMethod(this, [this, s, ro, damage, address] {
                m_storeReady = s.ok();
                m_readOnly = s.ok() && ro;
                m_storeError = !s.ok()           ? s.error()
                               : !damage.isEmpty() ? tr("The incident store %1 is damaged (%2): incidents can be read, not changed, and what is shown may be "
                                                        "incomplete. Export them and continue in a new store.")
                                                         .arg(address, damage.join(QStringLiteral("; ")))
                               : ro ? tr("The incident store %1 is read-only: incidents can be read but not changed.").arg(address)
                                    : QString();
                Q_EMIT storeOpened(s.ok(), m_storeError);
                if (s)
                    refreshList();
            });
        });
        return;
    }
    // A team store: the journal first (what this window does is kept even if
    // the server never answers), then the server, its notifications, and
    // whatever the journal still holds from last time.
    const QString journalPath = m_journalPath.isEmpty() ? ChangeJournal::defaultPath(address, actor) : m_journalPath;
    QMetaObject::invokeMethod(m_journalWorker, [this, address, clock, clientId, journalPath] {
        delete m_journal;
        m_journal = new ChangeJournal;
        const Status js = m_journal->open(journalPath);
        if (!js) {
            delete m_journal;
            m_journal = nullptr;
            QMetaObject::invokeMethod(this, [this, js] {
                m_storeReady = false;
                m_storeError = js.error();
                Q_EMIT storeOpened(false, m_storeError);
            });
            return;
        }
        const int count = m_journal->pendingCount();
        QMetaObject::invokeMethod(m_worker, [this, address, clock, clientId, journalPath, count] {
            delete m_store;
            m_store = new IncidentStore(*clock);
            m_store->setClientId(clientId);
            const Status s = m_store->open(address);
            m_workerReachable = s.ok();
            delete m_sendJournal;
            m_sendJournal = new ChangeJournal;
            const Status js = m_sendJournal->open(journalPath);
            // Notes and fields that were being typed when the window ended are finished edits now.
            if (js)
                if (const auto drafts = m_sendJournal->drafts())
                    for (const IncidentChange &d : drafts.value()) {
                        IncidentChange done = IncidentChange::make(d.kind == QLatin1String("step.draft") ? QStringLiteral("step") : d.kind,
                                                                   d.incidentId, d.actor, d.args, d.madeAt);
                        done.args.insert(QStringLiteral("logged"), true);
                        done.base = d.base;
                        if (m_sendJournal->add(done))
                            m_sendJournal->dropDraft(d.incidentId, ChangeJournal::draftItem(d));
                    }
            if (!m_retry) {
                m_retry = new QTimer;
                m_retry->setSingleShot(true);
                m_retry->setInterval(2000);
                QObject::connect(m_retry, &QTimer::timeout, m_worker, [this] { flushOnWorker(); });
            }
            delete m_listener;
            m_listener = new StoreListener;
            QObject::connect(m_listener, &StoreListener::notified, m_worker, [this](const QJsonObject &p) { onNotified(p); });
            // Back after an outage: what was missed meanwhile is read again, and the journal sent.
            QObject::connect(m_listener, &StoreListener::reconnected, m_worker, [this] {
                flushOnWorker();
                if (!m_workerCurrent.isEmpty())
                    reloadOnWorker(m_workerCurrent, {}, {});
            });
            const Status ls = s ? m_listener->listen(address) : Status();
            if (!s)
                m_listener->listen(address); // keeps trying on its own
            QMetaObject::invokeMethod(this, [this, s, js, ls, count] {
                m_storeReady = js.ok();
                m_readOnly = false;
                m_reachable = s.ok();
                m_unshared = count;
                m_storeError = !js ? js.error() : !s ? s.error() : !ls ? ls.error() : QString();
                Q_EMIT storeOpened(js.ok(), m_storeError);
                Q_EMIT sharingChanged();
                if (s)
                    refreshList();
            });
            if (s)
                flushOnWorker();
            else
                m_retry->start();
        });
    });
}

void IncidentSession::flushOnWorker()
{
    if (!m_store || !m_sendJournal)
        return;
    const JournalSend r = sendJournal(*m_store, *m_sendJournal, m_afterSend);
    m_workerReachable = !r.unreachable;
    if (r.unreachable && m_retry)
        m_retry->start();
    const bool reachable = !r.unreachable;
    QList<JournalSend::Sent> sent = r.sent;
    const int remaining = r.remaining;
    const QString error = r.error;
    QMetaObject::invokeMethod(this, [this, sent, reachable, remaining, error] {
        for (const JournalSend::Sent &s : sent) {
            const Done done = m_waiting.take(s.change.id);
            if (!s.result)
                Q_EMIT storeFailed(tr("A change was not applied: %1").arg(s.result.error()));
            else if (!s.result->conflict.isEmpty())
                Q_EMIT conflictFound(s.result->conflict);
            if (done)
                done(s.result ? Status() : Status::failure(s.result.error()), s.result ? s.result.value() : AppliedChange{});
        }
        const bool changed = m_reachable != reachable || m_unshared != remaining;
        m_reachable = reachable;
        m_unshared = remaining;
        m_storeError = reachable ? QString() : error;
        if (changed)
            Q_EMIT sharingChanged();
    });
    if (reachable && remaining == 0 && !sent.isEmpty()) {
        QSet<QString> touched;
        for (const JournalSend::Sent &s : sent)
            touched.insert(s.change.incidentId);
        if (touched.contains(m_workerCurrent))
            reloadOnWorker(m_workerCurrent, {}, {});
        else
            reloadOnWorker({}, {}, {});
    }
}

void IncidentSession::onNotified(const QJsonObject &p)
{
    if (p.value(QStringLiteral("client")).toString() == m_clientId)
        return; // our own change
    const QString incident = p.value(QStringLiteral("incident")).toString();
    const QString actor = p.value(QStringLiteral("actor")).toString(), text = p.value(QStringLiteral("text")).toString();
    if (p.value(QStringLiteral("kind")).toString() == QLatin1String("presence")) {
        if (incident == m_workerCurrent && m_store)
            readPresenceOnWorker(*m_store, incident);
        return;
    }
    // Notifications that arrive together (a busy incident) are one reload: the
    // first schedules it, the others only update who did the latest change.
    m_reloadActor = actor;
    m_reloadText = text;
    m_reloadCurrent = m_reloadCurrent || incident == m_workerCurrent;
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QTimer::singleShot(0, m_worker, [this] {
        m_reloadQueued = false;
        const bool current = m_reloadCurrent;
        m_reloadCurrent = false;
        reloadOnWorker(current ? m_workerCurrent : QString(), m_reloadActor, m_reloadText);
    });
}

// Reads the incident (if given) and the list again, and hands them to the window.
void IncidentSession::reloadOnWorker(const QString &incidentId, const QString &actor, const QString &text)
{
    if (!m_store)
        return;
    const auto inc = incidentId.isEmpty() ? Result<Incident>::failure(QString()) : m_store->loadIncident(incidentId);
    const auto list = m_store->listIncidents();
    QMetaObject::invokeMethod(this, [this, inc, list, incidentId, actor, text] {
        // A reload while changes of ours are on their way would hide them for a moment: the one after they land follows.
        const bool ours = m_pendingWrites > 0 || m_unshared > 0;
        if (inc && !ours && m_current && m_current->id == incidentId) {
            m_current = inc.value();
            if (m_runbook)
                reconcileSteps(*m_current, *m_runbook);
            Q_EMIT incidentUpdated();
        }
        if (list && !ours) {
            m_incidents = list.value();
            Q_EMIT incidentsChanged();
        }
        if (!actor.isEmpty() && m_current && m_current->id == incidentId) {
            m_lastRemote = tr("%1: %2").arg(actor, text);
            Q_EMIT remoteChange(actor, text);
        }
    });
}

void IncidentSession::touchPresence(bool here)
{
    if (!m_team || !m_current)
        return;
    const QString id = m_current->id, client = m_clientId, actor = m_actor;
    onWorker([this, id, client, actor, here](IncidentStore &store) {
        if (store.isOpen() && store.touchPresence(id, client, actor, here))
            readPresenceOnWorker(store, id);
    });
}

// Who else has the incident open (seen within 20 s: a heartbeat is every 5 s), to the window.
void IncidentSession::readPresenceOnWorker(IncidentStore &store, const QString &incidentId)
{
    const auto list = store.presence(incidentId, 20);
    if (!list)
        return;
    QStringList names;
    for (const auto &h : list.value())
        if (h.clientId != m_clientId && !names.contains(h.actor))
            names.append(h.actor);
    QMetaObject::invokeMethod(this, [this, names, incidentId] {
        if (currentId() == incidentId && names != m_othersHere) {
            m_othersHere = names;
            Q_EMIT presenceChanged();
        }
    });
}

void IncidentSession::refreshList()
{
    onWorker([this](IncidentStore &store) {
        const auto list = store.listIncidents();
        const bool quiet = m_team && !list; // an unreachable team store says so in the window's banner
        QMetaObject::invokeMethod(this, [this, list, quiet] {
            if (!list) {
                if (!quiet)
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
    if (m_team) {
        // Made here and shown at once (the server may be away); the store makes the same incident from the change.
        const QDateTime now = m_clock.now();
        Incident inc;
        inc.id = IncidentStore::newIncidentId(now);
        inc.title = title.trimmed().isEmpty() ? tr("Incident %1").arg(now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) : title.trimmed();
        inc.runbookPath = runbook.path;
        inc.runbookHash = runbook.hash;
        inc.runbookTitle = runbook.title;
        inc.severity = severity;
        inc.createdAt = inc.updatedAt = now;
        inc.timeline.append({0, now, actor, QStringLiteral("incident.created"), {}, tr("Incident \"%1\" opened").arg(inc.title)});
        IncidentChange c = change(QStringLiteral("incident.create"),
                                  {{QStringLiteral("id"), inc.id}, {QStringLiteral("title"), inc.title}, {QStringLiteral("runbook_path"), runbook.path},
                                   {QStringLiteral("runbook_hash"), runbook.hash}, {QStringLiteral("runbook_title"), runbook.title},
                                   {QStringLiteral("severity"), severity}},
                                  inc.id);
        IncidentSummary summary{inc.id, inc.title, inc.status, inc.runbookTitle, inc.runbookPath, now, now, 0};
        m_incidents.prepend(summary);
        Q_EMIT incidentsChanged();
        applyLoaded(inc);
        submit(c);
        return;
    }
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

void IncidentSession::findOpenIncidentWithEvidence(const QString &source, std::function<void(const QString &id)> found)
{
    QPointer<IncidentSession> self(this);
    onWorker([self, source, found](IncidentStore &store) {
        const auto id = store.openIncidentWithEvidence(source);
        const QString value = id ? id.value() : QString();
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        if (self)
            QMetaObject::invokeMethod(self.data(), [found, value] { found(value); });
    });
}

void IncidentSession::loadIncident(const QString &id)
{
    const quint64 gen = ++m_loadGeneration;
    const QString actor = m_actor, client = m_clientId;
    const bool team = m_team;
    if (m_current && m_current->id != id)
        touchPresence(false);
    onWorker([this, id, gen, actor, team, client](IncidentStore &store) {
        // Notes stored as they were typed but never finished (the app ended
        // meanwhile) get their timeline line now (a team store's drafts are in the journal).
        if (!team && !store.isReadOnly())
            if (Status s = store.logNoteDrafts(id, actor); !s)
                qWarning("%s", qPrintable(s.error()));
        m_workerCurrent = id;
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
    touchPresence(false);
    m_current.reset();
    m_editBase.clear();
    m_othersHere.clear();
    m_lastRemote.clear();
    m_heartbeat->stop();
    QMetaObject::invokeMethod(m_worker, [this] { m_workerCurrent.clear(); });
    Q_EMIT currentChanged();
}

void IncidentSession::setRunbook(const Runbook &runbook)
{
    m_runbook = runbook;
    if (m_current) {
        reconcileSteps(*m_current, *m_runbook);
        Q_EMIT incidentUpdated();
    }
}

void IncidentSession::applyLoaded(const Incident &loaded)
{
    Incident incident = loaded;
    if (m_runbook)
        reconcileSteps(incident, *m_runbook);
    const bool same = m_current && m_current->id == incident.id;
    m_current = incident;
    if (same) {
        Q_EMIT incidentUpdated();
        return;
    }
    m_editBase.clear();
    m_othersHere.clear();
    m_lastRemote.clear();
    const QString id = incident.id;
    QMetaObject::invokeMethod(m_worker, [this, id] { m_workerCurrent = id; });
    if (m_team) {
        touchPresence(true);
        m_heartbeat->start();
    }
    Q_EMIT currentChanged();
    Q_EMIT presenceChanged();
}

IncidentChange IncidentSession::change(const QString &kind, const QJsonObject &args, const QString &incidentId) const
{
    return IncidentChange::make(kind, incidentId.isEmpty() ? currentId() : incidentId, m_actor, args, m_clock.now());
}

int IncidentSession::baseOf(const QString &item) const
{
    if (m_editBase.contains(item))
        return m_editBase.value(item);
    return m_current ? m_current->revs.value(item, 0) : 0;
}

void IncidentSession::editStarted(const QString &item)
{
    if (!m_editBase.contains(item))
        m_editBase.insert(item, m_current ? m_current->revs.value(item, 0) : 0);
}

void IncidentSession::editFinished(const QString &item)
{
    m_editBase.remove(item);
}

// Persists one change; when nothing of ours is on its way any more, the stored
// incident (with the timeline entries the store wrote) replaces the in-memory
// copy, so both always agree.
void IncidentSession::submit(IncidentChange c, Done done, bool whenKept)
{
    if (c.incidentId.isEmpty()) {
        if (done)
            done(Status::failure(tr("no incident is open")), {});
        return;
    }
    if (!m_storeReady || m_readOnly) {
        // The change stays in memory only; say so rather than pretend.
        const Status s = Status::failure(tr("The change was not saved: %1")
                                             .arg(m_storeError.isEmpty() ? tr("no incident store is available.") : m_storeError));
        Q_EMIT storeFailed(s.error());
        if (done)
            done(s, {});
        return;
    }
    ++m_pendingWrites;
    if (!m_team) {
        QMetaObject::invokeMethod(m_worker, [this, c, done] {
            const auto r = m_store ? m_store->apply(c) : Result<AppliedChange>::failure(tr("no incident store is open"));
            const auto reloaded = m_store ? m_store->loadIncident(c.incidentId) : Result<Incident>::failure(QString());
            const auto list = m_store ? m_store->listIncidents() : Result<QList<IncidentSummary>>::failure(QString());
            const QString id = c.incidentId;
            QMetaObject::invokeMethod(this, [this, r, reloaded, list, id, done] {
                --m_pendingWrites;
                if (!r)
                    Q_EMIT storeFailed(r.error());
                else if (!r->conflict.isEmpty())
                    Q_EMIT conflictFound(r->conflict);
                if (done)
                    done(r ? Status() : Status::failure(r.error()), r ? r.value() : AppliedChange{});
                if (m_pendingWrites == 0 && reloaded && m_current && m_current->id == id) {
                    m_current = reloaded.value();
                    if (m_runbook)
                        reconcileSteps(*m_current, *m_runbook);
                    Q_EMIT incidentUpdated();
                }
                if (m_pendingWrites == 0 && list) {
                    m_incidents = list.value();
                    Q_EMIT incidentsChanged();
                }
            });
        });
        return;
    }
    // Team: kept in the journal (committed) first, then sent.
    if (done && !whenKept)
        m_waiting.insert(c.id, done);
    const bool draft = c.isDraft();
    QMetaObject::invokeMethod(m_journalWorker, [this, c, done, whenKept, draft] {
        const Status s = !m_journal ? Status::failure(tr("the change journal is not open")) : draft ? m_journal->saveDraft(c) : m_journal->add(c);
        const int count = m_journal ? m_journal->pendingCount() : 0;
        const QString id = c.id;
        QMetaObject::invokeMethod(this, [this, s, count, done, whenKept, id] {
            --m_pendingWrites;
            if (!s) {
                Q_EMIT storeFailed(tr("The change could not be kept: %1").arg(s.error()));
                m_waiting.remove(id);
                if (done)
                    done(s, {});
            } else if (whenKept && done) {
                done({}, {});
            }
            if (m_unshared != count) {
                m_unshared = count;
                Q_EMIT sharingChanged();
            }
        });
        if (s && !draft)
            QMetaObject::invokeMethod(m_worker, [this] { flushOnWorker(); });
    });
}
