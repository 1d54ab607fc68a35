#include "TimelineModel.h"

#include "incident/IncidentSession.h"

#include <QLocale>

TimelineModel::TimelineModel(IncidentSession *session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &IncidentSession::currentChanged, this, &TimelineModel::reload);
    connect(session, &IncidentSession::incidentUpdated, this, &TimelineModel::reload);
}

void TimelineModel::reload()
{
    // The timeline only grows while an incident is current; append rows when
    // that is what happened so views keep their scroll position.
    const int rows = m_session->current() ? int(m_session->current()->timeline.size()) : 0;
    const QString id = m_session->current() ? m_session->current()->id : QString();
    if (id == m_incidentId && rows > m_rows && m_rows > 0) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_incidentId = id;
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_session->current()
        || index.row() >= m_session->current()->timeline.size())
        return {};
    const auto &e = m_session->current()->timeline.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn: return e.actor;
        case EventColumn: return m_session->current()->eventText(e, m_session->current()->actionsWithoutOutcome());
        }
    }
    if (role == Qt::ToolTipRole)
        return e.at.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + e.kind;
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case WhoColumn: return tr("Who");
    case EventColumn: return tr("Event");
    }
    return {};
}
