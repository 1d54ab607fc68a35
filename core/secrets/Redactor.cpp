#include "secrets/Redactor.h"

#include <QReadWriteLock>
#include <QStringList>
#include <cstdio>

namespace Redactor {
namespace {
QReadWriteLock lock;
QStringList secrets; // longest first, so a secret containing another is masked whole
QtMessageHandler previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (previous)
        previous(type, ctx, redact(msg));
}
} // namespace

void add(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QWriteLocker l(&lock);
    if (secrets.contains(secret))
        return;
    secrets.append(secret);
    std::sort(secrets.begin(), secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString redact(const QString &text)
{
    QReadLocker l(&lock);
    if (secrets.isEmpty())
        return text;
    QString out = text;
    for (const QString &s : std::as_const(secrets))
        out.replace(s, mask);
    return out;
}

QByteArray redact(const QByteArray &text)
{
    QReadLocker l(&lock);
    if (secrets.isEmpty())
        return text;
    QByteArray out = text;
    for (const QString &s : std::as_const(secrets))
        out.replace(s.toUtf8(), mask.toUtf8());
    return out;
}

int count()
{
    QReadLocker l(&lock);
    return int(secrets.size());
}

void installMessageHandler()
{
    previous = qInstallMessageHandler(handler);
}

} // namespace Redactor
