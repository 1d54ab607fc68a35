#pragma once
// KeychainBackend: the system keychain through QtKeychain (Secret Service,
// KWallet, macOS Keychain, Windows Credential Store) as core's SecretBackend.
// Jobs run asynchronously; calls wait in a local event loop with a timeout so
// a missing or locked keychain gives an error, not a hang.
#include "secrets/SecretResolver.h"

class KeychainBackend : public SecretBackend
{
public:
    Result<QString> read(const QString &service, const QString &account) override;
    Status write(const QString &service, const QString &account, const QString &value) override;
    bool has(const QString &service, const QString &account) override;
};
