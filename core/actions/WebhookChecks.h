#pragma once
// WebhookChecks: what the runbook's webhook steps show, the same in the CLI
// and the GUI — failed Svix attempts and Stripe events as tables, and the
// Stripe webhook-endpoint check (the endpoints Stripe delivers to, and how
// fast the app's webhook route answers against the timeout it must meet).
#include "net/HttpProbe.h"
#include "connectors/SqlRunner.h"
#include "connectors/StripeClient.h"
#include "connectors/SvixClient.h"

#include <functional>

namespace WebhookChecks {

SqlTable attemptsTable(const QList<SvixAttempt> &attempts);
SqlTable eventsTable(const QList<StripeEvent> &events);

struct EndpointCheck
{
    QList<StripeWebhookEndpoint> endpoints;
    bool probed = false; // the app's route was timed
    HttpProbeResult latency;
    int timeoutMs = 10'000;
    bool withinTimeout() const { return probed && latency.error.isEmpty() && latency.worstMs < timeoutMs; }
    SqlTable table() const;
    QString summary() const;
};

// Lists the endpoints, then (when `route` is valid) times `tries` GETs of the app's webhook route.
void checkEndpoints(StripeClient *stripe, const QUrl &route, int tries, int timeoutMs, std::function<void(Result<EndpointCheck>)> done);

} // namespace WebhookChecks
