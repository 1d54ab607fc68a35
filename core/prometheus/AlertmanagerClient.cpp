#include "prometheus/AlertmanagerClient.h"

#include "secrets/SecretResolver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("AlertmanagerClient", s);
}

QDateTime time(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QMap<QString, QString> stringMap(const QJsonValue &v)
{
    QMap<QString, QString> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QJsonObject mapJson(const QMap<QString, QString> &m)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

QString Alert::summary() const
{
    for (const char *key : {"summary", "message", "description"})
        if (const QString v = annotations.value(QLatin1String(key)); !v.isEmpty())
            return v;
    return {};
}

QJsonObject Alert::toJson() const
{
    QJsonObject status{{QStringLiteral("state"), state}, {QStringLiteral("silencedBy"), QJsonArray::fromStringList(silencedBy)}};
    QJsonArray recv;
    for (const QString &r : receivers)
        recv.append(QJsonObject{{QStringLiteral("name"), r}});
    return {{QStringLiteral("fingerprint"), fingerprint},
            {QStringLiteral("labels"), mapJson(labels)},
            {QStringLiteral("annotations"), mapJson(annotations)},
            {QStringLiteral("startsAt"), iso(startsAt)},
            {QStringLiteral("endsAt"), iso(endsAt)},
            {QStringLiteral("updatedAt"), iso(updatedAt)},
            {QStringLiteral("status"), status},
            {QStringLiteral("receivers"), recv},
            {QStringLiteral("generatorURL"), generatorUrl}};
}

Result<Alert> Alert::fromJson(const QJsonObject &o)
{
    Alert a;
    a.fingerprint = o.value(QStringLiteral("fingerprint")).toString();
    if (a.fingerprint.isEmpty())
        return Result<Alert>::failure(tr("fingerprint: missing"));
    if (!o.value(QStringLiteral("labels")).isObject())
        return Result<Alert>::failure(tr("labels: expected an object"));
    a.labels = stringMap(o.value(QStringLiteral("labels")));
    a.annotations = stringMap(o.value(QStringLiteral("annotations")));
    a.startsAt = time(o, "startsAt");
    a.endsAt = time(o, "endsAt");
    a.updatedAt = time(o, "updatedAt");
    if (!a.startsAt.isValid())
        return Result<Alert>::failure(tr("startsAt: not an RFC 3339 time"));
    const QJsonObject status = o.value(QStringLiteral("status")).toObject();
    a.state = status.value(QStringLiteral("state")).toString();
    for (const QJsonValue &v : status.value(QStringLiteral("silencedBy")).toArray())
        a.silencedBy.append(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("receivers")).toArray())
        a.receivers.append(v.toObject().value(QStringLiteral("name")).toString());
    a.generatorUrl = o.value(QStringLiteral("generatorURL")).toString();
    return a;
}

QJsonObject Silence::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("state"), state},
            {QStringLiteral("matchers"), QJsonArray::fromStringList(matchers)},
            {QStringLiteral("startsAt"), iso(startsAt)},
            {QStringLiteral("endsAt"), iso(endsAt)},
            {QStringLiteral("createdBy"), createdBy},
            {QStringLiteral("comment"), comment}};
}

HttpRequester::Policy AlertmanagerClient::defaultPolicy()
{
    HttpRequester::Policy p;
    p.timeoutMs = 10'000;
    p.maxRetries = 0; // the poller backs off itself
    p.maxBodyBytes = 16'000'000;
    return p;
}

AlertmanagerClient::AlertmanagerClient(QUrl base, Auth auth, HttpRequester::Policy policy, QObject *parent)
    : QObject(parent), m_base(std::move(base)), m_auth(std::move(auth)), m_http(new HttpRequester(QStringLiteral("Alertmanager"), policy, this))
{
}

Result<AlertmanagerClient::Auth> AlertmanagerClient::resolveToken(const QString &url, const QString &tokenReference)
{
    using R = Result<Auth>;
    const QUrl u(url.trimmed());
    if (url.trimmed().isEmpty())
        return R::failure(tr("no Alertmanager is set (Settings → Alerts, or --alertmanager URL)"));
    if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) || u.host().isEmpty())
        return R::failure(tr("\"%1\" is not an http(s) URL of an Alertmanager").arg(url));
    Auth auth;
    if (!tokenReference.isEmpty()) {
        const auto token = SecretResolver::resolveFor(tokenReference, tr("the Alertmanager token"), u);
        if (!token)
            return R::failure(token.error());
        auth.bearer = token.value();
    }
    return auth;
}

Result<AlertmanagerClient *> AlertmanagerClient::create(const QString &url, const QString &tokenReference, QObject *parent)
{
    const auto auth = resolveToken(url, tokenReference);
    if (!auth)
        return Result<AlertmanagerClient *>::failure(auth.error());
    return new AlertmanagerClient(QUrl(url.trimmed()), auth.value(), defaultPolicy(), parent);
}

