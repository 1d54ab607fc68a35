#include "incident/IncidentStore.h"
#include "incident/SqlConnection.h"
#include "incident/StoreTime.h"

#include "secrets/Redactor.h"
#include "runbook/Runbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <QUrl>
#include <QFileInfo>
#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>
#include <atomic>

namespace {
using StoreTime::fromIso;
using StoreTime::notNull;
QString isoTime(const QDateTime &t)
{
    return StoreTime::iso(t);
}

// Each schema version is one list of statements, applied in one transaction.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> m = {
        // 1: the first schema
        {QStringLiteral("CREATE TABLE incidents (id TEXT PRIMARY KEY, title TEXT NOT NULL, runbook_path TEXT NOT NULL,"
                        " runbook_hash TEXT NOT NULL, runbook_title TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open',"
                        " created_at TEXT NOT NULL, updated_at TEXT NOT NULL, resolved_at TEXT)"),
         QStringLiteral("CREATE TABLE step_states (incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                        " step_id TEXT NOT NULL, state TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', actor TEXT,"
                        " changed_at TEXT, text_hash TEXT, PRIMARY KEY (incident_id, step_id))"),
         QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, incident_id TEXT NOT NULL"
                        " REFERENCES incidents(id) ON DELETE CASCADE, at TEXT NOT NULL, author TEXT, text TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE timeline (id INTEGER PRIMARY KEY AUTOINCREMENT, incident_id TEXT NOT NULL"
                        " REFERENCES incidents(id) ON DELETE CASCADE, at TEXT NOT NULL, actor TEXT, kind TEXT NOT NULL,"
                        " subject TEXT, text TEXT)")},
        // 2: an assignee per incident; timeline read by incident in time order
        {QStringLiteral("ALTER TABLE incidents ADD COLUMN assignee TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("CREATE INDEX timeline_by_incident ON timeline (incident_id, at, id)"),
         QStringLiteral("CREATE INDEX incidents_by_update ON incidents (updated_at)")},
        // 3: metric values of every evaluation while an incident is open
        {QStringLiteral("CREATE TABLE metric_values (id INTEGER PRIMARY KEY AUTOINCREMENT, incident_id TEXT NOT NULL"
                        " REFERENCES incidents(id) ON DELETE CASCADE, at TEXT NOT NULL, metric_id TEXT NOT NULL, value REAL, severity TEXT)"),
         QStringLiteral("CREATE INDEX metric_values_by_incident ON metric_values (incident_id, metric_id, at)")},
        // 4: a step note is saved as it is typed; note_logged is the text the timeline last recorded
        {QStringLiteral("ALTER TABLE step_states ADD COLUMN note_logged TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("UPDATE step_states SET note_logged = note")},
        // 5: the incident's variables (the runbook's placeholders: NAMESPACE, NODE, …), set once per incident
        {QStringLiteral("CREATE TABLE incident_variables (incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                        " name TEXT NOT NULL, value TEXT NOT NULL, actor TEXT, set_at TEXT NOT NULL, PRIMARY KEY (incident_id, name))")},
        // 6: the incident record — severity, commander, summary, impact, root cause,
        // four stages of status, follow-ups, and evidence (snapshots of what steps showed)
        {QStringLiteral("ALTER TABLE incidents ADD COLUMN severity TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE incidents ADD COLUMN commander TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE incidents ADD COLUMN summary TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE incidents ADD COLUMN impact TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE incidents ADD COLUMN root_cause TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("UPDATE incidents SET status = 'investigating' WHERE status = 'open'"),
         QStringLiteral("ALTER TABLE step_states ADD COLUMN evidence_id TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("CREATE TABLE evidence (incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE, seq INTEGER NOT NULL,"
                        " step_id TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '',"
                        " source TEXT NOT NULL DEFAULT '', what TEXT NOT NULL DEFAULT '', connector TEXT NOT NULL DEFAULT '',"
                        " profile TEXT NOT NULL DEFAULT '', time_window TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '',"
                        " outcome TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '{}', pinned INTEGER NOT NULL DEFAULT 0,"
                        " in_report INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (incident_id, seq))"),
         QStringLiteral("CREATE TABLE followups (incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE, seq INTEGER NOT NULL,"
                        " text TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '', due TEXT NOT NULL DEFAULT '', done INTEGER NOT NULL DEFAULT 0,"
                        " PRIMARY KEY (incident_id, seq))")},
        // 7: team incidents — each change applied once (its id), a revision per
        // item (a change made on an older one is a conflict), who has it open
        {QStringLiteral("CREATE TABLE applied_changes (change_id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, actor TEXT NOT NULL DEFAULT '',"
                        " made_at TEXT NOT NULL, applied_at TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE revisions (incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE, item TEXT NOT NULL,"
                        " rev INTEGER NOT NULL, actor TEXT NOT NULL DEFAULT '', client_id TEXT NOT NULL DEFAULT '', PRIMARY KEY (incident_id, item))"),
         QStringLiteral("CREATE TABLE presence (incident_id TEXT NOT NULL, client_id TEXT NOT NULL, actor TEXT NOT NULL,"
                        " seen_at TEXT NOT NULL, PRIMARY KEY (incident_id, client_id))")},
        // 8: each step record keeps the step's text, so it finds its step again when the runbook changes
        {QStringLiteral("ALTER TABLE step_states ADD COLUMN step_text TEXT NOT NULL DEFAULT ''")},
    };
    return m;
}

std::atomic<int> connectionCounter{0};
} // namespace

QString IncidentStore::newIncidentId(const QDateTime &now)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMdd-")) + QUuid::createUuid().toString(QUuid::Id128).left(6);
}

IncidentStore::IncidentStore(const Clock &clock) : m_clock(clock) {}

IncidentStore::~IncidentStore()
{
    close();
}

QString IncidentStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("incidents.sqlite"));
}

