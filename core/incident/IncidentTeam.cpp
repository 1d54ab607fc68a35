// IncidentStore for a team: PostgreSQL, changes applied exactly once with
// their revision checks and conflicts, the commander's rights, notifications,
// presence.
#include "incident/IncidentStore.h"
#include "incident/StoreTime.h"

#include "runbook/Runbook.h"
#include "secrets/Redactor.h"
#include "secrets/SecretResolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

using StoreTime::fromIso;
using StoreTime::iso;

namespace {
std::atomic<int> pgCounter{0};

// A null QString binds as SQL NULL; these columns are NOT NULL.
QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

QString shortText(const QString &t, int max = 300)
{
    const QString s = t.simplified();
    return s.size() > max ? s.left(max - 1) + QChar(0x2026) : s;
}

// The item as a reader says it.
QString itemName(const QString &item)
{
    if (item.startsWith(QLatin1String("field/")))
        return item.mid(6).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (item.startsWith(QLatin1String("step/"))) {
        const QStringList p = item.split(QLatin1Char('/'));
        const QString step = p.mid(1, p.size() - 2).join(QLatin1Char('/'));
        return p.last() == QLatin1String("note") ? IncidentStore::tr("the note on step %1").arg(step)
                                                 : IncidentStore::tr("step %1").arg(step);
    }
    if (item.startsWith(QLatin1String("followup/")))
        return IncidentStore::tr("follow-up %1").arg(item.mid(9));
    if (item.startsWith(QLatin1String("variable/")))
        return item.mid(9);
    return item;
}
} // namespace

