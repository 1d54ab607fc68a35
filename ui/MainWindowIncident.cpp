// MainWindow's incident views: its notes, the incident bar, Next Step (triage),
// new incident, resolve, a note, export.
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
    // The toolbar may cut the title short: the tooltip has all of it.
    m_incidentCombo->setToolTip(tr("Switch incident") + QLatin1Char('\n') + m_incidentCombo->currentText());
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
    const QHash<QString, Triage::Urgency> urgency = m_lastEvaluation ? m_lastEvaluation->triageUrgency(*m_runbook) : QHash<QString, Triage::Urgency>{};
    // A step wired to run a procedure points at it.
    const QHash<QString, QString> pointers = m_wiring ? m_wiring->procedurePointers(*m_runbook) : QHash<QString, QString>{};
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
