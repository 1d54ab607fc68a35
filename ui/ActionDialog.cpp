#include "ActionDialog.h"

#include "base/AsyncTask.h"
#include "actions/BlobCleanup.h"
#include "net/HttpProbe.h"
#include "connectors/VercelBlobClient.h"
#include "incident/IncidentSession.h"
#include "actions/MissingBlobs.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QPointer>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
struct PreviewResult
{
    Result<SqlPreview> preview = Result<SqlPreview>::failure(QString());
};
} // namespace

ActionDialog::ActionDialog(const Binding &binding, const Profile &profile, SqlTarget target, IncidentSession *session, QWidget *parent)
    : QDialog(parent), m_binding(binding), m_profileName(profile.name), m_target(std::move(target)), m_session(session),
      m_params(new QLineEdit(this)), m_profileConfirm(new QLineEdit(this)), m_previewButton(new QPushButton(tr("Preview"), this)),
      m_runButton(new QPushButton(tr("Run"), this)), m_table(new QTableView(this)), m_status(new QLabel(this))
{
    build(profile);
    if (binding.kind == BindingKind::Probe)
        runProbe();
}

ActionDialog::ActionDialog(const Binding &binding, const Profile &profile, const QUrl &url, const QString &bearer, IncidentSession *session,
                           QWidget *parent)
    : QDialog(parent), m_binding(binding), m_profileName(profile.name), m_session(session), m_params(new QLineEdit(this)),
      m_profileConfirm(new QLineEdit(this)), m_previewButton(new QPushButton(tr("Preview"), this)),
      m_runButton(new QPushButton(tr("Call"), this)), m_table(new QTableView(this)), m_status(new QLabel(this))
{
    build(profile);
    if (binding.kind == BindingKind::Probe) {
        runHttpProbe(url, bearer);
        return;
    }
    // A route that does something when called (a cron route runs its job): this dialog is
    // the preview — exactly which call — and Call is the confirmation.
    m_params->hide();
    m_previewButton->hide();
    m_status->setText(tr("Calls GET %1 — the route does what it does when Vercel calls it.").arg(url.toString()));
    m_token = HttpProbe::callToken(binding.target, m_profileName, url);
    updateRunButton();
    disconnect(m_runButton, &QPushButton::clicked, this, &ActionDialog::run);
    connect(m_runButton, &QPushButton::clicked, this, [this, url, bearer] {
        const QString token = std::exchange(m_token, QString());
        updateRunButton();
        startRecorded(m_binding.target, QStringLiteral("GET ") + url.path(), [this, url, bearer, token] { runHttpProbe(url, bearer, token); });
    });
}

ActionDialog::ActionDialog(const Binding &binding, const Profile &profile, const QUrl &blobBase, const QString &blobToken,
                           std::optional<SqlTarget> database, const QString &prefix, IncidentSession *session, QWidget *parent)
    : QDialog(parent), m_binding(binding), m_profileName(profile.name), m_session(session), m_params(new QLineEdit(this)),
      m_profileConfirm(new QLineEdit(this)), m_previewButton(new QPushButton(tr("Preview"), this)),
      m_runButton(new QPushButton(tr("Delete"), this)), m_table(new QTableView(this)), m_status(new QLabel(this)), m_prefix(prefix)
{
    build(profile);
    m_params->hide(); // a blob step takes no parameters
    auto *client = new VercelBlobClient(blobBase, blobToken, {}, this);
    if (binding.type == QStringLiteral("blob_list")) {
        const int limit = binding.params.value(QStringLiteral("limit"), QStringLiteral("1000")).toInt();
        client->setPageSize(std::max(1, limit));
        m_status->setText(tr("Listing…"));
        client->listAll(binding.params.value(QStringLiteral("prefix")).toString(), [this](Result<QList<BlobInfo>> r) {
            if (!r) {
                m_status->setText(tr("Token invalid: %1").arg(r.error()));
                return;
            }
            showBlobs(r.value());
            m_status->setText(tr("Token valid; %n blob(s) listed", nullptr, int(r->size())));
        }, limit);
        return;
    }
    if (!database) {
        m_status->setText(tr("No database connector to compare the blobs with."));
        return;
    }
    m_cleanup = new BlobCleanup(client, *database, this);
    m_cleanup->setActionId(binding.target);
    connect(m_cleanup, &BlobCleanup::failed, this, [this](const QString &e) { m_status->setText(e); });
    connect(m_cleanup, &BlobCleanup::orphansFound, this, [this](const QList<BlobInfo> &orphans, const QString &token) {
        m_orphans = orphans;
        showBlobs(orphans);
        m_token = m_binding.kind == BindingKind::Action ? token : QString();
        m_status->setText(m_binding.kind == BindingKind::Action ? tr("These %n blob(s) will be deleted.", nullptr, int(orphans.size()))
                                                                : tr("%n orphan blob(s): not referenced by any profile photo.", nullptr, int(orphans.size())));
        updateRunButton();
    });
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("deleteProgress"));
    m_progress->hide();
    static_cast<QVBoxLayout *>(layout())->insertWidget(layout()->count() - 2, m_progress);
    connect(m_cleanup, &BlobCleanup::progress, this, [this](int n, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(n);
        m_status->setText(tr("Deleted %1 of %2…").arg(n).arg(total));
    });
    connect(m_cleanup, &BlobCleanup::failed, this, [this] { m_progress->hide(); });
    connect(m_cleanup, &BlobCleanup::deleted, this, [this](int n) {
        const QString result = tr("%n blob(s) deleted", nullptr, n);
        recordOutcome(m_binding.target, result, m_runTimer.elapsed());
        m_token.clear();
        m_progress->hide();
        m_status->setText(result);
    });
    if (binding.kind == BindingKind::Probe) {
        m_status->setText(tr("Comparing the blob store with the database…"));
        m_cleanup->findOrphans(prefix);
    }
}

