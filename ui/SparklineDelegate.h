#pragma once
// SparklineDelegate: draws a row's per-bucket counts as a small line chart.
#include <QStyledItemDelegate>

class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SparklineDelegate(int bucketsRole, QObject *parent = nullptr) : QStyledItemDelegate(parent), m_role(bucketsRole) {}
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};