QString IncidentStore::translate(const QString &ddl) const
{
    if (m_dialect != Dialect::PostgreSQL)
        return ddl;
    QString t = ddl;
    t.replace(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"), QStringLiteral("BIGSERIAL PRIMARY KEY"));
    t.replace(QStringLiteral(" REAL"), QStringLiteral(" DOUBLE PRECISION"));
    return t;
}

Status IncidentStore::configureConnection(QSqlDatabase &db, const StoreAddress &a)
{
    if (!db.isValid())
        return Status::failure(tr("this build cannot reach a PostgreSQL store: Qt's PostgreSQL driver (QPSQL, package libqt6sql6-psql) is missing"));
    if (!a.host.isEmpty())
        db.setHostName(a.host);
    if (a.port)
        db.setPort(a.port);
    if (!a.user.isEmpty())
        db.setUserName(a.user);
    if (!a.database.isEmpty())
        db.setDatabaseName(a.database);
    // The password: the address's reference, else the keychain entry Settings
    // writes; else nothing here and libpq reads PGPASSWORD or ~/.pgpass itself.
    QString password;
    if (!a.passwordRef.isEmpty()) {
        const auto pw = SecretResolver::resolve(a.passwordRef, tr("the incident store's password"));
        if (!pw)
            return Status::failure(pw.error());
        password = pw.value();
    } else if (qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        if (auto kc = SecretResolver::keychain(); kc && kc->has(StoreAddress::keychainService(), a.keychainAccount())) {
            const auto pw = kc->read(StoreAddress::keychainService(), a.keychainAccount());
            if (!pw)
                return Status::failure(tr("cannot read the incident store's password from the keychain: %1").arg(pw.error()));
            password = pw.value();
        }
    }
    if (!password.isEmpty()) {
        Redactor::add(password);
        db.setPassword(password);
    }
    QStringList options;
    const auto o = a.connectOptions();
    for (auto it = o.begin(); it != o.end(); ++it)
        options.append(it.key() + QLatin1Char('=') + it.value());
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return {};
}

Status IncidentStore::openPostgres(int targetVersion)
{
    m_connection = QStringLiteral("incident-store-pg-%1").arg(pgCounter.fetch_add(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (Status s = configureConnection(db, m_address); !s)
        return s;
    if (!db.open())
        return Status::failure(sqlError(tr("cannot open the team store %1").arg(m_path), db.lastError().text()));
    QSqlQuery q(db);
    // The schema's version lives in a table of its own, made once under a lock
    // (two responders may open a new store at the same moment).
    if (!q.exec(QStringLiteral("SET client_min_messages = warning")) || !q.exec(QStringLiteral("BEGIN"))
        || !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727274001)"))
        || !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS runbook_schema (version INTEGER NOT NULL)"))
        || !q.exec(QStringLiteral("INSERT INTO runbook_schema (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM runbook_schema)"))
        || !q.exec(QStringLiteral("COMMIT"))) {
        const QString e = sqlError(tr("cannot prepare the team store %1").arg(m_path), q.lastError().text());
        q.exec(QStringLiteral("ROLLBACK"));
        return Status::failure(e);
    }
    const int version = schemaVersion();
    if (version < 0)
        return Status::failure(sqlError(tr("cannot read the team store %1").arg(m_path), q.lastError().text()));
    if (version > CurrentSchemaVersion)
        return Status::failure(tr("the team store %1 was written by a newer version (schema %2, this program knows %3); "
                                  "it was left untouched").arg(m_path).arg(version).arg(CurrentSchemaVersion));
    if (m_readOnly) {
        if (version < CurrentSchemaVersion)
            return Status::failure(tr("the team store %1 is opened read-only and needs an upgrade; it was left untouched").arg(m_path));
        return {};
    }
    if (version < targetVersion)
        return migrate(version, targetVersion);
    return {};
}

bool IncidentStore::reachable()
{
    if (!isOpen())
        return false;
    if (m_dialect != Dialect::PostgreSQL)
        return true;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

Status IncidentStore::reconnect()
{
    const QString address = m_address.isTeam() ? m_address.display() : m_address.path;
    const Access access = m_readOnly ? Access::ReadOnly : Access::ReadWrite;
    const QString clientId = m_clientId;
    const Status s = open(address, access);
    m_clientId = clientId;
    return s;
}

Status IncidentStore::revise(const QString &incidentId, const QString &item, const QString &stored, const QString &mine, const QString &actor)
{
    if (m_schema < 7)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT rev, actor, client_id FROM revisions WHERE incident_id = ? AND item = ?"));
    q.addBindValue(incidentId);
    q.addBindValue(item);
    if (!q.exec())
        return Status::failure(sqlError(tr("cannot record the change"), q.lastError().text()));
    int rev = 0;
    QString by, byClient;
    if (q.next()) {
        rev = q.value(0).toInt();
        by = q.value(1).toString();
        byClient = q.value(2).toString();
    }
    q.finish();
    // A conflict: the change was made on an older revision, the newer one is
    // someone else's (a window's own edits, one keystroke after another, are
    // not), and it would replace what they wrote with something else.
    if (m_applying) {
        const auto base = m_applying->base.constFind(item);
        if (base != m_applying->base.cend() && *base != rev && (byClient.isEmpty() || byClient != m_clientId) && stored != mine) {
            m_conflict = Conflict{item, stored, mine, by};
            return Status::failure(tr("%1 was changed by %2 meanwhile").arg(itemName(item), by));
        }
    }
    q.prepare(QStringLiteral("INSERT INTO revisions (incident_id, item, rev, actor, client_id) VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT (incident_id, item) DO UPDATE SET rev = excluded.rev, actor = excluded.actor, client_id = excluded.client_id"));
    for (const QVariant &v : {QVariant(incidentId), QVariant(item), QVariant(rev + 1), text(actor), text(m_clientId)})
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(sqlError(tr("cannot record the change"), q.lastError().text()));
    return {};
}

Status IncidentStore::requireCommander(const QString &incidentId, const QString &actor, const QString &what)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT commander FROM incidents WHERE id = ?"));
    q.addBindValue(incidentId);
    if (!q.exec() || !q.next())
        return Status::failure(sqlError(tr("cannot read the incident"), q.lastError().text()));
    const QString commander = q.value(0).toString().trimmed();
    q.finish();
    if (commander.isEmpty() || commander.compare(actor.trimmed(), Qt::CaseInsensitive) == 0)
        return {};
    return Status::failure(tr("only the incident commander (%1) can %2; %3 cannot").arg(commander, what, actor));
}

Status IncidentStore::notify(const QString &incidentId, const QString &actor, const QString &kind, const QString &text)
{
    if (m_dialect != Dialect::PostgreSQL)
        return {};
    const QJsonObject payload{{QStringLiteral("incident"), incidentId},
                              {QStringLiteral("change"), m_applying ? m_applying->id : QString()},
                              {QStringLiteral("client"), m_clientId},
                              {QStringLiteral("actor"), shortText(actor, 200)},
                              {QStringLiteral("kind"), kind},
                              {QStringLiteral("text"), shortText(Redactor::redact(text))}};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(notifyChannel());
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Status::failure(sqlError(tr("cannot share the change"), q.lastError().text()));
    return {};
}

Result<AppliedChange> IncidentStore::apply(const IncidentChange &c)
{
    AppliedChange out;
    m_applying = &c;
    m_duplicate = false;
    m_conflict.reset();
    Status s = applyChange(c, out);
    if (!s && m_conflict) {
        // Not applied as made: the responder's text is kept as an incident note
        // (one per edit: the edit's later keystrokes update it) and the timeline says so.
        const Conflict conflict = *m_conflict;
        m_conflict.reset();
        const bool isText = !conflict.item.endsWith(QLatin1String("/state")) && conflict.item != IncidentChange::statusItem();
        const QString key = QStringLiteral("conflict/%1/%2").arg(conflict.item, m_clientId.isEmpty() ? c.actor : m_clientId);
        const bool finished = !c.isDraft();
        s = change(c.incidentId, [&](const QDateTime &now) -> Status {
            QSqlQuery q(QSqlDatabase::database(m_connection, false));
            if (!isText) {
                out.conflict = tr("%1 changed %2 to \"%3\" meanwhile; your change to \"%4\" was not applied")
                                   .arg(conflict.by, itemName(conflict.item), conflict.stored, conflict.mine);
                return addTimeline(c.incidentId, now, c.actor, QStringLiteral("conflict"), conflict.item,
                                   tr("%1's change of %2 to \"%3\" was not applied: %4 had changed it to \"%5\"")
                                       .arg(c.actor, itemName(conflict.item), conflict.mine, conflict.by, conflict.stored));
            }
            const QString noteText = tr("%1's edit of %2, not applied because %3 had changed it meanwhile:\n%4")
                                         .arg(c.actor, itemName(conflict.item), conflict.by, conflict.mine);
            q.prepare(QStringLiteral("SELECT rev FROM revisions WHERE incident_id = ? AND item = ?"));
            q.addBindValue(c.incidentId);
            q.addBindValue(key);
            if (!q.exec())
                return Status::failure(sqlError(tr("cannot keep the conflicting edit"), q.lastError().text()));
            const qint64 noteId = q.next() ? q.value(0).toLongLong() : 0;
            q.finish();
            out.conflict = tr("%1 changed %2 while you were editing it; their text stays, yours is kept as an incident note")
                               .arg(conflict.by, itemName(conflict.item));
            if (noteId) {
                q.prepare(QStringLiteral("UPDATE notes SET text = ?, at = ? WHERE id = ?"));
                q.addBindValue(Redactor::redact(noteText));
                q.addBindValue(iso(now));
                q.addBindValue(noteId);
                if (!q.exec())
                    return Status::failure(sqlError(tr("cannot keep the conflicting edit"), q.lastError().text()));
            } else {
                q.prepare(QStringLiteral("INSERT INTO notes (incident_id, at, author, text) VALUES (?, ?, ?, ?) RETURNING id"));
                q.addBindValue(c.incidentId);
                q.addBindValue(iso(now));
                q.addBindValue(c.actor);
                q.addBindValue(Redactor::redact(noteText));
                if (!q.exec() || !q.next())
                    return Status::failure(sqlError(tr("cannot keep the conflicting edit"), q.lastError().text()));
                const qint64 id = q.value(0).toLongLong();
                q.finish();
                q.prepare(QStringLiteral("INSERT INTO revisions (incident_id, item, rev, actor, client_id) VALUES (?, ?, ?, ?, ?)"));
                for (const QVariant &v : {QVariant(c.incidentId), QVariant(key), QVariant(id), text(c.actor), text(m_clientId)})
                    q.addBindValue(v);
                if (!q.exec())
                    return Status::failure(sqlError(tr("cannot keep the conflicting edit"), q.lastError().text()));
                if (Status t = addTimeline(c.incidentId, now, c.actor, QStringLiteral("conflict"), conflict.item,
                                           tr("Conflict: %1's edit of %2 kept as a note (%3 had changed it)")
                                               .arg(c.actor, itemName(conflict.item), conflict.by));
                    !t)
                    return t;
            }
            if (finished) { // the edit is over: its next conflict is a new note
                q.prepare(QStringLiteral("DELETE FROM revisions WHERE incident_id = ? AND item = ?"));
                q.addBindValue(c.incidentId);
                q.addBindValue(key);
                if (!q.exec())
                    return Status::failure(sqlError(tr("cannot keep the conflicting edit"), q.lastError().text()));
            }
            if (m_lastEvent.kind.isEmpty())
                m_lastEvent = {0, now, c.actor, QStringLiteral("conflict"), conflict.item, noteText};
            return {};
        });
    }
    out.duplicate = m_duplicate;
    m_applying = nullptr;
    m_conflict.reset();
    if (!s)
        return Result<AppliedChange>::failure(s.error());
    return out;
}

Status IncidentStore::applyChange(const IncidentChange &c, AppliedChange &out)
{
    const QJsonObject &a = c.args;
    auto str = [&](const char *key) { return a.value(QLatin1String(key)).toString(); };
    const QString &id = c.incidentId;
    const QString &who = c.actor;
    const QString kind = c.kind;
    if (kind == QLatin1String("incident.create")) {
        Runbook rb;
        rb.path = str("runbook_path");
        rb.hash = str("runbook_hash");
        rb.title = str("runbook_title");
        const auto inc = createIncident(str("title"), rb, who, str("severity"));
        if (!inc)
            return Status::failure(inc.error());
        out.resultId = inc->id;
        return {};
    }
    if (kind == QLatin1String("step")) {
        std::optional<StepState> state;
        if (a.contains(QStringLiteral("state"))) {
            state = stepStateFromString(str("state"));
            if (!state)
                return Status::failure(tr("\"%1\" is not a step state").arg(str("state").left(40)));
        }
        std::optional<QString> note;
        if (a.contains(QStringLiteral("note")))
            note = str("note");
        return setStep(id, str("step"), state, note, StepStamp(str("hash"), str("text")), who, str("label"));
    }
    if (kind == QLatin1String("step.draft"))
        return saveStepNoteDraft(id, str("step"), str("note"), StepStamp(str("hash"), str("text")), who);
    if (kind == QLatin1String("step.done"))
        return markStepDone(id, str("step"), str("evidence"), StepStamp(str("hash"), str("text")), who, str("label"));
    if (kind == QLatin1String("drafts.log")) {
        m_applying = nullptr; // each draft's line is a change of its own
        return logNoteDrafts(id, who);
    }
    if (kind == QLatin1String("note")) {
        const auto n = addNote(id, str("text"), who);
        return n ? Status() : Status::failure(n.error());
    }
    if (kind == QLatin1String("status")) {
        const auto st = incidentStatusFromString(str("status"));
        if (!st)
            return Status::failure(tr("\"%1\" is not a status (%2)").arg(str("status").left(40), incidentStatusNames().join(QStringLiteral(", "))));
        return setStatus(id, *st, who);
    }
    if (kind == QLatin1String("rename"))
        return rename(id, str("title"), who);
    if (kind == QLatin1String("field")) {
        const auto f = incidentFieldFromString(str("field"));
        if (!f)
            return Status::failure(tr("\"%1\" is not a field of the incident").arg(str("field").left(40)));
        return setField(id, *f, str("value"), who, a.value(QStringLiteral("logged")).toBool(true));
    }
    if (kind == QLatin1String("followup.save")) {
        const QJsonObject o = a.value(QStringLiteral("followup")).toObject();
        FollowUp f{o.value(QStringLiteral("id")).toInt(), o.value(QStringLiteral("text")).toString(), o.value(QStringLiteral("owner")).toString(),
                   QDate::fromString(o.value(QStringLiteral("due")).toString(), Qt::ISODate), o.value(QStringLiteral("done")).toBool()};
        const auto r = saveFollowUp(id, f, who);
        if (!r)
            return Status::failure(r.error());
        out.resultId = QString::number(r.value());
        return {};
    }
    if (kind == QLatin1String("followup.remove"))
        return removeFollowUp(id, a.value(QStringLiteral("id")).toInt(), who);
    if (kind == QLatin1String("evidence.attach")) {
        const auto e = Evidence::fromJson(a.value(QStringLiteral("evidence")).toObject());
        if (!e)
            return Status::failure(e.error());
        const auto r = attachEvidence(id, e.value(), who, StepStamp(str("step_hash"), str("step_text")));
        if (!r)
            return Status::failure(r.error());
        out.resultId = r.value();
        return {};
    }
    if (kind == QLatin1String("evidence.flags")) {
        auto flag = [&](const char *key) {
            return a.value(QLatin1String(key)).isBool() ? std::optional<bool>(a.value(QLatin1String(key)).toBool()) : std::nullopt;
        };
        return setEvidenceFlags(id, str("evidence"), flag("pinned"), flag("in_report"), who);
    }
    if (kind == QLatin1String("variable"))
        return setVariable(id, str("name"), str("value"), who);
    if (kind == QLatin1String("action.intent"))
        return recordActionIntent(id, str("action"), str("inputs"), who);
    if (kind == QLatin1String("action.refusal"))
        return recordActionRefusal(id, str("action"), str("reason"), who);
    if (kind == QLatin1String("action.outcome"))
        return recordActionOutcome(id, str("action"), str("result"), qint64(a.value(QStringLiteral("duration_ms")).toDouble()), who);
    if (kind == QLatin1String("metrics")) {
        QHash<QString, MetricPoint> points;
        const QJsonObject p = a.value(QStringLiteral("points")).toObject();
        for (auto it = p.begin(); it != p.end(); ++it) {
            const QJsonObject o = it.value().toObject();
            const QJsonValue v = o.value(QStringLiteral("value"));
            points.insert(it.key(), {fromIso(o.value(QStringLiteral("at")).toString()),
                                     v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt, o.value(QStringLiteral("severity")).toString()});
        }
        // Values of an evaluation are not an edit: no id kept, nothing to conflict.
        m_applying = nullptr;
        return recordMetrics(id, points);
    }
    return Status::failure(tr("\"%1\" is not a kind of change").arg(kind.left(40)));
}

Result<QList<TimelineEvent>> IncidentStore::timelineSince(const QString &incidentId, qint64 afterId) const
{
    using R = Result<QList<TimelineEvent>>;
    if (!isOpen())
        return R::failure(tr("no incident store is open"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id, at, actor, kind, subject, text FROM timeline WHERE incident_id = ? AND id > ? ORDER BY id"));
    q.addBindValue(incidentId);
    q.addBindValue(afterId);
    if (!q.exec())
        return R::failure(sqlError(tr("cannot read the incident"), q.lastError().text()));
    QList<TimelineEvent> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), fromIso(q.value(1)), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    q.value(5).toString()});
    return out;
}

Status IncidentStore::touchPresence(const QString &incidentId, const QString &clientId, const QString &actor, bool here)
{
    if (Status s = requireWritable(); !s)
        return s;
    if (m_schema < 7)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // Only joining and leaving are news; a heartbeat is not.
    q.prepare(QStringLiteral("SELECT 1 FROM presence WHERE incident_id = ? AND client_id = ?"));
    q.addBindValue(incidentId);
    q.addBindValue(clientId);
    const bool wasHere = q.exec() && q.next();
    q.finish();
    if (here) {
        q.prepare(QStringLiteral("INSERT INTO presence (incident_id, client_id, actor, seen_at) VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT (incident_id, client_id) DO UPDATE SET actor = excluded.actor, seen_at = excluded.seen_at"));
        for (const QVariant &v : {QVariant(incidentId), QVariant(clientId), text(actor), QVariant(iso(m_clock.now()))})
            q.addBindValue(v);
    } else {
        q.prepare(QStringLiteral("DELETE FROM presence WHERE incident_id = ? AND client_id = ?"));
        q.addBindValue(incidentId);
        q.addBindValue(clientId);
    }
    if (!q.exec())
        return Status::failure(sqlError(tr("cannot record who has the incident open"), q.lastError().text()));
    if (here != wasHere)
        return notify(incidentId, actor, QStringLiteral("presence"), here ? tr("%1 opened the incident").arg(actor) : tr("%1 left the incident").arg(actor));
    return {};
}

Result<QList<IncidentStore::Presence>> IncidentStore::presence(const QString &incidentId, int maxAgeSeconds) const
{
    using R = Result<QList<Presence>>;
    if (!isOpen())
        return R::failure(tr("no incident store is open"));
    QList<Presence> out;
    if (m_schema < 7)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT client_id, actor, seen_at FROM presence WHERE incident_id = ? AND seen_at >= ? ORDER BY actor, client_id"));
    q.addBindValue(incidentId);
    q.addBindValue(iso(m_clock.now().addSecs(-maxAgeSeconds)));
    if (!q.exec())
        return R::failure(sqlError(tr("cannot read who has the incident open"), q.lastError().text()));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), fromIso(q.value(2))});
    return out;
}
