#pragma once
// AlertsPanel: the firing alerts of the Alertmanager set in Settings, polled
// in the background (AlertPoller: the interval, backing off while it fails) —
// name, severity, labels, since when, summary and the runbook the library
// has for it — with Start incident for the selected one. A failed poll keeps
// the last list and says why and when it asks again; nothing here waits.
#include "prometheus/AlertPoller.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
struct LibraryEntry;

class AlertsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPanel(QWidget *parent = nullptr);
    // Polls `url` (empty: stops) with the bearer `tokenReference` names, for alerts matching `matchers`.
    void setSource(const QString &url, const QString &tokenReference, const QStringList &matchers, int intervalMs);
    // The runbook column: what the library has for each alert.
    void setLibrary(const QList<LibraryEntry> *entries);
    AlertPoller *poller() const { return m_poller; }
    QList<Alert> alerts() const { return m_alerts; }
    QTableWidget *table() const { return m_table; }
    QPushButton *startButton() const { return m_start; }
    QString statusText() const;
    // Selects the alert with this fingerprint; false when it is not listed.
    bool selectAlert(const QString &fingerprint);

Q_SIGNALS:
    void startIncident(const Alert &alert);
    void alertResolved(const Alert &alert);
    void alertsChanged();

private:
    void show(const QList<Alert> &alerts);
    void startPolling(const QUrl &url, const AlertmanagerClient::Auth &auth, const QStringList &matchers, int intervalMs);
    quint64 m_generation = 0;
    void updateButtons();
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_refresh;
    AlertmanagerClient *m_client = nullptr;
    AlertPoller *m_poller = nullptr;
    QList<Alert> m_alerts;
    const QList<LibraryEntry> *m_library = nullptr;
};
