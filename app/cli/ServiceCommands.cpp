// runbook-cli probe/action for Svix (failed Clerk webhook deliveries, resend,
// recover), Stripe (events with failed deliveries, webhook endpoints and the
// app's webhook latency) and log counts — each through the core clients.
#include "wiring/ProfileTargets.h"
#include "BindingRun.h"
#include "CliWiring.h"
#include "secrets/ActionTokens.h"

#include "net/HttpProbe.h"
#include "logs/LogEvent.h"
#include "logs/LogQueryParser.h"
#include "logs/LogSource.h"
#include "secrets/SecretResolver.h"
#include "connectors/StripeClient.h"
#include "connectors/SvixClient.h"
#include "actions/WebhookChecks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString cliText(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("runbook-cli", s, disambiguation, n);
}

// Runs `start(done)` and waits for `done` in a local event loop.
template <typename T, typename Start>
Result<T> await(Start start)
{
    Result<T> out = Result<T>::failure(QString());
    QEventLoop loop;
    start([&](Result<T> r) {
        out = std::move(r);
        loop.quit();
    });
    if (!out.ok() && out.error().isEmpty())
        loop.exec();
    return out;
}

} // namespace

QJsonObject tableJson(const SqlTable &t)
{
    QJsonArray rows;
    for (const QVariantList &r : t.rows) {
        QJsonArray row;
        for (const QVariant &v : r)
            row.append(QJsonValue::fromVariant(v));
        rows.append(row);
    }
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(t.columns)}, {QStringLiteral("rows"), rows},
            {QStringLiteral("truncated"), t.truncated}};
}

void printTable(QTextStream &out, const SqlTable &t)
{
    out << t.columns.join(QLatin1Char('\t')) << Qt::endl;
    for (const QVariantList &r : t.rows) {
        QStringList cells;
        for (const QVariant &v : r)
            cells.append(v.isNull() ? QStringLiteral("NULL") : v.toString());
        out << cells.join(QLatin1Char('\t')) << Qt::endl;
    }
    if (t.truncated)
        out << cliText("… (more rows than the cap)") << Qt::endl;
}

namespace {
int fail(BindingRun &run, const QString &error, int code = 1)
{
    if (code == 3 && run.refuse)
        return run.refuse(error); // recorded as a refusal
    run.ctx.err << error << Qt::endl;
    return code;
}
} // namespace

QStringList BindingRun::paramValues(const QString &key) const
{
    QStringList out;
    for (const auto &[k, v] : params)
        if (k == key)
            out.append(v);
    return out;
}

QString BindingRun::param(const QString &key, const QString &fallback) const
{
    const QStringList given = paramValues(key);
    if (!given.isEmpty())
        return given.last();
    return binding.params.value(key, fallback).toString();
}

Result<QString> BindingRun::secret(const QString &key) const
{
    return connectorSecret(profile, connector, key, vars);
}

Result<QDateTime> BindingRun::since(const QString &text)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto d = LogTime::parseDuration(text))
        return now.addMSecs(-*d);
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid())
        return t.toUTC();
    return Result<QDateTime>::failure(cliText("cannot read \"%1\" as a time (24h, 90m or ISO-8601)").arg(text));
}

QString BindingRun::dashboardUrl() const
{
    const Connector *d = profile.connector(binding.params.value(QStringLiteral("dashboard")).toString());
    return d ? d->field(QStringLiteral("url"), vars) : QString();
}

