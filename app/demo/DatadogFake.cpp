#include "DemoTime.h"
#include "DatadogFake.h"

#include "FaultInjector.h"
#include "DatadogSearch.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QHttpServerResponse ddError(const QString &message, QHttpServerResponse::StatusCode code)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("errors"), QJsonArray{message}}}, code);
}

// Datadog accepts ISO-8601, epoch milliseconds as a string, or date math (now-1h).
std::optional<qint64> ddTime(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    return DemoTime::parseDateMath(v.toString(), QDateTime::currentMSecsSinceEpoch());
}

} // namespace

DatadogFake::DatadogFake(FaultInjector &faults, const std::vector<DemoLogEntry> &events, std::function<QString()> baseUrl)
    : m_faults(faults), m_events(events), m_baseUrl(std::move(baseUrl))
{
}

void DatadogFake::addRoutes(QHttpServer &server)
{
    server.route(QStringLiteral("/api/v2/logs/events/search"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) { return m_faults.deliver(search(r)); });
    server.route(QStringLiteral("/api/v2/logs/analytics/aggregate"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) { return m_faults.deliver(aggregate(r)); });
}

// Auth, JSON body, filter.query, filter.from/to: what both Datadog endpoints read.
std::optional<QHttpServerResponse> DatadogFake::parse(const QHttpServerRequest &req, Call &call)
{
    if (auto injected = m_faults.check(req))
        return injected;
    if (req.value("DD-API-KEY").isEmpty() || req.value("DD-APPLICATION-KEY").isEmpty())
        return ddError(QStringLiteral("Forbidden"), QHttpServerResponse::StatusCode::Forbidden);
    QJsonParseError pe;
    call.body = QJsonDocument::fromJson(req.body(), &pe).object();
    if (pe.error != QJsonParseError::NoError)
        return ddError(QStringLiteral("Invalid JSON body"), QHttpServerResponse::StatusCode::BadRequest);
    const QJsonObject filter = call.body.value(QStringLiteral("filter")).toObject();
    const QString q = filter.value(QStringLiteral("query")).toString();
    const auto search = DatadogSearch::parse(q);
    if (!search)
        return ddError(QStringLiteral("Invalid query: ") + search.error(), QHttpServerResponse::StatusCode::BadRequest);
    call.matcher = std::make_shared<DatadogSearch>(search.value());
    const auto from = ddTime(filter.value(QStringLiteral("from")).isUndefined() ? QJsonValue(QStringLiteral("now-15m")) : filter.value(QStringLiteral("from")));
    const auto to = ddTime(filter.value(QStringLiteral("to")).isUndefined() ? QJsonValue(QStringLiteral("now")) : filter.value(QStringLiteral("to")));
    if (!from || !to)
        return ddError(QStringLiteral("Invalid time range"), QHttpServerResponse::StatusCode::BadRequest);
    call.fromMs = *from;
    call.toMs = *to;
    return std::nullopt;
}

