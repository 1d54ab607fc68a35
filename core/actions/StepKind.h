#pragma once
// StepKind: one kind of bound probe or action (SQL, an HTTP route, the blob
// store, Svix, Stripe, a log count, a file read) behind one interface. A kind
// knows its binding types, the parameters it takes, the form fields a window
// shows for them, how to look (a probe's result; an action's preview: exactly
// what will change, as a digest) and how to act on a preview. It never issues
// or checks tokens, records anything or asks for confirmation: StepRunner
// does that, once, for every kind. The registry (StepKinds) is the only place
// that maps a binding's type string to code.
#include "base/Result.h"
#include "connectors/SqlRunner.h"
#include "logs/LogSource.h"
#include "wiring/Wiring.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>

// What a probe shows, or what an action's preview says it will change.
struct StepView
{
    SqlTable table;
    QString summary;        // one line over the rows ("3 row(s)", "These 9 blob(s) will be deleted.")
    QJsonObject json;       // what `--json` prints (kinds keep the fields scripts read)
    QString dashboardUrl;   // a dashboard to open beside the rows
    QString problem;        // it ran, and what it found fails the check (expected HTTP 200, too slow): exit 1
    QString error;          // it could not run; `errorCode` 1 failed, 2 bad request, 3 refused
    int errorCode = 1;
    // An action's preview:
    QString digest;         // canonical text of exactly what will change (ActionTokens)
    QString token;          // issued by StepRunner over `digest`
    QString inputs;         // what the intent on the timeline names ("id=ph_001, id=ph_002")
    QString runLabel;       // the confirming button ("Delete", "Call", "Resend")
    bool nothingToDo = false;
    int selectColumn = -1;  // ≥ 0: rows may be unticked; the column holding each row's key
    QList<std::pair<QString, QString>> parameters; // the parameters it found itself (ids a check found)
    QList<std::pair<QString, QString>> pinned;     // what a later run must pass as given here (a relative time made exact)
    // For the evidence a look leaves on the incident:
    std::optional<double> value;  // the number it found (a count)
    QList<double> series;         // over time (a count's buckets), for a sparkline
    QString window;               // the time range it looked at ("24h")
    QString what;                 // the request as sent, when it differs from the binding's (a query with the incident's values)

    bool failed() const { return !error.isEmpty(); }
    static StepView failure(const QString &error, int code = 1)
    {
        StepView v;
        v.error = error;
        v.errorCode = code;
        return v;
    }
};

// How an action ended.
struct StepOutcome
{
    QString result;         // what the timeline records ("2 row(s) changed", "HTTP 401")
    QString problem;        // shown as the status when set (the run did not do what it should)
    QString detail;         // more to print (a route's JSON body)
    QJsonObject json;
    qint64 durationMs = 0;
    int code = 0;           // 0 done, 1 failed, 3 refused
    bool ran = false;       // it started (an intent was recorded)

    // It failed with `error`; refused (3) when the connector refused ("refused: …"), else failed (1).
    static StepOutcome failure(const QString &error)
    {
        StepOutcome o;
        o.code = error.startsWith(QLatin1String("refused")) ? 3 : 1;
        o.problem = o.result = error;
        return o;
    }
};

Q_DECLARE_METATYPE(StepView)
Q_DECLARE_METATYPE(StepOutcome)

// A form field a window shows for an action's parameters.
struct StepField
{
    enum Type { Pairs, Time, Toggle };
    Type type = Pairs;
    QString key;            // Time/Toggle: the parameter it sets; Pairs: "k=v, k=v" for any key
    QString label;
    QString placeholder;
    qint64 defaultAgoMs = 0; // Time: how long before now
};

// What one look or act works with, resolved from the wiring.
class StepJob : public QObject
{
    Q_OBJECT
public:
    StepJob(const Wiring &wiring, const Profile &profile, const Binding &binding, const Connector &connector, QObject *parent = nullptr);
    const Wiring &wiring;
    const Profile &profile;
    const Binding &binding;
    const Connector &connector;
    QHash<QString, QString> vars;                 // ${DATA}, ${RUNBOOK_DIR}, ${DEMO_URL}
    QList<std::pair<QString, QString>> params;    // checked parameters, in order
    std::optional<LogSource::Setup> logSource;    // the log source to count in (default: the profile's)
    QHash<QString, QString> incidentVars;         // the incident's variables (NAMESPACE → shop) for queries that use them

    QStringList paramValues(const QString &key) const;
    // The parameter, else the binding's own value, else `fallback`.
    QString param(const QString &key, const QString &fallback = {}) const;
    Result<QString> secret(const QString &key) const; // the connector's secret; the error names profile, connector, key
    QString field(const QString &name) const;         // the connector's field, variables expanded
    QString dashboardUrl() const;                     // the `dashboard:` connector's URL, or empty
    bool isAction() const { return binding.kind == BindingKind::Action; }
    void report(int done, int total, const QString &text) { Q_EMIT progress(done, total, text); }
    void cancel() { Q_EMIT cancelRequested(); }
    // "24h" (before now) or an ISO-8601 time.
    static Result<QDateTime> since(const QString &text);
Q_SIGNALS:
    void progress(int done, int total, const QString &text);
    void cancelRequested();
};

class StepKind
{
public:
    virtual ~StepKind() = default;
    virtual QStringList types() const = 0;
    // The parameter keys a run takes; anything else given is an error.
    virtual QStringList parameterKeys(const Binding &) const { return {}; }
    // A parameter whose values choose rows of the preview (--param msg=ID).
    virtual QString selectionKey(const Binding &) const { return {}; }
    virtual QList<StepField> fields(const Binding &) const { return {}; }
    // The statement it runs, for the window's header (SQL), or empty.
    virtual QString statement(const Binding &) const { return {}; }
    // The risk when the binding names none (a delete is destructive): read, write or destructive.
    virtual QString defaultRisk(const Binding &b) const
    {
        return b.kind == BindingKind::Action ? QStringLiteral("write") : QStringLiteral("read");
    }
    // Whether an action can preview without typed parameters (most can).
    virtual bool previewsWithoutInput(const Binding &) const { return true; }
    // A probe: its result. An action: its preview, with `digest` set. `done` once, in `job`'s thread.
    virtual void look(StepJob *job, std::function<void(StepView)> done) const = 0;
    // Only the preview's rows whose key (selectColumn) is in `keys`: table, inputs and digest.
    virtual void narrow(StepJob *job, StepView &view, const QStringList &keys) const;
    // Does what `preview` (just re-established, its token checked) says; the
    // connector redeems `token` against its own digest. Actions only.
    virtual void act(StepJob *job, const StepView &preview, const QString &token, std::function<void(StepOutcome)> done) const;
};

// A table as JSON: {"columns", "rows", "truncated"}.
QJsonObject tableJson(const SqlTable &table);

namespace StepKinds {
// The kind that runs `type`, or nullptr (the type is not runnable in this build).
const StepKind *find(const QString &type);
bool runnable(const QString &type);
// Whether Run… can run this binding on `profile`: its kind is in this build and
// its connector is there and not marked coming. The window's and the CLI's one test.
bool runnableOn(const Binding &binding, const Profile *profile);
// Checks "key=value" parameters against the kind's keys: unknown keys and a
// key=value given twice are errors.
Status checkParameters(const Binding &binding, const QList<std::pair<QString, QString>> &keyValues);
QStringList parameterKeys(const Binding &binding);
} // namespace StepKinds
