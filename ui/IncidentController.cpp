#include "IncidentController.h"

#include "DialogProvider.h"
#include "MessageBar.h"
#include "base/AppSettings.h"
#include "base/AsyncTask.h"
#include "incident/IncidentSession.h"
#include "incident/MarkdownExporter.h"
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
    const QString title = m_dialogs.incidentTitle(m_window, QString(), &ok);
    if (!ok)
        return;
    m_session->createIncident(title, *m_runbook);
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
    const QString path = m_dialogs.saveExportFile(m_window, QDir::home().filePath(suggested + QStringLiteral(".md")));
    if (path.isEmpty())
        return;
    const QString md = MarkdownExporter::exportIncident(*inc, *m_runbook);
    runAsync(this, [path, md]() -> Status {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(md.toUtf8()) < 0 || !f.commit())
            return Status::failure(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return {};
    }, [this, path](Status s) {
        if (s)
            Q_EMIT message(tr("Exported the incident to %1").arg(path), MessageBar::Information);
        else
            Q_EMIT message(s.error(), MessageBar::Error);
    });
}
