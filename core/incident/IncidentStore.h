#pragma once
// IncidentStore: incidents persisted in SQLite (WAL) or, for a team, in
// PostgreSQL — one interface, the same schema and migrations. Every change is
// its own transaction, committed when it is made, with a timeline entry in the
// same transaction; on PostgreSQL the commit also notifies every listener
// (StoreListener). The store belongs to the thread that opened it (its own
// named Qt Sql connection); the GUI reaches it through IncidentSession's worker.
#include "base/Clock.h"
#include "incident/Incident.h"
#include "base/Result.h"
#include "incident/IncidentChange.h"
#include "incident/StoreAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>
#include <optional>

struct Runbook;

class IncidentStore
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)

public:
    static constexpr int CurrentSchemaVersion = 8;
    // The channel a team store notifies on; the payload is JSON
    // {"incident", "change", "client", "actor", "kind", "text"}.
    static QString notifyChannel() { return QStringLiteral("runbook_incidents"); }
    enum class Dialect { SQLite, PostgreSQL };

    explicit IncidentStore(const Clock &clock = Clock::system());
    ~IncidentStore();
    IncidentStore(const IncidentStore &) = delete;
    IncidentStore &operator=(const IncidentStore &) = delete;

    // The GUI's and the CLI's default store file (under AppDataLocation).
    static QString defaultPath();

    // A new incident's id ("20261202-3fa9c1"): made by the window for a change that creates one.
    static QString newIncidentId(const QDateTime &now);

    // Opens (creating and migrating as needed) a file path or a team store's
    // address (postgresql://…, see StoreAddress); any other kind of address is
    // an error. A file that is read-only on disk opens read-only; one that is
    // damaged, locked or newer than this program fails with a message and is
    // left untouched. `targetVersion` exists for migration tests.
    enum class Access { ReadWrite, ReadOnly };
    Status open(const QString &address, Access access = Access::ReadWrite, int targetVersion = CurrentSchemaVersion);
    Dialect dialect() const { return m_dialect; }
    bool isTeam() const { return m_dialect == Dialect::PostgreSQL; }
    // Whether the server still answers (a team store; a file always does).
    bool reachable();
    // Opens the connection again after the server was unreachable.
    Status reconnect();
    // Sets up a QPSQL connection for an address: host, port, user, database,
    // the password (the address's reference, else the keychain entry Settings
    // writes; else libpq's PGPASSWORD / ~/.pgpass) and the libpq options.
    static Status configureConnection(QSqlDatabase &db, const StoreAddress &address);
    // Who this store's notifications come from (a window ignores its own).
    void setClientId(const QString &id) { m_clientId = id; }
    QString clientId() const { return m_clientId; }
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    // A store file whose pages fail PRAGMA quick_check is opened read-only:
    // what it names is damaged ("the timeline entries (…)"), nothing more is
    // written to it, and every incident loaded carries the list.
    QStringList damage() const { return m_damage; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // `severity`: SEV1 … SEV4, or empty (the window passes what the breaching rules suggest).
    Result<Incident> createIncident(const QString &title, const Runbook &runbook, const QString &actor, const QString &severity = {});
    Result<QList<IncidentSummary>> listIncidents() const;
    // The newest incident not yet resolved that holds evidence from `source`
    // ("alert:FINGERPRINT"): empty when there is none.
    Result<QString> openIncidentWithEvidence(const QString &source) const;
    Result<Incident> loadIncident(const QString &id) const;
    // Full id from a unique prefix (the CLI accepts short ids).
    Result<QString> resolveId(const QString &idOrPrefix) const;

    // `stepId` is the record's key (Incident::recordKey); the stamp is the step's hash and text.
    Status setStepState(const QString &incidentId, const QString &stepId, StepState state, const StepStamp &stamp,
                        const QString &actor, const QString &stepLabel = {});
    Status setStepNote(const QString &incidentId, const QString &stepId, const QString &note, const StepStamp &stamp,
                       const QString &actor, const QString &stepLabel = {});
    // State and note (either may be absent) in one transaction.
    Status setStep(const QString &incidentId, const QString &stepId, std::optional<StepState> state, std::optional<QString> note,
                   const StepStamp &stamp, const QString &actor, const QString &stepLabel = {});
    // A note as it is being typed: stored at once, no timeline line yet (the
    // finished edit, setStepNote, writes that). logNoteDrafts writes the line
    // for every note stored so but never finished (the app ended meanwhile).
    Status saveStepNoteDraft(const QString &incidentId, const QString &stepId, const QString &note, const StepStamp &stamp,
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
    // `anchor`: the step's hash and text, recorded with a record of the step when it has none yet.
    Result<QString> attachEvidence(const QString &incidentId, Evidence evidence, const QString &actor, const StepStamp &anchor = {});
    // Pins a snapshot or takes it out of (or back into) the report; it stays in the record.
    Status setEvidenceFlags(const QString &incidentId, const QString &evidenceId, std::optional<bool> pinned,
                            std::optional<bool> inReport, const QString &actor);
    // The step done, with the snapshot that showed it (pinned).
    Status markStepDone(const QString &incidentId, const QString &stepId, const QString &evidenceId, const StepStamp &stamp,
                        const QString &actor, const QString &stepLabel = {});
    // An incident exported as JSON, restored exactly (same id, times, timeline
    // order); refused when the store already holds that id.
    Result<QString> importIncident(const Incident &incident);

    // --- Changes as data (IncidentChange): the window's and the journal's way in ---
    // Applies a change once: a change id the store has applied already is a
    // duplicate and does nothing. A change made on an item that someone else
    // has changed since (its base revision is older) and that would replace
    // what they wrote is a conflict: not applied, the responder's text kept as
    // an incident note, a timeline line, and `conflict` says so.
    // Resolving the incident and naming another commander are the commander's
    // (when one is set); refused for anyone else.
    Result<AppliedChange> apply(const IncidentChange &change);
    // Timeline lines after `afterId` (incident watch).
    Result<QList<TimelineEvent>> timelineSince(const QString &incidentId, qint64 afterId) const;
    // Presence: who has the incident open (seen within `maxAgeSeconds`).
    struct Presence { QString clientId; QString actor; QDateTime seenAt; };
    Status touchPresence(const QString &incidentId, const QString &clientId, const QString &actor, bool here);
    Result<QList<Presence>> presence(const QString &incidentId, int maxAgeSeconds = 30) const;

    // Called inside a change's transaction, after its first write and before
    // the commit; crash tests abort the process here.
    void setCrashHookForTesting(std::function<void()> hook) { m_crashHook = std::move(hook); }

private:
    Status openConnection(int targetVersion);
    Status openPostgres(int targetVersion);
    void checkIntegrity(); // fills m_damage (StoreIntegrity.cpp)
    Status applyChange(const IncidentChange &c, AppliedChange &out);
    // The revision check of one item inside a change (see apply): `stored` is
    // what the store holds now, `mine` what the change writes.
    Status revise(const QString &incidentId, const QString &item, const QString &stored, const QString &mine, const QString &actor);
    Status requireCommander(const QString &incidentId, const QString &actor, const QString &what);
    Status notify(const QString &incidentId, const QString &actor, const QString &kind, const QString &text);
    QString translate(const QString &ddl) const; // a migration statement in this store's dialect
    Status loadRecord(Incident &incident) const; // the schema-6 parts: fields, follow-ups, evidence
    Status migrate(int from, int to);
    Status change(const QString &incidentId, const std::function<Status(const QDateTime &now)> &work);
    Status addTimeline(const QString &incidentId, const QDateTime &at, const QString &actor, const QString &kind,
                       const QString &subject, const QString &text);
    Status requireWritable() const;
    static QString keepStepText();
    Status writeStepState(const QString &incidentId, const QString &stepId, StepState state, const StepStamp &stamp,
                          const QString &actor, const QString &stepLabel, const QDateTime &now);
    Status writeStepNote(const QString &incidentId, const QString &stepId, const QString &note, const StepStamp &stamp,
                         const QString &actor, const QString &stepLabel, const QDateTime &now, bool logged);
    QString sqlError(const QString &what, const QString &detail) const;

    const Clock &m_clock;
    QString m_connection;
    QString m_path; // the file, or the team store's address as shown
    StoreAddress m_address;
    Dialect m_dialect = Dialect::SQLite;
    bool m_readOnly = false;
    QStringList m_damage;
    int m_schema = 0; // the schema version as opened
    QString m_clientId;
    // The change being applied (apply): its id, time and base revisions.
    const IncidentChange *m_applying = nullptr;
    bool m_duplicate = false;
    struct Conflict { QString item, stored, mine, by; };
    std::optional<Conflict> m_conflict;
    TimelineEvent m_lastEvent; // the last timeline line of the change in progress (for the notification)
    std::function<void()> m_crashHook;
};
