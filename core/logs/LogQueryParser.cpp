#include "logs/LogQueryParser.h"

namespace {

struct ParseError
{
    QString message;
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(LogQueryParser)

public:
    explicit Parser(const QString &q) : s(q) {}

    QueryNode parseQuery()
    {
        skipWs();
        if (atEnd())
            return {};
        QueryNode n = parseOr();
        skipWs();
        if (!atEnd()) {
            if (peek() == QLatin1Char(')'))
                fail(tr("unexpected ')' at column %1").arg(col()));
            fail(tr("unexpected '%1' at column %2").arg(peek()).arg(col()));
        }
        return n;
    }

private:
    const QString &s;
    qsizetype i = 0;
    int depth = 0; // open parentheses and NOTs: each one a level of recursion

    // Deeper than any real query; keeps the recursion (here, in the matcher and
    // in the writers) far from the stack's end.
    static constexpr int MaxDepth = 64;
    struct Nest
    {
        Parser &p;
        Nest(Parser &parser, int column) : p(parser)
        {
            if (++p.depth > MaxDepth)
                p.fail(tr("the query nests deeper than %1 levels (parentheses, value groups or NOT) at column %2").arg(MaxDepth).arg(column));
        }
        ~Nest() { --p.depth; }
    };

    [[noreturn]] void fail(const QString &m) { throw ParseError{m}; }
    bool atEnd() const { return i >= s.size(); }
    QChar peek(qsizetype ahead = 0) const { return i + ahead < s.size() ? s.at(i + ahead) : QChar(); }
    int col() const { return int(i) + 1; }
    void skipWs()
    {
        while (!atEnd() && peek().isSpace())
            ++i;
    }
    // A keyword (AND/OR/NOT) stands alone: followed by space, '(' or end.
    bool atKeyword(QLatin1StringView kw) const
    {
        if (QStringView(s).mid(i, kw.size()) != kw)
            return false;
        const QChar after = i + kw.size() < s.size() ? s.at(i + kw.size()) : QChar(QLatin1Char(' '));
        return after.isSpace() || after == QLatin1Char('(') || (kw == QLatin1String("NOT") && after == QLatin1Char('"'));
    }

    QueryNode combine(QueryNode::Kind kind, std::vector<QueryNode> items)
    {
        if (items.size() == 1)
            return std::move(items.front());
        QueryNode n;
        n.kind = kind;
        n.column = items.front().column;
        n.children = std::move(items);
        return n;
    }

    QueryNode parseOr()
    {
        std::vector<QueryNode> items{parseAnd()};
        for (;;) {
            skipWs();
            if (!atKeyword(QLatin1String("OR")))
                break;
            const int c = col();
            i += 2;
            skipWs();
            if (atEnd() || peek() == QLatin1Char(')'))
                fail(tr("'OR' at column %1 has nothing after it").arg(c));
            items.push_back(parseAnd());
        }
        return combine(QueryNode::Or, std::move(items));
    }

    QueryNode parseAnd()
    {
        std::vector<QueryNode> items{parseUnary()};
        for (;;) {
            skipWs();
            if (atEnd() || peek() == QLatin1Char(')') || atKeyword(QLatin1String("OR")))
                break;
            if (atKeyword(QLatin1String("AND"))) {
                const int c = col();
                i += 3;
                skipWs();
                if (atEnd() || peek() == QLatin1Char(')') || atKeyword(QLatin1String("OR")))
                    fail(tr("'AND' at column %1 has nothing after it").arg(c));
            }
            items.push_back(parseUnary());
        }
        return combine(QueryNode::And, std::move(items));
    }

    QueryNode parseUnary()
    {
        skipWs();
        const int c = col();
        if (atKeyword(QLatin1String("NOT")) || (peek() == QLatin1Char('-') && i + 1 < s.size() && !s.at(i + 1).isSpace())) {
            i += peek() == QLatin1Char('-') ? 1 : 3;
            skipWs();
            if (atEnd() || peek() == QLatin1Char(')'))
                fail(tr("'NOT' at column %1 has nothing after it").arg(c));
            const Nest nest(*this, c);
            QueryNode n;
            n.kind = QueryNode::Not;
            n.column = c;
            n.children.push_back(parseUnary());
            return n;
        }
        return parsePrimary();
    }

    QueryNode parsePrimary()
    {
        skipWs();
        const int c = col();
        if (atEnd())
            fail(tr("missing term at column %1").arg(c));
        if (peek() == QLatin1Char('(')) {
            const Nest nest(*this, c);
            ++i;
            skipWs();
            if (peek() == QLatin1Char(')'))
                fail(tr("empty parentheses at column %1").arg(c));
            QueryNode n = parseOr();
            skipWs();
            if (peek() != QLatin1Char(')'))
                fail(tr("unclosed parenthesis at column %1").arg(c));
            ++i;
            return n;
        }
        if (peek() == QLatin1Char(')'))
            fail(tr("unexpected ')' at column %1").arg(c));
        // AND / OR join two terms: one where a term should be has nothing before it.
        for (const QLatin1StringView kw : {QLatin1StringView("AND"), QLatin1StringView("OR")})
            if (atKeyword(kw))
                fail(tr("'%1' at column %2 has nothing before it").arg(kw).arg(c));
        if (peek() == QLatin1Char('"'))
            return QueryNode::makeText(readPhrase(), true, c);
        // A word; a field if it has an unescaped ':' before any space.
        QString field;
        if (readFieldName(field))
            return parseFieldValue(field, c);
        QStringList parts;
        const QString w = readWord(parts);
        QueryNode n = QueryNode::makeText(w, false, c);
        n.parts = parts;
        return n;
    }

