#pragma once
// SecretResolver: turns a secret reference from a wiring file into its value —
// "env:NAME" from the environment, "keychain:SERVICE/ACCOUNT" from a keychain
// back end (QtKeychain in the app; core only knows this interface). Every
// value resolved is registered with the Redactor. Errors name the reference,
// never a value.
#include "base/Result.h"

#include <QCoreApplication>
#include <QUrl>
#include <memory>

class SecretBackend
{
public:
    virtual ~SecretBackend() = default;
    // Blocking read; keychains answer locally. Error text when locked/missing.
    virtual Result<QString> read(const QString &service, const QString &account) = 0;
    virtual Status write(const QString &service, const QString &account, const QString &value) = 0;
    virtual bool has(const QString &service, const QString &account) = 0;
};

class SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(SecretResolver)

public:
    // The keychain back end, if any (tests install a fake one).
    static void setKeychain(std::shared_ptr<SecretBackend> backend);
    // Keychain values are read once and kept in memory; after a value is
    // stored anew (Settings → Secrets…) or for tests, forget them.
    static void forgetKeychainValues();
    static std::shared_ptr<SecretBackend> keychain();

    static bool isReference(const QString &value);
    // `where` names the place for messages ("profile production, connector logs, api_key").
    // "demo:NAME" is refused here: it is only valid for a loopback destination (resolveFor).
    static Result<QString> resolve(const QString &reference, const QString &where);
    // As resolve(), for a secret sent to `destination` — the one guard every
    // credential passes, whatever its source: refused for plain http to any
    // host but this machine; "demo:NAME" resolves to demoSecret(NAME) when the
    // destination is this machine (127.0.0.1, ::1, localhost) only.
    static Result<QString> resolveFor(const QString &reference, const QString &where, const QUrl &destination);
    // The value the demo backend accepts for demo:NAME — public, useless elsewhere.
    static QString demoSecret(const QString &name);
    static bool isLoopback(const QUrl &url);
    // A database host on this machine: empty or a socket directory (libpq's
    // Unix socket), localhost, 127.0.0.1, ::1.
    static bool isLocalDatabaseHost(const QString &host);
    // The one rule for a database connection, whatever carries the password
    // (the wiring, PGPASSWORD, ~/.pgpass): a protected profile, or a host that
    // is not this machine, needs sslmode require, verify-ca or verify-full.
    // Empty when allowed, else why not (for `where`).
    static QString databaseTransportRefusal(const QString &where, const QString &host, const QString &sslmode, bool isProtected);
    static const QStringList &sslModes(); // disable, allow, prefer, require, verify-ca, verify-full
    // Whether a reference has a value now (env set, keychain entry present) — without reading it.
    static bool isSet(const QString &reference);
    // A literal that looks like a credential (sk_live_…, vercel_blob_rw_…, whsec_…, ghp_…).
    static bool looksLikeSecret(const QString &value);
};
