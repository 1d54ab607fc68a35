// The usage of runbook-cli and of each command, written by QCommandLineParser.
#include "CliCommands.h"

#include <QCommandLineParser>

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands = {
        {"inspect", QT_TRANSLATE_NOOP("Cli", "RUNBOOK.md"), QT_TRANSLATE_NOOP("Cli", "The parsed model of a runbook: sections, steps, monitors, metrics, alert rules.")},
        {"lint", QT_TRANSLATE_NOOP("Cli", "RUNBOOK.md"), QT_TRANSLATE_NOOP("Cli", "FILE:LINE: warning|error: … for a runbook and its wiring, and what the wiring covers.")},
        {"wiring", QT_TRANSLATE_NOOP("Cli", "suggest RUNBOOK.md"), QT_TRANSLATE_NOOP("Cli", "A draft NAME.wiring.yaml for a runbook, on standard output.")},
        {"check", QT_TRANSLATE_NOOP("Cli", "RUNBOOK.md"),
         QT_TRANSLATE_NOOP("Cli", "The runbook's alert table judged on live values; exit 0 ok, 1 warning, 2 critical, 3 unknown.")},
        {"query", QT_TRANSLATE_NOOP("Cli", "QUERY…"), QT_TRANSLATE_NOOP("Cli", "Log lines matching a query, counted per time bucket.")},
        {"probe", QT_TRANSLATE_NOOP("Cli", "run ID"), QT_TRANSLATE_NOOP("Cli", "A bound read-only probe: SQL, HTTP, PromQL, logs, blobs, webhooks, crons.")},
        {"action", QT_TRANSLATE_NOOP("Cli", "list | preview ID | run ID"),
         QT_TRANSLATE_NOOP("Cli", "Recovery actions: list them, preview what one changes (and its confirmation token), run it.")},
        {"alerts", "", QT_TRANSLATE_NOOP("Cli", "The firing Alertmanager alerts and their runbooks (silences: read-only).")},
        {"library", QT_TRANSLATE_NOOP("Cli", "index DIR… | find ALERT|URL|TEXT"), QT_TRANSLATE_NOOP("Cli", "Runbook folders indexed, or the runbook of an alert found.")},
        {"incident", QT_TRANSLATE_NOOP("Cli", "new|list|show|watch|step|note|var|copy|set|evidence|resolve|reopen|export|import …"),
         QT_TRANSLATE_NOOP("Cli", "An incident kept: steps, notes, variables, evidence, timeline; exported as notes for a review.")},
        {"demo-data", QT_TRANSLATE_NOOP("Cli", "--out DIR"), QT_TRANSLATE_NOOP("Cli", "The demo's generated logs and database, written to a folder.")},
        {"demo-serve", QT_TRANSLATE_NOOP("Cli", "--logs FILE"), QT_TRANSLATE_NOOP("Cli", "Loopback Datadog and Loki APIs over a log file.")},
    };
    return commands;
}

namespace {
const CliCommand *commandNamed(const QString &name)
{
    for (const CliCommand &c : cliCommands())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}
} // namespace

QString cliHelp(const QCommandLineParser &p, const QString &command)
{
    QString text = p.helpText();
    // The parser names argv[0] in its usage line; ours names the command.
    const qsizetype eol = text.indexOf(QLatin1Char('\n'));
    QString first = text.left(eol);
    const QString exe = QCoreApplication::arguments().value(0);
    if (!exe.isEmpty())
        first.replace(first.indexOf(exe), exe.size(), command.isEmpty() ? QStringLiteral("runbook-cli") : QStringLiteral("runbook-cli ") + command);
    return first + text.mid(eol);
}

int cliUsageError(const QCommandLineParser &p, const QString &command, CliContext &ctx, const QString &problem)
{
    if (!problem.isEmpty())
        ctx.err << problem << Qt::endl;
    const QString help = cliHelp(p, command);
    ctx.err << help.left(help.indexOf(QLatin1Char('\n'))) << Qt::endl
            << Cli::tr("Try \"runbook-cli %1 --help\" for its options.").arg(command) << Qt::endl;
    return 64;
}

std::optional<int> parseCommand(QCommandLineParser &p, const QString &command, const QStringList &args, CliContext &ctx)
{
    if (const CliCommand *c = commandNamed(command.section(QLatin1Char(' '), 0, 0)))
        p.setApplicationDescription(Cli::tr(c->summary));
    const QCommandLineOption help = p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("runbook-cli")} + args))
        return cliUsageError(p, command, ctx, p.errorText());
    if (p.isSet(help)) {
        ctx.out << cliHelp(p, command);
        return 0;
    }
    return std::nullopt;
}
