#include "DemoTime.h"
#include "LokiFake.h"

#include "FaultInjector.h"
#include "LogQlEvaluator.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

// Loki accepts ns epoch, float seconds or RFC 3339.
std::optional<qint64> lokiTime(const QString &v)
{
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    if (v.contains(QLatin1Char('.'))) {
        const double s = v.toDouble(&ok);
        if (ok)
            return qint64(s * 1000.0);
    }
    const qint64 n = v.toLongLong(&ok);
    if (ok)
        return n > 100'000'000'000'000LL ? n / 1'000'000 : n * 1000; // ns, else seconds
    return DemoTime::parse(v);
}

} // namespace

LokiFake::LokiFake(FaultInjector &faults, const std::vector<DemoLogEntry> &events) : m_faults(faults), m_events(events)
{
}

void LokiFake::addRoutes(QHttpServer &server)
{
    server.route(QStringLiteral("/loki/api/v1/query_range"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &r) { return m_faults.deliver(queryRange(r)); });
}

QHttpServerResponse LokiFake::queryRange(const QHttpServerRequest &req)
{
    if (auto injected = m_faults.check(req))
        return std::move(*injected);
    if (!m_lokiOrgId.isEmpty() && req.value("X-Scope-OrgID") != m_lokiOrgId.toUtf8())
        return DemoHttp::plain("no org id\n", QHttpServerResponse::StatusCode::Unauthorized);
    const QUrlQuery q = req.query();
    const auto ev = LogQlEvaluator::parse(q.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded));
    if (!ev)
        return DemoHttp::plain(ev.error().toUtf8() + '\n', QHttpServerResponse::StatusCode::BadRequest);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 end = lokiTime(q.queryItemValue(QStringLiteral("end"))).value_or(now);
    const qint64 start = lokiTime(q.queryItemValue(QStringLiteral("start"))).value_or(end - 3'600'000);
    if (end < start)
        return DemoHttp::plain("end timestamp must not be before start time\n", QHttpServerResponse::StatusCode::BadRequest);
    if (ev.value()->isMetric()) {
        const auto step = DemoHttp::stepOf(q.queryItemValue(QStringLiteral("step")));
        if (!step)
            return DemoHttp::plain("invalid step\n", QHttpServerResponse::StatusCode::BadRequest);
        if ((end - start) / *step > 11'000)
            return DemoHttp::plain("exceeded maximum resolution of 11,000 points per timeseries\n", QHttpServerResponse::StatusCode::BadRequest);
        const qint64 range = ev.value()->rangeMs();
        QJsonArray values;
        for (qint64 t = start; t <= end; t += *step) {
            qint64 n = 0;
            const auto lo = std::lower_bound(m_events.begin(), m_events.end(), t - range,
                                             [](const DemoLogEntry &e, qint64 ms) { return e.event.timestampMs < ms; });
            for (auto it = lo; it != m_events.end() && it->event.timestampMs < t; ++it)
                n += ev.value()->matches(it->stream, it->line);
            if (n > 0)
                values.append(QJsonArray{double(t) / 1000.0, QString::number(n)});
        }
        QJsonArray result;
        if (!values.isEmpty())
            result.append(QJsonObject{{QStringLiteral("metric"), QJsonObject()}, {QStringLiteral("values"), values}});
        return QHttpServerResponse(QJsonObject{
            {QStringLiteral("status"), QStringLiteral("success")},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("resultType"), QStringLiteral("matrix")}, {QStringLiteral("result"), result}}}});
    }
    const int limit = q.queryItemValue(QStringLiteral("limit")).isEmpty() ? 100 : q.queryItemValue(QStringLiteral("limit")).toInt();
    const bool forward = q.queryItemValue(QStringLiteral("direction")) == QStringLiteral("forward");
    std::vector<const DemoLogEntry *> hits;
    for (const DemoLogEntry &e : m_events)
        if (e.event.timestampMs >= start && e.event.timestampMs < end && ev.value()->matches(e.stream, e.line))
            hits.push_back(&e);
    if (!forward)
        std::reverse(hits.begin(), hits.end());
    if (int(hits.size()) > limit)
        hits.resize(size_t(limit));
    QHash<QString, QJsonArray> streams;
    QHash<QString, QJsonObject> labels;
    for (const DemoLogEntry *e : hits) {
        QJsonObject lo;
        for (auto it = e->stream.begin(); it != e->stream.end(); ++it)
            lo.insert(it.key(), it.value());
        const QString key = QString::fromUtf8(QJsonDocument(lo).toJson(QJsonDocument::Compact));
        labels.insert(key, lo);
        streams[key].append(QJsonArray{QString::number(e->event.timestampMs) + QStringLiteral("000000"), e->line});
    }
    QJsonArray result;
    for (auto it = streams.begin(); it != streams.end(); ++it)
        result.append(QJsonObject{{QStringLiteral("stream"), labels.value(it.key())}, {QStringLiteral("values"), it.value()}});
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("status"), QStringLiteral("success")},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("resultType"), QStringLiteral("streams")}, {QStringLiteral("result"), result}}}});
}
