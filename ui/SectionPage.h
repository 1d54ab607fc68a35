#pragma once
// SectionPage: the selected section as a checklist — title, condition, what
// it monitors (not connected yet), the steps, and the selected step's detail.
// Keyboard: arrows move, Space toggles done, D/S/N/P set a state, Enter edits
// the note, Esc comes back.
#include <QWidget>
#include <memory>

struct Runbook;
struct Section;
class ChecklistModel;
class IncidentSession;
class LiveLogQueries;
class LivePanel;
class QLabel;
class QSplitter;
class QTextBrowser;
class QTreeView;
class StepDetailPanel;

class SectionPage : public QWidget
{
    Q_OBJECT
public:
    SectionPage(IncidentSession *session, LiveLogQueries *live, QWidget *parent = nullptr);
    LivePanel *livePanel() const { return m_live; }
    void setSection(const Runbook *runbook, const Section *section);
    // The wiring and profile in use (may be null): problems and bindings shown inline.
    void setWiring(const struct Wiring *wiring, const struct Profile *profile);
    void setEvaluation(const struct Evaluation &evaluation);
    const Section *section() const { return m_section; }

    QTreeView *checklistView() const { return m_view; }
    ChecklistModel *checklistModel() const { return m_model; }
    StepDetailPanel *detailPanel() const { return m_detail; }
    void focusChecklist();
    void focusNote();
    void selectStep(int row);
    int currentRow() const;

Q_SIGNALS:
    void runRequested(const QString &stepId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void toggleCurrent();

    IncidentSession *m_session;
    QString m_shownProse;
    void showProse();
    const Section *m_section = nullptr;
    ChecklistModel *m_model;
    QLabel *m_title;
    QLabel *m_group;
    QLabel *m_runbookMeta; // the front matter and the alert, above every section
    QLabel *m_alertThresholds;
    QLabel *m_condition;
    LivePanel *m_live;
    QSplitter *m_splitter;
    QTreeView *m_view;
    StepDetailPanel *m_detail;
    QTextBrowser *m_browser;
    QLabel *m_wiringProblems;
    const struct Wiring *m_wiring = nullptr;
    const struct Profile *m_profile = nullptr;
    const Runbook *m_runbook = nullptr;
    void updateWiringProblems();
    void updateCondition();
    std::shared_ptr<struct Evaluation> m_eval;
    QSplitter *m_body = nullptr;
    QWidget *m_monitorsArea = nullptr;
};
