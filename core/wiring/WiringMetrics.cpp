// The metrics of a wiring file: what each counts (log patterns or queries),
// over which window, and the kinds that ask a connector (http_field,
// sql_scalar, promql).
#include "wiring/WiringReader.h"

#include "base/LogTime.h"
#include "runbook/Runbook.h"

#include <QSet>

namespace WiringRead {

QList<MetricTerm> Reader::readTerms(const YAML::Node &n, const QString &where)
{
    QList<MetricTerm> out;
    if (!n.IsSequence()) {
        msg(n, tr("%1: expected a list of { pattern: … } or { query: … }").arg(where));
        return out;
    }
    for (std::size_t i = 0; i < n.size(); ++i) {
        const YAML::Node t = n[i];
        if (t.IsMap() && t["pattern"] && t["pattern"].IsScalar())
            out.append({qs(t["pattern"].Scalar()), true});
        else if (t.IsMap() && t["query"] && t["query"].IsScalar()) {
            out.append({qs(t["query"].Scalar()), false});
            checkQuery(t["query"], where);
        }
        else
            msg(t, tr("%1: each item is { pattern: TEXT } or { query: TEXT }").arg(where));
    }
    return out;
}

void Reader::readMetric(const QString &id, const YAML::Node &n, const YAML::Node &keyNode)
{
    const QString where = QStringLiteral("metrics.") + id;
    if (!expectMap(n, where))
        return;
    MetricDef m;
    m.id = id;
    m.line = keyNode.Mark().line + 1;
    static const QHash<QString, MetricDef::Kind> kinds = {
        {QStringLiteral("count"), MetricDef::Count},          {QStringLiteral("rate"), MetricDef::Rate},
        {QStringLiteral("ratio"), MetricDef::Ratio},          {QStringLiteral("extract"), MetricDef::Extract},
        {QStringLiteral("success_rate"), MetricDef::SuccessRate}, {QStringLiteral("http_field"), MetricDef::HttpField},
        {QStringLiteral("sql_scalar"), MetricDef::SqlScalar}, {QStringLiteral("duration"), MetricDef::Duration},
        {QStringLiteral("promql"), MetricDef::PromQl}};
    static const QSet<QString> keys = {QStringLiteral("label"), QStringLiteral("section"), QStringLiteral("kind"), QStringLiteral("window"),
                                       QStringLiteral("count"), QStringLiteral("numerator"), QStringLiteral("denominator"), QStringLiteral("stat"),
                                       QStringLiteral("per"), QStringLiteral("expected"), QStringLiteral("when_empty"), QStringLiteral("connector"),
                                       QStringLiteral("path"), QStringLiteral("field"), QStringLiteral("sql"), QStringLiteral("description"),
                                       QStringLiteral("query")};
    for (auto it = n.begin(); it != n.end(); ++it)
        if (!keys.contains(qs(it->first.Scalar())))
            msg(it->first, tr("%1: unknown key \"%2\"").arg(where, qs(it->first.Scalar())));
    const QString kind = n["kind"] ? scalar(n["kind"], where + QStringLiteral(".kind")).value_or(QString()) : QStringLiteral("count");
    if (!kinds.contains(kind)) {
        msg(n["kind"] ? n["kind"] : n, tr("%1.kind: unknown metric kind \"%2\"").arg(where, kind));
        return;
    }
    m.kind = kinds.value(kind);
    m.label = n["label"] ? scalar(n["label"], where).value_or(id) : id;
    m.section = n["section"] ? scalar(n["section"], where).value_or(QString()) : QString();
    if (m_rb && !m.section.isEmpty() && !m_rb->section(m.section))
        msg(n["section"], tr("%1.section: the runbook has no section \"%2\"").arg(where, m.section));
    m.windowText = n["window"] ? scalar(n["window"], where).value_or(QStringLiteral("1h")) : QStringLiteral("1h");
    const auto w = LogTime::parseDuration(m.windowText);
    if (!w)
        msg(n["window"] ? n["window"] : n, tr("%1.window: expected a duration such as 1h, 24h, 7d").arg(where));
    else
        m.windowMs = *w;
    if (m.kind == MetricDef::Ratio) {
        if (n["numerator"])
            m.terms = readTerms(n["numerator"], where + QStringLiteral(".numerator"));
        if (n["denominator"])
            m.denominator = readTerms(n["denominator"], where + QStringLiteral(".denominator"));
        if (m.terms.isEmpty() || m.denominator.isEmpty())
            msg(n, tr("%1: a ratio needs numerator and denominator").arg(where));
        m.whenEmpty = n["when_empty"] ? scalar(n["when_empty"], where).value_or(QStringLiteral("unknown")) : QStringLiteral("unknown");
    } else if (m.kind == MetricDef::Count || m.kind == MetricDef::Rate || m.kind == MetricDef::Extract || m.kind == MetricDef::SuccessRate
               || m.kind == MetricDef::Duration) {
        if (n["count"])
            m.terms = readTerms(n["count"], where + QStringLiteral(".count"));
        if (m.terms.isEmpty())
            msg(n, tr("%1: needs \"count\": the log patterns or queries to count").arg(where));
    }
    if (m.kind == MetricDef::Duration) {
        m.field = n["field"] ? scalar(n["field"], where + QStringLiteral(".field")).value_or(QString()) : QString();
        if (m.field.isEmpty())
            msg(n, tr("%1: a duration needs \"field\", the attribute with the number (e.g. durationMs)").arg(where));
    }
    if (m.kind == MetricDef::PromQl) {
        m.connector = n["connector"] ? scalar(n["connector"], where + QStringLiteral(".connector")).value_or(QString()) : QString();
        m.query = n["query"] ? scalar(n["query"], where + QStringLiteral(".query")).value_or(QString()).trimmed() : QString();
        if (m.connector.isEmpty() || m.query.isEmpty())
            msg(n, tr("%1: a promql metric needs \"connector\" (a prometheus connector) and \"query\" (PromQL giving one number)").arg(where));
    }
    if (m.kind == MetricDef::HttpField || m.kind == MetricDef::SqlScalar) {
        auto text = [&](const char *key) { return n[key] ? scalar(n[key], where + QLatin1Char('.') + QLatin1String(key)).value_or(QString()) : QString(); };
        m.connector = text("connector");
        if (m.connector.isEmpty())
            msg(n, tr("%1: needs \"connector\", the connector it asks").arg(where));
        if (m.kind == MetricDef::HttpField) {
            m.path = text("path");
            m.field = text("field");
            if (m.path.isEmpty() || m.field.isEmpty())
                msg(n, tr("%1: an http_field metric needs \"path\" (the route) and \"field\" (the JSON path of the number)").arg(where));
        } else {
            m.sql = text("sql");
            if (m.sql.isEmpty())
                msg(n, tr("%1: a sql_scalar metric needs \"sql\", a SELECT of one number").arg(where));
        }
    }
    if ((m.kind == MetricDef::Extract || m.kind == MetricDef::Duration) && n["stat"]) {
        m.stat = scalar(n["stat"], where).value_or(QStringLiteral("last"));
        if (!QStringList{QStringLiteral("last"), QStringLiteral("sum"), QStringLiteral("min"), QStringLiteral("max")}.contains(m.stat))
            msg(n["stat"], tr("%1.stat: expected last, sum, min or max").arg(where));
    }
    if (m.kind == MetricDef::Rate) {
        const QString per = n["per"] ? scalar(n["per"], where).value_or(QStringLiteral("hour")) : QStringLiteral("hour");
        m.perMs = per == QStringLiteral("day") ? 86'400'000.0 : 3'600'000.0;
    }
    if (m.kind == MetricDef::SuccessRate)
        m.expected = n["expected"] ? scalar(n["expected"], where).value_or(QStringLiteral("0")).toDouble() : 0;
    m_w.metrics.append(m);
}

} // namespace WiringRead
