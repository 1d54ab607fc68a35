#pragma once
// A keychain held in memory, as a locked or unlocked one would answer; it
// remembers what was asked for.
#include "secrets/SecretResolver.h"

#include <QHash>
#include <QStringList>

class FakeKeychain : public SecretBackend
{
public:
    QHash<QString, QString> entries; // "service/account" → value
    bool locked = false;
    QStringList asked;
    Result<QString> read(const QString &service, const QString &account) override
    {
        const QString key = service + QLatin1Char('/') + account;
        asked.append(key);
        if (locked)
            return Result<QString>::failure(QStringLiteral("the keychain is locked"));
        if (!entries.contains(key))
            return Result<QString>::failure(QStringLiteral("no such entry"));
        return entries.value(key);
    }
    Status write(const QString &service, const QString &account, const QString &value) override
    {
        entries.insert(service + QLatin1Char('/') + account, value);
        return {};
    }
    bool has(const QString &service, const QString &account) override { return entries.contains(service + QLatin1Char('/') + account); }
};
