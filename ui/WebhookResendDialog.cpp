#include "WebhookResendDialog.h"

#include <QPointer>

#include "incident/IncidentSession.h"
#include "actions/WebhookChecks.h"

#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

WebhookResendDialog::WebhookResendDialog(const Binding &binding, const Profile &profile, const Target &target, IncidentSession *session, QWidget *parent)
    : QDialog(parent), m_binding(binding), m_target(target), m_session(session), m_svix(new SvixClient(target.base, target.token, {}, this)),
      m_resendMode(new QRadioButton(tr("Resend the ticked messages"), this)),
      m_recoverMode(new QRadioButton(tr("Recover every failed message since the time above (Svix resends them)"), this)),
      m_since(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), this)), m_model(new QStandardItemModel(this)), m_table(new QTableView(this)),
      m_status(new QLabel(this)), m_progress(new QProgressBar(this)), m_previewButton(new QPushButton(tr("Preview"), this)),
      m_runButton(new QPushButton(tr("Resend"), this)), m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("webhookResendDialog"));
    setWindowTitle(tr("Action — %1").arg(binding.target));
    m_svix->setActionId(binding.target);
    auto *what = new QLabel(tr("**Svix** (Clerk's webhooks) · app %1 · endpoint %2 · %3 · risk: **write**")
                                .arg(target.app, target.endpoint, profile.label),
                            this);
    what->setTextFormat(Qt::MarkdownText);
    m_since->setObjectName(QStringLiteral("failedSinceEdit"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_resendMode->setObjectName(QStringLiteral("resendModeButton"));
    m_recoverMode->setObjectName(QStringLiteral("recoverModeButton"));
    m_resendMode->setChecked(true);
    m_table->setObjectName(QStringLiteral("actionRowsView"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("actionStatusLabel"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("resendProgress"));
    m_progress->hide();
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setEnabled(false);
    m_cancelButton->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancelButton->hide();

    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(new QLabel(tr("Failed deliveries since:"), this));
    sinceRow->addWidget(m_since);
    sinceRow->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_runButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    if (!target.dashboardUrl.isEmpty()) {
        auto *dashboard = new QPushButton(tr("Open Clerk Dashboard"), this);
        dashboard->setObjectName(QStringLiteral("dashboardButton"));
        dashboard->setToolTip(target.dashboardUrl);
        connect(dashboard, &QPushButton::clicked, this, [url = target.dashboardUrl] { QDesktopServices::openUrl(QUrl(url)); });
        buttons->addButton(dashboard, QDialogButtonBox::HelpRole);
    }
    m_cancelButton->hide(); // shown while a resend or recover runs
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &WebhookResendDialog::preview);
    connect(m_runButton, &QPushButton::clicked, this, &WebhookResendDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, m_svix, &SvixClient::cancel);
    // Whatever changes what would be sent needs a new preview (or, for ticks, a new count).
    connect(m_since, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_attempts.clear();
        m_model->clear();
        m_status->setText(tr("Preview again: the time changed."));
        updateRunButton();
    });
    connect(m_resendMode, &QRadioButton::toggled, this, &WebhookResendDialog::updateRunButton);
    connect(m_model, &QStandardItemModel::itemChanged, this, &WebhookResendDialog::updateRunButton);

    auto *l = new QVBoxLayout(this);
    l->addWidget(what);
    l->addLayout(sinceRow);
    l->addWidget(m_resendMode);
    l->addWidget(m_recoverMode);
    l->addWidget(m_table, 1);
    l->addWidget(m_progress);
    l->addWidget(m_status);
    l->addWidget(buttons);
    resize(860, 520);
    preview();
}

void WebhookResendDialog::reject()
{
    if (m_running)
        m_svix->cancel();
    QDialog::reject();
}

bool WebhookResendDialog::recoverMode() const
{
    return m_recoverMode->isChecked();
}

QStringList WebhookResendDialog::tickedMessages() const
{
    QStringList ids;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r, 0)->checkState() == Qt::Checked && !ids.contains(m_model->item(r, 0)->text()))
            ids.append(m_model->item(r, 0)->text());
    return ids;
}

void WebhookResendDialog::updateRunButton()
{
    const int n = recoverMode() ? int(SvixClient::messageIds(m_attempts).size()) : int(tickedMessages().size());
    m_runButton->setText(recoverMode() ? tr("Recover %n", nullptr, n) : tr("Resend %n", nullptr, n));
    m_runButton->setEnabled(!m_running && m_previewSince.isValid() && n > 0);
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_model->item(r, 0)->setEnabled(!recoverMode());
}

