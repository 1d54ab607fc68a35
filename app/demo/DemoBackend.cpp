#include "DemoBackend.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "AppRoutesFake.h"
#include "DatadogFake.h"
#include "DemoDatabase.h"
#include "DemoLogGenerator.h"
#include "FaultInjector.h"
#include "LokiFake.h"
#include "StripeFake.h"
#include "SvixFake.h"
#include "VercelBlobFake.h"
#include "DemoTime.h"
#include "secrets/SecretResolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QJsonObject>

DemoBackend::DemoBackend(QObject *parent)
    : QObject(parent), m_faults(std::make_unique<FaultInjector>()), m_server(std::make_unique<QHttpServer>()),
      m_datadog(std::make_unique<DatadogFake>(*m_faults, m_events, [this] { return baseUrl(); })),
      m_loki(std::make_unique<LokiFake>(*m_faults, m_events)), m_app(std::make_unique<AppRoutesFake>(*m_faults)),
      m_blob(std::make_unique<VercelBlobFake>(*m_faults)), m_svix(std::make_unique<SvixFake>(*m_faults)),
      m_stripe(std::make_unique<StripeFake>(*m_faults, [this] { return baseUrl(); }))
{
    m_datadog->addRoutes(*m_server);
    m_loki->addRoutes(*m_server);
    m_app->addRoutes(*m_server);
    m_blob->addRoutes(*m_server);
    m_svix->addRoutes(*m_server);
    m_stripe->addRoutes(*m_server);
}

DemoBackend::~DemoBackend()
{
    // The server goes first: no request reaches a fake that is gone.
    m_server.reset();
}

void DemoBackend::setRequireLokiOrgId(const QString &orgId)
{
    m_loki->setRequireOrgId(orgId);
}

void DemoBackend::setCronSecret(const QString &secret)
{
    m_app->setCronSecret(secret);
}

void DemoBackend::setDatabase(const QString &path)
{
    m_app->setDatabase(path);
}

void DemoBackend::setBlobToken(const QString &token)
{
    m_blob->setToken(token);
}

int DemoBackend::blobCount() const
{
    return m_blob->blobCount();
}

void DemoBackend::setSvixToken(const QString &token)
{
    m_svix->setToken(token);
}

void DemoBackend::setStripeKey(const QString &key)
{
    m_stripe->setKey(key);
}

int DemoBackend::failedAttemptCount() const
{
    return m_svix->failedAttemptCount();
}

int DemoBackend::failedEventCount() const
{
    return m_stripe->failedEventCount();
}

void DemoBackend::injectFault(const QString &pathPrefix, Fault fault)
{
    m_faults->inject(pathPrefix, std::move(fault));
}

int DemoBackend::requestCount(const QString &pathPrefix) const
{
    return m_faults->requestCount(pathPrefix);
}

int DemoBackend::maxDelayedInFlight() const
{
    return m_faults->maxDelayedInFlight();
}

QStringList DemoBackend::postsWithoutIdempotencyKey() const
{
    return m_faults->postsWithoutIdempotencyKey();
}

