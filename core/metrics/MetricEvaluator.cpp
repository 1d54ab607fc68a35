#include "metrics/MetricEvaluator.h"

#include "prometheus/PrometheusClient.h"
#include "runbook/CodeText.h"

#include <QSet>
#include "incident/Incident.h"
#include "wiring/ProfileTargets.h"

#include "base/AsyncTask.h"
#include "base/TextUtil.h"
#include "net/HttpProbe.h"
#include "logs/LogQueryParser.h"
#include "secrets/SecretResolver.h"
#include "connectors/SqlRunner.h"

#include <QJsonArray>
#include <cmath>

QString toText(Severity s)
{
    switch (s) {
    case Severity::Ok: return QStringLiteral("ok");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Critical: return QStringLiteral("critical");
    case Severity::Unknown: break;
    }
    return QStringLiteral("unknown");
}

Severity worse(Severity a, Severity b)
{
    auto rank = [](Severity s) {
        switch (s) {
        case Severity::Ok: return 0;
        case Severity::Unknown: return 1;
        case Severity::Warning: return 2;
        case Severity::Critical: return 3;
        }
        return 1;
    };
    return rank(a) >= rank(b) ? a : b;
}

bool Evaluation::sectionJudged(const QString &sectionId) const
{
    for (const RuleEvaluation &r : rules)
        if (r.sectionId == sectionId)
            return true;
    return false;
}

Severity Evaluation::sectionSeverity(const QString &sectionId) const
{
    Severity s = Severity::Ok;
    for (const RuleEvaluation &r : rules)
        if (r.sectionId == sectionId)
            s = worse(s, r.severity);
    return s;
}

QString Evaluation::headline() const
{
    const RuleEvaluation *worst = nullptr;
    int breaching = 0;
    auto rank = [](Severity s) { return s == Severity::Critical ? 2 : s == Severity::Warning ? 1 : 0; };
    for (const RuleEvaluation &r : rules) {
        if (rank(r.severity) == 0)
            continue;
        ++breaching;
        if (!worst || rank(r.severity) > rank(worst->severity))
            worst = &r;
    }
    if (!worst)
        return {};
    const Threshold &t = worst->severity == Severity::Critical ? worst->critical : worst->warning;
    QString text = MetricEvaluator::tr("%1 %2 %3: %4 (%5)")
                       .arg(worst->metric, worst->window, toText(worst->severity),
                            worst->value ? QString::number(*worst->value, 'g', 6) : QStringLiteral("?"),
                            t.text.isEmpty() ? t.op + QLatin1Char(' ') + QString::number(t.value, 'g', 6) : t.text)
                       .simplified();
    if (breaching > 1)
        text += MetricEvaluator::tr(" + %n more", nullptr, breaching - 1);
    return text;
}

QHash<QString, MetricPoint> Evaluation::incidentPoints() const
{
    QHash<QString, MetricPoint> points;
    for (const MetricValue &m : metrics)
        points.insert(m.id, {at, m.value, m.severity == Severity::Unknown && m.reason.isEmpty() ? QString() : toText(m.severity)});
    return points;
}

QHash<QString, Triage::Urgency> Evaluation::triageUrgency(const Runbook &runbook) const
{
    QHash<QString, Triage::Urgency> urgency;
    for (const Section &s : runbook.sections) {
        const Severity sev = sectionSeverity(s.id);
        urgency.insert(s.id, sev == Severity::Critical ? Triage::Urgency::Critical
                             : sev == Severity::Warning ? Triage::Urgency::Warning
                                                        : Triage::Urgency::None);
    }
    return urgency;
}

int Evaluation::sectionsAt(Severity s) const
{
    QSet<QString> sections;
    for (const RuleEvaluation &r : rules)
        if (!r.sectionId.isEmpty())
            sections.insert(r.sectionId);
    int n = 0;
    for (const QString &id : sections)
        n += sectionSeverity(id) == s;
    return n;
}

