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
// CLI output stays English (scripts parse it); still routed through translate().
inline QString cliText(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("runbook-cli", s, disambiguation, n);
}

struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    std::function<void()> flush = [] {};
};

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
