#include "DemoBackend.h"

#include "DemoDatabase.h"
#include "DemoLogGenerator.h"
#include "logs/LogEvent.h"
#include "LogQlEvaluator.h"
#include "logs/LogQueryParser.h"
#include "logs/LogScanEngine.h"
#include "logs/QueryMatcher.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
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

DemoBackend::DemoBackend(QObject *parent) : QObject(parent), m_server(std::make_unique<QHttpServer>()), m_slowPool(std::make_unique<QThreadPool>())
{
    m_slowPool->setMaxThreadCount(64); // slow replies overlap as they would at a real server
    m_server->route(QStringLiteral("/api/v2/logs/events/search"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &r) { return deliver(datadogSearch(r)); });
    m_server->route(QStringLiteral("/api/v2/logs/analytics/aggregate"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &r) { return deliver(datadogAggregate(r)); });
    m_server->route(QStringLiteral("/loki/api/v1/query_range"), QHttpServerRequest::Method::Get,
                    [this](const QHttpServerRequest &r) { return deliver(lokiQueryRange(r)); });
    for (const char *route : {"cleanup-photos", "cleanup-idempotency-keys", "billing-reconciliation"}) {
        const QString name = QLatin1String(route);
        m_server->route(QStringLiteral("/api/cron/") + name, QHttpServerRequest::Method::Get,
                        [this, name](const QHttpServerRequest &r) { return deliver(cron(name, r)); });
    }
    m_server->route(QStringLiteral("/api/blob"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) { return deliver(blobList(r)); });
    m_server->route(QStringLiteral("/api/blob/delete"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &r) { return deliver(blobDelete(r)); });
    // Svix (apis.md): failed attempts, resend, recover, background tasks.
    m_server->route(QStringLiteral("/api/v1/app/<arg>/attempt/endpoint/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString &app, const QString &ep, const QHttpServerRequest &r) { return deliver(svixAttempts(app, ep, r)); });
    m_server->route(QStringLiteral("/api/v1/app/<arg>/msg/<arg>/endpoint/<arg>/resend"), QHttpServerRequest::Method::Post,
                    [this](const QString &app, const QString &msg, const QString &ep, const QHttpServerRequest &r) { return deliver(svixResend(app, msg, ep, r)); });
    m_server->route(QStringLiteral("/api/v1/app/<arg>/endpoint/<arg>/recover"), QHttpServerRequest::Method::Post,
                    [this](const QString &app, const QString &ep, const QHttpServerRequest &r) { return deliver(svixRecover(app, ep, r)); });
    m_server->route(QStringLiteral("/api/v1/background-task/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString &id, const QHttpServerRequest &r) { return deliver(svixTask(id, r)); });
    // Stripe (apis.md): events and webhook endpoints; the app's Stripe webhook route.
    m_server->route(QStringLiteral("/v1/events"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) { return deliver(stripeEvents(r)); });
    m_server->route(QStringLiteral("/v1/webhook_endpoints"), QHttpServerRequest::Method::Get,
                    [this](const QHttpServerRequest &r) { return deliver(stripeEndpoints(r)); });
    m_server->route(QStringLiteral("/api/stripe/webhook"), [this](const QHttpServerRequest &r) { return deliver([&] {
        if (auto injected = fault(r))
            return std::move(*injected);
        // Like the app: only POSTs with a Stripe-Signature header are webhooks.
        if (r.method() != QHttpServerRequest::Method::Post)
            return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("Method not allowed")}},
                                       QHttpServerResponse::StatusCode::MethodNotAllowed);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("Missing Stripe-Signature header")}},
                                   QHttpServerResponse::StatusCode::BadRequest);
    }()); });
    m_server->route(QStringLiteral("/api/social-links"), [this](const QHttpServerRequest &r) { return deliver([&] {
        if (auto injected = fault(r))
            return std::move(*injected);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("links"), QJsonArray()}});
    }()); });
}

DemoBackend::~DemoBackend()
{
    // Slow replies still sleeping finish before the server goes.
    m_slowPool->waitForDone();
}

