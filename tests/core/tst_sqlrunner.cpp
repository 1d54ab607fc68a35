// SqlRunner against real databases: a SQLite file, and the PostgreSQL server
// scripts/test starts (RUNBOOK_TEST_PG="host=… port=… user=… dbname=…").
// Probes, the preview/confirmation handshake, rollback when a statement
// fails half-way, parameters with quotes and ;-- stored literally, and the
// action's two timeline entries.
#include "incident/IncidentStore.h"
#include "runbook/RunbookParser.h"
#include "connectors/SqlRunner.h"

#include "TestPg.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestSqlRunner : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    // A fresh database of the app's shape for each test row.
    SqlTarget target(const QString &kind)
    {
        SqlTarget t;
        if (kind == QStringLiteral("sqlite")) {
            t.driver = QStringLiteral("QSQLITE");
            t.database = m_dir.filePath(QStringLiteral("app-%1.sqlite").arg(++m_n));
        } else {
            t.driver = QStringLiteral("QPSQL");
            const TestPg pg = TestPg::fromEnvironment();
            t.host = pg.host;
            t.port = pg.port;
            t.user = pg.user;
            t.database = pg.database;
        }
        return t;
    }

    static void seed(const SqlTarget &t)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(t.driver, QStringLiteral("seed"));
        db.setDatabaseName(t.database);
        db.setHostName(t.host);
        db.setPort(t.port);
        db.setUserName(t.user);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP TABLE IF EXISTS profile_photos"));
            QVERIFY2(q.exec(QStringLiteral("CREATE TABLE profile_photos (id text primary key, user_id text, status text check (status in "
                                           "('uploading','processing','ready','failed')), blob_url text, created_at text, updated_at text)")),
                     qPrintable(q.lastError().text()));
            for (int i = 1; i <= 6; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO profile_photos VALUES ('p%1', 'u%1', '%2', 'https://blob/avatars/users/u%1.png', "
                                              "'2026-11-20', '2026-11-20')").arg(i).arg(i <= 4 ? QStringLiteral("ready") : QStringLiteral("uploading"))));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    }

    static QString statusOf(SqlRunner &r, const QString &id)
    {
        const auto t = r.probe(QStringLiteral("SELECT status FROM profile_photos WHERE id = :id"), {{QStringLiteral("id"), id}});
        return t && !t->rows.isEmpty() ? t->rows.first().first().toString() : QString();
    }

