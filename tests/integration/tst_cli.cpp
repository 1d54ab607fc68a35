// runbook-cli as a user runs it: a real process, real files, exit codes.
#include "DemoLogGenerator.h"
#include "../core/TestPg.h"
#include "../core/DamagedStore.h"
#include "runbook/RunbookParser.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>



struct Run
{
    int code = -1;
    QString out;
    QString err;
};

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_runbook = QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md");

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RUNBOOK_USER"), QStringLiteral("tester"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RUNBOOK_CLI), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void concurrentStoreCreation()
    {
        // Four `incident new` at once on a store that does not exist yet, 50
        // times: every one succeeds (creation and migrations take turns).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RUNBOOK_USER"), QStringLiteral("tester"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        int ok = 0;
        QStringList failures;
        for (int round = 0; round < 50; ++round) {
            const QString store = m_dir.filePath(QStringLiteral("race-%1.sqlite").arg(round));
            std::vector<std::unique_ptr<QProcess>> procs;
            for (int k = 0; k < 4; ++k) {
                auto p = std::make_unique<QProcess>();
                p->setProcessEnvironment(env);
                p->start(QStringLiteral(RUNBOOK_CLI), {QStringLiteral("incident"), QStringLiteral("new"), m_runbook, QStringLiteral("--title"),
                                                       QStringLiteral("race %1").arg(k), QStringLiteral("--store"), store});
                procs.push_back(std::move(p));
            }
            for (auto &p : procs) {
                QVERIFY(p->waitForFinished(60000));
                if (p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0)
                    ++ok;
                else
                    failures.append(QString::fromUtf8(p->readAllStandardError()).trimmed());
            }
            if (round == 0) {
                const Run list = cli({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--store"), store});
                QCOMPARE(list.code, 0);
                QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 4);
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 3).join(QStringLiteral(" | "))));
        QCOMPARE(ok, 200);
    }

    void inspectJsonOnTheFlagship()
    {
        const Run r = cli({QStringLiteral("inspect"), m_runbook, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Infrastructure Monitoring Runbook"));
        int monitoring = 0, procedures = 0, steps = 0, metrics = 0;
        QHash<QString, int> monitors;
        for (const QJsonValue &v : o.value(QStringLiteral("sections")).toArray()) {
            const QJsonObject s = v.toObject();
            const QString kind = s.value(QStringLiteral("kind")).toString();
            monitoring += kind == QStringLiteral("monitoring");
            procedures += kind == QStringLiteral("procedure");
            steps += s.value(QStringLiteral("steps")).toArray().size();
            metrics += s.value(QStringLiteral("metrics")).toArray().size();
            for (const QJsonValue &m : s.value(QStringLiteral("monitors")).toArray())
                ++monitors[m.toObject().value(QStringLiteral("kind")).toString()];
        }
        QCOMPARE(monitoring, 7);
        QCOMPARE(procedures, 3);
        QCOMPARE(steps, 34);
        QCOMPARE(metrics, 14);
        QCOMPARE(monitors.value(QStringLiteral("log_pattern")), 13);
        QCOMPARE(monitors.value(QStringLiteral("event_type")), 2);
        QCOMPARE(monitors.value(QStringLiteral("response_field")), 6);
        QCOMPARE(monitors.value(QStringLiteral("http_status")), 1);
        QCOMPARE(o.value(QStringLiteral("thresholds")).toArray().size(), 6);
        QCOMPARE(o.value(QStringLiteral("queries")).toArray().size(), 5);
        QCOMPARE(o.value(QStringLiteral("warnings")).toArray().size(), 0);
    }

    void lintFormatAndExitCodes()
    {
        Run r = cli({QStringLiteral("lint"), m_runbook});
        QCOMPARE(r.code, 0);
        // The shipped wiring beside the runbook binds every step.
        QCOMPARE(r.out, QStringLiteral("steps bound: 34/34 (17 probes, 5 actions, 3 links, 9 manual/info)\nprofile demo: 10 connectors, 0 coming\n"));
        r = cli({QStringLiteral("lint"), m_runbook, QStringLiteral("--profile"), QStringLiteral("production")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("profile production (protected): 10 connectors, 0 coming")));
        r = cli({QStringLiteral("lint"), m_runbook, QStringLiteral("--profile"), QStringLiteral("staging")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no profile \"staging\" (profiles: demo, production)")));
        const QString bad = QStringLiteral(RUNBOOK_TEST_DATA "/lint-problems.md");
        r = cli({QStringLiteral("lint"), bad});
        QCOMPARE(r.code, 1);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), bad + QStringLiteral(":7: warning: step numbering jumps from 2 to 4"));
        for (const QString &l : lines)
            QVERIFY2(QRegularExpression(QStringLiteral("^.+:\\d+: warning: .+$")).match(l).hasMatch(), qPrintable(l));
        // A guess about the structure is a note with its line: said, and not a problem (exit 0).
        const QString phases = QStringLiteral(RUNBOOK_TEST_DATA "/runbooks/ransomware-phases.md");
        r = cli({QStringLiteral("lint"), phases});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(phases + QStringLiteral(":5: note: \"Phase 1: Containment\" is a stage of the work: its 4 item(s) are steps of the group")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("inspect"), phases, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray said = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("warnings")).toArray();
        QVERIFY2(!said.isEmpty() && said.at(0).toObject().value(QStringLiteral("level")).toString() == QStringLiteral("note"), qPrintable(r.out.left(400)));
        r = cli({QStringLiteral("lint"), QStringLiteral("/nonexistent.md")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no such file")));
        r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains(QStringLiteral("unknown command")));
    }

    void binaryRunbookIsAnErrorNotACrash()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 5000; ++i)
            f.putChar(char((i * 131) % 256));
        f.close();
        const Run r = cli({QStringLiteral("lint"), path});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains(QStringLiteral(": error: this is not a text file")));
    }

    void everyProfilesSecretIsMaskedInTheStore()
    {
        // A secret of a profile that is not in use, typed into a note, is stored and shown masked.
        const QString dir = m_dir.filePath(QStringLiteral("other-profile"));
        QVERIFY(QDir().mkpath(dir));
        const QString rb = dir + QStringLiteral("/rb.md");
        QVERIFY(QFile::copy(m_runbook, rb));
        QFile w(dir + QStringLiteral("/rb.wiring.yaml"));
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write("version: 1\ndefault_profile: first\nprofiles:\n  first:\n    connectors:\n      logs: { kind: file, path: /none.log }\n"
                "  second:\n    connectors:\n      payments: { kind: stripe, base_url: \"https://api.stripe.com\", key: env:RB_TEST_OTHER_PROFILE_KEY }\n");
        w.close();
        const QString store = dir + QStringLiteral("/s.sqlite");
        const QString sentinel = QStringLiteral("rk_SENTINEL_other_profile_77");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RB_TEST_OTHER_PROFILE_KEY"), sentinel);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        auto run = [&](const QStringList &args) {
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(RUNBOOK_CLI), args);
            p.waitForFinished(30000);
            return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
        };
        Run r = run({QStringLiteral("incident"), QStringLiteral("new"), rb, QStringLiteral("--title"), QStringLiteral("t"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 0);
        const QString id = r.out.trimmed();
        QCOMPARE(run({QStringLiteral("incident"), QStringLiteral("note"), id, QStringLiteral("pasted the key ") + sentinel + QStringLiteral(" by mistake"),
                      QStringLiteral("--store"), store}).code, 0);
        r = run({QStringLiteral("incident"), QStringLiteral("show"), id, QStringLiteral("--store"), store});
        QVERIFY2(r.out.contains(QStringLiteral("pasted the key •••• by mistake")), qPrintable(r.out));
        QFile f(store);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(sentinel.toUtf8()));
        QFile wal(store + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(!wal.readAll().contains(sentinel.toUtf8()));
    }

    void incidentLifecycle()
    {
        const QString store = m_dir.filePath(QStringLiteral("cli.sqlite"));
        Run r = cli({QStringLiteral("incident"), QStringLiteral("new"), m_runbook, QStringLiteral("--title"), QStringLiteral("Cron failing"),
                     QStringLiteral("--store"), store});
        QCOMPARE(r.code, 0);
        const QString id = r.out.trimmed();
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{8}-[0-9a-f]{6}$")).match(id).hasMatch());
        r = cli({QStringLiteral("incident"), QStringLiteral("step"), id, QStringLiteral("cron-job-health/step-2"), QStringLiteral("--state"),
                 QStringLiteral("done"), QStringLiteral("--note"), QStringLiteral("secret was rotated"), QStringLiteral("--store"),
                 QStringLiteral("sqlite:") + store});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("incident"), QStringLiteral("step"), id, QStringLiteral("cron-job-health/step-9"), QStringLiteral("--state"),
                 QStringLiteral("done"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("has no step \"cron-job-health/step-9\"")));
        r = cli({QStringLiteral("incident"), QStringLiteral("step"), id, QStringLiteral("cron-job-health/step-1"), QStringLiteral("--state"),
                 QStringLiteral("maybe"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("unknown state")));
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("note"), id.left(12), QStringLiteral("Escalated to platform"), QStringLiteral("--store"), store}).code, 0);
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("resolve"), id, QStringLiteral("--store"), store}).code, 0);

        r = cli({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));

        const QString out = m_dir.filePath(QStringLiteral("notes.md"));
        r = cli({QStringLiteral("incident"), QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("md"),
                 QStringLiteral("--out"), out, QStringLiteral("--store"), store});
        QCOMPARE(r.code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(f.readAll());
        QVERIFY(md.startsWith(QStringLiteral("# Cron failing\n")));
        QVERIFY(md.contains(QStringLiteral("- **Status:** resolved")));
        QVERIFY(md.contains(QStringLiteral("- [x] 2. Verify `CRON_SECRET` is set correctly — done by tester")));
        QVERIFY(md.contains(QStringLiteral("  > secret was rotated")));
        QVERIFY(md.contains(QStringLiteral("Escalated to platform")));
        r = cli({QStringLiteral("incident"), QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains(QStringLiteral("unknown export format \"docx\" (known: md, html, pdf, json)")));
        r = cli({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("nope"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no incident with id nope")));
    }

    void queryJsonOnGeneratedData()
    {
        const QString dir = m_dir.filePath(QStringLiteral("demo"));
        Run r = cli({QStringLiteral("demo-data"), QStringLiteral("--out"), dir, QStringLiteral("--days"), QStringLiteral("2"),
                     QStringLiteral("--end"), QStringLiteral("2026-11-28T12:00:00Z")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("… 2026-11-28T12:00:00.000Z")));
        r = cli({QStringLiteral("query"), QStringLiteral("--source"), QStringLiteral("file:") + dir + QStringLiteral("/logs/app.ndjson"),
                 QStringLiteral("--from"), QStringLiteral("2026-11-28T09:00:00Z"), QStringLiteral("--to"), QStringLiteral("2026-11-28T12:00:00Z"),
                 QStringLiteral("--bucket"), QStringLiteral("1h"), QStringLiteral("--samples"), QStringLiteral("2"), QStringLiteral("--json"),
                 QStringLiteral("--pattern"), QStringLiteral("[cleanup-photos] Blob deletion failed"), QStringLiteral("--"),
                 QStringLiteral("@path:\"/api/clerk/webhook\" @statusCode:500")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("partial")).toBool(), false);
        QVERIFY(o.value(QStringLiteral("scanned")).toInt() > 10000);
        QCOMPARE(o.value(QStringLiteral("skipped")).toInt(), 0);
        const QJsonArray qs = o.value(QStringLiteral("queries")).toArray();
        QCOMPARE(qs.size(), 2);
        const QJsonObject clerk = qs.at(0).toObject();
        QCOMPARE(clerk.value(QStringLiteral("query")).toString(), QStringLiteral("@path:\"/api/clerk/webhook\" @statusCode:500"));
        const QJsonArray buckets = clerk.value(QStringLiteral("buckets")).toArray();
        QCOMPARE(buckets.size(), 3);
        QCOMPARE(buckets.at(0).toObject().value(QStringLiteral("start")).toString(), QStringLiteral("2026-11-28T09:00:00.000Z"));
        QCOMPARE(buckets.at(2).toObject().value(QStringLiteral("count")).toInt() >= DemoLogGenerator::Incident::clerk500sLastHour, true);
        QCOMPARE(qs.at(1).toObject().value(QStringLiteral("total")).toInt(), DemoLogGenerator::Incident::cleanupBlobFailures); // the planted blob-deletion failures
        QCOMPARE(qs.at(1).toObject().value(QStringLiteral("samples")).toArray().size(), 2);
    }

    void malformedQueryIsExitTwoWithTheColumn()
    {
        const Run r = cli({QStringLiteral("query"), QStringLiteral("--source"), QStringLiteral("file:/nonexistent"), QStringLiteral("--"),
                           QStringLiteral("@status:500 \"abc")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unclosed quote at column 13")), qPrintable(r.err));
        QCOMPARE(r.out, QString()); // nothing was run
        QCOMPARE(cli({QStringLiteral("query"), QStringLiteral("--source"), QStringLiteral("ftp:x"), QStringLiteral("x")}).code, 2);
        QCOMPARE(cli({QStringLiteral("query"), QStringLiteral("--source"), QStringLiteral("file:x"), QStringLiteral("--bucket"),
                      QStringLiteral("1y"), QStringLiteral("x")}).code, 2);
    }

    // A date that does not exist is an error wherever the CLI reads a time,
    // never silently rolled over (demo-data --end 2026-02-31 once made March 3).
    void impossibleDatesAreErrors()
    {
        const QString dir = m_dir.filePath(QStringLiteral("feb31"));
        Run r = cli({QStringLiteral("demo-data"), QStringLiteral("--out"), dir, QStringLiteral("--end"), QStringLiteral("2026-02-31")});
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains(QStringLiteral("--end: cannot read \"2026-02-31\" as a time")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/logs/app.ndjson"))); // nothing was made
        r = cli({QStringLiteral("query"), QStringLiteral("--source"), QStringLiteral("file:/nonexistent"), QStringLiteral("--from"),
                 QStringLiteral("2026-02-29T00:00:00Z"), QStringLiteral("x")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("2026-02-29T00:00:00Z")), qPrintable(r.err));
        r = cli({QStringLiteral("check"), m_runbook, QStringLiteral("--at"), QStringLiteral("2026-04-31T12:00:00Z")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("--at: cannot read \"2026-04-31T12:00:00Z\"")), qPrintable(r.err));
        const QString store = m_dir.filePath(QStringLiteral("feb31.sqlite"));
        r = cli({QStringLiteral("incident"), QStringLiteral("new"), m_runbook, QStringLiteral("--title"), QStringLiteral("Dates"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 0);
        const QString id = r.out.trimmed();
        r = cli({QStringLiteral("incident"), QStringLiteral("set"), id, QStringLiteral("--followup"), QStringLiteral("rotate"), QStringLiteral("--due"),
                 QStringLiteral("2026-02-30"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--due: \"2026-02-30\" is not a date")), qPrintable(r.err));
    }

    void sentinelSecretNeverLeavesTheCli()
    {
        const QByteArray sentinel = "sk_live_SENTINEL_cli_93ab7f";
        const QString dir = m_dir.filePath(QStringLiteral("wired"));
        QDir().mkpath(dir);
        QFile::copy(m_runbook, dir + QStringLiteral("/rb.md"));
        QFile w(dir + QStringLiteral("/rb.wiring.yaml"));
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write("version: 1\nprofiles:\n  prod:\n    protected: true\n    connectors:\n"
                "      payments: { kind: stripe, base_url: \"http://127.0.0.1:9\", key: env:RB_CLI_SENTINEL }\n");
        w.close();
        qputenv("RB_CLI_SENTINEL", sentinel);
        const QString store = dir + QStringLiteral("/s.sqlite");
        const QString rb = dir + QStringLiteral("/rb.md");
        Run r = cli({QStringLiteral("incident"), QStringLiteral("new"), rb, QStringLiteral("--profile"), QStringLiteral("prod"),
                     QStringLiteral("--title"), QStringLiteral("pasted ") + QString::fromUtf8(sentinel), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 0);
        const QString id = r.out.trimmed();
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("note"), id, QString::fromUtf8("key=" + sentinel), QStringLiteral("--store"), store,
                      QStringLiteral("--wiring"), dir + QStringLiteral("/rb.wiring.yaml"), QStringLiteral("--profile"), QStringLiteral("prod")}).code,
                 0);
        r = cli({QStringLiteral("incident"), QStringLiteral("export"), id, QStringLiteral("--store"), store});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("# pasted ••••")));
        QVERIFY(r.out.contains(QStringLiteral("key=••••")));
        r = cli({QStringLiteral("inspect"), rb, QStringLiteral("--profile"), QStringLiteral("prod"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        for (const QString &f : QDir(dir).entryList(QDir::Files)) {
            QFile file(dir + QLatin1Char('/') + f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(sentinel), qPrintable(f));
        }
        qunsetenv("RB_CLI_SENTINEL");
    }

    void checkExitCodesAndJson()
    {
        const QString dir = m_dir.filePath(QStringLiteral("check"));
        QCOMPARE(cli({QStringLiteral("demo-data"), QStringLiteral("--out"), dir, QStringLiteral("--end"), QStringLiteral("2026-11-28T12:00:00Z")}).code, 0);
        Run r = cli({QStringLiteral("check"), m_runbook, QStringLiteral("--source"), QStringLiteral("file:") + dir + QStringLiteral("/logs/app.ndjson"),
                     QStringLiteral("--at"), QStringLiteral("2026-11-28T12:00:00Z"), QStringLiteral("--json")});
        QCOMPARE(r.code, 2); // critical
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(o.value(QStringLiteral("profile")).toString(), QStringLiteral("demo"));
        QCOMPARE(o.value(QStringLiteral("evaluated_at")).toString(), QStringLiteral("2026-11-28T12:00:00.000Z"));
        const QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), 6);
        for (const char *k : {"metric", "window", "value", "unit", "warning", "critical", "severity", "reason"})
            QVERIFY2(rules.at(0).toObject().contains(QLatin1String(k)), k);
        QCOMPARE(rules.at(1).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(rules.at(3).toObject().value(QStringLiteral("value")).toDouble(), double(DemoLogGenerator::Incident::idempotencyConflictsLastHour));

        // Text output: one line per rule.
        r = cli({QStringLiteral("check"), m_runbook, QStringLiteral("--source"), QStringLiteral("file:") + dir + QStringLiteral("/logs/app.ndjson"),
                 QStringLiteral("--at"), QStringLiteral("2026-11-28T12:00:00Z")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains(QStringLiteral("WARNING   Idempotency conflicts     per hour               %1  > 5 / > 20")
                                   .arg(DemoLogGenerator::Incident::idempotencyConflictsLastHour)));

        auto checkFile = [&](const QByteArray &content) {
            const QString path = m_dir.filePath(QStringLiteral("c.ndjson"));
            QFile f(path);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(content);
            f.close();
            return cli({QStringLiteral("check"), m_runbook, QStringLiteral("--source"), QStringLiteral("file:") + path, QStringLiteral("--at"),
                        QStringLiteral("2026-11-28T12:00:00Z")}).code;
        };
        const QByteArray cleanup = "{\"timestamp\":\"2026-11-28T05:00:01Z\",\"message\":\"[cleanup-photos] Deleted 3 orphaned records\"}\n";
        QCOMPARE(checkFile(cleanup), 0); // everything ok
        QCOMPARE(checkFile(""), 3);      // no cleanup run in the window: unknown
        QByteArray races = cleanup;
        for (int i = 0; i < 11; ++i)
            races += "{\"timestamp\":\"2026-11-28T1" + QByteArray::number(i % 2) + ":" + QByteArray::number(10 + i) +
                     ":00Z\",\"message\":\"[username/sync] Race condition detected - handle claimed by another user\"}\n";
        QCOMPARE(checkFile(races), 1); // 11 > 10: warning
        QCOMPARE(cli({QStringLiteral("check"), m_runbook, QStringLiteral("--source"), QStringLiteral("file:/nonexistent")}).code, 3);
    }

    // A rule whose query does not parse is UNKNOWN with the parser's message,
    // never "OK 0": the same rule with the valid query is CRITICAL 23.
    void brokenQueryIsUnknownNeverOk_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed parenthesis") << QStringLiteral("(@statusCode:500") << QStringLiteral("unclosed parenthesis at column 1");
        QTest::newRow("lone AND") << QStringLiteral("AND") << QStringLiteral("'AND' at column 1 has nothing before it");
        QTest::newRow("AND after AND") << QStringLiteral("webhook AND AND @statusCode:500") << QStringLiteral("'AND' at column 13 has nothing before it");
        QTest::newRow("nesting past the limit") << QStringLiteral("(").repeated(70) + QStringLiteral("x") + QStringLiteral(")").repeated(70)
                                                << QStringLiteral("nests deeper than 64 levels");
        QTest::newRow("value groups past the limit") << QStringLiteral("@a:(").repeated(70) + QStringLiteral("x")
                                                     << QStringLiteral("nests deeper than 64 levels");
        QTest::newRow("unclosed value group") << QStringLiteral("@statusCode:(500 OR 502") << QStringLiteral("unclosed parenthesis at column 13");
        QTest::newRow("unclosed quote") << QStringLiteral("\"webhook failed") << QStringLiteral("column 1");
        QTest::newRow("dangling OR") << QStringLiteral("@statusCode:500 OR") << QStringLiteral("column");
        QTest::newRow("empty parentheses") << QStringLiteral("()") << QStringLiteral("column");
    }
    void brokenQueryIsUnknownNeverOk()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const QString dir = m_dir.filePath(QStringLiteral("broken-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        QDir().mkpath(dir);
        auto write = [&](const QString &name, const QByteArray &content) {
            QFile f(dir + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        };
        write(QStringLiteral("rb.md"), "# Webhooks\n\n## Alert Thresholds\n\n| Metric | Warning | Critical |\n|---|---|---|\n"
                                       "| Webhook 500s per hour | > 5 | > 20 |\n");
        QByteArray logs;
        for (int i = 0; i < 23; ++i)
            logs += "{\"timestamp\":\"2026-11-28T11:" + QByteArray::number(10 + i) + ":00Z\",\"message\":\"webhook failed\",\"statusCode\":500}\n";
        write(QStringLiteral("app.ndjson"), logs);
        auto wiring = [&](const QString &q) {
            QByteArray y = "version: 1\nprofiles:\n  local:\n    connectors:\n      logs: { kind: file, path: " + dir.toUtf8() +
                           "/app.ndjson }\nmetrics:\n  w500:\n    label: Webhook 500s\n    kind: count\n    window: 1h\n    count:\n      - query: '";
            y += QString(q).replace(QLatin1Char('\''), QStringLiteral("''")).toUtf8();
            y += "'\nrules:\n  threshold/webhook-500s-per-hour: w500\n";
            write(QStringLiteral("rb.wiring.yaml"), y);
        };
        const QStringList args{QStringLiteral("check"), dir + QStringLiteral("/rb.md"), QStringLiteral("--at"), QStringLiteral("2026-11-28T12:00:00Z")};

        wiring(QStringLiteral("webhook @statusCode:500"));
        Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QStringLiteral("CRITICAL")) && r.out.contains(QStringLiteral(" 23 ")), qPrintable(r.out + r.err));

        wiring(query);
        QElapsedTimer t;
        t.start();
        r = cli(args);
        QVERIFY2(t.elapsed() < 5000, "a broken query is reported at once");
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QStringLiteral("UNKNOWN")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("OK ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("does not parse")) && r.out.contains(message), qPrintable(r.out));

        r = cli(args + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.code, 3);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("unknown"));
        const QJsonObject rule = o.value(QStringLiteral("rules")).toArray().at(0).toObject();
        QCOMPARE(rule.value(QStringLiteral("severity")).toString(), QStringLiteral("unknown"));
        QVERIFY2(rule.value(QStringLiteral("value")).isNull() || rule.value(QStringLiteral("value")).isUndefined(), qPrintable(r.out));
        QVERIFY2(rule.value(QStringLiteral("reason")).toString().contains(message), qPrintable(r.out));
    }

    // A store address this build cannot open is an error, never a file or
    // folder of that name in the working directory.
    void storeAddressesAreNeverLocalFiles()
    {
        QTemporaryDir cwd;
        for (const QString &address : {QStringLiteral("postgresql://nobody@127.0.0.1:1/incidents"), QStringLiteral("mysql://db/incidents"),
                                       QStringLiteral("postgresql://alice:secret@127.0.0.1:1/x")}) {
            QProcess p;
            p.setWorkingDirectory(cwd.path());
            p.start(QStringLiteral(RUNBOOK_CLI), {QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--store"), address});
            QVERIFY(p.waitForFinished(30000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QCOMPARE(p.exitCode(), 1);
            QVERIFY2(!err.isEmpty() && !err.contains(QStringLiteral("secret")), qPrintable(err));
        }
        QCOMPARE(QDir(cwd.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), QStringList());
        const Run unreachable = cli({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--store"), QStringLiteral("postgresql://nobody@127.0.0.1:1/incidents")});
        QVERIFY2(unreachable.err.contains(QStringLiteral("cannot be reached")), qPrintable(unreachable.err));
    }

    // incident watch prints each change as it happens, on a file and on a team store.
    void watchPrintsChangesAsTheyHappen()
    {
        REQUIRE_TEST_PG();
        const QStringList stores{m_dir.filePath(QStringLiteral("watch.sqlite")), TestPg::fromEnvironment().address()};
        for (const QString &store : stores) {
            const Run created = cli({QStringLiteral("incident"), QStringLiteral("new"), m_runbook, QStringLiteral("--title"), QStringLiteral("Watched"),
                                     QStringLiteral("--store"), store});
            QCOMPARE(created.code, 0);
            const QString id = created.out.trimmed();
            QProcess watch;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
            watch.setProcessEnvironment(env);
            watch.start(QStringLiteral(RUNBOOK_CLI), {QStringLiteral("incident"), QStringLiteral("watch"), id, QStringLiteral("--json"),
                                                      QStringLiteral("--for"), QStringLiteral("4"), QStringLiteral("--store"), store});
            QVERIFY(watch.waitForStarted());
            // It says when it has read the timeline so far and listens.
            QByteArray said;
            QElapsedTimer listening;
            listening.start();
            while (!said.contains("watching incident") && watch.state() == QProcess::Running && listening.elapsed() < 10'000) {
                watch.waitForReadyRead(20);
                said += watch.readAllStandardError();
            }
            QVERIFY2(said.contains("watching incident " + id.toUtf8()), said.constData());
            QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("note"), id, QStringLiteral("first look: 32 failed"), QStringLiteral("--store"), store}).code, 0);
            QElapsedTimer t;
            t.start();
            while (!watch.canReadLine() && t.elapsed() < 3000)
                watch.waitForReadyRead(20);
            const QJsonObject line = QJsonDocument::fromJson(watch.readLine()).object();
            QCOMPARE(line.value(QStringLiteral("kind")).toString(), QStringLiteral("note.added"));
            QCOMPARE(line.value(QStringLiteral("actor")).toString(), QStringLiteral("tester"));
            QVERIFY(line.value(QStringLiteral("text")).toString().contains(QStringLiteral("first look: 32 failed")));
            qInfo("%s: a note showed in incident watch %lld ms after the command that made it ended", qPrintable(store.left(10)), t.elapsed());
            QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("set"), id, QStringLiteral("--severity"), QStringLiteral("SEV2"), QStringLiteral("--store"), store}).code, 0);
            QVERIFY(watch.waitForFinished(8000));
            const QString rest = QString::fromUtf8(watch.readAllStandardOutput());
            QVERIFY2(rest.contains(QStringLiteral("\"kind\":\"incident.severity\"")), qPrintable(rest));
            QVERIFY2(!rest.contains(QStringLiteral("incident.created")), qPrintable(rest)); // only what happened while watching
        }
    }

    // The incident record from the CLI: a probe's result as evidence, the
    // incident's fields and follow-ups, the four exports (the PDF without a
    // display), and an import that restores the incident exactly.
    void incidentRecordFromTheCli()
    {
        const QString demo = m_dir.filePath(QStringLiteral("xdg/RunbookAssistant/runbook-assistant/demo"));
        QCOMPARE(cli({QStringLiteral("demo-data"), QStringLiteral("--out"), demo, QStringLiteral("--end"), QStringLiteral("2026-11-28T12:00:00Z")}).code, 0);
        const QString store = m_dir.filePath(QStringLiteral("record.sqlite")), storeOpt = QStringLiteral("--store");
        Run r = cli({QStringLiteral("incident"), QStringLiteral("new"), m_runbook, QStringLiteral("--title"), QStringLiteral("Reconcile"),
                     QStringLiteral("--severity"), QStringLiteral("sev3"), storeOpt, store});
        QCOMPARE(r.code, 0);
        const QString id = r.out.trimmed();
        r = cli({QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("database-reconciliation/step-1"), QStringLiteral("--runbook"), m_runbook,
                 QStringLiteral("--incident"), id, storeOpt, store});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("evidence E1 attached to database-reconciliation/step-1")), qPrintable(r.err));
        r = cli({QStringLiteral("incident"), QStringLiteral("evidence"), id, QStringLiteral("--json"), storeOpt, store});
        const QJsonArray ev = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(ev.size(), 1);
        QCOMPARE(ev.at(0)[QStringLiteral("rows")].toArray().size(), 40);
        QCOMPARE(ev.at(0)[QStringLiteral("actor")].toString(), QStringLiteral("tester"));
        QCOMPARE(ev.at(0)[QStringLiteral("profile")].toString(), QStringLiteral("demo"));
        QVERIFY(ev.at(0)[QStringLiteral("what")].toString().startsWith(QStringLiteral("SELECT")));
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("evidence"), id, QStringLiteral("E1"), QStringLiteral("--mark-done"), storeOpt, store}).code, 0);
        // The rules judged, kept with the incident: its detection and metrics.
        r = cli({QStringLiteral("check"), m_runbook, QStringLiteral("--at"), QStringLiteral("2026-11-28T12:00:00Z"), QStringLiteral("--incident"), id, storeOpt, store});
        QVERIFY2(r.code == 1 || r.code == 2, qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("check"), m_runbook, QStringLiteral("--incident"), QStringLiteral("nope"), storeOpt, store}).code, 3);
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("evidence"), id, QStringLiteral("E9"), QStringLiteral("--pin"), storeOpt, store}).code, 2);

        // Fields: a bad value changes nothing; good ones are each on the timeline.
        r = cli({QStringLiteral("incident"), QStringLiteral("set"), id, QStringLiteral("--summary"), QStringLiteral("not kept"), QStringLiteral("--severity"),
                 QStringLiteral("SEV7"), storeOpt, store});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--severity: \"SEV7\" is not SEV1, SEV2, SEV3 or SEV4")));
        r = cli({QStringLiteral("incident"), QStringLiteral("set"), id, QStringLiteral("--severity"), QStringLiteral("SEV2"), QStringLiteral("--status"),
                 QStringLiteral("identified"), QStringLiteral("--commander"), QStringLiteral("zoe"), QStringLiteral("--summary"), QStringLiteral("Photos lost their blobs"),
                 QStringLiteral("--impact"), QStringLiteral("6 avatars broken"), QStringLiteral("--root-cause"), QStringLiteral("A cleanup ran twice"),
                 QStringLiteral("--followup"), QStringLiteral("Lock the cleanup job"), QStringLiteral("--owner"), QStringLiteral("bob"), QStringLiteral("--due"),
                 QStringLiteral("2026-12-31"), storeOpt, store});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("follow-up 1"));
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("set"), id, QStringLiteral("--followup-done"), QStringLiteral("1"), storeOpt, store}).code, 0);
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("set"), id, QStringLiteral("--followup-done"), QStringLiteral("4"), storeOpt, store}).code, 2);
        r = cli({QStringLiteral("incident"), QStringLiteral("show"), id, QStringLiteral("--json"), storeOpt, store});
        const QJsonObject inc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(inc[QStringLiteral("severity")].toString(), QStringLiteral("SEV2"));
        QCOMPARE(inc[QStringLiteral("status")].toString(), QStringLiteral("identified"));
        QCOMPARE(inc[QStringLiteral("commander")].toString(), QStringLiteral("zoe"));
        QCOMPARE(inc[QStringLiteral("summary")].toString(), QStringLiteral("Photos lost their blobs"));
        QCOMPARE(inc[QStringLiteral("followups")].toArray().at(0)[QStringLiteral("done")].toBool(), true);
        QVERIFY(inc[QStringLiteral("metrics")].toObject().size() >= 5);
        QCOMPARE(inc[QStringLiteral("followups")].toArray().at(0)[QStringLiteral("due")].toString(), QStringLiteral("2026-12-31"));
        QStringList kinds;
        for (const QJsonValue &e : inc[QStringLiteral("timeline")].toArray())
            kinds.append(e[QStringLiteral("kind")].toString());
        for (const char *k : {"incident.severity", "evidence.added", "step.state", "incident.commander", "incident.summary", "incident.impact",
                              "incident.rootcause", "followup.added", "followup.changed", "incident.status"})
            QVERIFY2(kinds.contains(QString::fromLatin1(k)), k);

        // Four formats; the PDF with no display at all.
        QProcessEnvironment headless = QProcessEnvironment::systemEnvironment();
        headless.remove(QStringLiteral("DISPLAY"));
        headless.remove(QStringLiteral("WAYLAND_DISPLAY"));
        headless.remove(QStringLiteral("QT_QPA_PLATFORM"));
        headless.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        QProcess pdf;
        pdf.setProcessEnvironment(headless);
        const QString pdfPath = m_dir.filePath(QStringLiteral("record.pdf"));
        pdf.start(QStringLiteral(RUNBOOK_CLI), {QStringLiteral("incident"), QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("pdf"),
                                                QStringLiteral("--out"), pdfPath, storeOpt, store});
        QVERIFY(pdf.waitForFinished(60000));
        QVERIFY2(pdf.exitCode() == 0, pdf.readAllStandardError().constData());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdfPath, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000) && text.exitCode() == 0);
        const QString pdfText = QString::fromUtf8(text.readAllStandardOutput()).simplified(); // lines wrap in table cells
        for (const QString &want : {QStringLiteral("Reconcile"), QStringLiteral("Photos lost their blobs"), QStringLiteral("Lock the cleanup job"),
                                    QStringLiteral("Evidence E1 (pinned)"), QStringLiteral("Metrics over the incident"), QStringLiteral("First breach")})
            QVERIFY2(pdfText.contains(want), qPrintable(want));
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("pdf"), storeOpt, store}).code, 64);
        r = cli({QStringLiteral("incident"), QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("html"), storeOpt, store});
        QVERIFY(r.out.startsWith(QStringLiteral("<!DOCTYPE html>")) && r.out.contains(QStringLiteral("Lock the cleanup job")));
        const QString jsonPath = m_dir.filePath(QStringLiteral("record.json"));
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                      jsonPath, storeOpt, store}).code, 0);

        // Import into an empty store, export again: the same bytes.
        const QString other = m_dir.filePath(QStringLiteral("imported.sqlite"));
        r = cli({QStringLiteral("incident"), QStringLiteral("import"), jsonPath, storeOpt, other});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), id);
        const QString again = m_dir.filePath(QStringLiteral("again.json"));
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                      again, storeOpt, other}).code, 0);
        QFile a(jsonPath), b(again);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
        r = cli({QStringLiteral("incident"), QStringLiteral("import"), jsonPath, storeOpt, other});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("already holds an incident")));
        // Imported where its runbook is not: the record exports whole, its steps by id.
        QVERIFY(a.seek(0));
        QJsonObject moved = QJsonDocument::fromJson(a.readAll()).object();
        QJsonObject movedInc = moved[QStringLiteral("incident")].toObject();
        QJsonObject movedRb = movedInc[QStringLiteral("runbook")].toObject();
        movedRb[QStringLiteral("path")] = QStringLiteral("/nonexistent/runbook.md");
        movedInc[QStringLiteral("runbook")] = movedRb;
        movedInc[QStringLiteral("id")] = QStringLiteral("moved-1");
        moved[QStringLiteral("incident")] = movedInc;
        QFile movedFile(m_dir.filePath(QStringLiteral("moved.json")));
        QVERIFY(movedFile.open(QIODevice::WriteOnly));
        movedFile.write(QJsonDocument(moved).toJson());
        movedFile.close();
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("import"), movedFile.fileName(), storeOpt, other}).code, 0);
        r = cli({QStringLiteral("incident"), QStringLiteral("export"), QStringLiteral("moved-1"), QStringLiteral("--format"), QStringLiteral("md"), storeOpt, other});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(QStringLiteral("give --runbook FILE")));
        QVERIFY(r.out.contains(QStringLiteral("### Recorded steps (the runbook could not be read)")));
        QVERIFY2(r.out.contains(QStringLiteral("(was `database-reconciliation/step-1`) — done by tester")), qPrintable(r.out)); // with the text it had
        QVERIFY(r.out.contains(QStringLiteral("Photos lost their blobs")));

        QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"runbook-assistant.incident\",\n \"version\": 1,\n \"incident\": {\"id\": 5}}");
        broken.close();
        r = cli({QStringLiteral("incident"), QStringLiteral("import"), broken.fileName(), storeOpt, other});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("broken.json: incident.id: expected a string")), qPrintable(r.err));
    }

    // Who acted defaults to the operating system's login name, whatever the environment says.
    void theActorIsTheLoginName()
    {
        const passwd *pw = getpwuid(geteuid());
        QVERIFY(pw && pw->pw_name);
        const QString login = QString::fromLocal8Bit(pw->pw_name);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"RUNBOOK_USER", "USER", "LOGNAME", "USERNAME"})
            env.remove(QString::fromLatin1(v));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        const QString store = m_dir.filePath(QStringLiteral("who.sqlite"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RUNBOOK_CLI), {QStringLiteral("incident"), QStringLiteral("new"), m_runbook, QStringLiteral("--store"), store});
        QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
        const QString id = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        const Run r = cli({QStringLiteral("incident"), QStringLiteral("show"), id, QStringLiteral("--json"), QStringLiteral("--store"), store});
        const QJsonArray timeline = QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("timeline")].toArray();
        QCOMPARE(timeline.first()[QStringLiteral("actor")].toString(), login);
        QVERIFY(login != QStringLiteral("unknown"));
    }

    void sqlProbesAndActionsOnTheDemoDatabase()
    {
        // The demo profile's database lives in the app data folder (${DATA}).
        const QString demo = m_dir.filePath(QStringLiteral("xdg/RunbookAssistant/runbook-assistant/demo"));
        QCOMPARE(cli({QStringLiteral("demo-data"), QStringLiteral("--out"), demo, QStringLiteral("--end"), QStringLiteral("2026-11-28T12:00:00Z")}).code, 0);
        const QString rb = QStringLiteral("--runbook");
        Run r = cli({QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("database-reconciliation/step-1"), rb, m_runbook, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toArray().size(), 40); // every ready photo has a blob_url
        r = cli({QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("clerk-webhook-failures/step-3"), rb, m_runbook});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("profile_photos\ttrue")));

        r = cli({QStringLiteral("action"), QStringLiteral("preview"), QStringLiteral("database-reconciliation/step-3"), rb, m_runbook,
                 QStringLiteral("--param"), QStringLiteral("id=ph_001"), QStringLiteral("--param"), QStringLiteral("id=ph_002"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toArray().size(), 2);
        const QString token = o.value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());
        // Parameters are checked: an unknown key, or one id given twice (it would count as two rows), is a bad request.
        for (const QStringList &bad : {QStringList{QStringLiteral("--param"), QStringLiteral("idd=ph_001")},
                                       QStringList{QStringLiteral("--param"), QStringLiteral("id=ph_001"), QStringLiteral("--param"), QStringLiteral("id=ph_001")}}) {
            r = cli(QStringList{QStringLiteral("action"), QStringLiteral("preview"), QStringLiteral("database-reconciliation/step-3"), rb, m_runbook} + bad);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("takes no parameter \"idd\" (it takes: id)")) || r.err.contains(QStringLiteral("id=ph_001 is given twice")), qPrintable(r.err));
        }
        r = cli({QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("clerk-webhook-failures/step-2"), rb, m_runbook, QStringLiteral("--param"), QStringLiteral("x=1")});
        QCOMPARE(r.code, 2);
        const QStringList run = {QStringLiteral("action"), QStringLiteral("run"), QStringLiteral("database-reconciliation/step-3"), rb, m_runbook,
                                 QStringLiteral("--param"), QStringLiteral("id=ph_001"), QStringLiteral("--param"), QStringLiteral("id=ph_002")};
        r = cli(run);
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("refused")));
        // With an incident, the action leaves its intent and outcome on the timeline.
        const QString store = m_dir.filePath(QStringLiteral("actions.sqlite"));
        const QString id = cli({QStringLiteral("incident"), QStringLiteral("new"), m_runbook, QStringLiteral("--store"), store}).out.trimmed();
        r = cli(run + QStringList{QStringLiteral("--confirm"), token, QStringLiteral("--store"), store, QStringLiteral("--incident"), id});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("2 row(s) changed")));
        r = cli({QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("database-reconciliation/step-1"), rb, m_runbook, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray().size(), 38);
        r = cli({QStringLiteral("incident"), QStringLiteral("export"), id, QStringLiteral("--store"), store});
        QVERIFY(r.out.contains(QStringLiteral("About to run database-reconciliation/step-3 with id=ph_001, id=ph_002")));
        QVERIFY(r.out.contains(QStringLiteral("database-reconciliation/step-3 finished in")));
        // The same token no longer fits the data.
        QCOMPARE(cli(run + QStringList{QStringLiteral("--confirm"), token}).code, 3);
        // The cron schedules from the demo's vercel.json.
        r = cli({QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("cron-job-health/step-4"), rb, m_runbook, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray crons = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
        QCOMPARE(crons.size(), 3);
        QCOMPARE(crons.at(0).toArray().at(0).toString(), QStringLiteral("/api/cron/cleanup-photos"));
        QCOMPARE(crons.at(0).toArray().at(1).toString(), QStringLiteral("0 5 * * *"));
        // Database connectivity: SELECT 1 and how long connecting and answering took.
        r = cli({QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("clerk-webhook-failures/step-2"), rb, m_runbook});
        QCOMPARE(r.code, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("connected and answered in \\d+ ms")).match(r.out).hasMatch(), qPrintable(r.out + r.err));
        // The demo profile's Stripe: the demo backend the CLI starts, with the demo's own key.
        r = cli({QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("payment-tip-duplicate-detection/step-1"), rb, m_runbook});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("with a failed webhook delivery")), qPrintable(r.out + r.err));
        // Production's key is not set: it is named (profile, connector, key) and the call is not made.
        r = cli({QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("payment-tip-duplicate-detection/step-1"), rb, m_runbook,
                 QStringLiteral("--profile"), QStringLiteral("production")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("profile production, connector payments, key: environment variable STRIPE_SECRET_KEY is not set")), qPrintable(r.err));
    }

    // Another team's alert runbook through the CLI: the model as JSON, and an
    // incident's variables filling what `incident copy` prints.
    void anyRunbookFromTheCli()
    {
        const QString rb = QStringLiteral(RUNBOOK_TEST_DATA "/runbooks/k8s-pod-crashlooping.md");
        Run r = cli({QStringLiteral("inspect"), rb, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("alert")).toString(), QStringLiteral("KubePodCrashLooping"));
        QCOMPARE(o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("owner")).toString(), QStringLiteral("platform-team"));
        QCOMPARE(o.value(QStringLiteral("variables")).toArray().first().toString(), QStringLiteral("NAMESPACE"));
        const QJsonArray sections = o.value(QStringLiteral("sections")).toArray();
        QCOMPARE(sections.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("reading"));
        const QJsonObject diag = sections.at(2).toObject();
        QCOMPARE(diag.value(QStringLiteral("groups")).toArray().size(), 2);
        const QJsonObject step = diag.value(QStringLiteral("steps")).toArray().at(3).toObject();
        QCOMPARE(step.value(QStringLiteral("type")).toString(), QStringLiteral("command"));
        QCOMPARE(step.value(QStringLiteral("group")).toString(), QStringLiteral("PromQL queries"));
        QCOMPARE(step.value(QStringLiteral("blocks")).toArray().first().toObject().value(QStringLiteral("language")).toString(), QStringLiteral("promql"));

        const QString store = m_dir.filePath(QStringLiteral("vars.sqlite"));
        const QString id = cli({QStringLiteral("incident"), QStringLiteral("new"), rb, QStringLiteral("--store"), store}).out.trimmed();
        QVERIFY(!id.isEmpty());
        const QStringList st{QStringLiteral("--store"), store};
        QCOMPARE(cli(QStringList{QStringLiteral("incident"), QStringLiteral("copy"), id, QStringLiteral("diagnosis/step-2")} + st).out.trimmed(),
                 QStringLiteral("kubectl logs -n $NAMESPACE <pod-name> --previous"));
        QCOMPARE(cli(QStringList{QStringLiteral("incident"), QStringLiteral("var"), id, QStringLiteral("NAMESPACE=shop")} + st).code, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("incident"), QStringLiteral("var"), id, QStringLiteral("POD_NAME=web-1")} + st).code, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("incident"), QStringLiteral("copy"), id, QStringLiteral("diagnosis/step-2")} + st).out.trimmed(),
                 QStringLiteral("kubectl logs -n shop web-1 --previous"));
        QCOMPARE(cli(QStringList{QStringLiteral("incident"), QStringLiteral("var"), id, QStringLiteral("bad name=1")} + st).code, 1);
        QCOMPARE(cli(QStringList{QStringLiteral("incident"), QStringLiteral("copy"), id, QStringLiteral("diagnosis/step-2"), QStringLiteral("--block"), QStringLiteral("3")} + st).code, 2);
        r = cli(QStringList{QStringLiteral("incident"), QStringLiteral("export"), id} + st);
        QVERIFY2(r.out.contains(QStringLiteral("NAMESPACE = shop")), qPrintable(r.out.left(600)));
    }

    // A store with one damaged page: show and export give what can be read,
    // name what is damaged (stderr and the document), and exit 1; writes are refused.
    void damagedPageIsExportedWithAWarning()
    {
        const auto rb = RunbookParser::parseFile(m_runbook);
        QVERIFY(rb);
        const QString store = m_dir.filePath(QStringLiteral("damaged-page.sqlite"));
        const QString id = writeDamagedStore(store, rb.value(), 159, 80);
        QVERIFY(!id.isEmpty());
        Run r = cli({QStringLiteral("incident"), QStringLiteral("export"), id, QStringLiteral("--store"), store});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is damaged")) && r.err.contains(QStringLiteral("the timeline entries")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("## Incomplete record")), qPrintable(r.out.left(2000)));
        QVERIFY(r.out.contains(QStringLiteral("Missing or incomplete: the timeline entries")));
        QVERIFY(r.out.contains(QStringLiteral("MARK-000"))); // what can be read is there
        r = cli({QStringLiteral("incident"), QStringLiteral("export"), id, QStringLiteral("--store"), store, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 1);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(doc.value(QStringLiteral("incomplete")).toArray().first().toString().startsWith(QStringLiteral("the timeline entries")));
        r = cli({QStringLiteral("incident"), QStringLiteral("note"), id, QStringLiteral("into a damaged file?"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nothing more is written")), qPrintable(r.err));
    }

    void damagedStoreIsReported()
    {
        const QString store = m_dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(store);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, 'q'));
        f.close();
        const Run r = cli({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