// Every answer goes out through here: at once, or — an injected slow reply —
// after a delay spent on a thread of the backend's own pool, so the server
// keeps serving others meanwhile (the answer itself is made here, on the
// server's thread).
QFuture<QHttpServerResponse> DemoBackend::deliver(QHttpServerResponse &&response)
{
    const int delay = std::exchange(m_delayNext, 0);
    if (delay <= 0)
        return QtFuture::makeReadyFuture(std::move(response));
    m_maxDelayedInFlight = std::max(m_maxDelayedInFlight, int(++m_delayedInFlight));
    auto held = std::make_shared<QHttpServerResponse>(std::move(response));
    return QtConcurrent::run(m_slowPool.get(), [held, delay, inFlight = &m_delayedInFlight] {
        QThread::msleep(ulong(delay));
        --*inFlight;
        return std::move(*held);
    });
}

Result<std::vector<DemoBackend::Entry>> DemoBackend::readLogs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<std::vector<Entry>>::failure(QStringLiteral("%1: %2").arg(path, f.errorString()));
    std::vector<Entry> events;
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
        events.push_back(std::move(e));
    }
    std::stable_sort(events.begin(), events.end(), [](const Entry &a, const Entry &b) { return a.event.timestampMs < b.event.timestampMs; });
    return events;
}

Status DemoBackend::loadLogs(const QString &path)
{
    auto events = readLogs(path);
    if (!events)
        return Status::failure(events.error());
    Data data;
    data.events = std::move(events.value());
    deriveWebhookState(data);
    m_events = std::move(data.events);
    m_svixAttempts = std::move(data.svixAttempts);
    m_stripeEvents = std::move(data.stripeEvents);
    m_svixTasks.clear();
    return {};
}

Result<std::shared_ptr<DemoBackend::Data>> DemoBackend::readDemoData(const QString &dir)
{
    auto data = std::make_shared<Data>();
    data->database = dir + QStringLiteral("/app.sqlite");
    auto blobs = readBlobs(dir + QStringLiteral("/blobs.json"));
    if (!blobs)
        return Result<std::shared_ptr<Data>>::failure(blobs.error());
    data->blobs = std::move(blobs.value());
    auto events = readLogs(dir + QStringLiteral("/logs/app.ndjson"));
    if (!events)
        return Result<std::shared_ptr<Data>>::failure(events.error());
    data->events = std::move(events.value());
    deriveWebhookState(*data);
    return data;
}

void DemoBackend::serve(Data &&data)
{
    m_events = std::move(data.events);
    m_svixAttempts = std::move(data.svixAttempts);
    m_stripeEvents = std::move(data.stripeEvents);
    m_blobs = std::move(data.blobs);
    m_database = data.database;
    m_svixTasks.clear();
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
    // apis.md: the POSTs that change something carry an Idempotency-Key.
    if (req.method() == QHttpServerRequest::Method::Post && (path.startsWith(QStringLiteral("/api/v1/")) || path == QStringLiteral("/api/blob/delete"))
        && req.value("Idempotency-Key").isEmpty())
        m_postsWithoutKey.append(path);
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!path.startsWith(it.key()) || it->empty())
            continue;
        const Fault f = it->front();
        it->erase(it->begin());
        if (f.delayMs > 0) { // a slow reply: the normal answer, late
            m_delayNext = f.delayMs;
            return std::nullopt;
        }
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
    auto data = readDemoData(dir);
    if (!data)
        return Status::failure(data.error());
    serve(std::move(*data.value()));
    return {};
}

Result<QList<QJsonObject>> DemoBackend::readBlobs(const QString &blobsJson)
{
    QFile f(blobsJson);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QList<QJsonObject>>::failure(QStringLiteral("%1: %2").arg(blobsJson, f.errorString()));
    QList<QJsonObject> blobs;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("blobs")).toArray())
        blobs.append(v.toObject());
    std::sort(blobs.begin(), blobs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("pathname")).toString() < b.value(QStringLiteral("pathname")).toString();
    });
    return blobs;
}

