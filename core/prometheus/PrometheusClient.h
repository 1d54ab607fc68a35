#pragma once
// PrometheusClient: PromQL over Prometheus's HTTP API v1 — an instant query
// (/api/v1/query) and a range query (/api/v1/query_range), as the API
// documents them: {"status":"success","data":{"resultType","result"}} or
// {"status":"error","errorType","error"}. A server's own error is passed on
// as it says it ("bad_data: 1:5: parse error: unclosed left parenthesis");
// an answer that is not the API's JSON (an HTML login page, a proxy's error)
// is named as such. Optional bearer or basic auth; TLS errors fail the
// request (HttpRequester). Answers over 16 MB are cut off, never read whole.
#include "base/Result.h"
#include "net/HttpRequester.h"
#include "prometheus/ApiAuth.h"

#include <QDateTime>
#include <QMap>
#include <QUrl>
#include <functional>

struct PromSeries
{
    QMap<QString, QString> labels;           // __name__ included when the series has one
    std::optional<double> value;             // instant: the sample's value; range: the last sample's
    QList<std::pair<qint64, double>> samples; // range: (ms since epoch, value), oldest first
    QString labelText() const;               // {job="api", pod="web-1"}, or the name alone
};

struct PromResult
{
    QString resultType;      // vector, matrix, scalar, string
    QList<PromSeries> series; // a scalar is one series without labels
    QStringList warnings;
    // The one number of the answer: a scalar, or a vector/matrix of exactly one
    // series; otherwise empty with the reason in *why.
    std::optional<double> single(QString *why = nullptr) const;

    // Parses an API reply body (the `data` of a success); errors name the field.
    static Result<PromResult> fromJson(const QByteArray &body);
};

class PrometheusClient : public QObject
{
    Q_OBJECT
public:
    using Auth = ApiAuth;
    PrometheusClient(QUrl base, Auth auth, HttpRequester::Policy policy = defaultPolicy(), QObject *parent = nullptr);
    static HttpRequester::Policy defaultPolicy();

    using Done = std::function<void(Result<PromResult>)>;
    // At `at` (invalid: the server's now).
    void query(const QString &promql, const QDateTime &at, Done done);
    // From `start` to `end` every `stepSeconds`.
    void queryRange(const QString &promql, const QDateTime &start, const QDateTime &end, int stepSeconds, Done done);
    void cancel() { m_http->cancelAll(); }
    QUrl base() const { return m_base; }

    // The message of an answer that is not a success: Prometheus's own
    // (errorType: error), else what the answer was (HTML, not JSON).
    static QString errorOf(const HttpResponse &r, const QString &what);

private:
    QNetworkRequest request(const QString &path) const;
    using Form = QList<std::pair<QString, QString>>;
    void get(const QString &path, const Form &form, Done done);

    QUrl m_base;
    Auth m_auth;
    HttpRequester *m_http;
};
