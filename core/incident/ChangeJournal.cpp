#include "incident/ChangeJournal.h"

#include "incident/SqlConnection.h"
#include "secrets/Redactor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>
#include <atomic>

namespace {
std::atomic<int> counter{0};

QString body(const IncidentChange &c)
{
    return QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));
}

Result<IncidentChange> parse(const QString &text, const QString &where)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (!d.isObject())
        return Result<IncidentChange>::failure(ChangeJournal::tr("%1: not a change (%2)").arg(where, e.errorString()));
    auto c = IncidentChange::fromJson(d.object());
    if (!c)
        return Result<IncidentChange>::failure(QStringLiteral("%1: %2").arg(where, c.error()));
    return c;
}
} // namespace

ChangeJournal::~ChangeJournal()
{
    close();
}

QString ChangeJournal::defaultPath(const QString &storeAddress, const QString &actor)
{
    const QByteArray key = QCryptographicHash::hash((storeAddress + QLatin1Char('\n') + actor).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal-%1.sqlite").arg(QString::fromLatin1(key)));
}

void ChangeJournal::close()
{
    closeSqlConnection(m_connection);
}

Status ChangeJournal::open(const QString &path)
{
    close();
    m_path = path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(tr("cannot create the folder for the change journal %1").arg(path));
    m_connection = QStringLiteral("change-journal-%1").arg(counter.fetch_add(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    QSqlQuery q(db);
    // synchronous=FULL: a change in the journal survives a power cut, not just a crash.
    const bool ok = db.open() && q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.exec(QStringLiteral("PRAGMA synchronous=FULL"))
        && q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, change_id TEXT NOT NULL UNIQUE,"
                                 " incident_id TEXT NOT NULL, body TEXT NOT NULL, refused TEXT)"))
        && q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS drafts (incident_id TEXT NOT NULL, item TEXT NOT NULL, body TEXT NOT NULL,"
                                 " PRIMARY KEY (incident_id, item))"));
    if (!ok) {
        const QString e = tr("cannot open the change journal %1: %2").arg(path, db.isOpen() ? q.lastError().text() : db.lastError().text());
        q = QSqlQuery();
        close();
        return Status::failure(e);
    }
    return {};
}

QString ChangeJournal::draftItem(const IncidentChange &c)
{
    if (c.kind == QLatin1String("step") || c.kind == QLatin1String("step.draft"))
        return IncidentChange::stepNoteItem(c.args.value(QStringLiteral("step")).toString());
    if (c.kind == QLatin1String("field"))
        return QStringLiteral("field/") + c.args.value(QStringLiteral("field")).toString();
    return {};
}

Status ChangeJournal::add(const IncidentChange &c)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return Status::failure(tr("the change journal is not open"));
    if (!db.transaction())
        return Status::failure(tr("cannot keep the change: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO changes (change_id, incident_id, body) VALUES (?, ?, ?)"));
    q.addBindValue(c.id);
    q.addBindValue(c.incidentId);
    q.addBindValue(Redactor::redact(body(c)));
    bool ok = q.exec();
    const QString item = draftItem(c);
    if (ok && !item.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM drafts WHERE incident_id = ? AND item = ?"));
        q.addBindValue(c.incidentId);
        q.addBindValue(item);
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        const QString e = tr("cannot keep the change: %1").arg(ok ? db.lastError().text() : q.lastError().text());
        db.rollback();
        return Status::failure(e);
    }
    return {};
}

Result<QList<IncidentChange>> ChangeJournal::pending() const
{
    using R = Result<QList<IncidentChange>>;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT seq, body FROM changes WHERE refused IS NULL ORDER BY seq")))
        return R::failure(tr("cannot read the change journal %1: %2").arg(m_path, q.lastError().text()));
    QList<IncidentChange> out;
    while (q.next()) {
        auto c = parse(q.value(1).toString(), tr("%1, change %2").arg(m_path).arg(q.value(0).toLongLong()));
        if (!c)
            return R::failure(c.error());
        out.append(c.value());
    }
    return out;
}

