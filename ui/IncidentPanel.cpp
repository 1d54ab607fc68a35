#include "IncidentPanel.h"

#include "incident/IncidentSession.h"

#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString clock(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm")) : QStringLiteral("—");
}
} // namespace

IncidentPanel::IncidentPanel(IncidentSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_severity(new QComboBox(this)), m_status(new QComboBox(this)), m_commander(new QLineEdit(this)),
      m_times(new QLabel(this)), m_people(new QLabel(this)), m_vanished(new QLabel(this)), m_followUps(new QTreeWidget(this)), m_newFollowUp(new QLineEdit(this)),
      m_newOwner(new QLineEdit(this)), m_newDue(new QLineEdit(this)), m_add(new QPushButton(tr("Add"), this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("incidentPanel"));
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    m_severity->addItem(tr("—"), QString());
    for (const char *s : {"SEV1", "SEV2", "SEV3", "SEV4"})
        m_severity->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
    m_severity->setToolTip(tr("SEV1 is the worst. Suggested from the breaching rules when the incident was opened."));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const QString &s : incidentStatusNames())
        m_status->addItem(s, s);
    m_commander->setObjectName(QStringLiteral("commanderEdit"));
    m_commander->setPlaceholderText(tr("who leads the response"));
    m_times->setObjectName(QStringLiteral("incidentTimesLabel"));
    m_times->setWordWrap(true);
    m_people->setObjectName(QStringLiteral("participantsLabel"));
    m_people->setWordWrap(true);
    m_vanished->setObjectName(QStringLiteral("vanishedStepsLabel"));
    m_vanished->setWordWrap(true);
    m_vanished->setTextFormat(Qt::PlainText);
    m_vanished->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_vanished->hide();
    m_summary = textField(QStringLiteral("summaryEdit"), tr("What happened, in a few sentences"));
    m_impact = textField(QStringLiteral("impactEdit"), tr("Who and what was affected, for how long"));
    m_rootCause = textField(QStringLiteral("rootCauseEdit"), tr("Why it happened"));
    m_fieldOf = {{m_summary, IncidentField::Summary}, {m_impact, IncidentField::Impact}, {m_rootCause, IncidentField::RootCause}};

    m_followUps->setObjectName(QStringLiteral("followUpsList"));
    m_followUps->setHeaderLabels({tr("Follow-up"), tr("Owner"), tr("Due")});
    m_followUps->setRootIsDecorated(false);
    m_followUps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_newFollowUp->setObjectName(QStringLiteral("followUpEdit"));
    m_newFollowUp->setPlaceholderText(tr("A follow-up item, then Enter"));
    m_newOwner->setObjectName(QStringLiteral("followUpOwnerEdit"));
    m_newOwner->setPlaceholderText(tr("owner"));
    m_newDue->setObjectName(QStringLiteral("followUpDueEdit"));
    m_newDue->setPlaceholderText(tr("due YYYY-MM-DD"));
    m_add->setObjectName(QStringLiteral("addFollowUpButton"));
    m_remove->setObjectName(QStringLiteral("removeFollowUpButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Commander:"), m_commander);
    form->addRow(m_times);
    form->addRow(m_people);
    form->addRow(m_vanished);
    auto *texts = new QFormLayout;
    texts->addRow(tr("Summary:"), m_summary);
    texts->addRow(tr("Impact:"), m_impact);
    texts->addRow(tr("Root cause:"), m_rootCause);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newOwner, 2);
    addRow->addWidget(m_newDue, 2);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);
    auto *follow = new QVBoxLayout;
    follow->addWidget(m_followUps, 1);
    follow->addWidget(m_newFollowUp);
    follow->addLayout(addRow);
    auto *l = new QHBoxLayout(this);
    l->addLayout(form, 2);
    l->addLayout(texts, 3);
    l->addLayout(follow, 3);

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(30);
    connect(&m_draftTimer, &QTimer::timeout, this, &IncidentPanel::saveDrafts);
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && m_session->canEdit())
            m_session->setField(IncidentField::Severity, m_severity->currentData().toString());
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && m_session->canEdit())
            if (const auto s = incidentStatusFromString(m_status->currentData().toString()))
                m_session->setStatus(*s);
    });
    connect(m_commander, &QLineEdit::editingFinished, this, [this] {
        if (!m_filling && m_session->canEdit() && m_session->current() && m_session->current()->commander != m_commander->text().trimmed())
            m_session->setField(IncidentField::Commander, m_commander->text().trimmed());
    });
    connect(m_newFollowUp, &QLineEdit::returnPressed, this, &IncidentPanel::addFollowUp);
    connect(m_add, &QPushButton::clicked, this, &IncidentPanel::addFollowUp);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const auto items = m_followUps->selectedItems();
        if (!items.isEmpty() && m_session->canEdit())
            m_session->removeFollowUp(items.first()->data(0, Qt::UserRole).toInt());
    });
    connect(m_followUps, &QTreeWidget::itemChanged, this, &IncidentPanel::followUpChanged);
    connect(m_session, &IncidentSession::incidentUpdated, this, &IncidentPanel::refresh);
    connect(m_session, &IncidentSession::stepChanged, this, &IncidentPanel::refresh);
    connect(m_session, &IncidentSession::currentChanged, this, [this] {
        m_dirty.clear(); // typed into the incident that was current: stored already (commitEdits before a switch)
        m_logged.clear();
        refresh();
    });
    refresh();
}

