#pragma once
// MessageBar: an inline message at the top of the window (information,
// warning or error) with a close button — never a modal from core's errors.
#include <QFrame>

class QLabel;
class QToolButton;

class QAction;

class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum Level { Information, Warning, Error };
    explicit MessageBar(QWidget *parent = nullptr);
    // `action`: a button beside the text that does it (Resolve, Retry) and dismisses the bar.
    void showMessage(const QString &text, Level level, QAction *action = nullptr);
    QToolButton *actionButton() const { return m_action; }
    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel *m_label;
    QToolButton *m_close;
    QToolButton *m_action;
    Level m_level = Information;
};
