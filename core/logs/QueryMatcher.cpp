#include "logs/QueryMatcher.h"
#include "base/TextUtil.h"

#include <QJsonArray>

namespace {

const QueryNode *findPlaceholder(const QueryNode &n)
{
    if (n.kind == QueryNode::Text && n.numberPlaceholder)
        return &n;
    if (n.kind == QueryNode::Not)
        return nullptr;
    for (const QueryNode &c : n.children)
        if (const QueryNode *p = findPlaceholder(c))
            return p;
    return nullptr;
}

QRegularExpression placeholderRegex(const QString &pattern)
{
    const QRegularExpression &x = TextUtil::numberPlaceholder();
    QString re;
    qsizetype last = 0;
    auto it = x.globalMatch(pattern);
    int groups = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        re += QRegularExpression::escape(pattern.mid(last, m.capturedStart() - last));
        re += groups++ == 0 ? QStringLiteral("(-?\\d+(?:\\.\\d+)?)") : QStringLiteral("-?\\d+(?:\\.\\d+)?");
        last = m.capturedEnd();
    }
    re += QRegularExpression::escape(pattern.mid(last));
    return QRegularExpression(re);
}

bool globMatch(QStringView value, const QStringList &parts)
{
    // parts: literal pieces between '*'s; first anchors the start, last the end.
    if (!value.startsWith(parts.first()))
        return false;
    qsizetype pos = parts.first().size();
    for (qsizetype k = 1; k + 1 < parts.size(); ++k) {
        const qsizetype f = value.indexOf(parts.at(k), pos);
        if (f < 0)
            return false;
        pos = f + parts.at(k).size();
    }
    const QString &lastPart = parts.last();
    return value.size() - pos >= lastPart.size() && value.endsWith(lastPart);
}

// The value of an attribute path ("http.status_code") or reserved/tag name.
QJsonValue lookup(const LogEvent &e, const QueryNode &n)
{
    if (!n.attribute) {
        if (n.field == QStringLiteral("status") || n.field == QStringLiteral("level"))
            return e.level;
        if (n.field == QStringLiteral("service"))
            return e.service.isEmpty() ? QJsonValue() : QJsonValue(e.service);
        if (n.field == QStringLiteral("host"))
            return e.host.isEmpty() ? QJsonValue() : QJsonValue(e.host);
        if (n.field == QStringLiteral("source"))
            return e.source.isEmpty() ? e.attributes.value(QStringLiteral("source")) : QJsonValue(e.source);
        const QString prefix = n.field + QLatin1Char(':');
        for (const QString &t : e.tags)
            if (t.startsWith(prefix))
                return t.mid(prefix.size());
    }
    const auto direct = e.attributes.constFind(n.field);
    if (direct != e.attributes.constEnd())
        return *direct;
    QJsonValue v = e.attributes;
    for (const QString &key : n.field.split(QLatin1Char('.'))) {
        if (!v.isObject())
            return {};
        v = v.toObject().value(key);
    }
    return v.isUndefined() ? QJsonValue() : v;
}

bool valueMatches(const QJsonValue &v, const QueryNode &n)
{
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            if (valueMatches(item, n))
                return true;
        return false;
    }
    if (v.isDouble()) {
        bool ok = false;
        const double want = n.text.toDouble(&ok);
        if (ok && !n.isWildcard())
            return v.toDouble() == want;
        return globMatch(QString::number(v.toDouble(), 'g', 15), n.parts);
    }
    if (v.isBool())
        return n.text == (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    if (!v.isString())
        return false;
    return n.isWildcard() ? globMatch(v.toString(), n.parts) : v.toString() == n.text;
}

std::optional<double> numberOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

bool plainAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            return false;
    return true;
}

