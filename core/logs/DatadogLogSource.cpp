#include "logs/DatadogLogSource.h"

#include "secrets/Redactor.h"

#include "logs/DatadogQueryWriter.h"

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
    : RemoteLogSource(QStringLiteral("Datadog"), std::move(options), parent), m_base(std::move(baseUrl))
{
    // The keys come resolved through the one guard (ProfileTargets); the
    // source never reads the environment itself. Masked wherever text leaves.
    Redactor::add(QString::fromUtf8(m_options.datadogApiKey));
    Redactor::add(QString::fromUtf8(m_options.datadogAppKey));
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
    begin(request);
    if (m_options.datadogApiKey.isEmpty() || m_options.datadogAppKey.isEmpty()) {
        fail(tr("Datadog needs an API key and an application key: api_key and app_key in the wiring's connector, "
                "or DD_API_KEY and DD_APP_KEY for a source given as datadog:URL"));
        finishIfIdle();
        return;
    }
    const quint64 gen = m_generation;
    for (size_t q = 0; q < request.queries.size(); ++q) {
        const auto dd = DatadogQueryWriter::write(request.queries[q]);
        m_result.queries[q].warnings = dd.warnings;
        // Counts: one server-side timeseries per query.
        const QJsonObject body{
            {QStringLiteral("compute"), QJsonArray{QJsonObject{{QStringLiteral("aggregation"), QStringLiteral("count")},
                                                               {QStringLiteral("type"), QStringLiteral("timeseries")},
                                                               {QStringLiteral("interval"), QStringLiteral("%1s").arg(request.bucketMs / 1000)}}}},
            {QStringLiteral("filter"), filter(dd.query)},
            {QStringLiteral("group_by"), QJsonArray()}};
        expect();
        m_http->post(makeRequest(QStringLiteral("/api/v2/logs/analytics/aggregate")), QJsonDocument(body).toJson(QJsonDocument::Compact),
                     [this, q, gen](const HttpResponse &resp) {
                         if (gen != m_generation)
                             return;
                         if (!resp.ok()) {
                             fail(resp.error);
                         } else {
                             QJsonParseError pe;
                             const QJsonDocument doc = QJsonDocument::fromJson(resp.body, &pe);
                             if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                                 fail(tr("Datadog aggregate: malformed reply (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset));
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
        // Samples (and, for an X pattern, every event so the number can be read).
        if (request.samples > 0 || m_result.queries[q].extracts) {
            expect();
            fetchEvents(q, dd.query, {}, m_result.queries[q].extracts ? 20 : 10, m_result.queries[q].extracts ? 1000 : std::max(request.samples, 1),
                        m_result.queries[q].extracts);
        }
    }
    finishIfIdle();
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
                         fail(resp.error);
                         done();
                         return;
                     }
                     QJsonParseError pe;
                     const QJsonDocument doc = QJsonDocument::fromJson(resp.body, &pe);
                     if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                         fail(tr("Datadog search: malformed reply (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset));
                         done();
                         return;
                     }
                     LogQueryResult &r = m_result.queries[q];
                     const QJsonArray data = doc.object().value(QStringLiteral("data")).toArray();
                     // Datadog's match can be looser than ours: record() keeps exact matches only.
                     for (const QJsonValue &v : data)
                         record(q, eventOf(v.toObject()));
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
