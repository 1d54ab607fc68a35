#pragma once
#include <atomic>
#include <memory>
// IncidentController: the incident's lifecycle in the window — start one,
// reopen the last (or the requested) one once both the store and the runbook
// have answered, switch (opening the incident's own runbook when it is
// another), resolve/reopen, add a note, export. Everything is a call into the
// IncidentSession; the window shows the result.
#include <QObject>
#include <QString>
#include <functional>

class AppSettings;
class DialogProvider;
class IncidentSession;
class QWidget;
struct Runbook;

class IncidentController : public QObject
{
    Q_OBJECT
public:
    IncidentController(IncidentSession *session, AppSettings &settings, DialogProvider &dialogs, QWidget *window);

    void setExplicitRunbook(bool explicitRunbook) { m_explicitRunbook = explicitRunbook; }
    // Open this incident (instead of the last one) once the store answers.
    void requestIncident(const QString &id) { m_requested = id; }

    // The window opened `runbook` (it stays alive until the next call).
    void runbookOpened(const Runbook *runbook);
    // The store listed its incidents.
    void incidentsListed();

    // What a new incident is suggested to be: its title and severity (from the breaching rules).
    struct Suggestion
    {
        QString title;
        QString severity;
    };
    void setSuggestion(std::function<Suggestion()> suggest) { m_suggest = std::move(suggest); }

    void switchToIncident(const QString &id); // empty: no incident
    void newIncident();
    void toggleResolved();
    void addNote(const QString &text);
    void exportIncident();
    // Stops the export under way (a PDF; the other formats take milliseconds).
    void cancelExport();
    bool exporting() const { return bool(m_exportCancel); }

Q_SIGNALS:
    void exportProgress(int done, int total); // total 0: the export ended
    // The incident belongs to another runbook: the window opens it, then calls runbookOpened().
    void openRunbookRequested(const QString &path);
    void message(const QString &text, int level); // a MessageBar::Level

private:
    void restoreLastIncident();

    IncidentSession *m_session;
    AppSettings &m_settings;
    DialogProvider &m_dialogs;
    QWidget *m_window;
    const Runbook *m_runbook = nullptr;
    QString m_pendingForRunbook; // load this incident once its runbook is loaded
    QString m_requested;
    bool m_explicitRunbook = false;
    bool m_restoreDone = false;
    bool m_listReceived = false; // the store has answered with its incidents
    std::function<Suggestion()> m_suggest;
    struct ExportState
    {
        std::atomic<bool> cancel{false};
        std::atomic<int> done{0}, total{0};
    };
    std::shared_ptr<ExportState> m_exportCancel; // set while an export runs
};
