#include "BindingRunner.h"

#include "ActionDialog.h"
#include "MessageBar.h"
#include "actions/ActionJournal.h"
#include "actions/StepRunner.h"
#include "incident/IncidentSession.h"

BindingRunner::BindingRunner(IncidentSession *session, MessageBar *messages, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_messages(messages), m_parent(dialogParent)
{
}

void BindingRunner::run(const Context &ctx, const QString &stepId)
{
    if (!ctx.wiring || !ctx.profile)
        return;
    const auto plan = StepRunner::plan(*ctx.wiring, ctx.profile->name, stepId);
    if (!plan) {
        m_messages->showMessage(plan.error(), MessageBar::Error);
        return;
    }
    auto *runner = new StepRunner(plan.value(), ctx.variables);
    if (!ctx.logSpec.isEmpty())
        runner->setLogSource({ctx.logSpec, ctx.logOptions}); // the source chosen in Settings, as the live counts
    if (m_session)
        runner->setJournal(std::make_shared<SessionJournal>(m_session));
    // The incident's variables fill the queries that use them ($NAMESPACE in a PromQL step).
    if (m_session && m_session->current()) {
        QHash<QString, QString> values;
        for (auto it = m_session->current()->variables.cbegin(); it != m_session->current()->variables.cend(); ++it)
            values.insert(it.key(), it.value());
        runner->setIncidentVariables(values);
    }
    auto *dlg = new ActionDialog(runner, ctx.profile->label, m_session, m_parent);
    if (m_session && ctx.runbook) {
        std::shared_ptr<const Runbook> runbook = ctx.runbook;
        connect(dlg, &ActionDialog::markDoneRequested, m_session, [session = m_session, runbook](const QString &stepId, const QString &evidenceId) {
            const Section *section = nullptr;
            if (const Step *step = runbook->step(stepId, &section); step && session->canEdit())
                session->markStepDone(*step, evidenceId, section->displayTitle() + QStringLiteral(" / ") + step->number);
        });
    }
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}
