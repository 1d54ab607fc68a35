#include "ActionDialog.h"

#include "actions/StepRunner.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

ActionDialog::ActionDialog(StepRunner *runner, const QString &profileLabel, QObject *keeper, QWidget *parent)
    : QDialog(parent), m_runner(runner), m_keeper(keeper), m_previewButton(new QPushButton(tr("Preview"), this)),
      m_runButton(new QPushButton(tr("Run"), this)), m_cancelButton(new QPushButton(tr("Cancel"), this)),
      m_dashboardButton(new QPushButton(tr("Open Dashboard"), this)), m_model(new QStandardItemModel(this)), m_table(new QTableView(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this))
{
    m_runner->setParent(this);
    const Binding &binding = runner->binding();
    const bool isAction = runner->isAction();
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(isAction ? tr("Action — %1").arg(binding.target) : tr("Probe — %1").arg(binding.target));

    auto *what = new QLabel(this);
    what->setObjectName(QStringLiteral("actionSqlLabel"));
    what->setTextFormat(Qt::MarkdownText);
    what->setWordWrap(true);
    const QString statement = runner->statement();
    what->setText(tr("**%1** on %2 (%3) · risk: **%4**").arg(binding.type, binding.connector, profileLabel, runner->risk())
                  + (statement.isEmpty() ? QString() : QStringLiteral("\n\n```\n%1\n```").arg(statement)));

    auto *form = new QFormLayout;
    for (const StepField &f : runner->fields()) {
        switch (f.type) {
        case StepField::Pairs:
            m_params = new QLineEdit(this);
            m_params->setObjectName(QStringLiteral("actionParamsEdit"));
            m_params->setPlaceholderText(f.placeholder);
            connect(m_params, &QLineEdit::textChanged, this, [this] {
                if (!m_filling)
                    invalidate(tr("Preview again: the parameters changed."));
            });
            form->addRow(f.label, m_params);
            break;
        case StepField::Time: {
            auto *edit = new QDateTimeEdit(QDateTime::currentDateTime().addMSecs(-f.defaultAgoMs), this);
            edit->setObjectName(QStringLiteral("field_") + f.key);
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
            connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] { invalidate(tr("Preview again: the time changed.")); });
            m_fields.insert(f.key, edit);
            form->addRow(f.label, edit);
            break;
        }
        case StepField::Toggle: {
            auto *box = new QCheckBox(f.label, this);
            box->setObjectName(QStringLiteral("field_") + f.key);
            connect(box, &QCheckBox::toggled, this, [this] { invalidate(tr("Preview again: the choice changed.")); });
            m_fields.insert(f.key, box);
            form->addRow(box);
            break;
        }
        }
    }
    if (runner->needsProfileName()) {
        m_profileConfirm = new QLineEdit(this);
        m_profileConfirm->setObjectName(QStringLiteral("profileConfirmEdit"));
        m_profileConfirm->setPlaceholderText(tr("type %1 to confirm").arg(runner->profile().name));
        connect(m_profileConfirm, &QLineEdit::textChanged, this, &ActionDialog::updateRunButton);
        form->addRow(tr("Protected profile:"), m_profileConfirm);
    }

    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setEnabled(false);
    m_cancelButton->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancelButton->hide();
    m_dashboardButton->setObjectName(QStringLiteral("dashboardButton"));
    m_dashboardButton->hide();
    m_table->setObjectName(QStringLiteral("actionRowsView"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_progress->setObjectName(QStringLiteral("stepProgress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("actionStatusLabel"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (isAction) {
        buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
        buttons->addButton(m_runButton, QDialogButtonBox::ActionRole);
    } else {
        m_previewButton->hide();
        m_runButton->hide();
    }
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_dashboardButton, QDialogButtonBox::HelpRole);
    m_markDoneButton = new QPushButton(tr("Mark Step Done"), this);
    m_markDoneButton->setObjectName(QStringLiteral("markDoneButton"));
    m_markDoneButton->setToolTip(tr("Mark the step done, with this result as its evidence"));
    m_markDoneButton->hide();
    buttons->addButton(m_markDoneButton, QDialogButtonBox::ActionRole);
    m_evidence = new QLabel(this);
    m_evidence->setObjectName(QStringLiteral("evidenceLabel"));
    m_evidence->setForegroundRole(QPalette::PlaceholderText);
    m_evidence->hide();
    connect(m_markDoneButton, &QPushButton::clicked, this, [this] {
        Q_EMIT markDoneRequested(m_runner->stepId(), m_evidenceId);
        m_markDoneButton->setEnabled(false);
        m_evidence->setText(tr("Step marked done, with %1 as its evidence.").arg(m_evidenceId));
    });
    // Each probe result and action outcome is kept with the step while an incident is open.
    connect(m_runner, &StepRunner::evidenceAttached, this, [this](const QString &id, const QString &error) {
        m_evidenceId = id;
        m_evidence->setText(id.isEmpty() ? tr("Not kept as evidence: %1").arg(error) : tr("Kept with the step as evidence %1.").arg(id));
        m_evidence->show();
        updateMarkDone();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &ActionDialog::preview);
    connect(m_runButton, &QPushButton::clicked, this, &ActionDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, m_runner, &StepRunner::cancel);
    connect(m_dashboardButton, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl(m_dashboardButton->toolTip())); });
    connect(m_model, &QStandardItemModel::itemChanged, this, &ActionDialog::ticksChanged);

    connect(m_runner, &StepRunner::viewed, this, &ActionDialog::showView);
    connect(m_runner, &StepRunner::finished, this, &ActionDialog::showOutcome);
    connect(m_runner, &StepRunner::progress, this, [this](int done, int total, const QString &text) {
        m_progress->setRange(0, std::max(0, total)); // 0..0: busy
        m_progress->setValue(done);
        m_progress->show();
        m_cancelButton->show();
        if (!text.isEmpty())
            m_status->setText(text);
    });

    auto *l = new QVBoxLayout(this);
    l->addWidget(what);
    l->addLayout(form);
    l->addWidget(m_table, 1);
    l->addWidget(m_progress);
    l->addWidget(m_status);
    l->addWidget(m_evidence);
    l->addWidget(buttons);
    resize(860, 540);

    // A probe runs at once; an action previews at once when it needs nothing typed.
    if (!isAction || runner->previewsWithoutInput())
        preview();
    else
        m_status->setText(tr("Type the parameters, then Preview."));
}