private Q_SLOTS:
    void probesPreviewsAndActions_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void probesPreviewsAndActions()
    {
        QFETCH(QString, kind);
        if (kind == QStringLiteral("postgresql"))
            REQUIRE_TEST_PG();
        const SqlTarget t = target(kind);
        seed(t);
        SqlRunner r(t);
        QVERIFY(r.open());

        // Probes read, with a row cap, and only read.
        auto all = r.probe(QStringLiteral("SELECT * FROM profile_photos WHERE status = 'ready' AND blob_url IS NOT NULL ORDER BY id"));
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(all->rows.size(), 4);
        QCOMPARE(all->columns.first(), QStringLiteral("id"));
        auto capped = r.probe(QStringLiteral("SELECT id FROM profile_photos ORDER BY id"), {}, 2);
        QCOMPARE(capped->rows.size(), 2);
        QVERIFY(capped->truncated);
        QVERIFY(!r.probe(QStringLiteral("UPDATE profile_photos SET status = 'failed'")));
        QVERIFY(!r.probe(QStringLiteral("WITH x AS (SELECT 1) DELETE FROM profile_photos")));
        // A SELECT that writes (PostgreSQL's data-modifying WITH) is stopped by the read-only transaction.
        QVERIFY(!r.probe(QStringLiteral("WITH x AS (DELETE FROM profile_photos RETURNING id) SELECT * FROM x")));
        QCOMPARE(r.probe(QStringLiteral("SELECT count(*) FROM profile_photos"))->rows.first().first().toInt(), 6);

        // Database Reconciliation, step 3: one bound UPDATE per id, in one transaction.
        SqlAction mark{QStringLiteral("database-reconciliation/step-3"),
                       QStringLiteral("UPDATE profile_photos SET status = 'failed' WHERE id = :id"),
                       {{{QStringLiteral("id"), QStringLiteral("p1")}}, {{QStringLiteral("id"), QStringLiteral("p3")}}}};
        const auto p = r.preview(mark);
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p->rows.rows.size(), 2);
        QVERIFY(!p->token.isEmpty());
        const auto refused = r.run(mark, {});
        QVERIFY(!refused);
        QVERIFY(refused.error().startsWith(QStringLiteral("refused")));
        QVERIFY(!r.run(mark, QStringLiteral("0123456789abcdef")));
        QCOMPARE(statusOf(r, QStringLiteral("p1")), QStringLiteral("ready"));
        const auto done = r.run(mark, p->token);
        QVERIFY2(done, qPrintable(done.error()));
        QCOMPARE(done->rowsAffected, 2);
        QCOMPARE(statusOf(r, QStringLiteral("p1")), QStringLiteral("failed"));
        QCOMPARE(statusOf(r, QStringLiteral("p2")), QStringLiteral("ready"));
        QCOMPARE(statusOf(r, QStringLiteral("p3")), QStringLiteral("failed"));
        // The same token again: the data changed since, so it no longer fits.
        QVERIFY(!r.run(mark, p->token));

        // A statement that fails half-way leaves nothing changed.
        SqlAction half{QStringLiteral("half"), QStringLiteral("UPDATE profile_photos SET status = :status WHERE id = :id"),
                       {{{QStringLiteral("status"), QStringLiteral("failed")}, {QStringLiteral("id"), QStringLiteral("p2")}},
                        {{QStringLiteral("status"), QStringLiteral("bogus")}, {QStringLiteral("id"), QStringLiteral("p4")}}}};
        const auto hp = r.preview(half);
        QVERIFY(hp);
        const auto failed = r.run(half, hp->token);
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(QStringLiteral("nothing was changed")), qPrintable(failed.error()));
        QCOMPARE(statusOf(r, QStringLiteral("p2")), QStringLiteral("ready"));
        QCOMPARE(statusOf(r, QStringLiteral("p4")), QStringLiteral("ready"));

        // Quotes and ;-- are data, not SQL.
        const QString nasty = QStringLiteral("x'); DROP TABLE profile_photos;--");
        SqlAction inj{QStringLiteral("inj"), QStringLiteral("UPDATE profile_photos SET blob_url = :url WHERE id = :id"),
                      {{{QStringLiteral("url"), nasty}, {QStringLiteral("id"), QStringLiteral("p5")}}}};
        const auto ip = r.preview(inj);
        QVERIFY(r.run(inj, ip->token));
        QCOMPARE(r.probe(QStringLiteral("SELECT blob_url FROM profile_photos WHERE id = 'p5'"))->rows.first().first().toString(), nasty);
        QCOMPARE(r.probe(QStringLiteral("SELECT count(*) FROM profile_photos"))->rows.first().first().toInt(), 6);
        const auto lookup = r.probe(QStringLiteral("SELECT id FROM profile_photos WHERE id = :id"), {{QStringLiteral("id"), QStringLiteral("p1' OR '1'='1")}});
        QCOMPARE(lookup->rows.size(), 0);

        QVERIFY(!SqlRunner::previewStatement(QStringLiteral("UPDATE profile_photos SET status = 'failed'"))); // no WHERE: refused
        QCOMPARE(SqlRunner::previewStatement(QStringLiteral("DELETE FROM tips WHERE id = :id")).value(), QStringLiteral("SELECT * FROM tips WHERE id = :id"));
    }

    void badTargetsAreMessages()
    {
        SqlRunner r({QStringLiteral("QOCI"), {}, {}, 0, {}, {}, {}});
        QVERIFY(r.open().error().contains(QStringLiteral("unknown database driver")));
        SqlTarget pg{QStringLiteral("QPSQL"), QStringLiteral("db"), QStringLiteral("127.0.0.1"), 1, QStringLiteral("u"), QStringLiteral("pw-SECRET-42"), {}};
        SqlRunner bad(pg);
        const Status s = bad.open();
        QVERIFY(!s);
        QVERIFY(!s.error().contains(QStringLiteral("pw-SECRET-42")));
    }

    void actionLeavesIntentAndOutcome()
    {
        const Runbook rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md")).value();
        IncidentStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("incidents.sqlite"))));
        const QString id = store.createIncident(QStringLiteral("x"), rb, QStringLiteral("a"))->id;
        QVERIFY(store.recordActionIntent(id, QStringLiteral("database-reconciliation/step-3"), QStringLiteral("ids p1, p3"), QStringLiteral("a")));
        // Before the outcome (a crash here), the intent is already on disk.
        {
            IncidentStore other;
            QVERIFY(other.open(m_dir.filePath(QStringLiteral("incidents.sqlite")), IncidentStore::Access::ReadOnly));
            QCOMPARE(other.loadIncident(id)->timeline.last().kind, QStringLiteral("action.intent"));
        }
        QVERIFY(store.recordActionOutcome(id, QStringLiteral("database-reconciliation/step-3"), QStringLiteral("2 rows changed"), 12, QStringLiteral("a")));
        const auto tl = store.loadIncident(id)->timeline;
        QCOMPARE(tl.at(tl.size() - 2).kind, QStringLiteral("action.intent"));
        QCOMPARE(tl.last().kind, QStringLiteral("action.outcome"));
        QCOMPARE(tl.last().text, QStringLiteral("database-reconciliation/step-3 finished in 12 ms: 2 rows changed"));
    }
};

QTEST_GUILESS_MAIN(TestSqlRunner)
#include "tst_sqlrunner.moc"
