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

MainWindow::MainWindow(AppSettings &settings, DialogProvider &dialogs, const QString &runbookPath, bool explicitRunbook,
                       const QString &storePath, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_dialogs(dialogs), m_session(new IncidentSession(Clock::system(), this)),
      m_live(new LiveLogQueries(this)), m_evaluator(new MetricEvaluator(this)),
      m_monitor(new MetricMonitor(m_evaluator, Clock::system(), [this] {
          return MetricMonitor::Input{runbook(), wiring(), m_sources ? m_sources->profileName() : QString()};
      }, this)),
      m_sources(new SourceController(settings, m_live, m_evaluator, m_monitor, this)),
      m_incidents(new IncidentController(m_session, settings, dialogs, this)), m_messages(new MessageBar(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_sections(new QTreeView(m_splitter)), m_sectionModel(new SectionListModel(m_session, this)),
      m_page(new SectionPage(m_session, m_live, m_splitter)), m_tabs(new QTabWidget(this)), m_notesView(new QTextBrowser(this)),
      m_noteInput(new QLineEdit(this)), m_timelineView(new QTreeView(this)), m_timelineModel(new TimelineModel(m_session, this)),
      m_incidentCombo(new QComboBox(this)), m_profileCombo(new QComboBox(this)), m_banner(new QLabel(this)),
      m_incidentStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_bindings = new BindingRunner(m_session, m_messages, this);
    m_incidents->setExplicitRunbook(explicitRunbook);
    connect(m_sources, &SourceController::profileChanged, this, [this] {
        updateProfileUi();
        m_page->setWiring(m_wiring.get(), currentProfile());
    });
    connect(m_sources, &SourceController::message, this,
            [this](const QString &text, int level) { m_messages->showMessage(text, MessageBar::Level(level)); });
    connect(m_sources, &SourceController::busy, this, [this](const QString &text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text);
    });
    connect(m_incidents, &IncidentController::openRunbookRequested, this, &MainWindow::openRunbook);
    // A new incident is titled after the worst breaching rule, its severity after how many sections breach.
    m_incidents->setSuggestion([this]() -> IncidentController::Suggestion {
        if (!m_lastEvaluation)
            return {};
        return {m_lastEvaluation->headline(),
                suggestedSeverity(m_lastEvaluation->sectionsAt(Severity::Critical), m_lastEvaluation->sectionsAt(Severity::Warning))};
    });
    connect(this, &MainWindow::resetDemoRequested, m_sources, &SourceController::resetDemo);
    connect(m_sources, &SourceController::demoReset, this, &MainWindow::demoReset);
    connect(m_incidents, &IncidentController::message, this,
            [this](const QString &text, int level) { m_messages->showMessage(text, MessageBar::Level(level)); });
    setWindowIcon(QIcon(QStringLiteral(":/icons/runbook-assistant.png")));
    if (!settings.actorName().isEmpty())
        m_session->setActor(settings.actorName());

    m_sections->setObjectName(QStringLiteral("sectionsView"));
    m_sections->setModel(m_sectionModel);
    m_sections->setRootIsDecorated(false);
    m_sections->setUniformRowHeights(true);
    m_sections->setHeaderHidden(true);
    m_sections->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sections->header()->setStretchLastSection(false);
    m_sections->header()->setSectionResizeMode(SectionListModel::TitleColumn, QHeaderView::Stretch);
    m_sections->header()->setSectionResizeMode(SectionListModel::ProgressColumn, QHeaderView::ResizeToContents);
    m_sections->setAccessibleName(tr("Sections"));
    connect(m_sections->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &cur) {
        m_page->setSection(runbook(), cur.isValid() && m_runbook ? &m_runbook->sections.at(cur.row()) : nullptr);
    });

    m_notesView->setObjectName(QStringLiteral("notesView"));
    m_noteInput->setObjectName(QStringLiteral("noteInput"));
    m_noteInput->setPlaceholderText(tr("Add a note to the incident and press Enter"));
    connect(m_noteInput, &QLineEdit::returnPressed, this, &MainWindow::addIncidentNote);
    auto *notesPage = new QWidget(this);
    auto *nl = new QVBoxLayout(notesPage);
    nl->setContentsMargins(0, 0, 0, 0);
    nl->addWidget(m_notesView, 1);
    nl->addWidget(m_noteInput);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timelineModel);
    m_timelineView->setRootIsDecorated(false);
    m_timelineView->header()->setSectionResizeMode(TimelineModel::EventColumn, QHeaderView::Stretch);
    m_tabs->setObjectName(QStringLiteral("incidentTabs"));
    m_tabs->addTab(notesPage, tr("&Notes"));
    m_tabs->addTab(m_timelineView, tr("&Timeline"));
    m_incidentPanel = new IncidentPanel(m_session, this);
    m_tabs->addTab(m_incidentPanel, tr("Incident &Record"));

    auto *right = new QSplitter(Qt::Vertical, m_splitter);
    right->setObjectName(QStringLiteral("rightSplitter"));
    right->addWidget(m_page);
    right->addWidget(m_tabs);
    right->setStretchFactor(0, 4);
    right->setStretchFactor(1, 1);
    right->setSizes({620, 160});
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sections);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *cl = new QVBoxLayout(central);
    cl->setContentsMargins(6, 6, 6, 0);
    m_banner->setObjectName(QStringLiteral("protectedBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->hide();
    cl->addWidget(m_banner);
    cl->addWidget(m_messages);
    cl->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_incidentCombo->setObjectName(QStringLiteral("incidentCombo"));
    m_incidentCombo->setMinimumContentsLength(28);
    m_incidentCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_incidentCombo->setToolTip(tr("Switch incident"));
    connect(m_incidentCombo, &QComboBox::activated, this, [this](int i) {
        if (m_updatingCombo)
            return;
        m_incidentPanel->commitEdits(); // what was typed into the record goes to the incident it was typed for
        m_incidents->switchToIncident(m_incidentCombo->itemData(i).toString());
    });
    m_incidentStatus->setObjectName(QStringLiteral("incidentStatusLabel"));
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setToolTip(tr("Environment profile of the runbook's wiring"));
    m_profileCombo->setEnabled(false);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_profileCombo, &QComboBox::activated, this, [this](int i) { selectProfile(m_profileCombo->itemData(i).toString()); });
    createActions();

    connect(m_monitor, &MetricMonitor::evaluated, this, &MainWindow::onEvaluated);
    connect(m_page, &SectionPage::runRequested, this, &MainWindow::runBinding);
    connect(m_session, &IncidentSession::storeOpened, this, &MainWindow::onStoreOpened);
    connect(m_session, &IncidentSession::incidentsChanged, this, &MainWindow::onIncidentsChanged);
    connect(m_session, &IncidentSession::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(m_session, &IncidentSession::incidentUpdated, this, &MainWindow::updateIncidentUi);
    connect(m_session, &IncidentSession::stepChanged, this, &MainWindow::updateIncidentUi);
    connect(m_session, &IncidentSession::storeFailed, this,
            [this](const QString &e) { m_messages->showMessage(e, MessageBar::Error); });
    // A team store: what the others do shows at once, with who did it.
    connect(m_session, &IncidentSession::sharingChanged, this, &MainWindow::updateTeamStatus);
    connect(m_session, &IncidentSession::presenceChanged, this, &MainWindow::updateTeamStatus);
    connect(m_session, &IncidentSession::remoteChange, this, [this](const QString &actor, const QString &text) {
        statusBar()->showMessage(tr("%1: %2").arg(actor, text), 10000);
        updateTeamStatus();
    });
    connect(m_session, &IncidentSession::conflictFound, this,
            [this](const QString &message) { m_messages->showMessage(message, MessageBar::Warning); });

    resize(1200, 800);
    restoreGeometry(settings.windowGeometry());
    QMainWindow::restoreState(settings.windowState());
    if (!settings.splitterState().isEmpty())
        m_splitter->restoreState(settings.splitterState());
    else
        m_splitter->setSizes({300, 900});

    m_storeAddress = storePath;
    m_session->openStore(storePath);
    applyLogSource(settings.logSource());
    openRunbook(runbookPath);
    renderNotes();
    updateIncidentUi();
}

MainWindow::~MainWindow()
{
    // The views point into m_runbook, which dies before QWidget's destructor
    // hides (and repaints) the children: take them down first.
    m_page->setSection(nullptr, nullptr);
    m_sectionModel->setRunbook(nullptr);
    delete centralWidget();
}

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

void MainWindow::openRunbook(const QString &path)
{
    m_loading = true;
    statusBar()->showMessage(tr("Opening %1…").arg(path));
    // Parsing runs off the GUI thread: a runbook can be large or malformed.
    struct Loaded
    {
        Result<Runbook> runbook;
        std::optional<Wiring> wiring;
    };
    runAsync(this, [path] {
        Loaded l{RunbookParser::parseFile(path), std::nullopt};
        const QString sidecar = WiringLoader::sidecarPath(path);
        if (l.runbook && QFileInfo::exists(sidecar)) {
            l.wiring = WiringLoader::loadFile(sidecar, &l.runbook.value());
            l.wiring->registerAllSecrets(); // here, off the GUI thread: keychain reads may wait
        }
        return l;
    }, [this, path](Loaded loaded) {
        Result<Runbook> &rb = loaded.runbook;
        m_loading = false;
        statusBar()->clearMessage();
        if (!rb) {
            m_messages->showMessage(tr("Cannot open the runbook: %1").arg(rb.error()), MessageBar::Error);
            Q_EMIT runbookLoaded();
            return;
        }
        m_settings.addRecentRunbook(path);
        m_settings.setLastRunbook(QFileInfo(path).absoluteFilePath());
        updateRecentMenu();
        setRunbook(std::move(rb).value(), std::move(loaded.wiring));
        Q_EMIT runbookLoaded();
    });
}

void MainWindow::setRunbook(Runbook runbook, std::optional<Wiring> wiring)
{
    m_page->setSection(nullptr, nullptr);
    m_page->setWiring(nullptr, nullptr);
    m_sectionModel->setRunbook(nullptr);
    m_runbook = std::make_shared<const Runbook>(std::move(runbook));
    m_wiring = wiring ? std::make_shared<const Wiring>(std::move(*wiring)) : nullptr;
    m_live->setRunbook(m_runbook.get());
    m_sectionModel->setRunbook(m_runbook.get());
    QStringList problems;
    for (const ParseMessage &m : m_runbook->messages)
        problems.append(tr("line %1: %2").arg(m.line).arg(m.message));
    if (!problems.isEmpty())
        m_messages->showMessage(tr("%1 has %n problem(s): %2", nullptr, int(problems.size()))
                                    .arg(QFileInfo(m_runbook->path).fileName(), problems.mid(0, 5).join(QStringLiteral("; "))),
                                m_runbook->hasErrors() ? MessageBar::Error : MessageBar::Warning);
    else if (m_messages->level() != MessageBar::Error)
        m_messages->hide();
    selectSection(0);
    m_sources->setDocuments(m_runbook.get(), m_wiring.get());
    if (m_wiring) {
        const bool known = m_wiring->profile(m_settings.profile());
        selectProfile(known ? m_settings.profile() : m_wiring->defaultProfile);
        int errors = 0;
        for (const WiringMessage &m : m_wiring->messages)
            errors += m.level == WiringMessage::Error;
        if (errors > 0)
            m_messages->showMessage(tr("The wiring %1 has %n problem(s); what works keeps working. First: line %2: %3", nullptr, errors)
                                        .arg(m_wiring->path)
                                        .arg(m_wiring->messages.first().line)
                                        .arg(m_wiring->messages.first().message),
                                    MessageBar::Warning);
    } else {
        m_sources->useNoWiring();
    }
    m_incidents->runbookOpened(m_runbook.get());
    updateIncidentUi();
    m_live->refresh();
    if (m_wiring)
        m_monitor->start();
    else
        m_monitor->stop();
}

const Profile *MainWindow::currentProfile() const
{
    return m_sources->currentProfile();
}

void MainWindow::selectProfile(const QString &name)
{
    m_sources->selectProfile(name);
}

void MainWindow::runBinding(const QString &stepId)
{
    m_bindings->run({m_wiring.get(), currentProfile(), m_sources->variables(), m_sources->logSpec(), m_sources->logOptions(), m_runbook}, stepId);
}

void MainWindow::onEvaluated(const Evaluation &e)
{
    m_lastEvaluation = std::make_shared<const Evaluation>(e);
    m_sectionModel->setEvaluation(e);
    m_page->setEvaluation(e);
    m_session->recordMetrics(e.incidentPoints());
    if (const auto &inc = m_session->current()) {
        QHash<QString, QList<double>> history;
        for (auto it = inc->metrics.begin(); it != inc->metrics.end(); ++it)
            for (const MetricPoint &p : it.value())
                history[it.key()].append(p.value.value_or(0));
        m_page->livePanel()->setHistory(history);
    }
    statusBar()->showMessage(tr("Rules evaluated: %1").arg(MetricsModel::severityText(e.severity)), 5000);
}

void MainWindow::updateProfileUi()
{
    m_profileCombo->clear();
    const Profile *p = currentProfile();
    if (m_wiring)
        for (const Profile &pr : m_wiring->profiles)
            m_profileCombo->addItem(pr.isProtected ? tr("%1 (protected)").arg(pr.label) : pr.label, pr.name);
    m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(m_sources->profileName())));
    m_profileCombo->setEnabled(bool(m_wiring));
    m_secretsAction->setEnabled(bool(m_wiring));
    // A protected profile colours the window's frame and says so above everything.
    const QString color = p && p->isProtected ? (p->color.isEmpty() ? QStringLiteral("#c53030") : p->color) : QString();
    centralWidget()->setObjectName(QStringLiteral("centralFrame"));
    centralWidget()->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("#centralFrame { border: 4px solid %1; }").arg(color));
    m_banner->setVisible(!color.isEmpty());
    if (!color.isEmpty()) {
        m_banner->setText(tr("%1 — protected profile: changes here touch real systems").arg(p->label.toUpper()));
        m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; padding: 4px; }").arg(color));
    }
}