QPlainTextEdit *IncidentPanel::textField(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(40);
    edit->installEventFilter(this);
    // Stored as it is typed, within 30 ms (no timeline line yet): a crash a moment later loses nothing.
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
        if (m_filling || !m_session->canEdit())
            return;
        m_dirty.insert(edit);
        if (!m_draftTimer.isActive())
            m_draftTimer.start();
    });
    return edit;
}

void IncidentPanel::saveDrafts()
{
    m_draftTimer.stop();
    if (m_session->canEdit())
        for (QPlainTextEdit *edit : std::as_const(m_dirty))
            m_session->setField(m_fieldOf.value(edit), edit->toPlainText(), false);
    m_dirty.clear();
}

bool IncidentPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        if (auto *edit = qobject_cast<QPlainTextEdit *>(watched); edit && m_fieldOf.contains(edit))
            commitEdits();
    return QWidget::eventFilter(watched, event);
}

void IncidentPanel::commitEdits()
{
    saveDrafts();
    if (!m_session->canEdit() || !m_session->current())
        return;
    const Incident &inc = *m_session->current();
    for (auto it = m_fieldOf.begin(); it != m_fieldOf.end(); ++it) {
        const QString now = it.key()->toPlainText();
        const QString stored = it.value() == IncidentField::Summary ? inc.summary : it.value() == IncidentField::Impact ? inc.impact : inc.rootCause;
        // A line for each field whose text changed since its last line (what is typed is stored already).
        if (m_logged.value(it.key(), stored) != now) {
            m_session->setField(it.value(), now, true);
            m_logged.insert(it.key(), now);
        }
    }
}

void IncidentPanel::addFollowUp()
{
    const QString text = m_newFollowUp->text().trimmed();
    if (text.isEmpty() || !m_session->canEdit())
        return;
    const QDate due = QDate::fromString(m_newDue->text().trimmed(), Qt::ISODate);
    if (!m_newDue->text().trimmed().isEmpty() && !due.isValid()) {
        m_newDue->setStyleSheet(QStringLiteral("color: #c53030"));
        m_newDue->setToolTip(tr("Not a date: YYYY-MM-DD"));
        return;
    }
    m_newDue->setStyleSheet(QString());
    m_session->saveFollowUp(FollowUp{0, text, m_newOwner->text().trimmed(), due, false});
    m_newFollowUp->clear();
    m_newOwner->clear();
    m_newDue->clear();
}

