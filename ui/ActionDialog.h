#pragma once
// ActionDialog: runs a step's bound SQL probe or action. A probe shows its
// rows. An action takes its parameters, previews exactly the rows it will
// change, and runs only with the preview's token — after a confirmation that
// fits the risk (a write: this dialog's Run; destructive on a protected
// profile: the profile's name typed). Database work runs off the GUI thread;
// intent and outcome go to the incident's timeline.
#include "actions/BlobCleanup.h"
#include "actions/MissingBlobs.h"
#include "connectors/SqlRunner.h"
#include "connectors/VercelBlobClient.h"
#include "wiring/Wiring.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QUrl>
#include <functional>
#include <optional>

class IncidentSession;
class MissingBlobs;
class QProgressBar;

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    ActionDialog(const Binding &binding, const Profile &profile, SqlTarget target, IncidentSession *session, QWidget *parent = nullptr);
    // A blob store step: a token check (blob_list), the orphans (blob_orphans),
    // or deleting them (blob_delete, after a preview and its token).
    ActionDialog(const Binding &binding, const Profile &profile, const QUrl &blobBase, const QString &blobToken,
                 std::optional<SqlTarget> database, const QString &prefix, IncidentSession *session, QWidget *parent = nullptr);
    // A blob_head_each probe shows the rows whose blob is gone; an action with
    // ids_from previews exactly those ids (unless parameters are typed).
    ActionDialog(const Binding &binding, const Profile &profile, SqlTarget target, const BlobCheck &check, IncidentSession *session,
                 QWidget *parent = nullptr);
    // A read-only probe whose rows `work` makes off the GUI thread (a file read, say).
    ActionDialog(const Binding &binding, const Profile &profile, std::function<Result<SqlTable>()> work, QWidget *parent = nullptr);
    // A read-only probe that asks a service (Svix, Stripe, a log source) on
    // the GUI thread without blocking it: `start` gets an owner for its client
    // objects and reports rows and a one-line summary. With a dashboard URL, a
    // button opens it beside the rows.
    struct Rows
    {
        SqlTable table;
        QString summary;
    };
    using AsyncWork = std::function<void(QObject *owner, std::function<void(Result<Rows>)> done)>;
    ActionDialog(const Binding &binding, const Profile &profile, AsyncWork start, const QString &dashboardUrl, QWidget *parent = nullptr);
    // An HTTP probe of one of the app's routes; bound as an action (a cron
    // route runs its job when called), it names the call and waits for Call.
    ActionDialog(const Binding &binding, const Profile &profile, const QUrl &url, const QString &bearer, IncidentSession *session,
                 QWidget *parent = nullptr);

private:
    void runProbe();
    void runHttpProbe(const QUrl &url, const QString &bearer, const QString &callToken = {});
    void build(const Profile &profile);
    void addDashboardButton(const QString &url);
    void showBlobs(const QList<BlobInfo> &blobs);
    void preview();
    void run();
    void showTable(const SqlTable &table);
    SqlAction action() const;
    void updateRunButton();

    Binding m_binding;
    QString m_profileName;
    bool m_needsProfileName = false;
    SqlTarget m_target;
    IncidentSession *m_session;
    QString m_token;
    QLineEdit *m_params;
    QLineEdit *m_profileConfirm;
    QPushButton *m_previewButton;
    QPushButton *m_runButton;
    QTableView *m_table;
    QLabel *m_status;
    BlobCleanup *m_cleanup = nullptr;
    QList<BlobInfo> m_orphans;
    QString m_prefix;
    QString m_incident; // where the running action's intent went: its outcome goes there too
    // Writes the intent, then (once it is in the store) starts the action.
    void startRecorded(const QString &actionId, const QString &inputs, std::function<void()> start);
    void recordOutcome(const QString &actionId, const QString &result, qint64 ms);
    MissingBlobs *m_missing = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    BlobCheck m_check;
    QElapsedTimer m_runTimer;
    void startBlobCheck();
};
