// Team incidents on the real PostgreSQL server scripts/test starts
// (RUNBOOK_TEST_PG): the same behaviour as the SQLite store, the schema's
// migrations, text stored literally, each change applied once, conflicts that
// keep both texts, the commander's rights, two sessions that see each other's
// changes within a second, a network cut in the middle of a walkthrough, and a
// client killed while it sends its journal.
#include "incident/ChangeJournal.h"
#include "incident/IncidentSession.h"
#include "incident/IncidentStore.h"
#include "runbook/RunbookParser.h"
#include "secrets/Redactor.h"
#include "secrets/SecretResolver.h"

#include "FakeKeychain.h"
#include "TcpCutter.h"
#include "TestPg.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <QTcpServer>
#include <unistd.h>



// A PostgreSQL server of the test's own (initdb + pg_ctl, as scripts/test
// makes its one), so it can be stopped and started in the middle of a test
// without disturbing the tests that run beside it.
class OwnServer
{
public:
    bool start()
    {
        if (m_bin.isEmpty()) {
            QStringList found = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
            if (found.isEmpty())
                return false;
            m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(found.last());
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost);
            m_port = probe.serverPort();
            probe.close();
            if (::geteuid() == 0) // PostgreSQL refuses to run as root
                QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()});
            if (run(QStringLiteral("initdb"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-A"),
                                               QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("runbook")}) != 0)
                return false;
        }
        return run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                                              m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-o"),
                                              QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off").arg(m_port).arg(m_dir.path()),
                                              QStringLiteral("start")}) == 0;
    }
    // "immediate": as if the server's machine lost power.
    bool stop() { return run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")}) == 0; }
    ~OwnServer()
    {
        if (!m_bin.isEmpty())
            stop();
    }
    QString address() const { return QStringLiteral("postgresql://runbook@127.0.0.1:%1/postgres").arg(m_port); }

private:
    int run(const QString &tool, const QStringList &args)
    {
        QProcess p;
        if (::geteuid() == 0)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), m_bin + QLatin1Char('/') + tool} + args);
        else
            p.start(m_bin + QLatin1Char('/') + tool, args);
        if (!p.waitForFinished(90000))
            return -1;
        if (p.exitCode() != 0)
            qWarning("%s failed: %s", qPrintable(tool), p.readAllStandardError().constData());
        return p.exitCode();
    }
    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
};

class TestTeamStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Runbook m_rb;
    TestPg m_pg;
    int m_databases = 0;

    // A fresh database on the test server for one test; its store address.
    QString newStore()
    {
        return m_pg.newStore(QStringLiteral("team_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_databases));
    }
    const Step &step(int section, int i) const { return m_rb.sections.at(section).steps.at(i); }
    // The n-th step of the runbook, across its sections.
    const Step &nth(int n) const
    {
        for (const Section &s : m_rb.sections) {
            if (n < s.steps.size())
                return s.steps.at(n);
            n -= int(s.steps.size());
        }
        qFatal("the runbook has fewer steps");
    }
    static IncidentChange make(const QString &kind, const QString &incident, const QString &actor, const QJsonObject &args, int minute)
    {
        return IncidentChange::make(kind, incident, actor, args, QDateTime(QDate(2026, 12, 2), QTime(9, minute), Qt::UTC));
    }
    // A walkthrough as changes: every kind there is.
    QList<IncidentChange> walkthrough(const QString &id) const
    {
        const Step &a = step(0, 0), &b = step(0, 1);
        Evidence e;
        e.stepId = a.id;
        e.kind = QStringLiteral("probe");
        e.source = QStringLiteral("failed_deliveries");
        e.what = QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 'failed'");
        e.summary = QStringLiteral("32 failed deliveries");
        e.outcome = QStringLiteral("problem");
        e.columns = {QStringLiteral("count")};
        e.rows = {{QStringLiteral("32")}};
        e.value = 32;
        e.series = {1, 4, 32};
        e.at = QDateTime(QDate(2026, 12, 2), QTime(9, 3), Qt::UTC);
        int m = 0;
        return {make(QStringLiteral("incident.create"), id, QStringLiteral("alice"),
                     {{QStringLiteral("id"), id}, {QStringLiteral("title"), QStringLiteral("Stripe webhooks failing")},
                      {QStringLiteral("runbook_path"), m_rb.path}, {QStringLiteral("runbook_hash"), m_rb.hash},
                      {QStringLiteral("runbook_title"), m_rb.title}, {QStringLiteral("severity"), QStringLiteral("SEV2")}}, m++),
                make(QStringLiteral("field"), id, QStringLiteral("alice"), {{QStringLiteral("field"), QStringLiteral("commander")}, {QStringLiteral("value"), QStringLiteral("alice")}}, m++),
                make(QStringLiteral("step"), id, QStringLiteral("bob"), {{QStringLiteral("step"), a.id}, {QStringLiteral("state"), QStringLiteral("done")}, {QStringLiteral("hash"), a.textHash}, {QStringLiteral("label"), QStringLiteral("1")}}, m++),
                make(QStringLiteral("evidence.attach"), id, QStringLiteral("bob"), {{QStringLiteral("evidence"), e.toJson()}}, m++),
                make(QStringLiteral("step.done"), id, QStringLiteral("bob"), {{QStringLiteral("step"), a.id}, {QStringLiteral("evidence"), QStringLiteral("E1")}, {QStringLiteral("hash"), a.textHash}}, m++),
                make(QStringLiteral("step.draft"), id, QStringLiteral("carol"), {{QStringLiteral("step"), b.id}, {QStringLiteral("note"), QStringLiteral("looking at")}, {QStringLiteral("hash"), b.textHash}}, m++),
                make(QStringLiteral("step"), id, QStringLiteral("carol"), {{QStringLiteral("step"), b.id}, {QStringLiteral("state"), QStringLiteral("skipped")}, {QStringLiteral("note"), QStringLiteral("looking at the endpoint: fine")}, {QStringLiteral("hash"), b.textHash}}, m++),
                make(QStringLiteral("note"), id, QStringLiteral("alice"), {{QStringLiteral("text"), QStringLiteral("Paged by the tip alert")}}, m++),
                make(QStringLiteral("variable"), id, QStringLiteral("bob"), {{QStringLiteral("name"), QStringLiteral("NAMESPACE")}, {QStringLiteral("value"), QStringLiteral("shop")}}, m++),
                make(QStringLiteral("followup.save"), id, QStringLiteral("alice"), {{QStringLiteral("followup"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Rotate secrets in one place")}, {QStringLiteral("owner"), QStringLiteral("bob")}, {QStringLiteral("due"), QStringLiteral("2026-12-09")}}}}, m++),
                make(QStringLiteral("followup.save"), id, QStringLiteral("alice"), {{QStringLiteral("followup"), QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("text"), QStringLiteral("Rotate secrets in one place")}, {QStringLiteral("owner"), QStringLiteral("bob")}, {QStringLiteral("done"), true}}}}, m++),
                make(QStringLiteral("action.intent"), id, QStringLiteral("bob"), {{QStringLiteral("action"), QStringLiteral("retry_webhooks")}, {QStringLiteral("inputs"), QStringLiteral("since=1h")}}, m++),
                make(QStringLiteral("action.outcome"), id, QStringLiteral("bob"), {{QStringLiteral("action"), QStringLiteral("retry_webhooks")}, {QStringLiteral("result"), QStringLiteral("32 retried")}, {QStringLiteral("duration_ms"), 840}}, m++),
                make(QStringLiteral("action.refusal"), id, QStringLiteral("carol"), {{QStringLiteral("action"), QStringLiteral("delete_blobs")}, {QStringLiteral("reason"), QStringLiteral("wrong token")}}, m++),
                make(QStringLiteral("metrics"), id, QStringLiteral("alice"), {{QStringLiteral("points"), QJsonObject{{QStringLiteral("failed_tips"), QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-12-02T09:14:00.000Z")}, {QStringLiteral("value"), 12.5}, {QStringLiteral("severity"), QStringLiteral("critical")}}}}}}, m++),
                make(QStringLiteral("evidence.flags"), id, QStringLiteral("alice"), {{QStringLiteral("evidence"), QStringLiteral("E1")}, {QStringLiteral("in_report"), false}}, m++),
                make(QStringLiteral("field"), id, QStringLiteral("alice"), {{QStringLiteral("field"), QStringLiteral("summary")}, {QStringLiteral("value"), QStringLiteral("Stripe deliveries failed after a secret rotation.")}}, m++),
                make(QStringLiteral("status"), id, QStringLiteral("alice"), {{QStringLiteral("status"), QStringLiteral("monitoring")}}, m++),
                make(QStringLiteral("status"), id, QStringLiteral("alice"), {{QStringLiteral("status"), QStringLiteral("resolved")}}, m++)};
    }
    int count(const QString &database, const QString &sql) const
    {
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("counter"));
            db.setHostName(m_pg.host);
            db.setPort(m_pg.port);
            db.setUserName(m_pg.user);
            db.setDatabaseName(database.section(QLatin1Char('/'), -1));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    n = q.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("counter"));
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        REQUIRE_TEST_PG();
        m_pg = TestPg::fromEnvironment();
        auto rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"));
        QVERIFY(rb);
        m_rb = rb.value();
    }

    void addressesAreCheckedBeforeAnythingIsMade()
    {
        QTemporaryDir dir;
        const QString old = QDir::currentPath();
        QDir::setCurrent(dir.path());
        IncidentStore store;
        const Status s = store.open(QStringLiteral("mysql://db.example.com/incidents"));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("\"mysql://\" is not a kind of store")), qPrintable(s.error()));
        QVERIFY(!store.open(QStringLiteral("postgresql://alice:hunter2@db.example.com/incidents")));
        QVERIFY(!store.open(QStringLiteral("postgresql://alice@db.example.com/incidents")).error().contains(QStringLiteral("hunter2")));
        QVERIFY(!store.open(QStringLiteral("postgresql://alice@127.0.0.1:1/x?sslmode=sometimes")));
        QVERIFY(!store.open(QStringLiteral("postgresql://alice@127.0.0.1:1/x?options=-c%20x")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList()); // no folder, no file
        QDir::setCurrent(old);
        // TLS as libpq does it: verify-full for another host unless the address says otherwise; what it says is kept.
        const auto remote = StoreAddress::parse(QStringLiteral("postgresql://alice@db.example.com/incidents"));
        QVERIFY(remote);
        if (qEnvironmentVariableIsEmpty("PGSSLMODE"))
            QCOMPARE(remote->connectOptions().value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(StoreAddress::parse(QStringLiteral("postgresql://alice@db.example.com/i?sslmode=verify-ca"))->connectOptions().value(QStringLiteral("sslmode")),
                 QStringLiteral("verify-ca"));
        // Off this machine a password never travels in clear text: disable, allow
        // and prefer are refused, and an unencrypted PGSSLMODE gives way to verify-full.
        for (const char *weak : {"disable", "allow", "prefer"}) {
            const auto clear = StoreAddress::parse(QStringLiteral("postgresql://alice@db.example.com/i?sslmode=") + QLatin1String(weak));
            QVERIFY2(!clear, weak);
            QVERIFY2(clear.error().contains(QStringLiteral("clear text")), qPrintable(clear.error()));
        }
        QVERIFY(StoreAddress::parse(QStringLiteral("postgresql://alice@127.0.0.1:1/i?sslmode=disable"))); // this machine: as written
        {
            const QByteArray had = qgetenv("PGSSLMODE");
            qputenv("PGSSLMODE", "disable");
            QCOMPARE(StoreAddress::parse(QStringLiteral("postgresql://alice@db.example.com/i"))->connectOptions().value(QStringLiteral("sslmode")),
                     QStringLiteral("verify-full"));
            qputenv("PGSSLMODE", "require");
            QCOMPARE(StoreAddress::parse(QStringLiteral("postgresql://alice@db.example.com/i"))->connectOptions().value(QStringLiteral("sslmode")),
                     QStringLiteral("require"));
            if (had.isEmpty())
                qunsetenv("PGSSLMODE");
            else
                qputenv("PGSSLMODE", had);
        }
        // The password Settings keeps in the keychain is read for that address only, and never shown.
        {
            auto kc = std::make_shared<FakeKeychain>();
            const auto away = StoreAddress::parse(QStringLiteral("postgresql://alice@127.0.0.1:1/incidents"));
            kc->entries.insert(StoreAddress::keychainService() + QLatin1Char('/') + away->keychainAccount(), QStringLiteral("pw-Zq81-kept"));
            SecretResolver::setKeychain(kc);
            const bool hadPgPassword = qEnvironmentVariableIsSet("PGPASSWORD");
            const QByteArray pgPassword = qgetenv("PGPASSWORD");
            qunsetenv("PGPASSWORD");
            IncidentStore away1;
            const Status s1 = away1.open(away->display());
            QVERIFY(!s1);
            QVERIFY2(!s1.error().contains(QStringLiteral("pw-Zq81-kept")), qPrintable(s1.error()));
            QCOMPARE(kc->asked, QStringList{StoreAddress::keychainService() + QLatin1Char('/') + away->keychainAccount()});
            QCOMPARE(Redactor::redact(QStringLiteral("x pw-Zq81-kept y")).contains(QStringLiteral("pw-Zq81-kept")), false);
            SecretResolver::setKeychain(nullptr);
            if (hadPgPassword)
                qputenv("PGPASSWORD", pgPassword);
        }
        // The test server speaks no TLS: asked to require it, the store refuses to go on in plain text.
        const QString plain = newStore();
        const Status tls = store.open(plain + QStringLiteral("?sslmode=require"));
        QVERIFY(!tls);
        QVERIFY2(tls.error().contains(QStringLiteral("SSL"), Qt::CaseInsensitive), qPrintable(tls.error()));
    }

    void migrationsAndTheSameBehaviourAsAFile()
    {
        const QString pg = newStore();
        {
            IncidentStore store;
            QVERIFY2(store.open(pg, IncidentStore::Access::ReadWrite, 1), "schema 1");
            QCOMPARE(store.schemaVersion(), 1);
        }
        // An incident as the first schema held it, written by hand.
        QCOMPARE(count(pg, QStringLiteral("WITH a AS (INSERT INTO incidents (id, title, runbook_path, runbook_hash, runbook_title, status, created_at, updated_at)"
                                          " VALUES ('old-1', 'Old incident', 'rb.md', 'h', 'RB', 'open', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"
                                          " RETURNING 1), b AS (INSERT INTO step_states (incident_id, step_id, state, note, actor, changed_at, text_hash)"
                                          " VALUES ('old-1', 's/step-1', 'done', 'kept', 'zoe', '2026-01-01T00:01:00.000Z', 'abc') RETURNING 1)"
                                          " SELECT (SELECT count(*) FROM a) + (SELECT count(*) FROM b)")),
                 2);
        {
            IncidentStore store;
            const Status s = store.open(pg);
            QVERIFY2(s, qPrintable(s.error()));
            QCOMPARE(store.schemaVersion(), IncidentStore::CurrentSchemaVersion);
            QVERIFY(store.isTeam());
            // Every migration kept it: "open" is investigating now, the record's new parts are empty, it can be changed.
            const auto old = store.loadIncident(QStringLiteral("old-1"));
            QVERIFY2(old, qPrintable(old.error()));
            QCOMPARE(old->title, QStringLiteral("Old incident"));
            QCOMPARE(old->status, IncidentStatus::Investigating);
            QCOMPARE(old->step(QStringLiteral("s/step-1")).note, QStringLiteral("kept"));
            QVERIFY(old->severity.isEmpty() && old->evidence.isEmpty() && old->variables.isEmpty());
            QVERIFY(store.setField(QStringLiteral("old-1"), IncidentField::Severity, QStringLiteral("SEV3"), QStringLiteral("zoe")));
            QVERIFY(store.setStepState(QStringLiteral("old-1"), QStringLiteral("s/step-1"), StepState::Skipped, {}, QStringLiteral("zoe")));
            QCOMPARE(store.loadIncident(QStringLiteral("old-1"))->step(QStringLiteral("s/step-1")).state, StepState::Skipped);
        }
        // Several windows opening a new team store at once: the migrations take turns.
        {
            const QString fresh = newStore();
            std::vector<std::unique_ptr<QThread>> openers;
            std::atomic<int> ok{0};
            for (int i = 0; i < 4; ++i) {
                openers.emplace_back(QThread::create([&] {
                    IncidentStore s;
                    if (s.open(fresh) && s.schemaVersion() == IncidentStore::CurrentSchemaVersion)
                        ++ok;
                }));
                openers.back()->start();
            }
            for (auto &t : openers)
                t->wait();
            QCOMPARE(ok.load(), 4);
        }
        // Every change on both stores → the same incident.
        const QString id = QStringLiteral("20261202-abc123");
        IncidentStore file, team;
        QVERIFY(file.open(m_dir.filePath(QStringLiteral("same.sqlite"))));
        QVERIFY(team.open(pg));
        for (const IncidentChange &c : walkthrough(id)) {
            const auto f = file.apply(c), t = team.apply(c);
            QVERIFY2(f, qPrintable(c.kind + QStringLiteral(": ") + f.error()));
            QVERIFY2(t, qPrintable(c.kind + QStringLiteral(": ") + t.error()));
            QCOMPARE(t->resultId, f->resultId);
            QVERIFY(t->conflict.isEmpty());
        }
        const Incident a = file.loadIncident(id).value(), b = team.loadIncident(id).value();
        QCOMPARE(QJsonDocument(b.toJson()).toJson(), QJsonDocument(a.toJson()).toJson());
        QCOMPARE(b.timeline.size(), 19);
        QCOMPARE(b.status, IncidentStatus::Resolved);
        QCOMPARE(b.evidence.size(), 1);
        QCOMPARE(b.evidence.first().inReport, false);
        QCOMPARE(b.metrics.value(QStringLiteral("failed_tips")).first().value.value_or(0), 12.5);
        QCOMPARE(b.revs, a.revs);
        QCOMPARE(team.listIncidents()->size(), 2); // and the old one
        QCOMPARE(team.resolveId(QStringLiteral("20261202-ab")).value(), id);
        // A newer schema is refused and left alone.
        {
            QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().filter(QStringLiteral("incident-store-pg")).last(), false));
            QVERIFY(q.exec(QStringLiteral("UPDATE runbook_schema SET version = 99")));
        }
        IncidentStore newer;
        const Status s = newer.open(pg);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("newer version")), qPrintable(s.error()));
    }

    void textIsStoredLiterally()
    {
        const QString pg = newStore();
        IncidentStore store;
        QVERIFY(store.open(pg));
        const QStringList attacks = {QStringLiteral("'); DROP TABLE incidents; --"), QStringLiteral("\\'; DELETE FROM timeline; --"),
                                     QStringLiteral("$$; DROP TABLE notes; $$"), QStringLiteral("E'\\x27' OR 1=1"), QStringLiteral("? $1 %s :name"),
                                     QStringLiteral("Robert'); DROP TABLE step_states;-- ümlaut ✓ 日本")};
        int n = 0;
        for (const QString &evil : attacks) {
            const QString id = QStringLiteral("20261202-0000%1").arg(++n, 2, 10, QLatin1Char('0'));
            QVERIFY(store.apply(make(QStringLiteral("incident.create"), id, evil, {{QStringLiteral("id"), id}, {QStringLiteral("title"), evil}, {QStringLiteral("runbook_path"), evil}, {QStringLiteral("runbook_hash"), evil}, {QStringLiteral("runbook_title"), evil}}, 0)));
            for (const char *field : {"commander", "summary", "impact", "root_cause"})
                QVERIFY(store.apply(make(QStringLiteral("field"), id, evil, {{QStringLiteral("field"), QLatin1String(field)}, {QStringLiteral("value"), evil}}, 1)));
            QVERIFY(store.apply(make(QStringLiteral("step"), id, evil, {{QStringLiteral("step"), evil}, {QStringLiteral("state"), QStringLiteral("done")}, {QStringLiteral("note"), evil}, {QStringLiteral("hash"), evil}, {QStringLiteral("label"), evil}}, 2)));
            QVERIFY(store.apply(make(QStringLiteral("note"), id, evil, {{QStringLiteral("text"), evil}}, 3)));
            QVERIFY(store.apply(make(QStringLiteral("variable"), id, evil, {{QStringLiteral("name"), QStringLiteral("NS")}, {QStringLiteral("value"), evil}}, 4)));
            QVERIFY(store.apply(make(QStringLiteral("followup.save"), id, evil, {{QStringLiteral("followup"), QJsonObject{{QStringLiteral("text"), evil}, {QStringLiteral("owner"), evil}}}}, 5)));
            Evidence e;
            e.stepId = evil;
            e.what = evil;
            e.summary = evil;
            e.columns = {evil};
            e.rows = {{evil}};
            QVERIFY(store.apply(make(QStringLiteral("evidence.attach"), id, evil, {{QStringLiteral("evidence"), e.toJson()}}, 6)));
            QVERIFY(store.apply(make(QStringLiteral("action.intent"), id, evil, {{QStringLiteral("action"), evil}, {QStringLiteral("inputs"), evil}}, 7)));
            QVERIFY(store.apply(make(QStringLiteral("rename"), id, evil, {{QStringLiteral("title"), evil}}, 8)));
            const Incident inc = store.loadIncident(id).value();
            QCOMPARE(inc.title, evil);
            QCOMPARE(inc.runbookPath, evil);
            QCOMPARE(inc.commander, evil);
            QCOMPARE(inc.summary, evil);
            QCOMPARE(inc.impact, evil);
            QCOMPARE(inc.rootCause, evil);
            QCOMPARE(inc.step(evil).note, evil);
            QCOMPARE(inc.step(evil).actor, evil);
            QCOMPARE(inc.notes.first().text, evil);
            QCOMPARE(inc.variables.value(QStringLiteral("NS")), evil);
            QCOMPARE(inc.followUps.first().text, evil);
            QCOMPARE(inc.followUps.first().owner, evil);
            QCOMPARE(inc.evidence.first().what, evil);
            QCOMPARE(inc.evidence.first().rows.first().first(), evil);
            QCOMPARE(inc.timeline.first().actor, evil);
        }
        QCOMPARE(store.listIncidents()->size(), attacks.size()); // every table still there, every incident in it
    }

    void aChangeIsAppliedOnce()
    {
        IncidentStore store;
        QVERIFY(store.open(newStore()));
        const QString id = QStringLiteral("20261202-0ce000");
        const auto changes = walkthrough(id);
        for (const IncidentChange &c : changes)
            QVERIFY(store.apply(c));
        const int lines = store.loadIncident(id)->timeline.size();
        for (const IncidentChange &c : changes) {
            const auto again = store.apply(c);
            QVERIFY2(again, qPrintable(again.error()));
            if (c.kind != QLatin1String("metrics"))
                QVERIFY2(again->duplicate, qPrintable(c.kind));
        }
        const Incident inc = store.loadIncident(id).value();
        QCOMPARE(inc.timeline.size(), lines);
        QCOMPARE(inc.notes.size(), 1);
        QCOMPARE(inc.evidence.size(), 1);
        QCOMPARE(inc.followUps.size(), 1);
    }

    void aConflictKeepsBothTexts()
    {
        const QString pg = newStore();
        IncidentStore alice, bob;
        alice.setClientId(QStringLiteral("alice-laptop"));
        bob.setClientId(QStringLiteral("bob-laptop"));
        QVERIFY(alice.open(pg));
        QVERIFY(bob.open(pg));
        const QString id = QStringLiteral("20261202-c0f11c");
        QVERIFY(alice.apply(walkthrough(id).first()));
        const Incident seen = bob.loadIncident(id).value(); // both start from the same revisions
        const QString item = IncidentChange::fieldItem(IncidentField::Summary);
        auto edit = [&](const QString &who, const QString &text, bool logged) {
            IncidentChange c = make(QStringLiteral("field"), id, who, {{QStringLiteral("field"), QStringLiteral("summary")}, {QStringLiteral("value"), text}, {QStringLiteral("logged"), logged}}, 10);
            c.base.insert(item, seen.revs.value(item, 0));
            return c;
        };
        // Alice types (three keystrokes, then leaves the field): her own edits never conflict.
        for (const QString &t : {QStringLiteral("W"), QStringLiteral("We"), QStringLiteral("Webhooks failed")})
            QVERIFY(alice.apply(edit(QStringLiteral("alice"), t, false))->conflict.isEmpty());
        QVERIFY(alice.apply(edit(QStringLiteral("alice"), QStringLiteral("Webhooks failed"), true))->conflict.isEmpty());
        // Bob typed on the revision he saw: his save is a conflict, hers stays, his is kept.
        const auto r = bob.apply(edit(QStringLiteral("bob"), QStringLiteral("Stripe secret rotated"), true));
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY2(r->conflict.contains(QStringLiteral("alice")), qPrintable(r->conflict));
        Incident after = alice.loadIncident(id).value();
        QCOMPARE(after.summary, QStringLiteral("Webhooks failed"));
        QCOMPARE(after.notes.size(), 1);
        QVERIFY(after.notes.first().text.contains(QStringLiteral("Stripe secret rotated")));
        QCOMPARE(after.notes.first().author, QStringLiteral("bob"));
        QCOMPARE(after.timeline.last().kind, QStringLiteral("conflict"));
        // Having seen her text, he edits on top of it: no conflict.
        IncidentChange onTop = edit(QStringLiteral("bob"), QStringLiteral("Webhooks failed: Stripe secret rotated"), true);
        onTop.base[item] = after.revs.value(item);
        QVERIFY(bob.apply(onTop)->conflict.isEmpty());
        QCOMPARE(bob.loadIncident(id)->summary, QStringLiteral("Webhooks failed: Stripe secret rotated"));
        // Step states are ordered by the server: the second on an old revision is reported, not applied.
        const Step &s = step(0, 0);
        auto mark = [&](const QString &who, const QString &state) {
            IncidentChange c = make(QStringLiteral("step"), id, who, {{QStringLiteral("step"), s.id}, {QStringLiteral("state"), state}, {QStringLiteral("hash"), s.textHash}}, 11);
            c.base.insert(IncidentChange::stepStateItem(s.id), seen.revs.value(IncidentChange::stepStateItem(s.id), 0));
            return c;
        };
        QVERIFY(alice.apply(mark(QStringLiteral("alice"), QStringLiteral("done")))->conflict.isEmpty());
        const auto second = bob.apply(mark(QStringLiteral("bob"), QStringLiteral("skipped")));
        QVERIFY(!second->conflict.isEmpty());
        QCOMPARE(bob.loadIncident(id)->step(s.id).state, StepState::Done);
        // The same state on an old revision is no conflict (nothing would be replaced).
        QVERIFY(bob.apply(mark(QStringLiteral("bob"), QStringLiteral("done")))->conflict.isEmpty());
    }

    void onlyTheCommanderResolvesAndReassigns()
    {
        IncidentStore store;
        QVERIFY(store.open(newStore()));
        const QString id = QStringLiteral("20261202-c0ffee");
        QVERIFY(store.apply(walkthrough(id).first()));
        auto field = [&](const QString &who, const QString &value) {
            return make(QStringLiteral("field"), id, who, {{QStringLiteral("field"), QStringLiteral("commander")}, {QStringLiteral("value"), value}}, 20);
        };
        auto status = [&](const QString &who, const QString &value) {
            return make(QStringLiteral("status"), id, who, {{QStringLiteral("status"), value}}, 21);
        };
        QVERIFY(store.apply(field(QStringLiteral("alice"), QStringLiteral("alice")))); // nobody leads yet: anyone may take it
        const auto reassign = store.apply(field(QStringLiteral("bob"), QStringLiteral("bob")));
        QVERIFY(!reassign);
        QVERIFY2(reassign.error().contains(QStringLiteral("only the incident commander (alice)")), qPrintable(reassign.error()));
        QVERIFY(!store.apply(status(QStringLiteral("bob"), QStringLiteral("resolved"))));
        QVERIFY(store.apply(status(QStringLiteral("bob"), QStringLiteral("monitoring")))); // everything else is everyone's
        QCOMPARE(store.loadIncident(id)->status, IncidentStatus::Monitoring);
        QVERIFY(store.apply(status(QStringLiteral("alice"), QStringLiteral("resolved"))));
        QVERIFY(store.apply(field(QStringLiteral("alice"), QStringLiteral("bob"))));
        QVERIFY(store.apply(status(QStringLiteral("bob"), QStringLiteral("investigating"))));
        QVERIFY(store.apply(status(QStringLiteral("bob"), QStringLiteral("resolved"))));
        QCOMPARE(store.loadIncident(id)->commander, QStringLiteral("bob"));
    }

    void twoSessionsSeeEachOthersChanges()
    {
        const QString pg = newStore();
        IncidentSession alice, bob;
        alice.setActor(QStringLiteral("alice"));
        bob.setActor(QStringLiteral("bob"));
        alice.setJournalPath(m_dir.filePath(QStringLiteral("alice-journal.sqlite")));
        bob.setJournalPath(m_dir.filePath(QStringLiteral("bob-journal.sqlite")));
        QSignalSpy ao(&alice, &IncidentSession::storeOpened), bo(&bob, &IncidentSession::storeOpened);
        alice.openStore(pg);
        bob.openStore(pg);
        QVERIFY(ao.wait(10000));
        QVERIFY(bo.count() || bo.wait(10000));
        QVERIFY2(alice.storeReady() && alice.storeReachable(), qPrintable(alice.storeError()));
        alice.createIncident(QStringLiteral("Tips failing"), m_rb, QStringLiteral("SEV2"));
        QVERIFY(alice.current());
        const QString id = alice.current()->id;
        QTRY_VERIFY_WITH_TIMEOUT(alice.unsharedChanges() == 0 && alice.pendingWrites() == 0, 5000);
        // Bob's list shows the new incident without asking (a notification).
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(bob.incidents().cbegin(), bob.incidents().cend(), [&](const IncidentSummary &s) { return s.id == id; }), 2000);
        bob.loadIncident(id);
        QTRY_VERIFY_WITH_TIMEOUT(bob.current() && bob.current()->id == id, 5000);
        // Presence: each sees the other.
        QTRY_COMPARE_WITH_TIMEOUT(alice.othersHere(), QStringList{QStringLiteral("bob")}, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(bob.othersHere(), QStringList{QStringLiteral("alice")}, 7000);

        // Changes of every kind, each seen by the other within a second.
        QList<qint64> latencies;
        auto seen = [&](IncidentSession &other, const std::function<bool(const Incident &)> &shows) {
            QElapsedTimer t;
            t.start();
            while (!(other.current() && shows(*other.current())) && t.elapsed() < 3000)
                QTest::qWait(2);
            latencies.append(t.elapsed());
            return other.current() && shows(*other.current());
        };
        const Step &a = step(0, 0), &b = step(0, 1);
        QSignalSpy remote(&bob, &IncidentSession::remoteChange);
        alice.setStepState(a, StepState::Done, QStringLiteral("1"));
        QVERIFY(seen(bob, [&](const Incident &i) { return i.step(a.id).state == StepState::Done; }));
        QTRY_VERIFY(!remote.isEmpty());
        QCOMPARE(remote.last().at(0).toString(), QStringLiteral("alice"));
        QVERIFY(bob.lastRemoteChange().startsWith(QStringLiteral("alice: ")));
        bob.setStepNote(b, QStringLiteral("endpoint answers 200"), QStringLiteral("2"));
        QVERIFY(seen(alice, [&](const Incident &i) { return i.step(b.id).note == QStringLiteral("endpoint answers 200"); }));
        alice.setField(IncidentField::Summary, QStringLiteral("Tips are not recorded"), true);
        QVERIFY(seen(bob, [&](const Incident &i) { return i.summary == QStringLiteral("Tips are not recorded"); }));
        Evidence e;
        e.stepId = a.id;
        e.kind = QStringLiteral("probe");
        e.summary = QStringLiteral("32 failed deliveries");
        QString attached;
        bob.attachEvidence(id, e, [&](const QString &eid, const QString &) { attached = eid; });
        QVERIFY(seen(alice, [&](const Incident &i) { return i.evidence.size() == 1; }));
        QTRY_COMPARE(attached, QStringLiteral("E1"));
        bob.recordActionIntent(QStringLiteral("retry_webhooks"), QStringLiteral("since=1h"));
        QVERIFY(seen(alice, [&](const Incident &i) { return i.timeline.last().kind == QStringLiteral("action.intent"); }));
        bob.recordActionOutcome(id, QStringLiteral("retry_webhooks"), QStringLiteral("32 retried"), 800);
        QVERIFY(seen(alice, [&](const Incident &i) { return i.timeline.last().kind == QStringLiteral("action.outcome"); }));
        alice.addNote(QStringLiteral("Paged at 09:02"));
        QVERIFY(seen(bob, [&](const Incident &i) { return i.notes.size() == 1; }));
        std::sort(latencies.begin(), latencies.end());
        qInfo("latency until the other session shows a change: median %lld ms, max %lld ms (%d changes)",
              latencies.at(latencies.size() / 2), latencies.last(), int(latencies.size()));
        QVERIFY2(latencies.last() < 1000, "a change took a second or more to show in the other session");

        // The conflict case through the sessions: both type into the summary at once.
        alice.setField(IncidentField::Impact, QStringLiteral("Ti"), false);
        bob.setField(IncidentField::Impact, QStringLiteral("Webhooks"), false);
        QSignalSpy conflicts(&bob, &IncidentSession::conflictFound);
        alice.setField(IncidentField::Impact, QStringLiteral("Tips lost for 40 minutes"), true);
        QTRY_VERIFY(alice.pendingWrites() == 0 && alice.unsharedChanges() == 0);
        bob.setField(IncidentField::Impact, QStringLiteral("Webhooks retried by hand"), true);
        QTRY_VERIFY_WITH_TIMEOUT(!conflicts.isEmpty(), 3000);
        QVERIFY(conflicts.first().at(0).toString().contains(QStringLiteral("alice")));
        QVERIFY(seen(alice, [&](const Incident &i) {
            return std::any_of(i.notes.cbegin(), i.notes.cend(), [](const IncidentNote &n) { return n.text.contains(QStringLiteral("Webhooks retried by hand")); });
        }));
        QCOMPARE(alice.current()->impact, QStringLiteral("Tips lost for 40 minutes"));

        // Bob leaves: Alice sees him go.
        bob.closeIncident();
        QTRY_COMPARE_WITH_TIMEOUT(alice.othersHere(), QStringList(), 3000);
    }

    void aNetworkCutLosesNothing()
    {
        const QString direct = newStore();
        // The relay runs in a thread of its own, as a network would: the session's threads never wait for this one.
        QThread network;
        network.start();
        auto *line = new TcpCutter(quint16(m_pg.port));
        line->moveToThread(&network);
        auto onNetwork = [&](void (TcpCutter::*f)()) { QMetaObject::invokeMethod(line, f, Qt::BlockingQueuedConnection); };
        auto cleanup = qScopeGuard([&] {
            QMetaObject::invokeMethod(line, [line] { delete line; }, Qt::BlockingQueuedConnection);
            network.quit();
            network.wait();
        });
        const QString viaLine = QString(direct).replace(QStringLiteral(":%1/").arg(m_pg.port), QStringLiteral(":%1/").arg(line->port()));
        IncidentSession carol;
        carol.setActor(QStringLiteral("carol"));
        carol.setJournalPath(m_dir.filePath(QStringLiteral("carol-journal.sqlite")));
        QSignalSpy opened(&carol, &IncidentSession::storeOpened);
        carol.openStore(viaLine);
        QVERIFY(opened.wait(10000));
        carol.createIncident(QStringLiteral("Avatars"), m_rb);
        const QString id = carol.current()->id;
        const Step &a = step(0, 0);
        carol.setStepState(a, StepState::Done, QStringLiteral("1"));
        QTRY_VERIFY_WITH_TIMEOUT(carol.unsharedChanges() == 0 && carol.pendingWrites() == 0, 5000);

        // The line drops in the middle of the walkthrough; Carol goes on.
        onNetwork(&TcpCutter::cut);
        const int steps = 8;
        for (int i = 1; i <= steps; ++i)
            carol.setStepState(nth(i), StepState::Done, QString::number(i + 1));
        carol.setStepNote(nth(1), QStringLiteral("done while offline"), QStringLiteral("2"));
        carol.addNote(QStringLiteral("the line to the store dropped"));
        carol.setField(IncidentField::Summary, QStringLiteral("Written offline"), true);
        carol.waitForIdle();
        QTRY_VERIFY_WITH_TIMEOUT(!carol.storeReachable(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(carol.unsharedChanges(), steps + 3, 5000);
        // What she sees is her own work; the server has none of it yet.
        QCOMPARE(carol.current()->step(nth(8).id).state, StepState::Done);
        QCOMPARE(carol.current()->summary, QStringLiteral("Written offline"));
        IncidentStore server;
        QVERIFY(server.open(direct));
        QCOMPARE(server.loadIncident(id)->step(nth(8).id).state, StepState::Pending);

        // Back: everything goes out, in order, once.
        onNetwork(&TcpCutter::restore);
        QTRY_VERIFY_WITH_TIMEOUT(carol.storeReachable() && carol.unsharedChanges() == 0, 15000);
        const Incident inc = server.loadIncident(id).value();
        for (int i = 0; i <= steps; ++i)
            QCOMPARE(inc.step(nth(i).id).state, StepState::Done);
        QCOMPARE(inc.step(nth(1).id).note, QStringLiteral("done while offline"));
        QCOMPARE(inc.summary, QStringLiteral("Written offline"));
        QCOMPARE(inc.notes.size(), 1);
        int stateLines = 0;
        for (const TimelineEvent &e : inc.timeline)
            stateLines += e.kind == QLatin1String("step.state");
        QCOMPARE(stateLines, steps + 1);
        QCOMPARE(count(direct, QStringLiteral("SELECT count(*) FROM applied_changes WHERE incident_id = '%1'").arg(id)), 1 + 1 + steps + 3);
        // The window shows the server's copy again.
        QTRY_COMPARE(carol.current()->timeline.size(), inc.timeline.size());
    }

    void theServerStoppedAndStartedAgainLosesNothing()
    {
        OwnServer server;
        QVERIFY2(server.start(), "could not start a PostgreSQL server of the test's own");
        IncidentSession dana;
        dana.setActor(QStringLiteral("dana"));
        dana.setJournalPath(m_dir.filePath(QStringLiteral("dana-journal.sqlite")));
        QSignalSpy opened(&dana, &IncidentSession::storeOpened);
        dana.openStore(server.address());
        QVERIFY(opened.wait(15000));
        dana.createIncident(QStringLiteral("DB restarts"), m_rb);
        const QString id = dana.current()->id;
        dana.setStepState(nth(0), StepState::Done, QStringLiteral("1"));
        QTRY_VERIFY_WITH_TIMEOUT(dana.unsharedChanges() == 0 && dana.pendingWrites() == 0, 5000);
        QVERIFY(server.stop());
        for (int i = 1; i <= 6; ++i)
            dana.setStepState(nth(i), StepState::Done, QString::number(i + 1));
        dana.addNote(QStringLiteral("the database went down while we worked"));
        dana.setField(IncidentField::Impact, QStringLiteral("checkout failed for 3 minutes"), true);
        QTRY_VERIFY_WITH_TIMEOUT(!dana.storeReachable() && dana.unsharedChanges() == 8, 15000);
        QVERIFY(server.start());
        QTRY_VERIFY_WITH_TIMEOUT(dana.storeReachable() && dana.unsharedChanges() == 0, 20000);
        IncidentStore check;
        QVERIFY(check.open(server.address()));
        const Incident inc = check.loadIncident(id).value();
        for (int i = 0; i <= 6; ++i)
            QCOMPARE(inc.step(nth(i).id).state, StepState::Done);
        QCOMPARE(inc.notes.size(), 1);
        QCOMPARE(inc.impact, QStringLiteral("checkout failed for 3 minutes"));
        int lines = 0;
        for (const TimelineEvent &e : inc.timeline)
            lines += e.kind == QLatin1String("step.state");
        QCOMPARE(lines, 7);
    }

    void aClientKilledWhileSendingSendsTheRestOnce()
    {
        const QString pg = newStore();
        const QString id = QStringLiteral("20261202-dead99");
        {
            IncidentStore store;
            QVERIFY(store.open(pg));
            QVERIFY(store.apply(walkthrough(id).first()));
        }
        const QString journal = m_dir.filePath(QStringLiteral("killed-journal.sqlite"));
        QProcess fill;
        fill.start(QStringLiteral(TEAM_HELPER), {QStringLiteral("fill"), journal, id, QStringLiteral("30")});
        QVERIFY(fill.waitForFinished(20000));
        QCOMPARE(fill.exitCode(), 0);
        // Killed right after the store applied the 12th — before the journal knew.
        QProcess first;
        first.start(QStringLiteral(TEAM_HELPER), {QStringLiteral("send"), journal, pg, QStringLiteral("12")});
        QVERIFY(first.waitForFinished(30000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        IncidentStore server;
        QVERIFY(server.open(pg));
        QCOMPARE(server.loadIncident(id)->notes.size(), 12);
        {
            ChangeJournal j;
            QVERIFY(j.open(journal));
            QCOMPARE(j.pendingCount(), 19); // the 12th is applied but still in the journal
        }
        QProcess second;
        second.start(QStringLiteral(TEAM_HELPER), {QStringLiteral("send"), journal, pg});
        QVERIFY(second.waitForFinished(30000));
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        const Incident inc = server.loadIncident(id).value();
        QCOMPARE(inc.notes.size(), 30);
        QSet<QString> texts;
        for (const IncidentNote &n : inc.notes)
            texts.insert(n.text);
        QCOMPARE(texts.size(), 30);
        for (int i = 1; i <= 30; ++i)
            QVERIFY(texts.contains(QStringLiteral("offline note %1").arg(i)));
        ChangeJournal j;
        QVERIFY(j.open(journal));
        QCOMPARE(j.pendingCount(), 0);
    }

    void aBrokenJournalIsAClearMessage()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken-journal.sqlite"));
        {
            ChangeJournal j;
            QVERIFY(j.open(path));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO changes (change_id, incident_id, body) VALUES ('x', 'y', '{\"id\": 5')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
        ChangeJournal j;
        QVERIFY(j.open(path));
        const auto p = j.pending();
        QVERIFY(!p);
        QVERIFY2(p.error().contains(QStringLiteral("broken-journal.sqlite, change 1")), qPrintable(p.error()));
    }
};

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
