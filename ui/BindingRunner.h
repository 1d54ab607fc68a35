#pragma once
// BindingRunner: what the step's Run… button does — plans the step's binding
// with core's action layer and opens the one dialog for it. It knows no
// binding kind: StepRunner and the kinds of core/actions do.
#include "logs/LogSource.h"
#include "wiring/Wiring.h"

#include "runbook/Runbook.h"

#include <QHash>
#include <memory>
#include <QObject>

class IncidentSession;
class MessageBar;
class QWidget;

class BindingRunner : public QObject
{
    Q_OBJECT
public:
    BindingRunner(IncidentSession *session, MessageBar *messages, QWidget *dialogParent);

    struct Context
    {
        const Wiring *wiring = nullptr;
        const Profile *profile = nullptr;
        QHash<QString, QString> variables; // ${DATA}, ${RUNBOOK_DIR}, ${DEMO_URL}
        QString logSpec;                   // the source the live counts read
        LogSourceOptions logOptions;
        std::shared_ptr<const Runbook> runbook; // to mark a step done from its result
    };
    void run(const Context &context, const QString &stepId);

private:
    IncidentSession *m_session;
    MessageBar *m_messages;
    QWidget *m_parent;
};
