#pragma once
// IncidentPanel: the incident's own record — severity, status, commander,
// summary, impact, root cause and follow-ups — with the times derived from
// the timeline (detected, first action, mitigated, resolved) and who took
// part. What is typed is stored at once (a draft without a timeline line);
// leaving the field writes the line.
#include <QSet>
#include <QTimer>
#include <QWidget>

class IncidentSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
enum class IncidentField;

class IncidentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentPanel(IncidentSession *session, QWidget *parent = nullptr);
    // Writes the timeline line of a text field still being edited (before a switch or close).
    void commitEdits();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void addFollowUp();
    void followUpChanged(QTreeWidgetItem *item, int column);
    QPlainTextEdit *textField(const QString &objectName, const QString &placeholder);

    IncidentSession *m_session;
    bool m_filling = false;
    QComboBox *m_severity, *m_status;
    QLineEdit *m_commander;
    QLabel *m_times, *m_people, *m_vanished;
    QPlainTextEdit *m_summary, *m_impact, *m_rootCause;
    QTreeWidget *m_followUps;
    QLineEdit *m_newFollowUp, *m_newOwner, *m_newDue;
    QPushButton *m_add, *m_remove;
    QHash<QPlainTextEdit *, IncidentField> m_fieldOf;
    QHash<QPlainTextEdit *, QString> m_logged; // each text field as its timeline last recorded it
    QTimer m_draftTimer;                       // what is typed is stored within this (a crash loses nothing)
    QSet<QPlainTextEdit *> m_dirty;            // typed since the last draft was stored
    void saveDrafts();
};