Status DemoBackend::loadBlobs(const QString &blobsJson)
{
    auto blobs = readBlobs(blobsJson);
    if (!blobs)
        return Status::failure(blobs.error());
    m_blobs = std::move(blobs.value());
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

void DemoBackend::putDemoSecretsInEnvironment()
{
    for (const auto &[name, value] : {std::pair{"CRON_SECRET", "demo-cron-secret-local-only"},
                                      std::pair{"BLOB_READ_WRITE_TOKEN", "vercel_blob_rw_demo_localonly"},
                                      std::pair{"SVIX_API_TOKEN", "testsk_demo_localonly"},
                                      std::pair{"STRIPE_SECRET_KEY", "sk_test_demo_localonly"}})
        if (qEnvironmentVariableIsEmpty(name))
            qputenv(name, value);
}

void DemoBackend::useSecretsFromEnvironment()
{
    setCronSecret(qEnvironmentVariable("CRON_SECRET"));
    setBlobToken(qEnvironmentVariable("BLOB_READ_WRITE_TOKEN"));
    setSvixToken(qEnvironmentVariable("SVIX_API_TOKEN"));
    setStripeKey(qEnvironmentVariable("STRIPE_SECRET_KEY"));
}

void DemoBackend::deriveWebhookState(Data &data)
{
    data.svixAttempts.clear();
    data.stripeEvents.clear();
    int n = 0;
    for (auto it = data.events.rbegin(); it != data.events.rend(); ++it) {
        const LogEvent &e = it->event;
        const QString path = e.attributes.value(QStringLiteral("path")).toString();
        if (path == QStringLiteral("/api/clerk/webhook") && e.attributes.value(QStringLiteral("statusCode")).toInt() == 500) {
            const QString key = QString::number(e.timestampMs, 36);
            data.svixAttempts.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("atmpt_") + key},
                                              {QStringLiteral("msgId"), QStringLiteral("msg_") + key},
                                              {QStringLiteral("endpointId"), QLatin1String(svixEndpoint)},
                                              {QStringLiteral("url"), QStringLiteral("https://tipjar.example.com/api/clerk/webhook")},
                                              {QStringLiteral("responseStatusCode"), 500},
                                              {QStringLiteral("responseDurationMs"), e.attributes.value(QStringLiteral("durationMs")).toInt()},
                                              {QStringLiteral("status"), 2},
                                              {QStringLiteral("timestamp"), LogTime::toIso(e.timestampMs)}});
        } else if (path == QStringLiteral("/api/stripe/webhook") && e.message.contains(QStringLiteral("Idempotent duplicate webhook received"))) {
            // Stripe sent it again because a delivery failed: an event with a failed delivery.
            const QString key = QString::number(e.timestampMs, 36) + QString::number(++n);
            data.stripeEvents.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("evt_demo") + key},
                {QStringLiteral("object"), QStringLiteral("event")},
                {QStringLiteral("type"), QStringLiteral("payment_intent.succeeded")},
                {QStringLiteral("created"), e.timestampMs / 1000},
                {QStringLiteral("pending_webhooks"), 1},
                {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), QJsonObject{{QStringLiteral("id"), QStringLiteral("pi_demo") + key},
                                                                                           {QStringLiteral("object"), QStringLiteral("payment_intent")},
                                                                                           {QStringLiteral("amount"), 500},
                                                                                           {QStringLiteral("currency"), QStringLiteral("usd")}}}}}});
        }
    }
}

int DemoBackend::failedAttemptCount() const
{
    return int(std::count_if(m_svixAttempts.begin(), m_svixAttempts.end(),
                             [](const QJsonObject &a) { return a.value(QStringLiteral("status")).toInt() == 2; }));
}

int DemoBackend::failedEventCount() const
{
    return int(m_stripeEvents.size());
}

namespace {
QHttpServerResponse svixError(const char *code, const QString &detail, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("detail"), detail}}, status);
}

QHttpServerResponse stripeError(const char *type, const char *code, const QString &message, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                                                                                 {QStringLiteral("code"), QLatin1String(code)},
                                                                                 {QStringLiteral("message"), message}}}},
                               status);
}
} // namespace

std::optional<QHttpServerResponse> DemoBackend::svixCheck(const QHttpServerRequest &req, const QString &app, const QString &endpoint)
{
    if (auto injected = fault(req))
        return injected;
    if (m_svixToken.isEmpty() || req.value("Authorization") != "Bearer " + m_svixToken.toUtf8())
        return svixError("authentication_failed", QStringLiteral("Invalid token"), QHttpServerResponse::StatusCode::Unauthorized);
    if (app != QLatin1String(svixApp))
        return svixError("not_found", QStringLiteral("Application not found"), QHttpServerResponse::StatusCode::NotFound);
    if (!endpoint.isNull() && endpoint != QLatin1String(svixEndpoint))
        return svixError("not_found", QStringLiteral("Endpoint not found"), QHttpServerResponse::StatusCode::NotFound);
    return std::nullopt;
}