int ChangeJournal::pendingCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT count(*) FROM changes WHERE refused IS NULL")) && q.next() ? q.value(0).toInt() : 0;
}

int ChangeJournal::refusedCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT count(*) FROM changes WHERE refused IS NOT NULL")) && q.next() ? q.value(0).toInt() : 0;
}

Status ChangeJournal::markSent(const QString &changeId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM changes WHERE change_id = ?"));
    q.addBindValue(changeId);
    if (!q.exec())
        return Status::failure(tr("cannot update the change journal %1: %2").arg(m_path, q.lastError().text()));
    return {};
}

Status ChangeJournal::markRefused(const QString &changeId, const QString &reason)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE changes SET refused = ? WHERE change_id = ?"));
    q.addBindValue(Redactor::redact(reason));
    q.addBindValue(changeId);
    if (!q.exec())
        return Status::failure(tr("cannot update the change journal %1: %2").arg(m_path, q.lastError().text()));
    return {};
}

Status ChangeJournal::saveDraft(const IncidentChange &c)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO drafts (incident_id, item, body) VALUES (?, ?, ?)"
                             " ON CONFLICT (incident_id, item) DO UPDATE SET body = excluded.body"));
    q.addBindValue(c.incidentId);
    q.addBindValue(draftItem(c));
    q.addBindValue(Redactor::redact(body(c)));
    if (!q.exec())
        return Status::failure(tr("cannot keep the draft: %1").arg(q.lastError().text()));
    return {};
}

Status ChangeJournal::dropDraft(const QString &incidentId, const QString &item)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE incident_id = ? AND item = ?"));
    q.addBindValue(incidentId);
    q.addBindValue(item);
    if (!q.exec())
        return Status::failure(tr("cannot update the change journal %1: %2").arg(m_path, q.lastError().text()));
    return {};
}

Result<QList<IncidentChange>> ChangeJournal::drafts() const
{
    using R = Result<QList<IncidentChange>>;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT incident_id, item, body FROM drafts ORDER BY incident_id, item")))
        return R::failure(tr("cannot read the change journal %1: %2").arg(m_path, q.lastError().text()));
    QList<IncidentChange> out;
    while (q.next()) {
        auto c = parse(q.value(2).toString(), tr("%1, draft %2").arg(m_path, q.value(1).toString()));
        if (!c)
            return R::failure(c.error());
        out.append(c.value());
    }
    return out;
}

#include "incident/IncidentStore.h"

JournalSend sendJournal(IncidentStore &store, ChangeJournal &journal, const std::function<void(const IncidentChange &)> &afterApplied)
{
    JournalSend out;
    const auto pending = journal.pending();
    if (!pending) {
        out.error = pending.error();
        out.remaining = journal.pendingCount();
        return out;
    }
    // The connection is tried by the changes themselves (no probe before each
    // send): a change that fails on a lost connection gets one new connection
    // and one more try — applied once either way, by its id, should its first
    // commit have reached the server after all.
    auto unreachable = [&](const QString &error) {
        out.unreachable = true;
        out.error = error;
    };
    if (!store.isOpen())
        if (const Status s = store.reconnect(); !s)
            unreachable(s.error());
    for (const IncidentChange &c : out.unreachable ? QList<IncidentChange>() : pending.value()) {
        auto r = store.apply(c);
        if (!r && !store.reachable()) {
            if (const Status s = store.reconnect(); !s) {
                unreachable(s.error());
                break;
            }
            r = store.apply(c);
            if (!r && !store.reachable()) {
                unreachable(r.error());
                break;
            }
        }
        if (r && afterApplied)
            afterApplied(c);
        const Status marked = r ? journal.markSent(c.id) : journal.markRefused(c.id, r.error());
        out.sent.append({c, r});
        if (!marked) {
            out.error = marked.error();
            break;
        }
    }
    out.remaining = journal.pendingCount();
    return out;
}
