#include "logs/LokiLogSource.h"

#include "logs/LogQlWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {
QString ns(qint64 ms)
{
    return QString::number(ms) + QStringLiteral("000000");
}
} // namespace

// The `data` of a successful query_range reply of `resultType`, or the reason it is not one.
Result<QJsonObject> LokiLogSource::replyData(const HttpResponse &resp, const QString &resultType)
{
    if (!resp.ok())
        return Result<QJsonObject>::failure(resp.error);
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(resp.body, &pe).object();
    if (pe.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(tr("Loki: malformed reply (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset));
    const QJsonObject data = o.value(QStringLiteral("data")).toObject();
    if (o.value(QStringLiteral("status")).toString() != QStringLiteral("success") || data.value(QStringLiteral("resultType")).toString() != resultType)
        return Result<QJsonObject>::failure(tr("Loki: unexpected reply (not a %1)").arg(resultType));
    return data;
}

LokiLogSource::LokiLogSource(QUrl baseUrl, LogSourceOptions options, QObject *parent)
    : RemoteLogSource(QStringLiteral("Loki"), std::move(options), parent), m_base(std::move(baseUrl))
{
}

QNetworkRequest LokiLogSource::makeRequest(const QUrlQuery &query) const
{
    QUrl url = m_base;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/loki/api/v1/query_range"));
    url.setQuery(query);
    QNetworkRequest r(url);
    if (!m_options.lokiOrgId.isEmpty())
        r.setRawHeader("X-Scope-OrgID", m_options.lokiOrgId.toUtf8());
    if (!m_options.lokiToken.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_options.lokiToken);
    return r;
}

void LokiLogSource::start(const LogRequest &request)
{
    begin(request);
    const quint64 gen = m_generation;
    const QString step = QStringLiteral("%1s").arg(request.bucketMs / 1000);
    const qint64 first = request.firstBucketStart();
    const int buckets = request.bucketCount();
    for (size_t q = 0; q < request.queries.size(); ++q) {
        const auto count = LogQlWriter::countQuery(request.queries[q], m_options.lokiSelector, step);
        const auto logs = LogQlWriter::logQuery(request.queries[q], m_options.lokiSelector);
        if (!count || !logs) {
            const QString why = !count ? count.error() : logs.error();
            m_result.queries[q].warnings.append(why);
            fail(QStringLiteral("\"%1\": %2").arg(m_result.queries[q].query, why));
            continue;
        }
        // One point per bucket: evaluated at the bucket's end, counting [end - bucket, end).
        QUrlQuery cq;
        cq.addQueryItem(QStringLiteral("query"), count.value());
        cq.addQueryItem(QStringLiteral("start"), ns(first + request.bucketMs));
        cq.addQueryItem(QStringLiteral("end"), ns(first + qint64(buckets) * request.bucketMs));
        cq.addQueryItem(QStringLiteral("step"), step);
        expect();
        m_http->get(makeRequest(cq), [this, q, gen](const HttpResponse &resp) {
            if (gen != m_generation)
                return;
            const auto data = replyData(resp, QStringLiteral("matrix"));
            if (!data) {
                fail(data.error());
                return done();
            }
            LogQueryResult &r = m_result.queries[q];
            for (const QJsonValue &series : data->value(QStringLiteral("result")).toArray())
                for (const QJsonValue &point : series.toObject().value(QStringLiteral("values")).toArray()) {
                    const QJsonArray pv = point.toArray();
                    const qint64 endMs = qint64(pv.at(0).toDouble() * 1000.0 + 0.5);
                    const qint64 n = pv.at(1).toString().toLongLong();
                    r.total += n;
                    const int bi = m_request.bucketOf(endMs - m_request.bucketMs);
                    if (bi >= 0 && bi < int(r.buckets.size()))
                        r.buckets[size_t(bi)] += n;
                }
            done();
        });
        if (request.samples <= 0 && !m_result.queries[q].extracts)
            continue;
        QUrlQuery sq;
        sq.addQueryItem(QStringLiteral("query"), logs.value());
        sq.addQueryItem(QStringLiteral("start"), ns(request.fromMs));
        sq.addQueryItem(QStringLiteral("end"), ns(request.toMs));
        sq.addQueryItem(QStringLiteral("limit"), QString::number(m_result.queries[q].extracts ? 5000 : request.samples));
        sq.addQueryItem(QStringLiteral("direction"), QStringLiteral("backward"));
        expect();
        m_http->get(makeRequest(sq), [this, q, gen](const HttpResponse &resp) {
            if (gen != m_generation)
                return;
            const auto data = replyData(resp, QStringLiteral("streams"));
            if (!data) {
                fail(data.error());
                return done();
            }
            std::vector<LogEvent> events;
            for (const QJsonValue &stream : data->value(QStringLiteral("result")).toArray())
                for (const QJsonValue &v : stream.toObject().value(QStringLiteral("values")).toArray()) {
                    const QJsonArray pair = v.toArray();
                    const QByteArray line = pair.at(1).toString().toUtf8();
                    LogEvent e;
                    QString why;
                    if (!LogScanEngine::parseLine(line.constData(), line.size(), m_options.fileFormat, e, why)) {
                        e.message = QString::fromUtf8(line);
                        e.timestampMs = pair.at(0).toString().left(13).toLongLong();
                    }
                    e.origin = QStringLiteral("loki");
                    events.push_back(e);
                }
            std::sort(events.begin(), events.end(), [](const LogEvent &a, const LogEvent &b) { return a.timestampMs > b.timestampMs; });
            for (const LogEvent &e : events)
                record(q, e);
            done();
        });
    }
    finishIfIdle();
}
