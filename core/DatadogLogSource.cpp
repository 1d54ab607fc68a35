#include "DatadogLogSource.h"

#include "DatadogQueryWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
std::optional<qint64> timeOf(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString())
        return LogTime::parse(QStringView(v.toString()));
    return std::nullopt;
}

LogEvent eventOf(const QJsonObject &item)
{
    const QJsonObject a = item.value(QStringLiteral("attributes")).toObject();
    LogEvent e;
    e.timestampMs = timeOf(a.value(QStringLiteral("timestamp"))).value_or(0);
    e.message = a.value(QStringLiteral("message")).toString();
    e.level = a.value(QStringLiteral("status")).toString();
    e.service = a.value(QStringLiteral("service")).toString();
    e.host = a.value(QStringLiteral("host")).toString();
    for (const QJsonValue &t : a.value(QStringLiteral("tags")).toArray())
        e.tags.append(t.toString());
    e.attributes = a.value(QStringLiteral("attributes")).toObject();
    e.origin = QStringLiteral("datadog:") + item.value(QStringLiteral("id")).toString();
    return e;
}
} // namespace

DatadogLogSource::DatadogLogSource(QUrl baseUrl, LogSourceOptions options, QObject *parent)
    : LogSource(parent), m_base(std::move(baseUrl)), m_options(std::move(options)),
      m_http(new HttpRequester(QStringLiteral("Datadog"), {m_options.timeoutMs, m_options.maxRetries, m_options.maxBackoffMs, m_options.firstBackoffMs}, this))
{
    if (m_options.datadogApiKey.isEmpty())
        m_options.datadogApiKey = qgetenv("DD_API_KEY");
    if (m_options.datadogAppKey.isEmpty())
        m_options.datadogAppKey = qgetenv("DD_APP_KEY");
}

QNetworkRequest DatadogLogSource::makeRequest(const QString &path) const
{
    QUrl url = m_base;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    r.setRawHeader("Accept", "application/json");
    r.setRawHeader("DD-API-KEY", m_options.datadogApiKey);
    r.setRawHeader("DD-APPLICATION-KEY", m_options.datadogAppKey);
    return r;
}

QJsonObject DatadogLogSource::filter(const QString &query) const
{
    QJsonObject f{{QStringLiteral("query"), query},
                  {QStringLiteral("from"), LogTime::toIso(m_request.fromMs)},
                  {QStringLiteral("to"), LogTime::toIso(m_request.toMs)}};
    if (!m_options.datadogIndexes.isEmpty())
        f.insert(QStringLiteral("indexes"), QJsonArray::fromStringList(m_options.datadogIndexes));
    return f;
}

