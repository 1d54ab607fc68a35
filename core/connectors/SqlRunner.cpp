#include "connectors/SqlRunner.h"

#include "secrets/ActionTokens.h"

#include <QFileInfo>

#include "secrets/Redactor.h"
#include "base/TextUtil.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <atomic>

namespace {
std::atomic<int> counter{0};

void bindAll(QSqlQuery &q, const QVariantMap &params)
{
    for (auto it = params.begin(); it != params.end(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
}

QString rowsDigest(const SqlTable &t)
{
    QString s = t.columns.join(QLatin1Char('\x1f'));
    for (const QVariantList &r : t.rows) {
        s += QLatin1Char('\x1e');
        for (const QVariant &v : r)
            s += v.toString() + QLatin1Char('\x1f');
    }
    return s;
}
} // namespace

SqlRunner::SqlRunner(SqlTarget target) : m_target(std::move(target)) {}

SqlRunner::~SqlRunner()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString SqlRunner::error(const QString &what, const QString &detail) const
{
    return Redactor::redact(tr("%1: %2").arg(what, detail));
}

Status SqlRunner::open()
{
    if (m_target.driver != QStringLiteral("QSQLITE") && m_target.driver != QStringLiteral("QPSQL"))
        return Status::failure(tr("unknown database driver %1").arg(m_target.driver));
    if (!QSqlDatabase::isDriverAvailable(m_target.driver))
        return Status::failure(tr("the Qt Sql driver %1 is not installed").arg(m_target.driver));
    Redactor::add(m_target.password);
    m_connection = QStringLiteral("sql-runner-%1").arg(counter.fetch_add(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(m_target.driver, m_connection);
    db.setDatabaseName(m_target.database);
    if (!m_target.host.isEmpty())
        db.setHostName(m_target.host);
    if (m_target.port > 0)
        db.setPort(m_target.port);
    db.setUserName(m_target.user);
    db.setPassword(m_target.password);
    QString options = m_target.options;
    if (m_target.driver == QStringLiteral("QSQLITE"))
        options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
    else
        options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
    db.setConnectOptions(options);
    if (!db.open())
        return Status::failure(error(tr("cannot connect to %1").arg(m_target.database), db.lastError().text()));
    return {};
}

Status SqlRunner::prepare(QSqlQuery &q, const QString &sql) const
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Status::failure(error(tr("the statement does not prepare"), q.lastError().text()));
    return {};
}

Status SqlRunner::eachRow(QSqlQuery &q, const QVariantMap &params, QStringList *columns, const std::function<bool(QVariantList &&)> &row) const
{
    bindAll(q, params);
    if (!q.exec())
        return Status::failure(error(tr("the statement failed"), q.lastError().text()));
    const QSqlRecord rec = q.record();
    const int count = rec.count();
    if (columns && columns->isEmpty())
        for (int i = 0; i < count; ++i)
            columns->append(rec.fieldName(i));
    qint64 n = 0;
    while (q.next()) {
        QVariantList values;
        values.reserve(count);
        for (int i = 0; i < count; ++i)
            values.append(q.value(i));
        ++n;
        if (!row(std::move(values)))
            return {};
    }
    if (q.lastError().isValid())
        return Status::failure(error(tr("reading the rows failed after %1").arg(n), q.lastError().text()));
    return {};
}

Result<SqlTable> SqlRunner::select(const QString &sql, const QVariantMap &params, int rowCap)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    SqlTable t;
    Status s = prepare(q, sql);
    if (s)
        s = eachRow(q, params, &t.columns, [&](QVariantList &&row) {
            if (t.rows.size() >= rowCap)
                return !(t.truncated = true);
            t.rows.append(std::move(row));
            return true;
        });
    if (!s)
        return Result<SqlTable>::failure(s.error());
    return t;
}

Status SqlRunner::beginReadOnly(const QString &sql, int timeoutMs)
{
    static const QRegularExpression readOnly(QStringLiteral("^\\s*(SELECT|WITH|EXPLAIN|SHOW|VALUES)\\b"), QRegularExpression::CaseInsensitiveOption);
    if (!readOnly.match(sql).hasMatch())
        return Status::failure(tr("a probe only reads: \"%1\" is not a SELECT").arg(sql.left(40)));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return Status::failure(tr("the database is not open"));
    // Read-only and time-bounded at the database, not only by our word.
    if (!db.transaction())
        return Status::failure(error(tr("cannot start a read-only transaction"), db.lastError().text()));
    QSqlQuery guard(db);
    // Fail closed: a probe whose read-only guard cannot be set does not run.
    const bool guarded = m_target.driver == QStringLiteral("QPSQL")
        ? guard.exec(QStringLiteral("SET TRANSACTION READ ONLY")) && guard.exec(QStringLiteral("SET LOCAL statement_timeout = %1").arg(timeoutMs))
        : guard.exec(QStringLiteral("PRAGMA query_only = ON"));
    if (!guarded) {
        const QString e = error(tr("cannot make the probe read-only, so it does not run"), guard.lastError().text());
        db.rollback();
        return Status::failure(e);
    }
    return {};
}

void SqlRunner::endReadOnly()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (m_target.driver == QStringLiteral("QSQLITE"))
        QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = OFF"));
    db.rollback();
}

Result<SqlTable> SqlRunner::probe(const QString &sql, const QVariantMap &params, int rowCap, int timeoutMs)
{
    if (Status s = beginReadOnly(sql, timeoutMs); !s)
        return Result<SqlTable>::failure(s.error());
    auto t = select(sql, params, rowCap);
    endReadOnly();
    return t;
}

Result<qint64> SqlRunner::stream(const QString &sql, const QVariantMap &params, const std::function<bool(const QVariantList &)> &row, int timeoutMs,
                                 QStringList *columns)
{
    if (Status s = beginReadOnly(sql, timeoutMs); !s)
        return Result<qint64>::failure(s.error());
    qint64 n = 0;
    Status s;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        QStringList names;
        s = prepare(q, sql);
        if (s)
            s = eachRow(q, params, columns ? columns : &names, [&](QVariantList &&values) {
                ++n;
                return row(values);
            });
    }
    endReadOnly();
    if (!s)
        return Result<qint64>::failure(s.error());
    return n;
}