const MetricValue *Evaluation::metric(const QString &id) const
{
    for (const MetricValue &m : metrics)
        if (m.id == id)
            return &m;
    return nullptr;
}

QJsonObject Evaluation::toJson() const
{
    auto threshold = [](const Threshold &t) {
        return QJsonObject{{QStringLiteral("op"), t.op}, {QStringLiteral("value"), t.value}, {QStringLiteral("unit"), toText(t.unit)}};
    };
    QJsonArray rs, ms;
    for (const RuleEvaluation &r : rules)
        rs.append(QJsonObject{{QStringLiteral("id"), r.ruleId},
                              {QStringLiteral("metric"), r.metric},
                              {QStringLiteral("window"), r.window},
                              {QStringLiteral("value"), r.value ? QJsonValue(*r.value) : QJsonValue()},
                              {QStringLiteral("unit"), r.unit},
                              {QStringLiteral("warning"), threshold(r.warning)},
                              {QStringLiteral("critical"), threshold(r.critical)},
                              {QStringLiteral("severity"), toText(r.severity)},
                              {QStringLiteral("reason"), r.reason},
                              {QStringLiteral("section"), r.sectionId}});
    for (const MetricValue &m : metrics) {
        QJsonArray b;
        for (double v : m.buckets)
            b.append(v);
        ms.append(QJsonObject{{QStringLiteral("id"), m.id},
                              {QStringLiteral("label"), m.label},
                              {QStringLiteral("section"), m.section},
                              {QStringLiteral("window"), m.window},
                              {QStringLiteral("value"), m.value ? QJsonValue(*m.value) : QJsonValue()},
                              {QStringLiteral("unit"), m.unit},
                              {QStringLiteral("buckets"), b},
                              {QStringLiteral("reason"), m.reason}});
    }
    return {{QStringLiteral("evaluated_at"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("profile"), profile},
            {QStringLiteral("severity"), toText(severity)},
            {QStringLiteral("rules"), rs},
            {QStringLiteral("metrics"), ms}};
}

namespace {
// The request key of a metric term; a duration reads a field, so it is its own query.
QString termKey(const MetricDef &d, const MetricTerm &t)
{
    const QString base = (t.pattern ? QStringLiteral("p:") : QStringLiteral("q:")) + t.text;
    return d.kind == MetricDef::Duration ? QStringLiteral("d:") + d.field + QLatin1Char(':') + base : base;
}
} // namespace

MetricEvaluator::MetricEvaluator(QObject *parent) : QObject(parent) {}

QString MetricEvaluator::queryError(const MetricDef &d)
{
    for (const QList<MetricTerm> *terms : {&d.terms, &d.denominator})
        for (const MetricTerm &t : *terms) {
            if (t.pattern)
                continue;
            if (const auto n = LogQueryParser::parse(t.text); !n)
                return tr("the query \"%1\" does not parse: %2").arg(TextUtil::elided(t.text), n.error());
        }
    return {};
}

QString MetricEvaluator::setSource(const QString &spec, const LogSourceOptions &options)
{
    auto src = LogSource::create(spec, options);
    if (!src)
        return src.error();
    cancel();
    // An evaluation under way read the old source, which goes now and will
    // never answer: it is abandoned (the monitor starts the next one).
    if (m_running) {
        m_running = false;
        ++m_generation;
    }
    m_spec = spec;
    m_options = options;
    m_source = src.value();
    connect(m_source.get(), &LogSource::finished, this, [this](const LogResult &result) {
        if (!m_running)
            return;
        const qint64 window = m_windows.front();
        m_windows.erase(m_windows.begin());
        QString error = result.errors.join(QStringLiteral("; "));
        if (result.cancelled)
            error = tr("cancelled");
        const LogRequest req = [&] {
            LogRequest r;
            r.fromMs = m_now - window;
            r.toMs = m_now;
            r.bucketMs = std::max<qint64>(60'000, window / 24);
            return r;
        }();
        const MetricDef *current = nullptr;
        auto resultFor = [&result, &current](const MetricTerm &t) -> const LogQueryResult * {
            const QString key = termKey(*current, t);
            for (const LogQueryResult &q : result.queries)
                if (q.query == key)
                    return &q;
            return nullptr;
        };
        for (MetricValue &mv : m_eval.metrics) {
            const MetricDef *def = m_wiring.metric(mv.id);
            if (!def || def->windowMs != window || def->kind == MetricDef::HttpField || def->kind == MetricDef::SqlScalar
                || def->kind == MetricDef::PromQl || m_broken.contains(def->id))
                continue;
            current = def;
            if (!error.isEmpty()) {
                mv.reason = tr("the log source failed: %1").arg(error);
                continue;
            }
            const size_t nb = size_t(req.bucketCount());
            auto sum = [&](const QList<MetricTerm> &terms, qint64 &total, std::vector<double> &buckets, NumberStats &numbers,
                           std::vector<NumberStats> &bucketNumbers) {
                total = 0;
                buckets.assign(nb, 0);
                bucketNumbers.assign(nb, {});
                for (const MetricTerm &t : terms)
                    if (const LogQueryResult *q = resultFor(t)) {
                        total += q->total;
                        numbers.merge(q->numbers);
                        for (size_t b = 0; b < nb && b < q->buckets.size(); ++b) {
                            buckets[b] += double(q->buckets[b]);
                            bucketNumbers[b].merge(q->bucketNumbers[b]);
                        }
                    }
            };
            qint64 total = 0;
            std::vector<double> buckets;
            NumberStats numbers;
            std::vector<NumberStats> bucketNumbers;
            sum(def->terms, total, buckets, numbers, bucketNumbers);
            switch (def->kind) {
            case MetricDef::Count:
                mv.value = double(total);
                mv.unit = QStringLiteral("count");
                mv.buckets = buckets;
                break;
            case MetricDef::Rate:
                mv.value = double(total) / (double(window) / def->perMs);
                mv.unit = def->perMs > 3'600'000 ? QStringLiteral("per day") : QStringLiteral("per hour");
                mv.buckets = buckets;
                break;
            case MetricDef::SuccessRate:
                mv.unit = QStringLiteral("%");
                mv.buckets = buckets;
                if (def->expected > 0)
                    mv.value = 100.0 * double(total) / def->expected;
                else
                    mv.reason = tr("no runs expected in the window");
                break;
            case MetricDef::Ratio: {
                qint64 den = 0;
                std::vector<double> denBuckets;
                NumberStats unused;
                std::vector<NumberStats> unusedBuckets;
                sum(def->denominator, den, denBuckets, unused, unusedBuckets);
                mv.unit = QStringLiteral("%");
                mv.buckets.assign(nb, 0);
                for (size_t b = 0; b < nb; ++b)
                    mv.buckets[b] = denBuckets[b] > 0 ? 100.0 * buckets[b] / denBuckets[b] : 0;
                if (den == 0)
                    mv.reason = tr("no data: nothing to divide by in the last %1").arg(def->windowText);
                else
                    mv.value = 100.0 * double(total) / double(den);
                break;
            }
            case MetricDef::Extract:
            case MetricDef::Duration: {
                mv.unit = def->kind == MetricDef::Duration ? QStringLiteral("ms") : QStringLiteral("count");
                mv.buckets.assign(nb, 0);
                auto pick = [&def](const NumberStats &s) {
                    if (def->stat == QStringLiteral("sum"))
                        return s.sum;
                    if (def->stat == QStringLiteral("min"))
                        return s.min;
                    if (def->stat == QStringLiteral("max"))
                        return s.max;
                    return s.last;
                };
                for (size_t b = 0; b < nb; ++b)
                    mv.buckets[b] = bucketNumbers[b].count > 0 ? pick(bucketNumbers[b]) : 0;
                if (numbers.count == 0)
                    mv.reason = tr("no data: no matching line in the last %1").arg(def->windowText);
                else
                    mv.value = pick(numbers);
                break;
            }
            default: break;
            }
        }
        runNextGroup();
    });
    return {};
}

void MetricEvaluator::cancel()
{
    m_cancelled = m_running;
    if (m_running && m_source)
        m_source->cancel();
}

void MetricEvaluator::runProbeMetrics()
{
    if (m_probes.empty())
        return finish();
    const QString id = m_probes.front();
    m_probes.erase(m_probes.begin());
    const quint64 generation = m_generation;
    const MetricDef *d = m_wiring.metric(id);
    const Profile *p = m_wiring.profile(m_eval.profile);
    const Connector *c = p && d ? p->connector(d->connector) : nullptr;
    if (m_cancelled)
        return probeDone(generation, id, std::nullopt, tr("cancelled"));
    if (!c)
        return probeDone(generation, id, std::nullopt, tr("profile %1 has no connector %2").arg(m_eval.profile, d ? d->connector : QString()));
    if (c->coming)
        return probeDone(generation, id, std::nullopt, tr("connector %1 is not available in this profile yet").arg(c->name));
    if (d->kind == MetricDef::PromQl) {
        if (c->kind != QLatin1String("prometheus"))
            return probeDone(generation, id, std::nullopt, tr("connector %1 is not a prometheus connector").arg(c->name));
        QStringList missing;
        const QString query = CodeText::fillPromQl(d->query, {}, &missing);
        if (!missing.isEmpty())
            return probeDone(generation, id, std::nullopt, tr("the query needs %1, which a metric has no value for").arg(missing.join(QStringLiteral(", "))));
        const auto api = ProfileTargets::apiTarget(*p, *c, m_vars);
        if (!api)
            return probeDone(generation, id, std::nullopt, api.error());
        auto *client = new PrometheusClient(api->base, api->auth, PrometheusClient::defaultPolicy(), this);
        client->query(query, QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC), [this, client, generation, id](Result<PromResult> r) {
            client->deleteLater();
            if (!r)
                return probeDone(generation, id, std::nullopt, r.error());
            QString why;
            const auto v = r->single(&why);
            probeDone(generation, id, v, v ? QString() : tr("no number: %1").arg(why));
        });
        return;
    }
    if (d->kind == MetricDef::SqlScalar) {
        const auto target = ProfileTargets::sqlTarget(*p, *c, m_vars);
        if (!target)
            return probeDone(generation, id, std::nullopt, target.error());
        QVariantMap params;
        if (d->sql.contains(QStringLiteral(":window_start")))
            params.insert(QStringLiteral("window_start"), QDateTime::fromMSecsSinceEpoch(m_now - d->windowMs, Qt::UTC).toString(Qt::ISODate));
        if (d->sql.contains(QStringLiteral(":now")))
            params.insert(QStringLiteral("now"), QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC).toString(Qt::ISODate));
        runAsync(this, [t = target.value(), sql = d->sql, params]() -> Result<SqlTable> {
            SqlRunner r(t);
            if (Status s = r.open(); !s)
                return Result<SqlTable>::failure(s.error());
            return r.probe(sql, params, 1);
        }, [this, generation, id](Result<SqlTable> t) {
            if (!t)
                return probeDone(generation, id, std::nullopt, tr("the database: %1").arg(t.error()));
            const QVariant cell = t->rows.isEmpty() ? QVariant() : t->rows.first().value(0);
            bool ok = false;
            const double v = cell.toDouble(&ok);
            probeDone(generation, id, ok && !cell.isNull() ? std::optional<double>(v) : std::nullopt,
                      ok && !cell.isNull() ? QString() : tr("no data: the query gave no number"));
        });
        return;
    }
    const auto routeAt = routeUrl(*c, d->path, m_vars);
    if (!routeAt)
        return probeDone(generation, id, std::nullopt, routeAt.error());
    const auto secret = bearerFor(*p, *c, routeAt.value(), m_vars);
    if (!secret)
        return probeDone(generation, id, std::nullopt, secret.error());
    const QString bearer = secret.value();
    // Several fields of one route: one call per evaluation.
    const QString route = c->name + QLatin1Char(' ') + d->path;
    auto judgeRoute = [this, generation, id, field = d->field, path = d->path](const HttpProbeResult &r) {
        if (!r.error.isEmpty())
            return probeDone(generation, id, std::nullopt, r.error);
        if (r.status < 200 || r.status >= 300)
            return probeDone(generation, id, std::nullopt, tr("%1 answered HTTP %2").arg(path).arg(r.status));
        const QJsonValue v = r.field(field);
        if (v.isBool())
            return probeDone(generation, id, v.toBool() ? 1.0 : 0.0, {});
        if (v.isDouble())
            return probeDone(generation, id, v.toDouble(), {});
        probeDone(generation, id, std::nullopt, tr("no data: %1 has no number at %2").arg(path, field));
    };
    if (const auto cached = m_routeReplies.constFind(route); cached != m_routeReplies.constEnd())
        return judgeRoute(*cached);
    auto *probe = new HttpProbe(this);
    connect(probe, &HttpProbe::finished, this, [this, probe, route, judgeRoute](const HttpProbeResult &r) {
        probe->deleteLater();
        m_routeReplies.insert(route, r);
        judgeRoute(r);
    });
    probe->start({routeAt.value(), "GET", bearer, 1, 10'000});
}

void MetricEvaluator::probeDone(quint64 generation, const QString &id, std::optional<double> value, const QString &reason)
{
    if (generation != m_generation || !m_running)
        return; // an evaluation that was replaced
    for (MetricValue &mv : m_eval.metrics)
        if (mv.id == id) {
            mv.value = value;
            mv.reason = reason;
            mv.unit = QStringLiteral("value");
        }
    if (const MetricDef *d = m_wiring.metric(id); d && d->kind == MetricDef::HttpField && value)
        m_lastRouteValues.insert(id, {*value, m_eval.at});
    runProbeMetrics();
}

bool MetricEvaluator::meets(const Threshold &t, double v)
{
    // Comparisons are strict as written: "> 10" is not met by 10.
    if (t.op == QStringLiteral(">"))
        return v > t.value;
    if (t.op == QStringLiteral(">="))
        return v >= t.value;
    if (t.op == QStringLiteral("<"))
        return v < t.value;
    if (t.op == QStringLiteral("<="))
        return v <= t.value;
    if (t.op == QStringLiteral("="))
        return v == t.value;
    return false;
}

Severity MetricEvaluator::judge(const ThresholdRule &rule, double value)
{
    if (!rule.critical.op.isEmpty() && meets(rule.critical, value))
        return Severity::Critical;
    if (!rule.warning.op.isEmpty() && meets(rule.warning, value))
        return Severity::Warning;
    return Severity::Ok;
}

void MetricEvaluator::evaluate(const Runbook &runbook, const Wiring &wiring, const QString &profile, qint64 nowMs)
{
    cancel();
    m_runbook = runbook;
    m_wiring = wiring;
    m_now = nowMs;
    m_eval = {};
    m_eval.at = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    m_eval.profile = profile;
    m_windows.clear();
    m_probes.clear();
    m_routeReplies.clear();
    m_broken.clear();
    m_cancelled = false;
    ++m_generation;
    for (const MetricDef &d : wiring.metrics) {
        MetricValue mv;
        mv.id = d.id;
        mv.label = d.label;
        mv.section = d.section;
        mv.window = d.windowText;
        switch (d.kind) {
        case MetricDef::HttpField:
            if (m_runRoutes)
                m_probes.push_back(d.id);
            else {
                // Not called now: the last reading, if any, with when it was taken.
                mv.onRequest = true;
                if (const auto last = m_lastRouteValues.constFind(d.id); last != m_lastRouteValues.constEnd()) {
                    mv.value = last->first;
                    mv.unit = QStringLiteral("value");
                    mv.reason = tr("as read at %1; read again with Read Route Metrics").arg(last->second.toLocalTime().toString(QStringLiteral("HH:mm")));
                } else {
                    mv.reason = tr("read by calling %1, which runs it: ask for it (Read Route Metrics, or check --run-routes)").arg(d.path);
                }
            }
            break;
        case MetricDef::SqlScalar:
        case MetricDef::PromQl: m_probes.push_back(d.id); break;
        default:
            // A query that does not parse gives no number: the metric is
            // unknown with the parser's message, never a count of nothing.
            if (const QString broken = queryError(d); !broken.isEmpty()) {
                mv.reason = broken;
                m_broken.insert(d.id);
                break;
            }
            if (std::find(m_windows.begin(), m_windows.end(), d.windowMs) == m_windows.end())
                m_windows.push_back(d.windowMs);
            if (!m_source)
                mv.reason = m_setupError.isEmpty() ? tr("no log source in this profile") : m_setupError;
        }
        m_eval.metrics.push_back(mv);
    }
    m_running = true;
    if (!m_source)
        m_windows.clear();
    runNextGroup();
}

void MetricEvaluator::runNextGroup()
{
    if (m_windows.empty()) {
        runProbeMetrics();
        return;
    }
    const qint64 window = m_windows.front();
    LogRequest req;
    req.fromMs = m_now - window;
    req.toMs = m_now;
    req.bucketMs = std::max<qint64>(60'000, window / 24);
    req.samples = 0;
    for (const MetricDef &d : m_wiring.metrics) {
        if (d.windowMs != window || m_broken.contains(d.id))
            continue;
        for (const QList<MetricTerm> *terms : {&d.terms, &d.denominator})
            for (const MetricTerm &t : *terms) {
                const QString key = termKey(d, t);
                if (req.queryTexts.contains(key))
                    continue;
                if (t.pattern) {
                    req.queryTexts.append(key);
                    req.queries.push_back(QueryNode::fromRunbookPattern(t.text));
                    req.valueFields.append(d.kind == MetricDef::Duration ? d.field : QString());
                } else {
                    req.queryTexts.append(key);
                    req.queries.push_back(LogQueryParser::parse(t.text).value()); // checked in evaluate()
                    req.valueFields.append(d.kind == MetricDef::Duration ? d.field : QString());
                }
            }
    }
    m_source->start(req);
}

void MetricEvaluator::finish()
{
    m_running = false;
    // Judge the runbook's rules with the metrics the wiring binds them to.
    for (const ThresholdRule &rule : m_runbook.thresholds) {
        RuleEvaluation r;
        r.ruleId = rule.id;
        r.metric = rule.metric;
        r.window = rule.window;
        r.sectionId = rule.sectionId;
        r.warning = rule.warning;
        r.critical = rule.critical;
        r.metricId = m_wiring.rules.value(rule.id);
        const MetricValue *mv = r.metricId.isEmpty() ? nullptr : m_eval.metric(r.metricId);
        if (!mv) {
            r.severity = Severity::Unknown;
            r.reason = r.metricId.isEmpty() ? tr("not wired: no metric judges this row (rules: in the wiring)")
                                            : tr("the wiring names a metric \"%1\" that does not exist").arg(r.metricId);
        } else if (mv->value) {
            r.value = mv->value;
            r.unit = mv->unit;
            r.severity = judge(rule, *mv->value);
        } else {
            const MetricDef *def = m_wiring.metric(mv->id);
            const bool emptyIsOk = def && def->kind == MetricDef::Ratio && def->whenEmpty == QStringLiteral("ok") && mv->reason.startsWith(tr("no data"));
            r.severity = emptyIsOk ? Severity::Ok : Severity::Unknown;
            r.reason = mv->reason;
            r.unit = mv->unit;
        }
        m_eval.severity = worse(m_eval.severity, r.severity);
        m_eval.rules.push_back(r);
    }
    for (MetricValue &mv : m_eval.metrics)
        for (const RuleEvaluation &r : m_eval.rules)
            if (r.metricId == mv.id)
                mv.severity = r.severity;
    Q_EMIT finished(m_eval);
}