QHttpServerResponse DatadogFake::search(const QHttpServerRequest &req)
{
    Call call;
    if (auto early = parse(req, call)) // an injected fault, or a bad request
        return std::move(*early);
    const QJsonObject &body = call.body;
    const DatadogSearch &matcher = *call.matcher;
    const qint64 from = call.fromMs, to = call.toMs;
    const QJsonObject page = body.value(QStringLiteral("page")).toObject();
    const int limit = page.value(QStringLiteral("limit")).toInt(10);
    if (limit < 1 || limit > 1000)
        return ddError(QStringLiteral("page[limit] must be between 1 and 1000"), QHttpServerResponse::StatusCode::BadRequest);
    const qsizetype startAt = QByteArray::fromBase64(page.value(QStringLiteral("cursor")).toString().toLatin1()).toLongLong();
    const bool descending = body.value(QStringLiteral("sort")).toString() == QStringLiteral("-timestamp");

    std::vector<const DemoLogEntry *> hits;
    for (const DemoLogEntry &e : m_events)
        if (e.event.timestampMs >= from && e.event.timestampMs < to && matcher.matches(e.event))
            hits.push_back(&e);
    if (descending)
        std::reverse(hits.begin(), hits.end());
    QJsonArray data;
    qsizetype k = startAt;
    for (; k < qsizetype(hits.size()) && data.size() < limit; ++k) {
        const LogEvent &e = hits[size_t(k)]->event;
        QJsonObject custom = e.attributes;
        for (const char *reserved : {"timestamp", "message", "level", "service", "host"})
            custom.remove(QLatin1String(reserved));
        data.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("AQAAAY%1").arg(e.timestampMs)},
                                {QStringLiteral("type"), QStringLiteral("log")},
                                {QStringLiteral("attributes"),
                                 QJsonObject{{QStringLiteral("message"), e.message},
                                             {QStringLiteral("timestamp"), DemoTime::iso(e.timestampMs)},
                                             {QStringLiteral("status"), e.level},
                                             {QStringLiteral("service"), e.service},
                                             {QStringLiteral("host"), e.host},
                                             {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
                                             {QStringLiteral("attributes"), custom}}}});
    }
    QJsonObject meta{{QStringLiteral("status"), QStringLiteral("done")}, {QStringLiteral("elapsed"), 3}};
    QJsonObject reply{{QStringLiteral("data"), data}, {QStringLiteral("meta"), meta}};
    if (k < qsizetype(hits.size())) {
        const QString after = QString::fromLatin1(QByteArray::number(k).toBase64());
        meta.insert(QStringLiteral("page"), QJsonObject{{QStringLiteral("after"), after}});
        reply.insert(QStringLiteral("meta"), meta);
        reply.insert(QStringLiteral("links"), QJsonObject{{QStringLiteral("next"), m_baseUrl() + QStringLiteral("/api/v2/logs/events?page[cursor]=") + after}});
    }
    return QHttpServerResponse(reply);
}

QHttpServerResponse DatadogFake::aggregate(const QHttpServerRequest &req)
{
    Call call;
    if (auto early = parse(req, call)) // an injected fault, or a bad request
        return std::move(*early);
    const QJsonObject &body = call.body;
    const DatadogSearch &matcher = *call.matcher;
    const qint64 from = call.fromMs, to = call.toMs;
    const QJsonArray compute = body.value(QStringLiteral("compute")).toArray();
    if (compute.isEmpty())
        return ddError(QStringLiteral("compute is required"), QHttpServerResponse::StatusCode::BadRequest);
    QJsonObject computes;
    for (qsizetype c = 0; c < compute.size(); ++c) {
        const QJsonObject spec = compute.at(c).toObject();
        if (spec.value(QStringLiteral("aggregation")).toString() != QStringLiteral("count"))
            return ddError(QStringLiteral("only count is supported by this server"), QHttpServerResponse::StatusCode::BadRequest);
        const QString key = QStringLiteral("c%1").arg(c);
        if (spec.value(QStringLiteral("type")).toString() == QStringLiteral("timeseries")) {
            const auto interval = DemoHttp::stepOf(spec.value(QStringLiteral("interval")).toString(QStringLiteral("1h")));
            if (!interval)
                return ddError(QStringLiteral("invalid interval"), QHttpServerResponse::StatusCode::BadRequest);
            // Buckets at UTC multiples of the interval.
            const qint64 first = from - ((from % *interval) + *interval) % *interval;
            const int n = int((to - first + *interval - 1) / *interval);
            if (n > 100'000)
                return ddError(QStringLiteral("too many buckets"), QHttpServerResponse::StatusCode::BadRequest);
            std::vector<qint64> counts(size_t(std::max(n, 0)), 0);
            for (const DemoLogEntry &e : m_events)
                if (e.event.timestampMs >= from && e.event.timestampMs < to && matcher.matches(e.event))
                    ++counts[size_t((e.event.timestampMs - first) / *interval)];
            QJsonArray series;
            for (int b = 0; b < n; ++b)
                series.append(QJsonObject{{QStringLiteral("time"), DemoTime::iso(first + qint64(b) * *interval)},
                                          {QStringLiteral("value"), counts[size_t(b)]}});
            computes.insert(key, series);
        } else {
            qint64 total = 0;
            for (const DemoLogEntry &e : m_events)
                total += e.event.timestampMs >= from && e.event.timestampMs < to && matcher.matches(e.event);
            computes.insert(key, total);
        }
    }
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("buckets"), QJsonArray{QJsonObject{{QStringLiteral("by"), QJsonObject()},
                                                                                               {QStringLiteral("computes"), computes}}}}}},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("status"), QStringLiteral("done")}, {QStringLiteral("elapsed"), 5}}}});
}