int runSvixBinding(BindingRun &run)
{
    const auto token = run.secret(QStringLiteral("token"));
    if (!token)
        return fail(run, token.error());
    const QString app = run.connector.fields.value(QStringLiteral("app_id"));
    const QString endpoint = run.connector.fields.value(QStringLiteral("endpoint_id"));
    if (app.isEmpty() || endpoint.isEmpty())
        return fail(run, cliText("connector %1 needs app_id and endpoint_id").arg(run.connector.name), 2);
    SvixClient svix(QUrl(run.connector.field(QStringLiteral("base_url"), run.vars)), token.value());
    svix.setActionId(run.binding.target);
    // Recover mode: --param recover_since=T asks Svix to resend everything that failed since T.
    const QString recoverSince = run.param(QStringLiteral("recover_since"));
    const auto since = BindingRun::since(recoverSince.isEmpty() ? run.param(QStringLiteral("since"), QStringLiteral("24h")) : recoverSince);
    if (!since)
        return fail(run, since.error(), 2);
    const auto attempts = await<QList<SvixAttempt>>([&](auto done) { svix.failedAttempts(app, endpoint, since.value(), done); });
    if (!attempts)
        return fail(run, attempts.error());
    QList<SvixAttempt> chosen = attempts.value();
    // --param msg=ID (repeatable): only these messages, each of which must have failed.
    if (const QStringList wanted = run.paramValues(QStringLiteral("msg")); !wanted.isEmpty() && recoverSince.isEmpty()) {
        chosen.clear();
        for (const QString &m : wanted) {
            const auto it = std::find_if(attempts->begin(), attempts->end(), [&](const SvixAttempt &a) { return a.msgId == m; });
            if (it == attempts->end())
                return fail(run, cliText("%1 has no failed delivery since %2").arg(m, since->toString(Qt::ISODate)), 2);
            chosen.append(*it);
        }
    }
    const SqlTable table = WebhookChecks::attemptsTable(chosen);
    const QStringList ids = SvixClient::messageIds(chosen);
    const QDateTime recoverFrom = recoverSince.isEmpty() ? QDateTime() : since.value();
    const QString dashboard = run.dashboardUrl();

    if (!run.isAction || run.verb == QStringLiteral("preview")) {
        const QString confirmToken = run.isAction ? SvixClient::tokenFor(run.binding.target, ids, recoverFrom) : QString();
        if (run.json) {
            QJsonObject o = tableJson(table);
            o.insert(QStringLiteral("since"), since->toString(Qt::ISODate));
            o.insert(QStringLiteral("messages"), int(ids.size()));
            o.insert(QStringLiteral("dashboard"), dashboard);
            if (run.isAction) {
                o.insert(QStringLiteral("token"), confirmToken);
                o.insert(QStringLiteral("mode"), recoverSince.isEmpty() ? QStringLiteral("resend") : QStringLiteral("recover"));
            }
            run.ctx.out << QString::fromUtf8(QJsonDocument(o).toJson());
        } else {
            run.ctx.out << cliText("%n failed delivery attempt(s) since %1:", nullptr, int(table.rows.size())).arg(since->toString(Qt::ISODate)) << Qt::endl;
            printTable(run.ctx.out, table);
            if (!dashboard.isEmpty())
                run.ctx.out << cliText("dashboard: %1").arg(dashboard) << Qt::endl;
            if (run.isAction)
                run.ctx.out << (recoverSince.isEmpty() ? cliText("to resend these %n message(s): --confirm %1", nullptr, int(ids.size())).arg(confirmToken)
                                                       : cliText("to recover every failed message since then (%n now): --param recover_since=%2 --confirm %1", nullptr, int(ids.size()))
                                                             .arg(confirmToken, recoverFrom.toString(Qt::ISODateWithMs)))
                            << Qt::endl;
        }
        return 0;
    }
    if (run.confirm.isEmpty())
        return fail(run, cliText("refused: preview first, then run with --confirm TOKEN"), 3);
    if (ids.isEmpty())
        return run.ctx.out << cliText("%1: nothing to resend; no failed delivery since %2").arg(run.binding.target, since->toString(Qt::ISODate)) << Qt::endl, 0;
    // A wrong, used or expired token is refused before anything is recorded as about to run.
    if (Status s = ActionTokens::check(run.confirm, SvixClient::digestFor(run.binding.target, ids, recoverFrom)); !s)
        return fail(run, s.error(), 3);
    if (Status s = run.recordIntent(recoverSince.isEmpty() ? cliText("resend %1").arg(ids.join(QStringLiteral(", ")))
                                                         : cliText("recover since %1 (%n message(s))", nullptr, int(ids.size())).arg(recoverFrom.toString(Qt::ISODate)));
        !s)
        return fail(run, s.error());
    QElapsedTimer t;
    t.start();
    if (recoverSince.isEmpty()) {
        const auto sent = await<int>([&](auto done) {
            svix.resend(app, endpoint, ids, run.confirm, [&](int n, int total) { run.ctx.err << cliText("resent %1/%2").arg(n).arg(total) << Qt::endl; }, done);
        });
        run.recordOutcome(sent ? cliText("%n message(s) resent", nullptr, sent.value()) : sent.error(), t.elapsed());
        if (!sent)
            return fail(run, sent.error(), sent.error().startsWith(QStringLiteral("refused")) ? 3 : 1);
        run.ctx.out << cliText("%n message(s) resent", nullptr, sent.value()) << Qt::endl;
        return 0;
    }
    const auto status = await<QString>([&](auto done) {
        svix.recover(app, endpoint, recoverFrom, run.confirm, [&](const QString &s) { run.ctx.err << cliText("recover task: %1").arg(s) << Qt::endl; }, done);
    });
    run.recordOutcome(status ? cliText("recover finished (%n message(s) failed since then)", nullptr, int(ids.size())) : status.error(), t.elapsed());
    if (!status)
        return fail(run, status.error(), status.error().startsWith(QStringLiteral("refused")) ? 3 : 1);
    run.ctx.out << cliText("recover %1: every failed message since %2 resent").arg(status.value(), recoverFrom.toString(Qt::ISODate)) << Qt::endl;
    return 0;
}

