#include "MetricsModel.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QPalette>
#include <cmath>

MetricsModel::MetricsModel(QObject *parent) : QAbstractTableModel(parent) {}

QString MetricsModel::severityText(Severity s)
{
    switch (s) {
    case Severity::Ok: return tr("OK");
    case Severity::Warning: return tr("WARNING");
    case Severity::Critical: return tr("CRITICAL");
    case Severity::Unknown: break;
    }
    return tr("UNKNOWN");
}

void MetricsModel::setSection(const QString &sectionId)
{
    m_section = sectionId;
    rebuild();
}

void MetricsModel::setEvaluation(const Evaluation &e)
{
    m_eval = e;
    rebuild();
}

void MetricsModel::setHistory(const QHash<QString, QList<double>> &history)
{
    m_history = history;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, TrendColumn), index(int(m_rows.size()) - 1, TrendColumn));
}

void MetricsModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_eval)
        for (const MetricValue &m : m_eval->metrics)
            if (m.section == m_section)
                m_rows.push_back(&m);
    endResetModel();
}

int MetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MetricValue &m = *m_rows[size_t(index.row())];
    const RuleEvaluation *rule = nullptr;
    for (const RuleEvaluation &r : m_eval->rules)
        if (r.metricId == m.id)
            rule = &r;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MetricColumn: return tr("%1 (%2)").arg(m.label, m.window);
        case ValueColumn:
            if (!m.value)
                return m.onRequest ? tr("on request") : tr("no value");
            return (std::abs(*m.value - std::round(*m.value)) < 1e-9 ? QLocale().toString(qint64(std::round(*m.value))) : QLocale().toString(*m.value, 'f', 1))
                   + (m.unit == QStringLiteral("%") ? QStringLiteral("%") : QString());
        case ThresholdColumn: return rule ? tr("warn %1\ncrit %2").arg(rule->warning.text, rule->critical.text) : QString();
        case SeverityColumn: return rule ? severityText(rule->severity) : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        return m.reason.isEmpty() ? (rule && !rule->reason.isEmpty() ? rule->reason : m.label) : m.reason;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn && rule) {
            switch (rule->severity) {
            case Severity::Critical: return QColor(0xc5, 0x30, 0x30);
            case Severity::Warning: return QColor(0xb7, 0x79, 0x1f);
            case Severity::Ok: return QColor(0x2f, 0x85, 0x5a);
            case Severity::Unknown: return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
            }
        }
        return {};
    case SparkRole: {
        QVariantList out;
        if (index.column() == BucketsColumn)
            for (double v : m.buckets)
                out.append(v);
        if (index.column() == TrendColumn)
            for (double v : m_history.value(m.id))
                out.append(v);
        return out;
    }
    default: return {};
    }
}

QVariant MetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MetricColumn: return tr("Metric");
    case ValueColumn: return tr("Value");
    case ThresholdColumn: return tr("Thresholds");
    case SeverityColumn: return tr("Status");
    case BucketsColumn: return tr("In the window");
    case TrendColumn: return tr("Over the incident");
    }
    return {};
}
