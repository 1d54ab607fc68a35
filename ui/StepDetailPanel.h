#pragma once
// StepDetailPanel: the selected step in full — text, what it mentions, state
// buttons, its note (saved as you type, no save button) and who/when.
#include <QHash>
#include <QTimer>
#include <QWidget>

class ChecklistModel;
class QLabel;
class QPlainTextEdit;
class QToolButton;

class StepDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StepDetailPanel(ChecklistModel *model, QWidget *parent = nullptr);
    void setRow(int row);
    int row() const { return m_row; }
    void focusNote();
    void commitNote();
    void setWiring(const struct Wiring *wiring, const struct Profile *profile);

Q_SIGNALS:
    void leaveRequested(); // Esc in the note: back to the checklist
    void runRequested(const QString &stepId); // the step's bound probe/action

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    ChecklistModel *m_model;
    int m_row = -1;
    QLabel *m_text;
    QLabel *m_entities;
    QLabel *m_meta;
    QLabel *m_wired;
    class QPushButton *m_run;
    const struct Wiring *m_wiring = nullptr;
    const struct Profile *m_profile = nullptr;
    QToolButton *m_pending, *m_done, *m_skip, *m_na;
    QPlainTextEdit *m_note;
    class EvidenceView *m_evidence = nullptr; // the step's snapshots
    QTimer m_noteTimer;  // the edit is finished: a timeline line
    QTimer m_draftTimer; // what is typed is stored within this (a crash loses nothing)
    void saveDraft();
    // The step's commands (each with its language and Copy) and the variables they use.
    QWidget *m_commands;
    QString m_commandsOf; // the step the commands area shows
    void showCommands(const struct Step *st);
    QString stepBody(const struct Step &st) const;
    void updateCommands();
    QHash<QString, QString> variableValues() const;
};
