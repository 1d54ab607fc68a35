#include "SparklineDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    QStyleOptionViewItem option = opt;
    initStyleOption(&option, index);
    option.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, option.widget);
    const QVariantList values = index.data(m_role).toList();
    if (values.size() < 2)
        return;
    double max = 1;
    for (const QVariant &v : values)
        max = std::max(max, v.toDouble());
    const QRectF r = QRectF(option.rect).adjusted(3, 4, -3, -4);
    QPainterPath path;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QPointF p(r.left() + r.width() * double(i) / double(values.size() - 1),
                        r.bottom() - r.height() * values.at(i).toDouble() / max);
        i == 0 ? path.moveTo(p) : path.lineTo(p);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    QColor c = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    painter->setPen(QPen(c, 1.5));
    painter->drawPath(path);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(s.width(), 90), std::max(s.height(), 22)};
}
