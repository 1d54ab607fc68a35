#include "actions/WebhookChecks.h"

#include <QCoreApplication>

namespace WebhookChecks {

namespace {
QString tr(const char *s, int n = -1)
{
    return QCoreApplication::translate("WebhookChecks", s, nullptr, n);
}
} // namespace

SqlTable attemptsTable(const QList<SvixAttempt> &attempts)
{
    SqlTable t;
    t.columns = {QStringLiteral("msgId"), QStringLiteral("attempt"), QStringLiteral("timestamp"), QStringLiteral("responseStatusCode"),
                 QStringLiteral("responseDurationMs")};
    for (const SvixAttempt &a : attempts)
        t.rows.append({a.msgId, a.id, a.timestamp.toString(Qt::ISODate), a.responseStatusCode, a.responseDurationMs});
    return t;
}

SqlTable eventsTable(const QList<StripeEvent> &events)
{
    SqlTable t;
    t.columns = {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("created"), QStringLiteral("pending_webhooks"), QStringLiteral("object")};
    for (const StripeEvent &e : events)
        t.rows.append({e.id, e.type, e.created.toString(Qt::ISODate), e.pendingWebhooks,
                       e.data.value(QStringLiteral("object")).toObject().value(QStringLiteral("id")).toString()});
    return t;
}

SqlTable EndpointCheck::table() const
{
    SqlTable t;
    t.columns = {QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("status"), QStringLiteral("enabled_events")};
    for (const StripeWebhookEndpoint &e : endpoints)
        t.rows.append({e.id, e.url, e.status, e.enabledEvents.join(QLatin1Char(','))});
    return t;
}

QString EndpointCheck::summary() const
{
    const QString listed = tr("%n webhook endpoint(s)", int(endpoints.size()));
    if (!probed)
        return listed;
    if (!latency.error.isEmpty())
        return listed + QStringLiteral(" · ") + latency.error;
    return listed + QStringLiteral(" · ")
           + tr("webhook route: HTTP %1 · median %2 ms · worst %3 ms over %4 tries · %5 the %6 ms timeout")
                 .arg(latency.status)
                 .arg(latency.medianMs)
                 .arg(latency.worstMs)
                 .arg(latency.latenciesMs.size())
                 .arg(withinTimeout() ? tr("within") : tr("OVER"))
                 .arg(timeoutMs);
}

void checkEndpoints(StripeClient *stripe, const QUrl &route, int tries, int timeoutMs, std::function<void(Result<EndpointCheck>)> done)
{
    stripe->webhookEndpoints([=](Result<QList<StripeWebhookEndpoint>> list) {
        if (!list)
            return done(Result<EndpointCheck>::failure(list.error()));
        EndpointCheck check;
        check.endpoints = list.value();
        check.timeoutMs = timeoutMs;
        if (!route.isValid() || route.host().isEmpty())
            return done(check);
        auto *probe = new HttpProbe(stripe); // dies with the client if the caller goes first
        QObject::connect(probe, &HttpProbe::finished, stripe, [=](const HttpProbeResult &r) mutable {
            probe->deleteLater();
            check.probed = true;
            check.latency = r;
            done(check);
        });
        probe->start({route, "GET", QString(), std::max(1, tries), timeoutMs});
    });
}

} // namespace WebhookChecks
