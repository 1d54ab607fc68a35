#include "WrapTextDelegate.h"

#include <QApplication>
#include <QStyle>
#include <QTreeView>

QSize WrapTextDelegate::sizeHint(const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    QStyleOptionViewItem option = opt;
    initStyleOption(&option, index);
    const QSize one = QStyledItemDelegate::sizeHint(opt, index);
    const auto *view = qobject_cast<const QTreeView *>(option.widget);
    if (!view)
        return one;
    // What the text gets of the column: its width less the icon and the style's margins.
    const QStyle *style = view->style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    int width = view->columnWidth(index.column()) - 2 * margin - 2;
    if (option.features & QStyleOptionViewItem::HasDecoration)
        width -= option.decorationSize.width() + 2 * margin;
    if (width <= 20)
        return one;
    const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20), int(Qt::TextWordWrap | Qt::AlignLeft), option.text);
    return {one.width(), std::max(one.height(), text.height() + 2 * margin + 2)};
}
