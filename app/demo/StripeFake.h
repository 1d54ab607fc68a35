#pragma once
// StripeFake: Stripe's /v1/events (type, delivery_success=false,
// created[gte] with the 30-day floor, starting_after pages) and
// /v1/webhook_endpoints, with the Bearer key it accepts.
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

class FaultInjector;
class QHttpServer;
class QHttpServerRequest;

class StripeFake
{
public:
    StripeFake(FaultInjector &faults, std::function<QString()> baseUrl);
    void addRoutes(QHttpServer &server);
    void setKey(const QString &key) { m_stripeKey = key; }
    void setEvents(QList<QJsonObject> events) { m_stripeEvents = std::move(events); } // newest first
    int failedEventCount() const;

private:
    std::optional<QHttpServerResponse> check(const QHttpServerRequest &req);
    QHttpServerResponse events(const QHttpServerRequest &req);
    QHttpServerResponse endpoints(const QHttpServerRequest &req);

    FaultInjector &m_faults;
    std::function<QString()> m_baseUrl;
    QString m_stripeKey;
    QList<QJsonObject> m_stripeEvents; // newest first
};
