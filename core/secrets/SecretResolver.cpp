#include "secrets/SecretResolver.h"

#include <QHash>

#include "secrets/Redactor.h"

#include <QMutex>
#include <QRegularExpression>

namespace {
QMutex mutex;
std::shared_ptr<SecretBackend> backend;

bool splitKeychain(const QString &ref, QString &service, QString &account)
{
    const QString rest = ref.mid(9);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == rest.size() - 1)
        return false;
    service = rest.left(slash);
    account = rest.mid(slash + 1);
    return true;
}
} // namespace

void SecretResolver::setKeychain(std::shared_ptr<SecretBackend> b)
{
    forgetKeychainValues(); // values of another back end
    QMutexLocker l(&mutex);
    backend = std::move(b);
}

std::shared_ptr<SecretBackend> SecretResolver::keychain()
{
    QMutexLocker l(&mutex);
    return backend;
}

namespace {
QMutex &keychainCacheLock()
{
    static QMutex m;
    return m;
}
QHash<QString, QString> &keychainCache()
{
    static QHash<QString, QString> c;
    return c;
}
} // namespace

void SecretResolver::forgetKeychainValues()
{
    const QMutexLocker locker(&keychainCacheLock());
    keychainCache().clear();
}

bool SecretResolver::isReference(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^(env:[A-Za-z_][A-Za-z0-9_]*|keychain:[^/\\s]+/\\S+|demo:[a-z_]+)$"));
    return re.match(value).hasMatch();
}

bool SecretResolver::looksLikeSecret(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(
        "^(sk_live_|sk_test_|rk_live_|rk_test_|whsec_|vercel_blob_rw_|ghp_|github_pat_|xox[bap]-|glpat-|AKIA[0-9A-Z]{12})"));
    return re.match(value.trimmed()).hasMatch();
}

QString SecretResolver::demoSecret(const QString &name)
{
    // Not a secret: a fixed value the loopback demo backend accepts, so the
    // demo works with nothing set — and the value is useless anywhere else.
    return QStringLiteral("demo-only-%1-localonly").arg(name);
}

bool SecretResolver::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return url.isValid() && (host == QStringLiteral("127.0.0.1") || host == QStringLiteral("::1") || host == QStringLiteral("localhost"));
}

bool SecretResolver::isLocalDatabaseHost(const QString &host)
{
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")
        || host == QLatin1String("::1");
}

const QStringList &SecretResolver::sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                                      QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

QString SecretResolver::databaseTransportRefusal(const QString &where, const QString &host, const QString &sslmode, bool isProtected)
{
    if (!sslmode.isEmpty() && !sslModes().contains(sslmode))
        return tr("%1: sslmode \"%2\" is not one of %3").arg(where, sslmode, sslModes().join(QStringLiteral(", ")));
    const bool encrypted = sslmode == QLatin1String("require") || sslmode == QLatin1String("verify-ca") || sslmode == QLatin1String("verify-full");
    if (encrypted || (!isProtected && isLocalDatabaseHost(host)))
        return {};
    const QString mode = sslmode.isEmpty() ? tr("no sslmode") : tr("sslmode %1").arg(sslmode);
    return isProtected
               ? tr("%1: a protected profile's database connection must be encrypted; with %2 the password could cross the network in clear text. "
                    "Set sslmode: verify-full (or require)")
                     .arg(where, mode)
               : tr("%1: %2 is not this machine; with %3 the password could cross the network in clear text. Set sslmode: verify-full (or require)")
                     .arg(where, host, mode);
}

Result<QString> SecretResolver::resolveFor(const QString &ref, const QString &where, const QUrl &destination)
{
    // Credentials travel encrypted, or stay on this machine: never plain http elsewhere.
    if (destination.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && !isLoopback(destination))
        return Result<QString>::failure(tr("%1: credentials go over https only (or to this machine), not to %2")
                                            .arg(where, destination.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)));
    if (ref.startsWith(QStringLiteral("demo:"))) {
        if (!isLoopback(destination))
            return Result<QString>::failure(
                tr("%1: demo: secrets are for the demo backend on this machine only, not for %2").arg(where, destination.host().isEmpty() ? tr("this connector") : destination.host()));
        return demoSecret(ref.mid(5));
    }
    return resolve(ref, where);
}

Result<QString> SecretResolver::resolve(const QString &ref, const QString &where)
{
    if (ref.startsWith(QStringLiteral("demo:")))
        return Result<QString>::failure(tr("%1: demo: secrets are for the demo backend on this machine only").arg(where));
    if (ref.startsWith(QStringLiteral("env:"))) {
        const QString name = ref.mid(4);
        if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData()) || qEnvironmentVariable(name.toLocal8Bit().constData()).isEmpty())
            return Result<QString>::failure(tr("%1: environment variable %2 is not set").arg(where, name));
        const QString v = qEnvironmentVariable(name.toLocal8Bit().constData());
        Redactor::add(v);
        return v;
    }
    if (ref.startsWith(QStringLiteral("keychain:"))) {
        QString service, account;
        if (!splitKeychain(ref, service, account))
            return Result<QString>::failure(tr("%1: \"%2\" is not a keychain reference (keychain:SERVICE/ACCOUNT)").arg(where, ref));
        // Read once (at load, off the GUI thread), then kept in memory: a later use does not wait for the keychain.
        {
            const QMutexLocker locker(&keychainCacheLock());
            if (const auto it = keychainCache().constFind(ref); it != keychainCache().constEnd())
                return *it;
        }
        const auto b = keychain();
        if (!b)
            return Result<QString>::failure(tr("%1: no keychain is available for %2 (use env: instead)").arg(where, ref));
        auto v = b->read(service, account);
        if (!v)
            return Result<QString>::failure(tr("%1: keychain %2: %3").arg(where, ref, v.error()));
        Redactor::add(v.value());
        const QMutexLocker locker(&keychainCacheLock());
        keychainCache().insert(ref, v.value());
        return v;
    }
    return Result<QString>::failure(tr("%1: a secret must be a reference (env:NAME, keychain:SERVICE/ACCOUNT or, for the demo, demo:NAME)").arg(where));
}

bool SecretResolver::isSet(const QString &ref)
{
    if (ref.startsWith(QStringLiteral("demo:")))
        return true;
    if (ref.startsWith(QStringLiteral("env:")))
        return !qEnvironmentVariable(ref.mid(4).toLocal8Bit().constData()).isEmpty();
    QString service, account;
    if (ref.startsWith(QStringLiteral("keychain:")) && splitKeychain(ref, service, account))
        if (const auto b = keychain())
            return b->has(service, account);
    return false;
}
