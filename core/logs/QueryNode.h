#pragma once
// QueryNode: the AST of a log search query (Datadog's search syntax), shared
// by the local matcher, the Datadog query writer and the LogQL writer.
#include <QString>
#include <QStringList>
#include <vector>

struct QueryNode
{
    enum Kind {
        MatchAll, // empty query
        And,
        Or,
        Not,
        Text,    // free text on the message: a term or a "phrase"
        Field,   // @attr:value or tag:value (value may hold wildcards)
        Range,   // @attr:[low TO high]
        Compare, // @attr:>n
        Exists,  // @attr:*
    };
    Kind kind = MatchAll;
    std::vector<QueryNode> children;
    QString field;          // attribute path without '@', or tag/reserved name
    bool attribute = false; // written with '@'
    QString text;           // Text/Field value, unescaped; wildcard '*' kept in `parts`
    bool phrase = false;    // was quoted
    QStringList parts;      // unquoted value split at unescaped '*' (size > 1: wildcard)
    bool numberPlaceholder = false; // runbook pattern with `X` standing for a number
    QString op;             // Compare: ">", ">=", "<", "<="
    double number = 0;      // Compare
    double low = 0, high = 0; // Range (inclusive, as Datadog's [a TO b])
    int column = 0;         // 1-based column in the query text

    bool isWildcard() const { return parts.size() > 1; }

    static QueryNode makeText(const QString &text, bool phrase, int column = 0);
    // A runbook log pattern: an exact phrase; a standalone `X` is a number placeholder.
    static QueryNode fromRunbookPattern(const QString &pattern);
};
