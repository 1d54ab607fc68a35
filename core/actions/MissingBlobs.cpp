#include "actions/MissingBlobs.h"
#include "wiring/ProfileTargets.h"

#include "base/AsyncTask.h"
#include "secrets/SecretResolver.h"

#include <QCoreApplication>
#include <QSet>

Result<BlobCheck> BlobCheck::resolve(const Binding &headEach, const Wiring &wiring, const Profile &profile, const QHash<QString, QString> &vars)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("MissingBlobs", s); };
    const auto from = wiring.bindingsFor(headEach.params.value(QStringLiteral("from")).toString());
    const Binding *select = from.isEmpty() ? nullptr : from.first();
    if (!select || select->type != QStringLiteral("sql"))
        return Result<BlobCheck>::failure(tr("%1: \"from\" names no SQL probe").arg(headEach.target));
    const Connector *blobc = profile.connector(headEach.connector);
    const Connector *dbc = profile.connector(select->connector);
    if (!blobc || !dbc)
        return Result<BlobCheck>::failure(tr("profile %1 has no connector %2").arg(profile.name, !blobc ? headEach.connector : select->connector));
    const auto token = connectorSecret(profile, *blobc, QStringLiteral("token"), vars);
    if (!token)
        return Result<BlobCheck>::failure(token.error());
    const auto db = ProfileTargets::sqlTarget(profile, *dbc, vars);
    if (!db)
        return Result<BlobCheck>::failure(db.error());
    return BlobCheck{QUrl(blobc->field(QStringLiteral("base_url"), vars)), token.value(), db.value(), select->params.value(QStringLiteral("sql")).toString(),
                     headEach.params.value(QStringLiteral("column"), QStringLiteral("blob_url")).toString(),
                     headEach.params.value(QStringLiteral("in_flight"), QStringLiteral("8")).toInt()};
}

namespace {
// The SELECT streamed row by row with the value of its URL column (`row`
// returns false to stop); gives the SELECT's columns, or why it could not.
Result<QStringList> eachUrl(const SqlTarget &database, const QString &select, const QString &column,
                            const std::function<bool(const QString &url, const QVariantList &row)> &row)
{
    SqlRunner db(database);
    if (Status s = db.open(); !s)
        return Result<QStringList>::failure(s.error());
    QStringList columns;
    int col = -1;
    const auto read = db.stream(select, {}, [&](const QVariantList &values) {
        if (col < 0)
            col = int(columns.indexOf(column));
        return col >= 0 && row(values.value(col).toString(), values);
    }, 120'000, &columns);
    if (!read)
        return Result<QStringList>::failure(read.error());
    if (!columns.contains(column))
        return Result<QStringList>::failure(QCoreApplication::translate("MissingBlobs", "the query has no column %1").arg(column));
    return columns;
}
} // namespace

MissingBlobs::MissingBlobs(VercelBlobClient *blobs, QObject *parent) : QObject(parent), m_blobs(blobs) {}

void MissingBlobs::check(const SqlTarget &database, const QString &select, const QString &urlColumn, int inFlight)
{
    m_inFlight = std::clamp(inFlight, 1, 64);
    m_blobs->setParallel(m_inFlight);
    m_running = true;
    m_database = database;
    m_select = select;
    m_urlColumn = urlColumn;
    const quint64 gen = ++m_generation;
    // First pass: only the URLs are kept (a hundred thousand rows in ~20 MiB, not their every column).
    runAsync(this, [database, select, urlColumn]() -> Result<QStringList> {
        QStringList urls;
        bool capped = false;
        const auto read = eachUrl(database, select, urlColumn, [&](const QString &url, const QVariantList &) {
            if (urls.size() >= RowCap)
                return !(capped = true);
            urls.append(url);
            return true;
        });
        if (!read)
            return Result<QStringList>::failure(read.error());
        if (capped)
            return Result<QStringList>::failure(tr("the query returns more than %1 rows; narrow it").arg(RowCap));
        return urls;
    }, [this, gen](Result<QStringList> urls) {
        if (gen != m_generation)
            return;
        if (!urls)
            return stop(urls.error());
        m_urls = urls.value();
        m_next = m_active = m_done = 0;
        m_missing = QList<bool>(m_urls.size(), false);
        Q_EMIT progress(0, int(m_urls.size()));
        launchNext();
    });
}

void MissingBlobs::launchNext()
{
    const int total = int(m_urls.size());
    if (m_done == total) {
        collectMissing();
        return;
    }
    const quint64 gen = m_generation;
    while (m_running && m_active < m_inFlight && m_next < total) {
        const int i = m_next++;
        ++m_active;
        m_blobs->exists(m_urls.at(i), [this, gen, i](Result<bool> r) {
            if (gen != m_generation)
                return;
            --m_active;
            if (!r)
                return stop(tr("row %1 (%2): %3").arg(i + 1).arg(m_urls.at(i), r.error()));
            m_missing[i] = !r.value();
            ++m_done;
            // Progress at most every 50 ms (thousands of heads a second would flood a window).
            if (m_done == int(m_urls.size()) || !m_progressClock.isValid() || m_progressClock.elapsed() >= 50) {
                m_progressClock.start();
                Q_EMIT progress(m_done, int(m_urls.size()));
            }
            launchNext();
        });
    }
}

// Second pass: the SELECT's rows again, keeping those whose blob was found gone.
void MissingBlobs::collectMissing()
{
    QSet<QString> gone;
    for (qsizetype i = 0; i < m_urls.size(); ++i)
        if (m_missing.at(i))
            gone.insert(m_urls.at(i));
    m_urls.clear();
    m_missing.clear();
    const quint64 gen = m_generation;
    runAsync(this, [database = m_database, select = m_select, column = m_urlColumn, gone]() -> Result<SqlTable> {
        SqlTable out;
        const auto columns = eachUrl(database, select, column, [&](const QString &url, const QVariantList &row) {
            if (gone.contains(url))
                out.rows.append(row);
            return !gone.isEmpty();
        });
        if (!columns)
            return Result<SqlTable>::failure(columns.error());
        out.columns = columns.value();
        return out;
    }, [this, gen](Result<SqlTable> missing) {
        if (gen != m_generation)
            return;
        if (!missing)
            return stop(missing.error());
        m_running = false;
        Q_EMIT finished(missing.value());
    });
}

void MissingBlobs::stop(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation; // answers still on the way are dropped
    m_blobs->cancel();
    Q_EMIT failed(error);
}

void MissingBlobs::cancel()
{
    stop(tr("cancelled; nothing was marked"));
}
