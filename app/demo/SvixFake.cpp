#include "SvixFake.h"

#include "FaultInjector.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {
QHttpServerResponse svixError(const char *code, const QString &detail, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("detail"), detail}}, status);
}

} // namespace

SvixFake::SvixFake(FaultInjector &faults) : m_faults(faults)
{
}

void SvixFake::addRoutes(QHttpServer &server)
{
    // Svix (apis.md): failed attempts, resend, recover, background tasks.
    server.route(QStringLiteral("/api/v1/app/<arg>/attempt/endpoint/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString &app, const QString &ep, const QHttpServerRequest &r) { return m_faults.deliver(attempts(app, ep, r)); });
    server.route(QStringLiteral("/api/v1/app/<arg>/msg/<arg>/endpoint/<arg>/resend"), QHttpServerRequest::Method::Post,
                    [this](const QString &app, const QString &msg, const QString &ep, const QHttpServerRequest &r) { return m_faults.deliver(resend(app, msg, ep, r)); });
    server.route(QStringLiteral("/api/v1/app/<arg>/endpoint/<arg>/recover"), QHttpServerRequest::Method::Post,
                    [this](const QString &app, const QString &ep, const QHttpServerRequest &r) { return m_faults.deliver(recover(app, ep, r)); });
    server.route(QStringLiteral("/api/v1/background-task/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString &id, const QHttpServerRequest &r) { return m_faults.deliver(task(id, r)); });
}

void SvixFake::persist() const
{
    if (m_persistTo.isEmpty())
        return;
    QJsonArray delivered;
    for (const QJsonObject &a : m_svixAttempts)
        if (a.value(QStringLiteral("status")).toInt() == 0)
            delivered.append(a.value(QStringLiteral("msgId")));
    QSaveFile f(m_persistTo);
    if (f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(QJsonObject{{QStringLiteral("delivered"), delivered}}).toJson()) >= 0)
        f.commit();
}

void SvixFake::applyDelivered(QList<QJsonObject> &attempts, const QString &stateJson)
{
    QFile f(stateJson);
    if (!f.open(QIODevice::ReadOnly))
        return;
    QSet<QString> delivered;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("delivered")).toArray())
        delivered.insert(v.toString());
    for (QJsonObject &a : attempts)
        if (delivered.contains(a.value(QStringLiteral("msgId")).toString()))
            a.insert(QStringLiteral("status"), 0);
}

void SvixFake::setAttempts(QList<QJsonObject> attempts)
{
    m_svixAttempts = std::move(attempts);
    m_svixTasks.clear();
}

int SvixFake::failedAttemptCount() const
{
    return int(std::count_if(m_svixAttempts.begin(), m_svixAttempts.end(),
                             [](const QJsonObject &a) { return a.value(QStringLiteral("status")).toInt() == 2; }));
}

std::optional<QHttpServerResponse> SvixFake::check(const QHttpServerRequest &req, const QString &app, const QString &endpoint)
{
    if (auto injected = m_faults.check(req))
        return injected;
    if (m_svixToken.isEmpty() || req.value("Authorization") != "Bearer " + m_svixToken.toUtf8())
        return svixError("authentication_failed", QStringLiteral("Invalid token"), QHttpServerResponse::StatusCode::Unauthorized);
    if (app != QLatin1String(DemoSvix::app))
        return svixError("not_found", QStringLiteral("Application not found"), QHttpServerResponse::StatusCode::NotFound);
    if (!endpoint.isNull() && endpoint != QLatin1String(DemoSvix::endpoint))
        return svixError("not_found", QStringLiteral("Endpoint not found"), QHttpServerResponse::StatusCode::NotFound);
    return std::nullopt;
}

// GET /api/v1/app/{app}/attempt/endpoint/{endpoint}?status=&limit=&iterator= → {"data","iterator","done"}
QHttpServerResponse SvixFake::attempts(const QString &app, const QString &endpoint, const QHttpServerRequest &req)
{
    if (auto early = check(req, app, endpoint))
        return std::move(*early);
    const QUrlQuery q = req.query();
    const int limit = q.queryItemValue(QStringLiteral("limit")).isEmpty() ? 50 : q.queryItemValue(QStringLiteral("limit")).toInt();
    if (limit < 1 || limit > 250)
        return svixError("validation", QStringLiteral("limit must be between 1 and 250"), QHttpServerResponse::StatusCode::UnprocessableEntity);
    const QString status = q.queryItemValue(QStringLiteral("status"));
    const qsizetype start = q.queryItemValue(QStringLiteral("iterator")).toLongLong();
    QJsonArray data;
    qsizetype i = 0, seen = 0;
    for (; i < m_svixAttempts.size(); ++i) {
        const QJsonObject &a = m_svixAttempts.at(i);
        if (!status.isEmpty() && QString::number(a.value(QStringLiteral("status")).toInt()) != status)
            continue;
        if (seen++ < start)
            continue;
        if (data.size() == limit)
            break;
        data.append(a);
    }
    const bool done = i >= m_svixAttempts.size();
    QJsonObject reply{{QStringLiteral("data"), data}, {QStringLiteral("done"), done}};
    reply.insert(QStringLiteral("iterator"), done ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::number(start + limit)));
    return QHttpServerResponse(reply);
}

