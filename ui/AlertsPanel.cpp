#include "AlertsPanel.h"

#include "base/AsyncTask.h"
#include "library/RunbookLibrary.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AlertsPanel::AlertsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_status = new QLabel(tr("No Alertmanager is set: Settings → Alerts and runbook library."), this);
    m_status->setWordWrap(true);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Alert"), tr("Severity"), tr("Labels"), tr("Since"), tr("Runbook"), tr("Summary")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Firing alerts"));
    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("Start in&cident"), this);
    m_start->setToolTip(tr("Open the alert's runbook at its section, with its labels as the incident's variables"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    buttons->addWidget(m_start);
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AlertsPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_alerts.size())
            Q_EMIT startIncident(m_alerts.at(row));
    });
    connect(m_start, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_alerts.size())
            Q_EMIT startIncident(m_alerts.at(row));
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_poller)
            m_poller->pollNow();
    });
    updateButtons();
}

void AlertsPanel::setSource(const QString &url, const QString &tokenReference, const QStringList &matchers, int intervalMs)
{
    if (m_poller) {
        m_poller->stop();
        m_poller->deleteLater();
        m_poller = nullptr;
    }
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    show({});
    const quint64 generation = ++m_generation; // a token still being resolved for older settings is dropped
    if (url.trimmed().isEmpty()) {
        m_status->setText(tr("No Alertmanager is set: Settings → Alerts and runbook library."));
        return;
    }
    // The token is resolved for this URL only, off the GUI thread (a keychain may ask and wait).
    m_status->setText(tr("Connecting to %1…").arg(url));
    runAsync(this, [url, tokenReference] { return AlertmanagerClient::resolveToken(url, tokenReference); },
             [this, generation, url, matchers, intervalMs](Result<AlertmanagerClient::Auth> auth) {
                 if (generation != m_generation)
                     return; // the settings changed meanwhile
                 if (!auth) {
                     m_status->setText(auth.error());
                     return;
                 }
                 startPolling(QUrl(url.trimmed()), auth.value(), matchers, intervalMs);
             });
}

void AlertsPanel::startPolling(const QUrl &url, const AlertmanagerClient::Auth &auth, const QStringList &matchers, int intervalMs)
{
    m_client = new AlertmanagerClient(url, auth, AlertmanagerClient::defaultPolicy(), this);
    m_poller = new AlertPoller(m_client, {matchers, {}, false, false}, intervalMs, this);
    connect(m_poller, &AlertPoller::updated, this, [this](const QList<Alert> &alerts) {
        show(alerts);
        m_status->setText(tr("%n alert(s) firing at %1 — asked %2", nullptr, int(alerts.size()))
                              .arg(m_client->base().toString(QUrl::RemoveUserInfo), QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
    });
    connect(m_poller, &AlertPoller::failed, this, [this](const QString &error, int retryInMs) {
        m_status->setText(tr("%1 — the list below is from %2; asking again in %3 s")
                              .arg(error, m_poller->lastSuccess().isValid() ? m_poller->lastSuccess().toLocalTime().toString(QStringLiteral("HH:mm:ss")) : tr("never"))
                              .arg(retryInMs / 1000));
    });
    connect(m_poller, &AlertPoller::resolved, this, &AlertsPanel::alertResolved);
    m_status->setText(tr("Asking %1…").arg(m_client->base().toString(QUrl::RemoveUserInfo)));
    m_poller->start();
}

void AlertsPanel::setLibrary(const QList<LibraryEntry> *entries)
{
    m_library = entries;
    show(m_alerts);
}

QString AlertsPanel::statusText() const
{
    return m_status->text();
}

bool AlertsPanel::selectAlert(const QString &fingerprint)
{
    for (int i = 0; i < m_alerts.size(); ++i)
        if (m_alerts.at(i).fingerprint == fingerprint) {
            m_table->selectRow(i);
            return true;
        }
    return false;
}

void AlertsPanel::show(const QList<Alert> &alerts)
{
    const int row = m_table->currentRow();
    const QString selected = row >= 0 && row < m_alerts.size() ? m_alerts.at(row).fingerprint : QString();
    m_alerts = alerts;
    m_table->setRowCount(int(alerts.size()));
    for (int i = 0; i < alerts.size(); ++i) {
        const Alert &a = alerts.at(i);
        QStringList labels;
        for (auto it = a.labels.cbegin(); it != a.labels.cend(); ++it)
            if (it.key() != QLatin1String("alertname") && it.key() != QLatin1String("severity"))
                labels.append(it.key() + QLatin1Char('=') + it.value());
        QString runbook = tr("none in the library");
        if (m_library)
            if (const auto m = RunbookLibrary::forAlert(*m_library, a.name(), a.runbookUrl()))
                runbook = m->entry.relativePath;
        const QStringList cells{a.name(), a.severity(), labels.join(QStringLiteral(", ")), a.startsAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                runbook, a.summary().simplified()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == 4 && !a.runbookUrl().isEmpty() ? a.runbookUrl() : cells.at(c));
            m_table->setItem(i, c, item);
        }
        if (a.fingerprint == selected)
            m_table->selectRow(i);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
    Q_EMIT alertsChanged();
}

void AlertsPanel::updateButtons()
{
    m_start->setEnabled(m_table->currentRow() >= 0 && m_table->currentRow() < m_alerts.size());
    m_refresh->setEnabled(m_poller != nullptr);
}
