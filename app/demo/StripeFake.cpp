#include "StripeFake.h"

#include "FaultInjector.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QUrlQuery>

namespace {
QHttpServerResponse stripeError(const char *type, const char *code, const QString &message, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                                                                                 {QStringLiteral("code"), QLatin1String(code)},
                                                                                 {QStringLiteral("message"), message}}}},
                               status);
}
} // namespace

StripeFake::StripeFake(FaultInjector &faults, std::function<QString()> baseUrl) : m_faults(faults), m_baseUrl(std::move(baseUrl))
{
}

void StripeFake::addRoutes(QHttpServer &server)
{
    // Stripe (apis.md): events and webhook endpoints.
    server.route(QStringLiteral("/v1/events"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) { return m_faults.deliver(events(r)); });
    server.route(QStringLiteral("/v1/webhook_endpoints"), QHttpServerRequest::Method::Get,
                    [this](const QHttpServerRequest &r) { return m_faults.deliver(endpoints(r)); });
}

int StripeFake::failedEventCount() const
{
    return int(m_stripeEvents.size());
}

std::optional<QHttpServerResponse> StripeFake::check(const QHttpServerRequest &req)
{
    if (auto injected = m_faults.check(req))
        return injected;
    if (m_stripeKey.isEmpty() || req.value("Authorization") != "Bearer " + m_stripeKey.toUtf8())
        return stripeError("invalid_request_error", "api_key_invalid", QStringLiteral("Invalid API Key provided."),
                           QHttpServerResponse::StatusCode::Unauthorized);
    return std::nullopt;
}

// GET /v1/events?type=&delivery_success=false&created[gte]=&limit=&starting_after= → {"data","has_more"}
QHttpServerResponse StripeFake::events(const QHttpServerRequest &req)
{
    if (auto early = check(req))
        return std::move(*early);
    const QUrlQuery q = req.query();
    const int limit = q.queryItemValue(QStringLiteral("limit")).isEmpty() ? 10 : q.queryItemValue(QStringLiteral("limit")).toInt();
    if (limit < 1 || limit > 100)
        return stripeError("invalid_request_error", "parameter_invalid_integer", QStringLiteral("Invalid integer: limit must be between 1 and 100"),
                           QHttpServerResponse::StatusCode::BadRequest);
    const QString type = q.queryItemValue(QStringLiteral("type"));
    const QString gte = q.queryItemValue(QStringLiteral("created[gte]"), QUrl::FullyDecoded);
    const qint64 oldest = QDateTime::currentSecsSinceEpoch() - 30 * 86400; // Stripe keeps 30 days
    const qint64 from = std::max(gte.isEmpty() ? 0 : gte.toLongLong(), oldest);
    const QString after = q.queryItemValue(QStringLiteral("starting_after"));
    // The demo keeps only events with a failed delivery, so delivery_success=false filters nothing out.
    QJsonArray data;
    bool started = after.isEmpty(), more = false;
    for (const QJsonObject &e : m_stripeEvents) {
        if (!started) {
            started = e.value(QStringLiteral("id")).toString() == after;
            continue;
        }
        if ((!type.isEmpty() && e.value(QStringLiteral("type")).toString() != type) || qint64(e.value(QStringLiteral("created")).toDouble()) < from)
            continue;
        if (data.size() == limit) {
            more = true;
            break;
        }
        data.append(e);
    }
    if (!started)
        return stripeError("invalid_request_error", "resource_missing", QStringLiteral("No such event: '%1'").arg(after),
                           QHttpServerResponse::StatusCode::NotFound);
    return QHttpServerResponse(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("url"), QStringLiteral("/v1/events")},
                                           {QStringLiteral("data"), data}, {QStringLiteral("has_more"), more}});
}

// GET /v1/webhook_endpoints → {"data":[{"id","url","status","enabled_events"}],"has_more"}
QHttpServerResponse StripeFake::endpoints(const QHttpServerRequest &req)
{
    if (auto early = check(req))
        return std::move(*early);
    const QJsonObject endpoint{{QStringLiteral("id"), QStringLiteral("we_demo1")},
                               {QStringLiteral("object"), QStringLiteral("webhook_endpoint")},
                               {QStringLiteral("url"), m_baseUrl() + QStringLiteral("/api/stripe/webhook")},
                               {QStringLiteral("status"), QStringLiteral("enabled")},
                               {QStringLiteral("enabled_events"), QJsonArray{QStringLiteral("payment_intent.succeeded")}}};
    return QHttpServerResponse(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("url"), QStringLiteral("/v1/webhook_endpoints")},
                                           {QStringLiteral("data"), QJsonArray{endpoint}}, {QStringLiteral("has_more"), false}});
}
