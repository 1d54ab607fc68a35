#include "secrets/SecretResolver.h"

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
    QMutexLocker l(&mutex);
    backend = std::move(b);
}

std::shared_ptr<SecretBackend> SecretResolver::keychain()
{
    QMutexLocker l(&mutex);
    return backend;
}

bool SecretResolver::isReference(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^(env:[A-Za-z_][A-Za-z0-9_]*|keychain:[^/\\s]+/\\S+)$"));
    return re.match(value).hasMatch();
}

bool SecretResolver::looksLikeSecret(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(
        "^(sk_live_|sk_test_|rk_live_|rk_test_|whsec_|vercel_blob_rw_|ghp_|github_pat_|xox[bap]-|glpat-|AKIA[0-9A-Z]{12})"));
    return re.match(value.trimmed()).hasMatch();
}

Result<QString> SecretResolver::resolve(const QString &ref, const QString &where)
{
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
        const auto b = keychain();
        if (!b)
            return Result<QString>::failure(tr("%1: no keychain is available for %2 (use env: instead)").arg(where, ref));
        auto v = b->read(service, account);
        if (!v)
            return Result<QString>::failure(tr("%1: keychain %2: %3").arg(where, ref, v.error()));
        Redactor::add(v.value());
        return v;
    }
    return Result<QString>::failure(tr("%1: a secret must be a reference (env:NAME or keychain:SERVICE/ACCOUNT)").arg(where));
}

bool SecretResolver::isSet(const QString &ref)
{
    if (ref.startsWith(QStringLiteral("env:")))
        return !qEnvironmentVariable(ref.mid(4).toLocal8Bit().constData()).isEmpty();
    QString service, account;
    if (ref.startsWith(QStringLiteral("keychain:")) && splitKeychain(ref, service, account))
        if (const auto b = keychain())
            return b->has(service, account);
    return false;
}
