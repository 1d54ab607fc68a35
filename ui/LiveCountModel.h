#pragma once
// LiveCountModel: what a section watches, with live counts — its log-pattern
// monitors (and, for the queries section, the named queries) with total and
// per-bucket counts from LiveLogQueries; other monitors say "not connected yet".
#include <QAbstractTableModel>

struct Runbook;
struct Section;
class LiveLogQueries;

class LiveCountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhatColumn, CountColumn, TrendColumn, ColumnCount };
    enum Role { QueryTextRole = Qt::UserRole + 1, BucketsRole, LiveRole };

    LiveCountModel(LiveLogQueries *live, QObject *parent = nullptr);
    void setSection(const Runbook *runbook, const Section *section);
    QString queryText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString label;
        QString query; // empty: not a live row
    };
    void refreshAll();
    LiveLogQueries *m_live;
    std::vector<Row> m_rows;
};
