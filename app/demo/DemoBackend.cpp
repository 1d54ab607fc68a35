#include "DemoBackend.h"

#include "DemoDatabase.h"
#include "DemoLogGenerator.h"
#include "LogEvent.h"
#include "LogQlEvaluator.h"
#include "LogQueryParser.h"
#include "LogScanEngine.h"
#include "QueryMatcher.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrlQuery>

namespace {

QHttpServerResponse ddError(const QString &message, QHttpServerResponse::StatusCode code)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("errors"), QJsonArray{message}}}, code);
}

QHttpServerResponse plain(const QByteArray &text, QHttpServerResponse::StatusCode code)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"), text, code);
}

// Datadog accepts ISO-8601, epoch milliseconds as a string, or date math (now-1h).
std::optional<qint64> ddTime(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    return LogTime::parseRelative(v.toString(), QDateTime::currentMSecsSinceEpoch());
}

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
    return LogTime::parse(QStringView(v));
}

std::optional<qint64> stepOf(const QString &v)
{
    if (const auto d = LogTime::parseDuration(v))
        return d;
    bool ok = false;
    const double s = v.toDouble(&ok);
    return ok && s > 0 ? std::optional<qint64>(qint64(s * 1000)) : std::nullopt;
}

} // namespace

DemoBackend::DemoBackend(QObject *parent) : QObject(parent), m_server(std::make_unique<QHttpServer>())
{
    m_server->route(QStringLiteral("/api/v2/logs/events/search"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &r) { return datadogSearch(r); });
    m_server->route(QStringLiteral("/api/v2/logs/analytics/aggregate"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &r) { return datadogAggregate(r); });
    m_server->route(QStringLiteral("/loki/api/v1/query_range"), QHttpServerRequest::Method::Get,
                    [this](const QHttpServerRequest &r) { return lokiQueryRange(r); });
    for (const char *route : {"cleanup-photos", "cleanup-idempotency-keys", "billing-reconciliation"}) {
        const QString name = QLatin1String(route);
        m_server->route(QStringLiteral("/api/cron/") + name, QHttpServerRequest::Method::Get,
                        [this, name](const QHttpServerRequest &r) { return cron(name, r); });
    }
    m_server->route(QStringLiteral("/api/blob"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) { return blobList(r); });
    m_server->route(QStringLiteral("/api/blob/delete"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &r) { return blobDelete(r); });
    m_server->route(QStringLiteral("/api/social-links"), [this](const QHttpServerRequest &r) {
        if (auto injected = fault(r))
            return std::move(*injected);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("links"), QJsonArray()}});
    });
}

DemoBackend::~DemoBackend() = default;

Status DemoBackend::loadLogs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(QStringLiteral("%1: %2").arg(path, f.errorString()));
    m_events.clear();
    LogFileFormat format;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        Entry e;
        QString why;
        if (!LogScanEngine::parseLine(line.constData(), line.size(), format, e.event, why))
            continue;
        e.line = QString::fromUtf8(line);
        e.stream = {{QStringLiteral("job"), QStringLiteral("vercel")},
                    {QStringLiteral("app"), e.event.service.isEmpty() ? QStringLiteral("web") : e.event.service},
                    {QStringLiteral("level"), e.event.level}};
        m_events.push_back(std::move(e));
    }
    std::stable_sort(m_events.begin(), m_events.end(), [](const Entry &a, const Entry &b) { return a.event.timestampMs < b.event.timestampMs; });
    return {};
}

quint16 DemoBackend::listen(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port;
}

QString DemoBackend::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void DemoBackend::injectFault(const QString &pathPrefix, Fault fault)
{
    for (int k = 0; k < fault.times; ++k)
        m_faults[pathPrefix].push_back(fault);
}

int DemoBackend::requestCount(const QString &pathPrefix) const
{
    int n = 0;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it)
        if (it.key().startsWith(pathPrefix))
            n += it.value();
    return n;
}

std::optional<QHttpServerResponse> DemoBackend::fault(const QHttpServerRequest &req)
{
    const QString path = req.url().path();
    ++m_counts[path];
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!path.startsWith(it.key()) || it->empty())
            continue;
        const Fault f = it->front();
        it->erase(it->begin());
        std::optional<QHttpServerResponse> out(std::in_place, QByteArrayLiteral("application/json"), f.body,
                                               QHttpServerResponse::StatusCode(f.status));
        for (const auto &[k, v] : f.headers)
            out->addHeader(k, v);
        return out;
    }
    return std::nullopt;
}

