// Webhooks: Svix (Clerk's failed deliveries; resend the chosen messages or
// recover everything since a time) and Stripe (events with a failed
// delivery; the webhook endpoints and how fast the app's route answers).
#include "actions/StepKind.h"
#include "actions/StepKindsBuiltin.h"
#include "actions/StepKindsShared.h"
#include "actions/WebhookChecks.h"

#include "connectors/StripeClient.h"
#include "connectors/SvixClient.h"

#include <memory>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(StepKinds)
};

struct SvixSetup
{
    SvixClient *client = nullptr;
    QString app;
    QString endpoint;
    QDateTime since;
    bool recover = false;
};

Result<SvixSetup> svixOf(StepJob *job)
{
    using R = Result<SvixSetup>;
    SvixSetup s;
    s.app = job->field(QStringLiteral("app_id"));
    s.endpoint = job->field(QStringLiteral("endpoint_id"));
    if (s.app.isEmpty() || s.endpoint.isEmpty())
        return R::failure(Text::tr("connector %1 needs app_id and endpoint_id").arg(job->connector.name));
    // Recover mode: recover_since=T (or recover=1 with since=T) asks Svix to resend everything that failed since T.
    QString recoverSince = job->param(QStringLiteral("recover_since"));
    const QString recover = job->param(QStringLiteral("recover"));
    if (recoverSince.isEmpty() && (recover == QStringLiteral("1") || recover == QStringLiteral("true")))
        recoverSince = job->param(QStringLiteral("since"), QStringLiteral("24h"));
    s.recover = job->isAction() && !recoverSince.isEmpty();
    const auto since = StepJob::since(s.recover ? recoverSince : job->param(QStringLiteral("since"), QStringLiteral("24h")));
    if (!since)
        return Result<SvixSetup>::failure(since.error());
    s.since = since.value();
    const auto client = connectorClient<SvixClient>(job, QStringLiteral("token"));
    if (!client)
        return R::failure(client.error());
    s.client = client.value();
    s.client->setActionId(job->binding.target);
    return s;
}

class SvixKind : public StepKind
{
public:
    QStringList types() const override { return {QStringLiteral("webhook_failed_attempts"), QStringLiteral("webhook_resend")}; }
    QStringList parameterKeys(const Binding &b) const override
    {
        if (b.type == QStringLiteral("webhook_resend"))
            return {QStringLiteral("msg"), QStringLiteral("recover_since"), QStringLiteral("since"), QStringLiteral("recover")};
        return {QStringLiteral("since")};
    }
    QString selectionKey(const Binding &b) const override { return b.type == QStringLiteral("webhook_resend") ? QStringLiteral("msg") : QString(); }
    QList<StepField> fields(const Binding &b) const override
    {
        if (b.type != QStringLiteral("webhook_resend"))
            return {};
        StepField since;
        since.type = StepField::Time;
        since.key = QStringLiteral("since");
        since.label = Text::tr("Failed deliveries since:");
        since.defaultAgoMs = 24 * 3'600'000LL;
        StepField recover;
        recover.type = StepField::Toggle;
        recover.key = QStringLiteral("recover");
        recover.label = Text::tr("Recover every failed message since then (Svix resends them) instead of the ticked ones");
        return {since, recover};
    }

