#pragma once
// StepRunner: a step's bound probe or action, for the window and the CLI
// alike — the one place the safety rules live.
//
// A probe: look() → viewed(result). An action: look() is the preview, with a
// token (ActionTokens: keyed, single-use, 10 minutes) over its digest; run()
// then, in this order and whatever the kind:
//   1. a destructive action on a protected profile needs the profile's name
//      (`confirmProfile`), and any action a token — else refused;
//   2. the preview is re-established from the source of truth (the rows, the
//      orphans, the failed messages as they are now) and the token checked
//      against it — a token of another preview, a used or expired one, or a
//      list that changed is refused;
//   3. the intent is written to the journal, and only once it is committed
//      does the action start;
//   4. the outcome goes to the journal under the intent's handle (the
//      incident that started it), whatever is current by then.
// Every refusal is recorded as one. Parameters are checked (unknown keys and
// duplicates are errors) before anything runs.
#include "actions/ActionJournal.h"
#include "actions/StepKind.h"

#include <QElapsedTimer>
#include <QObject>
#include <memory>

class StepRunner : public QObject
{
    Q_OBJECT
public:
    // `stepId`'s binding on `profile` (a run_procedure step runs its
    // procedure's action). Errors: 2 for a bad request (no such binding,
    // connector or kind), with the message.
    struct Plan
    {
        Wiring wiring;
        QString profile;
        QString bindingId;   // the binding that runs (the procedure's action for run_procedure)
        QString via;         // the step asked for, when it ran another's binding
    };
    static Result<Plan> plan(const Wiring &wiring, const QString &profile, const QString &stepId);

    explicit StepRunner(Plan plan, QHash<QString, QString> vars, QObject *parent = nullptr);
    ~StepRunner() override;

    const Binding &binding() const { return *m_binding; }
    const Profile &profile() const { return *m_profile; }
    const StepKind &kind() const { return *m_kind; }
    bool isAction() const { return m_binding->kind == BindingKind::Action; }
    QString risk() const;
    // A destructive action on a protected profile: run() needs the profile's name.
    bool needsProfileName() const;
    QList<StepField> fields() const { return isAction() ? m_kind->fields(*m_binding) : QList<StepField>(); }
    QString statement() const { return m_kind->statement(*m_binding); }
    bool previewsWithoutInput() const { return m_kind->previewsWithoutInput(*m_binding); }
    bool running() const { return m_running; }
    // The step this runner belongs to (the one asked for, when it runs a procedure's action).
    QString stepId() const { return m_plan.via.isEmpty() ? m_plan.bindingId : m_plan.via; }

    // Checked: unknown keys and a key=value given twice are refused (nothing changes then).
    Status setParameters(const QList<std::pair<QString, QString>> &keyValues);
    void setLogSource(const LogSource::Setup &setup) { m_logSource = setup; }
    // The incident's variables, for the queries that use them (PromQL's $NAMESPACE).
    void setIncidentVariables(const QHash<QString, QString> &values) { m_incidentVars = values; }
    void setJournal(std::shared_ptr<ActionJournal> journal) { m_journal = std::move(journal); }

    // A probe's result, or an action's preview (its token set). Emits viewed();
    // a newer look drops an older one's result.
    void look();
    // The shown preview narrowed to the rows ticked; returns the new token.
    QString select(const QStringList &keys);
    const StepView &lastView() const { return m_view; }
    void run(const QString &token, const QString &confirmProfile = {});
    void cancel();

Q_SIGNALS:
    void progress(int done, int total, const QString &text);
    void viewed(const StepView &view);
    void finished(const StepOutcome &outcome);
    // A probe's result or an action's outcome was attached to the step as evidence (`id`), or could not be (`error`).
    void evidenceAttached(const QString &id, const QString &error);

private:
    StepJob *newJob();
    // `view` narrowed to the chosen rows (the selection key's values); the first chosen key it lacks, else empty.
    QString narrowToSelection(StepJob *job, StepView &view) const;
    void refuse(const QString &reason);
    void finish(StepOutcome outcome);
    void established(StepView fresh, const QString &token);
    Evidence evidenceOf(const StepView &view, const QString &kind, const QString &summary, const QString &outcome) const;
    void attach(const Evidence &e);

    Plan m_plan;
    const Profile *m_profile = nullptr;
    const Binding *m_binding = nullptr;
    const Connector *m_connector = nullptr;
    const StepKind *m_kind = nullptr;
    QHash<QString, QString> m_vars;
    QList<std::pair<QString, QString>> m_params;
    QStringList m_selection; // values of the kind's selection key
    std::optional<LogSource::Setup> m_logSource;
    QHash<QString, QString> m_incidentVars;
    std::shared_ptr<ActionJournal> m_journal;
    StepJob *m_job = nullptr;
    quint64 m_generation = 0;
    StepView m_view;
    StepView m_acting; // the preview as re-established by the run that is acting on it
    bool m_running = false;
    QString m_handle; // where the running action's intent went
    QElapsedTimer m_took;
};