void IncidentPanel::followUpChanged(QTreeWidgetItem *item, int)
{
    if (m_filling || !m_session->canEdit())
        return;
    FollowUp f;
    f.id = item->data(0, Qt::UserRole).toInt();
    f.text = item->text(0).trimmed();
    f.owner = item->text(1).trimmed();
    f.due = QDate::fromString(item->text(2).trimmed(), Qt::ISODate);
    f.done = item->checkState(0) == Qt::Checked;
    if (!item->text(2).trimmed().isEmpty() && !f.due.isValid()) {
        // Not a date (2026-02-30 included): nothing is saved, the recorded due
        // date stays, and the cell says why until it is corrected.
        m_filling = true;
        item->setForeground(2, QColor(0xc5, 0x30, 0x30));
        item->setToolTip(2, tr("Not a date: YYYY-MM-DD. The follow-up keeps its recorded due date until this is corrected."));
        m_filling = false;
        return;
    }
    if (f.text.isEmpty()) {
        // A follow-up keeps a text; Remove takes it away. (Refreshed once the
        // item has finished emitting: rebuilding the list deletes it.)
        QMetaObject::invokeMethod(this, &IncidentPanel::refresh, Qt::QueuedConnection);
        return;
    }
    // Saving shows the change at once, which rebuilds the list; the item that is
    // emitting this must outlive the call, so the save comes right after it.
    QMetaObject::invokeMethod(this, [this, f] { m_session->saveFollowUp(f); }, Qt::QueuedConnection);
}

void IncidentPanel::refresh()
{
    const auto &inc = m_session->current();
    const bool editable = inc && m_session->canEdit();
    for (QWidget *w : std::initializer_list<QWidget *>{m_severity, m_status, m_commander, m_summary, m_impact, m_rootCause, m_newFollowUp, m_newOwner,
                                                       m_newDue, m_add, m_remove})
        w->setEnabled(editable);
    m_filling = true;
    if (!inc) {
        m_severity->setCurrentIndex(0);
        m_commander->clear();
        for (QPlainTextEdit *e : {m_summary, m_impact, m_rootCause})
            e->clear();
        m_followUps->clear();
        m_times->setText(tr("No incident: start one to keep its record."));
        m_people->clear();
        m_vanished->hide();
        m_filling = false;
        return;
    }
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(inc->severity)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(toText(inc->status))));
    if (!m_commander->hasFocus())
        m_commander->setText(inc->commander);
    const std::pair<QPlainTextEdit *, QString> texts[] = {{m_summary, inc->summary}, {m_impact, inc->impact}, {m_rootCause, inc->rootCause}};
    for (const auto &t : texts) {
        if (!t.first->hasFocus() && t.first->toPlainText() != t.second)
            t.first->setPlainText(t.second);
        if (!m_logged.contains(t.first))
            m_logged.insert(t.first, t.second);
    }
    const QDateTime detected = inc->detectedAt(), first = inc->firstActionAt(), mitigated = inc->mitigatedAt();
    m_times->setText(tr("Detected %1 · first action %2 · mitigated %3 · resolved %4")
                         .arg(clock(detected), clock(first), clock(mitigated),
                              inc->status == IncidentStatus::Resolved ? clock(inc->resolvedAt) : QStringLiteral("—")));
    const QStringList people = inc->participants();
    m_people->setText(people.isEmpty() ? tr("Participants: nobody yet") : tr("Participants: %1").arg(people.join(QStringLiteral(", "))));
    // Records whose step the runbook no longer has: shown here (and in the export), never on another step.
    QStringList gone;
    for (const StepRecord &r : inc->vanished) {
        QString line = tr("• “%1” (was %2) — %3").arg(r.text.isEmpty() ? r.key : r.text, r.key, toText(r.state));
        if (!r.actor.isEmpty())
            line += tr(" by %1").arg(r.actor);
        if (!r.note.isEmpty())
            line += tr("; note: %1").arg(r.note.simplified().left(200));
        gone.append(line);
    }
    m_vanished->setVisible(!gone.isEmpty());
    m_vanished->setText(gone.isEmpty() ? QString()
                                       : tr("⚠ %n recorded step(s) no longer in the runbook (kept in the record and the export):", nullptr, int(gone.size()))
                                             + QLatin1Char('\n') + gone.join(QLatin1Char('\n')));
    const int keep = m_followUps->selectedItems().isEmpty() ? 0 : m_followUps->selectedItems().first()->data(0, Qt::UserRole).toInt();
    m_followUps->clear();
    for (const FollowUp &f : inc->followUps) {
        auto *item = new QTreeWidgetItem(m_followUps, {f.text, f.owner, f.due.isValid() ? f.due.toString(Qt::ISODate) : QString()});
        item->setData(0, Qt::UserRole, f.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | (editable ? Qt::ItemIsEditable : Qt::NoItemFlags));
        item->setCheckState(0, f.done ? Qt::Checked : Qt::Unchecked);
        item->setSelected(f.id == keep);
    }
    m_filling = false;
}
