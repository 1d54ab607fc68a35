#pragma once
// What `runbook-cli probe run` / `action preview|run` hands to the code that
// runs one kind of binding: the binding, its connector and profile, the
// options given, and where the action's intent and outcome go.
#include "CliCommands.h"
#include "base/Result.h"
#include "wiring/Wiring.h"

#include <QDateTime>
#include <QHash>
#include <functional>

struct BindingRun
{
    const Binding &binding;
    const Connector &connector;
    const Profile &profile;
    const Wiring &wiring;
    QHash<QString, QString> vars; // ${DATA}, ${RUNBOOK_DIR}
    QString verb;                 // run (probe), preview, run (action)
    bool isAction = false;
    bool json = false;
    QString confirm;
    QString confirmProfile;
    QList<std::pair<QString, QString>> params; // --param k=v, in order
    CliContext &ctx;
    // The incident's timeline (no-ops without --incident).
    std::function<Status(const QString &inputs)> recordIntent;
    std::function<void(const QString &result, qint64 durationMs)> recordOutcome;
    std::function<int(const QString &reason)> refuse; // says why, records the refusal, returns 3

    QStringList paramValues(const QString &key) const;
    // --param KEY, else the binding's own parameter, else `fallback`.
    QString param(const QString &key, const QString &fallback = {}) const;
    // A secret of the connector, resolved; the error names profile, connector and key.
    Result<QString> secret(const QString &key) const;
    // "24h" (before now) or an ISO-8601 time.
    static Result<QDateTime> since(const QString &text);
    // The URL of the dashboard connector the binding names (`dashboard:`), or empty.
    QString dashboardUrl() const;
};

struct SqlTable;
class QJsonObject;
// A table as JSON ({"columns","rows","truncated"}) and as tab-separated lines.
QJsonObject tableJson(const SqlTable &t);
void printTable(QTextStream &out, const SqlTable &t);

// Each returns the exit code: 0 ok, 1 failed, 2 bad request, 3 refused.
int runSvixBinding(BindingRun &run);
int runStripeBinding(BindingRun &run);
int runLogCountProbe(BindingRun &run);
