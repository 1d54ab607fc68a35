// The window's alert path: the Alerts tab (polling the Alertmanager set in
// Settings), the runbook library, and Start incident — the alert's runbook
// opened at its section, its labels as the incident's variables, the alert
// recorded on the incident, the same alert joining its open incident, and a
// resolved alert on the timeline with Resolve offered.
#include "MainWindow.h"

#include "AlertsPanel.h"
#include "LibraryDialog.h"
#include "LibrarySettingsDialog.h"
#include "MessageBar.h"
#include "SectionListModel.h"
#include "SectionPage.h"

#include "base/AppSettings.h"
#include "base/AsyncTask.h"
#include "incident/IncidentSession.h"
#include "library/AlertIncident.h"
#include "library/RunbookLibrary.h"

#include <QAction>
#include <QFileInfo>
#include <QStatusBar>
#include <QTabWidget>

void MainWindow::setUpAlerts()
{
    m_library = new RunbookLibrary(this);
    m_alertsPanel = new AlertsPanel(this);
    m_alertsPanel->setLibrary(&m_library->entries());
    m_alertsTab = m_tabs->addTab(m_alertsPanel, tr("&Alerts"));
    connect(m_library, &RunbookLibrary::indexed, this, [this](int files, qint64 ms) {
        m_alertsPanel->setLibrary(&m_library->entries());
        statusBar()->showMessage(tr("Runbook library: %n file(s) indexed in %1 ms", nullptr, files).arg(ms), 5000);
    });
    connect(m_alertsPanel, &AlertsPanel::startIncident, this, &MainWindow::startIncidentFromAlert);
    connect(m_alertsPanel, &AlertsPanel::alertResolved, this, &MainWindow::onAlertResolved);
    connect(m_alertsPanel, &AlertsPanel::alertsChanged, this, [this] {
        const int n = int(m_alertsPanel->alerts().size());
        m_tabs->setTabText(m_alertsTab, n > 0 ? tr("&Alerts (%1)").arg(n) : tr("&Alerts"));
    });
    m_alertSettingsAction = new QAction(tr("&Alerts and Runbook Library…"), this);
    m_alertSettingsAction->setObjectName(QStringLiteral("alertSettingsAction"));
    m_alertSettingsAction->setStatusTip(tr("The Alertmanager to watch and the folders of your team's runbooks"));
    connect(m_alertSettingsAction, &QAction::triggered, this, [this] {
        LibrarySettingsDialog dialog(m_settings, this);
        if (dialog.exec() == QDialog::Accepted) {
            dialog.saveTo(m_settings);
            applyAlertSettings();
        }
    });
    m_libraryAction = new QAction(tr("Open from &Library…"), this);
    m_libraryAction->setObjectName(QStringLiteral("libraryAction"));
    m_libraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_libraryAction->setStatusTip(tr("Find a runbook of your team's by alert, runbook_url or words"));
    connect(m_libraryAction, &QAction::triggered, this, &MainWindow::openFromLibrary);
    applyAlertSettings();
}

LibraryDialog *MainWindow::openFromLibrary()
{
    auto *dialog = new LibraryDialog(m_library, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LibraryDialog::openRequested, this, [this](const QString &path, const QString &sectionId) {
        auto *conn = new QMetaObject::Connection;
        *conn = connect(this, &MainWindow::runbookLoaded, this, [this, conn, sectionId] {
            disconnect(*conn);
            delete conn;
            if (!sectionId.isEmpty() && m_runbook)
                selectSection(m_sectionModel->rowOf(sectionId));
        });
        openRunbook(path);
    });
    dialog->open();
    return dialog;
}

void MainWindow::applyAlertSettings()
{
    m_library->setFolders(m_settings.libraryFolders());
    m_alertsPanel->setSource(m_settings.alertmanagerUrl(), m_settings.alertmanagerToken(), m_settings.alertFilter(),
                             m_settings.alertPollSeconds() * 1000);
}

