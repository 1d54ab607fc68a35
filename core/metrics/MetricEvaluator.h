#pragma once
#include <QSet>
// MetricEvaluator: computes the wiring's metrics from a log source and judges
// the runbook's threshold rules with them — ok, warning, critical, or unknown
// with the reason (a failed source, no data, a probe not available yet).
// Never a silent ok. All metrics of one window length share one request.
#include "incident/Triage.h"
#include "net/HttpProbe.h"
#include "logs/LogSource.h"
#include "runbook/Runbook.h"
#include "wiring/Wiring.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <optional>

enum class Severity { Ok, Warning, Critical, Unknown };
QString toText(Severity s);
// The worse of two: critical > warning > unknown > ok.
Severity worse(Severity a, Severity b);

struct MetricValue
{
    QString id;
    QString label;
    QString section;
    QString window;
    std::optional<double> value;
    QString unit; // "count", "%", "per hour", "per day"
    std::vector<double> buckets;
    Severity severity = Severity::Unknown; // of the rule that judges it, if any
    QString reason;
    bool onRequest = false; // read only when asked (an http_field metric whose route runs a job)
};

struct RuleEvaluation
{
    QString ruleId;
    QString metric; // as the runbook names it
    QString window; // "per day", "per hour", "per cleanup run"
    QString metricId;
    QString sectionId;
    std::optional<double> value;
    QString unit;
    Threshold warning;
    Threshold critical;
    Severity severity = Severity::Unknown;
    QString reason;
};

struct Evaluation
{
    QDateTime at;
    QString profile;
    std::vector<MetricValue> metrics;
    std::vector<RuleEvaluation> rules;
    Severity severity = Severity::Ok;
    Severity sectionSeverity(const QString &sectionId) const; // Ok when no rule judges the section
    bool sectionJudged(const QString &sectionId) const;
    const MetricValue *metric(const QString &id) const;
    QJsonObject toJson() const;
    // What a new incident is about: the worst breaching rule, with its value
    // ("Blob deletion failures per day critical: 62 (> 50)"; "+ 2 more"), or empty.
    QString headline() const;
    // How many sections have `s` as their worst rule's severity.
    int sectionsAt(Severity s) const;
    // Each metric's value and its rule's severity, as an open incident keeps them.
    QHash<QString, struct MetricPoint> incidentPoints() const;
    // Each section's urgency for the guided walk (Triage), from its worst rule.
    QHash<QString, Triage::Urgency> triageUrgency(const Runbook &runbook) const;
};

class MetricEvaluator : public QObject
{
    Q_OBJECT
public:
    explicit MetricEvaluator(QObject *parent = nullptr);
    // The source every metric is read from (a spec as for `query`).
    QString setSource(const QString &spec, const LogSourceOptions &options = {});
    // ${DATA} and ${RUNBOOK_DIR}, for the connectors of sql_scalar metrics.
    void setVariables(const QHash<QString, QString> &vars) { m_vars = vars; }
    // http_field metrics read a route by calling it — for a cron route that
    // runs the job — so they are read only when asked for (off by default).
    void setRunRoutes(bool on) { m_runRoutes = on; }
    bool runsRoutes() const { return m_runRoutes; }
    void evaluate(const Runbook &runbook, const Wiring &wiring, const QString &profile, qint64 nowMs);
    void cancel();
    bool isRunning() const { return m_running; }

    static bool meets(const Threshold &t, double value);
    static Severity judge(const ThresholdRule &rule, double value);
    // Why a log metric cannot be counted: the first of its queries that does
    // not parse, with the parser's message and column; empty when all parse.
    static QString queryError(const MetricDef &def);

Q_SIGNALS:
    void finished(const Evaluation &evaluation);

private:
    void runNextGroup();
    void runProbeMetrics(); // sql_scalar and http_field, one after another
    void probeDone(quint64 generation, const QString &id, std::optional<double> value, const QString &reason);
    void finish();

    QString m_spec;
    LogSourceOptions m_options;
    std::shared_ptr<LogSource> m_source;
    bool m_running = false;
    // the evaluation in progress
    Runbook m_runbook;
    Wiring m_wiring;
    Evaluation m_eval;
    qint64 m_now = 0;
    std::vector<qint64> m_windows; // distinct window lengths left to run
    QString m_setupError;
    QHash<QString, QString> m_vars;
    bool m_runRoutes = false;
    std::vector<QString> m_probes; // probe metrics left to read
    QSet<QString> m_broken; // metrics whose query does not parse: unknown, not run
    QHash<QString, HttpProbeResult> m_routeReplies; // this evaluation's route calls
    QHash<QString, std::pair<double, QDateTime>> m_lastRouteValues; // http_field metrics: the last reading and when
    quint64 m_generation = 0;
    bool m_cancelled = false;
};
