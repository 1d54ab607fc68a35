#include "DemoTime.h"
#include "LogQlEvaluator.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Error
{
    QString message;
};

class Parser
{
public:
    explicit Parser(const QString &s) : s(s) {}
    const QString &s;
    qsizetype i = 0;

    [[noreturn]] void fail(const QString &what) { throw Error{QStringLiteral("parse error at line 1, col %1: %2").arg(i + 1).arg(what)}; }
    void ws()
    {
        while (i < s.size() && s.at(i).isSpace())
            ++i;
    }
    bool eat(QLatin1StringView t)
    {
        ws();
        if (QStringView(s).mid(i, t.size()) == t) {
            i += t.size();
            return true;
        }
        return false;
    }
    void expect(QLatin1StringView t)
    {
        if (!eat(t))
            fail(QStringLiteral("expected %1").arg(t));
    }
    QString ident()
    {
        ws();
        const qsizetype st = i;
        while (i < s.size() && (s.at(i).isLetterOrNumber() || s.at(i) == QLatin1Char('_')))
            ++i;
        if (st == i)
            fail(QStringLiteral("expected a name"));
        return s.mid(st, i - st);
    }
    QString string()
    {
        ws();
        if (i >= s.size() || (s.at(i) != QLatin1Char('"') && s.at(i) != QLatin1Char('`')))
            fail(QStringLiteral("expected a string"));
        const QChar q = s.at(i++);
        QString out;
        while (i < s.size() && s.at(i) != q) {
            if (q == QLatin1Char('"') && s.at(i) == QLatin1Char('\\') && i + 1 < s.size()) {
                out += s.at(i + 1);
                i += 2;
                continue;
            }
            out += s.at(i++);
        }
        if (i >= s.size())
            fail(QStringLiteral("unterminated string"));
        ++i;
        return out;
    }
    QString op()
    {
        ws();
        for (const char *o : {"==", "!=", "=~", "!~", ">=", "<=", "=", ">", "<"})
            if (eat(QLatin1StringView(o)))
                return QString::fromLatin1(o);
        fail(QStringLiteral("expected an operator"));
    }
    LogQlEvaluator::Matcher matcher(bool allowNumbers)
    {
        LogQlEvaluator::Matcher m;
        m.name = ident();
        m.op = op();
        ws();
        if (allowNumbers && i < s.size() && (s.at(i).isDigit() || s.at(i) == QLatin1Char('-'))) {
            const qsizetype st = i;
            while (i < s.size() && (s.at(i).isDigit() || s.at(i) == QLatin1Char('.') || s.at(i) == QLatin1Char('-')))
                ++i;
            m.value = s.mid(st, i - st);
        } else {
            m.value = string();
        }
        if (m.op == QStringLiteral("=~") || m.op == QStringLiteral("!~")) {
            m.re = QRegularExpression(QStringLiteral("^(?:") + m.value + QStringLiteral(")$"));
            if (!m.re.isValid())
                fail(QStringLiteral("invalid regular expression"));
        }
        return m;
    }
    LogQlEvaluator::LabelExpr labelPrimary()
    {
        if (eat(QLatin1String("("))) {
            LogQlEvaluator::LabelExpr e = labelOr();
            expect(QLatin1String(")"));
            return e;
        }
        LogQlEvaluator::LabelExpr e;
        e.leaf = matcher(true);
        return e;
    }
    LogQlEvaluator::LabelExpr labelAnd()
    {
        LogQlEvaluator::LabelExpr first = labelPrimary();
        std::vector<LogQlEvaluator::LabelExpr> items{first};
        for (;;) {
            const qsizetype save = i;
            ws();
            if (eat(QLatin1String("and ")) || eat(QLatin1String(",")))
                items.push_back(labelPrimary());
            else {
                i = save;
                break;
            }
        }
        if (items.size() == 1)
            return items.front();
        LogQlEvaluator::LabelExpr e;
        e.kind = LogQlEvaluator::LabelExpr::And;
        e.children = std::move(items);
        return e;
    }
    LogQlEvaluator::LabelExpr labelOr()
    {
        std::vector<LogQlEvaluator::LabelExpr> items{labelAnd()};
        while (eat(QLatin1String("or ")))
            items.push_back(labelAnd());
        if (items.size() == 1)
            return items.front();
        LogQlEvaluator::LabelExpr e;
        e.kind = LogQlEvaluator::LabelExpr::Or;
        e.children = std::move(items);
        return e;
    }
    qint64 duration()
    {
        ws();
        const qsizetype st = i;
        while (i < s.size() && s.at(i).isLetterOrNumber())
            ++i;
        const auto d = DemoTime::parseDuration(s.mid(st, i - st));
        if (!d)
            fail(QStringLiteral("invalid duration"));
        return *d;
    }
};

QString flatten(const QJsonObject &o, const QString &prefix, QHash<QString, QString> &labels)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        QString key = prefix + it.key();
        key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")), QStringLiteral("_"));
        if (it->isObject())
            flatten(it->toObject(), key + QLatin1Char('_'), labels);
        else if (it->isDouble())
            labels.insert(key, QString::number(it->toDouble(), 'g', 15));
        else if (it->isBool())
            labels.insert(key, it->toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (it->isString())
            labels.insert(key, it->toString());
    }
    return {};
}

