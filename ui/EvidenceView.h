#pragma once
// EvidenceView: the snapshots kept with a step — what each probe, query or
// action showed, when and by whom. Pin one, leave it out of the report (it
// stays in the record), or open it to see its rows.
#include <QWidget>

class IncidentSession;
class QLabel;
class QPushButton;
class QTreeWidget;
struct Evidence;

class EvidenceView : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceView(IncidentSession *session, QWidget *parent = nullptr);
    void setStep(const QString &stepId);
    QTreeWidget *list() const { return m_list; }

private:
    void refresh();
    void updateButtons();
    QString selectedId() const;
    void showSnapshot(const Evidence &e);

    IncidentSession *m_session;
    QString m_stepId;
    QLabel *m_title;
    QTreeWidget *m_list;
    QPushButton *m_pin, *m_report, *m_open;
};
