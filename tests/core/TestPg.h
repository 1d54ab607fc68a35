#pragma once
// The PostgreSQL server scripts/test starts (RUNBOOK_TEST_PG="host=… port=…
// user=… dbname=…"): a fresh database per test, as a store address.
#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QtTest>

#include "TestServers.h"

// The test server: scripts/test starts one and sets RUNBOOK_TEST_PG for every
// test; a test run alone (ctest -R, or the executable) starts its own through
// the same helper (scripts/pg-test-server.sh start) and stops it at exit.
// Never a skip: a PostgreSQL test that cannot reach a server fails with why.
inline QString ensureTestPg()
{
    if (!qEnvironmentVariableIsEmpty("RUNBOOK_TEST_PG"))
        return {};
    static const QString failure = startTestServers(QStringLiteral(RUNBOOK_SOURCE_DIR "/scripts/pg-test-server.sh"), "PG_TEST_DIR", 180000);
    return failure;
}

#define REQUIRE_TEST_PG()                                                                                                   \
    do {                                                                                                                    \
        if (const QString why = ensureTestPg(); !why.isEmpty())                                                             \
            QFAIL(qPrintable(why));                                                                                         \
    } while (false)

struct TestPg
{
    QString host;
    int port = 5432;
    QString user;
    QString database;

    static TestPg fromEnvironment()
    {
        TestPg t;
        for (const QString &kv : qEnvironmentVariable("RUNBOOK_TEST_PG").split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString k = kv.section(QLatin1Char('='), 0, 0), v = kv.section(QLatin1Char('='), 1);
            if (k == QLatin1String("host"))
                t.host = v;
            else if (k == QLatin1String("port"))
                t.port = v.toInt();
            else if (k == QLatin1String("user"))
                t.user = v;
            else if (k == QLatin1String("dbname"))
                t.database = v;
        }
        return t;
    }
    // The server's own database, as a store address.
    QString address() const { return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database); }
    // Creates database `name` and returns its address (through `port` when given: a relay).
    QString newStore(const QString &name, int viaPort = 0) const
    {
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-pg-admin"));
            admin.setHostName(host);
            admin.setPort(port);
            admin.setUserName(user);
            admin.setDatabaseName(database);
            if (!admin.open())
                qFatal("cannot reach the test server: %s", qPrintable(admin.lastError().text()));
            QSqlQuery q(admin);
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                qFatal("cannot create a database: %s", qPrintable(q.lastError().text()));
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-pg-admin"));
        return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(viaPort ? viaPort : port).arg(name);
    }
};
