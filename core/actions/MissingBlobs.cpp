#include "actions/MissingBlobs.h"
#include "wiring/ProfileTargets.h"

#include "base/AsyncTask.h"
#include "secrets/SecretResolver.h"

#include <QCoreApplication>

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

MissingBlobs::MissingBlobs(VercelBlobClient *blobs, QObject *parent) : QObject(parent), m_blobs(blobs) {}

void MissingBlobs::check(const SqlTarget &database, const QString &select, const QString &urlColumn, int inFlight)
{
    m_inFlight = std::clamp(inFlight, 1, 64);
    m_blobs->setParallel(m_inFlight);
    m_running = true;
    const quint64 gen = ++m_generation;
    runAsync(this, [database, select]() -> Result<SqlTable> {
        SqlRunner db(database);
        if (Status s = db.open(); !s)
            return Result<SqlTable>::failure(s.error());
        return db.probe(select, {}, 1'000'000);
    }, [this, gen, urlColumn](Result<SqlTable> rows) {
        if (gen != m_generation)
            return;
        if (!rows)
            return stop(rows.error());
        const int col = int(rows->columns.indexOf(urlColumn));
        if (col < 0)
            return stop(tr("the query has no column %1").arg(urlColumn));
        headRows(rows.value(), col);
    });
}

void MissingBlobs::headRows(const SqlTable &rows, int urlColumn)
{
    m_rows = rows;
    m_urlColumn = urlColumn;
    m_next = m_active = m_done = 0;
    m_missing = QList<bool>(rows.rows.size(), false);
    Q_EMIT progress(0, int(m_rows.rows.size()));
    launchNext();
}

void MissingBlobs::launchNext()
{
    const int total = int(m_rows.rows.size());
    if (m_done == total) {
        m_running = false;
        SqlTable out;
        out.columns = m_rows.columns;
        for (int i = 0; i < total; ++i)
            if (m_missing.at(i))
                out.rows.append(m_rows.rows.at(i));
        Q_EMIT finished(out);
        return;
    }
    const quint64 gen = m_generation;
    while (m_running && m_active < m_inFlight && m_next < total) {
        const int i = m_next++;
        ++m_active;
        const QString url = m_rows.rows.at(i).value(m_urlColumn).toString();
        m_blobs->exists(url, [this, gen, i](Result<bool> r) {
            if (gen != m_generation)
                return;
            --m_active;
            if (!r)
                return stop(tr("row %1 (%2): %3").arg(i + 1).arg(m_rows.rows.at(i).value(m_urlColumn).toString(), r.error()));
            m_missing[i] = !r.value();
            ++m_done;
            // Progress at most every 50 ms (thousands of heads a second would flood a window).
            if (m_done == int(m_rows.rows.size()) || !m_progressClock.isValid() || m_progressClock.elapsed() >= 50) {
                m_progressClock.start();
                Q_EMIT progress(m_done, int(m_rows.rows.size()));
            }
            launchNext();
        });
    }
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
