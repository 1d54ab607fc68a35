// promql: a PromQL query against the profile's Prometheus — the instant value,
// a table of the series with their labels, and a sparkline over the window
// (a range query) — with the incident's variables filled in (quoted for
// PromQL). A query that still names a variable without a value is refused
// before anything is sent: it would ask about nothing.
#include "actions/StepKind.h"
#include "actions/StepKindsBuiltin.h"

#include "base/LogTime.h"
#include "prometheus/PrometheusClient.h"
#include "runbook/CodeText.h"
#include "wiring/ProfileTargets.h"

#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(StepKinds)
};

QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(v, 'g', 12);
}

class PromQlKind : public StepKind
{
public:
    QStringList types() const override { return {QStringLiteral("promql"), QStringLiteral("promql_query")}; }
    QStringList parameterKeys(const Binding &) const override { return {QStringLiteral("window")}; }
    QString statement(const Binding &b) const override { return b.params.value(QStringLiteral("query")).toString(); }

    void look(StepJob *job, std::function<void(StepView)> done) const override
    {
        const QString written = job->param(QStringLiteral("query")).trimmed();
        if (written.isEmpty())
            return done(StepView::failure(Text::tr("%1:%2: %3: the binding has no query").arg(job->wiring.path).arg(job->binding.line).arg(job->binding.target), 2));
        QStringList missing;
        const QString query = CodeText::fillPromQl(written, job->incidentVars, &missing);
        if (!missing.isEmpty())
            return done(StepView::failure(Text::tr("the query needs %1: set them on the incident (Variables) first").arg(missing.join(QStringLiteral(", "))), 2));
        const QString windowText = job->param(QStringLiteral("window"), QStringLiteral("1h"));
        const auto window = LogTime::parseDuration(windowText);
        if (!window || *window <= 0)
            return done(StepView::failure(Text::tr("cannot read the window \"%1\" (e.g. 15m, 1h, 24h)").arg(windowText), 2));
        const auto target = ProfileTargets::apiTarget(job->profile, job->connector, job->vars);
        if (!target)
            return done(StepView::failure(target.error(), 2));
        auto *client = new PrometheusClient(target->base, target->auth, PrometheusClient::defaultPolicy(), job);
        QObject::connect(job, &StepJob::cancelRequested, client, &PrometheusClient::cancel);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        client->query(query, now, [client, query, windowText, window = *window, now, done](Result<PromResult> instant) {
            if (!instant)
                return done(StepView::failure(instant.error()));
            StepView v;
            v.what = query;
            v.window = windowText;
            const PromResult r = instant.value();
            QStringList labels;
            for (const PromSeries &s : r.series)
                for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
                    if (!labels.contains(it.key()))
                        labels.append(it.key());
            labels.removeAll(QStringLiteral("__name__"));
            std::sort(labels.begin(), labels.end());
            const bool named = std::any_of(r.series.cbegin(), r.series.cend(), [](const PromSeries &s) { return s.labels.contains(QStringLiteral("__name__")); });
            if (named)
                v.table.columns.append(Text::tr("Metric"));
            v.table.columns += labels;
            v.table.columns.append(Text::tr("Value"));
            QJsonArray series;
            for (const PromSeries &s : r.series) {
                QVariantList row;
                if (named)
                    row.append(s.labels.value(QStringLiteral("__name__")));
                QJsonObject lj;
                for (const QString &l : std::as_const(labels))
                    row.append(s.labels.value(l));
                for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
                    lj.insert(it.key(), it.value());
                row.append(s.value ? number(*s.value) : QString());
                v.table.rows.append(row);
                series.append(QJsonObject{{QStringLiteral("labels"), lj}, {QStringLiteral("value"), s.value ? QJsonValue(number(*s.value)) : QJsonValue()}});
            }
            QString why;
            v.value = r.single(&why);
            if (v.value)
                v.summary = Text::tr("%1 = %2").arg(r.series.first().labelText(), number(*v.value));
            else if (r.series.isEmpty())
                v.summary = Text::tr("no series: the query matched nothing now");
            else
                v.summary = Text::tr("%n series", nullptr, int(r.series.size()));
            if (!r.warnings.isEmpty())
                v.summary += Text::tr(" (Prometheus warns: %1)").arg(r.warnings.join(QStringLiteral("; ")));
            v.json = {{QStringLiteral("query"), query},
                      {QStringLiteral("result_type"), r.resultType},
                      {QStringLiteral("series"), series},
                      {QStringLiteral("value"), v.value ? QJsonValue(*v.value) : QJsonValue()},
                      {QStringLiteral("summary"), v.summary}};
            if (r.series.size() != 1 || r.resultType == QLatin1String("scalar"))
                return done(v);
            // The one series over the window, for the sparkline.
            const int step = int(std::max<qint64>(window / 60'000, 1)); // 60 points
            client->queryRange(query, now.addMSecs(-window), now, step, [v, done](Result<PromResult> range) mutable {
                if (range && range->series.size() == 1) {
                    for (const auto &sample : range->series.first().samples)
                        v.series.append(sample.second);
                    QJsonArray points;
                    for (const auto &sample : range->series.first().samples)
                        points.append(QJsonArray{double(sample.first) / 1000.0, sample.second});
                    v.json.insert(QStringLiteral("range"), points);
                } else if (!range) {
                    v.summary += Text::tr(" (no sparkline: %1)").arg(range.error());
                }
                done(v);
            });
        });
    }
};
} // namespace

const StepKind *promQlKind()
{
    static const PromQlKind k;
    return &k;
}
