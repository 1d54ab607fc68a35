#pragma once
// ActionDialog: the one window for every bound probe and action, whatever its
// kind — it only talks to core's StepRunner. A probe runs at once and shows
// its rows. An action shows the fields its kind asks for, previews exactly
// what will change (rows a kind lets you untick are checkable), and runs
// only with the preview's token after the confirmation that fits the risk
// (Run; a destructive action on a protected profile: the profile's name
// typed — checked again by core). Progress and Cancel while it works; an
// action still running when the dialog closes finishes and is recorded.
#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class StepRunner;
struct StepOutcome;
struct StepView;

class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    // Takes `runner` (parented to this dialog); `keeper` adopts a running
    // action when the dialog closes, so its outcome is still recorded.
    ActionDialog(StepRunner *runner, const QString &profileLabel, QObject *keeper, QWidget *parent = nullptr);
    void reject() override;

Q_SIGNALS:
    // "Mark step done": the step, with the snapshot that showed it as its evidence.
    void markDoneRequested(const QString &stepId, const QString &evidenceId);

private:
    void preview();
    void run();
    void showView(const StepView &view);
    void showOutcome(const StepOutcome &outcome);
    void ticksChanged();
    QStringList tickedKeys() const; // the selection keys of the rows ticked, once each
    void updateRunButton();
    void invalidate(const QString &why);
    QList<std::pair<QString, QString>> parameters() const;

    StepRunner *m_runner;
    QObject *m_keeper;
    QString m_token;
    QString m_runLabel;
    bool m_selectable = false;
    bool m_filling = false;
    QLineEdit *m_params = nullptr;              // a Pairs field: "k=v, k=v"
    QHash<QString, QWidget *> m_fields;         // Time and Toggle fields by parameter key
    QLineEdit *m_profileConfirm = nullptr;
    QPushButton *m_previewButton;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QPushButton *m_dashboardButton;
    QPushButton *m_markDoneButton;
    QLabel *m_evidence;
    QString m_evidenceId;  // the last snapshot attached to the step
    bool m_succeeded = false; // the last look (a probe) or run (an action) found nothing wrong
    void updateMarkDone();
    QStandardItemModel *m_model;
    QTableView *m_table;
    QProgressBar *m_progress;
    QLabel *m_status;
};
