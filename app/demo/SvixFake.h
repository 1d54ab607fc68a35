#pragma once
// SvixFake: the Svix API of apis.md for the demo's app and the endpoint that
// delivers Clerk's webhooks — failed attempts (iterator pages), resend one
// message, recover since a time as a background task (running on the first
// poll, finished on the second) — with the Bearer token it accepts.
#include <QHash>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <optional>

class FaultInjector;
class QHttpServer;
class QHttpServerRequest;

namespace DemoSvix {
// The demo's Svix app and the endpoint that delivers Clerk's webhooks.
constexpr const char *app = "app_demo";
constexpr const char *endpoint = "ep_demo";
} // namespace DemoSvix

class SvixFake
{
public:
    explicit SvixFake(FaultInjector &faults);
    void addRoutes(QHttpServer &server);
    void setToken(const QString &token) { m_svixToken = token; }
    void setAttempts(QList<QJsonObject> attempts); // newest first
    // Messages delivered since (resent or recovered) are written to this file
    // (empty: memory only) and applied by applyDelivered() when data is read.
    void setPersistTo(const QString &stateJson) { m_persistTo = stateJson; }
    static void applyDelivered(QList<QJsonObject> &attempts, const QString &stateJson);
    int failedAttemptCount() const;

private:
    std::optional<QHttpServerResponse> check(const QHttpServerRequest &req, const QString &app, const QString &endpoint);
    QHttpServerResponse attempts(const QString &app, const QString &endpoint, const QHttpServerRequest &req);
    QHttpServerResponse resend(const QString &app, const QString &msg, const QString &endpoint, const QHttpServerRequest &req);
    QHttpServerResponse recover(const QString &app, const QString &endpoint, const QHttpServerRequest &req);
    QHttpServerResponse task(const QString &id, const QHttpServerRequest &req);

    struct Task
    {
        QString since;
        int polls = 0;
        QString status;
    };
    FaultInjector &m_faults;
    QString m_svixToken;
    QList<QJsonObject> m_svixAttempts; // newest first
    QHash<QString, Task> m_svixTasks;
    QString m_persistTo;
    void persist() const;
};