    QString readPhrase()
    {
        const int c = col();
        ++i; // opening quote
        QString out;
        while (!atEnd() && peek() != QLatin1Char('"')) {
            if (peek() == QLatin1Char('\\')) {
                ++i;
                if (atEnd())
                    break;
            }
            out += s.at(i++);
        }
        if (atEnd())
            fail(tr("unclosed quote at column %1").arg(c));
        ++i; // closing quote
        return out;
    }

    static bool isWordBreak(QChar ch)
    {
        return ch.isSpace() || ch == QLatin1Char('(') || ch == QLatin1Char(')') || ch == QLatin1Char('"');
    }

    // Looks ahead for "name:" ; consumes it when found.
    bool readFieldName(QString &field)
    {
        qsizetype j = i;
        QString name;
        while (j < s.size() && !isWordBreak(s.at(j))) {
            const QChar ch = s.at(j);
            if (ch == QLatin1Char('\\')) {
                if (j + 1 >= s.size())
                    return false;
                name += s.at(j + 1);
                j += 2;
                continue;
            }
            if (ch == QLatin1Char(':')) {
                if (name.isEmpty() || name == QStringLiteral("@"))
                    return false;
                field = name;
                i = j + 1;
                return true;
            }
            if (ch == QLatin1Char('[') || ch == QLatin1Char('*'))
                return false; // a term such as [cleanup-photos] or foo*
            name += ch;
            ++j;
        }
        return false;
    }

    // Unquoted word; `parts` splits it at unescaped '*'.
    QString readWord(QStringList &parts)
    {
        QString out, part;
        parts.clear();
        while (!atEnd() && !isWordBreak(peek())) {
            if (peek() == QLatin1Char('\\')) {
                if (i + 1 >= s.size())
                    fail(tr("escape at the end of the query at column %1").arg(col()));
                out += s.at(i + 1);
                part += s.at(i + 1);
                i += 2;
                continue;
            }
            if (peek() == QLatin1Char('*')) {
                parts.append(part);
                part.clear();
            } else {
                part += peek();
            }
            out += s.at(i++);
        }
        parts.append(part);
        return out;
    }

    double readNumber()
    {
        skipWs();
        const int c = col();
        QString t;
        while (!atEnd() && (peek().isDigit() || peek() == QLatin1Char('.') || peek() == QLatin1Char('-') || peek() == QLatin1Char('+')
                            || peek() == QLatin1Char('e') || peek() == QLatin1Char('E')))
            t += s.at(i++);
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok)
            fail(tr("expected a number at column %1").arg(c));
        return v;
    }

    QueryNode parseFieldValue(QString field, int c)
    {
        QueryNode n;
        n.attribute = field.startsWith(QLatin1Char('@'));
        n.field = n.attribute ? field.mid(1) : field;
        n.column = c;
        if (n.field.isEmpty())
            fail(tr("missing attribute name at column %1").arg(c));
        if (atEnd() || peek().isSpace() || peek() == QLatin1Char(')'))
            fail(tr("missing value after '%1:' at column %2").arg(field).arg(c));
        const QChar ch = peek();
        if (ch == QLatin1Char('"')) {
            n.kind = QueryNode::Field;
            n.text = readPhrase();
            n.phrase = true;
            n.parts = QStringList{n.text};
            return n;
        }
        if (ch == QLatin1Char('(')) {
            // @attr:(a OR b): each value against the same attribute. A value
            // may itself be a group, so this is a level of recursion too.
            const int gc = col();
            const Nest nest(*this, gc);
            ++i;
            std::vector<QueryNode> values;
            QueryNode::Kind joiner = QueryNode::Or;
            for (;;) {
                skipWs();
                if (atEnd())
                    fail(tr("unclosed parenthesis at column %1").arg(gc));
                if (peek() == QLatin1Char(')')) {
                    ++i;
                    break;
                }
                if (atKeyword(QLatin1String("OR"))) {
                    i += 2;
                    continue;
                }
                if (atKeyword(QLatin1String("AND"))) {
                    joiner = QueryNode::And;
                    i += 3;
                    continue;
                }
                values.push_back(parseFieldValue(field, col()));
            }
            if (values.empty())
                fail(tr("empty value list at column %1").arg(gc));
            return combine(joiner, std::move(values));
        }
        if (ch == QLatin1Char('[')) {
            const int rc = col();
            ++i;
            n.kind = QueryNode::Range;
            n.low = readNumber();
            skipWs();
            if (!atKeyword(QLatin1String("TO")))
                fail(tr("expected 'TO' in the range at column %1").arg(col()));
            i += 2;
            n.high = readNumber();
            skipWs();
            if (peek() != QLatin1Char(']'))
                fail(tr("unclosed range at column %1").arg(rc));
            ++i;
            return n;
        }
        if (ch == QLatin1Char('>') || ch == QLatin1Char('<')) {
            n.kind = QueryNode::Compare;
            n.op = QString(ch);
            ++i;
            if (peek() == QLatin1Char('=')) {
                n.op += QLatin1Char('=');
                ++i;
            }
            n.number = readNumber();
            return n;
        }
        QStringList parts;
        const QString w = readWord(parts);
        if (w == QStringLiteral("*") && parts.size() == 2) {
            n.kind = QueryNode::Exists;
            return n;
        }
        n.kind = QueryNode::Field;
        n.text = w;
        n.parts = parts;
        return n;
    }
};

} // namespace

Result<QueryNode> LogQueryParser::parse(const QString &query)
{
    if (query.trimmed().isEmpty())
        return Result<QueryNode>::failure(tr("empty query"));
    try {
        Parser p(query);
        return p.parseQuery();
    } catch (const ParseError &e) {
        return Result<QueryNode>::failure(e.message);
    }
}
