#pragma once
// ChecklistModel: one section's steps for the current incident — number and
// check box, text (inline Markdown), state, note, who/when. Ticking and note
// edits go to the IncidentSession, which records them.
#include <QAbstractTableModel>
#include <QHash>

#include "incident/Incident.h"

struct Section;
struct Step;
class IncidentSession;

class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TextColumn, StateColumn, NoteColumn, WhoColumn, ColumnCount };
    enum Role { MarkdownRole = Qt::UserRole + 1, StepIdRole, StateRole, TextChangedRole,
                GroupHeaderRole }; // the group a step opens (its sub-heading), shown above it; empty inside a group

    explicit ChecklistModel(IncidentSession *session, QObject *parent = nullptr);
    void setSection(const Section *section);
    const Section *section() const { return m_section; }
    IncidentSession *session() const { return m_session; }
    const Step *stepAt(int row) const;
    // The placeholders set for the current incident (NAMESPACE → shop), empty without one.
    QHash<QString, QString> variableValues() const;
    // A step's text (inline Markdown) as shown: the placeholders of its code spans filled with the incident's values.
    QString shownText(const Step &st) const;
    int rowOf(const QString &stepId) const;

    // The one place a step's state is changed from the UI.
    bool setState(int row, StepState state);
    bool setNote(int row, const QString &note);
    // The note as it is being typed: stored at once, finished by setNote.
    bool saveNoteDraft(int row, const QString &note);
    QString stepLabel(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateText(StepState state);

private:
    void onStepChanged(const QString &stepId);
    void onAllChanged();
    const Section *m_section = nullptr;
    IncidentSession *m_session;
};
