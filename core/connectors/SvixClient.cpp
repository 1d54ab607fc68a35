#include "connectors/SvixClient.h"

#include "secrets/ActionTokens.h"

#include "secrets/Redactor.h"
#include "base/TextUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>

namespace {
SvixAttempt attemptOf(const QJsonObject &o)
{
    SvixAttempt a;
    a.id = o.value(QStringLiteral("id")).toString();
    a.msgId = o.value(QStringLiteral("msgId")).toString();
    a.endpointId = o.value(QStringLiteral("endpointId")).toString();
    a.url = o.value(QStringLiteral("url")).toString();
    a.responseStatusCode = o.value(QStringLiteral("responseStatusCode")).toInt();
    a.responseDurationMs = qint64(o.value(QStringLiteral("responseDurationMs")).toDouble());
    a.status = o.value(QStringLiteral("status")).toInt(-1);
    a.timestamp = QDateTime::fromString(o.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs);
    return a;
}

QString pathPart(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}
} // namespace

SvixClient::SvixClient(QUrl base, QString token, HttpRequester::Policy policy, QObject *parent)
    : QObject(parent), m_base(std::move(base)), m_token(std::move(token)), m_http(new HttpRequester(QStringLiteral("Svix"), policy, this))
{
    Redactor::add(m_token);
}

QNetworkRequest SvixClient::request(const QString &path, const QUrlQuery &query) const
{
    QNetworkRequest r = HttpRequester::bearerRequest(m_base, path, query, m_token);
    r.setRawHeader("Accept", "application/json");
    return r;
}

QNetworkRequest SvixClient::postRequest(const QString &path) const
{
    QNetworkRequest r = request(path);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    // One key per logical request: HttpRequester's retries reuse it, so Svix does it once.
    r.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    return r;
}

QString SvixClient::errorOf(const HttpResponse &r) const
{
    const QJsonObject e = QJsonDocument::fromJson(r.body).object();
    if (r.status != 0 && e.contains(QStringLiteral("code")))
        return Redactor::redact(tr("Svix: %1: %2 (HTTP %3)").arg(e.value(QStringLiteral("code")).toString(), e.value(QStringLiteral("detail")).toVariant().toString()).arg(r.status));
    return r.error;
}

QString SvixClient::digestFor(const QString &actionId, const QStringList &msgIds, const QDateTime &since)
{
    QStringList ids = msgIds;
    ids.sort();
    return QStringLiteral("svix\x1d") + actionId + QLatin1Char('\x1d') + (since.isValid() ? since.toUTC().toString(Qt::ISODate) : QString())
        + QLatin1Char('\x1d') + ids.join(QLatin1Char('\x1d'));
}

QStringList SvixClient::messageIds(const QList<SvixAttempt> &attempts)
{
    QStringList ids;
    for (const SvixAttempt &a : attempts)
        if (!ids.contains(a.msgId))
            ids.append(a.msgId);
    return ids;
}

void SvixClient::failedAttempts(const QString &app, const QString &endpoint, const QDateTime &since, AttemptsDone done, int maxAttempts)
{
    m_cancelled = false;
    attemptsPage(app, endpoint, since, {}, {}, std::move(done), maxAttempts);
}

void SvixClient::attemptsPage(const QString &app, const QString &endpoint, const QDateTime &since, const QString &iterator,
                              QList<SvixAttempt> acc, AttemptsDone done, int maxAttempts)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("status"), QStringLiteral("2"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!iterator.isEmpty())
        q.addQueryItem(QStringLiteral("iterator"), iterator);
    const QString path = QStringLiteral("/api/v1/app/%1/attempt/endpoint/%2").arg(pathPart(app), pathPart(endpoint));
    m_http->get(request(path, q), [=, this](const HttpResponse &r) mutable {
        if (!r.ok())
            return done(Result<QList<SvixAttempt>>::failure(errorOf(r)));
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(r.body, &pe).object();
        if (pe.error != QJsonParseError::NoError || !o.value(QStringLiteral("data")).isArray())
            return done(Result<QList<SvixAttempt>>::failure(
                pe.error != QJsonParseError::NoError ? tr("Svix: malformed reply to %1 (%2 at offset %3)").arg(path, pe.errorString()).arg(pe.offset)
                                                     : tr("Svix: the reply to %1 has no \"data\" list").arg(path)));
        bool older = false;
        for (const QJsonValue &v : o.value(QStringLiteral("data")).toArray()) {
            const SvixAttempt a = attemptOf(v.toObject());
            if (since.isValid() && a.timestamp.isValid() && a.timestamp < since) {
                older = true; // newest first: the rest is older still
                break;
            }
            if (a.status == 2 || a.status == -1)
                acc.append(a);
        }
        const QString next = o.value(QStringLiteral("iterator")).toString();
        if (!older && !o.value(QStringLiteral("done")).toBool(true) && !next.isEmpty() && acc.size() < maxAttempts)
            return attemptsPage(app, endpoint, since, next, acc, done, maxAttempts);
        done(acc);
    });
}

void SvixClient::resend(const QString &app, const QString &endpoint, const QStringList &msgIds, const QString &token,
                        std::function<void(int, int)> progress, std::function<void(Result<int>)> done)
{
    m_cancelled = false;
    if (Status s = ActionTokens::redeem(token, digestFor(m_actionId, msgIds)); !s)
        return done(Result<int>::failure(tr("refused: resending webhooks needs the token of the list that was previewed — %1").arg(s.error())));
    resendNext(app, endpoint, msgIds, 0, int(msgIds.size()), std::move(progress), std::move(done));
}

