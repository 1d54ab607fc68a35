#include "CliCommands.h"
#include "secrets/ActionTokens.h"
#include "wiring/ProfileTargets.h"
#include "CliWiring.h"
#include "BindingRun.h"

#include "net/HttpProbe.h"
#include "incident/IncidentStore.h"
#include "secrets/SecretResolver.h"
#include "runbook/RunbookParser.h"
#include "connectors/SqlRunner.h"
#include "base/TextUtil.h"
#include "actions/BlobCleanup.h"
#include "actions/MissingBlobs.h"
#include "connectors/VercelBlobClient.h"
#include "connectors/VercelCrons.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {
// CLI output stays English (scripts parse it); still routed through translate().
QString cliText(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("runbook-cli", s, disambiguation, n);
}

bool isBlobType(const QString &type)
{
    return type == QStringLiteral("blob_list") || type == QStringLiteral("blob_orphans") || type == QStringLiteral("blob_delete")
           || type == QStringLiteral("blob_head_each");
}

// Database Reconciliation, step 2: the rows of the SELECT that `headEach`
// takes them `from` whose blob is gone (head requests, a few in flight).
Result<SqlTable> missingBlobs(const Binding &headEach, const Wiring &wiring, const Profile &profile, const QHash<QString, QString> &vars)
{
    const auto source = BlobCheck::resolve(headEach, wiring, profile, vars);
    if (!source)
        return Result<SqlTable>::failure(source.error());
    VercelBlobClient blobs(source->blobBase, source->token);
    MissingBlobs check(&blobs);
    Result<SqlTable> out = Result<SqlTable>::failure(QString());
    QEventLoop loop;
    QObject::connect(&check, &MissingBlobs::finished, &loop, [&](const SqlTable &t) {
        out = t;
        loop.quit();
    });
    QObject::connect(&check, &MissingBlobs::failed, &loop, [&](const QString &e) {
        out = Result<SqlTable>::failure(e);
        loop.quit();
    });
    check.check(source.value());
    loop.exec();
    return out;
}

SqlTable blobTable(const QList<BlobInfo> &blobs)
{
    SqlTable t;
    t.columns = {QStringLiteral("pathname"), QStringLiteral("url"), QStringLiteral("size"), QStringLiteral("uploadedAt")};
    for (const BlobInfo &b : blobs)
        t.rows.append({b.pathname, b.url, b.size, b.uploadedAt.toString(Qt::ISODate)});
    return t;
}

bool isHttpProbe(const QString &type)
{
    return type == QStringLiteral("http_status") || type == QStringLiteral("http_latency") || type == QStringLiteral("http_json");
}

} // namespace