// POST /api/v1/app/{app}/msg/{msg}/endpoint/{endpoint}/resend → 202
QHttpServerResponse SvixFake::resend(const QString &app, const QString &msg, const QString &endpoint, const QHttpServerRequest &req)
{
    if (auto early = check(req, app, endpoint))
        return std::move(*early);
    bool found = false;
    for (QJsonObject &a : m_svixAttempts)
        if (a.value(QStringLiteral("msgId")).toString() == msg) {
            found = true;
            a.insert(QStringLiteral("status"), 0); // the resend got through
        }
    if (found)
        persist();
    if (!found)
        return svixError("not_found", QStringLiteral("Message not found"), QHttpServerResponse::StatusCode::NotFound);
    return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArray(), QHttpServerResponse::StatusCode::Accepted);
}

// POST /api/v1/app/{app}/endpoint/{endpoint}/recover {"since"} → 202 {"id","status"}
QHttpServerResponse SvixFake::recover(const QString &app, const QString &endpoint, const QHttpServerRequest &req)
{
    if (auto early = check(req, app, endpoint))
        return std::move(*early);
    const QString since = QJsonDocument::fromJson(req.body()).object().value(QStringLiteral("since")).toString();
    if (!QDateTime::fromString(since, Qt::ISODateWithMs).isValid())
        return svixError("validation", QStringLiteral("since: a valid ISO 8601 time is required"), QHttpServerResponse::StatusCode::UnprocessableEntity);
    const QString id = QStringLiteral("qtask_demo%1").arg(m_svixTasks.size() + 1);
    m_svixTasks.insert(id, Task{since, 0, QStringLiteral("running")});
    return QHttpServerResponse(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("running")},
                                           {QStringLiteral("task"), QStringLiteral("endpoint.recover")}},
                               QHttpServerResponse::StatusCode::Accepted);
}

// GET /api/v1/background-task/{id}: running on the first poll, finished (messages resent) on the second.
QHttpServerResponse SvixFake::task(const QString &id, const QHttpServerRequest &req)
{
    if (auto early = check(req, QLatin1String(DemoSvix::app), QString()))
        return std::move(*early);
    auto it = m_svixTasks.find(id);
    if (it == m_svixTasks.end())
        return svixError("not_found", QStringLiteral("Background task not found"), QHttpServerResponse::StatusCode::NotFound);
    if (++it->polls >= 2 && it->status == QStringLiteral("running")) {
        const QDateTime since = QDateTime::fromString(it->since, Qt::ISODateWithMs);
        for (QJsonObject &a : m_svixAttempts)
            if (QDateTime::fromString(a.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs) >= since)
                a.insert(QStringLiteral("status"), 0);
        it->status = QStringLiteral("finished");
        persist();
    }
    return QHttpServerResponse(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), it->status},
                                           {QStringLiteral("task"), QStringLiteral("endpoint.recover")}, {QStringLiteral("data"), QJsonObject()}});
}