Result<QString> SqlRunner::previewStatement(const QString &sql)
{
    static const QRegularExpression update(QStringLiteral("^\\s*UPDATE\\s+([A-Za-z_][\\w.]*)\\s+SET\\s+.+?\\s+WHERE\\s+(.+?)\\s*;?\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression del(QStringLiteral("^\\s*DELETE\\s+FROM\\s+([A-Za-z_][\\w.]*)\\s+WHERE\\s+(.+?)\\s*;?\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    for (const QRegularExpression *re : {&update, &del}) {
        const auto m = re->match(sql);
        if (m.hasMatch())
            return QStringLiteral("SELECT * FROM %1 WHERE %2").arg(m.captured(1), m.captured(2));
    }
    return Result<QString>::failure(tr("cannot preview \"%1\": an action is an UPDATE … WHERE or a DELETE FROM … WHERE").arg(sql.left(60)));
}

Result<SqlPreview> SqlRunner::preview(const SqlAction &action, int rowCap)
{
    const auto sel = previewStatement(action.sql);
    if (!sel)
        return Result<SqlPreview>::failure(sel.error());
    SqlPreview p;
    QString digest = action.id + QLatin1Char('\x1d') + action.sql;
    // Prepared once, bound and run once per parameter set.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (Status s = prepare(q, sel.value()); !s)
        return Result<SqlPreview>::failure(s.error());
    for (const QVariantMap &params : action.parameterSets) {
        bool over = false;
        const Status s = eachRow(q, params, &p.rows.columns, [&](QVariantList &&row) {
            if (p.rows.rows.size() >= rowCap)
                return !(over = true);
            p.rows.rows.append(std::move(row));
            return true;
        });
        if (!s)
            return Result<SqlPreview>::failure(s.error());
        if (over)
            return Result<SqlPreview>::failure(tr("the action would change more than %1 rows; narrow it").arg(rowCap));
        for (auto it = params.begin(); it != params.end(); ++it)
            digest += QLatin1Char('\x1d') + it.key() + QLatin1Char('=') + it.value().toString();
    }
    digest += QLatin1Char('\x1d') + rowsDigest(p.rows);
    p.digest = QStringLiteral("sql\x1d") + m_target.database + QLatin1Char('\x1d') + digest;
    p.token = ActionTokens::issue(p.digest);
    return p;
}

Result<SqlOutcome> SqlRunner::run(const SqlAction &action, const QString &confirmationToken)
{
    using R = Result<SqlOutcome>;
    if (confirmationToken.isEmpty())
        return R::failure(tr("refused: the action %1 changes data and needs the confirmation token of its preview").arg(action.id));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QElapsedTimer timer;
    timer.start();
    if (!db.transaction())
        return R::failure(error(tr("cannot start a transaction"), db.lastError().text()));
    // The preview again, inside the transaction: what was confirmed must still be what changes.
    const auto p = preview(action);
    if (!p) {
        db.rollback();
        return R::failure(p.error());
    }
    if (Status s = ActionTokens::redeem(confirmationToken, p->digest); !s) {
        db.rollback();
        return R::failure(tr("refused: the data changed since the preview (or the token is not this action's) — %1").arg(s.error()));
    }
    SqlOutcome out;
    {
        // One statement prepared once, its values bound per parameter set, all in this transaction.
        QSqlQuery q(db);
        if (!q.prepare(action.sql)) {
            const QString e = error(tr("the statement does not prepare"), q.lastError().text());
            q.finish();
            db.rollback();
            return R::failure(e);
        }
        for (const QVariantMap &params : action.parameterSets) {
            bindAll(q, params);
            if (!q.exec()) {
                const QString e = error(tr("the statement failed; nothing was changed"), q.lastError().text());
                q.finish();
                db.rollback();
                return R::failure(e);
            }
            out.rowsAffected += q.numRowsAffected();
        }
    }
    if (out.rowsAffected != p->rows.rows.size()) {
        db.rollback();
        return R::failure(tr("rolled back: %1 rows would have changed, the preview showed %2").arg(out.rowsAffected).arg(p->rows.rows.size()));
    }
    if (!db.commit()) {
        const QString e = error(tr("the commit failed; nothing was changed"), db.lastError().text());
        db.rollback();
        return R::failure(e);
    }
    out.durationMs = timer.elapsed();
    return out;
}

QList<QVariantMap> SqlRunner::parameterSets(const QList<std::pair<QString, QString>> &keyValues)
{
    QVariantMap constant;
    QString repeated;
    QVariantList values;
    for (const auto &[k, v] : keyValues) {
        if (k == repeated) {
            values.append(v);
        } else if (constant.contains(k) && repeated.isEmpty()) {
            repeated = k;
            values = {constant.take(k), v};
        } else {
            constant.insert(k, v);
        }
    }
    if (repeated.isEmpty())
        return {constant};
    QList<QVariantMap> sets;
    for (const QVariant &v : values) {
        QVariantMap set = constant;
        set.insert(repeated, v);
        sets.append(set);
    }
    return sets;
}

Result<SqlTable> SqlRunner::tablesExist(const QStringList &tables)
{
    const bool sqlite = m_target.driver == QStringLiteral("QSQLITE");
    SqlTable out;
    out.columns = {QStringLiteral("table"), QStringLiteral("exists")};
    for (const QString &table : tables) {
        const auto t = probe(sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = :t")
                                    : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_name = :t"),
                             {{QStringLiteral("t"), table}});
        if (!t)
            return t;
        out.rows.append({table, !t->rows.isEmpty()});
    }
    return out;
}
