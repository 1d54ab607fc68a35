#include "logs/QueryNode.h"
#include "base/TextUtil.h"

#include <QRegularExpression>

QueryNode QueryNode::makeText(const QString &text, bool phrase, int column)
{
    QueryNode n;
    n.kind = Text;
    n.text = text;
    n.phrase = phrase;
    n.parts = QStringList{text};
    n.column = column;
    return n;
}

QueryNode QueryNode::fromRunbookPattern(const QString &pattern)
{
    const QRegularExpression &x = TextUtil::numberPlaceholder();
    QueryNode n = makeText(pattern, true, 1);
    n.numberPlaceholder = x.match(pattern).hasMatch();
    return n;
}
