#pragma once
// The --wiring / --profile options every runbook-cli command accepts.
#include "base/Result.h"
#include "wiring/Wiring.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <optional>

struct Runbook;
class LogSource;
struct LogRequest;
struct LogResult;

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
    Result<Loaded> load(const QCommandLineParser &p, const Runbook &runbook) const;
    // ${DATA} and ${RUNBOOK_DIR} for connector paths.
    static QHash<QString, QString> variables(const QString &runbookPath);
};
