#pragma once
// LogSource: a backend that answers a LogRequest — local files, Datadog or
// Loki — asynchronously, with progress and cancellation. Create one from a
// spec: "file:PATH", "datadog:BASE_URL", "loki:BASE_URL".
#include "logs/LogRequest.h"
#include "logs/LogScanEngine.h"
#include "logs/QueryMatcher.h"
#include "base/Result.h"

#include <QObject>
#include <QTimer>
#include <memory>

struct LogSourceOptions
{
    LogFileFormat fileFormat;
    QString lokiSelector;       // e.g. {app="web"}
    QString lokiOrgId;          // X-Scope-OrgID for multi-tenant Loki
    QByteArray lokiToken;       // "Authorization: Bearer" for a Loki behind a gateway
    QStringList datadogIndexes;
    int datadogPageLimit = 0;   // events per search page (0: as many as needed, at most 1000)
    QByteArray datadogApiKey;   // default: $DD_API_KEY
    QByteArray datadogAppKey;   // default: $DD_APP_KEY
    int timeoutMs = 30'000;     // per request
    int maxRetries = 3;         // on 429 and 5xx
    int maxBackoffMs = 30'000;  // cap on one wait
    int firstBackoffMs = 500;   // first wait when the server gives none, then doubled
};

class LogSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    static Result<std::shared_ptr<LogSource>> create(const QString &spec, const LogSourceOptions &options = {});

    // A spec and its options (a wiring profile's: wiring/ProfileTargets.h).
    struct Setup
    {
        QString spec;
        LogSourceOptions options;
    };

    virtual void start(const LogRequest &request) = 0;
    virtual void cancel() = 0;
    virtual QString description() const = 0;
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const LogResult &result);

protected:
    bool m_running = false;
};

class HttpRequester;
class QueryMatcher;

// What the HTTP log sources share: one request at a time made of several
// calls; the result fills in as calls answer; finished when the last one
// does, or at once on cancel.
class RemoteLogSource : public LogSource
{
    Q_OBJECT
public:
    RemoteLogSource(const QString &serviceName, LogSourceOptions options, QObject *parent = nullptr);
    ~RemoteLogSource() override;
    void cancel() override;

protected:
    // Starts a new request: resets the result and the matchers.
    void begin(const LogRequest &request);
    // Call count bookkeeping: `expect` before a call, `done` when it answered.
    void expect() { ++m_pending, ++m_total; }
    void done();
    // Finishes now (from the event loop) when no call was made.
    void finishIfIdle();
    void fail(const QString &error);
    // An event the server returned for query q: exact match, extracted number, sample.
    void record(size_t q, const LogEvent &event);

    LogSourceOptions m_options;
    HttpRequester *m_http;
    LogRequest m_request;
    LogResult m_result;
    std::vector<QueryMatcher> m_matchers;
    quint64 m_generation = 0;

private:
    int m_pending = 0;
    int m_total = 0;
};

// "unavailable:REASON": a source that could not be set up (keys not set, no
// connector). Every request fails with the reason, so what reads it says
// "unknown" with that reason — never another source's data.
class UnavailableLogSource : public LogSource
{
    Q_OBJECT
public:
    explicit UnavailableLogSource(QString reason, QObject *parent = nullptr) : LogSource(parent), m_reason(std::move(reason)) {}
    void start(const LogRequest &request) override;
    void cancel() override {}
    QString description() const override { return QStringLiteral("unavailable:") + m_reason; }
    static QString spec(const QString &reason) { return QStringLiteral("unavailable:") + reason; }

private:
    QString m_reason;
};

class FileLogSource : public LogSource
{
    Q_OBJECT
public:
    FileLogSource(QString path, LogFileFormat format, QObject *parent = nullptr);
    ~FileLogSource() override;
    void start(const LogRequest &request) override;
    void cancel() override;
    QString description() const override { return QStringLiteral("file:") + m_path; }
    void setThreads(int threads) { m_threads = threads; }

private:
    QString m_path;
    LogFileFormat m_format;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QTimer m_progressTimer;
    int m_threads = 0;
};
