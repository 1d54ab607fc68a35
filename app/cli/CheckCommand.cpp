#include "CliCommands.h"
#include "incident/IncidentStore.h"
#include "wiring/ProfileTargets.h"
#include "CliWiring.h"

#include "metrics/MetricEvaluator.h"
#include "runbook/RunbookParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>

namespace {
QString number(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::round(v))) : QString::number(v, 'f', 1);
}
} // namespace

int runCheck(const QStringList &args, CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption source(QStringLiteral("source"), Cli::tr("Log source replacing the profile's (file:, datadog:, loki:)."), QStringLiteral("SPEC"));
    const QCommandLineOption at(QStringLiteral("at"), Cli::tr("What \"now\" is (ISO-8601); windows end here."), QStringLiteral("T"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("JSON output."));
    const QCommandLineOption incident(QStringLiteral("incident"), Cli::tr("Keep the values with this incident (its metrics over the incident, the rules that breached)."), QStringLiteral("ID"));
    const QCommandLineOption store(QStringLiteral("store"), Cli::tr("Incident store, with --incident."), QStringLiteral("PATH"));
    const QCommandLineOption runRoutes(QStringLiteral("run-routes"),
                                       Cli::tr("Also read the http_field metrics, by calling their routes (a cron route runs its job)."));
    p.addOptions({source, at, json, runRoutes, incident, store});
    CliWiring wiringOpts;
    wiringOpts.addTo(p);
    p.addPositionalArgument(QStringLiteral("RUNBOOK"), Cli::tr("The Markdown runbook."), QStringLiteral("RUNBOOK.md"));
    if (const auto done = parseCommand(p, QStringLiteral("check"), args, ctx))
        return *done;
    if (p.positionalArguments().size() != 1) {
        return cliUsageError(p, QStringLiteral("check"), ctx, Cli::tr("One runbook, please."));
    }
    const QString path = p.positionalArguments().first();
    const auto rb = RunbookParser::parseFile(path);
    if (!rb)
        return ctx.err << rb.error() << Qt::endl, 3;
    const auto w = wiringOpts.load(p, rb.value(), p.isSet(runRoutes) ? CliWiring::Demo::Served : CliWiring::Demo::Data);
    if (!w)
        return ctx.err << w.error() << Qt::endl, 3;
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (p.isSet(at)) {
        const auto ms = LogTime::parse(QStringView(p.value(at)));
        if (!ms)
            return ctx.err << Cli::tr("--at: cannot read \"%1\" as a time").arg(p.value(at)) << Qt::endl, 3;
        now = *ms;
    }
    const Wiring wiring = w->wiring.value_or(Wiring{});
    const QString profile = w->profile ? w->profile->name : QString();

    MetricEvaluator evaluator;
    QString spec = p.value(source);
    LogSourceOptions options;
    QString sourceProblem;
    if (!spec.isEmpty()) {
        if (const auto setup = ProfileTargets::adHocLogSource(spec))
            options = setup->options;
        else
            sourceProblem = setup.error();
    } else if (w->profile) {
        if (const auto setup = ProfileTargets::logSource(*w->profile, CliWiring::variables(path))) {
            spec = setup->spec;
            options = setup->options;
        } else {
            sourceProblem = setup.error();
        }
    }
    if (!spec.isEmpty() && sourceProblem.isEmpty())
        sourceProblem = evaluator.setSource(spec, options);
    // A source that cannot be set up makes every log rule unknown with its reason.
    if (!sourceProblem.isEmpty())
        evaluator.setSource(UnavailableLogSource::spec(sourceProblem));
    if (!sourceProblem.isEmpty())
        ctx.err << Cli::tr("warning: ") << sourceProblem << Qt::endl;

    // --incident: the store is opened first, so a wrong id is an error before anything is evaluated.
    std::optional<IncidentStore> incidents;
    QString incidentId;
    if (p.isSet(incident)) {
        incidents.emplace();
        const auto id = openCliIncident(*incidents, p.value(store), p.value(incident));
        if (!id)
            return ctx.err << id.error() << Qt::endl, 3;
        incidentId = id.value();
    }

    Evaluation eval;
    QEventLoop loop;
    QObject::connect(&evaluator, &MetricEvaluator::finished, &loop, [&](const Evaluation &e) {
        eval = e;
        loop.quit();
    });
    evaluator.setVariables(CliWiring::variables(path));
    evaluator.setRunRoutes(p.isSet(runRoutes));
    evaluator.evaluate(rb.value(), wiring, profile, now);
    if (evaluator.isRunning())
        loop.exec();

    if (incidents)
        if (Status s = incidents->recordMetrics(incidentId, eval.incidentPoints()); !s)
            ctx.err << Cli::tr("warning: the values were not kept with the incident: %1").arg(s.error()) << Qt::endl;
    if (p.isSet(json)) {
        ctx.out << QString::fromUtf8(QJsonDocument(eval.toJson()).toJson(QJsonDocument::Indented));
    } else {
        for (const RuleEvaluation &r : eval.rules) {
            const QString value = r.value ? number(*r.value) + (r.unit == QStringLiteral("%") ? QStringLiteral("%") : QString()) : Cli::tr("—");
            ctx.out << QStringLiteral("%1  %2  %3  %4  %5 / %6  %7%8")
                           .arg(toText(r.severity).toUpper().leftJustified(8), r.metric.leftJustified(24), r.window.leftJustified(16),
                                value.rightJustified(6), r.warning.text, r.critical.text,
                                r.reason.isEmpty() ? QString() : QStringLiteral("  (") + r.reason + QLatin1Char(')'), QString())
                    << Qt::endl;
        }
        ctx.out << Cli::tr("overall: %1 at %2%3")
                       .arg(toText(eval.severity).toUpper(), eval.at.toString(Qt::ISODate),
                            profile.isEmpty() ? QString() : Cli::tr(" (profile %1)").arg(profile))
                << Qt::endl;
    }
    // The monitoring-plugin convention.
    bool critical = false, warning = false, unknown = false;
    for (const RuleEvaluation &r : eval.rules) {
        critical = critical || r.severity == Severity::Critical;
        warning = warning || r.severity == Severity::Warning;
        unknown = unknown || r.severity == Severity::Unknown;
    }
    return critical ? 2 : warning ? 1 : unknown ? 3 : 0;
}
