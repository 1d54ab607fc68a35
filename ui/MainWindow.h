#pragma once
// MainWindow: navigator (sections and procedures with progress) on the left,
// the selected section as a checklist in the centre, the incident's notes and
// timeline below; a toolbar to start, switch, resolve and export incidents.
// The window lays out, holds the actions and menus, and shows state; the
// incident lifecycle is IncidentController's, the profile and log source
// SourceController's, a step's Run… BindingRunner's. Everything they do is a
// call into core; what the window needs comes in through the constructor.
#include <QMainWindow>
#include <memory>
#include <optional>

#include "base/Result.h"
#include "runbook/Runbook.h"
#include "wiring/Wiring.h"

class AppSettings;
class DialogProvider;
class IncidentSession;
class LiveLogQueries;
class MessageBar;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QTreeView;
class SectionListModel;
class SectionPage;
class TimelineModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `runbookPath`: the runbook to open; `explicitRunbook` says the user named
    // it (then the last incident is reopened only if it belongs to it).
    MainWindow(AppSettings &settings, DialogProvider &dialogs, const QString &runbookPath, bool explicitRunbook,
               const QString &storePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openRunbook(const QString &path);
    // Open this incident (instead of the last one) once the store answers.
    void requestIncident(const QString &id);
    const Runbook *runbook() const { return m_runbook.get(); }
    IncidentSession *session() const { return m_session; }
    SectionPage *sectionPage() const { return m_page; }
    MessageBar *messageBar() const { return m_messages; }
    bool isLoading() const { return m_loading; }
    void selectSection(int row);
    int currentSectionRow() const;

    LiveLogQueries *liveQueries() const { return m_live; }
    class MetricMonitor *metricMonitor() const { return m_monitor; }
    const struct Wiring *wiring() const { return m_wiring.get(); }
    const struct Profile *currentProfile() const;
    void selectProfile(const QString &name);
    class AlertsPanel *alertsPanel() const { return m_alertsPanel; }
    class RunbookLibrary *library() const { return m_library; }
    // The alert's runbook from the library, at its section, with a new
    // incident (or the open one of the same alert) holding its labels and record.
    void startIncidentFromAlert(const struct Alert &alert);
    void applyAlertSettings(); // the Alertmanager and library folders of the settings
    class LibraryDialog *openFromLibrary(); // File → Open from Library…
    void runBinding(const QString &stepId); // the step's SQL probe/action, in an ActionDialog
    void applyLogSource(const QString &spec); // empty: the demo logs; does not change the settings
    QString demoUrl() const; // the demo backend's address while a demo profile is in use, else empty
    static QString demoLogPath();

    void newIncident();
    // The next pending step in triage order (critical sections first); the status bar says why.
    void goToNextStep();
    class IncidentPanel *incidentPanel() const { return m_incidentPanel; }
    void exportIncident();
    void toggleResolved();
    void addIncidentNote();

    // The demo data was made again (or could not be): say so, refresh the metrics.
    void demoReset(const Status &status);

Q_SIGNALS:
    void runbookLoaded();
    void alertIncidentReady(const QString &incidentId);     // an alert's incident is current, at its section
    void alertResolvedOnIncident(const QString &incidentId); // the current incident's alert resolved
    // The user asked, and confirmed, to put the demo data back to its start.
    void resetDemoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int m_textToolBarWidth = 0; // the incident toolbar's width with its texts, as last measured
    void createActions();
    void setUpAlerts();
    void openAlertIncident(const struct Alert &alert, const struct AlertStart &start, const QString &openId);
    void onAlertResolved(const struct Alert &alert);
    class AlertsPanel *m_alertsPanel = nullptr;
    class RunbookLibrary *m_library = nullptr;
    QAction *m_alertSettingsAction = nullptr;
    QAction *m_libraryAction = nullptr;
    int m_alertsTab = -1;
    void setRunbook(Runbook runbook, std::optional<struct Wiring> wiring);
    void updateProfileUi();
    void onStoreOpened(bool ok, const QString &error);
    void updateTeamStatus();
    void chooseStore();
    void onIncidentsChanged();
    void onCurrentChanged();
    void updateIncidentUi();
    void updateRecentMenu();
    void renderNotes();
    void saveState();

    AppSettings &m_settings;
    DialogProvider &m_dialogs;
    IncidentSession *m_session;
    LiveLogQueries *m_live;
    class MetricEvaluator *m_evaluator;
    class MetricMonitor *m_monitor;
    class SourceController *m_sources;
    class IncidentController *m_incidents;
    class BindingRunner *m_bindings = nullptr;
    void onEvaluated(const struct Evaluation &e);
    // Const and shared: views hold pointers into them, and a const object's
    // Qt containers never detach (a copy elsewhere cannot leave them dangling).
    std::shared_ptr<const Runbook> m_runbook;
    std::shared_ptr<const struct Wiring> m_wiring;
    bool m_loading = false;
    bool m_updatingCombo = false;

    MessageBar *m_messages;
    QSplitter *m_splitter;
    QTreeView *m_sections;
    SectionListModel *m_sectionModel;
    SectionPage *m_page;
    QTabWidget *m_tabs;
    QTextBrowser *m_notesView;
    QLineEdit *m_noteInput;
    QTreeView *m_timelineView;
    TimelineModel *m_timelineModel;
    QComboBox *m_incidentCombo;
    QComboBox *m_profileCombo;
    QLabel *m_banner;
    QLabel *m_incidentStatus;
    QLabel *m_teamStatus = nullptr; // a team store: reachable, not yet shared, who else is here
    QString m_storeAddress;
    QAction *m_storeAction = nullptr;

    QAction *m_openAction, *m_exportAction, *m_quitAction, *m_newIncidentAction, *m_resolveAction, *m_noteAction;
    QAction *m_logSourceAction;
    QAction *m_secretsAction;
    QAction *m_refreshAction;
    QAction *m_nextStepAction;
    class IncidentPanel *m_incidentPanel;
    std::shared_ptr<const struct Evaluation> m_lastEvaluation; // the latest judgement of the rules
    QAction *m_nextSectionAction, *m_prevSectionAction, *m_focusChecklistAction, *m_focusSectionsAction, *m_aboutAction;
    QMenu *m_recentMenu;
};
