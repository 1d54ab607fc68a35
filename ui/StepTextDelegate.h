#pragma once
// StepTextDelegate: draws a step's inline Markdown (inline code in a
// monospace face, emphasis) with word wrap, in the palette's colours.
#include <QStyledItemDelegate>

class StepTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
