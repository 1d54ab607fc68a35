// runbook-cli probe run ID | action list|preview|run ID: every bound probe and
// action through core's action layer (StepRunner) — one printer for all kinds.
#include "CliCommands.h"
#include "CliWiring.h"

#include "actions/StepRunner.h"
#include "base/TextUtil.h"
#include "incident/IncidentStore.h"
#include "runbook/RunbookParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
void printTable(QTextStream &out, const SqlTable &t)
{
    if (t.columns.isEmpty())
        return;
    out << t.columns.join(QLatin1Char('\t')) << Qt::endl;
    for (const QVariantList &r : t.rows) {
        QStringList cells;
        for (const QVariant &v : r)
            cells.append(v.isNull() ? QStringLiteral("NULL") : v.toString());
        out << cells.join(QLatin1Char('\t')) << Qt::endl;
    }
    if (t.truncated)
        out << Cli::tr("… (more rows than the cap)") << Qt::endl;
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson());
}

// A probe's result or an action's preview; the exit code.
int printView(const StepView &v, bool isAction, bool json, CliContext &ctx)
{
    if (v.failed())
        return ctx.err << v.error << Qt::endl, v.errorCode;
    if (json) {
        ctx.out << jsonText(v.json);
    } else {
        if (!v.summary.isEmpty())
            ctx.out << v.summary << Qt::endl;
        printTable(ctx.out, v.table);
        if (!v.dashboardUrl.isEmpty())
            ctx.out << Cli::tr("dashboard: %1").arg(v.dashboardUrl) << Qt::endl;
        if (isAction && !v.token.isEmpty()) {
            QString pinned;
            for (const auto &kv : v.pinned)
                pinned += QStringLiteral("--param %1=%2 ").arg(kv.first, kv.second);
            ctx.out << Cli::tr("to run it: %1--confirm %2").arg(pinned, v.token) << Qt::endl;
        }
    }
    if (!v.problem.isEmpty())
        return ctx.err << v.problem << Qt::endl, 1;
    return 0;
}

int printOutcome(const StepOutcome &o, bool json, CliContext &ctx)
{
    const bool onlyAProblem = o.code != 0 && o.result == o.problem;
    if (json && !onlyAProblem) {
        QJsonObject j = o.json;
        j.insert(QStringLiteral("result"), o.result);
        j.insert(QStringLiteral("duration_ms"), o.durationMs);
        ctx.out << jsonText(j);
    } else if (!onlyAProblem) {
        ctx.out << o.result << Qt::endl;
        if (!o.detail.isEmpty())
            ctx.out << o.detail;
    }
    if (!o.problem.isEmpty())
        ctx.err << o.problem << Qt::endl;
    return o.code;
}
} // namespace

