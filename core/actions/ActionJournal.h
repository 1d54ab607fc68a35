#pragma once
// ActionJournal: where an action's intent, outcome and refusals go — the
// incident's timeline. StepRunner writes the intent and starts the action
// only once `committed` says it is durable; the outcome goes under the handle
// the intent returned (the incident that started it).
#include "base/Result.h"
#include "incident/Incident.h"

#include <QCoreApplication>
#include <functional>

class IncidentSession;
class IncidentStore;
struct Runbook;

class ActionJournal
{
public:
    virtual ~ActionJournal() = default;
    // A run starts (Run was pressed): what it records from now on belongs to where it started.
    virtual void begin() {}
    // Returns the handle the outcome goes under; `committed` once, with the write's status.
    virtual QString intent(const QString &actionId, const QString &inputs, std::function<void(const Status &)> committed) = 0;
    virtual void outcome(const QString &handle, const QString &actionId, const QString &result, qint64 durationMs) = 0;
    virtual void refusal(const QString &actionId, const QString &reason) = 0;
    // A snapshot of what a probe showed or an action did, for its step; `attached` once with its id,
    // or an empty id and why not (no incident is open).
    virtual void evidence(const Evidence &e, std::function<void(const QString &id, const QString &error)> attached) = 0;
};

// The window's: the session's current incident, written on its worker thread.
class SessionJournal : public ActionJournal
{
public:
    explicit SessionJournal(IncidentSession *session) : m_session(session) {}
    void begin() override; // the incident current now gets the intent, outcome or refusal
    QString intent(const QString &actionId, const QString &inputs, std::function<void(const Status &)> committed) override;
    void outcome(const QString &handle, const QString &actionId, const QString &result, qint64 durationMs) override;
    void refusal(const QString &actionId, const QString &reason) override;
    // A probe's goes to the incident current now; a run's to the one current when Run was pressed.
    void evidence(const Evidence &e, std::function<void(const QString &id, const QString &error)> attached) override;

private:
    IncidentSession *m_session;
    QString m_incident;
};

// The CLI's: one incident of an open store, written at once.
class StoreJournal : public ActionJournal
{
public:
    // `runbook`: the incident's runbook, so a snapshot goes to its step's record (anchored on the step's text).
    StoreJournal(IncidentStore *store, QString incidentId, QString actor, const Runbook *runbook = nullptr)
        : m_store(store), m_incident(std::move(incidentId)), m_actor(std::move(actor)), m_runbook(runbook) {}
    QString intent(const QString &actionId, const QString &inputs, std::function<void(const Status &)> committed) override;
    void outcome(const QString &handle, const QString &actionId, const QString &result, qint64 durationMs) override;
    void refusal(const QString &actionId, const QString &reason) override;
    void evidence(const Evidence &e, std::function<void(const QString &id, const QString &error)> attached) override;

private:
    IncidentStore *m_store;
    QString m_incident;
    QString m_actor;
    const Runbook *m_runbook;
};
