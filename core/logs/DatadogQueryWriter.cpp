#include "logs/DatadogQueryWriter.h"

#include "base/TextUtil.h"

#include <QRegularExpression>

namespace {

QString quote(const QString &s)
{
    return TextUtil::doubleQuoted(s);
}

QString escapeTerm(const QString &s)
{
    static const QString special = QStringLiteral("+-=&|><!(){}[]^\"~*?:\\/ ");
    QString out;
    for (QChar c : s) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString value(const QueryNode &n)
{
    if (n.phrase)
        return quote(n.text);
    if (n.isWildcard()) {
        QStringList escaped;
        for (const QString &p : n.parts)
            escaped.append(escapeTerm(p));
        return escaped.join(QLatin1Char('*'));
    }
    return escapeTerm(n.text);
}

QString fieldName(const QueryNode &n)
{
    return (n.attribute ? QStringLiteral("@") : QString()) + n.field;
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

void writeNode(const QueryNode &n, DatadogQueryWriter::Output &out, QString &s, bool nested)
{
    static const QRegularExpression unsearchable(QStringLiteral("[\\[\\]]"));
    switch (n.kind) {
    case QueryNode::MatchAll: s += QStringLiteral("*"); return;
    case QueryNode::And:
    case QueryNode::Or: {
        const bool paren = nested && n.kind == QueryNode::Or;
        if (paren)
            s += QLatin1Char('(');
        for (size_t k = 0; k < n.children.size(); ++k) {
            if (k > 0)
                s += n.kind == QueryNode::Or ? QStringLiteral(" OR ") : QStringLiteral(" ");
            writeNode(n.children[k], out, s, true);
        }
        if (paren)
            s += QLatin1Char(')');
        return;
    }
    case QueryNode::Not:
        s += QLatin1Char('-');
        if (n.children.front().kind == QueryNode::And || n.children.front().kind == QueryNode::Or) {
            s += QLatin1Char('(');
            writeNode(n.children.front(), out, s, false);
            s += QLatin1Char(')');
        } else {
            writeNode(n.children.front(), out, s, true);
        }
        return;
    case QueryNode::Text: {
        if (n.numberPlaceholder) {
            // "Deleted X orphaned records": the literal pieces around the number, post-filtered exactly.
            const QRegularExpression &x = TextUtil::numberPlaceholder();
            QStringList pieces;
            for (const QString &p : n.text.split(x))
                if (!p.trimmed().isEmpty())
                    pieces.append(quote(p.trimmed()));
            s += pieces.join(QLatin1Char(' '));
            out.needsPostFilter = true;
        } else {
            s += n.phrase || n.text.contains(QLatin1Char(' ')) ? quote(n.text) : value(n);
        }
        if (unsearchable.match(n.text).hasMatch()) {
            out.needsPostFilter = true;
            const QString w = DatadogQueryWriter::tr("Datadog cannot search '[' or ']' inside a message: \"%1\" is matched on its words "
                                                     "there; fetched events are filtered exactly.").arg(n.text);
            if (!out.warnings.contains(w))
                out.warnings.append(w);
        }
        return;
    }
    case QueryNode::Field: s += fieldName(n) + QLatin1Char(':') + value(n); return;
    case QueryNode::Exists: s += fieldName(n) + QStringLiteral(":*"); return;
    case QueryNode::Compare: s += fieldName(n) + QLatin1Char(':') + n.op + number(n.number); return;
    case QueryNode::Range:
        s += fieldName(n) + QStringLiteral(":[") + number(n.low) + QStringLiteral(" TO ") + number(n.high) + QLatin1Char(']');
        return;
    }
}

} // namespace

DatadogQueryWriter::Output DatadogQueryWriter::write(const QueryNode &root)
{
    Output out;
    writeNode(root, out, out.query, false);
    return out;
}