QStringList literalsOf(const QueryNode &n)
{
    auto longest = [](const QStringList &parts) {
        QString best;
        for (const QString &p : parts)
            if (p.size() > best.size())
                best = p;
        return best;
    };
    switch (n.kind) {
    case QueryNode::Text: {
        QString lit;
        if (n.numberPlaceholder) {
            const QRegularExpression &x = TextUtil::numberPlaceholder();
            lit = longest(n.text.split(x));
        } else {
            lit = n.isWildcard() ? longest(n.parts) : n.text;
        }
        // The raw line is JSON: a message with quotes or backslashes is escaped there.
        return lit.isEmpty() || !plainAscii(lit) ? QStringList() : QStringList{lit};
    }
    case QueryNode::Field: {
        // The level is normalised (ERROR, [error], error: → error): its raw text can differ in case.
        if (!n.attribute && (n.field == QStringLiteral("status") || n.field == QStringLiteral("level")))
            return {};
        const QString lit = n.isWildcard() ? longest(n.parts) : n.text;
        return lit.isEmpty() || !plainAscii(lit) ? QStringList() : QStringList{lit};
    }
    case QueryNode::And: {
        QStringList best;
        qsizetype bestScore = 0;
        for (const QueryNode &c : n.children) {
            const QStringList l = literalsOf(c);
            if (l.isEmpty())
                continue;
            qsizetype shortest = l.first().size();
            for (const QString &s : l)
                shortest = std::min(shortest, s.size());
            if (shortest > bestScore) {
                bestScore = shortest;
                best = l;
            }
        }
        return best;
    }
    case QueryNode::Or: {
        QStringList all;
        for (const QueryNode &c : n.children) {
            const QStringList l = literalsOf(c);
            if (l.isEmpty())
                return {};
            all += l;
        }
        all.removeDuplicates();
        return all;
    }
    default: return {};
    }
}

} // namespace

QueryMatcher::QueryMatcher(QueryNode root) : m_root(std::move(root))
{
    if (const QueryNode *p = findPlaceholder(m_root))
        m_extract = placeholderRegex(p->text);
}

QStringList QueryMatcher::requiredLiterals() const
{
    return literalsOf(m_root);
}

bool QueryMatcher::matches(const LogEvent &event, std::optional<double> *extracted) const
{
    return eval(m_root, event, extracted);
}

bool QueryMatcher::eval(const QueryNode &n, const LogEvent &e, std::optional<double> *extracted) const
{
    switch (n.kind) {
    case QueryNode::MatchAll: return true;
    case QueryNode::And:
        for (const QueryNode &c : n.children)
            if (!eval(c, e, extracted))
                return false;
        return true;
    case QueryNode::Or:
        for (const QueryNode &c : n.children)
            if (eval(c, e, extracted))
                return true;
        return false;
    case QueryNode::Not: return !eval(n.children.front(), e, nullptr);
    case QueryNode::Text:
        if (n.numberPlaceholder) {
            const auto m = m_extract.match(e.message);
            if (!m.hasMatch())
                return false;
            if (extracted)
                *extracted = m.captured(1).toDouble();
            return true;
        }
        if (!n.isWildcard())
            return e.message.contains(n.text);
        // A wildcard term matches a word of the message.
        for (QStringView word : QStringView(e.message).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (globMatch(word, n.parts))
                return true;
        return false;
    case QueryNode::Field: return valueMatches(lookup(e, n), n);
    case QueryNode::Exists: {
        const QJsonValue v = lookup(e, n);
        return !v.isNull() && !v.isUndefined() && !(v.isString() && v.toString().isEmpty());
    }
    case QueryNode::Compare: {
        const auto v = numberOf(lookup(e, n));
        if (!v)
            return false;
        if (n.op == QStringLiteral(">"))
            return *v > n.number;
        if (n.op == QStringLiteral(">="))
            return *v >= n.number;
        if (n.op == QStringLiteral("<"))
            return *v < n.number;
        return *v <= n.number;
    }
    case QueryNode::Range: {
        const auto v = numberOf(lookup(e, n));
        return v && *v >= n.low && *v <= n.high;
    }
    }
    return false;
}
