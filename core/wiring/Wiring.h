#pragma once
// Wiring: the sidecar NAME.wiring.yaml of a runbook — environment profiles,
// the connectors of each profile, and bindings from runbook ids to probes,
// actions, dashboard links or an explicit manual/info with a reason.
// Secrets appear only as references (env:NAME, keychain:SERVICE/ACCOUNT).
#include "base/Result.h"

#include <QHash>
#include <QMap>
#include <QUrl>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

struct Runbook;

struct WiringMessage
{
    enum Level { Warning, Error };
    Level level = Error;
    int line = 0;   // 1-based
    int column = 0; // 1-based
    QString message;
    QString target; // the runbook id a binding message is about
};

struct Connector
{
    QString name;
    QString kind;                  // file, datadog, loki, sqlite, postgresql, http, vercel_blob, svix, stripe, dashboard, prometheus, alertmanager
    QMap<QString, QString> fields;  // plain settings (URLs, ids, paths), ordered
    QMap<QString, QString> secrets; // field → reference, ordered so messages are stable
    bool coming = false;           // declared, not usable yet in this build
    int line = 0;

    bool isLogSource() const;
    // "file:PATH", "datadog:URL", "loki:URL" for log sources; `vars` expands ${NAME}.
    QString logSourceSpec(const QHash<QString, QString> &vars = {}) const;
    // A plain field with ${NAME} expanded from `vars` (${DATA}, ${RUNBOOK_DIR}, ${DEMO_URL}).
    QString field(const QString &name, const QHash<QString, QString> &vars) const;
    // Where this connector's requests (and so its secrets) go: its base URL,
    // Datadog's API for a site, postgresql://HOST.
    QUrl destination(const QHash<QString, QString> &vars) const;
};

struct Profile;
// The URL of route `pathAndQuery` ("/api/cron/x?y=1") of connector `c`: its
// base_url + the path normalised (UrlPath::normalise: decoded once, dot
// segments resolved, encoded separators refused), so the request sent is the
// path checked.
Result<QUrl> routeUrl(const Connector &c, const QString &pathAndQuery, const QHash<QString, QString> &vars);
// The bearer for a request to `url` of an http connector: empty when the
// connector has none or `url`'s normalised path is not under one of its
// bearer_paths (the credential goes only to the routes that need it), else
// connectorSecret(). A `url` whose path is not in normal form is refused.
Result<QString> bearerFor(const Profile &p, const Connector &c, const QUrl &url, const QHash<QString, QString> &vars);
// The secret `key` of connector `c` of profile `p`, resolved from its reference
// for the place it is sent to (`to`, else the connector's destination): a
// demo: secret only to this machine. Errors name profile, connector and key.
Result<QString> connectorSecret(const Profile &p, const Connector &c, const QString &key, const QHash<QString, QString> &vars,
                                const QUrl &to = {});

struct Profile
{
    QString name;
    QString label;
    bool isProtected = false;
    bool isDemo = false; // served by the demo backend the app or CLI starts (${DEMO_URL}, demo: secrets)
    QString color;
    QList<Connector> connectors;
    int line = 0;

    const Connector *connector(const QString &name) const;
    const Connector *logSource() const; // the first log source connector
};

enum class BindingKind { Probe, Action, Link, Manual, Info };
QString toText(BindingKind kind);

struct Binding
{
    QString target; // runbook id (section, step, monitor, metric, threshold, query)
    BindingKind kind = BindingKind::Manual;
    QString type;      // probe/action type: log_count, sql, http, blob_list, …
    QString connector; // name of the connector it uses
    QVariantMap params;
    QString reason;    // manual/info: why
    int line = 0;
    int column = 0;
    // Which types run, and the parameters each takes: the kinds of core/actions (StepKinds).
};

// A metric computed from log queries over a trailing window ending at "now".
struct MetricTerm
{
    QString text;     // as written
    bool pattern = true; // a runbook pattern (exact, X = number) or a Datadog-syntax query
};

struct MetricDef
{
    enum Kind { Count, Rate, Ratio, Extract, SuccessRate, HttpField, SqlScalar, Duration, PromQl };
    QString id;
    QString label;
    QString section;      // runbook section it belongs to (for display)
    Kind kind = Count;
    qint64 windowMs = 3'600'000;
    QString windowText;   // "1h", "24h", "7d"
    QList<MetricTerm> terms;       // count/rate/extract/success_rate: summed
    QList<MetricTerm> denominator; // ratio: terms are the numerator
    QString stat = QStringLiteral("last"); // extract: last, sum, min, max
    double perMs = 0;     // rate: per hour (3600000) or per day
    double expected = 0;  // success_rate: runs expected in the window
    QString whenEmpty;    // ratio with a zero denominator: "ok" (with a reason) or "unknown"
    QString field;        // duration: the attribute holding the number (durationMs); http_field: the JSON path (details.failed)
    QString connector;    // http_field: the app connector; sql_scalar: the database connector
    QString path;         // http_field: the route (/api/cron/cleanup-photos)
    QString sql;          // sql_scalar: one number; may use :window_start (now minus the window) and :now
    QString query;        // promql: PromQL giving one number (a scalar, or one series)
    int line = 0;
};

struct Wiring
{
    QString path;
    QString defaultProfile;
    QList<Profile> profiles;
    QList<Binding> bindings;
    QList<MetricDef> metrics;
    QHash<QString, QString> rules; // threshold rule id → metric id
    QList<WiringMessage> messages;

    const MetricDef *metric(const QString &id) const;

    const Profile *profile(const QString &name) const;
    QList<const Binding *> bindingsFor(const QString &target) const;
    // The action a procedure's steps are bound to (its last, e.g. Manual Blob Cleanup's delete), for run_procedure.
    const Binding *procedureAction(const QString &procedureId) const;
    // The guided walk's pointers: each step wired to run a procedure → that procedure's section.
    QHash<QString, QString> procedurePointers(const Runbook &runbook) const;
    bool hasErrors() const;
    // Resolves every secret of every profile that can be resolved (env: set,
    // keychain: readable) and the Datadog keys of the environment, so the
    // Redactor masks them everywhere — a secret of another profile typed
    // into a note included. Blocking (keychain): call it off the GUI thread.
    void registerAllSecrets() const;
};

struct WiringCoverage
{
    int steps = 0;
    int bound = 0;
    int probes = 0;
    int actions = 0;
    int links = 0;
    int manual = 0; // manual + info
    QStringList unbound;
    QString line() const; // "steps bound: 34/34 (P probes, A actions, L links, M manual/info)"
};

WiringCoverage wiringCoverage(const Runbook &runbook, const Wiring &wiring);
// The variables a wiring's fields may use: ${DATA} (the app's data folder),
// ${RUNBOOK_DIR} and, while the demo backend runs, ${DEMO_URL}.
QHash<QString, QString> wiringVariables(const QString &runbookPath, const QString &demoUrl = {});
