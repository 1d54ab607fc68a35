#pragma once
// AppRoutesFake: the flagship app's own routes — the cron routes (GET with
// "Authorization: Bearer <CRON_SECRET>"; cleanup-photos reports what a run
// finds in the app's database, read-only), the Stripe webhook route and
// /api/social-links.
#include <QHttpServerResponse>
#include <QString>

class FaultInjector;
class QHttpServer;
class QHttpServerRequest;

class AppRoutesFake
{
public:
    explicit AppRoutesFake(FaultInjector &faults);
    void addRoutes(QHttpServer &server);
    // The cron routes answer 401 unless "Authorization: Bearer <secret>".
    void setCronSecret(const QString &secret) { m_cronSecret = secret; }
    // The app's database the cron routes read (the demo's app.sqlite).
    void setDatabase(const QString &path) { m_database = path; }

private:
    QHttpServerResponse cron(const QString &route, const QHttpServerRequest &req);

    FaultInjector &m_faults;
    QString m_cronSecret;
    QString m_database;
};
