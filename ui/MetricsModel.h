#pragma once
// MetricsModel: a section's metrics from the latest evaluation — value,
// thresholds, severity as text, buckets for a sparkline, and the trend of the
// value over the incident (one point per evaluation while it was open).
#include <QAbstractTableModel>

#include "metrics/MetricEvaluator.h"

class MetricsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MetricColumn, ValueColumn, ThresholdColumn, SeverityColumn, BucketsColumn, TrendColumn, ColumnCount };
    enum Role { SparkRole = Qt::UserRole + 1 };

    explicit MetricsModel(QObject *parent = nullptr);
    void setSection(const QString &sectionId);
    void setEvaluation(const Evaluation &e);
    // Earlier values per metric id (oldest first), from the incident.
    void setHistory(const QHash<QString, QList<double>> &history);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    static QString severityText(Severity s);

private:
    void rebuild();
    QString m_section;
    std::optional<Evaluation> m_eval;
    QHash<QString, QList<double>> m_history;
    std::vector<const MetricValue *> m_rows;
};