void WebhookResendDialog::preview()
{
    m_previewSince = {};
    m_attempts.clear();
    updateRunButton();
    const QDateTime since = m_since->dateTime().toUTC();
    m_status->setText(tr("Asking Svix for the failed deliveries…"));
    m_previewButton->setEnabled(false);
    m_svix->failedAttempts(m_target.app, m_target.endpoint, since, [this, since](Result<QList<SvixAttempt>> r) {
        m_previewButton->setEnabled(true);
        if (!r) {
            m_status->setText(r.error());
            return;
        }
        m_attempts = r.value();
        m_previewSince = since;
        const SqlTable t = WebhookChecks::attemptsTable(m_attempts);
        m_model->clear();
        m_model->setHorizontalHeaderLabels(t.columns);
        for (const QVariantList &row : t.rows) {
            QList<QStandardItem *> items;
            for (const QVariant &v : row) {
                auto *item = new QStandardItem(v.toString());
                item->setEditable(false);
                items.append(item);
            }
            items.first()->setCheckable(true);
            items.first()->setCheckState(Qt::Checked);
            m_model->appendRow(items);
        }
        m_table->resizeColumnsToContents();
        m_status->setText(m_attempts.isEmpty() ? tr("No failed delivery since then: nothing to resend.")
                                               : tr("%n failed delivery attempt(s); untick what should not be resent.", nullptr, int(m_attempts.size())));
        updateRunButton();
    });
}

void WebhookResendDialog::run()
{
    m_running = true;
    updateRunButton();
    m_previewButton->setEnabled(false);
    m_cancelButton->show();
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    if (recoverMode()) {
        const QStringList ids = SvixClient::messageIds(m_attempts);
        m_progress->setRange(0, 0);
        m_progress->show();
        m_status->setText(tr("Asking Svix to recover…"));
        startRecorded(tr("recover since %1 (%n message(s))", nullptr, int(ids.size())).arg(m_previewSince.toString(Qt::ISODate)), [this, ids, started] {
            m_svix->recover(m_target.app, m_target.endpoint, m_previewSince, SvixClient::tokenFor(m_binding.target, ids, m_previewSince),
                            [this](const QString &status) { m_status->setText(tr("Recover task: %1").arg(status)); },
                            [this, ids, started](Result<QString> r) {
                                finishRun(r ? tr("recover finished: %n message(s) resent by Svix", nullptr, int(ids.size())) : r.error(), started->elapsed());
                            });
        });
        return;
    }
    const QStringList ids = tickedMessages();
    m_progress->setRange(0, int(ids.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Resending…"));
    startRecorded(tr("resend %1").arg(ids.join(QStringLiteral(", "))), [this, ids, started] {
        m_svix->resend(m_target.app, m_target.endpoint, ids, SvixClient::tokenFor(m_binding.target, ids),
                       [this](int n, int total) {
                           m_progress->setValue(n);
                           m_status->setText(tr("Resent %1 of %2…").arg(n).arg(total));
                       },
                       [this, started](Result<int> r) { finishRun(r ? tr("%n message(s) resent", nullptr, r.value()) : r.error(), started->elapsed()); });
    });
}

void WebhookResendDialog::startRecorded(const QString &inputs, std::function<void()> start)
{
    if (!m_session)
        return start();
    QPointer<WebhookResendDialog> self(this);
    m_incident = m_session->recordActionIntent(m_binding.target, inputs, [self, start = std::move(start)](const Status &committed) {
        if (!self)
            return;
        if (!committed) {
            self->finishRun(tr("Not run: the intent could not be recorded (%1)").arg(committed.error()), 0);
            return;
        }
        start();
    });
}

void WebhookResendDialog::finishRun(const QString &result, qint64 ms)
{
    if (m_session)
        m_session->recordActionOutcome(std::exchange(m_incident, QString()), m_binding.target, result, ms);
    m_running = false;
    m_progress->hide();
    m_cancelButton->hide();
    m_previewButton->setEnabled(true);
    m_attempts.clear();
    m_previewSince = {};
    updateRunButton(); // what was shown is spent: preview again to send more
    m_status->setText(result);
}