QString MainWindow::demoUrl() const
{
    return m_sources->demoUrl();
}

QString MainWindow::demoLogPath()
{
    return SourceController::demoLogPath();
}

void MainWindow::applyLogSource(const QString &spec)
{
    m_sources->applyLogSource(spec);
}

void MainWindow::requestIncident(const QString &id)
{
    m_incidents->requestIncident(id);
}

void MainWindow::selectSection(int row)
{
    if (row < 0 || row >= m_sectionModel->rowCount())
        return;
    m_sections->setCurrentIndex(m_sectionModel->index(row, 0));
}

int MainWindow::currentSectionRow() const
{
    return m_sections->currentIndex().isValid() ? m_sections->currentIndex().row() : -1;
}

void MainWindow::updateTeamStatus()
{
    if (!m_session->isTeam()) {
        m_teamStatus->hide();
        return;
    }
    QStringList parts;
    parts.append(m_session->storeReachable() ? tr("Team store") : tr("Team store unreachable"));
    const int unshared = m_session->unsharedChanges();
    if (unshared > 0)
        parts.append(unshared == 1 ? tr("1 change not yet shared") : tr("%1 changes not yet shared").arg(unshared));
    // Who else is here is known only while the store answers.
    if (m_session->storeReachable() && !m_session->othersHere().isEmpty())
        parts.append(tr("also here: %1").arg(m_session->othersHere().join(QStringLiteral(", "))));
    m_teamStatus->setText(parts.join(QStringLiteral(" · ")));
    QString tip = m_session->storeReachable() ? tr("Changes are shared with everyone who has the incident open.")
                                              : tr("The team store cannot be reached: %1\nChanges are kept on this computer and sent, "
                                                   "in order, when it is back.").arg(m_session->storeError());
    if (!m_session->lastRemoteChange().isEmpty())
        tip += QLatin1Char('\n') + tr("Last change by someone else — %1").arg(m_session->lastRemoteChange());
    m_teamStatus->setToolTip(tip);
    m_teamStatus->setStyleSheet(m_session->storeReachable() && m_session->unsharedChanges() == 0 ? QString()
                                                                                                 : QStringLiteral("color: #b45309; font-weight: 600;"));
    m_teamStatus->show();
}

