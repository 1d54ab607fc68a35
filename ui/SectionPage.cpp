#include "SectionPage.h"

#include "runbook/CodeText.h"

#include "ChecklistModel.h"
#include "incident/IncidentSession.h"
#include "LivePanel.h"
#include "metrics/MetricEvaluator.h"
#include "MetricsModel.h"
#include "runbook/Runbook.h"
#include "StepDetailPanel.h"
#include "StepTextDelegate.h"
#include "wiring/Wiring.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QResizeEvent>
#include <algorithm>
#include <QLabel>
#include <QSplitter>
#include <QScrollArea>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

SectionPage::SectionPage(IncidentSession *session, LiveLogQueries *live, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ChecklistModel(session, this)), m_title(new QLabel(this)),
      m_group(new QLabel(this)), m_runbookMeta(new QLabel(this)), m_alertThresholds(new QLabel(this)), m_condition(new QLabel(this)), m_live(new LivePanel(live, this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_view(new QTreeView(m_splitter)),
      m_detail(new StepDetailPanel(m_model, m_splitter)), m_browser(new QTextBrowser(this)), m_wiringProblems(new QLabel(this))
{
    // A variable set (from an alert's labels, or typed) shows in the prose at once.
    connect(session, &IncidentSession::incidentUpdated, this, &SectionPage::showProse);
    connect(session, &IncidentSession::currentChanged, this, &SectionPage::showProse);
    m_wiringProblems->setObjectName(QStringLiteral("wiringProblemsLabel"));
    m_wiringProblems->setWordWrap(true);
    m_wiringProblems->setTextFormat(Qt::PlainText);
    m_wiringProblems->setStyleSheet(QStringLiteral("QLabel { color: #b7791f; }"));
    m_wiringProblems->hide();
    setObjectName(QStringLiteral("sectionPage"));
    m_title->setObjectName(QStringLiteral("sectionTitleLabel"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.4);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setWordWrap(true);
    m_group->setObjectName(QStringLiteral("sectionGroupLabel"));
    m_group->setForegroundRole(QPalette::PlaceholderText);
    m_runbookMeta->setObjectName(QStringLiteral("runbookMetaLabel"));
    m_runbookMeta->setForegroundRole(QPalette::PlaceholderText);
    m_runbookMeta->setWordWrap(true);
    m_runbookMeta->setTextFormat(Qt::PlainText);
    m_alertThresholds->setObjectName(QStringLiteral("alertThresholdsLabel"));
    m_alertThresholds->setWordWrap(true);
    m_alertThresholds->setTextFormat(Qt::PlainText);
    m_condition->setObjectName(QStringLiteral("conditionLabel"));
    m_condition->setWordWrap(true);
    m_condition->setTextFormat(Qt::MarkdownText);

    m_view->setObjectName(QStringLiteral("checklistView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers); // notes are edited in the detail panel
    m_view->setItemDelegateForColumn(ChecklistModel::TextColumn, new StepTextDelegate(m_view));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ChecklistModel::NumberColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ChecklistModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ChecklistModel::StateColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ChecklistModel::NoteColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(ChecklistModel::WhoColumn, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(ChecklistModel::NoteColumn, 180);
    m_view->installEventFilter(this);
    connect(m_view->header(), &QHeaderView::sectionResized, m_view, [this] { m_view->doItemsLayout(); });

    m_browser->setObjectName(QStringLiteral("sectionTextBrowser"));
    m_browser->setOpenExternalLinks(false);

    m_splitter->setObjectName(QStringLiteral("checklistSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    // Monitors, metrics and thresholds sit in a column beside the checklist,
    // so the steps keep the height.
    QWidget *monitorsArea = m_live;
    m_body = new QSplitter(Qt::Horizontal, this);
    m_body->setObjectName(QStringLiteral("sectionBodySplitter"));
    m_body->addWidget(m_splitter);
    m_body->addWidget(m_browser);
    m_body->addWidget(monitorsArea);
    m_body->setStretchFactor(0, 3);
    m_body->setStretchFactor(1, 3);
    m_body->setStretchFactor(2, 1);
    m_monitorsArea = monitorsArea;
    monitorsArea->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_body->setSizes({600, 600, 460});

    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(8, 8, 8, 8);
    l->addWidget(m_runbookMeta);
    l->addWidget(m_group);
    l->addWidget(m_title);
    l->addWidget(m_alertThresholds);
    l->addWidget(m_condition);
    l->addWidget(m_wiringProblems);
    l->addWidget(m_body, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_detail->setRow(current.isValid() ? current.row() : -1); });
    connect(m_detail, &StepDetailPanel::leaveRequested, this, &SectionPage::focusChecklist);
    connect(m_detail, &StepDetailPanel::runRequested, this, &SectionPage::runRequested);
    setSection(nullptr, nullptr);
}

void SectionPage::setWiring(const Wiring *wiring, const Profile *profile)
{
    m_wiring = wiring;
    m_profile = profile;
    m_detail->setWiring(wiring, profile);
    updateWiringProblems();
}

void SectionPage::setEvaluation(const Evaluation &evaluation)
{
    m_eval = std::make_shared<Evaluation>(evaluation);
    m_live->setEvaluation(evaluation);
    m_monitorsArea->setVisible(m_live->hasContent());
    updateCondition();
}

// "If duplicate ratio is unusually high:" — met or not, from the section's rule.
void SectionPage::updateCondition()
{
    if (!m_section || m_section->condition.isEmpty()) {
        m_condition->hide();
        return;
    }
    QString text = QStringLiteral("*%1*").arg(m_section->condition);
    if (m_eval && m_eval->sectionJudged(m_section->id)) {
        const Severity s = m_eval->sectionSeverity(m_section->id);
        if (s == Severity::Critical || s == Severity::Warning)
            text += tr(" — **met** (%1)").arg(MetricsModel::severityText(s));
        else if (s == Severity::Ok)
            text += tr(" — not met (OK)");
        else
            text += tr(" — cannot tell (UNKNOWN)");
    }
    m_condition->setText(text);
    m_condition->show();
}

void SectionPage::updateWiringProblems()
{
    QStringList lines;
    if (m_wiring && m_section) {
        const QString prefix = m_section->id + QLatin1Char('/');
        for (const WiringMessage &m : m_wiring->messages)
            if (!m.target.isEmpty() && (m.target == m_section->id || m.target.startsWith(prefix)))
                lines.append(tr("Wiring, line %1: %2").arg(m.line).arg(m.message));
        for (const Step &st : m_section->steps)
            if (m_wiring->bindingsFor(st.id).isEmpty())
                lines.append(tr("Step %1 is not wired (add it to %2)").arg(st.number.isEmpty() ? st.id : st.number, m_wiring->path));
    }
    m_wiringProblems->setText(lines.join(QLatin1Char('\n')));
    m_wiringProblems->setVisible(!lines.isEmpty());
}

void SectionPage::setSection(const Runbook *runbook, const Section *section)
{
    m_detail->commitNote();
    m_section = section;
    m_runbook = runbook;
    updateWiringProblems();
    m_model->setSection(section);
    QStringList meta;
    if (runbook && !runbook->alert.isEmpty())
        meta.append(tr("Alert %1").arg(runbook->alert));
    if (runbook)
        for (const auto &kv : runbook->metadata)
            if (kv.first.compare(QStringLiteral("title"), Qt::CaseInsensitive) != 0 && kv.first.compare(QStringLiteral("alert"), Qt::CaseInsensitive) != 0
                && !kv.second.isEmpty())
                meta.append(QStringLiteral("%1: %2").arg(kv.first, kv.second.left(120)));
    m_runbookMeta->setText(meta.join(QStringLiteral(" · ")));
    m_runbookMeta->setVisible(!meta.isEmpty());
    QStringList alertLine;
    if (section && !section->alert.isEmpty() && (!runbook || section->alert != runbook->alert))
        alertLine.append(tr("Alert %1").arg(section->alert));
    if (section && !section->alertExpressions.isEmpty())
        alertLine.append(tr("Alert thresholds stated here: %1").arg(section->alertExpressions.join(QStringLiteral(", "))));
    m_alertThresholds->setText(alertLine.join(QStringLiteral(" · ")));
    m_alertThresholds->setVisible(!m_alertThresholds->text().isEmpty());
    if (!section) {
        m_title->setText(tr("No section"));
        m_group->hide();
        m_condition->hide();
        m_live->setSection(nullptr, nullptr);
        m_monitorsArea->hide();
        m_splitter->hide();
        m_browser->hide();
        return;
    }
    m_title->setText(section->displayTitle());
    m_group->setText(section->group);
    m_group->setVisible(!section->group.isEmpty());
    updateCondition();
    m_live->setSection(runbook, section);
    m_monitorsArea->setVisible(m_live->hasContent());
    const bool checklist = !section->steps.isEmpty();
    m_splitter->setVisible(checklist);
    // Sections without a checklist (thresholds, queries, prose) are shown as written.
    m_browser->setVisible(!checklist);
    if (!checklist)
        showProse();
    if (checklist)
        selectStep(0);
}

void SectionPage::showProse()
{
    // The incident's values filled into the prose's code spans ({{ $labels.pod }} → web-1).
    if (!m_section || !m_section->steps.isEmpty())
        return;
    const QString md = CodeText::fillInline(m_section->markdown, m_model->variableValues());
    if (md != m_shownProse) {
        m_shownProse = md;
        m_browser->setMarkdown(md);
    }
}

void SectionPage::selectStep(int row)
{
    const QModelIndex idx = m_model->index(row, ChecklistModel::TextColumn);
    if (idx.isValid())
        m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int SectionPage::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void SectionPage::focusChecklist()
{
    if (m_section && !m_section->steps.isEmpty())
        m_view->setFocus(Qt::ShortcutFocusReason);
    else
        m_browser->setFocus(Qt::ShortcutFocusReason);
}

void SectionPage::focusNote()
{
    if (currentRow() >= 0)
        m_detail->focusNote();
}

void SectionPage::toggleCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const auto state = StepState(m_model->index(row, 0).data(ChecklistModel::StateRole).toInt());
    m_model->setState(row, state == StepState::Done ? StepState::Pending : StepState::Done);
}

bool SectionPage::eventFilter(QObject *watched, QEvent *event)
{
    // The note column keeps a share of the width, so the step text is never squeezed to a letter a line.
    if (watched == m_view && event->type() == QEvent::Resize) {
        const int width = static_cast<QResizeEvent *>(event)->size().width();
        m_view->header()->resizeSection(ChecklistModel::NoteColumn, std::clamp(width / 4, 90, 260));
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *ke = static_cast<QKeyEvent *>(event);
        if (ke->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        const int row = currentRow();
        switch (ke->key()) {
        case Qt::Key_Space: toggleCurrent(); return true;
        case Qt::Key_D: m_model->setState(row, StepState::Done); return true;
        case Qt::Key_S: m_model->setState(row, StepState::Skipped); return true;
        case Qt::Key_N: m_model->setState(row, StepState::NotApplicable); return true;
        case Qt::Key_P: m_model->setState(row, StepState::Pending); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_F2: focusNote(); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
