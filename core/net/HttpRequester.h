#pragma once
// HttpRequester: one logical HTTP request with a timeout, retries on 429 and
// 5xx that honour X-RateLimit-Reset / Retry-After (else exponential backoff),
// and cancellation. TLS errors are never ignored: they fail the request.
// Error texts name the service and the path, never a header (keys live there).
#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

struct HttpResponse
{
    int status = 0;      // 0: no HTTP answer
    QByteArray body;
    QString error;       // empty on a 2xx answer
    bool cancelled = false;
    int attempts = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

class HttpRequester : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        int timeoutMs = 30'000;
        int maxRetries = 3;
        int maxBackoffMs = 30'000;
        int firstBackoffMs = 500;
        qint64 maxBodyBytes = 0; // > 0: a longer answer is cut off and reported, never read whole
    };
    HttpRequester(QString serviceName, Policy policy, QObject *parent = nullptr);

    using Callback = std::function<void(const HttpResponse &)>;
    void get(const QNetworkRequest &request, Callback done);
    void post(const QNetworkRequest &request, const QByteArray &body, Callback done);
    // `base` + `path` with `query`, and "Authorization: Bearer <token>" (the
    // header as the service spells it).
    static QNetworkRequest bearerRequest(const QUrl &base, const QString &path, const QUrlQuery &query, const QString &token,
                                         const QByteArray &header = "Authorization");
    // Up to `requests` at once to one host: Qt keeps at most six connections
    // per host and manager, so more requests get more managers (round robin).
    void setParallel(int requests);
    // Aborts everything in flight; their callbacks get `cancelled`.
    void cancelAll();
    int inFlight() const { return int(m_active.size()); }

private:
    struct Call
    {
        QNetworkRequest request;
        QByteArray verb;
        QByteArray body;
        Callback done;
        int attempt = 0;
        QPointer<QNetworkReply> reply;
        QTimer *wait = nullptr;
        bool cancelled = false;
        bool tooLarge = false;
    };
    void send(std::shared_ptr<Call> call);
    void finish(std::shared_ptr<Call> call, QNetworkReply *reply);

    QString m_service;
    Policy m_policy;
    std::vector<QNetworkAccessManager *> m_nams;
    size_t m_nextNam = 0;
    std::vector<std::shared_ptr<Call>> m_active;
};
