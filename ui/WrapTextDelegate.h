#pragma once
// WrapTextDelegate: a plain-text column that wraps at the column's width and
// grows its row to fit. QTreeView asks delegates for a row height without the
// column's width, so word wrap alone elides after the first line.
#include <QStyledItemDelegate>

class WrapTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
