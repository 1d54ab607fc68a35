#pragma once
// LivePanel: beside a section's checklist — what the section watches with
// live counts and sparklines over the chosen window, a progress bar with
// Cancel while a query runs, samples on click, "Copy as Datadog query" and
// "Copy as LogQL"; then the section's metrics and alert threshold.
#include <QWidget>

struct Runbook;
struct Section;
class LiveCountModel;
class LiveLogQueries;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTreeView;

class LivePanel : public QWidget
{
    Q_OBJECT
public:
    LivePanel(LiveLogQueries *live, QWidget *parent = nullptr);
    void setSection(const Runbook *runbook, const Section *section);
    void setEvaluation(const struct Evaluation &evaluation);
    void setHistory(const QHash<QString, QList<double>> &history);
    class MetricsModel *metricsModel() const { return m_metricsModel; }
    bool hasContent() const { return m_hasContent; }
    QTreeView *view() const { return m_view; }
    LiveCountModel *model() const { return m_model; }
    void showSamples(int row);
    // The window selector, for a toolbar; the panel's own row goes away.
    QComboBox *takeWindowSelector();
    QString datadogQuery(int row) const;
    QString logQlQuery(int row) const;

Q_SIGNALS:
    // "Keep with the Step" in a query's samples: its count, buckets and samples as evidence.
    void evidenceOffered(const struct Evidence &evidence);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void applyWindow(int comboIndex);

    LiveLogQueries *m_live;
    const Runbook *m_runbook = nullptr;
    LiveCountModel *m_model;
    QComboBox *m_window;
    QWidget *m_topRow = nullptr;
    QToolButton *m_refresh;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTreeView *m_view;
    QPushButton *m_copyDatadog;
    QPushButton *m_copyLogQl;
    QLabel *m_status;
    QLabel *m_extra;
    class MetricsModel *m_metricsModel;
    QTreeView *m_metricsView;
    QLabel *m_metricsUpdated;
    const Section *m_section = nullptr;
    bool m_hasContent = false;
};
