#pragma once
// The --wiring / --profile options every runbook-cli command accepts.
#include "base/Result.h"
#include "wiring/Wiring.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <memory>
#include <optional>

struct Runbook;
class LogSource;
struct LogRequest;
struct LogResult;

class IncidentStore;
// --store's value as a file path (sqlite:PATH or PATH; empty: the GUI's store).
QString cliStorePath(const QString &storeOption);
// Opens `store` at --store and resolves --incident's id (a unique prefix will do).
Result<QString> openCliIncident(IncidentStore &store, const QString &storeOption, const QString &incidentOption);

// Runs `request` on `source` and waits for its result (a local event loop; the CLI only).
LogResult runLogRequest(LogSource &source, const LogRequest &request);

struct CliWiring
{
    QCommandLineOption wiring{QStringLiteral("wiring"), QStringLiteral("Wiring file (default: NAME.wiring.yaml beside the runbook)."), QStringLiteral("W")};
    QCommandLineOption profile{QStringLiteral("profile"), QStringLiteral("Environment profile of the wiring."), QStringLiteral("P")};
    void addTo(QCommandLineParser &p) const { p.addOptions({wiring, profile}); }

    // Loads the wiring for `runbook` (explicit --wiring, else the sidecar when it exists).
    // An explicit file that is missing, or an unknown --profile, is an error.
    struct Loaded
    {
        std::optional<Wiring> wiring;
        const Profile *profile = nullptr;
    };
    // What a demo profile needs for this command: nothing (lint, inspect), its
    // data made when missing (check without routes, query), or the demo
    // backend serving it in this process (probes, actions, route metrics).
    enum class Demo { None, Data, Served };
    Result<Loaded> load(const QCommandLineParser &p, const Runbook &runbook, Demo demo = Demo::Served) const;
    // ${DATA}, ${RUNBOOK_DIR} and, while the demo backend runs, ${DEMO_URL} for connector fields.
    static QHash<QString, QString> variables(const QString &runbookPath);
    static std::unique_ptr<class DemoHost> &demoHost();
};
