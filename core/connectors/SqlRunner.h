#pragma once
// SqlRunner: SQL on a wired database (SQLite or PostgreSQL through Qt Sql),
// owned by one thread with its own named connection. Probes are read-only
// (row cap, statement timeout). Actions are parameterised statements: their
// preview lists exactly the rows they will change and yields a confirmation
// token; run() refuses without that token, re-runs the preview inside the
// transaction, checks the affected row count against it and rolls back on
// any mismatch or error. Values are always bound, never spliced into SQL.
#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QHash>
#include <QVariantList>
#include <functional>

struct SqlTarget
{
    QString driver;       // QSQLITE or QPSQL
    QString database;     // file path (SQLite) or database name
    QString host;
    int port = 0;
    QString user;
    QString password;     // resolved secret; never printed
    QString options;      // driver connect options
};

struct SqlTable
{
    QStringList columns;
    QList<QVariantList> rows;
    bool truncated = false; // more rows than the cap
    qint64 durationMs = -1; // connect and query, when measured
};

// An action: one statement run once per parameter set (e.g. once per id).
// `sql` uses named placeholders (:id); the preview is derived from it.
struct SqlAction
{
    QString id;
    QString sql;
    QList<QVariantMap> parameterSets;
};

struct SqlPreview
{
    SqlTable rows;        // the rows the action will change
    QString token;        // confirmation token (ActionTokens) of the digest
    QString digest;       // the database, the action, its parameters and those rows
};

struct SqlOutcome
{
    qint64 rowsAffected = 0;
    qint64 durationMs = 0;
};

class SqlRunner
{
    Q_DECLARE_TR_FUNCTIONS(SqlRunner)

public:
    explicit SqlRunner(SqlTarget target);
    ~SqlRunner();
    SqlRunner(const SqlRunner &) = delete;
    SqlRunner &operator=(const SqlRunner &) = delete;

    Status open();
    Result<SqlTable> probe(const QString &sql, const QVariantMap &params = {}, int rowCap = 1000, int timeoutMs = 10'000);
    // A read-only SELECT streamed row by row, nothing kept: `row` gets each
    // row's values and returns false to stop. Gives how many rows were read.
    // `columns`, when given, gets the column names before the first row.
    Result<qint64> stream(const QString &sql, const QVariantMap &params, const std::function<bool(const QVariantList &)> &row, int timeoutMs = 120'000,
                          QStringList *columns = nullptr);
    Result<SqlPreview> preview(const SqlAction &action, int rowCap = 100'000);
    // Whether each table exists: a two-column table (table, exists).
    Result<SqlTable> tablesExist(const QStringList &tables);
    Result<SqlOutcome> run(const SqlAction &action, const QString &confirmationToken);

    // --param style values → one parameter set per value of the (single) repeated key.
    static QList<QVariantMap> parameterSets(const QList<std::pair<QString, QString>> &keyValues);

    // "UPDATE t SET … WHERE cond" / "DELETE FROM t WHERE cond" → "SELECT * FROM t WHERE cond".
    static Result<QString> previewStatement(const QString &sql);

private:
    Result<SqlTable> select(const QString &sql, const QVariantMap &params, int rowCap);
    Status prepare(QSqlQuery &q, const QString &sql) const;
    // Runs the prepared `q` with `params` bound; `columns` (if empty) gets the
    // column names; each row goes to `row` until it returns false.
    Status eachRow(QSqlQuery &q, const QVariantMap &params, QStringList *columns, const std::function<bool(QVariantList &&)> &row) const;
    Status beginReadOnly(const QString &sql, int timeoutMs);
    void endReadOnly();
    QString error(const QString &what, const QString &detail) const;
    SqlTarget m_target;
    QString m_connection;
};
