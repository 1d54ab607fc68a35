#include "secrets/ActionTokens.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLockFile>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

QMutex &lock()
{
    static QMutex m;
    return m;
}
QString &folderOverride()
{
    static QString f;
    return f;
}
qint64 &nowOverride()
{
    static qint64 n = 0;
    return n;
}

QString folder()
{
    return folderOverride().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : folderOverride();
}

qint64 now()
{
    return nowOverride() ? nowOverride() : QDateTime::currentMSecsSinceEpoch();
}

// The key: 32 random bytes, made once, readable by the user only.
QByteArray key()
{
    static QHash<QString, QByteArray> keys; // per folder (tests switch folders)
    const QString dir = folder();
    if (const auto it = keys.constFind(dir); it != keys.constEnd())
        return *it;
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/action-tokens.key");
    QLockFile guard(path + QStringLiteral(".lock"));
    guard.lock();
    QFile f(path);
    QByteArray k;
    if (f.open(QIODevice::ReadOnly))
        k = QByteArray::fromHex(f.readAll().trimmed());
    if (k.size() != 32) {
        k.resize(32);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(k.data()), reinterpret_cast<quint32 *>(k.data() + k.size()));
        QSaveFile out(path);
        if (out.open(QIODevice::WriteOnly)) {
            out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            out.write(k.toHex());
            out.commit();
        }
    }
    keys.insert(dir, k);
    return k;
}

QString mac(const QString &expiry, const QString &digest)
{
    const QByteArray m = QMessageAuthenticationCode::hash(expiry.toUtf8() + '\x1d' + digest.toUtf8(), key(), QCryptographicHash::Sha256);
    return QString::fromLatin1(m.toHex().left(20));
}

} // namespace

QString ActionTokens::issue(const QString &digest)
{
    const QMutexLocker locker(&lock());
    // Expiry and a nonce (two previews of the same thing get two tokens), both under the MAC.
    const QString head = QString::number((now() + LifetimeMs) / 1000, 36) + QLatin1Char('.')
        + QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, QLatin1Char('0'));
    return head + QLatin1Char('.') + mac(head, digest);
}

namespace {
enum class Use { Check, Redeem };

Status validate(const QString &token, const QString &digest, Use use)
{
    if (token.isEmpty())
        return Status::failure(ActionTokens::tr("refused: no confirmation token; preview first"));
    const qsizetype dot = token.lastIndexOf(QLatin1Char('.'));
    bool ok = false;
    const qint64 expirySecs = dot > 0 ? token.section(QLatin1Char('.'), 0, 0).toLongLong(&ok, 36) : 0;
    if (!ok || token.count(QLatin1Char('.')) != 2 || token.size() > 64 || token.mid(dot + 1) != mac(token.left(dot), digest))
        return Status::failure(ActionTokens::tr("refused: the token is not the one of this preview (or what it showed has changed); preview again"));
    if (expirySecs * 1000 < now())
        return Status::failure(ActionTokens::tr("refused: the preview's token has expired (after %n minute(s)); preview again", nullptr,
                                                int(ActionTokens::LifetimeMs / 60'000)));
    // Single use: the used tokens that have not expired yet, shared by every process.
    const QString path = folder() + QStringLiteral("/action-tokens.used");
    QLockFile guard(path + QStringLiteral(".lock"));
    if (!guard.tryLock(5000))
        return Status::failure(ActionTokens::tr("refused: cannot check the token (%1 is locked)").arg(path));
    QStringList kept;
    QFile in(path);
    if (in.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : in.readAll().split('\n')) {
            const QString l = QString::fromLatin1(line.trimmed());
            if (l.isEmpty())
                continue;
            if (l == token)
                return Status::failure(ActionTokens::tr("refused: this token was used already; preview again"));
            if (l.section(QLatin1Char('.'), 0, 0).toLongLong(nullptr, 36) * 1000 >= now())
                kept.append(l);
        }
        in.close();
    }
    if (use == Use::Check)
        return {};
    kept.append(token);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(kept.join(QLatin1Char('\n')).toLatin1() + '\n') < 0 || !out.commit())
        return Status::failure(ActionTokens::tr("refused: cannot record the token as used: %1").arg(out.errorString()));
    return {};
}
} // namespace

Status ActionTokens::redeem(const QString &token, const QString &digest)
{
    const QMutexLocker locker(&lock());
    return validate(token, digest, Use::Redeem);
}

Status ActionTokens::check(const QString &token, const QString &digest)
{
    const QMutexLocker locker(&lock());
    return validate(token, digest, Use::Check);
}

void ActionTokens::setFolderForTesting(const QString &f)
{
    const QMutexLocker locker(&lock());
    folderOverride() = f;
}

void ActionTokens::setNowForTesting(qint64 nowMs)
{
    const QMutexLocker locker(&lock());
    nowOverride() = nowMs;
}
