#pragma once
// AlertPoller: asks an Alertmanager for its firing alerts every interval and
// says what changed — the list as it is now, each alert that is new, and each
// that resolved (gone from the Alertmanager, or its endsAt passed; one that is
// silenced meanwhile is still firing: hidden unless the filter asks for
// silenced alerts, never reported resolved). A poll that fails
// keeps the last list (marked stale by `failed`) and the next one waits
// longer: the interval doubled per failure, at most five minutes; a success
// goes back to the interval. Never more than one request in flight.
#include "prometheus/AlertmanagerClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

class AlertPoller : public QObject
{
    Q_OBJECT
public:
    AlertPoller(AlertmanagerClient *client, AlertmanagerClient::Filter filter, int intervalMs, QObject *parent = nullptr);
    void start();   // polls now, then every interval
    void stop();
    void pollNow(); // an extra poll (the panel's Refresh); one at a time
    bool polling() const { return m_inFlight; }
    int intervalMs() const { return m_intervalMs; }
    int nextDelayMs() const { return m_nextMs; } // after a failure: the backoff
    int failures() const { return m_failures; }
    const QList<Alert> &alerts() const { return m_alerts; }
    QString lastError() const { return m_lastError; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    static constexpr int MaxBackoffMs = 300'000;

Q_SIGNALS:
    void updated(const QList<Alert> &alerts);
    void fired(const Alert &alert);
    void resolved(const Alert &alert); // as last seen
    void failed(const QString &error, int retryInMs);

private:
    void finished(const Result<QList<Alert>> &r);
    AlertmanagerClient *m_client;
    AlertmanagerClient::Filter m_filter;
    int m_intervalMs;
    int m_nextMs;
    int m_failures = 0;
    bool m_inFlight = false;
    bool m_running = false;
    QTimer m_timer;
    QList<Alert> m_alerts;
    QHash<QString, Alert> m_known;
    QString m_lastError;
    QDateTime m_lastSuccess;
};