// Auth, JSON body, filter.query, filter.from/to: what both Datadog endpoints read.
std::optional<QHttpServerResponse> DemoBackend::parseDatadog(const QHttpServerRequest &req, DatadogCall &call)
{
    if (auto injected = fault(req))
        return injected;
    if (req.value("DD-API-KEY").isEmpty() || req.value("DD-APPLICATION-KEY").isEmpty())
        return ddError(QStringLiteral("Forbidden"), QHttpServerResponse::StatusCode::Forbidden);
    QJsonParseError pe;
    call.body = QJsonDocument::fromJson(req.body(), &pe).object();
    if (pe.error != QJsonParseError::NoError)
        return ddError(QStringLiteral("Invalid JSON body"), QHttpServerResponse::StatusCode::BadRequest);
    const QJsonObject filter = call.body.value(QStringLiteral("filter")).toObject();
    const QString q = filter.value(QStringLiteral("query")).toString();
    const auto node = LogQueryParser::parse(q);
    if (!node && !q.trimmed().isEmpty() && q != QStringLiteral("*"))
        return ddError(QStringLiteral("Invalid query: ") + node.error(), QHttpServerResponse::StatusCode::BadRequest);
    call.matcher = std::make_shared<QueryMatcher>(node ? node.value() : QueryNode{});
    const auto from = ddTime(filter.value(QStringLiteral("from")).isUndefined() ? QJsonValue(QStringLiteral("now-15m")) : filter.value(QStringLiteral("from")));
    const auto to = ddTime(filter.value(QStringLiteral("to")).isUndefined() ? QJsonValue(QStringLiteral("now")) : filter.value(QStringLiteral("to")));
    if (!from || !to)
        return ddError(QStringLiteral("Invalid time range"), QHttpServerResponse::StatusCode::BadRequest);
    call.fromMs = *from;
    call.toMs = *to;
    return std::nullopt;
}

QHttpServerResponse DemoBackend::datadogSearch(const QHttpServerRequest &req)
{
    DatadogCall call;
    if (auto early = parseDatadog(req, call)) // an injected fault, or a bad request
        return std::move(*early);
    const QJsonObject &body = call.body;
    const QueryMatcher &matcher = *call.matcher;
    const qint64 from = call.fromMs, to = call.toMs;
    const QJsonObject page = body.value(QStringLiteral("page")).toObject();
    const int limit = page.value(QStringLiteral("limit")).toInt(10);
    if (limit < 1 || limit > 1000)
        return ddError(QStringLiteral("page[limit] must be between 1 and 1000"), QHttpServerResponse::StatusCode::BadRequest);
    const qsizetype startAt = QByteArray::fromBase64(page.value(QStringLiteral("cursor")).toString().toLatin1()).toLongLong();
    const bool descending = body.value(QStringLiteral("sort")).toString() == QStringLiteral("-timestamp");

    std::vector<const Entry *> hits;
    for (const Entry &e : m_events)
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
                                             {QStringLiteral("timestamp"), LogTime::toIso(e.timestampMs)},
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
        reply.insert(QStringLiteral("links"), QJsonObject{{QStringLiteral("next"), baseUrl() + QStringLiteral("/api/v2/logs/events?page[cursor]=") + after}});
    }
    return QHttpServerResponse(reply);
}

QHttpServerResponse DemoBackend::datadogAggregate(const QHttpServerRequest &req)
{
    DatadogCall call;
    if (auto early = parseDatadog(req, call)) // an injected fault, or a bad request
        return std::move(*early);
    const QJsonObject &body = call.body;
    const QueryMatcher &matcher = *call.matcher;
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
            const auto interval = stepOf(spec.value(QStringLiteral("interval")).toString(QStringLiteral("1h")));
            if (!interval)
                return ddError(QStringLiteral("invalid interval"), QHttpServerResponse::StatusCode::BadRequest);
            // Buckets at UTC multiples of the interval.
            const qint64 first = from - ((from % *interval) + *interval) % *interval;
            const int n = int((to - first + *interval - 1) / *interval);
            if (n > 100'000)
                return ddError(QStringLiteral("too many buckets"), QHttpServerResponse::StatusCode::BadRequest);
            std::vector<qint64> counts(size_t(std::max(n, 0)), 0);
            for (const Entry &e : m_events)
                if (e.event.timestampMs >= from && e.event.timestampMs < to && matcher.matches(e.event))
                    ++counts[size_t((e.event.timestampMs - first) / *interval)];
            QJsonArray series;
            for (int b = 0; b < n; ++b)
                series.append(QJsonObject{{QStringLiteral("time"), LogTime::toIso(first + qint64(b) * *interval)},
                                          {QStringLiteral("value"), counts[size_t(b)]}});
            computes.insert(key, series);
        } else {
            qint64 total = 0;
            for (const Entry &e : m_events)
                total += e.event.timestampMs >= from && e.event.timestampMs < to && matcher.matches(e.event);
            computes.insert(key, total);
        }
    }
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("buckets"), QJsonArray{QJsonObject{{QStringLiteral("by"), QJsonObject()},
                                                                                               {QStringLiteral("computes"), computes}}}}}},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("status"), QStringLiteral("done")}, {QStringLiteral("elapsed"), 5}}}});
}