void MainWindow::chooseStore()
{
    StoreDialog dlg(m_storeAddress, this);
    if (dlg.exec() != QDialog::Accepted || dlg.address() == m_storeAddress)
        return;
    m_incidentPanel->commitEdits();
    m_settings.setStorePath(dlg.address());
    m_settings.sync();
    m_storeAddress = dlg.address();
    m_session->closeIncident();
    m_session->openStore(m_storeAddress);
    statusBar()->showMessage(tr("Opening the incident store %1…").arg(m_storeAddress), 5000);
}

void MainWindow::onStoreOpened(bool ok, const QString &error)
{
    updateTeamStatus();
    if (!ok)
        m_messages->showMessage(tr("%1\nThe runbook is open read-only; nothing already recorded was changed.").arg(error),
                                MessageBar::Error);
    else if (m_session->storeReadOnly())
        m_messages->showMessage(error, MessageBar::Warning);
    updateIncidentUi();
}

void MainWindow::onIncidentsChanged()
{
    m_updatingCombo = true;
    m_incidentCombo->clear();
    m_incidentCombo->addItem(tr("No incident"), QString());
    for (const IncidentSummary &s : m_session->incidents()) {
        const QString label = s.status == IncidentStatus::Resolved ? tr("%1 (resolved)").arg(s.title) : s.title;
        m_incidentCombo->addItem(label, s.id);
        m_incidentCombo->setItemData(m_incidentCombo->count() - 1,
                                     tr("%1 · %2 · %3").arg(s.id, s.runbookTitle, s.updatedAt.toLocalTime().toString()), Qt::ToolTipRole);
    }
    m_updatingCombo = false;
    m_incidents->incidentsListed();
    updateIncidentUi();
}

