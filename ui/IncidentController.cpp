#include "IncidentController.h"

#include <QTimer>

#include "DialogProvider.h"
#include "MessageBar.h"
#include "base/AppSettings.h"
#include "base/AsyncTask.h"
#include "incident/IncidentSession.h"
#include "report/IncidentReport.h"
#include "PdfReport.h"

#include <QJsonDocument>
#include "runbook/Runbook.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

IncidentController::IncidentController(IncidentSession *session, AppSettings &settings, DialogProvider &dialogs, QWidget *window)
    : QObject(window), m_session(session), m_settings(settings), m_dialogs(dialogs), m_window(window)
{
}

void IncidentController::runbookOpened(const Runbook *runbook)
{
    m_runbook = runbook;
    m_session->setRunbook(*runbook); // the incidents' records find their steps in it
    // An incident of another runbook does not stay current.
    if (m_session->current() && QFileInfo(m_session->current()->runbookPath) != QFileInfo(m_runbook->path))
        m_session->closeIncident();
    if (!m_pendingForRunbook.isEmpty()) {
        m_session->loadIncident(m_pendingForRunbook);
        m_pendingForRunbook.clear();
    }
    restoreLastIncident();
}

void IncidentController::incidentsListed()
{
    m_listReceived = true;
    restoreLastIncident();
}

void IncidentController::restoreLastIncident()
{
    // Once the store has answered with its list and the runbook is loaded.
    if (m_restoreDone || !m_runbook || !m_listReceived || m_session->current())
        return;
    m_restoreDone = true;
    const QString last = m_requested.isEmpty() ? m_settings.lastIncidentId() : m_requested;
    for (const IncidentSummary &s : m_session->incidents()) {
        if (s.id != last)
            continue;
        if (QFileInfo(s.runbookPath) == QFileInfo(m_runbook->path))
            m_session->loadIncident(s.id);
        else if ((!m_explicitRunbook || !m_requested.isEmpty()) && QFileInfo::exists(s.runbookPath))
            switchToIncident(s.id);
        return;
    }
}

void IncidentController::switchToIncident(const QString &id)
{
    if (id.isEmpty()) {
        m_session->closeIncident();
        m_settings.setLastIncidentId({});
        return;
    }
    for (const IncidentSummary &s : m_session->incidents()) {
        if (s.id != id)
            continue;
        if (m_runbook && QFileInfo(s.runbookPath) == QFileInfo(m_runbook->path)) {
            m_session->loadIncident(id);
        } else {
            m_pendingForRunbook = id;
            Q_EMIT openRunbookRequested(s.runbookPath);
        }
        return;
    }
}

void IncidentController::newIncident()
{
    if (!m_runbook)
        return;
    bool ok = false;
    const Suggestion suggested = m_suggest ? m_suggest() : Suggestion();
    const QString title = m_dialogs.incidentTitle(m_window, suggested.title, &ok);
    if (!ok)
        return;
    m_session->createIncident(title, *m_runbook, suggested.severity);
    if (!suggested.severity.isEmpty())
        Q_EMIT message(tr("Opened as %1, as the alert rules suggest; change it in the Incident Record tab.").arg(suggested.severity),
                       MessageBar::Information);
}

void IncidentController::toggleResolved()
{
    const auto &inc = m_session->current();
    if (!inc)
        return;
    m_session->setStatus(inc->isOpen() ? IncidentStatus::Resolved : IncidentStatus::Open);
}

void IncidentController::addNote(const QString &text)
{
    if (!text.trimmed().isEmpty())
        m_session->addNote(text.trimmed());
}

void IncidentController::exportIncident()
{
    const auto &inc = m_session->current();
    if (!inc || !m_runbook)
        return;
    QString suggested = inc->title;
    suggested.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    const QString path = m_dialogs.saveExportFile(m_window, QDir::home().filePath(suggested + QStringLiteral(".pdf")));
    if (path.isEmpty())
        return;
    // One report, in the format the file's extension names; laid out and written off the GUI thread.
    const Incident incident = *inc;
    const Runbook runbook = *m_runbook;
    const QString ext = QFileInfo(path).suffix().toLower();
    Q_EMIT message(tr("Exporting the incident to %1…").arg(path), MessageBar::Information);
    if (m_exportCancel)
        m_exportCancel->cancel.store(true); // one export at a time: the newer one wins
    auto state = std::make_shared<ExportState>();
    m_exportCancel = state;
    // The worker only counts; the window is told from here, twice a second's worth.
    auto *tick = new QTimer(this);
    tick->setInterval(100);
    connect(tick, &QTimer::timeout, this, [this, state] {
        if (m_exportCancel == state && state->total.load() > 0)
            Q_EMIT exportProgress(state->done.load(), state->total.load());
    });
    tick->start();
    runAsync(this, [path, incident, runbook, ext, state]() -> Status {
        const IncidentReport report = IncidentReport::build(incident, runbook);
        if (ext == QStringLiteral("pdf"))
            return PdfReport::write(report, path, [state](int done, int total) {
                state->total.store(total);
                state->done.store(done);
                return !state->cancel.load();
            });
        QByteArray text;
        if (ext == QStringLiteral("html") || ext == QStringLiteral("htm"))
            text = ReportWriter::html(report).toUtf8();
        else if (ext == QStringLiteral("json"))
            text = QJsonDocument(ReportWriter::json(incident, runbook)).toJson();
        else
            text = ReportWriter::markdown(report).toUtf8();
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) < 0 || !f.commit())
            return Status::failure(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return {};
    }, [this, path, state, tick](Status s) {
        tick->deleteLater();
        if (m_exportCancel == state) {
            m_exportCancel.reset();
            Q_EMIT exportProgress(0, 0);
        }
        if (s)
            Q_EMIT message(tr("Exported the incident to %1").arg(path), MessageBar::Information);
        else
            Q_EMIT message(s.error(), state->cancel.load() ? MessageBar::Warning : MessageBar::Error);
    });
}

void IncidentController::cancelExport()
{
    if (m_exportCancel)
        m_exportCancel->cancel.store(true);
}
