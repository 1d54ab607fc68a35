#pragma once
// DemoBackend: the loopback stand-in for the services the runbook touches,
// serving generated data exactly in their wire formats (apis.md): Datadog
// Logs (events/search, analytics/aggregate) and Grafana Loki (query_range).
// The app's embedded default and the tests' servers are this code. Faults
// (429 with X-RateLimit-Reset, 500, malformed JSON) can be injected per path.
#include "LogEvent.h"
#include "Result.h"

#include <QHash>
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

    struct Fault
    {
        int status = 500;
        int times = 1;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    // The next `fault.times` requests whose path starts with `pathPrefix` get this answer.
    void injectFault(const QString &pathPrefix, Fault fault);
    int requestCount(const QString &pathPrefix) const;

private:
    struct Entry
    {
        LogEvent event;
        QString line;
        QHash<QString, QString> stream;
    };
    struct DatadogCall
    {
        QJsonObject body;
        std::shared_ptr<QueryMatcher> matcher;
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };
    std::optional<QHttpServerResponse> fault(const QHttpServerRequest &req);
    std::optional<QHttpServerResponse> parseDatadog(const QHttpServerRequest &req, DatadogCall &call);
    QHttpServerResponse datadogSearch(const QHttpServerRequest &req);
    QHttpServerResponse datadogAggregate(const QHttpServerRequest &req);
    QHttpServerResponse lokiQueryRange(const QHttpServerRequest &req);
    QHttpServerResponse cron(const QString &route, const QHttpServerRequest &req);
    QHttpServerResponse blobList(const QHttpServerRequest &req);
    QHttpServerResponse blobDelete(const QHttpServerRequest &req);
    std::optional<QHttpServerResponse> blobAuth(const QHttpServerRequest &req) const;

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    std::vector<Entry> m_events; // sorted by time
    QString m_lokiOrgId;
    QString m_cronSecret;
    QString m_blobToken;
    QList<QJsonObject> m_blobs; // sorted by pathname
    QString m_database;
    QHash<QString, std::vector<Fault>> m_faults;
    QHash<QString, int> m_counts;
};