    void look(StepJob *job, std::function<void(StepView)> done) const override
    {
        const auto svix = svixOf(job);
        if (!svix)
            return done(StepView::failure(svix.error(), svix.error().startsWith(QStringLiteral("cannot read")) ? 2 : 1));
        const SvixSetup s = svix.value();
        const QString id = job->binding.target;
        const bool action = job->isAction();
        const QString dashboard = job->dashboardUrl();
        job->report(0, 0, Text::tr("Asking Svix for the failed deliveries…"));
        s.client->failedAttempts(s.app, s.endpoint, s.since, [s, id, action, dashboard, done](Result<QList<SvixAttempt>> r) {
            if (!r)
                return done(StepView::failure(r.error()));
            StepView v;
            v.table = WebhookChecks::attemptsTable(r.value());
            v.dashboardUrl = dashboard;
            const QStringList ids = SvixClient::messageIds(r.value());
            v.summary = Text::tr("%n failed delivery attempt(s) since %1", nullptr, int(r->size())).arg(s.since.toString(Qt::ISODate));
            v.json = tableJson(v.table);
            v.json.insert(QStringLiteral("since"), s.since.toString(Qt::ISODate));
            v.json.insert(QStringLiteral("messages"), int(ids.size()));
            v.json.insert(QStringLiteral("dashboard"), dashboard);
            if (!action)
                return done(v);
            v.json.insert(QStringLiteral("mode"), s.recover ? QStringLiteral("recover") : QStringLiteral("resend"));
            v.nothingToDo = ids.isEmpty();
            if (v.nothingToDo)
                v.summary = Text::tr("%1: nothing to resend; no failed delivery since %2").arg(id, s.since.toString(Qt::ISODate));
            if (s.recover) {
                v.runLabel = Text::tr("Recover");
                v.digest = SvixClient::digestFor(id, ids, s.since);
                v.inputs = Text::tr("recover since %1 (%n message(s))", nullptr, int(ids.size())).arg(s.since.toString(Qt::ISODate));
                v.pinned = {{QStringLiteral("recover_since"), s.since.toString(Qt::ISODateWithMs)}};
            } else {
                v.runLabel = Text::tr("Resend");
                v.selectColumn = 0;
                v.digest = SvixClient::digestFor(id, ids);
                v.inputs = Text::tr("resend %1").arg(ids.join(QStringLiteral(", ")));
            }
            done(v);
        });
    }

    void narrow(StepJob *job, StepView &view, const QStringList &keys) const override
    {
        if (view.selectColumn < 0)
            return;
        StepKind::narrow(job, view, keys);
        QStringList ids;
        for (const QVariantList &row : std::as_const(view.table.rows))
            if (const QString m = row.value(0).toString(); !ids.contains(m))
                ids.append(m);
        view.digest = SvixClient::digestFor(job->binding.target, ids);
        view.inputs = Text::tr("resend %1").arg(ids.join(QStringLiteral(", ")));
        view.nothingToDo = ids.isEmpty();
        view.json.insert(QStringLiteral("messages"), int(ids.size()));
        const QJsonObject rows = tableJson(view.table);
        view.json.insert(QStringLiteral("rows"), rows.value(QStringLiteral("rows")));
    }

    void act(StepJob *job, const StepView &preview, const QString &token, std::function<void(StepOutcome)> done) const override
    {
        const auto svix = svixOf(job);
        if (!svix)
            return done(StepOutcome::failure(svix.error()));
        const SvixSetup s = svix.value();
        if (s.recover) {
            const int n = int(preview.table.rows.size());
            s.client->recover(s.app, s.endpoint, s.since, token, [job](const QString &status) { job->report(0, 0, Text::tr("recover task: %1").arg(status)); },
                              [done, n](Result<QString> r) {
                                  if (!r)
                                      return done(StepOutcome::failure(r.error()));
                                  StepOutcome o;
                                  o.result = Text::tr("recover finished: %n failed attempt(s) resent by Svix", nullptr, n);
                                  o.json = {{QStringLiteral("status"), r.value()}};
                                  done(o);
                              });
            return;
        }
        QStringList ids;
        for (const QVariantList &row : preview.table.rows)
            if (const QString m = row.value(0).toString(); !ids.contains(m))
                ids.append(m);
        s.client->resend(s.app, s.endpoint, ids, token, [job](int n, int total) { job->report(n, total, Text::tr("resent %1/%2").arg(n).arg(total)); },
                         [done](Result<int> r) {
                             if (!r)
                                 return done(StepOutcome::failure(r.error()));
                             StepOutcome o;
                             o.result = Text::tr("%n message(s) resent", nullptr, r.value());
                             o.json = {{QStringLiteral("resent"), r.value()}};
                             done(o);
                         });
    }
};

Result<StripeClient *> stripeOf(StepJob *job)
{
    return connectorClient<StripeClient>(job, QStringLiteral("key"));
}

