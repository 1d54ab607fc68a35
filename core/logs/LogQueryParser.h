#pragma once
// LogQueryParser: Datadog's log search syntax into a QueryNode tree — terms,
// "phrases", implicit AND, OR, -/NOT, parentheses, @attr:value, tag:value,
// @attr:(a OR b), * wildcards outside quotes, @attr:[a TO b], @attr:>n,
// @attr:*, and \ escapes. Errors name the column: "unclosed quote at column 14".
#include "logs/QueryNode.h"
#include "base/Result.h"

#include <QCoreApplication>

class LogQueryParser
{
    Q_DECLARE_TR_FUNCTIONS(LogQueryParser)

public:
    static Result<QueryNode> parse(const QString &query);
};