QHttpServerResponse DemoBackend::lokiQueryRange(const QHttpServerRequest &req)
{
    if (auto injected = fault(req))
        return std::move(*injected);
    if (!m_lokiOrgId.isEmpty() && req.value("X-Scope-OrgID") != m_lokiOrgId.toUtf8())
        return plain("no org id\n", QHttpServerResponse::StatusCode::Unauthorized);
    const QUrlQuery q = req.query();
    const auto ev = LogQlEvaluator::parse(q.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded));
    if (!ev)
        return plain(ev.error().toUtf8() + '\n', QHttpServerResponse::StatusCode::BadRequest);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 end = lokiTime(q.queryItemValue(QStringLiteral("end"))).value_or(now);
    const qint64 start = lokiTime(q.queryItemValue(QStringLiteral("start"))).value_or(end - 3'600'000);
    if (end < start)
        return plain("end timestamp must not be before start time\n", QHttpServerResponse::StatusCode::BadRequest);
    if (ev.value()->isMetric()) {
        const auto step = stepOf(q.queryItemValue(QStringLiteral("step")));
        if (!step)
            return plain("invalid step\n", QHttpServerResponse::StatusCode::BadRequest);
        if ((end - start) / *step > 11'000)
            return plain("exceeded maximum resolution of 11,000 points per timeseries\n", QHttpServerResponse::StatusCode::BadRequest);
        const qint64 range = ev.value()->rangeMs();
        QJsonArray values;
        for (qint64 t = start; t <= end; t += *step) {
            qint64 n = 0;
            const auto lo = std::lower_bound(m_events.begin(), m_events.end(), t - range,
                                             [](const Entry &e, qint64 ms) { return e.event.timestampMs < ms; });
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
    std::vector<const Entry *> hits;
    for (const Entry &e : m_events)
        if (e.event.timestampMs >= start && e.event.timestampMs < end && ev.value()->matches(e.stream, e.line))
            hits.push_back(&e);
    if (!forward)
        std::reverse(hits.begin(), hits.end());
    if (int(hits.size()) > limit)
        hits.resize(size_t(limit));
    QHash<QString, QJsonArray> streams;
    QHash<QString, QJsonObject> labels;
    for (const Entry *e : hits) {
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

// Vercel calls the cron routes with GET and "Authorization: Bearer <CRON_SECRET>".
QHttpServerResponse DemoBackend::cron(const QString &route, const QHttpServerRequest &req)
{
    if (auto injected = fault(req))
        return std::move(*injected);
    if (m_cronSecret.isEmpty() || req.value("Authorization") != "Bearer " + m_cronSecret.toUtf8())
        return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("Unauthorized")}}, QHttpServerResponse::StatusCode::Unauthorized);
    if (route != QStringLiteral("cleanup-photos"))
        return QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("deleted"), 0}});
    // What a cleanup run finds in the app's database (read-only here: the demo stays repeatable).
    int failed = 0, stuckUploading = 0, stuckProcessing = 0;
    if (!m_database.isEmpty()) {
        const QString conn = QStringLiteral("demo-backend-db");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
            db.setDatabaseName(m_database);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                const QString hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
                auto count = [&](const QString &sql) {
                    q.prepare(sql);
                    q.addBindValue(hourAgo);
                    return q.exec() && q.next() ? q.value(0).toInt() : 0;
                };
                failed = count(QStringLiteral("SELECT count(*) FROM profile_photos WHERE status = 'failed' AND updated_at < ?"));
                stuckUploading = count(QStringLiteral("SELECT count(*) FROM profile_photos WHERE status = 'uploading' AND created_at < ?"));
                stuckProcessing = count(QStringLiteral("SELECT count(*) FROM profile_photos WHERE status = 'processing' AND created_at < ?"));
            }
        }
        QSqlDatabase::removeDatabase(conn);
    }
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("deleted"), failed + stuckUploading + stuckProcessing},
        {QStringLiteral("blobsDeleted"), stuckProcessing},
        {QStringLiteral("blobDeletionFailed"), false},
        {QStringLiteral("details"), QJsonObject{{QStringLiteral("failed"), failed},
                                                {QStringLiteral("stuckUploading"), stuckUploading},
                                                {QStringLiteral("stuckProcessing"), stuckProcessing}}}});
}

