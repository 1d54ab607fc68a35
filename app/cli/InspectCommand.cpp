#include "CliCommands.h"
#include "CliWiring.h"
#include "wiring/WiringLoader.h"
#include "wiring/WiringSuggester.h"

#include "runbook/RunbookJson.h"
#include "runbook/RunbookParser.h"
#include "base/TextUtil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace {
// nullopt when parsed with one runbook, else the exit code.
std::optional<int> parseArgs(QCommandLineParser &p, const QStringList &args, CliContext &ctx, const QString &cmd)
{
    p.addPositionalArgument(QStringLiteral("RUNBOOK"), Cli::tr("The Markdown runbook."), QStringLiteral("RUNBOOK.md"));
    if (const auto done = parseCommand(p, cmd, args, ctx))
        return done;
    if (p.positionalArguments().size() != 1)
        return cliUsageError(p, cmd, ctx, Cli::tr("One runbook, please."));
    return std::nullopt;
}
} // namespace

int runInspect(const QStringList &args, CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the parsed model as JSON."));
    p.addOption(json);
    CliWiring wiringOpts;
    wiringOpts.addTo(p);
    if (const auto done = parseArgs(p, args, ctx, QStringLiteral("inspect")))
        return *done;
    const auto rb = RunbookParser::parseFile(p.positionalArguments().constFirst());
    if (!rb) {
        ctx.err << rb.error() << Qt::endl;
        return 1;
    }
    if (const auto w = wiringOpts.load(p, rb.value(), CliWiring::Demo::None); !w) {
        ctx.err << w.error() << Qt::endl;
        return 2;
    }
    if (p.isSet(json)) {
        ctx.out << QString::fromUtf8(QJsonDocument(RunbookJson::toJson(rb.value())).toJson(QJsonDocument::Indented));
        return rb->hasErrors() ? 1 : 0;
    }
    ctx.out << rb->title << Qt::endl;
    for (const Section &s : rb->sections) {
        ctx.out << QStringLiteral("\n[%1] %2  (%3, %4 steps, %5 monitors, %6 metrics)")
                       .arg(s.id, s.displayTitle(), toText(s.kind))
                       .arg(s.steps.size())
                       .arg(s.monitors.size())
                       .arg(s.metrics.size())
                << Qt::endl;
        if (!s.condition.isEmpty())
            ctx.out << QStringLiteral("    ") << s.condition << Qt::endl;
        for (const Step &st : s.steps)
        {
            ctx.out << QStringLiteral("    %1 %2").arg(st.number.isEmpty() ? QStringLiteral("-") : st.number + QLatin1Char('.'), st.text) << Qt::endl;
            for (const QString &sub : st.subItems) // nested items belong to their step
                ctx.out << QStringLiteral("        - ") << sub << Qt::endl;
        }
    }
    ctx.out << Cli::tr("\n%1 sections, %2 steps, %3 monitors, %4 metrics, %5 thresholds, %6 queries")
                   .arg(rb->sections.size())
                   .arg(rb->stepCount())
                   .arg(rb->monitorCount())
                   .arg(rb->metricCount())
                   .arg(rb->thresholds.size())
                   .arg(rb->queries.size())
            << Qt::endl;
    return rb->hasErrors() ? 1 : 0;
}

int runLint(const QStringList &args, CliContext &ctx)
{
    QCommandLineParser p;
    CliWiring wiringOpts;
    wiringOpts.addTo(p);
    if (const auto done = parseArgs(p, args, ctx, QStringLiteral("lint")))
        return *done;
    const QString path = p.positionalArguments().constFirst();
    const auto rb = RunbookParser::parseFile(path);
    if (!rb) {
        ctx.err << path << QStringLiteral(":0: error: ") << rb.error() << Qt::endl;
        return 2;
    }
    // Notes say how the structure was read (a guess, with its line); only warnings and errors change the exit code.
    bool errors = rb->hasErrors(), warnings = !rb->problems().isEmpty();
    for (const ParseMessage &m : rb->messages)
        ctx.out << QStringLiteral("%1:%2: %3: %4").arg(path).arg(m.line).arg(ParseMessage::levelName(m.level), m.message) << Qt::endl;
    const auto w = wiringOpts.load(p, rb.value(), CliWiring::Demo::None);
    if (!w) {
        ctx.err << w.error() << Qt::endl;
        return 2;
    }
    if (w->wiring) {
        for (const WiringMessage &m : w->wiring->messages) {
            ctx.out << QStringLiteral("%1:%2:%3: %4: %5")
                           .arg(w->wiring->path)
                           .arg(m.line)
                           .arg(m.column)
                           .arg(m.level == WiringMessage::Error ? QStringLiteral("error") : QStringLiteral("warning"), m.message)
                    << Qt::endl;
            errors = errors || m.level == WiringMessage::Error;
            warnings = true;
        }
        ctx.out << wiringCoverage(rb.value(), *w->wiring).line() << Qt::endl;
        if (w->profile) {
            int coming = 0;
            for (const Connector &c : w->profile->connectors)
                coming += c.coming;
            ctx.out << Cli::tr("profile %1%2: %3 connectors, %4 coming")
                           .arg(w->profile->name, w->profile->isProtected ? Cli::tr(" (protected)") : QString())
                           .arg(w->profile->connectors.size())
                           .arg(coming)
                    << Qt::endl;
        }
    }
    if (errors)
        return 2;
    return warnings ? 1 : 0;
}

int runWiring(const QStringList &args, CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("suggest"), Cli::tr("A draft wiring for the runbook, on standard output (> RUNBOOK.wiring.yaml)."));
    p.addPositionalArgument(QStringLiteral("RUNBOOK"), Cli::tr("The Markdown runbook."), QStringLiteral("RUNBOOK.md"));
    if (const auto done = parseCommand(p, QStringLiteral("wiring"), args, ctx))
        return *done;
    const QStringList pos = p.positionalArguments();
    if (pos.value(0) != QStringLiteral("suggest") || pos.size() != 2)
        return cliUsageError(p, QStringLiteral("wiring"), ctx);
    const auto rb = RunbookParser::parseFile(pos.at(1));
    if (!rb) {
        ctx.err << rb.error() << Qt::endl;
        return 1;
    }
    ctx.out << WiringSuggester::suggest(rb.value());
    return 0;
}
