#include "prometheus/AlertPoller.h"

#include <QSet>

AlertPoller::AlertPoller(AlertmanagerClient *client, AlertmanagerClient::Filter filter, int intervalMs, QObject *parent)
    : QObject(parent), m_client(client), m_filter(std::move(filter)), m_intervalMs(std::max(100, intervalMs)), m_nextMs(m_intervalMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AlertPoller::pollNow);
}

void AlertPoller::start()
{
    m_running = true;
    pollNow();
}

void AlertPoller::stop()
{
    m_running = false;
    m_timer.stop();
    m_client->cancel();
}

void AlertPoller::pollNow()
{
    if (m_inFlight)
        return;
    m_timer.stop();
    m_inFlight = true;
    // Silenced and inhibited ones are asked for too: an alert silenced meanwhile
    // is still firing, not resolved. Only what the filter wants is shown.
    AlertmanagerClient::Filter all = m_filter;
    all.silenced = all.inhibited = true;
    m_client->alerts(all, [this](const Result<QList<Alert>> &r) { finished(r); });
}

void AlertPoller::finished(const Result<QList<Alert>> &r)
{
    m_inFlight = false;
    if (!r) {
        if (r.error().endsWith(QLatin1String(": cancelled")) && !m_running)
            return;
        ++m_failures;
        m_lastError = r.error();
        m_nextMs = int(std::min<qint64>(qint64(m_intervalMs) << std::min(m_failures, 12), MaxBackoffMs));
        Q_EMIT failed(m_lastError, m_nextMs);
    } else {
        m_failures = 0;
        m_lastError.clear();
        m_nextMs = m_intervalMs;
        m_lastSuccess = QDateTime::currentDateTimeUtc();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Alert> firing; // what is shown
        QSet<QString> seen;  // everything still firing, silenced or not
        QList<Alert> fresh;
        for (const Alert &a : r.value()) {
            if (a.endsAt.isValid() && a.endsAt <= now && a.endsAt > a.startsAt)
                continue; // its end has passed: resolved
            seen.insert(a.fingerprint);
            const bool shown = a.state != QLatin1String("suppressed") || (m_filter.silenced && !a.silencedBy.isEmpty())
                               || (m_filter.inhibited && a.silencedBy.isEmpty());
            if (shown) {
                firing.append(a);
                if (!m_known.contains(a.fingerprint))
                    fresh.append(a);
            }
            m_known.insert(a.fingerprint, a);
        }
        QList<Alert> gone;
        for (auto it = m_known.begin(); it != m_known.end();) {
            if (!seen.contains(it.key())) {
                gone.append(it.value());
                it = m_known.erase(it);
            } else {
                ++it;
            }
        }
        m_alerts = firing;
        Q_EMIT updated(m_alerts);
        for (const Alert &a : std::as_const(fresh))
            Q_EMIT fired(a);
        for (const Alert &a : std::as_const(gone))
            Q_EMIT resolved(a);
    }
    if (m_running)
        m_timer.start(m_nextMs);
}