Status DemoBackend::makeDemoData(const QString &dir)
{
    const auto logs = DemoLogGenerator::write(dir, {});
    if (!logs)
        return Status::failure(logs.error());
    return DemoDatabase::write(dir, QDateTime::fromMSecsSinceEpoch(logs->lastMs, Qt::UTC));
}

Status DemoBackend::serveDemoData(const QString &dir)
{
    setDatabase(dir + QStringLiteral("/app.sqlite"));
    if (Status s = loadBlobs(dir + QStringLiteral("/blobs.json")); !s)
        return s;
    return loadLogs(dir + QStringLiteral("/logs/app.ndjson"));
}

Status DemoBackend::loadBlobs(const QString &blobsJson)
{
    QFile f(blobsJson);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(QStringLiteral("%1: %2").arg(blobsJson, f.errorString()));
    m_blobs.clear();
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("blobs")).toArray())
        m_blobs.append(v.toObject());
    std::sort(m_blobs.begin(), m_blobs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("pathname")).toString() < b.value(QStringLiteral("pathname")).toString();
    });
    return {};
}

std::optional<QHttpServerResponse> DemoBackend::blobAuth(const QHttpServerRequest &req) const
{
    if (m_blobToken.isEmpty() || req.value("authorization") != "Bearer " + m_blobToken.toUtf8())
        return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden"),},
                                                                                      {QStringLiteral("message"), QStringLiteral("Access denied, please provide a valid token for this resource.")}}}},
                                   QHttpServerResponse::StatusCode::Forbidden);
    return std::nullopt;
}

// GET <base>?prefix=&limit=&cursor=&mode=expanded → {"blobs","cursor","hasMore"}; GET <base>?url= → one blob.
QHttpServerResponse DemoBackend::blobList(const QHttpServerRequest &req)
{
    if (auto injected = fault(req))
        return std::move(*injected);
    if (auto denied = blobAuth(req))
        return std::move(*denied);
    const QUrlQuery q = req.query();
    if (q.hasQueryItem(QStringLiteral("url"))) {
        const QString wanted = q.queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded);
        for (const QJsonObject &b : m_blobs)
            if (b.value(QStringLiteral("url")).toString() == wanted || b.value(QStringLiteral("pathname")).toString() == wanted)
                return QHttpServerResponse(b);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("not_found")},
                                                                                      {QStringLiteral("message"), QStringLiteral("The requested blob does not exist")}}}},
                                   QHttpServerResponse::StatusCode::NotFound);
    }
    const QString prefix = q.queryItemValue(QStringLiteral("prefix"), QUrl::FullyDecoded);
    const int limit = std::clamp(q.queryItemValue(QStringLiteral("limit")).isEmpty() ? 1000 : q.queryItemValue(QStringLiteral("limit")).toInt(), 1, 1000);
    const qsizetype start = QByteArray::fromBase64(q.queryItemValue(QStringLiteral("cursor")).toLatin1()).toLongLong();
    QJsonArray page;
    qsizetype i = 0, seen = 0;
    for (; i < m_blobs.size(); ++i) {
        if (!m_blobs.at(i).value(QStringLiteral("pathname")).toString().startsWith(prefix))
            continue;
        if (seen++ < start)
            continue;
        if (page.size() == limit)
            break;
        page.append(m_blobs.at(i));
    }
    const bool hasMore = i < m_blobs.size() && seen > start + limit;
    QJsonObject reply{{QStringLiteral("blobs"), page}, {QStringLiteral("hasMore"), hasMore}};
    if (hasMore)
        reply.insert(QStringLiteral("cursor"), QString::fromLatin1(QByteArray::number(start + limit).toBase64()));
    return QHttpServerResponse(reply);
}

// POST <base>/delete {"urls":[…]}
QHttpServerResponse DemoBackend::blobDelete(const QHttpServerRequest &req)
{
    if (auto injected = fault(req))
        return std::move(*injected);
    if (auto denied = blobAuth(req))
        return std::move(*denied);
    const QJsonArray urls = QJsonDocument::fromJson(req.body()).object().value(QStringLiteral("urls")).toArray();
    QSet<QString> gone;
    for (const QJsonValue &u : urls)
        gone.insert(u.toString());
    m_blobs.erase(std::remove_if(m_blobs.begin(), m_blobs.end(), [&gone](const QJsonObject &b) {
                      return gone.contains(b.value(QStringLiteral("url")).toString());
                  }),
                  m_blobs.end());
    return QHttpServerResponse(QJsonObject());
}
