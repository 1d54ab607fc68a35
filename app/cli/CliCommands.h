#pragma once
// The subcommands of runbook-cli. Each takes its own arguments (after the
// subcommand name) and returns the process exit code; output goes to the
// given streams so tests could drive them in-process.
#include <QStringList>
#include <QTextStream>
#include <functional>

// Output goes to buffers that main() writes out through the Redactor, so no
// secret the command loaded reaches the terminal; `flush` writes them now
// (for commands that keep running).
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    std::function<void()> flush = [] {};
};

int runInspect(const QStringList &args, CliContext &ctx);
int runLint(const QStringList &args, CliContext &ctx);
int runIncident(const QStringList &args, CliContext &ctx);
int runQuery(const QStringList &args, CliContext &ctx);
int runDemoData(const QStringList &args, CliContext &ctx);
int runDemoServe(const QStringList &args, CliContext &ctx);
int runWiring(const QStringList &args, CliContext &ctx);
int runCheck(const QStringList &args, CliContext &ctx);
int runProbeOrAction(const QString &command, const QStringList &args, CliContext &ctx);
