#pragma once
// SvixClient: the part of the Svix API that delivers Clerk's webhooks, as
// apis.md describes it — an endpoint's failed attempts (iterator paging),
// resending one message, and recovering every failed message since a time
// (a background task polled until it ends). `Authorization: Bearer <token>`,
// an Idempotency-Key on every POST, retries and timeouts through
// HttpRequester; errors {"code","detail"} become messages without the token.
//
// Resend and recover change what the app receives, so they run only with the
// token StepRunner issued over the previewed list's digest (digestFor): a
// list that changed since the preview is refused.
#include "net/HttpRequester.h"
#include "base/Result.h"

#include <QDateTime>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

struct SvixAttempt
{
    QString id;
    QString msgId;
    QString endpointId;
    QString url;
    int responseStatusCode = 0;
    qint64 responseDurationMs = 0;
    int status = 0; // 0 success, 1 pending, 2 fail, 3 sending
    QDateTime timestamp;
};

class SvixClient : public QObject
{
    Q_OBJECT
public:
    SvixClient(QUrl base, QString token, HttpRequester::Policy policy = {}, QObject *parent = nullptr);
    void setPageSize(int n) { m_pageSize = n; }
    // How often a recover task is polled, and for how long at most.
    void setPolling(int intervalMs, int maxPolls)
    {
        m_pollMs = intervalMs;
        m_maxPolls = maxPolls;
    }

    using AttemptsDone = std::function<void(Result<QList<SvixAttempt>>)>;
    // The endpoint's failed attempts (status=2) at or after `since` (all when invalid), newest first.
    void failedAttempts(const QString &app, const QString &endpoint, const QDateTime &since, AttemptsDone done, int maxAttempts = 10'000);
    // Resends each message in `msgIds` once, in order; `progress(sent, total)`; `done` gets how many were resent.
    void resend(const QString &app, const QString &endpoint, const QStringList &msgIds, const QString &token,
                std::function<void(int, int)> progress, std::function<void(Result<int>)> done);
    // Asks Svix to resend every failed message since `since` — if the failed
    // messages since then are still the previewed ones — then polls the task; `progress(status)` on every poll; `done` gets "finished".
    void recover(const QString &app, const QString &endpoint, const QDateTime &since, const QString &token,
                 std::function<void(const QString &)> progress, std::function<void(Result<QString>)> done);
    void cancel();

    void setActionId(const QString &id) { m_actionId = id; }
    // What a previewed list of messages (and the time a recover starts from) is confirmed by.
    static QString digestFor(const QString &actionId, const QStringList &msgIds, const QDateTime &since = {});
    static QStringList messageIds(const QList<SvixAttempt> &attempts);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    QNetworkRequest postRequest(const QString &path) const;
    QString errorOf(const HttpResponse &r) const;
    void attemptsPage(const QString &app, const QString &endpoint, const QDateTime &since, const QString &iterator,
                      QList<SvixAttempt> acc, AttemptsDone done, int maxAttempts);
    void resendNext(QString app, QString endpoint, QStringList rest, int sent, int total, std::function<void(int, int)> progress,
                    std::function<void(Result<int>)> done);
    void startRecover(const QString &app, const QString &endpoint, const QDateTime &since, std::function<void(const QString &)> progress,
                      std::function<void(Result<QString>)> done);
    void taskStatus(const QString &taskId, const QString &status, int polls, std::function<void(const QString &)> progress,
                    std::function<void(Result<QString>)> done);
    void poll(const QString &taskId, int polls, std::function<void(const QString &)> progress, std::function<void(Result<QString>)> done);

    QUrl m_base;
    QString m_token;
    HttpRequester *m_http;
    QString m_actionId;
    int m_pageSize = 100;
    int m_pollMs = 1000;
    int m_maxPolls = 120;
    QTimer *m_pollTimer = nullptr;
    std::function<void()> m_pollCancelled;
    bool m_cancelled = false;
};
