#pragma once
// LogQlWriter: a QueryNode as LogQL for Grafana Loki — line filters inside a
// configurable stream selector, `| json` label filters for attributes — and a
// clear error for what LogQL cannot express.
#include "logs/QueryNode.h"
#include "base/Result.h"

#include <QCoreApplication>

class LogQlWriter
{
    Q_DECLARE_TR_FUNCTIONS(LogQlWriter)

public:
    // A log query: `{selector} |= "…" …`.
    static Result<QString> logQuery(const QueryNode &root, const QString &selector);
    // A per-bucket count: `sum(count_over_time(<log query> [bucket]))`.
    static Result<QString> countQuery(const QueryNode &root, const QString &selector, const QString &bucket);
};