int runProbeOrAction(const QString &command, const QStringList &args, CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption runbookOpt(QStringLiteral("runbook"), Cli::tr("The runbook the wiring belongs to."), QStringLiteral("R"));
    const QCommandLineOption param(QStringLiteral("param"), Cli::tr("k=v; repeat a key to run once per value."), QStringLiteral("K=V"));
    const QCommandLineOption confirm(QStringLiteral("confirm"), Cli::tr("The token the preview printed."), QStringLiteral("TOKEN"));
    const QCommandLineOption confirmProfile(QStringLiteral("confirm-profile"), Cli::tr("The protected profile's name, for destructive actions."), QStringLiteral("NAME"));
    const QCommandLineOption store(QStringLiteral("store"), Cli::tr("Incident store, with --incident."), QStringLiteral("PATH"));
    const QCommandLineOption incident(QStringLiteral("incident"), Cli::tr("Record it in this incident: a probe's result or an action's outcome as evidence of its step, an action's intent and outcome on the timeline."), QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("JSON output."));
    p.addOptions({runbookOpt, param, confirm, confirmProfile, store, incident, json});
    CliWiring wiringOpts;
    wiringOpts.addTo(p);
    if (command == QStringLiteral("action"))
        p.addPositionalArgument(QStringLiteral("VERB"), Cli::tr("list, preview ID, or run ID --confirm TOKEN (the token the preview printed)."), QStringLiteral("list|preview ID|run ID"));
    else
        p.addPositionalArgument(QStringLiteral("VERB"), Cli::tr("run ID: the probe bound to step or query ID."), QStringLiteral("run ID"));
    if (const auto done = parseCommand(p, command, args, ctx))
        return *done;
    if (p.positionalArguments().isEmpty() || !p.isSet(runbookOpt))
        return cliUsageError(p, command, ctx, Cli::tr("--runbook R and a verb are needed."));
    const QString verb = p.positionalArguments().first();
    const bool isAction = command == QStringLiteral("action");
    if ((!isAction && verb != QStringLiteral("run")) || (isAction && verb != QStringLiteral("list") && verb != QStringLiteral("preview") && verb != QStringLiteral("run")))
        return ctx.err << Cli::tr("unknown %1 verb \"%2\" (%3)").arg(command, verb, isAction ? QStringLiteral("list, preview, run") : QStringLiteral("run")) << Qt::endl, 64;
    const auto rb = RunbookParser::parseFile(p.value(runbookOpt));
    if (!rb)
        return ctx.err << rb.error() << Qt::endl, 1;
    // Only what calls a service needs the demo backend served.
    const auto w = wiringOpts.load(p, rb.value(), verb == QStringLiteral("list") ? CliWiring::Demo::None : CliWiring::Demo::Served);
    if (!w || !w->wiring || !w->profile)
        return ctx.err << (w ? Cli::tr("no wiring profile for %1").arg(p.value(runbookOpt)) : w.error()) << Qt::endl, 1;
    const Wiring &wiring = *w->wiring;
    const Profile &profile = *w->profile;

    if (verb == QStringLiteral("list")) {
        QJsonArray list;
        for (const Binding &b : wiring.bindings) {
            if (b.kind != BindingKind::Action && b.kind != BindingKind::Probe)
                continue;
            const bool ready = StepKinds::runnableOn(b, &profile);
            list.append(QJsonObject{{QStringLiteral("id"), b.target}, {QStringLiteral("kind"), toText(b.kind)},
                                    {QStringLiteral("type"), b.type}, {QStringLiteral("connector"), b.connector},
                                    {QStringLiteral("risk"), b.params.value(QStringLiteral("risk"), b.kind == BindingKind::Probe ? QStringLiteral("read") : QStringLiteral("write")).toString()},
                                    {QStringLiteral("available"), ready}});
            if (!p.isSet(json))
                ctx.out << QStringLiteral("%1  %2  %3 on %4%5").arg(b.target, toText(b.kind), b.type, b.connector,
                                                                     ready ? QString() : Cli::tr("  (not available in this build yet)"))
                        << Qt::endl;
        }
        if (p.isSet(json))
            ctx.out << QString::fromUtf8(QJsonDocument(list).toJson());
        return 0;
    }

    const QString id = p.positionalArguments().value(1);
    const auto plan = StepRunner::plan(wiring, profile.name, id);
    if (!plan)
        return ctx.err << plan.error() << Qt::endl, 2;
    StepRunner runner(plan.value(), CliWiring::variables(p.value(runbookOpt)));
    if (runner.isAction() != isAction)
        return ctx.err << Cli::tr("%1 is not bound to a %2 in %3").arg(id, command, wiring.path) << Qt::endl, 2;
    if (!plan->via.isEmpty())
        ctx.err << Cli::tr("%1 runs %2").arg(plan->via, plan->bindingId) << Qt::endl;
    QList<std::pair<QString, QString>> keyValues;
    for (const QString &kv : p.values(param))
        keyValues.append({kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1)});
    if (Status s = runner.setParameters(keyValues); !s)
        return ctx.err << s.error() << Qt::endl, 2;

    // --incident: a probe's result as evidence of its step; an action's intent
    // before it runs, its outcome after (and as evidence), its refusals — on the incident.
    std::optional<IncidentStore> incidents;
    if (p.isSet(incident) && isAction && verb != QStringLiteral("run"))
        return ctx.err << Cli::tr("--incident records a probe run or an action run, not a preview") << Qt::endl, 2;
    if (p.isSet(incident)) {
        incidents.emplace();
        const auto rid = openCliIncident(*incidents, p.value(store), p.value(incident));
        if (!rid)
            return ctx.err << rid.error() << Qt::endl, 1;
        runner.setJournal(std::make_shared<StoreJournal>(&*incidents, rid.value(), TextUtil::currentUserName(), &rb.value()));
        // The incident's variables fill the queries that use them ($NAMESPACE in a PromQL block).
        if (const auto inc = incidents->loadIncident(rid.value()); inc) {
            QHash<QString, QString> vars;
            for (auto it = inc->variables.cbegin(); it != inc->variables.cend(); ++it)
                vars.insert(it.key(), it.value());
            runner.setIncidentVariables(vars);
        }
        QObject::connect(&runner, &StepRunner::evidenceAttached, [&ctx, id](const QString &eid, const QString &error) {
            if (eid.isEmpty())
                ctx.err << Cli::tr("not attached as evidence: %1").arg(error) << Qt::endl;
            else
                ctx.err << Cli::tr("evidence %1 attached to %2").arg(eid, id) << Qt::endl;
        });
    }

    // Progress to stderr: each phase, and counts at most once a second (and the last).
    QDeadlineTimer nextCount(0);
    QObject::connect(&runner, &StepRunner::progress, [&](int done, int total, const QString &text) {
        if (total > 0 && done < total && !nextCount.hasExpired())
            return;
        if (total > 0)
            nextCount.setRemainingTime(1000);
        ctx.err << text << Qt::endl;
        ctx.flush();
    });
    QEventLoop loop;
    if (verb == QStringLiteral("run") && isAction) {
        StepOutcome outcome;
        QObject::connect(&runner, &StepRunner::finished, &loop, [&](const StepOutcome &o) {
            outcome = o;
            loop.quit();
        });
        runner.run(p.value(confirm), p.value(confirmProfile));
        if (runner.running())
            loop.exec();
        return printOutcome(outcome, p.isSet(json), ctx);
    }
    StepView view;
    bool seen = false;
    QObject::connect(&runner, &StepRunner::viewed, &loop, [&](const StepView &v) {
        view = v;
        seen = true;
        loop.quit();
    });
    runner.look();
    if (!seen)
        loop.exec();
    return printView(view, isAction, p.isSet(json), ctx);
}
