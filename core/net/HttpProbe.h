#pragma once
// HttpProbe: a read-only look at one of the app's endpoints — status code,
// latency over several tries (median and worst), and JSON fields by path
// ("details.stuckUploading"). Bearer auth from a resolved secret; timeouts;
// no retries (a probe reports what it saw); TLS errors fail it.
#include "base/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

struct HttpProbeResult
{
    int status = 0;
    QList<qint64> latenciesMs;
    qint64 medianMs = 0;
    qint64 worstMs = 0;
    QJsonValue body;               // parsed JSON, or a string when not JSON
    QString error;                 // network failure, timeout

    // A field by dotted path in the JSON body; undefined when absent.
    QJsonValue field(const QString &path) const;
    QJsonObject toJson(const QStringList &fields = {}) const;
};

class HttpProbe : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QUrl url;
        QByteArray method = "GET";
        QString bearer;   // resolved secret, or empty
        int tries = 1;
        int timeoutMs = 10'000;
    };
    explicit HttpProbe(QObject *parent = nullptr);
    void start(const Request &request);
    // A route that does something when called (a cron route runs its job):
    // the call happens only with the token its preview gave (callToken).
    // The token names the action, the profile and the route (path and query);
    // not the host, which the profile's wiring fixes (the demo's port varies).
    void call(const Request &request, const QString &actionId, const QString &profile, const QString &token);
    static QString callToken(const QString &actionId, const QString &profile, const QUrl &url);
    static QString callDigest(const QString &actionId, const QString &profile, const QUrl &url);
    void cancel();

Q_SIGNALS:
    void finished(const HttpProbeResult &result);

private:
    void next();
    class QNetworkAccessManager *m_nam;
    Request m_request;
    HttpProbeResult m_result;
    class QNetworkReply *m_reply = nullptr;
};