void MainWindow::onCurrentChanged()
{
    const auto &inc = m_session->current();
    if (inc) {
        m_settings.setLastIncidentId(inc->id);
        if (m_runbook && inc->runbookHash != m_runbook->hash)
            m_messages->showMessage(tr("The runbook changed since this incident was opened; steps whose text changed are flagged."),
                                    MessageBar::Warning);
    }
    renderNotes();
    updateIncidentUi();
}

void MainWindow::renderNotes()
{
    const auto &inc = m_session->current();
    if (!inc || inc->notes.isEmpty()) {
        m_notesView->setMarkdown(!inc ? tr("*No incident is open. Start one with **Incident → New Incident** (Ctrl+N) to record progress.*")
                                      : tr("*No notes yet.*"));
        return;
    }
    // Built block by block, not parsed from Markdown: thousands of notes show at once
    // (and a note's text is shown as typed, never read as markup).
    auto *doc = new QTextDocument(m_notesView);
    doc->setDefaultFont(m_notesView->font());
    QTextCursor c(doc);
    QTextCharFormat author, when, body;
    author.setFontWeight(QFont::Bold);
    when.setForeground(palette().color(QPalette::PlaceholderText));
    QTextBlockFormat head, text;
    head.setTopMargin(6);
    bool first = true;
    c.beginEditBlock();
    for (const IncidentNote &n : inc->notes) {
        if (!first)
            c.insertBlock(head);
        else
            c.setBlockFormat(head);
        first = false;
        c.insertText(n.author, author);
        c.insertText(QStringLiteral(" · ") + QLocale().toString(n.at.toLocalTime(), QLocale::ShortFormat), when);
        c.insertBlock(text);
        QString t = n.text;
        c.insertText(t.replace(QLatin1Char('\n'), QChar::LineSeparator), body);
    }
    c.endEditBlock();
    m_notesView->setDocument(doc); // the one before, a child of the view too, is deleted by it
}

