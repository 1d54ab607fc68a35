#pragma once
// DemoBackend: the loopback stand-in for the services the flagship runbook
// touches, serving generated data exactly in their wire formats (apis.md).
// One fake per service — DatadogFake, LokiFake, AppRoutesFake (the app's cron,
// webhook and API routes), VercelBlobFake, SvixFake, StripeFake — all
// answering through one FaultInjector; this class assembles them on one
// QHttpServer, loads the demo data and hands each fake its part. The app's
// demo profile and the tests' servers are this code; core never links it.
#include "DemoHttp.h"
#include "FaultInjector.h"
#include "SvixFake.h"
#include "base/Result.h"

#include <QJsonObject>
#include <QObject>
#include <memory>
#include <vector>

class AppRoutesFake;
class DatadogFake;
class LokiFake;
class QHttpServer;
class StripeFake;
class VercelBlobFake;

class DemoBackend : public QObject
{
    Q_OBJECT
public:
    explicit DemoBackend(QObject *parent = nullptr);
    ~DemoBackend() override;

    using Entry = DemoLogEntry;
    using Fault = DemoFault;
    // What the backend serves: logs, blobs, and the Svix attempts and Stripe
    // events made from the logs.
    struct Data
    {
        std::vector<Entry> events; // sorted by time
        QList<QJsonObject> svixAttempts; // newest first
        QList<QJsonObject> stripeEvents; // newest first
        QList<QJsonObject> blobs;        // sorted by pathname
        QString database;
        QString dir; // read from this folder: blob deletes and Svix deliveries are written back there
    };
    // Reads the demo data in `dir` (logs, blobs.json, app.sqlite's path): the
    // slow part, safe on a worker thread. serve() then swaps it in at once.
    static Result<std::shared_ptr<Data>> readDemoData(const QString &dir);
    void serve(Data &&data);

    // Loads NDJSON (or plain) log lines to serve.
    Status loadLogs(const QString &path);
    // Listens on 127.0.0.1 (port 0: a free one). Returns the port or 0.
    quint16 listen(quint16 port = 0);
    QString baseUrl() const;
    qint64 eventCount() const { return qint64(m_events.size()); }

    // Demo credentials checked by the fake services (any non-empty key passes unless set).
    void setRequireLokiOrgId(const QString &orgId);
    // The app's cron routes answer 401 unless "Authorization: Bearer <secret>".
    void setCronSecret(const QString &secret);
    // The blob store's contents (the demo's blobs.json) and the token it accepts.
    Status loadBlobs(const QString &blobsJson);
    // The demo's starting state in `dir`: logs, app.sqlite, blobs.json,
    // vercel.json (replacing what is there), the logs ending at `end` (invalid:
    // now; the same end gives the same data). Safe on a worker thread.
    static Status makeDemoData(const QString &dir, const QDateTime &end = {});
    // Serves what `dir` holds: its logs, its database and its blob store.
    Status serveDemoData(const QString &dir);
    void setBlobToken(const QString &token);
    int blobCount() const;
    // The app's database the cron routes read (the demo's app.sqlite).
    void setDatabase(const QString &path);
    // Svix and Stripe answer 401 unless "Authorization: Bearer <token/key>".
    void setSvixToken(const QString &token);
    void setStripeKey(const QString &key);
    // The demo's Svix app and the endpoint that delivers Clerk's webhooks.
    static constexpr const char *svixApp = DemoSvix::app;
    static constexpr const char *svixEndpoint = DemoSvix::endpoint;
    // Failed Svix attempts still failed, and Stripe events whose delivery failed.
    int failedAttemptCount() const;
    int failedEventCount() const;
    // The fake services accept the demo profile's own secrets (demo:cron_secret,
    // demo:blob_token, demo:svix_token, demo:stripe_key) — nothing comes from the environment.
    void useDemoSecrets();

    // The next `fault.times` requests whose path starts with `pathPrefix` get this answer.
    void injectFault(const QString &pathPrefix, Fault fault);
    int requestCount(const QString &pathPrefix) const;
    // The most slow replies (Fault::delayMs) that were pending at once: how many requests a client had in flight.
    int maxDelayedInFlight() const;
    // Svix and blob-delete POSTs that came without an Idempotency-Key.
    QStringList postsWithoutIdempotencyKey() const;

private:
    static Result<std::vector<Entry>> readLogs(const QString &path);
    // Svix attempts and Stripe events made from the logs: each Clerk webhook
    // 500 is a failed attempt, each duplicate tip webhook a failed delivery.
    static void deriveWebhookState(Data &data);

    std::vector<Entry> m_events; // sorted by time (Data::events, served; the log fakes read it)
    quint16 m_port = 0;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<DatadogFake> m_datadog;
    std::unique_ptr<LokiFake> m_loki;
    std::unique_ptr<AppRoutesFake> m_app;
    std::unique_ptr<VercelBlobFake> m_blob;
    std::unique_ptr<SvixFake> m_svix;
    std::unique_ptr<StripeFake> m_stripe;
};
