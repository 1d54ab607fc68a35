#include "DatadogSearch.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

class Reader
{
public:
    explicit Reader(const QString &s) : m_s(s) {}
    QString error;

    DatadogSearch::Node query()
    {
        skip();
        if (end())
            return {};
        DatadogSearch::Node n = orExpr();
        skip();
        if (!end() && error.isEmpty())
            error = QStringLiteral("unexpected '%1' at %2").arg(m_s.at(m_i)).arg(m_i + 1);
        return n;
    }

private:
    const QString &m_s;
    qsizetype m_i = 0;
    int m_depth = 0;

    bool end() const { return m_i >= m_s.size(); }
    void skip()
    {
        while (!end() && m_s.at(m_i).isSpace())
            ++m_i;
    }
    bool keyword(const char *kw)
    {
        const QLatin1StringView k(kw);
        if (QStringView(m_s).mid(m_i, k.size()) != k)
            return false;
        const qsizetype after = m_i + k.size();
        if (after < m_s.size() && !m_s.at(after).isSpace() && m_s.at(after) != QLatin1Char('('))
            return false;
        m_i = after;
        return true;
    }
    DatadogSearch::Node group(DatadogSearch::Node::Kind kind, std::vector<DatadogSearch::Node> items)
    {
        if (items.size() == 1)
            return std::move(items.front());
        DatadogSearch::Node n;
        n.kind = kind;
        n.children = std::move(items);
        return n;
    }
    DatadogSearch::Node orExpr()
    {
        std::vector<DatadogSearch::Node> items{andExpr()};
        for (skip(); error.isEmpty() && keyword("OR"); skip())
            items.push_back(andExpr());
        return group(DatadogSearch::Node::Or, std::move(items));
    }
    DatadogSearch::Node andExpr()
    {
        std::vector<DatadogSearch::Node> items{unary()};
        for (skip(); error.isEmpty() && !end() && m_s.at(m_i) != QLatin1Char(')'); skip()) {
            const qsizetype at = m_i;
            if (keyword("OR")) {
                m_i = at;
                break;
            }
            keyword("AND");
            items.push_back(unary());
        }
        return group(DatadogSearch::Node::And, std::move(items));
    }
    DatadogSearch::Node unary()
    {
        skip();
        if (++m_depth > 64) {
            error = QStringLiteral("nested too deep");
            return {};
        }
        DatadogSearch::Node n;
        if (keyword("NOT") || (!end() && m_s.at(m_i) == QLatin1Char('-') && m_i + 1 < m_s.size() && !m_s.at(m_i + 1).isSpace() && (++m_i, true))) {
            n.kind = DatadogSearch::Node::Not;
            n.children.push_back(unary());
        } else {
            n = primary();
        }
        --m_depth;
        return n;
    }
    QString quoted()
    {
        ++m_i; // opening quote
        QString out;
        while (!end() && m_s.at(m_i) != QLatin1Char('"')) {
            if (m_s.at(m_i) == QLatin1Char('\\') && m_i + 1 < m_s.size())
                ++m_i;
            out += m_s.at(m_i++);
        }
        if (end())
            error = QStringLiteral("unclosed quote");
        ++m_i;
        return out;
    }
    DatadogSearch::Node primary()
    {
        skip();
        DatadogSearch::Node n;
        if (end()) {
            error = QStringLiteral("missing term");
            return n;
        }
        if (m_s.at(m_i) == QLatin1Char('(')) {
            ++m_i;
            n = orExpr();
            skip();
            if (end() || m_s.at(m_i) != QLatin1Char(')'))
                error = QStringLiteral("unclosed parenthesis");
            ++m_i;
            return n;
        }
        if (m_s.at(m_i) == QLatin1Char('"')) {
            n.kind = DatadogSearch::Node::Text;
            n.value = quoted();
            return n;
        }
        // A word, or key:value; backslash escapes one character.
        QString word;
        QString key;
        bool haveKey = false;
        while (!end() && !m_s.at(m_i).isSpace() && m_s.at(m_i) != QLatin1Char('(') && m_s.at(m_i) != QLatin1Char(')')) {
            const QChar c = m_s.at(m_i);
            if (c == QLatin1Char('\\') && m_i + 1 < m_s.size()) {
                word += m_s.at(m_i + 1);
                m_i += 2;
                continue;
            }
            if (c == QLatin1Char(':') && !haveKey) {
                key = word;
                word.clear();
                haveKey = true;
                ++m_i;
                if (!end() && m_s.at(m_i) == QLatin1Char('"')) {
                    word = quoted();
                    break;
                }
                continue;
            }
            word += c;
            ++m_i;
        }
        n.kind = haveKey ? DatadogSearch::Node::Field : DatadogSearch::Node::Text;
        n.field = key;
        n.value = word;
        return n;
    }
};

QJsonValue attribute(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!v.isObject())
            return {};
        v = v.toObject().value(part);
    }
    return v;
}

bool valueMatches(const QJsonValue &v, const QString &want)
{
    if (v.isUndefined() || v.isNull())
        return false;
    if (want == QStringLiteral("*"))
        return true;
    for (const char *op : {">=", "<=", ">", "<"}) {
        if (want.startsWith(QLatin1String(op))) {
            bool ok = false;
            const double bound = want.mid(qsizetype(qstrlen(op))).toDouble(&ok);
            if (!ok || !v.isDouble())
                return false;
            const double x = v.toDouble();
            const QByteArray o(op);
            return o == ">=" ? x >= bound : o == "<=" ? x <= bound : o == ">" ? x > bound : x < bound;
        }
    }
    const QString text = v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toVariant().toString();
    if (!want.contains(QLatin1Char('*')))
        return text == want;
    const QRegularExpression glob(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(want).replace(QStringLiteral("\\*"), QStringLiteral(".*"))));
    return glob.match(text).hasMatch();
}

bool eval(const DatadogSearch::Node &n, const LogEvent &e)
{
    switch (n.kind) {
    case DatadogSearch::Node::All: return true;
    case DatadogSearch::Node::And:
        for (const auto &c : n.children)
            if (!eval(c, e))
                return false;
        return true;
    case DatadogSearch::Node::Or:
        for (const auto &c : n.children)
            if (eval(c, e))
                return true;
        return false;
    case DatadogSearch::Node::Not: return !eval(n.children.front(), e);
    case DatadogSearch::Node::Text: return e.message.contains(n.value, Qt::CaseInsensitive);
    case DatadogSearch::Node::Field:
        if (n.field.startsWith(QLatin1Char('@')))
            return valueMatches(attribute(e.attributes, n.field.mid(1)), n.value);
        if (n.field == QStringLiteral("status"))
            return valueMatches(e.level, n.value);
        if (n.field == QStringLiteral("service"))
            return valueMatches(e.service, n.value);
        if (n.field == QStringLiteral("host"))
            return valueMatches(e.host, n.value);
        if (n.field == QStringLiteral("source"))
            return valueMatches(e.source, n.value);
        for (const QString &t : e.tags)
            if (t.section(QLatin1Char(':'), 0, 0) == n.field && valueMatches(t.section(QLatin1Char(':'), 1), n.value))
                return true;
        return false;
    }
    return false;
}

} // namespace

Result<DatadogSearch> DatadogSearch::parse(const QString &query)
{
    Reader r(query);
    DatadogSearch s;
    if (query.trimmed() != QStringLiteral("*"))
        s.m_root = r.query();
    if (!r.error.isEmpty())
        return Result<DatadogSearch>::failure(r.error);
    return s;
}

bool DatadogSearch::matches(const LogEvent &e) const
{
    return eval(m_root, e);
}
