#pragma once
// ProfileTargets: what a wiring profile's connectors point at, ready for the
// rooms below — a log source spec with its options, a database target — with
// secrets resolved from their references. `vars` expands ${DATA}, ${RUNBOOK_DIR}.
// Errors name profile, connector and key.
#include "base/Result.h"
#include "connectors/SqlRunner.h"
#include "logs/LogSource.h"
#include "prometheus/ApiAuth.h"
#include "wiring/Wiring.h"

#include <QHash>

namespace ProfileTargets {
Result<LogSource::Setup> logSource(const Profile &profile, const QHash<QString, QString> &vars);
// A log source the user names (--source, Settings → Log Source): datadog:URL
// takes its keys from DD_API_KEY / DD_APP_KEY through the same guard as a
// wiring's secrets (https, or this machine); other kinds need none.
Result<LogSource::Setup> adHocLogSource(const QString &spec, const LogSourceOptions &options = {});
// The database a sqlite / postgresql connector points at, its password resolved.
Result<SqlTarget> sqlTarget(const Profile &profile, const Connector &connector, const QHash<QString, QString> &vars);
// A prometheus / alertmanager connector's base URL and credentials (token:
// a bearer; user + password: basic auth), the secrets resolved for its URL.
struct ApiTarget
{
    QUrl base;
    ApiAuth auth;
};
Result<ApiTarget> apiTarget(const Profile &profile, const Connector &connector, const QHash<QString, QString> &vars);
} // namespace ProfileTargets