bool IncidentStore::isOpen() const
{
    return !m_connection.isEmpty() && QSqlDatabase::database(m_connection, false).isOpen();
}

void IncidentStore::close()
{
    closeSqlConnection(m_connection);
}

QString IncidentStore::sqlError(const QString &what, const QString &detail) const
{
    const QString d = Redactor::redact(detail);
    if (m_dialect == Dialect::PostgreSQL) {
        static const QStringList unreachable = {QStringLiteral("could not connect"), QStringLiteral("Connection refused"),
                                                QStringLiteral("server closed the connection"), QStringLiteral("no connection to the server"),
                                                QStringLiteral("could not translate host name"), QStringLiteral("timeout expired"),
                                                QStringLiteral("Connection timed out"), QStringLiteral("terminating connection"),
                                                QStringLiteral("connection to server"), QStringLiteral("Unable to connect")};
        for (const QString &u : unreachable)
            if (d.contains(u, Qt::CaseInsensitive))
                return tr("%1: the team store %2 cannot be reached (%3)").arg(what, m_path, d.simplified());
        return tr("%1: %2").arg(what, d.simplified());
    }
    if (d.contains(QStringLiteral("locked")) || d.contains(QStringLiteral("busy")))
        return tr("%1: the incident store %2 is locked by another program; try again in a moment (%3)").arg(what, m_path, d);
    if (d.contains(QStringLiteral("not a database")) || d.contains(QStringLiteral("malformed")) || d.contains(QStringLiteral("corrupt")))
        return tr("%1: the incident store %2 is damaged (%3); it was left untouched").arg(what, m_path, d);
    if (d.contains(QStringLiteral("readonly")) || d.contains(QStringLiteral("read-only")))
        return tr("%1: the incident store %2 is read-only").arg(what, m_path);
    return tr("%1: %2").arg(what, d);
}

