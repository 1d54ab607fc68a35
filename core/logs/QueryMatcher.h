#pragma once
// QueryMatcher: the local back end of a QueryNode — exact, case-sensitive
// matching of free text on the message and of attributes on the event's
// fields, plus the number an `X` placeholder stands for.
#include "logs/LogEvent.h"
#include "logs/QueryNode.h"

#include <QRegularExpression>
#include <optional>

class QueryMatcher
{
public:
    explicit QueryMatcher(QueryNode root);

    // Whether the event matches; `extracted` receives the X number when the query has one.
    bool matches(const LogEvent &event, std::optional<double> *extracted = nullptr) const;
    bool extracts() const { return m_extract.isValid() && !m_extract.pattern().isEmpty(); }
    // Literals at least one of which occurs in the raw line of every matching
    // event; empty when no such set exists (then every line is a candidate).
    QStringList requiredLiterals() const;
    const QueryNode &root() const { return m_root; }

private:
    bool eval(const QueryNode &n, const LogEvent &e, std::optional<double> *extracted) const;
    QueryNode m_root;
    QRegularExpression m_extract;
};