void MainWindow::startIncidentFromAlert(const Alert &alert)
{
    if (!m_session->storeReady()) {
        m_messages->showMessage(tr("Cannot start an incident: the incident store is not open (%1).").arg(m_session->storeError()), MessageBar::Error);
        return;
    }
    statusBar()->showMessage(tr("Opening the runbook for %1…").arg(alert.name()));
    // The runbook is found and parsed off the GUI thread.
    runAsync(this, [alert, entries = m_library->entries()] { return AlertIncident::plan(alert, entries); },
             [this, alert](Result<AlertStart> start) {
                 statusBar()->clearMessage();
                 if (!start) {
                     m_messages->showMessage(tr("No runbook for %1: %2. Add your runbook folder in Settings → Alerts and Runbook Library.")
                                                 .arg(alert.name(), start.error()),
                                             MessageBar::Warning);
                     return;
                 }
                 m_session->findOpenIncidentWithEvidence(AlertIncident::source(alert.fingerprint),
                                                         [this, alert, start = start.value()](const QString &openId) { openAlertIncident(alert, start, openId); });
             });
}

void MainWindow::openAlertIncident(const Alert &alert, const AlertStart &start, const QString &openId)
{
    // Once the runbook is this one and the incident is current: the section, the variables, the alert on the record.
    auto finish = [this, alert, start, openId] {
        const bool joined = !openId.isEmpty();
        if (!joined)
            for (auto it = start.variables.cbegin(); it != start.variables.cend(); ++it)
                m_session->setVariable(it.key(), it.value());
        Evidence e = AlertIncident::evidence(alert);
        if (joined)
            e.summary = tr("%1 fired again (since %2)").arg(alert.name(), alert.startsAt.toUTC().toString(Qt::ISODate));
        m_session->attachEvidence(m_session->currentId(), e);
        selectSection(m_sectionModel->rowOf(start.sectionId));
        m_messages->showMessage(joined ? tr("%1 fired again: it joins the open incident %2.").arg(alert.name(), openId)
                                       : tr("Incident started from %1 (%2): %3 at “%4”.")
                                             .arg(alert.name(), start.why, QFileInfo(start.runbook.path).fileName(),
                                                  m_runbook && m_runbook->section(start.sectionId) ? m_runbook->section(start.sectionId)->title : start.sectionId),
                                MessageBar::Information);
        Q_EMIT alertIncidentReady(m_session->currentId());
    };
    auto whenCurrent = [this, finish, start, openId] {
        if (!openId.isEmpty() && m_session->currentId() == openId)
            return finish();
        // Wait for the incident to be current (created, or loaded), once.
        auto *conn = new QMetaObject::Connection;
        *conn = connect(m_session, &IncidentSession::currentChanged, this, [this, conn, finish, openId, title = start.title] {
            const auto &cur = m_session->current();
            if (!cur || (openId.isEmpty() ? cur->title != title || !cur->evidence.isEmpty() || !cur->variables.isEmpty() : cur->id != openId))
                return;
            disconnect(*conn);
            delete conn;
            finish();
        });
        if (openId.isEmpty())
            m_session->createIncident(start.title, *m_runbook, start.severity);
        else
            m_session->loadIncident(openId);
    };
    if (m_runbook && QFileInfo(m_runbook->path) == QFileInfo(start.runbook.path) && m_runbook->hash == start.runbook.hash) {
        whenCurrent();
        return;
    }
    auto *conn = new QMetaObject::Connection;
    *conn = connect(this, &MainWindow::runbookLoaded, this, [this, conn, whenCurrent, path = start.runbook.path] {
        disconnect(*conn);
        delete conn;
        if (!m_runbook || QFileInfo(m_runbook->path) != QFileInfo(path))
            return; // it did not open: the message bar says why
        whenCurrent();
    });
    openRunbook(start.runbook.path);
}

void MainWindow::onAlertResolved(const Alert &alert)
{
    const auto &cur = m_session->current();
    if (!cur || !cur->isOpen())
        return;
    bool ours = false;
    for (const Alert &a : AlertIncident::unresolvedAlerts(*cur))
        ours = ours || a.fingerprint == alert.fingerprint;
    if (!ours)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_session->attachEvidence(cur->id, AlertIncident::evidence(alert, now));
    m_messages->showMessage(tr("Alertmanager says %1 resolved at %2. Resolve the incident?").arg(alert.name(), now.toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
                            MessageBar::Information, m_resolveAction);
    Q_EMIT alertResolvedOnIncident(cur->id);
}
