#include "net/HttpRequester.h"

#include "secrets/Redactor.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

HttpRequester::HttpRequester(QString serviceName, Policy policy, QObject *parent)
    : QObject(parent), m_service(std::move(serviceName)), m_policy(policy), m_nams{new QNetworkAccessManager(this)}
{
}

void HttpRequester::setParallel(int requests)
{
    constexpr int perManager = 6; // QHttpNetworkConnection's connections per host
    const size_t want = size_t(std::clamp((requests + perManager - 1) / perManager, 1, 16));
    while (m_nams.size() < want)
        m_nams.push_back(new QNetworkAccessManager(this));
}

QNetworkRequest HttpRequester::bearerRequest(const QUrl &base, const QString &path, const QUrlQuery &query, const QString &token, const QByteArray &header)
{
    QUrl url = base;
    url.setPath(url.path() + path);
    url.setQuery(query);
    QNetworkRequest r(url);
    r.setRawHeader(header, "Bearer " + token.toUtf8());
    return r;
}

void HttpRequester::get(const QNetworkRequest &request, Callback done)
{
    auto c = std::make_shared<Call>();
    c->request = request;
    c->verb = "GET";
    c->done = std::move(done);
    m_active.push_back(c);
    send(c);
}

void HttpRequester::post(const QNetworkRequest &request, const QByteArray &body, Callback done)
{
    auto c = std::make_shared<Call>();
    c->request = request;
    c->verb = "POST";
    c->body = body;
    c->done = std::move(done);
    m_active.push_back(c);
    send(c);
}

void HttpRequester::send(std::shared_ptr<Call> c)
{
    ++c->attempt;
    QNetworkRequest r = c->request;
    r.setTransferTimeout(m_policy.timeoutMs);
    // Credentials go to the service that needs them: a redirect to another
    // origin (scheme, host or port) is not followed, it is reported.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    QNetworkAccessManager *nam = m_nams[m_nextNam++ % m_nams.size()];
    QNetworkReply *reply = c->verb == "POST" ? nam->post(r, c->body) : nam->get(r);
    c->reply = reply;
    if (m_policy.maxBodyBytes > 0) {
        const qint64 cap = m_policy.maxBodyBytes;
        connect(reply, &QNetworkReply::downloadProgress, this, [c, reply, cap](qint64 received, qint64 total) {
            if ((received > cap || total > cap) && !c->tooLarge) {
                c->tooLarge = true;
                reply->abort();
            }
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, c, reply] { finish(c, reply); });
}

void HttpRequester::finish(std::shared_ptr<Call> c, QNetworkReply *reply)
{
    reply->deleteLater();
    c->reply = nullptr;
    const QString what = QStringLiteral("%1 %2").arg(m_service, c->request.url().path());
    HttpResponse resp;
    resp.attempts = c->attempt;
    resp.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    resp.body = reply->isOpen() ? reply->readAll() : QByteArray();
    resp.headers = reply->rawHeaderPairs();
    if (c->tooLarge) {
        resp.body.clear();
        resp.error = tr("%1: the answer is larger than %2 MB; it was not read").arg(what).arg(double(m_policy.maxBodyBytes) / 1e6);
    } else if (c->cancelled) {
        resp.cancelled = true;
        resp.error = tr("%1: cancelled").arg(what);
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        resp.error = tr("%1: no answer within %2 s").arg(what).arg(m_policy.timeoutMs / 1000.0);
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError || reply->error() == QNetworkReply::UnknownNetworkError) {
        resp.error = tr("%1: secure connection failed: %2").arg(what, reply->errorString());
    } else if (resp.status == 0) {
        resp.error = tr("%1: %2").arg(what, reply->errorString());
    } else if (resp.status < 200 || resp.status >= 300) {
        QString detail = QString::fromUtf8(resp.body.left(300)).simplified();
        resp.error = tr("%1: HTTP %2%3").arg(what).arg(resp.status).arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    }

    const bool retryable = !c->cancelled && !c->tooLarge && (resp.status == 429 || resp.status >= 500 || reply->error() == QNetworkReply::OperationCanceledError);
    if (retryable && c->attempt <= m_policy.maxRetries) {
        // Wait as the server asks (X-RateLimit-Reset / Retry-After, seconds), else back off exponentially.
        int waitMs = m_policy.firstBackoffMs << (c->attempt - 1);
        bool ok = false;
        const int reset = reply->rawHeader("X-RateLimit-Reset").toInt(&ok);
        if (ok && reset >= 0)
            waitMs = reset * 1000;
        else if (const int after = reply->rawHeader("Retry-After").toInt(&ok); ok && after >= 0)
            waitMs = after * 1000;
        waitMs = std::min(waitMs, m_policy.maxBackoffMs);
        c->wait = new QTimer(this);
        c->wait->setSingleShot(true);
        connect(c->wait, &QTimer::timeout, this, [this, c] {
            c->wait->deleteLater();
            c->wait = nullptr;
            if (!c->cancelled)
                send(c);
        });
        c->wait->start(waitMs);
        return;
    }
    m_active.erase(std::remove(m_active.begin(), m_active.end(), c), m_active.end());
    // A server may echo what it was sent (a header, a token in a URL): never pass that on.
    resp.error = Redactor::redact(resp.error);
    c->done(resp);
}

void HttpRequester::cancelAll()
{
    const auto calls = m_active;
    for (const auto &c : calls) {
        c->cancelled = true;
        if (c->reply) {
            c->reply->abort(); // finish() runs and reports `cancelled`
        } else if (c->wait) {
            c->wait->stop();
            c->wait->deleteLater();
            c->wait = nullptr;
            m_active.erase(std::remove(m_active.begin(), m_active.end(), c), m_active.end());
            HttpResponse r;
            r.cancelled = true;
            r.error = tr("%1: cancelled").arg(m_service);
            c->done(r);
        }
    }
}
