#pragma once
// TimelineModel: the current incident's timeline, newest last.
#include <QAbstractTableModel>

class IncidentSession;

class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, WhoColumn, EventColumn, ColumnCount };
    explicit TimelineModel(IncidentSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reload();
    IncidentSession *m_session;
    int m_rows = 0;
    QString m_incidentId;
};