Result<QString> AlertmanagerClient::matcher(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(=~|!~|!=|=)\\s*(.*?)\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return Result<QString>::failure(tr("\"%1\" is not a label matcher (name=value, name=~regex, name!=value)").arg(text));
    QString value = m.captured(3);
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        value = value.mid(1, value.size() - 2);
    else
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("%1%2\"%3\"").arg(m.captured(1), m.captured(2), value);
}

QNetworkRequest AlertmanagerClient::request(const QString &path, const QUrlQuery &query) const
{
    return apiRequest(m_base, path, query, m_auth);
}

Result<QJsonDocument> AlertmanagerClient::reply(const HttpResponse &r, const QString &what) const
{
    using R = Result<QJsonDocument>;
    const QString type = contentTypeOf(r);
    const bool html = type.contains(QLatin1String("html"), Qt::CaseInsensitive);
    if (!r.ok()) {
        if (r.status != 0 && html)
            return R::failure(tr("%1: HTTP %2 with an HTML page, not Alertmanager's API (is the URL the Alertmanager, behind no login page?)")
                                  .arg(what).arg(r.status));
        // The API's errors are a JSON string ("bad matcher format: …").
        const QJsonDocument d = QJsonDocument::fromJson("[" + r.body + "]");
        if (r.status != 0 && d.isArray() && d.array().size() == 1 && d.array().at(0).isString())
            return R::failure(tr("%1: HTTP %2: Alertmanager says %3").arg(what).arg(r.status).arg(d.array().at(0).toString()));
        return R::failure(r.error);
    }
    if (html)
        return R::failure(tr("%1: answered with an HTML page, not Alertmanager's API (is the URL the Alertmanager, behind no login page?)").arg(what));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return R::failure(tr("%1: the answer is not JSON (%2 at byte %3)").arg(what, pe.errorString()).arg(pe.offset));
    if (!doc.isArray())
        return R::failure(tr("%1: expected a JSON array").arg(what));
    return doc;
}

void AlertmanagerClient::alerts(const Filter &filter, std::function<void(Result<QList<Alert>>)> done)
{
    using R = Result<QList<Alert>>;
    QUrlQuery q;
    for (const QString &m : filter.matchers) {
        const auto checked = matcher(m);
        if (!checked)
            return done(R::failure(checked.error()));
        q.addQueryItem(QStringLiteral("filter"), QString::fromLatin1(QUrl::toPercentEncoding(checked.value())));
    }
    if (!filter.receiver.isEmpty())
        q.addQueryItem(QStringLiteral("receiver"), QString::fromLatin1(QUrl::toPercentEncoding(filter.receiver)));
    q.addQueryItem(QStringLiteral("active"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("silenced"), filter.silenced ? QStringLiteral("true") : QStringLiteral("false"));
    q.addQueryItem(QStringLiteral("inhibited"), filter.inhibited ? QStringLiteral("true") : QStringLiteral("false"));
    const QString what = QStringLiteral("Alertmanager %1/api/v2/alerts").arg(m_base.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash));
    m_http->get(request(QStringLiteral("/api/v2/alerts"), q), [this, what, done](const HttpResponse &r) {
        const auto doc = reply(r, what);
        if (!doc)
            return done(R::failure(doc.error()));
        QList<Alert> out;
        const QJsonArray items = doc->array();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const auto a = Alert::fromJson(items.at(i).toObject());
            if (!a)
                return done(R::failure(tr("%1: alert %2: %3").arg(what).arg(i).arg(a.error())));
            out.append(a.value());
        }
        std::sort(out.begin(), out.end(), [](const Alert &a, const Alert &b) { return a.startsAt > b.startsAt; });
        done(out);
    });
}

void AlertmanagerClient::silences(std::function<void(Result<QList<Silence>>)> done)
{
    using R = Result<QList<Silence>>;
    const QString what = QStringLiteral("Alertmanager %1/api/v2/silences").arg(m_base.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash));
    m_http->get(request(QStringLiteral("/api/v2/silences"), {}), [this, what, done](const HttpResponse &r) {
        const auto doc = reply(r, what);
        if (!doc)
            return done(R::failure(doc.error()));
        QList<Silence> out;
        for (const QJsonValue &v : doc->array()) {
            const QJsonObject o = v.toObject();
            Silence s;
            s.id = o.value(QStringLiteral("id")).toString();
            s.state = o.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString();
            for (const QJsonValue &m : o.value(QStringLiteral("matchers")).toArray()) {
                const QJsonObject mo = m.toObject();
                const bool regex = mo.value(QStringLiteral("isRegex")).toBool();
                const bool equal = mo.value(QStringLiteral("isEqual")).toBool(true);
                const QString op = regex ? (equal ? QStringLiteral("=~") : QStringLiteral("!~")) : (equal ? QStringLiteral("=") : QStringLiteral("!="));
                s.matchers.append(QStringLiteral("%1%2\"%3\"").arg(mo.value(QStringLiteral("name")).toString(), op, mo.value(QStringLiteral("value")).toString()));
            }
            s.startsAt = time(o, "startsAt");
            s.endsAt = time(o, "endsAt");
            s.createdBy = o.value(QStringLiteral("createdBy")).toString();
            s.comment = o.value(QStringLiteral("comment")).toString();
            out.append(s);
        }
        done(out);
    });
}