void SvixClient::resendNext(QString app, QString endpoint, QStringList rest, int sent, int total, std::function<void(int, int)> progress,
                            std::function<void(Result<int>)> done)
{
    if (rest.isEmpty())
        return done(sent);
    if (m_cancelled)
        return done(Result<int>::failure(tr("Svix: cancelled after %n message(s) resent", nullptr, sent)));
    const QString msg = rest.takeFirst();
    const QString path = QStringLiteral("/api/v1/app/%1/msg/%2/endpoint/%3/resend").arg(pathPart(app), pathPart(msg), pathPart(endpoint));
    m_http->post(postRequest(path), QByteArray(), [=, this](const HttpResponse &r) {
        if (!r.ok())
            return done(Result<int>::failure(tr("%1 (message %2; %n resent before it)", nullptr, sent).arg(errorOf(r), msg)));
        if (progress)
            progress(sent + 1, total);
        resendNext(app, endpoint, rest, sent + 1, total, progress, done);
    });
}

void SvixClient::recover(const QString &app, const QString &endpoint, const QDateTime &since, const QString &token,
                         std::function<void(const QString &)> progress, std::function<void(Result<QString>)> done)
{
    m_cancelled = false;
    if (!since.isValid())
        return done(Result<QString>::failure(tr("recover: no valid time to recover from")));
    // The failed messages since `since` must still be the previewed ones.
    failedAttempts(app, endpoint, since, [=, this](Result<QList<SvixAttempt>> now) {
        if (!now)
            return done(Result<QString>::failure(now.error()));
        if (Status s = ActionTokens::redeem(token, digestFor(m_actionId, messageIds(now.value()), since)); !s)
            return done(Result<QString>::failure(
                tr("refused: recovering webhooks needs the token of the list that was previewed (the failed messages may have changed; preview again) — %1").arg(s.error())));
        startRecover(app, endpoint, since, progress, done);
    });
}

void SvixClient::startRecover(const QString &app, const QString &endpoint, const QDateTime &since, std::function<void(const QString &)> progress,
                              std::function<void(Result<QString>)> done)
{
    const QString path = QStringLiteral("/api/v1/app/%1/endpoint/%2/recover").arg(pathPart(app), pathPart(endpoint));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("since"), since.toUTC().toString(Qt::ISODateWithMs)}}).toJson(QJsonDocument::Compact);
    m_http->post(postRequest(path), body, [=, this](const HttpResponse &r) {
        if (!r.ok())
            return done(Result<QString>::failure(errorOf(r)));
        const QJsonObject task = QJsonDocument::fromJson(r.body).object();
        const QString id = task.value(QStringLiteral("id")).toString();
        const QString status = task.value(QStringLiteral("status")).toString();
        if (id.isEmpty() || status.isEmpty())
            return done(Result<QString>::failure(tr("Svix: the reply to %1 names no task (id and status expected)").arg(path)));
        taskStatus(id, status, 0, progress, done);
    });
}

// One answer about the task: done when it finished or failed, else another poll.
void SvixClient::taskStatus(const QString &taskId, const QString &status, int polls, std::function<void(const QString &)> progress,
                            std::function<void(Result<QString>)> done)
{
    if (progress)
        progress(status);
    if (status == QStringLiteral("finished"))
        return done(status);
    if (status == QStringLiteral("failed"))
        return done(Result<QString>::failure(tr("Svix: the recover task %1 failed").arg(taskId)));
    if (status != QStringLiteral("running"))
        return done(Result<QString>::failure(tr("Svix: unexpected task status \"%1\" for %2").arg(status, taskId)));
    poll(taskId, polls, progress, done);
}

void SvixClient::poll(const QString &taskId, int polls, std::function<void(const QString &)> progress, std::function<void(Result<QString>)> done)
{
    if (polls >= m_maxPolls)
        return done(Result<QString>::failure(
            tr("Svix: the recover task %1 was still running after %2 s; it goes on at Svix (see its dashboard)").arg(taskId).arg(polls * m_pollMs / 1000.0)));
    delete m_pollTimer;
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    m_pollCancelled = [=] { done(Result<QString>::failure(tr("Svix: stopped waiting for the recover task %1 (it goes on at Svix)").arg(taskId))); };
    connect(m_pollTimer, &QTimer::timeout, this, [=, this] {
        m_pollCancelled = nullptr;
        m_http->get(request(QStringLiteral("/api/v1/background-task/%1").arg(pathPart(taskId))), [=, this](const HttpResponse &r) {
            if (!r.ok())
                return done(Result<QString>::failure(errorOf(r)));
            taskStatus(taskId, QJsonDocument::fromJson(r.body).object().value(QStringLiteral("status")).toString(), polls + 1, progress, done);
        });
    });
    m_pollTimer->start(m_pollMs);
}

void SvixClient::cancel()
{
    m_cancelled = true;
    if (m_pollTimer && m_pollTimer->isActive()) {
        m_pollTimer->stop();
        if (auto report = std::exchange(m_pollCancelled, nullptr))
            report();
    }
    m_http->cancelAll();
}
