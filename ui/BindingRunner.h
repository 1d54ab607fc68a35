#pragma once
// BindingRunner: what the step's Run… button does — finds the step's binding
// in the wiring and opens the dialog that probes or acts through it (SQL,
// blob store, HTTP, Svix, Stripe, log count, a procedure's action). Moved out
// of the main window unchanged; the one action layer in core replaces it.
#include "logs/LogSource.h"
#include "wiring/Wiring.h"

#include <QHash>
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
        QHash<QString, QString> variables; // ${DATA}, ${RUNBOOK_DIR}
        QString logSpec;                   // the source the live counts read
        LogSourceOptions logOptions;
    };
    void run(const Context &context, const QString &stepId);

private:
    IncidentSession *m_session;
    MessageBar *m_messages;
    QWidget *m_parent;
};