void DatadogLogSource::start(const LogRequest &request)
{
    cancel();
    ++m_generation;
    m_request = request;
    m_result = {};
    m_result.init(request);
    m_matchers.clear();
    m_postFilter.clear();
    m_pending = 0;
    m_total = 0;
    m_running = true;
    if (m_options.datadogApiKey.isEmpty() || m_options.datadogAppKey.isEmpty()) {
        m_result.errors.append(tr("Datadog needs DD_API_KEY and DD_APP_KEY in the environment"));
        m_result.partial = true;
        m_running = false;
        QMetaObject::invokeMethod(this, [this, r = m_result] { Q_EMIT finished(r); }, Qt::QueuedConnection);
        return;
    }
    const quint64 gen = m_generation;
    for (size_t q = 0; q < request.queries.size(); ++q) {
        m_matchers.emplace_back(request.queries[q]);
        const auto dd = DatadogQueryWriter::write(request.queries[q]);
        m_postFilter.push_back(dd.needsPostFilter);
        m_result.queries[q].warnings = dd.warnings;
        m_result.queries[q].extracts = m_matchers.back().extracts();
        // Counts: one server-side timeseries per query.
        const QJsonObject body{
            {QStringLiteral("compute"), QJsonArray{QJsonObject{{QStringLiteral("aggregation"), QStringLiteral("count")},
                                                               {QStringLiteral("type"), QStringLiteral("timeseries")},
                                                               {QStringLiteral("interval"), QStringLiteral("%1s").arg(request.bucketMs / 1000)}}}},
            {QStringLiteral("filter"), filter(dd.query)},
            {QStringLiteral("group_by"), QJsonArray()}};
        ++m_pending;
        m_http->post(makeRequest(QStringLiteral("/api/v2/logs/analytics/aggregate")), QJsonDocument(body).toJson(QJsonDocument::Compact),
                     [this, q, gen](const HttpResponse &resp) {
                         if (gen != m_generation)
                             return;
                         if (!resp.ok()) {
                             m_result.errors.append(resp.error);
                             m_result.partial = true;
                         } else {
                             QJsonParseError pe;
                             const QJsonDocument doc = QJsonDocument::fromJson(resp.body, &pe);
                             if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                                 m_result.errors.append(tr("Datadog aggregate: malformed reply (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset));
                                 m_result.partial = true;
                             } else {
                                 LogQueryResult &r = m_result.queries[q];
                                 const QJsonArray buckets = doc.object().value(QStringLiteral("data")).toObject().value(QStringLiteral("buckets")).toArray();
                                 for (const QJsonValue &b : buckets) {
                                     const QJsonValue c0 = b.toObject().value(QStringLiteral("computes")).toObject().value(QStringLiteral("c0"));
                                     if (c0.isDouble()) {
                                         r.total += qint64(c0.toDouble());
                                         continue;
                                     }
                                     for (const QJsonValue &point : c0.toArray()) {
                                         const auto ms = timeOf(point.toObject().value(QStringLiteral("time")));
                                         const qint64 n = qint64(point.toObject().value(QStringLiteral("value")).toDouble());
                                         r.total += n;
                                         if (ms) {
                                             const int bi = m_request.bucketOf(*ms);
                                             if (bi >= 0 && bi < int(r.buckets.size()))
                                                 r.buckets[size_t(bi)] += n;
                                         }
                                     }
                                 }
                                 if (doc.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("timeout")) {
                                     m_result.warnings.append(tr("Datadog timed out computing \"%1\"; its count is partial").arg(r.query));
                                     m_result.partial = true;
                                 }
                             }
                         }
                         done();
                     });
        ++m_total;
        // Samples (and, for an X pattern, every event so the number can be read).
        if (request.samples > 0 || m_result.queries[q].extracts) {
            ++m_pending;
            ++m_total;
            fetchEvents(q, dd.query, {}, m_result.queries[q].extracts ? 20 : 10, m_result.queries[q].extracts ? 1000 : std::max(request.samples, 1),
                        m_result.queries[q].extracts);
        }
    }
    if (m_pending == 0) {
        m_running = false;
        QMetaObject::invokeMethod(this, [this, r = m_result] { Q_EMIT finished(r); }, Qt::QueuedConnection);
    }
}

void DatadogLogSource::fetchEvents(size_t q, const QString &query, const QString &cursor, int pagesLeft, int limit, bool all)
{
    const int pageSize = m_options.datadogPageLimit > 0 ? std::min(m_options.datadogPageLimit, limit) : limit;
    QJsonObject page{{QStringLiteral("limit"), std::clamp(pageSize, 1, 1000)}};
    if (!cursor.isEmpty())
        page.insert(QStringLiteral("cursor"), cursor);
    const QJsonObject body{{QStringLiteral("filter"), filter(query)}, {QStringLiteral("page"), page}, {QStringLiteral("sort"), QStringLiteral("-timestamp")}};
    const quint64 gen = m_generation;
    m_http->post(makeRequest(QStringLiteral("/api/v2/logs/events/search")), QJsonDocument(body).toJson(QJsonDocument::Compact),
                 [this, q, query, pagesLeft, limit, all, gen](const HttpResponse &resp) {
                     if (gen != m_generation)
                         return;
                     if (!resp.ok()) {
                         m_result.errors.append(resp.error);
                         m_result.partial = true;
                         done();
                         return;
                     }
                     QJsonParseError pe;
                     const QJsonDocument doc = QJsonDocument::fromJson(resp.body, &pe);
                     if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                         m_result.errors.append(tr("Datadog search: malformed reply (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset));
                         m_result.partial = true;
                         done();
                         return;
                     }
                     LogQueryResult &r = m_result.queries[q];
                     const QJsonArray data = doc.object().value(QStringLiteral("data")).toArray();
                     for (const QJsonValue &v : data) {
                         const LogEvent e = eventOf(v.toObject());
                         std::optional<double> number;
                         // Datadog's match can be looser than ours: keep only exact matches.
                         if (!m_matchers[q].matches(e, &number)) {
                             if (!m_postFilter[q])
                                 ++m_result.skipped;
                             continue;
                         }
                         ++m_result.scanned;
                         if (number) {
                             r.numbers.add(*number, e.timestampMs);
                             const int bi = m_request.bucketOf(e.timestampMs);
                             if (bi >= 0 && bi < int(r.bucketNumbers.size()))
                                 r.bucketNumbers[size_t(bi)].add(*number, e.timestampMs);
                         }
                         if (r.samples.size() < m_request.samples)
                             r.samples.append(e);
                     }
                     const QString after = doc.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("page")).toObject()
                                               .value(QStringLiteral("after")).toString();
                     const bool want = all || r.samples.size() < m_request.samples;
                     if (!after.isEmpty() && !data.isEmpty() && want && pagesLeft > 1) {
                         fetchEvents(q, query, after, pagesLeft - 1, limit, all);
                         return;
                     }
                     if (!after.isEmpty() && all && pagesLeft <= 1)
                         m_result.warnings.append(tr("\"%1\": only the most recent events were read for the extracted number").arg(r.query));
                     done();
                 });
}

void DatadogLogSource::done()
{
    --m_pending;
    Q_EMIT progress(m_total - m_pending, m_total);
    if (m_pending > 0)
        return;
    m_running = false;
    Q_EMIT finished(m_result);
}

void DatadogLogSource::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_http->cancelAll();
    m_running = false;
    m_result.cancelled = true;
    m_result.partial = true;
    Q_EMIT finished(m_result);
}