void MainWindow::updateIncidentUi()
{
    const auto &inc = m_session->current();
    const bool haveRunbook = bool(m_runbook);
    m_newIncidentAction->setEnabled(haveRunbook && m_session->storeReady() && !m_session->storeReadOnly());
    // Resolving is the commander's, once one is named (the store refuses anyone else too).
    const QString commander = inc ? inc->commander.trimmed() : QString();
    const bool othersLead = inc && inc->isOpen() && !commander.isEmpty() && commander.compare(m_session->actor().trimmed(), Qt::CaseInsensitive) != 0;
    m_resolveAction->setEnabled(m_session->canEdit() && !othersLead);
    m_resolveAction->setText(inc && !inc->isOpen() ? tr("&Reopen Incident") : tr("&Resolve Incident"));
    m_resolveAction->setToolTip(othersLead ? tr("Only the incident commander (%1) can resolve it").arg(commander) : QString());
    m_exportAction->setEnabled(inc.has_value() && haveRunbook);
    m_noteInput->setEnabled(m_session->canEdit());
    m_noteAction->setEnabled(m_session->canEdit());

    m_updatingCombo = true;
    const int idx = m_incidentCombo->findData(inc ? inc->id : QString());
    m_incidentCombo->setCurrentIndex(idx >= 0 ? idx : 0);
    m_updatingCombo = false;

    QString title = tr("Runbook Assistant");
    if (haveRunbook)
        title = tr("%1 — Runbook Assistant").arg(m_runbook->title);
    if (inc)
        title = tr("%1 — %2").arg(inc->title, title);
    setWindowTitle(title);

    if (!inc) {
        m_incidentStatus->setText(m_session->storeReady() ? tr("No incident — press Ctrl+N to start one") : tr("Read-only"));
    } else {
        int handled = 0;
        const int total = haveRunbook ? m_runbook->stepCount() : 0;
        if (haveRunbook)
            for (const Section &s : m_runbook->sections)
                for (const Step &st : s.steps)
                    handled += inc->step(st.id).state != StepState::Pending;
        m_incidentStatus->setText(tr("%1 · %2 · %3 of %4 steps handled")
                                      .arg(inc->title, inc->severity.isEmpty() ? toText(inc->status) : inc->severity + QStringLiteral(" · ") + toText(inc->status))
                                      .arg(handled)
                                      .arg(total));
    }
    if (inc && m_notesView->property("notesCount").toInt() != inc->notes.size()) {
        m_notesView->setProperty("notesCount", int(inc->notes.size()));
        renderNotes();
    }
}

