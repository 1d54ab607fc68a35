// MainWindow's menus, toolbar and shortcuts, and the recent-runbooks menu.
#include "MainWindow.h"

#include "IncidentPanel.h"
#include "incident/Triage.h"

#include "BindingRunner.h"
#include "ChecklistModel.h"
#include "DialogProvider.h"
#include "IncidentController.h"
#include "LivePanel.h"
#include "MessageBar.h"
#include "StoreDialog.h"
#include "MetricsModel.h"
#include "SecretsDialog.h"
#include "SectionListModel.h"
#include "SectionPage.h"
#include "SourceController.h"
#include "StepDetailPanel.h"
#include "TimelineModel.h"
#include "base/AppSettings.h"
#include "base/AsyncTask.h"
#include "incident/IncidentSession.h"
#include "logs/LiveLogQueries.h"
#include "metrics/MetricMonitor.h"
#include "runbook/RunbookParser.h"
#include "wiring/WiringLoader.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QProgressBar>
#include <QToolButton>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

void MainWindow::createActions()
{
    m_openAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Runbook…"), this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString dir = m_runbook ? QFileInfo(m_runbook->path).absolutePath() : QDir::homePath();
        const QString path = m_dialogs.openRunbookFile(this, dir);
        if (!path.isEmpty()) {
            m_incidents->setExplicitRunbook(true);
            openRunbook(path);
        }
    });
    m_exportAction = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export Incident…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportIncident);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_newIncidentAction = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New Incident…"), this);
    m_newIncidentAction->setObjectName(QStringLiteral("newIncidentAction"));
    m_newIncidentAction->setShortcut(QKeySequence::New);
    connect(m_newIncidentAction, &QAction::triggered, this, &MainWindow::newIncident);
    m_resolveAction = new QAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("&Resolve Incident"), this);
    m_resolveAction->setObjectName(QStringLiteral("resolveAction"));
    m_resolveAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    connect(m_resolveAction, &QAction::triggered, this, &MainWindow::toggleResolved);
    m_noteAction = new QAction(tr("Add &Note"), this);
    m_noteAction->setObjectName(QStringLiteral("noteAction"));
    m_noteAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    connect(m_noteAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_noteInput->setFocus(Qt::ShortcutFocusReason);
    });

    m_nextStepAction = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Ne&xt Step"), this);
    m_nextStepAction->setObjectName(QStringLiteral("nextStepAction"));
    m_nextStepAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_nextStepAction->setToolTip(tr("The next pending step in triage order: critical sections first, then warnings, then the rest (F8)"));
    connect(m_nextStepAction, &QAction::triggered, this, &MainWindow::goToNextStep);
    m_nextSectionAction = new QAction(tr("&Next Section"), this);
    m_nextSectionAction->setObjectName(QStringLiteral("nextSectionAction"));
    m_nextSectionAction->setShortcuts({QKeySequence(tr("Ctrl+PgDown")), QKeySequence(tr("Alt+Down"))});
    connect(m_nextSectionAction, &QAction::triggered, this, [this] { selectSection(currentSectionRow() + 1); });
    m_prevSectionAction = new QAction(tr("&Previous Section"), this);
    m_prevSectionAction->setObjectName(QStringLiteral("previousSectionAction"));
    m_prevSectionAction->setShortcuts({QKeySequence(tr("Ctrl+PgUp")), QKeySequence(tr("Alt+Up"))});
    connect(m_prevSectionAction, &QAction::triggered, this, [this] { selectSection(currentSectionRow() - 1); });
    m_focusChecklistAction = new QAction(tr("Focus &Checklist"), this);
    m_focusChecklistAction->setShortcut(QKeySequence(tr("Ctrl+J")));
    connect(m_focusChecklistAction, &QAction::triggered, m_page, &SectionPage::focusChecklist);
    m_focusSectionsAction = new QAction(tr("Focus &Sections"), this);
    m_focusSectionsAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(m_focusSectionsAction, &QAction::triggered, this, [this] { m_sections->setFocus(Qt::ShortcutFocusReason); });
    m_logSourceAction = new QAction(tr("&Log Source…"), this);
    m_logSourceAction->setObjectName(QStringLiteral("logSourceAction"));
    connect(m_logSourceAction, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString spec = m_dialogs.logSource(this, m_settings.logSource(), &ok).trimmed();
        if (!ok)
            return;
        m_sources->chooseLogSource(spec); // the user's choice; empty: back to the profile's / the demo logs
    });
    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Run the queries and evaluate the alert rules now (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_live->refresh();
        m_monitor->refreshNow();
    });
    m_aboutAction = new QAction(tr("&About Runbook Assistant"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Runbook Assistant"),
                           tr("<b>Runbook Assistant</b> %1<p>Walk an incident through a runbook: checklists, notes, "
                              "timeline and incident notes.</p>"
                              "<p>Keys: ↑/↓ move · Space done/pending · D/S/N/P set state · Enter edit note · "
                              "Esc back · Alt+↑/↓ section</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_libraryAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *incident = menuBar()->addMenu(tr("&Incident"));
    incident->addAction(m_newIncidentAction);
    incident->addAction(m_resolveAction);
    incident->addAction(m_noteAction);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_nextStepAction);
    go->addSeparator();
    go->addAction(m_nextSectionAction);
    go->addAction(m_prevSectionAction);
    go->addSeparator();
    go->addAction(m_focusSectionsAction);
    go->addAction(m_focusChecklistAction);
    m_secretsAction = new QAction(tr("&Secrets…"), this);
    m_secretsAction->setObjectName(QStringLiteral("secretsAction"));
    m_secretsAction->setEnabled(false);
    connect(m_secretsAction, &QAction::triggered, this, [this] {
        if (!m_wiring)
            return;
        SecretsDialog dlg(*m_wiring, this);
        dlg.exec();
    });
    auto *resetDemo = new QAction(tr("&Reset Demo Data…"), this);
    resetDemo->setObjectName(QStringLiteral("resetDemoAction"));
    resetDemo->setVisible(false); // on a demo profile only (updateProfileUi)
    resetDemo->setStatusTip(tr("Put the demo database, blob store and logs back to their starting state"));
    connect(resetDemo, &QAction::triggered, this, [this] {
        if (m_dialogs.confirm(this, tr("Reset Demo Data"),
                              tr("Put the demo database, blob store and logs back to their starting state? Changes made by demo actions are lost; "
                                 "incidents and notes are kept.")))
            Q_EMIT resetDemoRequested();
    });
    m_storeAction = new QAction(tr("&Incident Store…"), this);
    m_storeAction->setObjectName(QStringLiteral("storeAction"));
    m_storeAction->setStatusTip(tr("Keep incidents in a file on this computer or in a team store on PostgreSQL"));
    connect(m_storeAction, &QAction::triggered, this, &MainWindow::chooseStore);
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(m_storeAction);
    settingsMenu->addAction(m_logSourceAction);
    settingsMenu->addAction(m_secretsAction);
    settingsMenu->addAction(m_alertSettingsAction);
    settingsMenu->addSeparator();
    settingsMenu->addAction(resetDemo);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    updateRecentMenu();

    QToolBar *tb = addToolBar(tr("Incident"));
    tb->setObjectName(QStringLiteral("incidentToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->addAction(m_openAction);
    tb->addWidget(m_profileCombo);
    tb->addSeparator();
    tb->addAction(m_newIncidentAction);
    tb->addWidget(m_incidentCombo);
    tb->addAction(m_resolveAction);
    tb->addAction(m_exportAction);
    tb->addSeparator();
    tb->addAction(m_nextStepAction);
    addToolBarBreak();
    QToolBar *liveBar = addToolBar(tr("Live"));
    liveBar->setObjectName(QStringLiteral("liveToolBar"));
    liveBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    liveBar->addWidget(new QLabel(tr(" Window: "), this));
    liveBar->addWidget(m_page->livePanel()->takeWindowSelector());
    // A query's samples kept with the selected step, from the source and profile the counts read.
    connect(m_page->livePanel(), &LivePanel::evidenceOffered, this, [this](Evidence e) {
        const Step *step = m_page->checklistModel()->stepAt(m_page->currentRow());
        if (!step || !m_session->canEdit()) {
            m_messages->showMessage(!step ? tr("Select the step the samples belong to, then keep them.") : tr("Start an incident to keep evidence."),
                                    MessageBar::Warning);
            return;
        }
        e.stepId = step->id;
        e.connector = m_sources->logSpec().isEmpty() ? tr("the profile's log source") : m_sources->logSpec();
        e.profile = currentProfile() ? currentProfile()->name : QString();
        m_session->attachEvidence(m_session->currentId(), e, [this, label = step->number](const QString &id, const QString &error) {
            statusBar()->showMessage(id.isEmpty() ? tr("Not kept: %1").arg(error) : tr("Kept with step %1 as evidence %2").arg(label, id), 8000);
        });
    });
    liveBar->addAction(m_refreshAction);
    // The cleanup route's fields are read by calling it, which runs the cleanup: only on request.
    auto *routeMetrics = liveBar->addAction(tr("Read Route Metrics"));
    routeMetrics->setObjectName(QStringLiteral("readRouteMetricsAction"));
    routeMetrics->setVisible(false); // until a wiring reads a route (updateProfileUi)
    routeMetrics->setToolTip(tr("Call the routes the http_field metrics read (a cron route runs its job) and show their fields"));
    connect(routeMetrics, &QAction::triggered, this, [this] {
        m_evaluator->setRunRoutes(true);
        m_monitor->refreshNow();
    });
    connect(m_evaluator, &MetricEvaluator::finished, this, [this] { m_evaluator->setRunRoutes(false); });
    tb = liveBar;
    auto *every = new QSpinBox(this);
    every->setObjectName(QStringLiteral("refreshIntervalSpin"));
    every->setRange(10, 3600);
    every->setValue(60);
    every->setSuffix(tr(" s"));
    every->setPrefix(tr("every "));
    every->setToolTip(tr("Evaluate the alert rules on their own this often (backs off while the source fails)"));
    connect(every, &QSpinBox::valueChanged, this, [this](int s) { m_monitor->setIntervalMs(qint64(s) * 1000); });
    tb->addWidget(every);
    m_teamStatus = new QLabel(this);
    m_teamStatus->setObjectName(QStringLiteral("teamStatusLabel"));
    m_teamStatus->hide();
    statusBar()->addPermanentWidget(m_teamStatus);
    // An export under way: how far it is, and a way to stop it.
    auto *exportProgress = new QProgressBar(this);
    exportProgress->setObjectName(QStringLiteral("exportProgress"));
    exportProgress->setMaximumWidth(160);
    exportProgress->setFormat(tr("Export %p%"));
    exportProgress->hide();
    auto *cancelExport = new QToolButton(this);
    cancelExport->setObjectName(QStringLiteral("cancelExportButton"));
    cancelExport->setText(tr("Cancel Export"));
    cancelExport->hide();
    connect(cancelExport, &QToolButton::clicked, m_incidents, &IncidentController::cancelExport);
    connect(m_incidents, &IncidentController::exportProgress, this, [exportProgress, cancelExport](int done, int total) {
        exportProgress->setVisible(total > 0);
        cancelExport->setVisible(total > 0);
        if (total > 0) {
            exportProgress->setRange(0, total);
            exportProgress->setValue(done);
        }
    });
    statusBar()->addPermanentWidget(exportProgress);
    statusBar()->addPermanentWidget(cancelExport);
    statusBar()->addPermanentWidget(m_incidentStatus);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : m_settings.recentRunbooks()) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            m_incidents->setExplicitRunbook(true);
            openRunbook(path);
        });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}