ActionDialog::ActionDialog(const Binding &binding, const Profile &profile, SqlTarget target, const BlobCheck &check, IncidentSession *session,
                           QWidget *parent)
    : QDialog(parent), m_binding(binding), m_profileName(profile.name), m_target(std::move(target)), m_session(session),
      m_params(new QLineEdit(this)), m_profileConfirm(new QLineEdit(this)), m_previewButton(new QPushButton(tr("Preview"), this)),
      m_runButton(new QPushButton(tr("Run"), this)), m_table(new QTableView(this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel check"), this)), m_check(check)
{
    build(profile);
    m_params->setPlaceholderText(tr("empty: the ids whose blob is missing; or id=…, id=…"));
    m_progress->setObjectName(QStringLiteral("blobCheckProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelCheckButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    static_cast<QVBoxLayout *>(layout())->insertLayout(layout()->count() - 1, row);
    m_progress->hide();
    m_cancel->hide();
    auto *client = new VercelBlobClient(check.blobBase, check.token, {}, this);
    m_missing = new MissingBlobs(client, this);
    connect(m_cancel, &QPushButton::clicked, m_missing, &MissingBlobs::cancel);
    connect(m_missing, &MissingBlobs::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_status->setText(tr("Checking blob %1 of %2…").arg(done).arg(total));
    });
    connect(m_missing, &MissingBlobs::failed, this, [this](const QString &e) {
        m_progress->hide();
        m_cancel->hide();
        m_previewButton->setEnabled(true);
        m_status->setText(e);
    });
    connect(m_missing, &MissingBlobs::finished, this, [this](const SqlTable &missing) {
        m_progress->hide();
        m_cancel->hide();
        m_previewButton->setEnabled(true);
        if (m_binding.kind == BindingKind::Probe) {
            showTable(missing);
            m_status->setText(tr("%n row(s) whose blob is missing", nullptr, int(missing.rows.size())));
            return;
        }
        const qsizetype idColumn = missing.columns.indexOf(QStringLiteral("id"));
        if (idColumn < 0) {
            m_status->setText(tr("The rows have no id column."));
            return;
        }
        if (missing.rows.isEmpty()) {
            showTable(missing);
            m_status->setText(tr("Nothing to do: every blob is there."));
            return;
        }
        QStringList ids;
        for (const QVariantList &r : missing.rows)
            ids.append(QStringLiteral("id=") + r.value(idColumn).toString());
        m_params->setText(ids.join(QStringLiteral(", ")));
        preview(); // now with the ids: the rows the UPDATE will change
    });
    if (binding.kind == BindingKind::Probe)
        startBlobCheck();
}

ActionDialog::ActionDialog(const Binding &binding, const Profile &profile, std::function<Result<SqlTable>()> work, QWidget *parent)
    : QDialog(parent), m_binding(binding), m_profileName(profile.name), m_session(nullptr), m_params(new QLineEdit(this)),
      m_profileConfirm(new QLineEdit(this)), m_previewButton(new QPushButton(tr("Preview"), this)), m_runButton(new QPushButton(tr("Run"), this)),
      m_table(new QTableView(this)), m_status(new QLabel(this))
{
    build(profile);
    m_status->setText(tr("Running…"));
    runAsync(this, std::move(work), [this](Result<SqlTable> t) {
        if (!t) {
            m_status->setText(t.error());
            return;
        }
        showTable(t.value());
        m_status->setText(tr("%n row(s)", nullptr, int(t->rows.size())));
    });
}

ActionDialog::ActionDialog(const Binding &binding, const Profile &profile, AsyncWork start, const QString &dashboardUrl, QWidget *parent)
    : QDialog(parent), m_binding(binding), m_profileName(profile.name), m_session(nullptr), m_params(new QLineEdit(this)),
      m_profileConfirm(new QLineEdit(this)), m_previewButton(new QPushButton(tr("Preview"), this)), m_runButton(new QPushButton(tr("Run"), this)),
      m_table(new QTableView(this)), m_status(new QLabel(this))
{
    build(profile);
    addDashboardButton(dashboardUrl);
    m_status->setText(tr("Asking…"));
    QPointer<ActionDialog> self(this);
    start(this, [self](Result<Rows> r) {
        if (!self)
            return;
        if (!r) {
            self->m_status->setText(r.error());
            return;
        }
        self->showTable(r->table);
        self->m_status->setText(r->summary);
    });
}

void ActionDialog::addDashboardButton(const QString &url)
{
    if (url.isEmpty())
        return;
    auto *button = new QPushButton(tr("Open Dashboard"), this);
    button->setObjectName(QStringLiteral("dashboardButton"));
    button->setToolTip(url);
    connect(button, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(QUrl(url)); });
    if (auto *box = findChild<QDialogButtonBox *>())
        box->addButton(button, QDialogButtonBox::HelpRole);
}

void ActionDialog::startBlobCheck()
{
    m_previewButton->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Running the SELECT…"));
    m_missing->check(m_check);
}

void ActionDialog::showBlobs(const QList<BlobInfo> &blobs)
{
    SqlTable t;
    t.columns = {tr("Pathname"), tr("Size"), tr("Uploaded")};
    for (const BlobInfo &b : blobs)
        t.rows.append({b.pathname, b.size, b.uploadedAt.toString(Qt::ISODate)});
    showTable(t);
}

void ActionDialog::runHttpProbe(const QUrl &url, const QString &bearer, const QString &callToken)
{
    m_status->setText(tr("Asking %1…").arg(url.path()));
    auto *probe = new HttpProbe(this);
    connect(probe, &HttpProbe::finished, this, [this, probe](const HttpProbeResult &r) {
        probe->deleteLater();
        if (m_binding.kind == BindingKind::Action)
            recordOutcome(m_binding.target, r.error.isEmpty() ? tr("HTTP %1").arg(r.status) : r.error, r.medianMs);
        if (!r.error.isEmpty()) {
            m_status->setText(r.error);
            return;
        }
        SqlTable t;
        t.columns = {tr("What"), tr("Value")};
        t.rows.append({tr("HTTP status"), r.status});
        t.rows.append({tr("Latency (median / worst)"), tr("%1 ms / %2 ms over %3").arg(r.medianMs).arg(r.worstMs).arg(r.latenciesMs.size())});
        for (const QString &f : m_binding.params.value(QStringLiteral("fields")).toStringList())
            t.rows.append({f, r.field(f).toVariant()});
        const QJsonObject body = r.body.toObject(); // one object: its begin() and end() must belong together
        for (auto it = body.begin(); it != body.end(); ++it)
            t.rows.append({it.key(), it.value().isObject() ? QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact))
                                                           : it.value().toVariant().toString()});
        showTable(t);
        const QString expect = m_binding.params.value(QStringLiteral("expect")).toString();
        if (!expect.isEmpty() && QString::number(r.status) != expect)
            m_status->setText(tr("Expected HTTP %1, got %2%3").arg(expect).arg(r.status)
                                  .arg(QString::number(r.status) == m_binding.params.value(QStringLiteral("unauthorized")).toString()
                                           ? tr(": the secret does not match") : QString()));
        else
            m_status->setText(tr("HTTP %1").arg(r.status));
    });
    const HttpProbe::Request request{url, "GET", bearer, m_binding.params.value(QStringLiteral("tries"), QStringLiteral("1")).toInt(), 10'000};
    if (m_binding.kind == BindingKind::Action)
        probe->call(request, m_binding.target, m_profileName, callToken);
    else
        probe->start(request);
}

void ActionDialog::build(const Profile &profile)
{
    const Binding &binding = m_binding;
    setObjectName(QStringLiteral("actionDialog"));
    const bool isProbe = binding.kind == BindingKind::Probe;
    const QString risk = binding.params.value(QStringLiteral("risk"), isProbe ? QStringLiteral("read") : QStringLiteral("write")).toString();
    m_needsProfileName = !isProbe && profile.isProtected && risk == QStringLiteral("destructive");
    setWindowTitle(isProbe ? tr("Probe — %1").arg(binding.target) : tr("Action — %1").arg(binding.target));

    auto *what = new QLabel(this);
    what->setObjectName(QStringLiteral("actionSqlLabel"));
    what->setTextFormat(Qt::MarkdownText);
    what->setWordWrap(true);
    const QString sql = binding.params.value(QStringLiteral("sql")).toString();
    what->setText(tr("**%1** on %2 (%3) · risk: **%4**").arg(binding.type, binding.connector, profile.label, risk)
                  + (sql.isEmpty() ? QString() : QStringLiteral("\n\n```\n%1\n```").arg(sql)));
    m_params->setObjectName(QStringLiteral("actionParamsEdit"));
    m_params->setPlaceholderText(tr("parameters: id=ph_001, id=ph_002 (a repeated key runs once per value)"));
    m_profileConfirm->setObjectName(QStringLiteral("profileConfirmEdit"));
    m_profileConfirm->setPlaceholderText(tr("type %1 to confirm").arg(profile.name));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setEnabled(false);
    m_table->setObjectName(QStringLiteral("actionRowsView"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setModel(new QStandardItemModel(this));
    m_status->setObjectName(QStringLiteral("actionStatusLabel"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    if (!isProbe) {
        form->addRow(tr("Parameters:"), m_params);
        if (m_needsProfileName)
            form->addRow(tr("Protected profile:"), m_profileConfirm);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (!isProbe) {
        buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
        buttons->addButton(m_runButton, QDialogButtonBox::ActionRole);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &ActionDialog::preview);
    connect(m_runButton, &QPushButton::clicked, this, &ActionDialog::run);
    connect(m_params, &QLineEdit::textChanged, this, [this] {
        m_token.clear(); // new parameters: preview again
        updateRunButton();
    });
    connect(m_profileConfirm, &QLineEdit::textChanged, this, &ActionDialog::updateRunButton);
    m_previewButton->setVisible(!isProbe);
    m_runButton->setVisible(!isProbe);
    m_params->setVisible(!isProbe);
    m_profileConfirm->setVisible(m_needsProfileName);

    auto *l = new QVBoxLayout(this);
    l->addWidget(what);
    l->addLayout(form);
    l->addWidget(m_table, 1);
    l->addWidget(m_status);
    l->addWidget(buttons);
    resize(820, 520);
}

void ActionDialog::updateRunButton()
{
    m_runButton->setEnabled(!m_token.isEmpty() && (!m_needsProfileName || m_profileConfirm->text() == m_profileName));
}

SqlAction ActionDialog::action() const
{
    QList<std::pair<QString, QString>> kv;
    for (const QString &part : m_params->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        kv.append({part.section(QLatin1Char('='), 0, 0).trimmed(), part.section(QLatin1Char('='), 1).trimmed()});
    return {m_binding.target, m_binding.params.value(QStringLiteral("sql")).toString(), SqlRunner::parameterSets(kv)};
}

void ActionDialog::showTable(const SqlTable &t)
{
    auto *model = static_cast<QStandardItemModel *>(m_table->model());
    model->clear();
    model->setHorizontalHeaderLabels(t.columns);
    for (const QVariantList &row : t.rows) {
        QList<QStandardItem *> items;
        for (const QVariant &v : row)
            items.append(new QStandardItem(v.isNull() ? QStringLiteral("NULL") : v.toString()));
        model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 420));
}

void ActionDialog::runProbe()
{
    m_status->setText(tr("Running…"));
    const SqlTarget target = m_target;
    const Binding b = m_binding;
    runAsync(this, [target, b]() -> Result<SqlTable> {
        QElapsedTimer took; // database connectivity: connecting and one query
        took.start();
        SqlRunner r(target);
        if (Status s = r.open(); !s)
            return Result<SqlTable>::failure(s.error());
        auto t = b.type == QStringLiteral("sql_schema") ? r.tablesExist(b.params.value(QStringLiteral("tables")).toStringList())
                                                        : r.probe(b.params.value(QStringLiteral("sql")).toString());
        if (t)
            t->durationMs = took.elapsed();
        return t;
    }, [this](Result<SqlTable> t) {
        if (!t) {
            m_status->setText(t.error());
            return;
        }
        showTable(t.value());
        QString text = tr("%n row(s)%1", nullptr, int(t->rows.size())).arg(t->truncated ? tr(" (more than the cap)") : QString());
        if (m_binding.params.value(QStringLiteral("measure")).toString() == QStringLiteral("latency"))
            text += tr(" · connected and answered in %1 ms").arg(t->durationMs);
        m_status->setText(text);
    });
}

void ActionDialog::preview()
{
    if (m_cleanup) {
        m_token.clear();
        updateRunButton();
        m_status->setText(tr("Comparing the blob store with the database…"));
        m_cleanup->findOrphans(m_prefix);
        return;
    }
    if (m_missing && m_params->text().trimmed().isEmpty()) {
        m_token.clear();
        updateRunButton();
        startBlobCheck();
        return;
    }
    m_token.clear();
    updateRunButton();
    m_status->setText(tr("Previewing…"));
    const SqlTarget target = m_target;
    const SqlAction a = action();
    runAsync(this, [target, a]() -> Result<SqlPreview> {
        SqlRunner r(target);
        if (Status s = r.open(); !s)
            return Result<SqlPreview>::failure(s.error());
        return r.preview(a);
    }, [this](Result<SqlPreview> p) {
        if (!p) {
            m_status->setText(p.error());
            return;
        }
        showTable(p->rows);
        m_token = p->token;
        m_status->setText(tr("This will change exactly these %n row(s).", nullptr, int(p->rows.rows.size())));
        updateRunButton();
    });
}

void ActionDialog::startRecorded(const QString &actionId, const QString &inputs, std::function<void()> start)
{
    if (!m_session)
        return start();
    QPointer<ActionDialog> self(this);
    m_incident = m_session->recordActionIntent(actionId, inputs, [self, start = std::move(start)](const Status &committed) {
        if (!self)
            return;
        if (!committed) { // not recorded as about to run: it does not run
            self->m_status->setText(tr("Not run: the intent could not be recorded (%1)").arg(committed.error()));
            return;
        }
        start();
    });
}

void ActionDialog::recordOutcome(const QString &actionId, const QString &result, qint64 ms)
{
    if (m_session)
        m_session->recordActionOutcome(std::exchange(m_incident, QString()), actionId, result, ms);
}

void ActionDialog::run()
{
    if (m_cleanup) {
        m_runButton->setEnabled(false);
        m_status->setText(tr("Deleting…"));
        m_progress->setRange(0, std::max(1, int(m_orphans.size())));
        m_progress->setValue(0);
        m_progress->show();
        m_runTimer.start();
        startRecorded(m_binding.target, tr("%n blob(s) under %1", nullptr, int(m_orphans.size())).arg(m_prefix),
                      [this] { m_cleanup->deleteOrphans(m_prefix, m_token); });
        return;
    }
    const SqlAction a = action();
    QStringList inputs;
    for (const QVariantMap &set : a.parameterSets)
        for (auto it = set.begin(); it != set.end(); ++it)
            inputs.append(it.key() + QLatin1Char('=') + it.value().toString());
    m_runButton->setEnabled(false);
    m_status->setText(tr("Running…"));
    const SqlTarget target = m_target;
    const QString token = m_token;
    startRecorded(a.id, inputs.join(QStringLiteral(", ")), [this, target, a, token] {
        runAsync(this, [target, a, token]() -> Result<SqlOutcome> {
            SqlRunner r(target);
            if (Status s = r.open(); !s)
                return Result<SqlOutcome>::failure(s.error());
            return r.run(a, token);
        }, [this, a](Result<SqlOutcome> o) {
            const QString result = o ? tr("%n row(s) changed", nullptr, int(o->rowsAffected)) : o.error();
            recordOutcome(a.id, result, o ? o->durationMs : 0);
            m_token.clear();
            m_status->setText(result);
        });
    });
}
