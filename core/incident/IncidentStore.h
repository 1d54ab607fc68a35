#pragma once
// IncidentStore: incidents persisted in SQLite (WAL, versioned schema
// migrations). Every change is its own transaction, committed when it is made,
// with a timeline entry in the same transaction. The store belongs to the
// thread that opened it (its own named Qt Sql connection); the GUI reaches it
// through IncidentStoreWorker on a worker thread.
#include "base/Clock.h"
#include "incident/Incident.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>
#include <optional>

struct Runbook;

class IncidentStore
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)

public:
    static constexpr int CurrentSchemaVersion = 6;

    explicit IncidentStore(const Clock &clock = Clock::system());
    ~IncidentStore();
    IncidentStore(const IncidentStore &) = delete;
    IncidentStore &operator=(const IncidentStore &) = delete;

    // The GUI's and the CLI's default store file (under AppDataLocation).
    static QString defaultPath();

    // Opens (creating and migrating as needed). A store that is read-only on
    // disk opens read-only; one that is damaged, locked or newer than this
    // program fails with a message and is left untouched.
    // `targetVersion` exists for migration tests.
    enum class Access { ReadWrite, ReadOnly };
    Status open(const QString &path, Access access = Access::ReadWrite, int targetVersion = CurrentSchemaVersion);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // `severity`: SEV1 … SEV4, or empty (the window passes what the breaching rules suggest).
    Result<Incident> createIncident(const QString &title, const Runbook &runbook, const QString &actor, const QString &severity = {});
    Result<QList<IncidentSummary>> listIncidents() const;
    Result<Incident> loadIncident(const QString &id) const;
    // Full id from a unique prefix (the CLI accepts short ids).
    Result<QString> resolveId(const QString &idOrPrefix) const;

    Status setStepState(const QString &incidentId, const QString &stepId, StepState state, const QString &textHash,
                        const QString &actor, const QString &stepLabel = {});
    Status setStepNote(const QString &incidentId, const QString &stepId, const QString &note, const QString &textHash,
                       const QString &actor, const QString &stepLabel = {});
    // State and note (either may be absent) in one transaction.
    Status setStep(const QString &incidentId, const QString &stepId, std::optional<StepState> state, std::optional<QString> note,
                   const QString &textHash, const QString &actor, const QString &stepLabel = {});
    // A note as it is being typed: stored at once, no timeline line yet (the
    // finished edit, setStepNote, writes that). logNoteDrafts writes the line
    // for every note stored so but never finished (the app ended meanwhile).
    Status saveStepNoteDraft(const QString &incidentId, const QString &stepId, const QString &note, const QString &textHash,
                             const QString &actor);
    Status logNoteDrafts(const QString &incidentId, const QString &actor);
    Result<IncidentNote> addNote(const QString &incidentId, const QString &text, const QString &actor);
    Status setStatus(const QString &incidentId, IncidentStatus status, const QString &actor);
    Status rename(const QString &incidentId, const QString &title, const QString &actor);
    // An action's two timeline entries: the intent, committed before it runs
    // (a crash leaves it visible), and the outcome after. Texts are redacted.
    Status recordActionIntent(const QString &incidentId, const QString &actionId, const QString &inputs, const QString &actor);
    // A run that was refused (no, wrong, used or expired token; protected profile not named): nothing ran.
    Status recordActionRefusal(const QString &incidentId, const QString &actionId, const QString &reason, const QString &actor);
    Status recordActionOutcome(const QString &incidentId, const QString &actionId, const QString &result, qint64 durationMs,
                               const QString &actor);
    // One evaluation's metric values (metric id → point), for the trend over the incident.
    // An incident variable (a runbook placeholder's value: NAMESPACE = shop); empty clears it. Secrets are masked.
    Status setVariable(const QString &incidentId, const QString &name, const QString &value, const QString &actor);
    Status recordMetrics(const QString &incidentId, const QHash<QString, MetricPoint> &points);

    // --- The record (IncidentRecord.cpp) ---
    // One of the incident's own fields. A text field typed in the window is
    // saved at each keystroke with `logged` false (no timeline line), and the
    // finished edit with `logged` true; severity and commander always log.
    using Field = IncidentField;
    Status setField(const QString &incidentId, Field field, const QString &value, const QString &actor, bool logged = true);
    // A follow-up: id 0 adds one (its id is returned), else changes that one.
    Result<int> saveFollowUp(const QString &incidentId, const FollowUp &followUp, const QString &actor);
    Status removeFollowUp(const QString &incidentId, int followUpId, const QString &actor);
    // Attaches a snapshot to its step: every text redacted, rows capped at
    // Evidence::MaxRows (the rest counted); returns its id ("E3").
    Result<QString> attachEvidence(const QString &incidentId, Evidence evidence, const QString &actor);
    // Pins a snapshot or takes it out of (or back into) the report; it stays in the record.
    Status setEvidenceFlags(const QString &incidentId, const QString &evidenceId, std::optional<bool> pinned,
                            std::optional<bool> inReport, const QString &actor);
    // The step done, with the snapshot that showed it (pinned).
    Status markStepDone(const QString &incidentId, const QString &stepId, const QString &evidenceId, const QString &textHash,
                        const QString &actor, const QString &stepLabel = {});
    // An incident exported as JSON, restored exactly (same id, times, timeline
    // order); refused when the store already holds that id.
    Result<QString> importIncident(const Incident &incident);

    // Called inside a change's transaction, after its first write and before
    // the commit; crash tests abort the process here.
    void setCrashHookForTesting(std::function<void()> hook) { m_crashHook = std::move(hook); }

private:
    Status openConnection(int targetVersion);
    Status loadRecord(Incident &incident) const; // the schema-6 parts: fields, follow-ups, evidence
    Status migrate(int from, int to);
    Status change(const QString &incidentId, const std::function<Status(const QDateTime &now)> &work);
    Status addTimeline(const QString &incidentId, const QDateTime &at, const QString &actor, const QString &kind,
                       const QString &subject, const QString &text);
    Status requireWritable() const;
    Status writeStepState(const QString &incidentId, const QString &stepId, StepState state, const QString &textHash,
                          const QString &actor, const QString &stepLabel, const QDateTime &now);
    Status writeStepNote(const QString &incidentId, const QString &stepId, const QString &note, const QString &textHash,
                         const QString &actor, const QString &stepLabel, const QDateTime &now, bool logged);
    QString sqlError(const QString &what, const QString &detail) const;

    const Clock &m_clock;
    QString m_connection;
    QString m_path;
    bool m_readOnly = false;
    std::function<void()> m_crashHook;
};
