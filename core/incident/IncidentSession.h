#pragma once
// IncidentSession: the GUI's incident — the store on a worker thread of its
// own (its own connection), the current incident in memory. Edits show at
// once and go to the store in order as IncidentChanges, each committed when
// made; failures come back as `storeFailed` and nothing in memory is dropped.
//
// On a team store (postgresql://…) every change is first committed to a local
// journal (ChangeJournal, its own thread, so a slow or unreachable server never
// delays it) and then sent by the worker; while the server cannot be reached
// changes wait there ("not yet shared") and go out in order, exactly once, when
// it is back. Other responders' changes arrive as notifications (StoreListener)
// and replace the in-memory incident within a second, with who made them; who
// else has the incident open is kept as presence.
#include "base/Clock.h"
#include "incident/Incident.h"
#include "base/Result.h"
#include "incident/IncidentChange.h"
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

    // A file path or a team store's address (postgresql://…).
    void openStore(const QString &address);
    // The team store's journal file (default: ChangeJournal::defaultPath); set before openStore.
    void setJournalPath(const QString &path) { m_journalPath = path; }
    bool isTeam() const { return m_team; }
    // Team store: whether the server answers, and how many changes wait in the journal.
    bool storeReachable() const { return m_reachable; }
    int unsharedChanges() const { return m_unshared; }
    // Team store: the others who have the current incident open (names, without this window).
    QStringList othersHere() const { return m_othersHere; }
    QString clientId() const { return m_clientId; }
    // The last change someone else made to the current incident, as shown ("bob: Step 3 marked done").
    QString lastRemoteChange() const { return m_lastRemote; }
    // Between the store's commit and the journal's update of each change sent (crash tests).
    void setAfterSendHookForTesting(std::function<void(const IncidentChange &)> hook) { m_afterSend = std::move(hook); }
    bool storeReady() const { return m_storeReady; }
    bool storeReadOnly() const { return m_readOnly; }
    QString storeError() const { return m_storeError; }

    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    void refreshList();
    const QList<IncidentSummary> &incidents() const { return m_incidents; }

    void createIncident(const QString &title, const Runbook &runbook, const QString &severity = {});
    void loadIncident(const QString &id);
    // The runbook the incidents are walked through: every incident loaded is
    // reconciled with it (its records find their steps; see StepReconcile.h).
    void setRunbook(const Runbook &runbook);
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
    // The newest open incident holding evidence from `source` ("alert:FP"),
    // looked up on the store's thread; `found` gets its id (empty: none) here.
    void findOpenIncidentWithEvidence(const QString &source, std::function<void(const QString &id)> found);
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
    // Someone else changed the current incident (it has been reloaded): who, and what.
    void remoteChange(const QString &actor, const QString &text);
    void presenceChanged();
    void sharingChanged(); // reachable / unshared changed
    // A change of this window's was not applied as made: someone else had changed the item.
    void conflictFound(const QString &message);

private:
    using Done = std::function<void(const Status &, const AppliedChange &)>;
    void onWorker(std::function<void(IncidentStore &)> job);
    // One change of the current incident (or of `incidentId`): to the store, or
    // (team) to the journal and then the store. `done` runs once it is applied
    // — or, with `whenKept`, once it is kept durably (journal or store).
    void submit(IncidentChange change, Done done = {}, bool whenKept = false);
    IncidentChange change(const QString &kind, const QJsonObject &args, const QString &incidentId = {}) const;
    int baseOf(const QString &item) const; // the revision this window's edit of an item is made on
    void editStarted(const QString &item);
    void editFinished(const QString &item);
    void applyLoaded(const Incident &incident);
    StepRecord &recordInMemory(const Step &step); // the current incident's record of the step, under its key, changed now
    StepRecord &stateInMemory(const Step &step, StepState state);
    StepRecord &noteInMemory(const Step &step, const QString &note); // the current incident's record, note set
    // Submits a change of the step's record: its key, hash and text go with `args`; `item` is the revision it edits.
    void submitStepChange(const QString &kind, const Step &step, QJsonObject args, const QString &item, bool finishesEdit = false);
    // Worker side (team): send the journal, listen, presence.
    void flushOnWorker();
    void onNotified(const QJsonObject &payload);
    void reloadOnWorker(const QString &incidentId, const QString &actor, const QString &text);
    void touchPresence(bool here);
    void readPresenceOnWorker(IncidentStore &store, const QString &incidentId);

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
    std::optional<Runbook> m_runbook;
    int m_pendingWrites = 0;
    quint64 m_loadGeneration = 0;
    QHash<QString, int> m_editBase;   // item → revision an edit in progress started on
    QHash<QString, Done> m_waiting;   // change id → done, once applied (team)

    // Team store
    bool m_team = false;
    bool m_reachable = true;
    int m_unshared = 0;
    QString m_address;
    QString m_journalPath;
    QString m_clientId;
    QStringList m_othersHere;
    QString m_lastRemote;
    QThread m_journalThread;
    QObject *m_journalWorker = nullptr; // lives in m_journalThread
    class ChangeJournal *m_journal = nullptr;       // used only from m_journalThread
    class ChangeJournal *m_sendJournal = nullptr;   // used only from m_thread
    class StoreListener *m_listener = nullptr;      // lives in m_thread
    class QTimer *m_retry = nullptr;                // lives in m_thread
    class QTimer *m_heartbeat = nullptr;            // GUI thread
    QString m_workerCurrent;                        // the current incident, as the worker knows it
    bool m_workerReachable = true; // worker: the server answered at the last look
    bool m_reloadQueued = false, m_reloadCurrent = false; // worker: notifications waiting for one reload
    QString m_reloadActor, m_reloadText;
    std::function<void(const IncidentChange &)> m_afterSend;
};