QList<std::pair<QString, QString>> ActionDialog::parameters() const
{
    QList<std::pair<QString, QString>> kv;
    if (m_params)
        for (const QString &part : m_params->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            kv.append({part.section(QLatin1Char('='), 0, 0).trimmed(), part.section(QLatin1Char('='), 1).trimmed()});
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (auto *time = qobject_cast<QDateTimeEdit *>(it.value()))
            kv.append({it.key(), time->dateTime().toUTC().toString(Qt::ISODate)});
        else if (auto *box = qobject_cast<QCheckBox *>(it.value()); box && box->isChecked())
            kv.append({it.key(), QStringLiteral("1")});
    }
    return kv;
}

void ActionDialog::invalidate(const QString &why)
{
    if (m_token.isEmpty())
        return updateRunButton();
    m_token.clear();
    m_status->setText(why);
    updateRunButton();
}

void ActionDialog::preview()
{
    m_token.clear();
    updateRunButton();
    if (Status s = m_runner->setParameters(parameters()); !s) {
        m_status->setText(s.error());
        return;
    }
    m_status->setText(m_runner->isAction() ? tr("Previewing…") : tr("Running…"));
    m_runner->look();
}

void ActionDialog::showView(const StepView &v)
{
    m_progress->hide();
    m_cancelButton->hide();
    // A probe that found nothing wrong can mark its step done (with its snapshot, which follows).
    m_succeeded = !m_runner->isAction() && !v.failed() && v.problem.isEmpty();
    m_evidenceId.clear();
    updateMarkDone();
    if (v.failed()) {
        m_status->setText(v.error);
        return;
    }
    m_selectable = m_runner->isAction() && v.selectColumn >= 0;
    m_runLabel = v.runLabel.isEmpty() ? tr("Run") : v.runLabel;
    {
        m_filling = true; // the ticks set here are not a change of the selection
        m_model->clear();
        m_model->setHorizontalHeaderLabels(v.table.columns);
        for (const QVariantList &row : v.table.rows) {
            QList<QStandardItem *> items;
            for (const QVariant &value : row) {
                auto *item = new QStandardItem(value.isNull() ? QStringLiteral("NULL") : value.toString());
                item->setEditable(false);
                items.append(item);
            }
            if (m_selectable && !items.isEmpty()) {
                items.first()->setCheckable(true);
                items.first()->setCheckState(Qt::Checked);
                items.first()->setData(row.value(v.selectColumn).toString(), Qt::UserRole);
            }
            m_model->appendRow(items);
        }
        m_filling = false;
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 420));
    if (!v.dashboardUrl.isEmpty()) {
        m_dashboardButton->setToolTip(v.dashboardUrl);
        m_dashboardButton->show();
    }
    // What the preview found itself (the ids a check found), shown where they would be typed.
    if (m_params && m_params->text().trimmed().isEmpty() && !v.parameters.isEmpty()) {
        QStringList parts;
        for (const auto &kv : v.parameters)
            parts.append(kv.first + QLatin1Char('=') + kv.second);
        m_filling = true;
        m_params->setText(parts.join(QStringLiteral(", ")));
        m_filling = false;
    }
    m_token = v.token;
    m_status->setText(v.problem.isEmpty() ? v.summary : v.problem);
    updateRunButton();
}

