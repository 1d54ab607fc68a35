#include "wiring/ProfileTargets.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "secrets/SecretResolver.h"

namespace ProfileTargets {

Result<LogSource::Setup> logSource(const Profile &profile, const QHash<QString, QString> &vars)
{
    using R = Result<LogSource::Setup>;
    const Connector *logs = profile.logSource();
    if (!logs)
        return R::failure(QCoreApplication::translate("LogSource", "profile %1 has no log source").arg(profile.name));
    const QString where = QCoreApplication::translate("LogSource", "profile %1, connector %2").arg(profile.name, logs->name);
    if (logs->coming)
        return R::failure(QCoreApplication::translate("LogSource", "%1: not available yet (status: coming)").arg(where));
    LogSource::Setup s;
    s.spec = logs->logSourceSpec(vars);
    for (auto it = logs->secrets.begin(); it != logs->secrets.end(); ++it) {
        const auto v = connectorSecret(profile, *logs, it.key(), vars);
        if (!v)
            return R::failure(v.error());
        if (it.key() == QStringLiteral("api_key"))
            s.options.datadogApiKey = v->toUtf8();
        else if (it.key() == QStringLiteral("app_key"))
            s.options.datadogAppKey = v->toUtf8();
        else if (it.key() == QStringLiteral("token"))
            s.options.lokiToken = v->toUtf8();
    }
    // Every key the loader accepts for a log source is applied here.
    s.options.lokiSelector = logs->fields.value(QStringLiteral("selector"));
    s.options.lokiOrgId = logs->fields.value(QStringLiteral("org_id"));
    if (const QString idx = logs->fields.value(QStringLiteral("indexes")); !idx.isEmpty())
        s.options.datadogIndexes = idx.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (logs->fields.contains(QStringLiteral("time_field")))
        s.options.fileFormat.timeField = logs->fields.value(QStringLiteral("time_field"));
    if (logs->fields.contains(QStringLiteral("message_field")))
        s.options.fileFormat.messageField = logs->fields.value(QStringLiteral("message_field"));
    return s;
}

Result<LogSource::Setup> adHocLogSource(const QString &spec, const LogSourceOptions &options)
{
    using R = Result<LogSource::Setup>;
    LogSource::Setup s;
    s.spec = spec;
    s.options = options;
    if (!spec.startsWith(QStringLiteral("datadog:")))
        return s;
    const QUrl destination(spec.mid(8));
    for (const char *name : {"DD_API_KEY", "DD_APP_KEY"}) {
        const QString var = QLatin1String(name);
        if (!SecretResolver::isSet(QStringLiteral("env:") + var))
            continue; // the source says which key is missing, before any request
        const auto v = SecretResolver::resolveFor(QStringLiteral("env:") + var, QCoreApplication::translate("LogSource", "log source %1, %2").arg(spec, var),
                                                  destination);
        if (!v)
            return R::failure(v.error());
        (var == QLatin1String("DD_API_KEY") ? s.options.datadogApiKey : s.options.datadogAppKey) = v->toUtf8();
    }
    return s;
}

Result<SqlTarget> sqlTarget(const Profile &profile, const Connector &c, const QHash<QString, QString> &vars)
{
    SqlTarget t;
    if (c.kind == QStringLiteral("sqlite")) {
        t.driver = QStringLiteral("QSQLITE");
        t.database = c.field(QStringLiteral("path"), vars);
        // A probe must not make an empty database where the app's should be.
        if (!QFileInfo(t.database).isFile())
            return Result<SqlTarget>::failure(QCoreApplication::translate("SqlRunner", "profile %1, connector %2: no SQLite database at %3").arg(profile.name, c.name, t.database));
    } else if (c.kind == QStringLiteral("postgresql")) {
        t.driver = QStringLiteral("QPSQL");
        t.database = c.fields.value(QStringLiteral("database"));
        t.host = c.fields.value(QStringLiteral("host"));
        t.port = c.fields.value(QStringLiteral("port"), QStringLiteral("5432")).toInt();
        t.user = c.fields.value(QStringLiteral("user"));
        const QString sslmode = c.fields.value(QStringLiteral("sslmode"));
        const QString refusal = SecretResolver::databaseTransportRefusal(
            QCoreApplication::translate("Wiring", "profile %1, connector %2").arg(profile.name, c.name), t.host, sslmode, profile.isProtected);
        if (!refusal.isEmpty())
            return Result<SqlTarget>::failure(refusal);
        if (!sslmode.isEmpty())
            t.options = QStringLiteral("sslmode=") + sslmode;
        if (c.secrets.contains(QStringLiteral("password"))) {
            const auto pw = connectorSecret(profile, c, QStringLiteral("password"), vars);
            if (!pw)
                return Result<SqlTarget>::failure(pw.error());
            t.password = pw.value();
        }
    } else {
        return Result<SqlTarget>::failure(QCoreApplication::translate("SqlRunner", "connector %1 is a %2, not a database").arg(c.name, c.kind));
    }
    return t;
}

Result<ApiTarget> apiTarget(const Profile &profile, const Connector &connector, const QHash<QString, QString> &vars)
{
    using R = Result<ApiTarget>;
    ApiTarget t;
    t.base = QUrl(connector.field(QStringLiteral("base_url"), vars));
    if (t.base.scheme() != QLatin1String("http") && t.base.scheme() != QLatin1String("https"))
        return R::failure(QCoreApplication::translate("LogSource", "profile %1, connector %2: base_url \"%3\" is not an http(s) URL")
                              .arg(profile.name, connector.name, t.base.toString()));
    for (const auto &[key, target] : {std::pair{QStringLiteral("token"), &t.auth.bearer}, std::pair{QStringLiteral("password"), &t.auth.password}})
        if (connector.secrets.contains(key)) {
            const auto s = connectorSecret(profile, connector, key, vars, t.base);
            if (!s)
                return R::failure(s.error());
            *target = s.value();
        }
    t.auth.user = connector.field(QStringLiteral("user"), vars);
    return t;
}
} // namespace ProfileTargets