// GET /api/v1/app/{app}/attempt/endpoint/{endpoint}?status=&limit=&iterator= → {"data","iterator","done"}
QHttpServerResponse DemoBackend::svixAttempts(const QString &app, const QString &endpoint, const QHttpServerRequest &req)
{
    if (auto early = svixCheck(req, app, endpoint))
        return std::move(*early);
    const QUrlQuery q = req.query();
    const int limit = q.queryItemValue(QStringLiteral("limit")).isEmpty() ? 50 : q.queryItemValue(QStringLiteral("limit")).toInt();
    if (limit < 1 || limit > 250)
        return svixError("validation", QStringLiteral("limit must be between 1 and 250"), QHttpServerResponse::StatusCode::UnprocessableEntity);
    const QString status = q.queryItemValue(QStringLiteral("status"));
    const qsizetype start = q.queryItemValue(QStringLiteral("iterator")).toLongLong();
    QJsonArray data;
    qsizetype i = 0, seen = 0;
    for (; i < m_svixAttempts.size(); ++i) {
        const QJsonObject &a = m_svixAttempts.at(i);
        if (!status.isEmpty() && QString::number(a.value(QStringLiteral("status")).toInt()) != status)
            continue;
        if (seen++ < start)
            continue;
        if (data.size() == limit)
            break;
        data.append(a);
    }
    const bool done = i >= m_svixAttempts.size();
    QJsonObject reply{{QStringLiteral("data"), data}, {QStringLiteral("done"), done}};
    reply.insert(QStringLiteral("iterator"), done ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::number(start + limit)));
    return QHttpServerResponse(reply);
}

// POST /api/v1/app/{app}/msg/{msg}/endpoint/{endpoint}/resend → 202
QHttpServerResponse DemoBackend::svixResend(const QString &app, const QString &msg, const QString &endpoint, const QHttpServerRequest &req)
{
    if (auto early = svixCheck(req, app, endpoint))
        return std::move(*early);
    bool found = false;
    for (QJsonObject &a : m_svixAttempts)
        if (a.value(QStringLiteral("msgId")).toString() == msg) {
            found = true;
            a.insert(QStringLiteral("status"), 0); // the resend got through
        }
    if (!found)
        return svixError("not_found", QStringLiteral("Message not found"), QHttpServerResponse::StatusCode::NotFound);
    return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArray(), QHttpServerResponse::StatusCode::Accepted);
}

// POST /api/v1/app/{app}/endpoint/{endpoint}/recover {"since"} → 202 {"id","status"}
QHttpServerResponse DemoBackend::svixRecover(const QString &app, const QString &endpoint, const QHttpServerRequest &req)
{
    if (auto early = svixCheck(req, app, endpoint))
        return std::move(*early);
    const QString since = QJsonDocument::fromJson(req.body()).object().value(QStringLiteral("since")).toString();
    if (!QDateTime::fromString(since, Qt::ISODateWithMs).isValid())
        return svixError("validation", QStringLiteral("since: a valid ISO 8601 time is required"), QHttpServerResponse::StatusCode::UnprocessableEntity);
    const QString id = QStringLiteral("qtask_demo%1").arg(m_svixTasks.size() + 1);
    m_svixTasks.insert(id, SvixTask{since, 0, QStringLiteral("running")});
    return QHttpServerResponse(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("running")},
                                           {QStringLiteral("task"), QStringLiteral("endpoint.recover")}},
                               QHttpServerResponse::StatusCode::Accepted);
}

