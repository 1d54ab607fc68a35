#include "MessageBar.h"

#include "secrets/Redactor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent) : QFrame(parent), m_label(new QLabel(this)), m_close(new QToolButton(this)), m_action(new QToolButton(this))
{
    m_action->setObjectName(QStringLiteral("messageActionButton"));
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_action->hide();
    connect(m_action, &QToolButton::clicked, this, &QWidget::hide);
    setObjectName(QStringLiteral("messageBar"));
    m_label->setObjectName(QStringLiteral("messageLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("messageCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(8, 4, 4, 4);
    l->addWidget(m_label, 1);
    l->addWidget(m_action, 0, Qt::AlignTop);
    l->addWidget(m_close, 0, Qt::AlignTop);
    setFrameShape(QFrame::StyledPanel);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text, Level level, QAction *action)
{
    m_level = level;
    m_action->setDefaultAction(nullptr);
    if (action) {
        m_action->setDefaultAction(action);
        m_action->show();
    } else {
        m_action->hide();
    }
    m_label->setText(Redactor::redact(text));
    // Tinted from the palette so it reads in light and dark themes alike.
    QColor tint = level == Error ? QColor(220, 50, 47) : level == Warning ? QColor(203, 145, 0) : palette().highlight().color();
    const QColor base = palette().window().color();
    const QColor bg = QColor::fromRgbF(base.redF() * 0.8 + tint.redF() * 0.2, base.greenF() * 0.8 + tint.greenF() * 0.2,
                                       base.blueF() * 0.8 + tint.blueF() * 0.2);
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }").arg(bg.name(), tint.name()));
    show();
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}