Status IncidentStore::open(const QString &address, Access access, int targetVersion)
{
    close();
    const auto parsed = StoreAddress::parse(address);
    if (!parsed)
        return Status::failure(parsed.error());
    m_address = parsed.value();
    m_dialect = m_address.isTeam() ? Dialect::PostgreSQL : Dialect::SQLite;
    m_path = m_address.isTeam() ? m_address.display() : m_address.path;
    m_readOnly = access == Access::ReadOnly;
    m_damage.clear();
    // The connection's objects must be gone before close() removes it.
    const Status s = m_address.isTeam() ? openPostgres(targetVersion) : openConnection(targetVersion);
    // Read once: which parts of the schema this store has (a change need not ask again).
    m_schema = s ? schemaVersion() : 0;
    if (!s)
        close();
    return s;
}

Status IncidentStore::openConnection(int targetVersion)
{
    const QString &path = m_path;
    const QFileInfo fi(path);
    if (fi.exists() && !fi.isFile())
        return Status::failure(tr("the incident store %1 is not a file").arg(path));
    if (!fi.exists() && m_readOnly)
        return Status::failure(tr("the incident store %1 does not exist").arg(path));
    if (!fi.exists()) {
        if (!QDir().mkpath(fi.absolutePath()))
            return Status::failure(tr("cannot create the folder for the incident store %1").arg(path));
    } else if (!fi.isWritable() || !QFileInfo(fi.absolutePath()).isWritable()) {
        m_readOnly = true; // WAL needs the folder writable too
    }

    m_connection = QStringLiteral("incident-store-%1").arg(connectionCounter.fetch_add(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    // In a folder we may not write, SQLite cannot make the WAL's shared-memory
    // file a reader needs; nobody can write the store there either, so it is
    // opened as immutable (read as it is, no -wal/-shm files).
    const bool immutable = m_readOnly && fi.exists() && !QFileInfo(fi.absolutePath()).isWritable();
    if (immutable) {
        db.setDatabaseName(QUrl::fromLocalFile(fi.absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=3000"));
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(m_readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000")
                                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    }
    if (!db.open()) {
        return Status::failure(sqlError(tr("cannot open the incident store"), db.lastError().text()));
    }
    QSqlQuery q(db);
    // Reading the schema version is the first real read: it fails on a damaged or locked file.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return Status::failure(sqlError(tr("cannot read the incident store"), q.lastError().text()));
    }
    const int version = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        return Status::failure(sqlError(tr("cannot read the incident store"), q.lastError().text()));
    }
    // A damaged page behind a good header: read what can be read, write nothing.
    checkIntegrity();
    if (!m_damage.isEmpty() && version < CurrentSchemaVersion)
        return Status::failure(tr("the incident store %1 is damaged (%2) and needs an upgrade; it was left untouched")
                                   .arg(path, m_damage.join(QStringLiteral("; "))));
    if (version > CurrentSchemaVersion) {
        return Status::failure(tr("the incident store %1 was written by a newer version (schema %2, this program knows %3); "
                                  "it was left untouched").arg(path).arg(version).arg(CurrentSchemaVersion));
    }
    if (m_readOnly) {
        if (version < CurrentSchemaVersion) {
            return Status::failure(tr("the incident store %1 is read-only and needs an upgrade; it was left untouched").arg(path));
        }
        return {};
    }
    // WAL once per file: a store another process has switched already is left
    // alone, and the switch itself (which the busy timeout does not cover) is
    // tried again while another process holds the file for a moment.
    bool wal = q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() && q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) == 0;
    for (QElapsedTimer waited; !wal; QThread::msleep(20)) {
        if (!waited.isValid())
            waited.start();
        wal = q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        if (!wal && waited.elapsed() > 5000)
            break;
    }
    if (!wal || !q.exec(QStringLiteral("PRAGMA foreign_keys=ON")) || !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
        return Status::failure(sqlError(tr("cannot prepare the incident store"), q.lastError().text()));
    }
    if (version < targetVersion) {
        if (Status s = migrate(version, targetVersion); !s)
            return s;
    }
    return {};
}

int IncidentStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (m_dialect == Dialect::PostgreSQL) {
        if (q.exec(QStringLiteral("SELECT version FROM runbook_schema")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status IncidentStore::migrate(int from, int to)
{
    Q_UNUSED(from);
    // Several processes may open a new or old store at once: each step runs
    // under BEGIN IMMEDIATE (one writer at a time) and reads the version again
    // inside it, so a step another process has just made is not made twice.
    // On PostgreSQL a transaction-scoped advisory lock does what BEGIN IMMEDIATE does.
    const bool pg = m_dialect == Dialect::PostgreSQL;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    for (;;) {
        if (!q.exec(pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))
            || (pg && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727274001)"))))
            return Status::failure(sqlError(tr("cannot upgrade the incident store"), q.lastError().text()));
        int current = -1;
        if (q.exec(pg ? QStringLiteral("SELECT version FROM runbook_schema") : QStringLiteral("PRAGMA user_version")) && q.next())
            current = q.value(0).toInt();
        if (current < 0 || current >= to || current >= int(migrations().size())) {
            const bool ok = current >= 0 && q.exec(QStringLiteral("COMMIT"));
            if (!ok) {
                const QString e = sqlError(tr("cannot upgrade the incident store"), q.lastError().text());
                q.exec(QStringLiteral("ROLLBACK"));
                return Status::failure(e);
            }
            return {};
        }
        for (const QString &stmt : migrations().at(current)) {
            if (!q.exec(translate(stmt))) {
                const QString e = sqlError(tr("cannot upgrade the incident store to schema %1").arg(current + 1), q.lastError().text());
                q.exec(QStringLiteral("ROLLBACK"));
                return Status::failure(e);
            }
        }
        if (!q.exec((pg ? QStringLiteral("UPDATE runbook_schema SET version = %1") : QStringLiteral("PRAGMA user_version = %1")).arg(current + 1))
            || !q.exec(QStringLiteral("COMMIT"))) {
            const QString e = sqlError(tr("cannot upgrade the incident store"), q.lastError().text());
            q.exec(QStringLiteral("ROLLBACK"));
            return Status::failure(e);
        }
    }
}

Status IncidentStore::requireWritable() const
{
    if (!isOpen())
        return Status::failure(tr("no incident store is open"));
    if (!m_damage.isEmpty())
        return Status::failure(tr("the incident store %1 is damaged (%2); nothing more is written to it, so the change was not recorded. "
                                  "Export the incidents (what can be read) and continue in a new store")
                                   .arg(m_path, m_damage.join(QStringLiteral("; "))));
    if (m_readOnly)
        return Status::failure(tr("the incident store %1 is read-only; the change was not recorded").arg(m_path));
    return {};
}

Status IncidentStore::addTimeline(const QString &incidentId, const QDateTime &at, const QString &actor, const QString &kind,
                                  const QString &subject, const QString &text)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO timeline (incident_id, at, actor, kind, subject, text) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(incidentId);
    q.addBindValue(isoTime(at));
    q.addBindValue(actor);
    q.addBindValue(kind);
    q.addBindValue(subject);
    q.addBindValue(Redactor::redact(text));
    if (!q.exec())
        return Status::failure(sqlError(tr("cannot record the change"), q.lastError().text()));
    m_lastEvent = {0, at, actor, kind, subject, Redactor::redact(text)};
    return {};
}

// Runs `work` in one transaction that also bumps the incident's updated_at.
Status IncidentStore::change(const QString &incidentId, const std::function<Status(const QDateTime &)> &work)
{
    if (Status s = requireWritable(); !s)
        return s;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Status::failure(sqlError(tr("cannot record the change"), db.lastError().text()));
    // A change made earlier (kept in a journal while the server was away) keeps its time.
    const QDateTime now = m_applying && m_applying->madeAt.isValid() ? m_applying->madeAt : m_clock.now();
    m_lastEvent = {};
    QSqlQuery q(db);
    if (m_applying) {
        // Exactly once: the change's id goes in with the change; a second time it is not inserted and nothing is done.
        q.prepare(QStringLiteral("INSERT INTO applied_changes (change_id, incident_id, actor, made_at, applied_at) VALUES (?, ?, ?, ?, ?)"
                                 " ON CONFLICT (change_id) DO NOTHING"));
        for (const QVariant &v : {QVariant(m_applying->id), QVariant(incidentId), QVariant(m_applying->actor.isNull() ? QStringLiteral("") : m_applying->actor), QVariant(isoTime(now)),
                                  QVariant(isoTime(m_clock.now()))})
            q.addBindValue(v);
        if (!q.exec()) {
            const QString e = sqlError(tr("cannot record the change"), q.lastError().text());
            db.rollback();
            return Status::failure(e);
        }
        if (q.numRowsAffected() == 0) {
            db.rollback();
            m_duplicate = true;
            return {};
        }
    }
    q.prepare(QStringLiteral("UPDATE incidents SET updated_at = ? WHERE id = ?"));
    q.addBindValue(isoTime(now));
    q.addBindValue(incidentId);
    if (!q.exec()) {
        const QString e = sqlError(tr("cannot record the change"), q.lastError().text());
        db.rollback();
        return Status::failure(e);
    }
    if (q.numRowsAffected() != 1) {
        db.rollback();
        return Status::failure(tr("no incident with id %1").arg(incidentId));
    }
    Status s = work(now);
    if (s && !m_lastEvent.kind.isEmpty())
        s = notify(incidentId, m_lastEvent.actor, m_lastEvent.kind, m_lastEvent.text);
    if (s && m_crashHook)
        m_crashHook();
    if (!s) {
        db.rollback();
        return s;
    }
    if (!db.commit()) {
        const QString e = sqlError(tr("cannot record the change"), db.lastError().text());
        db.rollback();
        return Status::failure(e);
    }
    return {};
}

Result<Incident> IncidentStore::createIncident(const QString &title, const Runbook &runbook, const QString &actor, const QString &severity)
{
    if (!severity.isEmpty() && !isSeverity(severity))
        return Result<Incident>::failure(tr("\"%1\" is not a severity (SEV1, SEV2, SEV3 or SEV4)").arg(severity));
    if (Status s = requireWritable(); !s)
        return Result<Incident>::failure(s.error());
    Incident inc;
    const QDateTime now = m_applying && m_applying->madeAt.isValid() ? m_applying->madeAt : m_clock.now();
    // A change made in a window (maybe while the team store was away) brings its incident's id along.
    const QString givenId = m_applying ? m_applying->args.value(QStringLiteral("id")).toString() : QString();
    static const QRegularExpression idRe(QStringLiteral("^[0-9]{8}-[0-9a-f]{6}$"));
    if (!givenId.isEmpty() && !idRe.match(givenId).hasMatch())
        return Result<Incident>::failure(tr("\"%1\" is not an incident id").arg(givenId.left(40)));
    inc.id = !givenId.isEmpty() ? givenId : newIncidentId(now);
    inc.title = Redactor::redact(title.trimmed().isEmpty() ? tr("Incident %1").arg(now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) : title.trimmed());
    inc.runbookPath = runbook.path;
    inc.runbookHash = runbook.hash;
    inc.runbookTitle = runbook.title;
    inc.createdAt = inc.updatedAt = now;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Result<Incident>::failure(sqlError(tr("cannot create the incident"), db.lastError().text()));
    QSqlQuery q(db);
    if (m_applying) {
        q.prepare(QStringLiteral("INSERT INTO applied_changes (change_id, incident_id, actor, made_at, applied_at) VALUES (?, ?, ?, ?, ?)"
                                 " ON CONFLICT (change_id) DO NOTHING"));
        for (const QVariant &v : {QVariant(m_applying->id), QVariant(inc.id), QVariant(actor.isNull() ? QStringLiteral("") : actor), QVariant(isoTime(now)), QVariant(isoTime(m_clock.now()))})
            q.addBindValue(v);
        if (!q.exec()) {
            const QString e = sqlError(tr("cannot create the incident"), q.lastError().text());
            db.rollback();
            return Result<Incident>::failure(e);
        }
        if (q.numRowsAffected() == 0) {
            db.rollback();
            m_duplicate = true;
            return loadIncident(inc.id);
        }
    }
    q.prepare(QStringLiteral("INSERT INTO incidents (id, title, runbook_path, runbook_hash, runbook_title, status, created_at, updated_at, severity)"
                             " VALUES (?, ?, ?, ?, ?, 'investigating', ?, ?, ?)"));
    for (const QVariant &v : {QVariant(inc.id), QVariant(inc.title), QVariant(inc.runbookPath), QVariant(inc.runbookHash),
                              QVariant(inc.runbookTitle), QVariant(isoTime(now)), QVariant(isoTime(now)), QVariant(severity.isNull() ? QStringLiteral("") : severity)})
        q.addBindValue(v);
    Status s = q.exec() ? Status() : Status::failure(sqlError(tr("cannot create the incident"), q.lastError().text()));
    if (s)
        s = addTimeline(inc.id, now, actor, QStringLiteral("incident.created"), {},
                        tr("Incident \"%1\" opened on runbook \"%2\"").arg(inc.title, runbook.title));
    if (s && !severity.isEmpty())
        s = addTimeline(inc.id, now, actor, QStringLiteral("incident.severity"), severity, tr("Severity: %1").arg(severity));
    if (s)
        s = notify(inc.id, actor, QStringLiteral("incident.created"), tr("Incident \"%1\" opened").arg(inc.title));
    if (!s || !db.commit()) {
        const QString e = s ? sqlError(tr("cannot create the incident"), db.lastError().text()) : s.error();
        db.rollback();
        return Result<Incident>::failure(e);
    }
    return loadIncident(inc.id);
}

Result<QString> IncidentStore::openIncidentWithEvidence(const QString &source) const
{
    using R = Result<QString>;
    if (!isOpen())
        return R::failure(tr("no incident store is open"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT i.id FROM incidents i WHERE i.status <> 'resolved' AND EXISTS"
                             " (SELECT 1 FROM evidence e WHERE e.incident_id = i.id AND e.source = ?) ORDER BY i.created_at DESC"));
    q.addBindValue(source);
    if (!q.exec())
        return R::failure(sqlError(tr("cannot look for the incident"), q.lastError().text()));
    return q.next() ? q.value(0).toString() : QString();
}

Result<QList<IncidentSummary>> IncidentStore::listIncidents() const
{
    using R = Result<QList<IncidentSummary>>;
    if (!isOpen())
        return R::failure(tr("no incident store is open"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral(
            "SELECT i.id, i.title, i.status, i.runbook_title, i.runbook_path, i.created_at, i.updated_at,"
            " (SELECT count(*) FROM step_states s WHERE s.incident_id = i.id AND s.state <> 'pending')"
            " FROM incidents i ORDER BY i.status = 'resolved', i.updated_at DESC")))
        return R::failure(sqlError(tr("cannot list incidents"), q.lastError().text()));
    QList<IncidentSummary> out;
    while (q.next()) {
        IncidentSummary s;
        s.id = q.value(0).toString();
        s.title = q.value(1).toString();
        s.status = incidentStatusFromString(q.value(2).toString()).value_or(IncidentStatus::Open);
        s.runbookTitle = q.value(3).toString();
        s.runbookPath = q.value(4).toString();
        s.createdAt = fromIso(q.value(5));
        s.updatedAt = fromIso(q.value(6));
        s.stepsDone = q.value(7).toInt();
        out.append(s);
    }
    return out;
}

Result<QString> IncidentStore::resolveId(const QString &idOrPrefix) const
{
    if (!isOpen())
        return Result<QString>::failure(tr("no incident store is open"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id FROM incidents WHERE id = ? OR substr(id, 1, length(CAST(? AS TEXT))) = ? ORDER BY id = ? DESC LIMIT 3"));
    q.addBindValue(idOrPrefix);
    q.addBindValue(idOrPrefix);
    q.addBindValue(idOrPrefix);
    q.addBindValue(idOrPrefix);
    if (!q.exec())
        return Result<QString>::failure(sqlError(tr("cannot read incidents"), q.lastError().text()));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    if (ids.isEmpty())
        return Result<QString>::failure(tr("no incident with id %1").arg(idOrPrefix));
    if (ids.size() > 1 && ids.first() != idOrPrefix)
        return Result<QString>::failure(tr("incident id %1 is ambiguous (%2, …)").arg(idOrPrefix, ids.join(QStringLiteral(", "))));
    return ids.first();
}

Result<Incident> IncidentStore::loadIncident(const QString &id) const
{
    using R = Result<Incident>;
    if (!isOpen())
        return R::failure(tr("no incident store is open"));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, title, runbook_path, runbook_hash, runbook_title, status, created_at, updated_at,"
                             " resolved_at, assignee FROM incidents WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(sqlError(tr("cannot read the incident"), q.lastError().text()));
    if (!q.next())
        return R::failure(tr("no incident with id %1").arg(id));
    Incident inc;
    inc.damage = m_damage;
    inc.id = q.value(0).toString();
    inc.title = q.value(1).toString();
    inc.runbookPath = q.value(2).toString();
    inc.runbookHash = q.value(3).toString();
    inc.runbookTitle = q.value(4).toString();
    inc.status = incidentStatusFromString(q.value(5).toString()).value_or(IncidentStatus::Open);
    inc.createdAt = fromIso(q.value(6));
    inc.updatedAt = fromIso(q.value(7));
    inc.resolvedAt = fromIso(q.value(8));
    inc.assignee = q.value(9).toString();

    q.prepare(QStringLiteral("SELECT step_id, state, note, actor, changed_at, text_hash, note_logged, step_text FROM step_states WHERE incident_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(sqlError(tr("cannot read the incident"), q.lastError().text()));
    while (q.next()) {
        StepRecord r;
        r.stepId = q.value(0).toString();
        r.state = stepStateFromString(q.value(1).toString()).value_or(StepState::Pending);
        r.note = q.value(2).toString();
        r.actor = q.value(3).toString();
        r.changedAt = fromIso(q.value(4));
        r.textHash = q.value(5).toString();
        r.noteLogged = q.value(6).toString();
        r.text = q.value(7).toString();
        inc.steps.insert(r.stepId, r);
    }
    q.prepare(QStringLiteral("SELECT id, at, author, text FROM notes WHERE incident_id = ? ORDER BY at, id"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(sqlError(tr("cannot read the incident"), q.lastError().text()));
    while (q.next())
        inc.notes.append({q.value(0).toLongLong(), fromIso(q.value(1)), q.value(2).toString(), q.value(3).toString()});
    if (m_schema >= 5) {
        q.prepare(QStringLiteral("SELECT name, value FROM incident_variables WHERE incident_id = ? ORDER BY name"));
        q.addBindValue(id);
        if (!q.exec())
            return R::failure(sqlError(tr("cannot read the incident"), q.lastError().text()));
        while (q.next())
            inc.variables.insert(q.value(0).toString(), q.value(1).toString());
    }
    q.prepare(QStringLiteral("SELECT metric_id, at, value, severity FROM metric_values WHERE incident_id = ? ORDER BY at, id"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(sqlError(tr("cannot read the incident"), q.lastError().text()));
    while (q.next())
        inc.metrics[q.value(0).toString()].append(
            {fromIso(q.value(1)), q.value(2).isNull() ? std::nullopt : std::optional<double>(q.value(2).toDouble()), q.value(3).toString()});
    q.prepare(QStringLiteral("SELECT id, at, actor, kind, subject, text FROM timeline WHERE incident_id = ? ORDER BY at, id"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(sqlError(tr("cannot read the incident"), q.lastError().text()));
    while (q.next())
        inc.timeline.append({q.value(0).toLongLong(), fromIso(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toString()});
    if (Status s = loadRecord(inc); !s)
        return R::failure(s.error());
    if (m_schema >= 7) {
        q.prepare(QStringLiteral("SELECT item, rev FROM revisions WHERE incident_id = ? AND item NOT LIKE 'conflict/%'"));
        q.addBindValue(id);
        if (!q.exec())
            return R::failure(sqlError(tr("cannot read the incident"), q.lastError().text()));
        while (q.next())
            inc.revs.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return inc;
}
