#pragma once
// DatadogSearch: the demo Datadog's own reading of the log search syntax,
// written apart from the product's LogQueryParser/QueryMatcher so that a test
// through the fake checks the product's Datadog writer against an independent
// reader. Terms and "phrases" match the message case-insensitively (as
// Datadog's full-text search does); @attr:value (dotted paths, * wildcards,
// >n <n >=n <=n, * alone = present), status:/service:/host:/source:, any other
// key:value a tag; implicit AND, AND, OR, NOT or -, parentheses.
#include "base/Result.h"
#include "logs/LogEvent.h"

#include <vector>

class DatadogSearch
{
public:
    static Result<DatadogSearch> parse(const QString &query);
    bool matches(const LogEvent &e) const;

    struct Node
    {
        enum Kind { All, And, Or, Not, Text, Field } kind = All;
        QString field;
        QString value;
        std::vector<Node> children;
    };

private:
    Node m_root;
};