bool test(const LogQlEvaluator::Matcher &m, const QHash<QString, QString> &labels)
{
    const QString v = labels.value(m.name);
    if (m.op == QStringLiteral("="))
        return v == m.value;
    if (m.op == QStringLiteral("!="))
        return v != m.value;
    if (m.op == QStringLiteral("=~"))
        return m.re.match(v).hasMatch();
    if (m.op == QStringLiteral("!~"))
        return !m.re.match(v).hasMatch();
    bool a = false, b = false;
    const double x = v.toDouble(&a), y = m.value.toDouble(&b);
    if (!a || !b)
        return false;
    if (m.op == QStringLiteral("=="))
        return x == y;
    if (m.op == QStringLiteral(">"))
        return x > y;
    if (m.op == QStringLiteral(">="))
        return x >= y;
    if (m.op == QStringLiteral("<"))
        return x < y;
    return x <= y;
}

bool test(const LogQlEvaluator::LabelExpr &e, const QHash<QString, QString> &labels)
{
    switch (e.kind) {
    case LogQlEvaluator::LabelExpr::Leaf: return test(e.leaf, labels);
    case LogQlEvaluator::LabelExpr::And:
        for (const auto &c : e.children)
            if (!test(c, labels))
                return false;
        return true;
    case LogQlEvaluator::LabelExpr::Or:
        for (const auto &c : e.children)
            if (test(c, labels))
                return true;
        return false;
    }
    return false;
}

} // namespace

Result<std::shared_ptr<LogQlEvaluator>> LogQlEvaluator::parse(const QString &query)
{
    auto ev = std::make_shared<LogQlEvaluator>();
    Parser p(query);
    try {
        bool sum = false;
        if (p.eat(QLatin1String("sum"))) {
            p.expect(QLatin1String("("));
            sum = true;
        }
        if (p.eat(QLatin1String("count_over_time"))) {
            p.expect(QLatin1String("("));
            ev->m_metric = true;
        } else if (sum) {
            p.fail(QStringLiteral("expected count_over_time"));
        }
        p.expect(QLatin1String("{"));
        while (!p.eat(QLatin1String("}"))) {
            ev->m_selector.push_back(p.matcher(false));
            p.eat(QLatin1String(","));
            if (p.i >= query.size())
                p.fail(QStringLiteral("unclosed selector"));
        }
        for (;;) {
            p.ws();
            if (p.i >= query.size() || query.at(p.i) == QLatin1Char('['))
                break;
            Stage st;
            if (p.eat(QLatin1String("|="))) {
                st.kind = Stage::Contains;
                st.text = p.string();
            } else if (p.eat(QLatin1String("!="))) {
                st.kind = Stage::NotContains;
                st.text = p.string();
            } else if (p.eat(QLatin1String("|~")) || p.eat(QLatin1String("!~"))) {
                st.kind = query.at(p.i - 2) == QLatin1Char('|') ? Stage::Regex : Stage::NotRegex;
                st.re = QRegularExpression(p.string());
                if (!st.re.isValid())
                    p.fail(QStringLiteral("invalid regular expression"));
            } else if (p.eat(QLatin1String("|"))) {
                if (p.eat(QLatin1String("json"))) {
                    st.kind = Stage::Json;
                } else {
                    st.kind = Stage::Labels;
                    st.labels = p.labelOr();
                }
            } else {
                p.fail(QStringLiteral("unexpected text"));
            }
            ev->m_stages.push_back(std::move(st));
        }
        if (ev->m_metric) {
            p.expect(QLatin1String("["));
            ev->m_rangeMs = p.duration();
            p.expect(QLatin1String("]"));
            p.expect(QLatin1String(")"));
            if (sum)
                p.expect(QLatin1String(")"));
        }
        p.ws();
        if (p.i < query.size())
            p.fail(QStringLiteral("unexpected text"));
    } catch (const Error &e) {
        return Result<std::shared_ptr<LogQlEvaluator>>::failure(e.message);
    }
    return ev;
}

bool LogQlEvaluator::matches(const QHash<QString, QString> &streamLabels, const QString &line) const
{
    for (const Matcher &m : m_selector)
        if (!test(m, streamLabels))
            return false;
    QHash<QString, QString> labels = streamLabels;
    for (const Stage &st : m_stages) {
        switch (st.kind) {
        case Stage::Contains:
            if (!line.contains(st.text))
                return false;
            break;
        case Stage::NotContains:
            if (line.contains(st.text))
                return false;
            break;
        case Stage::Regex:
            if (!st.re.match(line).hasMatch())
                return false;
            break;
        case Stage::NotRegex:
            if (st.re.match(line).hasMatch())
                return false;
            break;
        case Stage::Json: flatten(QJsonDocument::fromJson(line.toUtf8()).object(), {}, labels); break;
        case Stage::Labels:
            if (!test(st.labels, labels))
                return false;
            break;
        }
    }
    return true;
}
