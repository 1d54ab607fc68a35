#pragma once
// DemoBackend: the loopback stand-in for the services the runbook touches,
// serving generated data exactly in their wire formats (apis.md): Datadog
// Logs (events/search, analytics/aggregate) and Grafana Loki (query_range).
// The app's embedded default and the tests' servers are this code. Faults
// (429 with X-RateLimit-Reset, 500, malformed JSON) can be injected per path.
#include "logs/LogEvent.h"
#include "base/Result.h"

#include <QHash>
#include <QFuture>
#include <atomic>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <optional>
#include <QObject>
#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QueryMatcher;

class DemoBackend : public QObject
{
    Q_OBJECT
public:
    explicit DemoBackend(QObject *parent = nullptr);
    ~DemoBackend() override;

    struct Entry
    {
        LogEvent event;
        QString line;
        QHash<QString, QString> stream;
    };
    // What the backend serves: logs, blobs, and the Svix attempts and Stripe
    // events made from the logs.
    struct Data
    {
        std::vector<Entry> events; // sorted by time
        QList<QJsonObject> svixAttempts; // newest first
        QList<QJsonObject> stripeEvents; // newest first
        QList<QJsonObject> blobs;        // sorted by pathname
        QString database;
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
    void setRequireLokiOrgId(const QString &orgId) { m_lokiOrgId = orgId; }
    // The app's cron routes answer 401 unless "Authorization: Bearer <secret>".
    void setCronSecret(const QString &secret) { m_cronSecret = secret; }
    // The blob store's contents (the demo's blobs.json) and the token it accepts.
    Status loadBlobs(const QString &blobsJson);
    // The demo's starting state in `dir`: logs, app.sqlite, blobs.json,
    // vercel.json (replacing what is there). Safe on a worker thread.
    static Status makeDemoData(const QString &dir);
    // Serves what `dir` holds: its logs, its database and its blob store.
    Status serveDemoData(const QString &dir);
    void setBlobToken(const QString &token) { m_blobToken = token; }
    int blobCount() const { return int(m_blobs.size()); }
    // The app's database the cron routes read (the demo's app.sqlite).
    void setDatabase(const QString &path) { m_database = path; }
    // Svix and Stripe answer 401 unless "Authorization: Bearer <token/key>".
    void setSvixToken(const QString &token) { m_svixToken = token; }
    void setStripeKey(const QString &key) { m_stripeKey = key; }
    // The demo's Svix app and the endpoint that delivers Clerk's webhooks.
    static constexpr const char *svixApp = "app_demo";
    static constexpr const char *svixEndpoint = "ep_demo";
    // Failed Svix attempts still failed, and Stripe events whose delivery failed.
    int failedAttemptCount() const;
    int failedEventCount() const;
    // Every demo secret the environment does not set gets a demo-only value
    // (the demo profile's wiring reads these variables); then this backend checks them.
    static void putDemoSecretsInEnvironment();
    void useSecretsFromEnvironment();

    struct Fault
    {
        int status = 500;
        int times = 1;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        int delayMs = 0; // > 0: a slow reply — the normal answer after this long
    };
    // The next `fault.times` requests whose path starts with `pathPrefix` get this answer.
    void injectFault(const QString &pathPrefix, Fault fault);
    int requestCount(const QString &pathPrefix) const;
    // The most slow replies (Fault::delayMs) that were pending at once: how many requests a client had in flight.
    int maxDelayedInFlight() const { return m_maxDelayedInFlight; }
    // Svix and blob-delete POSTs that came without an Idempotency-Key.
    QStringList postsWithoutIdempotencyKey() const { return m_postsWithoutKey; }

private:
    struct DatadogCall
    {
        QJsonObject body;
        std::shared_ptr<QueryMatcher> matcher;
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };
    std::optional<QHttpServerResponse> fault(const QHttpServerRequest &req);
    QFuture<QHttpServerResponse> deliver(QHttpServerResponse &&response);
    std::optional<QHttpServerResponse> parseDatadog(const QHttpServerRequest &req, DatadogCall &call);
    QHttpServerResponse datadogSearch(const QHttpServerRequest &req);
    QHttpServerResponse datadogAggregate(const QHttpServerRequest &req);
    QHttpServerResponse lokiQueryRange(const QHttpServerRequest &req);
    QHttpServerResponse cron(const QString &route, const QHttpServerRequest &req);
    QHttpServerResponse blobList(const QHttpServerRequest &req);
    QHttpServerResponse blobDelete(const QHttpServerRequest &req);
    std::optional<QHttpServerResponse> blobAuth(const QHttpServerRequest &req) const;
    std::optional<QHttpServerResponse> svixCheck(const QHttpServerRequest &req, const QString &app, const QString &endpoint);
    QHttpServerResponse svixAttempts(const QString &app, const QString &endpoint, const QHttpServerRequest &req);
    QHttpServerResponse svixResend(const QString &app, const QString &msg, const QString &endpoint, const QHttpServerRequest &req);
    QHttpServerResponse svixRecover(const QString &app, const QString &endpoint, const QHttpServerRequest &req);
    QHttpServerResponse svixTask(const QString &id, const QHttpServerRequest &req);
    std::optional<QHttpServerResponse> stripeCheck(const QHttpServerRequest &req);
    QHttpServerResponse stripeEvents(const QHttpServerRequest &req);
    QHttpServerResponse stripeEndpoints(const QHttpServerRequest &req);
    static Result<std::vector<Entry>> readLogs(const QString &path);
    static Result<QList<QJsonObject>> readBlobs(const QString &blobsJson);
    // Svix attempts and Stripe events made from the logs: each Clerk webhook
    // 500 is a failed attempt, each duplicate tip webhook a failed delivery.
    static void deriveWebhookState(Data &data);

    struct SvixTask
    {
        QString since;
        int polls = 0;
        QString status;
    };

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    std::vector<Entry> m_events; // sorted by time (Data::events, served)
    QString m_lokiOrgId;
    QString m_cronSecret;
    QString m_blobToken;
    QList<QJsonObject> m_blobs; // sorted by pathname
    QString m_database;
    QString m_svixToken;
    QString m_stripeKey;
    QList<QJsonObject> m_svixAttempts; // newest first
    QHash<QString, SvixTask> m_svixTasks;
    QList<QJsonObject> m_stripeEvents; // newest first
    QHash<QString, std::vector<Fault>> m_faults;
    QHash<QString, int> m_counts;
    int m_delayNext = 0;
    std::atomic<int> m_delayedInFlight = 0;
    std::unique_ptr<class QThreadPool> m_slowPool;
    int m_maxDelayedInFlight = 0;
    QStringList m_postsWithoutKey;
};
