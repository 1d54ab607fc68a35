#pragma once
// AlertmanagerClient: the firing alerts and the silences of an Alertmanager,
// over its API v2 as it documents them (GET /api/v2/alerts with filter=
// label matchers, receiver=, active/silenced/inhibited; GET /api/v2/silences).
// Read-only. An answer that is not the API's JSON (HTML, a proxy's page) is
// named as such; answers over 16 MB are cut off, never read whole.
#include "base/Result.h"
#include "net/HttpRequester.h"
#include "prometheus/ApiAuth.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QUrl>
#include <functional>

struct Alert
{
    QString fingerprint;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime updatedAt;
    QString state;        // active, suppressed, unprocessed
    QStringList silencedBy;
    QStringList receivers;
    QString generatorUrl;

    QString name() const { return labels.value(QStringLiteral("alertname")); }
    QString severity() const { return labels.value(QStringLiteral("severity")); }
    QString summary() const; // summary, else message, else description
    QString runbookUrl() const { return annotations.value(QStringLiteral("runbook_url")); }
    QJsonObject toJson() const;
    static Result<Alert> fromJson(const QJsonObject &json); // an error names the field
};

Q_DECLARE_METATYPE(Alert)

struct Silence
{
    QString id;
    QString state;        // active, pending, expired
    QStringList matchers; // alertname="X", pod=~"web-.*"
    QDateTime startsAt;
    QDateTime endsAt;
    QString createdBy;
    QString comment;
    QJsonObject toJson() const;
};

class AlertmanagerClient : public QObject
{
    Q_OBJECT
public:
    using Auth = ApiAuth;
    struct Filter
    {
        QStringList matchers; // label matchers: severity="critical", namespace=~"shop|web"
        QString receiver;     // a regex over receiver names, as the API takes it
        bool silenced = false;  // include silenced alerts
        bool inhibited = false; // include inhibited alerts
    };
    AlertmanagerClient(QUrl base, Auth auth, HttpRequester::Policy policy = defaultPolicy(), QObject *parent = nullptr);
    static HttpRequester::Policy defaultPolicy();
    // A client for `url` with the bearer `tokenReference` names (env:NAME,
    // keychain:SERVICE/ACCOUNT; empty: none), resolved for that URL only.
    static Result<AlertmanagerClient *> create(const QString &url, const QString &tokenReference, QObject *parent);
    // What create() checks and resolves, alone (blocking: a keychain may wait; call it off the GUI thread).
    static Result<Auth> resolveToken(const QString &url, const QString &tokenReference);

    void alerts(const Filter &filter, std::function<void(Result<QList<Alert>>)> done);
    void silences(std::function<void(Result<QList<Silence>>)> done);
    void cancel() { m_http->cancelAll(); }
    QUrl base() const { return m_base; }

    // "key=value" / key="value" / key=~"re" / key!="v" → the matcher the API takes, or an error.
    static Result<QString> matcher(const QString &text);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;
    Result<QJsonDocument> reply(const HttpResponse &r, const QString &what) const;

    QUrl m_base;
    Auth m_auth;
    HttpRequester *m_http;
};