// GET /api/v1/background-task/{id}: running on the first poll, finished (messages resent) on the second.
QHttpServerResponse DemoBackend::svixTask(const QString &id, const QHttpServerRequest &req)
{
    if (auto early = svixCheck(req, QLatin1String(svixApp), QString()))
        return std::move(*early);
    auto it = m_svixTasks.find(id);
    if (it == m_svixTasks.end())
        return svixError("not_found", QStringLiteral("Background task not found"), QHttpServerResponse::StatusCode::NotFound);
    if (++it->polls >= 2 && it->status == QStringLiteral("running")) {
        const QDateTime since = QDateTime::fromString(it->since, Qt::ISODateWithMs);
        for (QJsonObject &a : m_svixAttempts)
            if (QDateTime::fromString(a.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs) >= since)
                a.insert(QStringLiteral("status"), 0);
        it->status = QStringLiteral("finished");
    }
    return QHttpServerResponse(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), it->status},
                                           {QStringLiteral("task"), QStringLiteral("endpoint.recover")}, {QStringLiteral("data"), QJsonObject()}});
}

std::optional<QHttpServerResponse> DemoBackend::stripeCheck(const QHttpServerRequest &req)
{
    if (auto injected = fault(req))
        return injected;
    if (m_stripeKey.isEmpty() || req.value("Authorization") != "Bearer " + m_stripeKey.toUtf8())
        return stripeError("invalid_request_error", "api_key_invalid", QStringLiteral("Invalid API Key provided."),
                           QHttpServerResponse::StatusCode::Unauthorized);
    return std::nullopt;
}

// GET /v1/events?type=&delivery_success=false&created[gte]=&limit=&starting_after= → {"data","has_more"}
QHttpServerResponse DemoBackend::stripeEvents(const QHttpServerRequest &req)
{
    if (auto early = stripeCheck(req))
        return std::move(*early);
    const QUrlQuery q = req.query();
    const int limit = q.queryItemValue(QStringLiteral("limit")).isEmpty() ? 10 : q.queryItemValue(QStringLiteral("limit")).toInt();
    if (limit < 1 || limit > 100)
        return stripeError("invalid_request_error", "parameter_invalid_integer", QStringLiteral("Invalid integer: limit must be between 1 and 100"),
                           QHttpServerResponse::StatusCode::BadRequest);
    const QString type = q.queryItemValue(QStringLiteral("type"));
    const QString gte = q.queryItemValue(QStringLiteral("created[gte]"), QUrl::FullyDecoded);
    const qint64 oldest = QDateTime::currentSecsSinceEpoch() - 30 * 86400; // Stripe keeps 30 days
    const qint64 from = std::max(gte.isEmpty() ? 0 : gte.toLongLong(), oldest);
    const QString after = q.queryItemValue(QStringLiteral("starting_after"));
    // The demo keeps only events with a failed delivery, so delivery_success=false filters nothing out.
    QJsonArray data;
    bool started = after.isEmpty(), more = false;
    for (const QJsonObject &e : m_stripeEvents) {
        if (!started) {
            started = e.value(QStringLiteral("id")).toString() == after;
            continue;
        }
        if ((!type.isEmpty() && e.value(QStringLiteral("type")).toString() != type) || qint64(e.value(QStringLiteral("created")).toDouble()) < from)
            continue;
        if (data.size() == limit) {
            more = true;
            break;
        }
        data.append(e);
    }
    if (!started)
        return stripeError("invalid_request_error", "resource_missing", QStringLiteral("No such event: '%1'").arg(after),
                           QHttpServerResponse::StatusCode::NotFound);
    return QHttpServerResponse(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("url"), QStringLiteral("/v1/events")},
                                           {QStringLiteral("data"), data}, {QStringLiteral("has_more"), more}});
}

// GET /v1/webhook_endpoints → {"data":[{"id","url","status","enabled_events"}],"has_more"}
QHttpServerResponse DemoBackend::stripeEndpoints(const QHttpServerRequest &req)
{
    if (auto early = stripeCheck(req))
        return std::move(*early);
    const QJsonObject endpoint{{QStringLiteral("id"), QStringLiteral("we_demo1")},
                               {QStringLiteral("object"), QStringLiteral("webhook_endpoint")},
                               {QStringLiteral("url"), baseUrl() + QStringLiteral("/api/stripe/webhook")},
                               {QStringLiteral("status"), QStringLiteral("enabled")},
                               {QStringLiteral("enabled_events"), QJsonArray{QStringLiteral("payment_intent.succeeded")}}};
    return QHttpServerResponse(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("url"), QStringLiteral("/v1/webhook_endpoints")},
                                           {QStringLiteral("data"), QJsonArray{endpoint}}, {QStringLiteral("has_more"), false}});
}
