#pragma once
// WebhookResendDialog: Force Retry Clerk Webhook through Svix. It lists the
// endpoint's failed deliveries since a time (the preview), then either
// resends the ticked messages one by one (progress, Cancel) or asks Svix to
// recover every failed message since that time and follows its task. Run is
// enabled only with the token of what is shown; intent and outcome go to the
// incident's timeline. The Clerk dashboard is one click away, always: whether
// a Clerk customer holds a Svix token is not certain.
#include "connectors/SvixClient.h"
#include "wiring/Wiring.h"

#include <QDialog>

class IncidentSession;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QTableView;

class WebhookResendDialog : public QDialog
{
    Q_OBJECT
public:
    struct Target
    {
        QUrl base;
        QString token;
        QString app;
        QString endpoint;
        QString dashboardUrl;
    };
    WebhookResendDialog(const Binding &binding, const Profile &profile, const Target &target, IncidentSession *session, QWidget *parent = nullptr);

    // Closing while it runs cancels first, so the outcome is recorded.
    void reject() override;

private:
    QString m_incident; // where the running action's intent went: its outcome goes there too
    void startRecorded(const QString &inputs, std::function<void()> start);
    void preview();
    void run();
    QStringList tickedMessages() const;
    bool recoverMode() const;
    void updateRunButton();
    void finishRun(const QString &result, qint64 ms);

    Binding m_binding;
    Target m_target;
    IncidentSession *m_session;
    SvixClient *m_svix;
    QList<SvixAttempt> m_attempts; // the preview
    QDateTime m_previewSince;
    bool m_running = false;
    QRadioButton *m_resendMode;
    QRadioButton *m_recoverMode;
    QDateTimeEdit *m_since;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_previewButton;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
};
