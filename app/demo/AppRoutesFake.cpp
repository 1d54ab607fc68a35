#include "AppRoutesFake.h"

#include "FaultInjector.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

AppRoutesFake::AppRoutesFake(FaultInjector &faults) : m_faults(faults)
{
}

void AppRoutesFake::addRoutes(QHttpServer &server)
{
    for (const char *route : {"cleanup-photos", "cleanup-idempotency-keys", "billing-reconciliation"}) {
        const QString name = QLatin1String(route);
        server.route(QStringLiteral("/api/cron/") + name, QHttpServerRequest::Method::Get,
                     [this, name](const QHttpServerRequest &r) { return m_faults.deliver(cron(name, r)); });
    }
    server.route(QStringLiteral("/api/stripe/webhook"), [this](const QHttpServerRequest &r) { return m_faults.deliver([&] {
        if (auto injected = m_faults.check(r))
            return std::move(*injected);
        // Like the app: only POSTs with a Stripe-Signature header are webhooks.
        if (r.method() != QHttpServerRequest::Method::Post)
            return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("Method not allowed")}},
                                       QHttpServerResponse::StatusCode::MethodNotAllowed);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("Missing Stripe-Signature header")}},
                                   QHttpServerResponse::StatusCode::BadRequest);
    }()); });
    server.route(QStringLiteral("/api/social-links"), [this](const QHttpServerRequest &r) { return m_faults.deliver([&] {
        if (auto injected = m_faults.check(r))
            return std::move(*injected);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("links"), QJsonArray()}});
    }()); });
}

// Vercel calls the cron routes with GET and "Authorization: Bearer <CRON_SECRET>".
QHttpServerResponse AppRoutesFake::cron(const QString &route, const QHttpServerRequest &req)
{
    if (auto injected = m_faults.check(req))
        return std::move(*injected);
    if (m_cronSecret.isEmpty() || req.value("Authorization") != "Bearer " + m_cronSecret.toUtf8())
        return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("Unauthorized")}}, QHttpServerResponse::StatusCode::Unauthorized);
    if (route != QStringLiteral("cleanup-photos"))
        return QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("deleted"), 0}});
    // What a cleanup run finds in the app's database (read-only here: the demo stays repeatable).
    int failed = 0, stuckUploading = 0, stuckProcessing = 0;
    if (!m_database.isEmpty()) {
        const QString conn = QStringLiteral("demo-backend-db");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
            db.setDatabaseName(m_database);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                const QString hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
                auto count = [&](const QString &sql) {
                    q.prepare(sql);
                    q.addBindValue(hourAgo);
                    return q.exec() && q.next() ? q.value(0).toInt() : 0;
                };
                failed = count(QStringLiteral("SELECT count(*) FROM profile_photos WHERE status = 'failed' AND updated_at < ?"));
                stuckUploading = count(QStringLiteral("SELECT count(*) FROM profile_photos WHERE status = 'uploading' AND created_at < ?"));
                stuckProcessing = count(QStringLiteral("SELECT count(*) FROM profile_photos WHERE status = 'processing' AND created_at < ?"));
            }
        }
        QSqlDatabase::removeDatabase(conn);
    }
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("deleted"), failed + stuckUploading + stuckProcessing},
        {QStringLiteral("blobsDeleted"), stuckProcessing},
        {QStringLiteral("blobDeletionFailed"), false},
        {QStringLiteral("details"), QJsonObject{{QStringLiteral("failed"), failed},
                                                {QStringLiteral("stuckUploading"), stuckUploading},
                                                {QStringLiteral("stuckProcessing"), stuckProcessing}}}});
}
