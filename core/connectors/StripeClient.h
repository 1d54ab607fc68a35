#pragma once
// StripeClient: the read-only part of the Stripe API the runbook needs, as
// apis.md describes it — events whose webhook delivery failed
// (delivery_success=false, created[gte], starting_after paging; Stripe keeps
// 30 days) and the account's webhook endpoints. `Authorization: Bearer sk_…`
// through HttpRequester (timeouts, retries on 429/5xx); errors
// {"error":{"type","code","message"}} become messages without the key.
#include "net/HttpRequester.h"
#include "base/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

struct StripeEvent
{
    QString id;
    QString type;
    QDateTime created;
    int pendingWebhooks = 0;
    QJsonObject data;
};

struct StripeWebhookEndpoint
{
    QString id;
    QString url;
    QString status;
    QStringList enabledEvents;
};

class StripeClient : public QObject
{
    Q_OBJECT
public:
    StripeClient(QUrl base, QString key, HttpRequester::Policy policy = {}, QObject *parent = nullptr);
    void setPageSize(int n) { m_pageSize = n; }

    using EventsDone = std::function<void(Result<QList<StripeEvent>>)>;
    // Events of `type` created at or after `since` whose delivery to some endpoint failed.
    void failedEvents(const QString &type, const QDateTime &since, EventsDone done, int maxEvents = 10'000);
    void webhookEndpoints(std::function<void(Result<QList<StripeWebhookEndpoint>>)> done);
    void cancel() { m_http->cancelAll(); }

    // Stripe lists the events of the last 30 days only; older `since` is moved up to that.
    static QDateTime oldestListable(const QDateTime &now);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    QString errorOf(const HttpResponse &r) const;
    Result<QJsonObject> listReply(const HttpResponse &r, const QString &path) const;
    void eventsPage(const QString &type, qint64 createdGte, const QString &after, QList<StripeEvent> acc, EventsDone done, int maxEvents);

    QUrl m_base;
    QString m_key;
    HttpRequester *m_http;
    int m_pageSize = 100;
};
