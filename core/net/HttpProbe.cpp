#include "net/HttpProbe.h"

#include "secrets/ActionTokens.h"

#include "base/TextUtil.h"

#include "secrets/Redactor.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <algorithm>
#include <memory>

QJsonValue HttpProbeResult::field(const QString &path) const
{
    QJsonValue v = body;
    for (const QString &key : path.split(QLatin1Char('.'))) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(key);
    }
    return v;
}

QJsonObject HttpProbeResult::toJson(const QStringList &fields) const
{
    QJsonArray lat;
    for (qint64 l : latenciesMs)
        lat.append(l);
    QJsonObject o{{QStringLiteral("status"), status},
                  {QStringLiteral("latencies_ms"), lat},
                  {QStringLiteral("median_ms"), medianMs},
                  {QStringLiteral("worst_ms"), worstMs},
                  {QStringLiteral("body"), body}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    QJsonObject f;
    for (const QString &p : fields)
        f.insert(p, field(p).isUndefined() ? QJsonValue() : field(p));
    if (!fields.isEmpty())
        o.insert(QStringLiteral("fields"), f);
    return o;
}

HttpProbe::HttpProbe(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this)) {}

void HttpProbe::start(const Request &request)
{
    cancel();
    m_request = request;
    m_request.tries = std::max(1, request.tries);
    m_result = {};
    Redactor::add(request.bearer);
    next();
}

QString HttpProbe::callDigest(const QString &actionId, const QString &profile, const QUrl &url)
{
    return QStringLiteral("http-call\x1d") + actionId + QLatin1Char('\x1d') + profile + QLatin1Char('\x1d') + url.path(QUrl::FullyEncoded) + QLatin1Char('?') + url.query(QUrl::FullyEncoded);
}

QString HttpProbe::callToken(const QString &actionId, const QString &profile, const QUrl &url)
{
    return ActionTokens::issue(callDigest(actionId, profile, url));
}

void HttpProbe::call(const Request &request, const QString &actionId, const QString &profile, const QString &token)
{
    if (Status s = ActionTokens::redeem(token, callDigest(actionId, profile, request.url)); !s) {
        m_result = {};
        m_result.error = tr("refused: calling %1 needs the token of its preview — %2").arg(request.url.path(), s.error());
        QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(m_result); }, Qt::QueuedConnection);
        return;
    }
    start(request);
}

void HttpProbe::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void HttpProbe::next()
{
    QNetworkRequest r(m_request.url);
    r.setTransferTimeout(m_request.timeoutMs);
    // A redirect to another origin is not followed (the bearer would go with it).
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!m_request.bearer.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_request.bearer.toUtf8());
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_reply = m_nam->sendCustomRequest(r, m_request.method);
    connect(m_reply, &QNetworkReply::finished, this, [this, timer] {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();
        const qint64 ms = timer->elapsed();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            m_result.error = Redactor::redact(reply->error() == QNetworkReply::OperationCanceledError
                                                  ? tr("%1: no answer within %2 s").arg(m_request.url.path()).arg(m_request.timeoutMs / 1000.0)
                                                  : tr("%1: %2").arg(m_request.url.path(), reply->errorString()));
            Q_EMIT finished(m_result);
            return;
        }
        m_result.status = status;
        m_result.latenciesMs.append(ms);
        // Masked before it is parsed: a secret the server echoes stays out of every view of the body.
        const QByteArray bytes = Redactor::redact(reply->readAll());
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
        m_result.body = pe.error == QJsonParseError::NoError ? (doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()))
                                                             : QJsonValue(QString::fromUtf8(bytes.left(2000)));
        if (m_result.latenciesMs.size() < m_request.tries) {
            next();
            return;
        }
        QList<qint64> sorted = m_result.latenciesMs;
        std::sort(sorted.begin(), sorted.end());
        m_result.medianMs = sorted.at(sorted.size() / 2);
        m_result.worstMs = sorted.last();
        Q_EMIT finished(m_result);
    });
}
