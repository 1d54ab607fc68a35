#include "LiveCountModel.h"

#include "logs/LiveLogQueries.h"
#include "runbook/Runbook.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

LiveCountModel::LiveCountModel(LiveLogQueries *live, QObject *parent) : QAbstractTableModel(parent), m_live(live)
{
    connect(live, &LiveLogQueries::finished, this, &LiveCountModel::refreshAll);
    connect(live, &LiveLogQueries::started, this, &LiveCountModel::refreshAll);
    connect(live, &LiveLogQueries::sourceChanged, this, &LiveCountModel::refreshAll);
}

void LiveCountModel::setSection(const Runbook *runbook, const Section *section)
{
    beginResetModel();
    m_rows.clear();
    if (section) {
        for (const Monitor &m : section->monitors) {
            switch (m.kind) {
            case MonitorKind::LogPattern: m_rows.push_back({tr("Log: %1").arg(m.value), m.value}); break;
            case MonitorKind::EventType: m_rows.push_back({tr("Event type: %1").arg(m.value), {}}); break;
            case MonitorKind::ResponseField: m_rows.push_back({tr("Field %1 of %2").arg(m.value, m.endpoint), {}}); break;
            case MonitorKind::HttpStatus: m_rows.push_back({tr("HTTP %1 from %2").arg(m.value, m.endpoint), {}}); break;
            }
        }
        if (runbook && !section->codeBlocks.isEmpty())
            for (const LogQuery &q : runbook->queries)
                if (q.line > section->line && q.line <= section->endLine)
                    m_rows.push_back({q.name, q.query});
    }
    endResetModel();
}

QString LiveCountModel::queryText(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].query : QString();
}

void LiveCountModel::refreshAll()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int LiveCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LiveCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const LogQueryResult *r = row.query.isEmpty() ? nullptr : m_live->resultFor(row.query);
    const int item = row.query.isEmpty() ? -1 : m_live->indexOf(row.query);
    const QString error = item >= 0 ? m_live->items()[size_t(item)].error : QString();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == WhatColumn)
            return row.label;
        if (index.column() == CountColumn) {
            if (row.query.isEmpty())
                return tr("not connected yet");
            if (!error.isEmpty())
                return tr("query error");
            if (m_live->isRunning() && !r)
                return tr("…");
            if (!r)
                return m_live->sourceSpec().isEmpty() ? tr("no log source") : QStringLiteral("—");
            return QLocale().toString(r->total) + (m_live->result()->partial ? tr(" (partial)") : QString());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WhatColumn)
            return row.query.isEmpty() || row.query == row.label ? row.label : row.label + QLatin1Char('\n') + row.query; // the whole of what an elided cell shows
        if (!error.isEmpty())
            return error;
        if (r) {
            QString tip = tr("%1 in the window, computed %2 from %3")
                              .arg(r->total)
                              .arg(QLocale().toString(m_live->computedAt().toLocalTime(), QLocale::ShortFormat), m_live->sourceSpec());
            if (r->extracts && r->numbers.count > 0)
                tip += tr("\nX: last %1, sum %2, min %3, max %4").arg(r->numbers.last).arg(r->numbers.sum).arg(r->numbers.min).arg(r->numbers.max);
            for (const QString &w : r->warnings)
                tip += QLatin1Char('\n') + w;
            return tip;
        }
        return row.label;
    case Qt::ForegroundRole:
        if (row.query.isEmpty() && index.column() == CountColumn)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case QueryTextRole: return row.query;
    case LiveRole: return !row.query.isEmpty();
    case BucketsRole: {
        QVariantList out;
        if (r)
            for (qint64 v : r->buckets)
                out.append(v);
        return out;
    }
    default: return {};
    }
}

QVariant LiveCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhatColumn: return tr("Watching");
    case CountColumn: return tr("Count");
    case TrendColumn: return tr("Trend");
    }
    return {};
}
