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
#include "WrapTextDelegate.h"
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
#include <QScreen>
#include <QSpinBox>
#include <algorithm>
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
#include <QResizeEvent>
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
    setWindowIcon(QIcon::fromTheme(QStringLiteral("runbook-assistant"), QIcon(QStringLiteral(":/icons/runbook-assistant.png"))));
    if (!settings.actorName().isEmpty())
        m_session->setActor(settings.actorName());

    m_sections->setObjectName(QStringLiteral("sectionsView"));
    m_sections->setModel(m_sectionModel);
    m_sections->setRootIsDecorated(false);
    // Long section names wrap (the tooltip has the whole name when one still does not fit).
    m_sections->setUniformRowHeights(false);
    m_sections->setWordWrap(true);
    m_sections->setTextElideMode(Qt::ElideRight);
    m_sections->setItemDelegateForColumn(SectionListModel::TitleColumn, new WrapTextDelegate(m_sections));
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_sections->header(), &QHeaderView::sectionResized, m_sections, [this] { m_sections->doItemsLayout(); });
    m_sections->setHeaderHidden(true);
    m_sections->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sections->header()->setStretchLastSection(false);
    m_sections->header()->setSectionResizeMode(SectionListModel::TitleColumn, QHeaderView::Stretch);
    // The badge column as wide as its widest badge (icon and text), the title the rest.
    m_sections->header()->setMinimumSectionSize(8);
    m_sections->header()->setSectionResizeMode(SectionListModel::SeverityColumn, QHeaderView::Fixed);
    m_sections->header()->resizeSection(SectionListModel::SeverityColumn,
                                        std::max({fontMetrics().horizontalAdvance(tr("CRIT")), fontMetrics().horizontalAdvance(tr("WARN")),
                                                  fontMetrics().horizontalAdvance(tr("OK"))})
                                            + style()->pixelMetric(QStyle::PM_SmallIconSize) + 16);
    m_sections->header()->setSectionResizeMode(SectionListModel::ProgressColumn, QHeaderView::ResizeToContents);
    m_sections->setAccessibleName(tr("Sections"));
    connect(m_sections->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &cur) {
        m_page->setSection(runbook(), cur.isValid() && m_runbook ? &m_runbook->sections.at(cur.row()) : nullptr);
        if (cur.isValid() && m_runbook && !m_runbook->path.isEmpty())
            m_settings.setLastSection(m_runbook->path, m_runbook->sections.at(cur.row()).id);
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
    setUpAlerts();

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
    m_incidentCombo->setMinimumContentsLength(18);
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

    // A first start fits the screen it opens on (a laptop's 1024×768 too); later ones are where the user left it.
    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    resize(QSize(1280, 860).boundedTo(available));
    restoreGeometry(settings.windowGeometry());
    QMainWindow::restoreState(settings.windowState());
    m_splitter->setSizes({300, 980});
    // Every splitter where the user left it (the page's too), by object name.
    for (QSplitter *s : findChildren<QSplitter *>())
        if (const QByteArray state = settings.splitterState(s->objectName()); !s->objectName().isEmpty() && !state.isEmpty())
            s->restoreState(state);

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
    for (const ParseMessage &m : m_runbook->problems())
        problems.append(tr("line %1: %2").arg(m.line).arg(m.message));
    if (!problems.isEmpty())
        m_messages->showMessage(tr("%1 has %n problem(s): %2", nullptr, int(problems.size()))
                                    .arg(QFileInfo(m_runbook->path).fileName(), problems.mid(0, 5).join(QStringLiteral("; "))),
                                m_runbook->hasErrors() ? MessageBar::Error : MessageBar::Warning);
    else if (m_messages->level() != MessageBar::Error)
        m_messages->hide();
    // Where the user was in this runbook last time, else its first section.
    const QString last = m_settings.lastSection(m_runbook->path);
    int row = 0;
    for (int i = 0; i < m_runbook->sections.size(); ++i)
        if (m_runbook->sections.at(i).id == last)
            row = i;
    selectSection(row);
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
    m_profileCombo->setToolTip(tr("Environment profile of the runbook's wiring") + (m_profileCombo->count() ? QLatin1Char('\n') + m_profileCombo->currentText() : QString()));
    m_secretsAction->setEnabled(bool(m_wiring));
    // Controls only some runbooks have a use for are shown only for them: route
    // metrics where the wiring reads a route's fields, the demo reset on a demo profile.
    const bool routes = m_wiring && std::any_of(m_wiring->metrics.begin(), m_wiring->metrics.end(), [](const MetricDef &m) { return m.kind == MetricDef::HttpField; });
    if (auto *a = findChild<QAction *>(QStringLiteral("readRouteMetricsAction")))
        a->setVisible(routes);
    if (auto *a = findChild<QAction *>(QStringLiteral("resetDemoAction")))
        a->setVisible(p && p->isDemo);
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
        m_incidentCombo->setItemData(m_incidentCombo->count() - 1, label, Qt::ToolTipRole);
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

void MainWindow::saveState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(QMainWindow::saveState());
    for (QSplitter *s : findChildren<QSplitter *>())
        if (!s->objectName().isEmpty())
            m_settings.setSplitterState(s->objectName(), s->saveState());
    m_settings.sync();
}

// The incident toolbar, too wide for the window (a 1024-pixel screen, longer
// German words), shows its buttons' icons only; each keeps its text as tooltip.
void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    auto *tb = findChild<QToolBar *>(QStringLiteral("incidentToolBar"));
    if (!tb)
        return;
    // Measured while the texts show; switched only when the answer changes, not on every resize.
    if (tb->toolButtonStyle() == Qt::ToolButtonTextBesideIcon)
        m_textToolBarWidth = tb->sizeHint().width();
    const Qt::ToolButtonStyle wanted = m_textToolBarWidth <= event->size().width() ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    if (tb->toolButtonStyle() != wanted)
        tb->setToolButtonStyle(wanted);
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