Result<std::vector<DemoLogEntry>> DemoBackend::readLogs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<std::vector<DemoLogEntry>>::failure(QStringLiteral("%1: %2").arg(path, f.errorString()));
    std::vector<DemoLogEntry> events;
    // Read with a reader of its own (the generator's NDJSON: "timestamp" in epoch
    // ms), not the product's: a fake that parsed with the code under test would share its bugs.
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        DemoLogEntry e;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QJsonValue ts = o.value(QStringLiteral("timestamp"));
        const std::optional<qint64> ms = ts.isDouble() ? std::optional<qint64>(qint64(ts.toDouble())) : DemoTime::parse(ts.toString());
        if (o.isEmpty() || !ms)
            continue;
        e.event.timestampMs = *ms;
        e.event.message = o.value(QStringLiteral("message")).toString();
        e.event.level = o.value(QStringLiteral("level")).toString();
        e.event.service = o.value(QStringLiteral("service")).toString();
        e.event.host = o.value(QStringLiteral("host")).toString();
        e.event.source = o.value(QStringLiteral("source")).toString();
        for (const QJsonValue &tag : o.value(QStringLiteral("tags")).toArray())
            e.event.tags.append(tag.toString());
        e.event.attributes = o;
        e.line = QString::fromUtf8(line);
        e.stream = {{QStringLiteral("job"), QStringLiteral("vercel")},
                    {QStringLiteral("app"), e.event.service.isEmpty() ? QStringLiteral("web") : e.event.service},
                    {QStringLiteral("level"), e.event.level}};
        events.push_back(std::move(e));
    }
    std::stable_sort(events.begin(), events.end(), [](const DemoLogEntry &a, const DemoLogEntry &b) { return a.event.timestampMs < b.event.timestampMs; });
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
    m_svix->setAttempts(std::move(data.svixAttempts));
    m_stripe->setEvents(std::move(data.stripeEvents));
    return {};
}

Result<std::shared_ptr<DemoBackend::Data>> DemoBackend::readDemoData(const QString &dir)
{
    auto data = std::make_shared<Data>();
    data->database = dir + QStringLiteral("/app.sqlite");
    auto blobs = VercelBlobFake::readBlobs(dir + QStringLiteral("/blobs.json"));
    if (!blobs)
        return Result<std::shared_ptr<Data>>::failure(blobs.error());
    data->blobs = std::move(blobs.value());
    auto events = readLogs(dir + QStringLiteral("/logs/app.ndjson"));
    if (!events)
        return Result<std::shared_ptr<Data>>::failure(events.error());
    data->events = std::move(events.value());
    deriveWebhookState(*data);
    SvixFake::applyDelivered(data->svixAttempts, dir + QStringLiteral("/svix-state.json"));
    data->dir = dir;
    return data;
}

void DemoBackend::serve(Data &&data)
{
    m_events = std::move(data.events);
    m_svix->setAttempts(std::move(data.svixAttempts));
    m_stripe->setEvents(std::move(data.stripeEvents));
    m_blob->setBlobs(std::move(data.blobs));
    m_blob->setPersistTo(data.dir.isEmpty() ? QString() : data.dir + QStringLiteral("/blobs.json"));
    m_svix->setPersistTo(data.dir.isEmpty() ? QString() : data.dir + QStringLiteral("/svix-state.json"));
    m_app->setDatabase(data.database);
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

Status DemoBackend::makeDemoData(const QString &dir, const QDateTime &end)
{
    QFile::remove(dir + QStringLiteral("/svix-state.json")); // every message failed again
    DemoLogOptions options;
    options.end = end;
    const auto logs = DemoLogGenerator::write(dir, options);
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

Status DemoBackend::loadBlobs(const QString &blobsJson)
{
    auto blobs = VercelBlobFake::readBlobs(blobsJson);
    if (!blobs)
        return Status::failure(blobs.error());
    m_blob->setBlobs(std::move(blobs.value()));
    return {};
}

void DemoBackend::useDemoSecrets()
{
    setCronSecret(SecretResolver::demoSecret(QStringLiteral("cron_secret")));
    setBlobToken(SecretResolver::demoSecret(QStringLiteral("blob_token")));
    setSvixToken(SecretResolver::demoSecret(QStringLiteral("svix_token")));
    setStripeKey(SecretResolver::demoSecret(QStringLiteral("stripe_key")));
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
                                              {QStringLiteral("endpointId"), QLatin1String(DemoSvix::endpoint)},
                                              {QStringLiteral("url"), QStringLiteral("https://tipjar.example.com/api/clerk/webhook")},
                                              {QStringLiteral("responseStatusCode"), 500},
                                              {QStringLiteral("responseDurationMs"), e.attributes.value(QStringLiteral("durationMs")).toInt()},
                                              {QStringLiteral("status"), 2},
                                              {QStringLiteral("timestamp"), DemoTime::iso(e.timestampMs)}});
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