void ActionDialog::ticksChanged()
{
    if (!m_selectable || m_filling || m_runner->running())
        return;
    const QStringList keys = tickedKeys();
    m_token = keys.isEmpty() ? QString() : m_runner->select(keys);
    updateRunButton();
}

QStringList ActionDialog::tickedKeys() const
{
    QStringList keys;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (QStandardItem *item = m_model->item(r, 0); item && item->checkState() == Qt::Checked)
            if (const QString key = item->data(Qt::UserRole).toString(); !keys.contains(key))
                keys.append(key);
    return keys;
}

void ActionDialog::updateRunButton()
{
    const int ticked = m_selectable ? int(tickedKeys().size()) : 0;
    const QString label = m_runLabel.isEmpty() ? tr("Run") : m_runLabel;
    m_runButton->setText(m_selectable ? QStringLiteral("%1 %2").arg(label).arg(ticked) : label);
    const bool confirmed = !m_profileConfirm || m_profileConfirm->text() == m_runner->profile().name;
    m_runButton->setEnabled(!m_token.isEmpty() && confirmed && !m_runner->running());
    m_previewButton->setEnabled(!m_runner->running());
}

void ActionDialog::run()
{
    const QString token = std::exchange(m_token, QString());
    m_status->setText(tr("Running…"));
    m_runner->run(token, m_profileConfirm ? m_profileConfirm->text() : QString());
    updateRunButton();
    if (m_runner->running()) {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancelButton->show();
    }
}

void ActionDialog::showOutcome(const StepOutcome &o)
{
    m_progress->hide();
    m_cancelButton->hide();
    m_status->setText(o.problem.isEmpty() ? o.result : o.problem);
    m_succeeded = o.ran && o.code == 0 && o.problem.isEmpty();
    m_evidenceId.clear(); // the outcome's snapshot follows
    updateMarkDone();
    updateRunButton(); // what was shown is spent: preview again to do more
}

void ActionDialog::updateMarkDone()
{
    m_markDoneButton->setVisible(m_succeeded && !m_evidenceId.isEmpty());
    m_markDoneButton->setEnabled(true);
}

void ActionDialog::reject()
{
    if (m_runner->running() && m_runner->isAction() && m_keeper) {
        // It finishes without the window, and its outcome goes to the incident that started it.
        disconnect(m_runner, nullptr, this, nullptr);
        m_runner->setParent(m_keeper);
        connect(m_runner, &StepRunner::finished, m_runner, &QObject::deleteLater);
    }
    QDialog::reject();
}
