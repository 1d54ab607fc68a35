#include "logs/LogQlWriter.h"

#include "base/TextUtil.h"

#include <QRegularExpression>

namespace {

struct Untranslatable
{
    QString why;
};

QString goString(const QString &s)
{
    return TextUtil::doubleQuoted(s);
}

// RE2 syntax for the text a node matches on a line.
QString regexOf(const QueryNode &n)
{
    const QRegularExpression &x = TextUtil::numberPlaceholder();
    if (n.numberPlaceholder) {
        QStringList pieces;
        for (const QString &p : n.text.split(x))
            pieces.append(QRegularExpression::escape(p));
        return pieces.join(QStringLiteral("-?[0-9]+(?:\\.[0-9]+)?"));
    }
    if (n.isWildcard()) {
        QStringList pieces;
        for (const QString &p : n.parts)
            pieces.append(QRegularExpression::escape(p));
        return pieces.join(QStringLiteral("\\S*"));
    }
    return QRegularExpression::escape(n.text);
}

bool isText(const QueryNode &n)
{
    return n.kind == QueryNode::Text;
}

QString labelName(const QueryNode &n)
{
    // Loki's json parser flattens nested keys with '_' and drops other characters.
    QString name = n.field;
    name.replace(QLatin1Char('.'), QLatin1Char('_'));
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")), QStringLiteral("_"));
    if (!n.attribute && (n.field == QStringLiteral("status")))
        name = QStringLiteral("level");
    return name;
}

QString labelFilter(const QueryNode &n)
{
    const QString name = labelName(n);
    switch (n.kind) {
    case QueryNode::Field: {
        bool numeric = false;
        n.text.toDouble(&numeric);
        if (n.isWildcard()) {
            QStringList pieces;
            for (const QString &p : n.parts)
                pieces.append(QRegularExpression::escape(p));
            return name + QStringLiteral("=~") + goString(pieces.join(QStringLiteral(".*")));
        }
        return numeric && !n.phrase ? name + QStringLiteral("==") + n.text : name + QStringLiteral("=") + goString(n.text);
    }
    case QueryNode::Exists: return name + QStringLiteral("!=\"\"");
    case QueryNode::Compare: return name + n.op + QString::number(n.number, 'g', 15);
    case QueryNode::Range:
        return name + QStringLiteral(">=") + QString::number(n.low, 'g', 15) + QStringLiteral(" and ") + name + QStringLiteral("<=")
               + QString::number(n.high, 'g', 15);
    case QueryNode::Or: {
        QStringList alts;
        for (const QueryNode &c : n.children) {
            if (isText(c) || c.kind == QueryNode::And || c.kind == QueryNode::Or || c.kind == QueryNode::Not)
                throw Untranslatable{LogQlWriter::tr("an OR that mixes message text and attributes")};
            alts.append(labelFilter(c));
        }
        return QLatin1Char('(') + alts.join(QStringLiteral(" or ")) + QLatin1Char(')');
    }
    default: throw Untranslatable{LogQlWriter::tr("this combination of conditions")};
    }
}

void collect(const QueryNode &n, QStringList &lineFilters, QStringList &labelFilters)
{
    switch (n.kind) {
    case QueryNode::MatchAll: return;
    case QueryNode::And:
        for (const QueryNode &c : n.children)
            collect(c, lineFilters, labelFilters);
        return;
    case QueryNode::Text:
        if (n.numberPlaceholder || n.isWildcard())
            lineFilters.append(QStringLiteral("|~ ") + goString(regexOf(n)));
        else
            lineFilters.append(QStringLiteral("|= ") + goString(n.text));
        return;
    case QueryNode::Not: {
        const QueryNode &c = n.children.front();
        if (isText(c)) {
            if (c.numberPlaceholder || c.isWildcard())
                lineFilters.append(QStringLiteral("!~ ") + goString(regexOf(c)));
            else
                lineFilters.append(QStringLiteral("!= ") + goString(c.text));
            return;
        }
        if (c.kind == QueryNode::Or) {
            bool allText = true;
            for (const QueryNode &g : c.children)
                allText = allText && isText(g);
            if (allText) {
                QStringList alts;
                for (const QueryNode &g : c.children)
                    alts.append(regexOf(g));
                lineFilters.append(QStringLiteral("!~ ") + goString(alts.join(QLatin1Char('|'))));
                return;
            }
        }
        if (c.kind == QueryNode::Field && !c.isWildcard()) {
            labelFilters.append(labelName(c) + QStringLiteral("!=") + goString(c.text));
            return;
        }
        throw Untranslatable{LogQlWriter::tr("NOT around a group")};
    }
    case QueryNode::Or: {
        bool allText = true;
        for (const QueryNode &c : n.children)
            allText = allText && isText(c);
        if (allText) {
            QStringList alts;
            for (const QueryNode &c : n.children)
                alts.append(regexOf(c));
            lineFilters.append(QStringLiteral("|~ ") + goString(alts.join(QLatin1Char('|'))));
            return;
        }
        labelFilters.append(labelFilter(n));
        return;
    }
    default: labelFilters.append(labelFilter(n)); return;
    }
}

} // namespace

Result<QString> LogQlWriter::logQuery(const QueryNode &root, const QString &selector)
{
    QStringList lineFilters, labelFilters;
    try {
        collect(root, lineFilters, labelFilters);
    } catch (const Untranslatable &u) {
        return Result<QString>::failure(tr("cannot translate to LogQL: %1").arg(u.why));
    }
    QString q = selector.isEmpty() ? QStringLiteral("{job=~\".+\"}") : selector;
    for (const QString &f : lineFilters)
        q += QLatin1Char(' ') + f;
    if (!labelFilters.isEmpty()) {
        q += QStringLiteral(" | json");
        for (const QString &f : labelFilters)
            q += QStringLiteral(" | ") + f;
    }
    return q;
}

Result<QString> LogQlWriter::countQuery(const QueryNode &root, const QString &selector, const QString &bucket)
{
    const auto q = logQuery(root, selector);
    if (!q)
        return q;
    return QStringLiteral("sum(count_over_time(%1 [%2]))").arg(q.value(), bucket);
}