int runStripeBinding(BindingRun &run)
{
    const auto key = run.secret(QStringLiteral("key"));
    if (!key)
        return fail(run, key.error());
    StripeClient stripe(QUrl(run.connector.field(QStringLiteral("base_url"), run.vars)), key.value());
    const QString dashboard = run.dashboardUrl();
    if (run.binding.type == QStringLiteral("stripe_failed_events")) {
        const auto since = BindingRun::since(run.param(QStringLiteral("since"), QStringLiteral("24h")));
        if (!since)
            return fail(run, since.error(), 2);
        const QString type = run.param(QStringLiteral("event_type"));
        const auto events = await<QList<StripeEvent>>([&](auto done) { stripe.failedEvents(type, since.value(), done); });
        if (!events)
            return fail(run, events.error());
        const SqlTable table = WebhookChecks::eventsTable(events.value());
        if (run.json) {
            QJsonObject o = tableJson(table);
            o.insert(QStringLiteral("since"), since->toString(Qt::ISODate));
            o.insert(QStringLiteral("dashboard"), dashboard);
            run.ctx.out << QString::fromUtf8(QJsonDocument(o).toJson());
        } else {
            run.ctx.out << cliText("%n event(s) with a failed webhook delivery since %1:", nullptr, int(table.rows.size())).arg(since->toString(Qt::ISODate))
                        << Qt::endl;
            printTable(run.ctx.out, table);
            if (!dashboard.isEmpty())
                run.ctx.out << cliText("dashboard: %1").arg(dashboard) << Qt::endl;
        }
        return 0;
    }
    // stripe_webhook_endpoints: the endpoints Stripe delivers to, and how fast the app's webhook route answers.
    const Connector *app = run.profile.connector(run.binding.params.value(QStringLiteral("latency_of")).toString());
    const QUrl route = app ? QUrl(app->field(QStringLiteral("base_url"), run.vars) + run.param(QStringLiteral("path"))) : QUrl();
    const int timeoutMs = run.param(QStringLiteral("timeout_ms"), QStringLiteral("10000")).toInt();
    const auto check = await<WebhookChecks::EndpointCheck>([&](auto done) {
        WebhookChecks::checkEndpoints(&stripe, route, run.param(QStringLiteral("tries"), QStringLiteral("5")).toInt(), timeoutMs, done);
    });
    if (!check)
        return fail(run, check.error());
    if (run.json) {
        QJsonObject o = tableJson(check->table());
        if (check->probed)
            o.insert(QStringLiteral("latency"), QJsonObject{{QStringLiteral("status"), check->latency.status},
                                                            {QStringLiteral("median_ms"), check->latency.medianMs},
                                                            {QStringLiteral("worst_ms"), check->latency.worstMs},
                                                            {QStringLiteral("timeout_ms"), timeoutMs},
                                                            {QStringLiteral("within_timeout"), check->withinTimeout()},
                                                            {QStringLiteral("error"), check->latency.error}});
        run.ctx.out << QString::fromUtf8(QJsonDocument(o).toJson());
    } else {
        printTable(run.ctx.out, check->table());
        if (check->probed && check->latency.error.isEmpty())
            run.ctx.out << check->summary() << Qt::endl;
    }
    if (check->probed && !check->latency.error.isEmpty())
        return fail(run, check->latency.error);
    return !check->probed || check->withinTimeout() ? 0 : 1;
}

int runLogCountProbe(BindingRun &run)
{
    const QString text = run.param(QStringLiteral("query"));
    const auto node = LogQueryParser::parse(text);
    if (!node)
        return fail(run, cliText("%1:%2:%3: query \"%4\": %5").arg(run.wiring.path).arg(run.binding.line).arg(run.binding.column).arg(text, node.error()), 2);
    const auto setup = ProfileTargets::logSource(run.profile, run.vars);
    if (!setup)
        return fail(run, setup.error());
    const auto window = LogTime::parseDuration(run.param(QStringLiteral("window"), QStringLiteral("24h")));
    if (!window)
        return fail(run, cliText("cannot read the window \"%1\" (e.g. 1h, 24h, 7d)").arg(run.param(QStringLiteral("window"))), 2);
    auto src = LogSource::create(setup->spec, setup->options);
    if (!src)
        return fail(run, src.error());
    LogRequest req;
    req.toMs = QDateTime::currentMSecsSinceEpoch();
    req.fromMs = req.toMs - *window;
    req.bucketMs = std::max<qint64>(*window / 24, 60'000);
    req.samples = 3;
    req.queryTexts = {text};
    req.queries = {node.value()};
    const LogResult result = runLogRequest(*src->get(), req);
    if (!result.errors.isEmpty())
        return fail(run, result.errors.join(QLatin1Char('\n')));
    if (run.json) {
        run.ctx.out << QString::fromUtf8(QJsonDocument(result.toJson(req)).toJson());
    } else {
        const LogQueryResult &q = result.queries.front();
        run.ctx.out << cliText("%1 matching line(s) in the last %2: %3").arg(q.total).arg(run.param(QStringLiteral("window"), QStringLiteral("24h")), text) << Qt::endl;
        for (const LogEvent &e : q.samples)
            run.ctx.out << QStringLiteral("  %1  %2").arg(LogTime::toIso(e.timestampMs), e.message) << Qt::endl;
    }
    return 0;
}
