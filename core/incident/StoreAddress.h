#pragma once
// StoreAddress: where incidents are kept — a local SQLite file (a path or a
// file:// URL) or a team store on PostgreSQL (postgresql://user@host:port/db
// ?sslmode=…). Anything else is an error, never a file of that name.
#include "base/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

struct StoreAddress
{
    Q_DECLARE_TR_FUNCTIONS(StoreAddress)

public:
    enum class Kind { File, PostgreSQL };
    Kind kind = Kind::File;
    QString path;       // Kind::File
    QString host;       // empty: libpq's default (the local socket)
    int port = 0;       // 0: libpq's default (5432)
    QString user;       // empty: libpq's default (the login name, PGUSER)
    QString database;   // empty: libpq's default (the user name, PGDATABASE)
    QString passwordRef; // env:NAME or keychain:SERVICE/ACCOUNT; empty: the default keychain entry, PGPASSWORD, ~/.pgpass
    QMap<QString, QString> options; // libpq connection parameters (sslmode, sslrootcert, connect_timeout, …)

    // Parses what the user typed (--store, Settings). A password written into
    // the address is refused (it would end up in settings files and shell history).
    static Result<StoreAddress> parse(const QString &text);
    // Whether the text names a team store (postgresql:// or postgres://).
    static bool isTeam(const QString &text);

    bool isTeam() const { return kind == Kind::PostgreSQL; }
    // What messages and the window show: no password, ever.
    QString display() const;
    // The keychain entry Settings → Incident store writes the password to.
    QString keychainAccount() const;
    static QString keychainService() { return QStringLiteral("runbook-assistant"); }
    // The libpq parameters to connect with: the address's own, plus the house
    // defaults — sslmode=verify-full for a host that is not this machine
    // (unless the address or PGSSLMODE says otherwise), a connect timeout and
    // TCP keepalives so an unreachable server is noticed in seconds, not minutes.
    QMap<QString, QString> connectOptions() const;
    bool isLocalHost() const;
    // The sslmode a connection uses: the address's own, else PGSSLMODE; off
    // this machine an unencrypted PGSSLMODE gives way to verify-full.
    QString effectiveSslMode() const;
};
