#include "connectors/StripeClient.h"

#include "secrets/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>

StripeClient::StripeClient(QUrl base, QString key, HttpRequester::Policy policy, QObject *parent)
    : QObject(parent), m_base(std::move(base)), m_key(std::move(key)), m_http(new HttpRequester(QStringLiteral("Stripe"), policy, this))
{
    Redactor::add(m_key);
}

QDateTime StripeClient::oldestListable(const QDateTime &now)
{
    return now.addDays(-30);
}

QNetworkRequest StripeClient::request(const QString &path, const QUrlQuery &query) const
{
    return HttpRequester::bearerRequest(m_base, path, query, m_key);
}

QString StripeClient::errorOf(const HttpResponse &r) const
{
    const QJsonObject e = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
    if (r.status != 0 && !e.isEmpty()) {
        const QString code = e.value(QStringLiteral("code")).toString(e.value(QStringLiteral("type")).toString());
        return Redactor::redact(tr("Stripe: %1: %2 (HTTP %3)").arg(code, e.value(QStringLiteral("message")).toString()).arg(r.status));
    }
    return r.error;
}

Result<QJsonObject> StripeClient::listReply(const HttpResponse &r, const QString &path) const
{
    if (!r.ok())
        return Result<QJsonObject>::failure(errorOf(r));
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(r.body, &pe).object();
    if (pe.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(tr("Stripe: malformed reply to %1 (%2 at offset %3)").arg(path, pe.errorString()).arg(pe.offset));
    if (!o.value(QStringLiteral("data")).isArray())
        return Result<QJsonObject>::failure(tr("Stripe: the reply to %1 has no \"data\" list").arg(path));
    return o;
}

void StripeClient::failedEvents(const QString &type, const QDateTime &since, EventsDone done, int maxEvents)
{
    const QDateTime from = std::max(since, oldestListable(QDateTime::currentDateTimeUtc()));
    eventsPage(type, from.toSecsSinceEpoch(), {}, {}, std::move(done), maxEvents);
}

void StripeClient::eventsPage(const QString &type, qint64 createdGte, const QString &after, QList<StripeEvent> acc, EventsDone done, int maxEvents)
{
    QUrlQuery q;
    if (!type.isEmpty())
        q.addQueryItem(QStringLiteral("type"), type);
    q.addQueryItem(QStringLiteral("delivery_success"), QStringLiteral("false"));
    q.addQueryItem(QStringLiteral("created[gte]"), QString::number(createdGte));
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!after.isEmpty())
        q.addQueryItem(QStringLiteral("starting_after"), after);
    const QString path = QStringLiteral("/v1/events");
    m_http->get(request(path, q), [=, this](const HttpResponse &r) mutable {
        const auto o = listReply(r, path);
        if (!o)
            return done(Result<QList<StripeEvent>>::failure(o.error()));
        for (const QJsonValue &v : o->value(QStringLiteral("data")).toArray()) {
            const QJsonObject e = v.toObject();
            StripeEvent ev;
            ev.id = e.value(QStringLiteral("id")).toString();
            ev.type = e.value(QStringLiteral("type")).toString();
            ev.created = QDateTime::fromSecsSinceEpoch(qint64(e.value(QStringLiteral("created")).toDouble()), Qt::UTC);
            ev.pendingWebhooks = e.value(QStringLiteral("pending_webhooks")).toInt();
            ev.data = e.value(QStringLiteral("data")).toObject();
            acc.append(ev);
        }
        if (o->value(QStringLiteral("has_more")).toBool() && !acc.isEmpty() && acc.size() < maxEvents)
            return eventsPage(type, createdGte, acc.last().id, acc, done, maxEvents);
        done(acc);
    });
}

void StripeClient::webhookEndpoints(std::function<void(Result<QList<StripeWebhookEndpoint>>)> done)
{
    const QString path = QStringLiteral("/v1/webhook_endpoints");
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    m_http->get(request(path, q), [=, this](const HttpResponse &r) {
        const auto o = listReply(r, path);
        if (!o)
            return done(Result<QList<StripeWebhookEndpoint>>::failure(o.error()));
        QList<StripeWebhookEndpoint> out;
        for (const QJsonValue &v : o->value(QStringLiteral("data")).toArray()) {
            const QJsonObject e = v.toObject();
            StripeWebhookEndpoint ep;
            ep.id = e.value(QStringLiteral("id")).toString();
            ep.url = e.value(QStringLiteral("url")).toString();
            ep.status = e.value(QStringLiteral("status")).toString();
            for (const QJsonValue &t : e.value(QStringLiteral("enabled_events")).toArray())
                ep.enabledEvents.append(t.toString());
            out.append(ep);
        }
        done(out);
    });
}