// runbook-cli probe run ID | action list|preview|run ID — every runnable binding type.
int runProbeOrAction(const QString &command, const QStringList &args, CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption runbookOpt(QStringLiteral("runbook"), cliText("The runbook the wiring belongs to."), QStringLiteral("R"));
    const QCommandLineOption param(QStringLiteral("param"), cliText("k=v; repeat a key to run once per value."), QStringLiteral("K=V"));
    const QCommandLineOption confirm(QStringLiteral("confirm"), cliText("The token the preview printed."), QStringLiteral("TOKEN"));
    const QCommandLineOption confirmProfile(QStringLiteral("confirm-profile"), cliText("The protected profile's name, for destructive actions."), QStringLiteral("NAME"));
    const QCommandLineOption store(QStringLiteral("store"), cliText("Incident store, with --incident."), QStringLiteral("PATH"));
    const QCommandLineOption incident(QStringLiteral("incident"), cliText("Record the action's intent and outcome in this incident."), QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"), cliText("JSON output."));
    p.addOptions({runbookOpt, param, confirm, confirmProfile, store, incident, json});
    CliWiring wiringOpts;
    wiringOpts.addTo(p);
    if (!p.parse(QStringList{QStringLiteral("runbook-cli")} + args) || p.positionalArguments().isEmpty() || !p.isSet(runbookOpt)) {
        ctx.err << cliText("usage: runbook-cli probe run ID | action list | action preview ID | action run ID --confirm TOKEN  "
                           "--runbook R [--wiring W] [--profile P] [--param k=v]… [--json]")
                << Qt::endl;
        return 64;
    }
    const QString verb = p.positionalArguments().first();
    const QString id0 = p.positionalArguments().value(1);
    const auto rb = RunbookParser::parseFile(p.value(runbookOpt));
    if (!rb)
        return ctx.err << rb.error() << Qt::endl, 1;
    const auto w = wiringOpts.load(p, rb.value());
    if (!w || !w->wiring || !w->profile)
        return ctx.err << (w ? cliText("no wiring profile for %1").arg(p.value(runbookOpt)) : w.error()) << Qt::endl, 1;
    const Wiring &wiring = *w->wiring;
    const Profile &profile = *w->profile;

    if (command == QStringLiteral("action") && verb == QStringLiteral("list")) {
        QJsonArray list;
        for (const Binding &b : wiring.bindings)
            if (b.kind == BindingKind::Action || b.kind == BindingKind::Probe) {
                const Connector *c = profile.connector(b.connector);
                const bool ready = c && !c->coming
                                   && Binding::runnable(b.type);
                list.append(QJsonObject{{QStringLiteral("id"), b.target}, {QStringLiteral("kind"), toText(b.kind)},
                                        {QStringLiteral("type"), b.type}, {QStringLiteral("connector"), b.connector},
                                        {QStringLiteral("risk"), b.params.value(QStringLiteral("risk"), b.kind == BindingKind::Probe ? QStringLiteral("read") : QStringLiteral("write")).toString()},
                                        {QStringLiteral("available"), ready}});
                if (!p.isSet(json))
                    ctx.out << QStringLiteral("%1  %2  %3 on %4%5").arg(b.target, toText(b.kind), b.type, b.connector,
                                                                         ready ? QString() : cliText("  (not available in this build yet)"))
                            << Qt::endl;
            }
        if (p.isSet(json))
            ctx.out << QString::fromUtf8(QJsonDocument(list).toJson());
        return 0;
    }

    QString id = id0;
    const QList<const Binding *> bindings = wiring.bindingsFor(id);
    const Binding *b = bindings.isEmpty() ? nullptr : bindings.first();
    const BindingKind wanted = command == QStringLiteral("probe") ? BindingKind::Probe : BindingKind::Action;
    if (!b || b->kind != wanted)
        return ctx.err << cliText("%1 is not bound to a %2 in %3").arg(id, command, wiring.path) << Qt::endl, 2;
    // run_procedure: the procedure's own action (Manual Blob Cleanup's delete), with its preview and confirmation.
    if (b->type == QStringLiteral("run_procedure")) {
        const QString procedure = b->params.value(QStringLiteral("procedure")).toString();
        const Binding *step = wiring.procedureAction(procedure);
        if (!step)
            return ctx.err << cliText("%1: the procedure %2 has no bound action").arg(id, procedure) << Qt::endl, 2;
        ctx.err << cliText("%1 runs %2 (%3)").arg(id, step->target, procedure) << Qt::endl;
        id = step->target;
        b = step;
    }
    const Connector *c = profile.connector(b->connector);
    if (!c)
        return ctx.err << cliText("profile %1 has no connector %2").arg(profile.name, b->connector) << Qt::endl, 2;
    if (c->coming || !Binding::runnable(b->type))
        return ctx.err << cliText("%1 (%2 on %3) is not available in this build yet").arg(id, b->type, b->connector) << Qt::endl, 2;

    // --param k=v; a key given several times makes one run per value.
    QList<std::pair<QString, QString>> keyValues;
    for (const QString &kv : p.values(param))
        keyValues.append({kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1)});
    if (Status s = b->checkParameters(keyValues); !s)
        return ctx.err << s.error() << Qt::endl, 2;

    // --incident: the action's intent before it runs and its outcome after, on the incident's timeline.
    std::optional<IncidentStore> incidents;
    QString incidentId;
    if (p.isSet(incident) && command == QStringLiteral("action") && verb == QStringLiteral("run")) {
        incidents.emplace();
        QString path = p.value(store);
        if (path.startsWith(QStringLiteral("sqlite:")))
            path = path.mid(7);
        if (Status s = incidents->open(path.isEmpty() ? IncidentStore::defaultPath() : path); !s)
            return ctx.err << s.error() << Qt::endl, 1;
        const auto rid = incidents->resolveId(p.value(incident));
        if (!rid)
            return ctx.err << rid.error() << Qt::endl, 1;
        incidentId = rid.value();
    }
    auto recordIntent = [&](const QString &inputs) -> Status {
        return incidents ? incidents->recordActionIntent(incidentId, id, inputs, TextUtil::currentUserName()) : Status();
    };
    auto recordOutcome = [&](const QString &result, qint64 ms) {
        if (incidents)
            (void)incidents->recordActionOutcome(incidentId, id, result, ms, TextUtil::currentUserName());
    };
    // A refused run says why, exits 3, and is on the incident's timeline as a refusal.
    auto refuse = [&](const QString &reason) {
        ctx.err << reason << Qt::endl;
        if (incidents)
            (void)incidents->recordActionRefusal(incidentId, id, reason, TextUtil::currentUserName());
        return 3;
    };
    BindingRun run{*b, *c, profile, wiring, CliWiring::variables(p.value(runbookOpt)), verb, command == QStringLiteral("action"), p.isSet(json),
                   p.value(confirm), p.value(confirmProfile), keyValues, ctx, recordIntent, recordOutcome, refuse};
    if (b->type.startsWith(QStringLiteral("webhook_")))
        return runSvixBinding(run);
    if (b->type.startsWith(QStringLiteral("stripe_")))
        return runStripeBinding(run);
    if (b->type == QStringLiteral("log_count"))
        return runLogCountProbe(run);
    if (b->type == QStringLiteral("vercel_crons")) {
        const auto crons = VercelCrons::read(c->field(QStringLiteral("config_path"), CliWiring::variables(p.value(runbookOpt))));
        if (!crons)
            return ctx.err << crons.error() << Qt::endl, 1;
        if (p.isSet(json))
            ctx.out << QString::fromUtf8(QJsonDocument(tableJson(crons.value())).toJson());
        else
            printTable(ctx.out, crons.value());
        return 0;
    }
    if (b->type == QStringLiteral("blob_head_each")) {
        const auto missing = missingBlobs(*b, wiring, profile, CliWiring::variables(p.value(runbookOpt)));
        if (!missing)
            return ctx.err << missing.error() << Qt::endl, 1;
        if (p.isSet(json)) {
            ctx.out << QString::fromUtf8(QJsonDocument(tableJson(missing.value())).toJson());
        } else {
            ctx.out << cliText("%n row(s) whose blob is missing:", nullptr, int(missing->rows.size())) << Qt::endl;
            printTable(ctx.out, missing.value());
        }
        return 0;
    }
    if (isBlobType(b->type)) {
        const auto token = connectorSecret(profile, *c, QStringLiteral("token"), CliWiring::variables(p.value(runbookOpt)));
        if (!token)
            return ctx.err << token.error() << Qt::endl, 1;
        VercelBlobClient blobs(QUrl(c->field(QStringLiteral("base_url"), CliWiring::variables(p.value(runbookOpt)))), token.value());
        if (b->type == QStringLiteral("blob_list")) {
            Result<QList<BlobInfo>> r = Result<QList<BlobInfo>>::failure(QString());
            QEventLoop loop;
            blobs.setPageSize(b->params.value(QStringLiteral("limit"), QStringLiteral("1000")).toInt());
            blobs.listAll(b->params.value(QStringLiteral("prefix")).toString(), [&](Result<QList<BlobInfo>> x) {
                r = std::move(x);
                loop.quit();
            }, b->params.value(QStringLiteral("limit"), QStringLiteral("100000")).toInt());
            loop.exec();
            // With limit 1 this is the token check: valid, or invalid and why.
            if (p.isSet(json))
                ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("valid"), r.ok()},
                                                                      {QStringLiteral("reason"), r.ok() ? QString() : r.error()},
                                                                      {QStringLiteral("blobs"), r.ok() ? int(r->size()) : 0}}).toJson());
            else
                ctx.out << (r ? cliText("token valid; %n blob(s) listed", nullptr, int(r->size())) : cliText("token invalid: %1").arg(r.error())) << Qt::endl;
            return r ? 0 : 1;
        }
        // Orphans: the probe itself, or the one a delete action takes its list from.
        const Binding *source = b;
        if (b->type == QStringLiteral("blob_delete"))
            if (const auto from = wiring.bindingsFor(b->params.value(QStringLiteral("from")).toString()); !from.isEmpty())
                source = from.first();
        const Connector *dbc = profile.connector(source->params.value(QStringLiteral("compare_with"), QStringLiteral("db")).toString());
        if (!dbc)
            return ctx.err << cliText("no database connector to compare the blobs with") << Qt::endl, 1;
        const auto dbTarget = ProfileTargets::sqlTarget(profile, *dbc, CliWiring::variables(p.value(runbookOpt)));
        if (!dbTarget)
            return ctx.err << dbTarget.error() << Qt::endl, 1;
        BlobCleanup cleanup(&blobs, dbTarget.value());
        cleanup.setActionId(id);
        Result<QList<BlobInfo>> found = Result<QList<BlobInfo>>::failure(QString());
        QString tokenOfList;
        {
            QEventLoop loop;
            QObject::connect(&cleanup, &BlobCleanup::orphansFound, &loop, [&](const QList<BlobInfo> &o, const QString &t) {
                found = o;
                tokenOfList = t;
                loop.quit();
            });
            QObject::connect(&cleanup, &BlobCleanup::failed, &loop, [&](const QString &e) {
                found = Result<QList<BlobInfo>>::failure(e);
                loop.quit();
            });
            cleanup.findOrphans(source->params.value(QStringLiteral("prefix")).toString());
            loop.exec();
        }
        if (!found)
            return ctx.err << found.error() << Qt::endl, 1;
        QStringList urls;
        for (const BlobInfo &o : found.value())
            urls.append(o.url);
        if (b->type == QStringLiteral("blob_orphans") || verb == QStringLiteral("preview")) {
            if (p.isSet(json)) {
                QJsonObject o = tableJson(blobTable(found.value()));
                if (b->type == QStringLiteral("blob_delete"))
                    o.insert(QStringLiteral("token"), tokenOfList);
                ctx.out << QString::fromUtf8(QJsonDocument(o).toJson());
            } else {
                printTable(ctx.out, blobTable(found.value()));
                if (b->type == QStringLiteral("blob_delete"))
                    ctx.out << cliText("to delete these %n blob(s): --confirm %1", nullptr, int(urls.size())).arg(tokenOfList) << Qt::endl;
            }
            return 0;
        }
        // blob_delete run: destructive, so the list must still be the previewed one.
        if (profile.isProtected && p.value(confirmProfile) != profile.name)
            return refuse(cliText("refused: deleting blobs on the protected profile %1 needs --confirm-profile %1").arg(profile.name));
        if (Status s = ActionTokens::check(p.value(confirm), BlobCleanup::digestFor(id, found.value())); !s)
            return refuse(cliText("refused: preview first and run with its --confirm token (the orphan list may have changed) — %1").arg(s.error()));
        if (Status s = recordIntent(cliText("delete %n blob(s): %1", nullptr, int(urls.size())).arg(urls.join(QStringLiteral(", ")))); !s)
            return ctx.err << s.error() << Qt::endl, 1;
        QElapsedTimer took;
        took.start();
        Result<int> deleted = Result<int>::failure(QString());
        QEventLoop loop;
        QObject::connect(&cleanup, &BlobCleanup::deleted, &loop, [&](int n) {
            deleted = n;
            loop.quit();
        });
        QObject::connect(&cleanup, &BlobCleanup::failed, &loop, [&](const QString &e) {
            deleted = Result<int>::failure(e);
            loop.quit();
        });
        QObject::connect(&cleanup, &BlobCleanup::progress, &loop, [&](int n, int total) { ctx.err << cliText("deleted %1/%2").arg(n).arg(total) << Qt::endl; });
        cleanup.deleteOrphans(source->params.value(QStringLiteral("prefix")).toString(), p.value(confirm));
        loop.exec();
        recordOutcome(deleted ? cliText("%n blob(s) deleted", nullptr, deleted.value()) : deleted.error(), took.elapsed());
        if (!deleted)
            return ctx.err << deleted.error() << Qt::endl, 1;
        ctx.out << cliText("%n blob(s) deleted", nullptr, deleted.value()) << Qt::endl;
        return 0;
    }
    if (isHttpProbe(b->type)) {
        // Status, latency over several tries, the JSON of one of the app's routes. Bound as an
        // action (a cron route runs its job when called), it previews the call and needs its token.
        HttpProbe::Request req;
        QString path = b->params.value(QStringLiteral("path")).toString();
        if (const QStringList given = run.paramValues(QStringLiteral("path")); !given.isEmpty()) {
            const QString prefix = b->params.value(QStringLiteral("path_prefix")).toString();
            if (prefix.isEmpty() || !given.last().startsWith(prefix) || given.last().contains(QStringLiteral("..")))
                return ctx.err << cliText("%1: --param path must start with %2").arg(id, prefix.isEmpty() ? path : prefix) << Qt::endl, 2;
            path = given.last();
        }
        req.url = QUrl(c->field(QStringLiteral("base_url"), run.vars) + path);
        req.tries = b->params.value(QStringLiteral("tries"), QStringLiteral("1")).toInt();
        if (!req.url.isValid() || req.url.host().isEmpty())
            return ctx.err << cliText("connector %1 has no usable base_url").arg(c->name) << Qt::endl, 1;
        if (command == QStringLiteral("action") && verb == QStringLiteral("preview")) {
            const QString callToken = HttpProbe::callToken(id, profile.name, req.url);
            if (p.isSet(json))
                ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                                                      {QStringLiteral("url"), req.url.toString()},
                                                                      {QStringLiteral("risk"), b->params.value(QStringLiteral("risk"), QStringLiteral("write")).toString()},
                                                                      {QStringLiteral("token"), callToken}}).toJson());
            else
                ctx.out << cliText("%1 will call GET %2 — the route does what it does when Vercel calls it").arg(id, req.url.toString()) << Qt::endl
                        << cliText("to run it: --confirm %1").arg(callToken) << Qt::endl;
            return 0;
        }
        if (command == QStringLiteral("action") && p.value(confirm).isEmpty())
            return refuse(cliText("refused: preview first and run with its --confirm token"));
        // Refused before anything is recorded as about to run (core checks again in call()).
        if (command == QStringLiteral("action"))
            if (Status s = HttpProbe::checkCallToken(p.value(confirm), id, profile.name, req.url); !s)
                return refuse(cliText("refused: calling %1 needs the token of its preview — %2").arg(path, s.error()));
        const auto secret = bearerFor(profile, *c, req.url, CliWiring::variables(p.value(runbookOpt)));
        if (!secret)
            return ctx.err << secret.error() << Qt::endl, 1;
        req.bearer = secret.value();
        if (command == QStringLiteral("action"))
            if (Status s = recordIntent(QStringLiteral("GET ") + path); !s)
                return ctx.err << s.error() << Qt::endl, 1;
        HttpProbe probe;
        HttpProbeResult result;
        QEventLoop loop;
        QObject::connect(&probe, &HttpProbe::finished, &loop, [&](const HttpProbeResult &r) {
            result = r;
            loop.quit();
        });
        if (command == QStringLiteral("action"))
            probe.call(req, id, profile.name, p.value(confirm)); // core refuses a token that is not the preview's
        else
            probe.start(req);
        loop.exec();
        if (command == QStringLiteral("action") && result.error.startsWith(QStringLiteral("refused")))
            return refuse(result.error);
        if (command == QStringLiteral("action"))
            recordOutcome(result.error.isEmpty() ? cliText("HTTP %1").arg(result.status) : result.error, result.medianMs);
        const QStringList fields = b->params.value(QStringLiteral("fields")).toStringList();
        if (p.isSet(json)) {
            ctx.out << QString::fromUtf8(QJsonDocument(result.toJson(fields)).toJson());
        } else if (result.error.isEmpty()) {
            ctx.out << cliText("HTTP %1 · median %2 ms · worst %3 ms over %4 tries").arg(result.status).arg(result.medianMs).arg(result.worstMs).arg(result.latenciesMs.size())
                    << Qt::endl;
            if (result.body.isObject() || result.body.isArray())
                ctx.out << QString::fromUtf8(result.body.isObject() ? QJsonDocument(result.body.toObject()).toJson() : QJsonDocument(result.body.toArray()).toJson());
        }
        if (!result.error.isEmpty())
            return ctx.err << result.error << Qt::endl, 1;
        const QString expect = b->params.value(QStringLiteral("expect")).toString();
        if (!expect.isEmpty() && QString::number(result.status) != expect) {
            const bool unauthorized = QString::number(result.status) == b->params.value(QStringLiteral("unauthorized")).toString();
            ctx.err << cliText("expected HTTP %1, got %2%3").arg(expect).arg(result.status)
                           .arg(unauthorized ? cliText(": the secret does not match") : QString())
                    << Qt::endl;
            return 1;
        }
        return 0;
    }
    const auto target = ProfileTargets::sqlTarget(profile, *c, CliWiring::variables(p.value(runbookOpt)));
    if (!target)
        return ctx.err << target.error() << Qt::endl, 1;
    QElapsedTimer connectAndQuery; // database connectivity: how long connecting and one query take
    connectAndQuery.start();
    SqlRunner runner(target.value());
    if (Status s = runner.open(); !s)
        return ctx.err << s.error() << Qt::endl, 1;

    // ids_from: unless --param names them, one run per row the named step found
    // (Database Reconciliation's 'xxx' becomes the ids whose blob is missing).
    if (const QString idsFrom = b->params.value(QStringLiteral("ids_from")).toString(); !idsFrom.isEmpty() && keyValues.isEmpty()) {
        const auto source = wiring.bindingsFor(idsFrom);
        if (source.isEmpty() || source.first()->type != QStringLiteral("blob_head_each"))
            return ctx.err << cliText("%1: ids_from names no blob check").arg(id) << Qt::endl, 2;
        const auto missing = missingBlobs(*source.first(), wiring, profile, CliWiring::variables(p.value(runbookOpt)));
        if (!missing)
            return ctx.err << missing.error() << Qt::endl, 1;
        const qsizetype idColumn = missing->columns.indexOf(QStringLiteral("id"));
        if (idColumn < 0)
            return ctx.err << cliText("%1: the rows of %2 have no id column").arg(id, idsFrom) << Qt::endl, 1;
        if (missing->rows.isEmpty()) {
            ctx.out << cliText("%1: nothing to do; every blob is there").arg(id) << Qt::endl;
            return 0;
        }
        keyValues.clear();
        for (const QVariantList &row : missing->rows)
            keyValues.append({QStringLiteral("id"), row.value(idColumn).toString()});
    }
    const QList<QVariantMap> sets = SqlRunner::parameterSets(keyValues);
    const QVariantMap constant = sets.size() == 1 ? sets.first() : QVariantMap();

    if (command == QStringLiteral("probe")) {
        Result<SqlTable> t = Result<SqlTable>::failure(QString());
        if (b->type == QStringLiteral("sql_schema")) {
            t = runner.tablesExist(b->params.value(QStringLiteral("tables")).toStringList());
        } else {
            t = runner.probe(b->params.value(QStringLiteral("sql")).toString(), constant);
        }
        if (!t)
            return ctx.err << t.error() << Qt::endl, 1;
        const qint64 ms = connectAndQuery.elapsed();
        const bool latency = b->params.value(QStringLiteral("measure")).toString() == QStringLiteral("latency");
        if (p.isSet(json)) {
            QJsonObject o = tableJson(t.value());
            o.insert(QStringLiteral("duration_ms"), ms);
            ctx.out << QString::fromUtf8(QJsonDocument(o).toJson());
        } else {
            printTable(ctx.out, t.value());
            if (latency)
                ctx.out << cliText("connected and answered in %1 ms").arg(ms) << Qt::endl;
        }
        return 0;
    }

    const SqlAction action{id, b->params.value(QStringLiteral("sql")).toString(), sets};
    const auto preview = runner.preview(action);
    if (!preview)
        return ctx.err << preview.error() << Qt::endl, 1;
    if (verb == QStringLiteral("preview")) {
        if (p.isSet(json)) {
            QJsonObject o = tableJson(preview->rows);
            o.insert(QStringLiteral("token"), preview->token);
            o.insert(QStringLiteral("risk"), b->params.value(QStringLiteral("risk"), QStringLiteral("write")).toString());
            ctx.out << QString::fromUtf8(QJsonDocument(o).toJson());
        } else {
            ctx.out << cliText("%1 will change %n row(s):", nullptr, int(preview->rows.rows.size())).arg(id) << Qt::endl;
            printTable(ctx.out, preview->rows);
            ctx.out << cliText("to run it: --confirm %1").arg(preview->token) << Qt::endl;
        }
        return 0;
    }
    if (verb != QStringLiteral("run"))
        return ctx.err << cliText("unknown action verb \"%1\" (list, preview, run)").arg(verb) << Qt::endl, 64;
    // A destructive action on a protected profile also needs the profile's name typed.
    const bool destructive = b->params.value(QStringLiteral("risk")).toString() == QStringLiteral("destructive");
    if (profile.isProtected && destructive && p.value(confirmProfile) != profile.name)
        return refuse(cliText("refused: %1 is destructive on the protected profile %2; add --confirm-profile %2").arg(id, profile.name));
    if (p.value(confirm).isEmpty())
        return refuse(cliText("refused: preview first, then run with --confirm TOKEN"));
    // Refused before anything is recorded as about to run; run() checks again inside its transaction.
    if (Status s = ActionTokens::check(p.value(confirm), preview->digest); !s)
        return refuse(cliText("refused: the data changed since the preview (or the token is not this action's) — %1").arg(s.error()));

    QStringList inputs;
    for (const QVariantMap &set : action.parameterSets)
        for (auto it = set.begin(); it != set.end(); ++it)
            inputs.append(it.key() + QLatin1Char('=') + it.value().toString());
    if (Status s = recordIntent(inputs.join(QStringLiteral(", "))); !s)
        return ctx.err << s.error() << Qt::endl, 1;
    const auto outcome = runner.run(action, p.value(confirm));
    recordOutcome(outcome ? cliText("%n row(s) changed", nullptr, int(outcome->rowsAffected)) : outcome.error(), outcome ? outcome->durationMs : 0);
    if (!outcome)
        return ctx.err << outcome.error() << Qt::endl, outcome.error().startsWith(QStringLiteral("refused")) ? 3 : 1;
    if (p.isSet(json))
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("rows_affected"), outcome->rowsAffected},
                                                               {QStringLiteral("duration_ms"), outcome->durationMs}}).toJson());
    else
        ctx.out << cliText("%1: %n row(s) changed", nullptr, int(outcome->rowsAffected)).arg(id) << Qt::endl;
    return 0;
}
