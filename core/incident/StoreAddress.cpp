#include "incident/StoreAddress.h"

#include "secrets/SecretResolver.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {
const QStringList &allowedOptions()
{
    static const QStringList o = {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
                                  QStringLiteral("sslkey"), QStringLiteral("sslcrl"), QStringLiteral("sslcrldir"),
                                  QStringLiteral("sslsni"), QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
                                  QStringLiteral("target_session_attrs"), QStringLiteral("gssencmode"), QStringLiteral("channel_binding"),
                                  QStringLiteral("krbsrvname"), QStringLiteral("require_auth")};
    return o;
}
} // namespace

bool StoreAddress::isTeam(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) || t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<StoreAddress> StoreAddress::parse(const QString &input)
{
    using R = Result<StoreAddress>;
    const QString text = input.trimmed();
    StoreAddress a;
    if (text.isEmpty())
        return R::failure(tr("the incident store address is empty"));
    static const QRegularExpression schemeRe(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+)://"));
    const auto m = schemeRe.match(text);
    if (!m.hasMatch()) {
        a.kind = Kind::File;
        a.path = text;
        return a;
    }
    const QString scheme = m.captured(1).toLower();
    if (scheme == QLatin1String("file")) {
        const QUrl url(text);
        if (!url.isValid() || !url.isLocalFile() || url.toLocalFile().isEmpty())
            return R::failure(tr("%1 is not a local file address").arg(text));
        a.kind = Kind::File;
        a.path = url.toLocalFile();
        return a;
    }
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return R::failure(tr("this build cannot open an incident store at %1: \"%2://\" is not a kind of store it knows "
                             "(a file path, or postgresql://user@host/database)").arg(text.left(200), scheme));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return R::failure(tr("%1 is not a valid PostgreSQL address (%2)").arg(text.left(200), url.errorString()));
    if (!url.password().isEmpty())
        return R::failure(tr("the store address holds a password; leave it out and keep it in the keychain (Settings → Incident store), "
                             "PGPASSWORD or ~/.pgpass"));
    a.kind = Kind::PostgreSQL;
    a.host = url.host();
    a.port = url.port(0);
    a.user = url.userName();
    a.database = url.path().mid(1);
    if (a.database.contains(QLatin1Char('/')))
        return R::failure(tr("%1: the database name \"%2\" holds a \"/\"").arg(url.toDisplayString(QUrl::RemovePassword), a.database));
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        const QString key = item.first, value = item.second;
        if (key == QLatin1String("password")) {
            if (!SecretResolver::isReference(value))
                return R::failure(tr("the store address holds a password; use password=keychain:SERVICE/ACCOUNT or env:NAME, "
                                     "or leave it out (Settings → Incident store, PGPASSWORD, ~/.pgpass)"));
            a.passwordRef = value;
            continue;
        }
        if (key == QLatin1String("host")) { // libpq's way to name a socket folder
            a.host = value;
            continue;
        }
        if (!allowedOptions().contains(key))
            return R::failure(tr("%1: \"%2\" is not a connection parameter the store accepts (%3)")
                                  .arg(a.display(), key, allowedOptions().join(QStringLiteral(", "))));
        static const QRegularExpression plain(QStringLiteral("^[^\\s;'\"\\\\]{1,500}$"));
        if (!plain.match(value).hasMatch())
            return R::failure(tr("%1: the value of %2 holds spaces, quotes or \";\"").arg(a.display(), key));
        a.options.insert(key, value);
    }
    // Whatever carries the password (keychain, PGPASSWORD, ~/.pgpass), it goes
    // to a host off this machine only encrypted.
    if (const QString refusal = SecretResolver::databaseTransportRefusal(a.display(), a.host, a.effectiveSslMode(), false); !refusal.isEmpty())
        return R::failure(refusal);
    return a;
}

bool StoreAddress::isLocalHost() const
{
    return SecretResolver::isLocalDatabaseHost(host);
}

QString StoreAddress::effectiveSslMode() const
{
    if (options.contains(QStringLiteral("sslmode")))
        return options.value(QStringLiteral("sslmode"));
    const QString env = qEnvironmentVariable("PGSSLMODE");
    if (isLocalHost())
        return env;
    // Off this machine: verify-full unless the environment asks for another encrypted mode.
    return env == QLatin1String("require") || env == QLatin1String("verify-ca") ? env : QStringLiteral("verify-full");
}

QString StoreAddress::display() const
{
    if (kind == Kind::File)
        return QDir::toNativeSeparators(path);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!host.startsWith(QLatin1Char('/')))
        url.setHost(host);
    if (port)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery q;
    if (host.startsWith(QLatin1Char('/')))
        q.addQueryItem(QStringLiteral("host"), host);
    for (auto it = options.begin(); it != options.end(); ++it)
        q.addQueryItem(it.key(), it.value());
    if (!passwordRef.isEmpty())
        q.addQueryItem(QStringLiteral("password"), passwordRef);
    url.setQuery(q);
    return url.toString();
}

QString StoreAddress::keychainAccount() const
{
    return QStringLiteral("incident-store:%1@%2:%3/%4").arg(user, host.isEmpty() ? QStringLiteral("localhost") : host).arg(port ? port : 5432).arg(database);
}

QMap<QString, QString> StoreAddress::connectOptions() const
{
    QMap<QString, QString> o = options;
    if (const QString mode = effectiveSslMode(); !mode.isEmpty())
        o.insert(QStringLiteral("sslmode"), mode);
    if (!o.contains(QStringLiteral("connect_timeout")) && qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT"))
        o.insert(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    if (!o.contains(QStringLiteral("application_name")))
        o.insert(QStringLiteral("application_name"), QStringLiteral("runbook-assistant"));
    o.insert(QStringLiteral("keepalives"), QStringLiteral("1"));
    o.insert(QStringLiteral("keepalives_idle"), QStringLiteral("5"));
    o.insert(QStringLiteral("keepalives_interval"), QStringLiteral("2"));
    o.insert(QStringLiteral("keepalives_count"), QStringLiteral("3"));
    // A write to a server that went away without a word fails after 8 s instead of hanging.
    o.insert(QStringLiteral("tcp_user_timeout"), QStringLiteral("8000"));
    return o;
}