class StripeEventsKind : public StepKind
{
public:
    QStringList types() const override { return {QStringLiteral("stripe_failed_events")}; }
    QStringList parameterKeys(const Binding &) const override { return {QStringLiteral("since")}; }
    void look(StepJob *job, std::function<void(StepView)> done) const override
    {
        const auto since = StepJob::since(job->param(QStringLiteral("since"), QStringLiteral("24h")));
        if (!since)
            return done(StepView::failure(since.error(), 2));
        const auto stripe = stripeOf(job);
        if (!stripe)
            return done(StepView::failure(stripe.error()));
        const QString dashboard = job->dashboardUrl();
        const QDateTime from = since.value();
        job->report(0, 0, Text::tr("Asking Stripe…"));
        stripe.value()->failedEvents(job->param(QStringLiteral("event_type")), from, [done, dashboard, from](Result<QList<StripeEvent>> r) {
            if (!r)
                return done(StepView::failure(r.error()));
            StepView v;
            v.table = WebhookChecks::eventsTable(r.value());
            v.dashboardUrl = dashboard;
            v.summary = Text::tr("%n event(s) with a failed webhook delivery since %1", nullptr, int(r->size())).arg(from.toString(Qt::ISODate));
            v.json = tableJson(v.table);
            v.json.insert(QStringLiteral("since"), from.toString(Qt::ISODate));
            v.json.insert(QStringLiteral("dashboard"), dashboard);
            done(v);
        });
    }
};

// The endpoints Stripe delivers to, and how fast the app's webhook route answers against the timeout.
class StripeEndpointsKind : public StepKind
{
public:
    QStringList types() const override { return {QStringLiteral("stripe_webhook_endpoints")}; }
    void look(StepJob *job, std::function<void(StepView)> done) const override
    {
        const auto stripe = stripeOf(job);
        if (!stripe)
            return done(StepView::failure(stripe.error()));
        const Connector *app = job->profile.connector(job->binding.params.value(QStringLiteral("latency_of")).toString());
        const QUrl route = app ? QUrl(app->field(QStringLiteral("base_url"), job->vars) + job->param(QStringLiteral("path"))) : QUrl();
        const int timeoutMs = job->param(QStringLiteral("timeout_ms"), QStringLiteral("10000")).toInt();
        const QString dashboard = job->dashboardUrl();
        job->report(0, 0, Text::tr("Asking Stripe…"));
        WebhookChecks::checkEndpoints(stripe.value(), route, job->param(QStringLiteral("tries"), QStringLiteral("5")).toInt(), timeoutMs,
                                      [done, timeoutMs, dashboard](Result<WebhookChecks::EndpointCheck> r) {
                                          if (!r)
                                              return done(StepView::failure(r.error()));
                                          StepView v;
                                          v.table = r->table();
                                          v.summary = r->summary();
                                          v.dashboardUrl = dashboard;
                                          v.json = tableJson(v.table);
                                          if (r->probed) {
                                              v.json.insert(QStringLiteral("latency"), QJsonObject{{QStringLiteral("status"), r->latency.status},
                                                                                                   {QStringLiteral("median_ms"), r->latency.medianMs},
                                                                                                   {QStringLiteral("worst_ms"), r->latency.worstMs},
                                                                                                   {QStringLiteral("timeout_ms"), timeoutMs},
                                                                                                   {QStringLiteral("within_timeout"), r->withinTimeout()},
                                                                                                   {QStringLiteral("error"), r->latency.error}});
                                              if (!r->latency.error.isEmpty())
                                                  v.problem = r->latency.error;
                                              else if (!r->withinTimeout())
                                                  v.problem = r->summary();
                                          }
                                          done(v);
                                      });
    }
};
} // namespace

const StepKind *svixKind()
{
    static const SvixKind kind;
    return &kind;
}
const StepKind *stripeEventsKind()
{
    static const StripeEventsKind kind;
    return &kind;
}
const StepKind *stripeEndpointsKind()
{
    static const StripeEndpointsKind kind;
    return &kind;
}
