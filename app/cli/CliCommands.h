#pragma once
#include <QCoreApplication>
// The subcommands of runbook-cli. Each takes its own arguments (after the
// subcommand name) and returns the process exit code; output goes to the
// given streams so tests could drive them in-process.
#include "base/Result.h"

#include <QStringList>
#include <QTextStream>
#include <functional>
#include <optional>

// Output goes to buffers that main() writes out through the Redactor, so no
// secret the command loaded reaches the terminal; `flush` writes them now
// (for commands that keep running).
// The CLI's messages: `Cli::tr` (context "Cli", found by lupdate), German
// under a German locale like the window. --json output is never translated.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    std::function<void()> flush = [] {};
};

// The commands, for the usage of runbook-cli (the texts untranslated: Cli::tr them).
struct CliCommand
{
    const char *name;
    const char *arguments;
    const char *summary;
};
const QList<CliCommand> &cliCommands();

class QCommandLineParser;
// Parses `runbook-cli COMMAND ARGS…` with --help added and the command's
// summary as the description: nullopt when parsed, else the exit code (0 after
// --help printed the parser's help on standard output; 64 after a parse error
// with the usage line on standard error).
std::optional<int> parseCommand(QCommandLineParser &p, const QString &command, const QStringList &args, CliContext &ctx);
// The parser's help, its usage line naming `runbook-cli COMMAND`.
QString cliHelp(const QCommandLineParser &p, const QString &command);
// `problem`, the usage line and where the options are; returns 64.
int cliUsageError(const QCommandLineParser &p, const QString &command, CliContext &ctx, const QString &problem = {});

int runInspect(const QStringList &args, CliContext &ctx);
int runLint(const QStringList &args, CliContext &ctx);
int runIncident(const QStringList &args, CliContext &ctx);
class IncidentStore;
int watchIncident(IncidentStore &store, const QString &id, const QString &address, bool json, bool fromStart, int seconds, CliContext &ctx);
int runQuery(const QStringList &args, CliContext &ctx);
int runDemoData(const QStringList &args, CliContext &ctx);
int runDemoServe(const QStringList &args, CliContext &ctx);
int runWiring(const QStringList &args, CliContext &ctx);
int runCheck(const QStringList &args, CliContext &ctx);
int runProbeOrAction(const QString &command, const QStringList &args, CliContext &ctx);
int runAlerts(const QStringList &args, CliContext &ctx);
int runLibrary(const QStringList &args, CliContext &ctx);
// incident new --from-alert FINGERPRINT: `args` are the incident command's (its alert options are read here).
int newIncidentFromAlert(IncidentStore &store, const QStringList &args, const QString &fingerprint, const QString &actor, bool json, CliContext &ctx);

class IncidentStore;
// incident set ID --severity … --status … --commander … --summary … --impact …
// --root-cause … --followup TEXT [--owner N] [--due D] --followup-done N …:
// everything checked first, so a bad value changes nothing. `option(name)` is
// the option's value when given; `resolve` the incident's id (its wiring loaded).
int setIncidentFields(IncidentStore &store, const QStringList &positional, const QString &actor, CliContext &ctx,
                      const std::function<std::optional<QString>(const QString &)> &option, const QStringList &followups,
                      const std::function<Result<QString>(const QString &)> &resolve);