void MainWindow::newIncident()
{
    m_incidentPanel->commitEdits();
    m_incidents->newIncident();
}

void MainWindow::goToNextStep()
{
    if (!m_runbook)
        return;
    m_page->detailPanel()->commitNote();
    QHash<QString, Triage::Urgency> urgency;
    if (m_lastEvaluation)
        for (const Section &s : m_runbook->sections) {
            const Severity sev = m_lastEvaluation->sectionSeverity(s.id);
            urgency.insert(s.id, sev == Severity::Critical ? Triage::Urgency::Critical
                                 : sev == Severity::Warning ? Triage::Urgency::Warning : Triage::Urgency::None);
        }
    // A step wired to run a procedure points at it.
    QHash<QString, QString> pointers;
    if (m_wiring)
        for (const Binding &b : m_wiring->bindings)
            if (b.type == QStringLiteral("run_procedure"))
                if (const Binding *action = m_wiring->procedureAction(b.params.value(QStringLiteral("procedure")).toString())) {
                    const Section *owner = nullptr;
                    if (m_runbook->step(action->target, &owner))
                        pointers.insert(b.target, owner->id);
                }
    const Step *current = m_page->checklistModel()->stepAt(m_page->currentRow());
    const auto next = Triage::next(*m_runbook, m_session->current() ? &*m_session->current() : nullptr, urgency,
                                   current ? current->id : QString(), pointers);
    if (!next) {
        statusBar()->showMessage(tr("Every step in triage order is handled."), 8000);
        return;
    }
    selectSection(m_sectionModel->rowOf(next->sectionId));
    m_page->selectStep(m_page->checklistModel()->rowOf(next->stepId));
    m_page->focusChecklist();
    const Section *section = nullptr;
    const Step *step = m_runbook->step(next->stepId, &section);
    const QString label = step ? (step->number.isEmpty() ? step->plainText.left(60) : tr("step %1").arg(step->number)) : next->stepId;
    statusBar()->showMessage(tr("Next: %1 — %2").arg(label, next->reason));
}

void MainWindow::toggleResolved()
{
    m_page->detailPanel()->commitNote();
    m_incidentPanel->commitEdits();
    m_incidents->toggleResolved();
}

void MainWindow::addIncidentNote()
{
    const QString text = m_noteInput->text().trimmed();
    if (text.isEmpty())
        return;
    m_incidents->addNote(text);
    m_noteInput->clear();
    renderNotes();
}

void MainWindow::exportIncident()
{
    m_incidents->exportIncident();
}

void MainWindow::saveState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(QMainWindow::saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_page->detailPanel()->commitNote();
    m_incidentPanel->commitEdits();
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::demoReset(const Status &status)
{
    if (!status) {
        m_messages->showMessage(tr("The demo data could not be reset: %1").arg(status.error()), MessageBar::Error);
        return;
    }
    statusBar()->showMessage(tr("Demo data reset to its starting state"), 5000);
    m_refreshAction->trigger();
}
