#include "LivePanel.h"

#include "logs/DatadogQueryWriter.h"
#include "LiveCountModel.h"
#include "logs/LiveLogQueries.h"
#include "logs/LogQlWriter.h"
#include "MetricsModel.h"
#include "secrets/Redactor.h"
#include "runbook/Runbook.h"
#include "SamplesDialog.h"
#include "incident/Incident.h"

#include "SparklineDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QResizeEvent>
#include <QTreeView>
#include "WrapTextDelegate.h"
#include <QVBoxLayout>
#include <QLocale>

namespace {
struct WindowChoice
{
    const char *label;
    qint64 spanMs;
    qint64 bucketMs;
};
const WindowChoice kWindows[] = {
    {QT_TRANSLATE_NOOP("LivePanel", "Last hour"), 3'600'000, 300'000},
    {QT_TRANSLATE_NOOP("LivePanel", "Last 24 hours"), 86'400'000, 3'600'000},
    {QT_TRANSLATE_NOOP("LivePanel", "Last 7 days"), 7 * 86'400'000LL, 6 * 3'600'000},
};
} // namespace

LivePanel::LivePanel(LiveLogQueries *live, QWidget *parent)
    : QWidget(parent), m_live(live), m_model(new LiveCountModel(live, this)), m_window(new QComboBox(this)),
      m_refresh(new QToolButton(this)), m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_view(new QTreeView(this)), m_copyDatadog(new QPushButton(tr("Copy as Datadog query"), this)),
      m_copyLogQl(new QPushButton(tr("Copy as LogQL"), this)), m_status(new QLabel(this)), m_extra(new QLabel(this)),
      m_metricsModel(new MetricsModel(this)), m_metricsView(new QTreeView(this)), m_metricsUpdated(new QLabel(this))
{
    m_metricsView->setObjectName(QStringLiteral("metricsView"));
    m_metricsView->setModel(m_metricsModel);
    m_metricsView->setRootIsDecorated(false);
    m_metricsView->setItemDelegateForColumn(MetricsModel::BucketsColumn, new SparklineDelegate(MetricsModel::SparkRole, m_metricsView));
    m_metricsView->setItemDelegateForColumn(MetricsModel::TrendColumn, new SparklineDelegate(MetricsModel::SparkRole, m_metricsView));
    m_metricsView->header()->setSectionResizeMode(MetricsModel::MetricColumn, QHeaderView::Stretch);
    for (int c : {int(MetricsModel::ValueColumn), int(MetricsModel::ThresholdColumn), int(MetricsModel::SeverityColumn)})
        m_metricsView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_metricsView->setWordWrap(true);
    m_metricsView->setItemDelegateForColumn(MetricsModel::MetricColumn, new WrapTextDelegate(m_metricsView));
    // The columns fit the panel: names wrap, nothing scrolls sideways.
    m_metricsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_metricsView->header()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    m_metricsView->setUniformRowHeights(false);
    m_metricsView->installEventFilter(this);
    connect(m_metricsView->header(), &QHeaderView::sectionResized, m_metricsView, [this] { m_metricsView->doItemsLayout(); });
    m_metricsView->header()->setStretchLastSection(false);
    m_metricsView->hide();
    m_metricsUpdated->setObjectName(QStringLiteral("metricsUpdatedLabel"));
    m_metricsUpdated->setForegroundRole(QPalette::PlaceholderText);
    m_metricsUpdated->hide();
    setObjectName(QStringLiteral("livePanel"));
    m_window->setObjectName(QStringLiteral("windowCombo"));
    for (const WindowChoice &w : kWindows)
        m_window->addItem(tr(w.label));
    m_window->addItem(tr("Custom…"));
    m_window->setCurrentIndex(1);
    m_live->setWindow(kWindows[1].spanMs, kWindows[1].bucketMs); // what the combo shows
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Run every query of the runbook again (F5)"));
    m_progress->setObjectName(QStringLiteral("queryProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_cancel->setObjectName(QStringLiteral("cancelQueryButton"));
    m_view->setObjectName(QStringLiteral("liveView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemDelegateForColumn(LiveCountModel::TrendColumn, new SparklineDelegate(LiveCountModel::BucketsRole, m_view));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(LiveCountModel::WhatColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(LiveCountModel::CountColumn, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(LiveCountModel::TrendColumn, 90);
    m_view->setWordWrap(true);
    m_view->setItemDelegateForColumn(LiveCountModel::WhatColumn, new WrapTextDelegate(m_view));
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setUniformRowHeights(false);
    connect(m_view->header(), &QHeaderView::sectionResized, m_view, [this] { m_view->doItemsLayout(); });
    m_copyDatadog->setObjectName(QStringLiteral("copyDatadogButton"));
    m_copyLogQl->setObjectName(QStringLiteral("copyLogQlButton"));
    m_status->setObjectName(QStringLiteral("liveStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_extra->setObjectName(QStringLiteral("monitorsLabel"));
    m_extra->setTextFormat(Qt::MarkdownText);
    m_extra->setWordWrap(true);
    m_extra->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_topRow = new QWidget(this);
    auto *top = new QHBoxLayout(m_topRow);
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(new QLabel(tr("Window:"), m_topRow));
    top->addWidget(m_window, 1);
    top->addWidget(m_refresh);
    auto *prog = new QHBoxLayout;
    prog->addWidget(m_progress, 1);
    prog->addWidget(m_cancel);
    auto *copy = new QHBoxLayout;
    copy->addWidget(m_copyDatadog);
    copy->addWidget(m_copyLogQl);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(8, 0, 0, 0);
    l->addWidget(m_topRow);
    l->addLayout(prog);
    l->addWidget(m_view, 1);
    l->addLayout(copy);
    l->addWidget(m_status);
    l->addWidget(m_metricsView, 1);
    l->addWidget(m_metricsUpdated);
    l->addWidget(m_extra);

    m_progress->hide();
    m_cancel->hide();
    connect(m_refresh, &QToolButton::clicked, m_live, [this] { m_live->refresh(); });
    connect(m_cancel, &QPushButton::clicked, m_live, &LiveLogQueries::cancel);
    connect(m_window, &QComboBox::activated, this, &LivePanel::applyWindow);
    connect(m_live, &LiveLogQueries::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->show();
        m_status->setText(tr("Querying %1…").arg(m_live->sourceSpec()));
    });
    connect(m_live, &LiveLogQueries::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_live, &LiveLogQueries::finished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        const LogResult *r = m_live->result();
        QString s = r->cancelled ? tr("Cancelled — counts are partial.")
                                 : tr("Updated %1 · %2 lines from %3").arg(QLocale().toString(m_live->computedAt().toLocalTime().time(), QLocale::ShortFormat))
                                       .arg(QLocale().toString(r->scanned)).arg(m_live->sourceSpec());
        if (r->skipped > 0)
            s += tr(" · %n line(s) skipped", nullptr, int(r->skipped));
        for (const QString &e : r->errors)
            s += QLatin1Char('\n') + e;
        m_status->setText(s);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &i) { showSamples(i.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LivePanel::updateButtons);
    connect(m_copyDatadog, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(Redactor::redact(datadogQuery(m_view->currentIndex().row())));
    });
    connect(m_copyLogQl, &QPushButton::clicked, this, [this] {
        const QString q = logQlQuery(m_view->currentIndex().row());
        if (!q.isEmpty())
            QApplication::clipboard()->setText(Redactor::redact(q));
    });
    updateButtons();
}

// A narrow panel (a 1024-pixel screen) drops the two sparkline columns rather
// than cut the status off; their values are in the row's tooltip and the record.
bool LivePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_metricsView && event->type() == QEvent::Resize) {
        const bool narrow = static_cast<QResizeEvent *>(event)->size().width() < fontMetrics().averageCharWidth() * 90;
        m_metricsView->setColumnHidden(MetricsModel::BucketsColumn, narrow);
        m_metricsView->setColumnHidden(MetricsModel::TrendColumn, narrow);
    }
    return QWidget::eventFilter(watched, event);
}

void LivePanel::applyWindow(int i)
{
    if (i < int(std::size(kWindows))) {
        m_live->setWindow(kWindows[i].spanMs, kWindows[i].bucketMs);
    } else {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Custom window"), tr("Look back how far? (e.g. 90m, 6h, 3d)"),
                                                   QLineEdit::Normal, QStringLiteral("6h"), &ok);
        const auto span = LogTime::parseDuration(text);
        if (!ok || !span)
            return;
        m_window->setItemText(i, tr("Last %1").arg(text));
        // About 24 buckets, at least a minute each.
        m_live->setWindow(*span, std::max<qint64>(60'000, (*span / 24 / 60'000) * 60'000));
    }
    m_live->refresh();
}

void LivePanel::setSection(const Runbook *runbook, const Section *section)
{
    m_runbook = runbook;
    m_model->setSection(runbook, section);
    m_section = section;
    m_metricsModel->setSection(section ? section->id : QString());
    const bool haveMetrics = m_metricsModel->rowCount() > 0;
    m_metricsView->setVisible(haveMetrics);
    m_metricsUpdated->setVisible(haveMetrics);
    QString md;
    if (section) {
        if (!section->metrics.isEmpty() && !haveMetrics) {
            md += tr("**Metrics** — *not computed: no metrics for this section in the wiring*\n\n");
            for (const MetricSpec &m : section->metrics)
                md += QStringLiteral("- %1\n").arg(m.text);
            md += QLatin1Char('\n');
        }
        if (runbook)
            for (const ThresholdRule &r : runbook->thresholds)
                if (r.sectionId == section->id)
                    md += tr("**Alert threshold:** %1 — warning %2, critical %3\n\n").arg(r.metricText, r.warning.text, r.critical.text);
    }
    m_extra->setText(md);
    m_extra->setVisible(!md.isEmpty());
    m_hasContent = m_model->rowCount() > 0 || !md.isEmpty() || haveMetrics;
    const bool live = m_model->rowCount() > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_view, m_copyDatadog, m_copyLogQl, m_status})
        w->setVisible(live);
    if (m_topRow)
        m_topRow->setVisible(live);
    if (live)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

void LivePanel::updateButtons()
{
    const int row = m_view->currentIndex().row();
    const bool q = !m_model->queryText(row).isEmpty();
    m_copyDatadog->setEnabled(q);
    m_copyLogQl->setEnabled(q && !logQlQuery(row).isEmpty());
    m_copyLogQl->setToolTip(q && logQlQuery(row).isEmpty() ? tr("This query cannot be written in LogQL") : QString());
}

QString LivePanel::datadogQuery(int row) const
{
    const int i = m_live->indexOf(m_model->queryText(row));
    return i < 0 ? QString() : DatadogQueryWriter::write(m_live->items()[size_t(i)].node).query;
}

QString LivePanel::logQlQuery(int row) const
{
    const int i = m_live->indexOf(m_model->queryText(row));
    if (i < 0)
        return {};
    const auto q = LogQlWriter::logQuery(m_live->items()[size_t(i)].node, QStringLiteral("{job=\"vercel\"}"));
    return q ? q.value() : QString();
}

void LivePanel::showSamples(int row)
{
    const LogQueryResult *r = m_live->resultFor(m_model->queryText(row));
    if (!r)
        return;
    // A snapshot of the query as it stands: the count, the buckets and the samples.
    Evidence e;
    e.kind = QStringLiteral("query");
    e.source = m_model->index(row, 0).data().toString();
    e.what = m_model->queryText(row);
    e.window = m_window->currentText();
    e.value = double(r->total);
    for (qint64 b : r->buckets)
        e.series.append(double(b));
    e.summary = tr("%n matching line(s) over %1: %2", nullptr, int(r->total)).arg(e.window, e.what);
    e.outcome = QStringLiteral("ok");
    e.columns = {tr("Time"), tr("Level"), tr("Message")};
    for (const LogEvent &ev : r->samples)
        e.rows.append({QDateTime::fromMSecsSinceEpoch(ev.timestampMs).toUTC().toString(Qt::ISODateWithMs), ev.level, ev.message});
    auto *dlg = new SamplesDialog(m_model->index(row, 0).data().toString(), r->samples, this, [this, e] { Q_EMIT evidenceOffered(e); });
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

void LivePanel::setEvaluation(const Evaluation &evaluation)
{
    m_metricsModel->setEvaluation(evaluation);
    setSection(m_runbook, m_section); // the metrics now exist: show them instead of the note
    m_metricsUpdated->setText(tr("Metrics updated %1 (%2)")
                                  .arg(QLocale().toString(evaluation.at.toLocalTime().time(), QLocale::ShortFormat),
                                       evaluation.profile.isEmpty() ? tr("no profile") : tr("profile %1").arg(evaluation.profile)));
    const bool haveMetrics = m_metricsModel->rowCount() > 0;
    m_metricsView->setVisible(haveMetrics);
    m_metricsUpdated->setVisible(haveMetrics);
    if (haveMetrics && !m_hasContent)
        m_hasContent = true;
}

void LivePanel::setHistory(const QHash<QString, QList<double>> &history)
{
    m_metricsModel->setHistory(history);
}

QComboBox *LivePanel::takeWindowSelector()
{
    m_topRow->hide();
    m_topRow->deleteLater();
    m_topRow = nullptr;
    m_window->setParent(nullptr);
    return m_window;
}
