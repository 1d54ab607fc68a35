#pragma once
// SectionListModel: the navigator — the runbook's sections and procedures in
// document order, with done/total of each checklist for the current incident.
#include <QAbstractTableModel>
#include <memory>
#include <optional>

struct Runbook;
class IncidentSession;

class SectionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, SeverityColumn, ProgressColumn, ColumnCount };
    enum Role { SectionIdRole = Qt::UserRole + 1, HandledRole, TotalRole };

    explicit SectionListModel(IncidentSession *session, QObject *parent = nullptr);
    void setRunbook(const Runbook *runbook);
    void setEvaluation(const std::optional<struct Evaluation> &evaluation);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int rowOf(const QString &sectionId) const;

private:
    void progressChanged();
    const Runbook *m_runbook = nullptr;
    std::shared_ptr<struct Evaluation> m_eval;
    IncidentSession *m_session;
};
