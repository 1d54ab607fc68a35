#include "BindingRunner.h"

#include "ActionDialog.h"
#include "MessageBar.h"
#include "WebhookResendDialog.h"
#include "actions/WebhookChecks.h"
#include "connectors/StripeClient.h"
#include "connectors/SvixClient.h"
#include "connectors/VercelCrons.h"
#include "logs/LogQueryParser.h"
#include "secrets/SecretResolver.h"
#include "wiring/ProfileTargets.h"

#include <QDateTime>
#include <QLocale>

BindingRunner::BindingRunner(IncidentSession *session, MessageBar *messages, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_messages(messages), m_parent(dialogParent)
{
}

void BindingRunner::run(const Context &ctx, const QString &stepId)
{
    const Wiring *wiring = ctx.wiring;
    const Profile *p = ctx.profile;
    const auto bindings = wiring ? wiring->bindingsFor(stepId) : QList<const Binding *>();
    if (!p || bindings.isEmpty())
        return;
    const Binding *b = bindings.first();
    // §1 "run manual cleanup": the procedure's own action, with its preview and confirmation.
    if (b->type == QStringLiteral("run_procedure")) {
        const QString procedure = b->params.value(QStringLiteral("procedure")).toString();
        const Binding *step = wiring->procedureAction(procedure);
        if (!step) {
            m_messages->showMessage(tr("%1: the procedure %2 has no bound action").arg(b->target, procedure), MessageBar::Error);
            return;
        }
        b = step;
    }
    const Connector *c = p->connector(b->connector);
    if (!c)
        return;
    const QHash<QString, QString> &vars = ctx.variables;
    auto secret = [&](const QString &key) { return connectorSecret(*p, *c, key, vars); };
    QString dashboard;
    if (const Connector *d = p->connector(b->params.value(QStringLiteral("dashboard")).toString()))
        dashboard = d->field(QStringLiteral("url"), vars);
    auto open = [](QDialog *dlg) {
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->open();
    };
    if (b->type.startsWith(QStringLiteral("webhook_"))) {
        const auto token = secret(QStringLiteral("token"));
        if (!token) {
            m_messages->showMessage(token.error(), MessageBar::Error);
            return;
        }
        const WebhookResendDialog::Target target{QUrl(c->field(QStringLiteral("base_url"), vars)), token.value(), c->field(QStringLiteral("app_id"), vars),
                                                 c->field(QStringLiteral("endpoint_id"), vars), dashboard};
        if (b->kind == BindingKind::Action)
            return open(new WebhookResendDialog(*b, *p, target, m_session, m_parent));
        const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-24 * 3600);
        return open(new ActionDialog(*b, *p, [target, since](QObject *owner, auto done) {
            auto *svix = new SvixClient(target.base, target.token, {}, owner);
            svix->failedAttempts(target.app, target.endpoint, since, [done, since](Result<QList<SvixAttempt>> r) {
                if (!r)
                    return done(Result<ActionDialog::Rows>::failure(r.error()));
                done(ActionDialog::Rows{WebhookChecks::attemptsTable(r.value()),
                                        tr("%n failed delivery attempt(s) since %1", nullptr, int(r->size())).arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat))});
            });
        }, dashboard, m_parent));
    }
    if (b->type.startsWith(QStringLiteral("stripe_"))) {
        const auto key = secret(QStringLiteral("key"));
        if (!key) {
            m_messages->showMessage(key.error(), MessageBar::Error);
            return;
        }
        const QUrl base(c->field(QStringLiteral("base_url"), vars));
        if (b->type == QStringLiteral("stripe_failed_events")) {
            const QString type = b->params.value(QStringLiteral("event_type")).toString();
            const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-24 * 3600);
            return open(new ActionDialog(*b, *p, [base, k = key.value(), type, since](QObject *owner, auto done) {
                auto *stripe = new StripeClient(base, k, {}, owner);
                stripe->failedEvents(type, since, [done, since](Result<QList<StripeEvent>> r) {
                    if (!r)
                        return done(Result<ActionDialog::Rows>::failure(r.error()));
                    done(ActionDialog::Rows{WebhookChecks::eventsTable(r.value()),
                                            tr("%n event(s) with a failed webhook delivery since %1", nullptr, int(r->size()))
                                                .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat))});
                });
            }, dashboard, m_parent));
        }
        const Connector *app = p->connector(b->params.value(QStringLiteral("latency_of")).toString());
        const QUrl route = app ? QUrl(app->field(QStringLiteral("base_url"), vars) + b->params.value(QStringLiteral("path")).toString()) : QUrl();
        const int tries = b->params.value(QStringLiteral("tries"), QStringLiteral("5")).toInt();
        const int timeoutMs = b->params.value(QStringLiteral("timeout_ms"), QStringLiteral("10000")).toInt();
        return open(new ActionDialog(*b, *p, [base, k = key.value(), route, tries, timeoutMs](QObject *owner, auto done) {
            auto *stripe = new StripeClient(base, k, {}, owner);
            WebhookChecks::checkEndpoints(stripe, route, tries, timeoutMs, [done](Result<WebhookChecks::EndpointCheck> r) {
                if (!r)
                    return done(Result<ActionDialog::Rows>::failure(r.error()));
                done(ActionDialog::Rows{r->table(), r->summary()});
            });
        }, dashboard, m_parent));
    }
    if (b->type == QStringLiteral("log_count")) {
        // The log source the live counts read (the profile's, or the one chosen in Settings), last 24 hours.
        const auto node = LogQueryParser::parse(b->params.value(QStringLiteral("query")).toString());
        if (!node || ctx.logSpec.isEmpty()) {
            m_messages->showMessage(!node ? tr("%1: query: %2").arg(b->target, node.error()) : tr("No log source is set."), MessageBar::Error);
            return;
        }
        const QString text = b->params.value(QStringLiteral("query")).toString();
        return open(new ActionDialog(*b, *p, [spec = ctx.logSpec, options = ctx.logOptions, q = node.value(), text](QObject *owner, auto done) {
            auto src = LogSource::create(spec, options);
            if (!src)
                return done(Result<ActionDialog::Rows>::failure(src.error()));
            std::shared_ptr<LogSource> source = src.value(); // kept by the connection below, which dies with `owner`
            LogRequest req;
            req.toMs = QDateTime::currentMSecsSinceEpoch();
            req.fromMs = req.toMs - 24 * 3'600'000LL;
            req.bucketMs = 3'600'000;
            req.samples = 20;
            req.queryTexts = {text};
            req.queries = {q};
            QObject::connect(source.get(), &LogSource::finished, owner, [done, text, source](const LogResult &r) {
                if (!r.errors.isEmpty())
                    return done(Result<ActionDialog::Rows>::failure(r.errors.join(QLatin1Char('\n'))));
                SqlTable t;
                t.columns = {tr("Time"), tr("Message")};
                const LogQueryResult &q = r.queries.front();
                for (const LogEvent &e : q.samples)
                    t.rows.append({LogTime::toIso(e.timestampMs), e.message});
                done(ActionDialog::Rows{t, tr("%n matching line(s) in the last 24 hours: %1", nullptr, int(q.total)).arg(text)});
            });
            source->start(req);
        }, QString(), m_parent));
    }
    if (b->type == QStringLiteral("vercel_crons")) {
        const QString path = c->field(QStringLiteral("config_path"), vars);
        auto *dlg = new ActionDialog(*b, *p, [path] { return VercelCrons::read(path); }, m_parent);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->open();
        return;
    }
    // Database Reconciliation: step 2 checks each blob of step 1's rows; step 3
    // takes its ids from that check (or from ids typed by hand when it cannot).
    const Binding *checkBinding = b->type == QStringLiteral("blob_head_each") ? b : nullptr;
    if (const QString idsFrom = b->params.value(QStringLiteral("ids_from")).toString(); !checkBinding && !idsFrom.isEmpty())
        if (const auto from = wiring->bindingsFor(idsFrom); !from.isEmpty() && from.first()->type == QStringLiteral("blob_head_each"))
            checkBinding = from.first();
    if (checkBinding) {
        const auto check = BlobCheck::resolve(*checkBinding, *wiring, *p, vars);
        const auto own = b == checkBinding && check ? Result<SqlTarget>(check->database) : ProfileTargets::sqlTarget(*p, *c, vars);
        if (!own || (!check && b == checkBinding)) {
            m_messages->showMessage(!own ? own.error() : check.error(), MessageBar::Error);
            return;
        }
        if (check) {
            auto *dlg = new ActionDialog(*b, *p, own.value(), check.value(), m_session, m_parent);
            dlg->setAttribute(Qt::WA_DeleteOnClose);
            dlg->open();
            return;
        }
        m_messages->showMessage(tr("%1 cannot find the ids itself (%2); type them.").arg(b->target, check.error()), MessageBar::Warning);
    }
    if (b->type.startsWith(QStringLiteral("blob_"))) {
        const auto token = secret(QStringLiteral("token"));
        if (!token) {
            m_messages->showMessage(token.error(), MessageBar::Error);
            return;
        }
        // A delete takes its list from the orphans step it names.
        const Binding *source = b;
        if (const auto from = wiring->bindingsFor(b->params.value(QStringLiteral("from")).toString()); !from.isEmpty())
            source = from.first();
        std::optional<SqlTarget> db;
        if (const Connector *dbc = p->connector(source->params.value(QStringLiteral("compare_with"), QStringLiteral("db")).toString()))
            if (const auto t = ProfileTargets::sqlTarget(*p, *dbc, vars))
                db = t.value();
        auto *dlg = new ActionDialog(*b, *p, QUrl(c->field(QStringLiteral("base_url"), vars)), token.value(), db,
                                     source->params.value(QStringLiteral("prefix")).toString(), m_session, m_parent);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->open();
        return;
    }
    if (b->type.startsWith(QStringLiteral("http_"))) {
        const QUrl url(c->field(QStringLiteral("base_url"), vars) + b->params.value(QStringLiteral("path")).toString());
        const auto bearer = bearerFor(*p, *c, url, vars);
        if (!bearer) {
            m_messages->showMessage(bearer.error(), MessageBar::Error);
            return;
        }
        auto *dlg = new ActionDialog(*b, *p, url, bearer.value(), m_session, m_parent);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->open();
        return;
    }
    const auto target = ProfileTargets::sqlTarget(*p, *c, vars);
    if (!target) {
        m_messages->showMessage(target.error(), MessageBar::Error);
        return;
    }
    auto *dlg = new ActionDialog(*b, *p, target.value(), m_session, m_parent);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}
