#pragma once
// IncidentSession: the GUI's incident — the store on a worker thread of its
// own (its own SQLite connection), the current incident in memory. Edits show
// at once and are written in order on the worker, each committed when made;
// failures come back as `storeError` and nothing in memory is dropped.
#include "base/Clock.h"
#include "incident/Incident.h"
#include "base/Result.h"
#include "runbook/Runbook.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <optional>

class IncidentStore;

class IncidentSession : public QObject
{
    Q_OBJECT
public:
    explicit IncidentSession(const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~IncidentSession() override; // finishes every queued write first

    void openStore(const QString &path);
    bool storeReady() const { return m_storeReady; }
    bool storeReadOnly() const { return m_readOnly; }
    QString storeError() const { return m_storeError; }

    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    void refreshList();
    const QList<IncidentSummary> &incidents() const { return m_incidents; }

    void createIncident(const QString &title, const Runbook &runbook, const QString &severity = {});
    void loadIncident(const QString &id);
    void closeIncident();
    const std::optional<Incident> &current() const { return m_current; }
    bool canEdit() const { return m_current && m_storeReady && !m_readOnly; }

    void setStepState(const Step &step, StepState state, const QString &label);
    // The finished edit of a step's note (a timeline line says what it now reads).
    void setStepNote(const Step &step, const QString &note, const QString &label);
    // The note while it is typed: stored at once (a crash loses nothing), no timeline line.
    void saveStepNoteDraft(const Step &step, const QString &note);
    void addNote(const QString &text);
    void setStatus(IncidentStatus status);
    // The values of one evaluation, kept with the current (open) incident.
    void recordMetrics(const QHash<QString, MetricPoint> &points);
    // An action's intent (before it runs) and outcome, on the current incident's timeline.
    // An action's intent, on the current incident; `committed` is called once
    // it is in the store (start the action then, and only if it succeeded).
    // Returns the incident it went to: the outcome goes there, whichever
    // incident is current when the action ends. Empty: no incident is open.
    QString recordActionIntent(const QString &actionId, const QString &inputs, std::function<void(const Status &)> committed = {});
    void recordActionOutcome(const QString &incidentId, const QString &actionId, const QString &result, qint64 durationMs);
    // A run refused before it started (wrong token, no confirmation), on the current incident.
    void recordActionRefusal(const QString &actionId, const QString &reason);
    // The same on a given incident (the one that was current when Run was pressed); empty: unrecorded.
    QString recordActionIntentOn(const QString &incidentId, const QString &actionId, const QString &inputs, std::function<void(const Status &)> committed);
    void recordActionRefusalOn(const QString &incidentId, const QString &actionId, const QString &reason);
    // Sets a variable of the current incident (empty clears it).
    void setVariable(const QString &name, const QString &value);
    QString currentId() const { return m_current ? m_current->id : QString(); }

    // The record of the current incident (shown at once, written in order).
    // A text field while typed: `logged` false (stored, no timeline line); the finished edit: true.
    void setField(IncidentField field, const QString &value, bool logged = true);
    void saveFollowUp(const FollowUp &followUp);
    void removeFollowUp(int followUpId);
    // A snapshot for `incidentId` (the incident current when the probe ran);
    // `attached` gets its id once stored (empty and the error when it failed).
    void attachEvidence(const QString &incidentId, const Evidence &evidence, std::function<void(const QString &id, const QString &error)> attached = {});
    void setEvidenceFlags(const QString &evidenceId, std::optional<bool> pinned, std::optional<bool> inReport);
    void markStepDone(const Step &step, const QString &evidenceId, const QString &label);

    int pendingWrites() const { return m_pendingWrites; }
    // Blocks until the worker has done everything queued so far (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    void storeOpened(bool ok, const QString &error);
    void incidentsChanged();
    void currentChanged();              // another incident (or none) is current
    void stepChanged(const QString &stepId);
    void incidentUpdated();             // notes, timeline, status of the current one
    void storeFailed(const QString &error);

private:
    void onWorker(std::function<void(IncidentStore &)> job);
    void write(std::function<Status(IncidentStore &, const QString &incidentId)> job);
    void writeTo(const QString &incidentId, std::function<Status(IncidentStore &, const QString &incidentId)> job,
                 std::function<void(const Status &)> done);
    void applyLoaded(const Incident &incident);
    StepRecord &noteInMemory(const Step &step, const QString &note); // the current incident's record, note set

    const Clock &m_clock;
    QThread m_thread;
    QObject *m_worker = nullptr;   // lives in m_thread
    IncidentStore *m_store = nullptr; // used only from m_thread
    bool m_storeReady = false;
    bool m_readOnly = false;
    QString m_storeError;
    QString m_actor;
    QList<IncidentSummary> m_incidents;
    std::optional<Incident> m_current;
    int m_pendingWrites = 0;
    quint64 m_loadGeneration = 0;
};
