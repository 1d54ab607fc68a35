#include "EvidenceView.h"

#include "incident/IncidentSession.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

EvidenceView::EvidenceView(IncidentSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_pin(new QPushButton(tr("Pin"), this)), m_report(new QPushButton(tr("Leave Out of Report"), this)), m_open(new QPushButton(tr("Show…"), this))
{
    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setHeaderLabels({tr("Evidence"), tr("When"), tr("Who"), tr("Result")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    for (int c = 0; c < 3; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->setMaximumHeight(120);
    m_pin->setObjectName(QStringLiteral("evidencePinButton"));
    m_report->setObjectName(QStringLiteral("evidenceReportButton"));
    m_open->setObjectName(QStringLiteral("evidenceShowButton"));
    m_pin->setToolTip(tr("Pinned snapshots come first under the step, here and in the report"));
    m_report->setToolTip(tr("Take it out of the report, or put it back; the record keeps it either way"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_pin);
    buttons->addWidget(m_report);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_title);
    l->addLayout(row);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &EvidenceView::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { m_open->click(); });
    connect(m_pin, &QPushButton::clicked, this, [this] {
        const auto &inc = m_session->current();
        if (const Evidence *e = inc ? inc->findEvidence(selectedId()) : nullptr; e && m_session->canEdit())
            m_session->setEvidenceFlags(e->id, !e->pinned, std::nullopt);
    });
    connect(m_report, &QPushButton::clicked, this, [this] {
        const auto &inc = m_session->current();
        if (const Evidence *e = inc ? inc->findEvidence(selectedId()) : nullptr; e && m_session->canEdit())
            m_session->setEvidenceFlags(e->id, std::nullopt, !e->inReport);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const auto &inc = m_session->current();
        if (const Evidence *e = inc ? inc->findEvidence(selectedId()) : nullptr)
            showSnapshot(*e);
    });
    connect(m_session, &IncidentSession::incidentUpdated, this, &EvidenceView::refresh);
    connect(m_session, &IncidentSession::currentChanged, this, &EvidenceView::refresh);
    refresh();
}

void EvidenceView::setStep(const QString &stepId)
{
    if (stepId == m_stepId)
        return;
    m_stepId = stepId;
    refresh();
}

QString EvidenceView::selectedId() const
{
    const auto items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, Qt::UserRole).toString();
}

void EvidenceView::refresh()
{
    const QString keep = selectedId();
    const auto &inc = m_session->current();
    const QList<Evidence> snapshots = inc ? inc->evidenceOf(m_stepId) : QList<Evidence>();
    setVisible(!snapshots.isEmpty());
    m_title->setText(tr("<b>Evidence</b> (%1) — kept with the step while the incident is open").arg(snapshots.size()));
    m_list->clear();
    for (const Evidence &e : snapshots) {
        auto *item = new QTreeWidgetItem(m_list);
        QString label = e.id + QLatin1Char(' ') + e.kind;
        if (e.pinned)
            label += tr(" · pinned");
        if (!e.inReport)
            label += tr(" · not in report");
        item->setText(0, label);
        item->setText(1, e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        item->setToolTip(1, e.at.toUTC().toString(Qt::ISODate));
        item->setText(2, e.actor);
        item->setText(3, e.summary);
        item->setToolTip(3, e.summary);
        item->setData(0, Qt::UserRole, e.id);
        if (!e.inReport) {
            QFont f = item->font(0);
            f.setItalic(true);
            for (int c = 0; c < 4; ++c) {
                item->setFont(c, f);
                item->setForeground(c, palette().brush(QPalette::PlaceholderText));
            }
        }
        if (e.id == keep)
            item->setSelected(true);
    }
    if (m_list->selectedItems().isEmpty() && m_list->topLevelItemCount() > 0)
        m_list->topLevelItem(0)->setSelected(true);
    updateButtons();
}

void EvidenceView::updateButtons()
{
    const auto &inc = m_session->current();
    const Evidence *e = inc ? inc->findEvidence(selectedId()) : nullptr;
    const bool editable = e && m_session->canEdit();
    m_pin->setEnabled(editable);
    m_report->setEnabled(editable);
    m_open->setEnabled(e != nullptr);
    m_pin->setText(e && e->pinned ? tr("Unpin") : tr("Pin"));
    m_report->setText(e && !e->inReport ? tr("Put Back in Report") : tr("Leave Out of Report"));
}

void EvidenceView::showSnapshot(const Evidence &e)
{
    auto *dlg = new QDialog(this);
    dlg->setObjectName(QStringLiteral("evidenceDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setWindowTitle(tr("Evidence %1").arg(e.id));
    QStringList where{e.kind, e.source};
    if (!e.connector.isEmpty())
        where.append(tr("connector %1").arg(e.connector));
    if (!e.profile.isEmpty())
        where.append(tr("profile %1").arg(e.profile));
    if (!e.window.isEmpty())
        where.append(tr("window %1").arg(e.window));
    auto *head = new QLabel(tr("<b>%1</b><br>%2 · %3 by %4")
                                .arg(e.summary.toHtmlEscaped(), where.join(QStringLiteral(" · ")).toHtmlEscaped(),
                                     e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")), e.actor.toHtmlEscaped()),
                            dlg);
    head->setWordWrap(true);
    auto *what = new QPlainTextEdit(e.what, dlg);
    what->setReadOnly(true);
    what->setMaximumHeight(70);
    auto *table = new QTableWidget(int(e.rows.size()), int(e.columns.size()), dlg);
    table->setHorizontalHeaderLabels(e.columns);
    for (int r = 0; r < e.rows.size(); ++r)
        for (int c = 0; c < e.rows.at(r).size() && c < e.columns.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(e.rows.at(r).at(c)));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *more = new QLabel(e.moreRows > 0 ? tr("%n more row(s) were not kept.", nullptr, e.moreRows) : QString(), dlg);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dlg);
    connect(buttons, &QDialogButtonBox::rejected, dlg, &QDialog::reject);
    auto *l = new QVBoxLayout(dlg);
    l->addWidget(head);
    l->addWidget(what);
    l->addWidget(table, 1);
    l->addWidget(more);
    l->addWidget(buttons);
    dlg->resize(760, 420);
    dlg->open();
}
