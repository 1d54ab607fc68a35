#pragma once
// MessageBar: an inline message at the top of the window (information,
// warning or error) with a close button — never a modal from core's errors.
#include <QFrame>

class QLabel;
class QToolButton;

class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum Level { Information, Warning, Error };
    explicit MessageBar(QWidget *parent = nullptr);
    void showMessage(const QString &text, Level level);
    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel *m_label;
    QToolButton *m_close;
    Level m_level = Information;
};
