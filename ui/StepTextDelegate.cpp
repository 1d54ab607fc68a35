#include "StepTextDelegate.h"

#include "ChecklistModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <QTreeView>

namespace {
void setUp(QTextDocument &doc, const QStyleOptionViewItem &option, const QString &markdown, int width)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(2);
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    doc.setTextWidth(width);
}
} // namespace

void StepTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    QStyleOptionViewItem option = opt;
    initStyleOption(&option, index);
    const QString markdown = index.data(ChecklistModel::MarkdownRole).toString();
    // Background, selection and focus from the style; the text drawn by us.
    option.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, option.widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &option, option.widget);
    QTextDocument doc;
    setUp(doc, option, markdown, textRect.width());
    QAbstractTextDocumentLayout::PaintContext ctx;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor color = option.palette.color(group, option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
    if (const QVariant fg = index.data(Qt::ForegroundRole); fg.isValid() && !(option.state & QStyle::State_Selected))
        color = fg.value<QBrush>().color();
    ctx.palette.setColor(QPalette::Text, color);
    painter->save();
    painter->translate(textRect.topLeft());
    painter->setClipRect(textRect.translated(-textRect.topLeft()));
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

QSize StepTextDelegate::sizeHint(const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    QStyleOptionViewItem option = opt;
    initStyleOption(&option, index);
    // Wrap at the column's real width; the option's rect is empty when views ask for hints.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QTreeView *>(option.widget))
        width = view->columnWidth(index.column());
    if (width <= 0)
        width = 400;
    QTextDocument doc;
    setUp(doc, option, index.data(ChecklistModel::MarkdownRole).toString(), width - 24);
    return {width, int(doc.size().height()) + 4};
}
