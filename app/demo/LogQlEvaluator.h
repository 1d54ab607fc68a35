#pragma once
// LogQlEvaluator: the subset of LogQL the demo Loki speaks — a stream
// selector, line filters (|= != |~ !~), `| json` and label filters, and
// `sum(count_over_time(… [range]))`. Parse errors carry the column.
#include "logs/LogEvent.h"
#include "base/Result.h"

#include <QHash>
#include <QRegularExpression>
#include <memory>

class LogQlEvaluator
{
public:
    static Result<std::shared_ptr<LogQlEvaluator>> parse(const QString &query);

    bool isMetric() const { return m_metric; }
    qint64 rangeMs() const { return m_rangeMs; }
    // Whether a line (with its stream labels) passes selector and pipeline.
    bool matches(const QHash<QString, QString> &streamLabels, const QString &line) const;

    struct Matcher
    {
        QString name;
        QString op; // = != =~ !~ == > >= < <=
        QString value;
        QRegularExpression re;
    };
    struct LabelExpr
    {
        enum Kind { Leaf, And, Or } kind = Leaf;
        Matcher leaf;
        std::vector<LabelExpr> children;
    };
    struct Stage
    {
        enum Kind { Contains, NotContains, Regex, NotRegex, Json, Labels } kind = Contains;
        QString text;
        QRegularExpression re;
        LabelExpr labels;
    };

private:
    std::vector<Matcher> m_selector;
    std::vector<Stage> m_stages;
    bool m_metric = false;
    qint64 m_rangeMs = 0;
};
