// Metrics and thresholds on generated data with known injected counts:
// exact values and severities, exactly-at-threshold, zero denominators, an
// empty window, a failing source → unknown, clock-driven windows, and the
// refresh schedule with backoff on a fake clock.
#include "DemoLogGenerator.h"
#include "metrics/MetricMonitor.h"
#include "runbook/RunbookParser.h"
#include "wiring/WiringLoader.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestMetrics : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_logs;
    Runbook m_rb;
    Wiring m_wiring;
    const QDateTime m_end{QDate(2026, 11, 28), QTime(12, 0), Qt::UTC};

    Evaluation evaluate(const QString &spec, qint64 now)
    {
        MetricEvaluator ev;
        if (!spec.isEmpty())
            ev.setSource(spec);
        QSignalSpy done(&ev, &MetricEvaluator::finished);
        ev.evaluate(m_rb, m_wiring, QStringLiteral("demo"), now);
        if (done.isEmpty())
            done.wait(20000);
        return done.at(0).at(0).value<Evaluation>();
    }
    // Independent count: every line read, messages compared as plain text.
    qint64 count(const QStringList &needles, qint64 from, qint64 to, const QString &path = {}) const
    {
        QFile f(path.isEmpty() ? m_logs : path);
        f.open(QIODevice::ReadOnly);
        qint64 n = 0;
        while (!f.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
            const qint64 ms = qint64(o.value(QStringLiteral("timestamp")).toDouble());
            if (ms < from || ms >= to)
                continue;
            for (const QString &s : needles)
                n += o.value(QStringLiteral("message")).toString().contains(s);
        }
        return n;
    }
    const RuleEvaluation &rule(const Evaluation &e, const QString &id)
    {
        for (const RuleEvaluation &r : e.rules)
            if (r.ruleId == id)
                return r;
        qFatal("no rule %s", qPrintable(id));
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoLogOptions o;
        o.end = m_end;
        m_logs = DemoLogGenerator::write(m_dir.path(), o)->path;
        m_rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md")).value();
        m_wiring = WiringLoader::loadFile(WiringLoader::sidecarPath(m_rb.path), &m_rb);
        QVERIFY(!m_wiring.hasErrors());
        QCOMPARE(m_wiring.rules.size(), 6);
    }

    void sixRulesMatchAnIndependentCount()
    {
        const qint64 now = m_end.toMSecsSinceEpoch();
        const Evaluation e = evaluate(QStringLiteral("file:") + m_logs, now);
        QCOMPARE(int(e.rules.size()), 6);
        const qint64 day = now - 86'400'000, hour = now - 3'600'000;

        const auto &blob = rule(e, QStringLiteral("threshold/blob-deletion-failures-per-day"));
        QCOMPARE(*blob.value, double(count({QStringLiteral("[upload] Failed to clean up previous avatar blobs"),
                                            QStringLiteral("[cleanup-photos] Blob deletion failed")}, day, now)));
        QVERIFY(*blob.value >= DemoLogGenerator::Incident::uploadCleanupFailures + DemoLogGenerator::Incident::cleanupBlobFailures);
        QCOMPARE(blob.severity, Severity::Critical);

        const auto &tips = rule(e, QStringLiteral("threshold/tip-webhook-duplicates-per-hour"));
        const double dup = double(count({QStringLiteral("[capture-tip] Idempotent duplicate webhook received")}, hour, now));
        const double rec = double(count({QStringLiteral("[capture-tip] Tip recorded successfully")}, hour, now));
        QCOMPARE(dup, double(DemoLogGenerator::Incident::tipDuplicatesLastHour));
        QCOMPARE(rec, double(DemoLogGenerator::Incident::tipsRecordedLastHour));
        QCOMPARE(*tips.value, 100.0 * dup / (dup + rec));
        QCOMPARE(tips.unit, QStringLiteral("%"));
        QCOMPARE(tips.severity, Severity::Critical);

        const auto &race = rule(e, QStringLiteral("threshold/handle-race-conditions-per-day"));
        QCOMPARE(*race.value, double(DemoLogGenerator::Incident::raceConditionsLastDay));
        QCOMPARE(race.severity, Severity::Warning);
        const auto &idem = rule(e, QStringLiteral("threshold/idempotency-conflicts-per-hour"));
        QCOMPARE(*idem.value, double(DemoLogGenerator::Incident::idempotencyConflictsLastHour));
        QCOMPARE(idem.severity, Severity::Warning);
        const auto &clerk = rule(e, QStringLiteral("threshold/clerk-webhook-500s-per-hour"));
        QCOMPARE(*clerk.value, double(count({QStringLiteral("POST /api/clerk/webhook 500")}, hour, now)));
        QCOMPARE(clerk.severity, Severity::Critical);
        const auto &orphans = rule(e, QStringLiteral("threshold/orphaned-photo-records-per-cleanup"));
        QCOMPARE(*orphans.value, double(DemoLogGenerator::Incident::orphansLastCleanup));
        QCOMPARE(orphans.severity, Severity::Warning);

        QCOMPARE(e.severity, Severity::Critical);
        QCOMPARE(e.sectionSeverity(QStringLiteral("payment-tip-duplicate-detection")), Severity::Critical);
        QCOMPARE(e.sectionSeverity(QStringLiteral("idempotency-key-conflicts")), Severity::Warning);
        // Metrics beyond the rules are computed and shown too; those needing probes say why not.
        QCOMPARE(e.metric(QStringLiteral("tips_recorded_per_hour"))->value.value(), rec);
        QCOMPARE(e.metric(QStringLiteral("billing_cron_success"))->value.value(), 100.0);
        // Duration from request logs: the longest durationMs of the cron routes' requests in 24 h.
        double longest = 0;
        {
            QFile f(m_logs);
            f.open(QIODevice::ReadOnly);
            while (!f.atEnd()) {
                const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
                const qint64 ms = qint64(o.value(QStringLiteral("timestamp")).toDouble());
                if (ms >= day && ms < now && o.value(QStringLiteral("path")).toString().startsWith(QStringLiteral("/api/cron/"))
                    && o.contains(QStringLiteral("statusCode")))
                    longest = std::max(longest, o.value(QStringLiteral("durationMs")).toDouble());
            }
        }
        QVERIFY(longest > 0);
        QCOMPARE(e.metric(QStringLiteral("cron_duration"))->value.value(), longest);
        QCOMPARE(e.metric(QStringLiteral("cron_duration"))->unit, QStringLiteral("ms"));
        QCOMPARE(int(e.metric(QStringLiteral("blob_deletion_failures"))->buckets.size()), 24);
    }

    void unalignedEndStillPlantsTheLastCleanup()
    {
        QTemporaryDir dir;
        DemoLogOptions o;
        o.end = QDateTime(QDate(2026, 11, 28), QTime(14, 0, 4, 123), Qt::UTC);
        o.days = 2;
        const QString path = DemoLogGenerator::write(dir.path(), o)->path;
        const Evaluation e = evaluate(QStringLiteral("file:") + path, o.end.toMSecsSinceEpoch());
        QCOMPARE(*rule(e, QStringLiteral("threshold/orphaned-photo-records-per-cleanup")).value, double(DemoLogGenerator::Incident::orphansLastCleanup));
    }

    void exactlyAtTheThreshold()
    {
        const ThresholdRule &r = m_rb.thresholds.at(0); // > 10, > 50
        QCOMPARE(MetricEvaluator::judge(r, 10), Severity::Ok);
        QCOMPARE(MetricEvaluator::judge(r, 10.001), Severity::Warning);
        QCOMPARE(MetricEvaluator::judge(r, 50), Severity::Warning);
        QCOMPARE(MetricEvaluator::judge(r, 51), Severity::Critical);
        QCOMPARE(MetricEvaluator::judge(r, 0), Severity::Ok);
        const ThresholdRule &pct = m_rb.thresholds.at(1); // > 20 %, > 50 %
        QCOMPARE(MetricEvaluator::judge(pct, 20), Severity::Ok);
        QCOMPARE(MetricEvaluator::judge(pct, 50), Severity::Warning);
        QCOMPARE(MetricEvaluator::judge(pct, 50.5), Severity::Critical);
    }

    void zeroDenominatorAndEmptyWindow()
    {
        // A log with no tip traffic, no cleanups, nothing in the last day.
        const QString path = m_dir.filePath(QStringLiteral("quiet.ndjson"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"timestamp\":1795000000000,\"message\":\"GET / 200\",\"path\":\"/\",\"statusCode\":200}\n");
        f.close();
        const Evaluation e = evaluate(QStringLiteral("file:") + path, m_end.toMSecsSinceEpoch());
        const auto &tips = rule(e, QStringLiteral("threshold/tip-webhook-duplicates-per-hour"));
        QVERIFY(!tips.value);
        QCOMPARE(tips.severity, Severity::Ok); // no tip traffic → "no data", ok, with that reason
        QVERIFY(tips.reason.startsWith(QStringLiteral("no data")));
        QCOMPARE(*rule(e, QStringLiteral("threshold/blob-deletion-failures-per-day")).value, 0.0);
        QCOMPARE(rule(e, QStringLiteral("threshold/blob-deletion-failures-per-day")).severity, Severity::Ok);
        const auto &orphans = rule(e, QStringLiteral("threshold/orphaned-photo-records-per-cleanup"));
        QCOMPARE(orphans.severity, Severity::Unknown); // no cleanup run in 7 days: never a silent ok
        QVERIFY(orphans.reason.contains(QStringLiteral("no matching line in the last 7d")));
        QCOMPARE(e.severity, Severity::Unknown);
    }

    void failingSourceIsUnknownWithTheError()
    {
        const Evaluation e = evaluate(QStringLiteral("file:/nonexistent/app.ndjson"), m_end.toMSecsSinceEpoch());
        QCOMPARE(e.rules.size(), size_t(6)); // the flagship's six rules, every one judged
        for (const RuleEvaluation &r : e.rules) {
            QCOMPARE(r.severity, Severity::Unknown);
            QVERIFY2(r.reason.contains(QStringLiteral("no such file or directory")), qPrintable(r.reason));
        }
        const Evaluation none = evaluate({}, m_end.toMSecsSinceEpoch());
        QVERIFY(none.rules.front().reason.contains(QStringLiteral("no log source")));
        Wiring unwired = m_wiring;
        unwired.rules.clear();
        MetricEvaluator ev;
        ev.setSource(QStringLiteral("file:") + m_logs);
        QSignalSpy done(&ev, &MetricEvaluator::finished);
        ev.evaluate(m_rb, unwired, {}, m_end.toMSecsSinceEpoch());
        QVERIFY(done.wait(20000));
        QVERIFY(done.at(0).at(0).value<Evaluation>().rules.front().reason.startsWith(QStringLiteral("not wired")));
    }

    // sql_scalar reads the database; http_field reads the cleanup route's
    // answer — only when asked, since calling the route runs the cleanup.
    void probeMetricsFromTheDatabaseAndTheRoute()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.sqlite"));
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE profile_photos (id text primary key, user_id text, status text, blob_url text, created_at text, updated_at text)")));
            const QString old = m_end.addSecs(-7200).toString(Qt::ISODate), fresh = m_end.addSecs(-600).toString(Qt::ISODate);
            int n = 0;
            auto add = [&](const char *status, const QString &at, int times) {
                for (int i = 0; i < times; ++i)
                    QVERIFY(q.exec(QStringLiteral("INSERT INTO profile_photos VALUES ('p%1', 'u', '%2', NULL, '%3', '%3')").arg(++n).arg(QLatin1String(status), at)));
            };
            add("ready", old, 40);
            add("uploading", old, 3);    // stuck
            add("processing", old, 1);   // stuck
            add("uploading", fresh, 5);  // still within the hour: not stuck
        }
        QSqlDatabase::removeDatabase(QStringLiteral("seed"));
        // A tiny HTTP server that answers like the cleanup route, counting calls.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int calls = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [&calls, s] {
                if (!s->readAll().contains("\r\n\r\n"))
                    return;
                ++calls;
                const QByteArray body = R"({"deleted":12,"blobsDeleted":3,"blobDeletionFailed":true,"details":{"failed":4,"stuckUploading":5,"stuckProcessing":3}})";
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                s->disconnectFromHost();
            });
        });
        const QString yaml = QStringLiteral(
            "version: 1\nprofiles:\n  p:\n    connectors:\n      db: { kind: sqlite, path: \"${DATA}/app.sqlite\" }\n"
            "      app: { kind: http, base_url: \"http://127.0.0.1:%1\" }\n"
            "metrics:\n"
            "  stuck: { kind: sql_scalar, connector: db, window: 1h, sql: \"SELECT 100.0 * (SELECT count(*) FROM profile_photos WHERE status IN ('uploading', 'processing') "
            "AND created_at < :window_start) / NULLIF((SELECT count(*) FROM profile_photos WHERE status = 'ready'), 0)\" }\n"
            "  blobs: { kind: http_field, connector: app, path: /api/cron/cleanup-photos, field: blobsDeleted }\n"
            "  failed_flag: { kind: http_field, connector: app, path: /api/cron/cleanup-photos, field: blobDeletionFailed }\n"
            "  stuck_uploading: { kind: http_field, connector: app, path: /api/cron/cleanup-photos, field: details.stuckUploading }\n"
            "  missing: { kind: http_field, connector: app, path: /api/cron/cleanup-photos, field: details.nope }\n").arg(server.serverPort());
        const Wiring w = WiringLoader::parse(yaml.toUtf8(), QStringLiteral("t.wiring.yaml"), &m_rb);
        QVERIFY2(!w.hasErrors(), qPrintable(w.messages.isEmpty() ? QString() : w.messages.first().message));
        auto run = [&](bool routes, const QHash<QString, QString> &vars) {
            MetricEvaluator ev;
            ev.setVariables(vars);
            ev.setRunRoutes(routes);
            QSignalSpy done(&ev, &MetricEvaluator::finished);
            ev.evaluate(m_rb, w, QStringLiteral("p"), m_end.toMSecsSinceEpoch());
            [&] { QVERIFY(!done.isEmpty() || done.wait(10000)); }();
            return done.at(0).at(0).value<Evaluation>();
        };
        Evaluation e = run(false, {{QStringLiteral("DATA"), dir.path()}});
        QCOMPARE(*e.metric(QStringLiteral("stuck"))->value, 100.0 * 4 / 40);
        QVERIFY(!e.metric(QStringLiteral("blobs"))->value);
        QVERIFY(e.metric(QStringLiteral("blobs"))->reason.contains(QStringLiteral("which runs it")));
        QVERIFY(e.metric(QStringLiteral("blobs"))->onRequest);
        QVERIFY(!e.metric(QStringLiteral("stuck"))->onRequest);
        QCOMPARE(calls, 0); // not asked: the route was not called
        e = run(true, {{QStringLiteral("DATA"), dir.path()}});
        QCOMPARE(*e.metric(QStringLiteral("blobs"))->value, 3.0);
        QCOMPARE(*e.metric(QStringLiteral("failed_flag"))->value, 1.0);
        QCOMPARE(*e.metric(QStringLiteral("stuck_uploading"))->value, 5.0);
        QVERIFY(!e.metric(QStringLiteral("missing"))->value);
        QVERIFY(e.metric(QStringLiteral("missing"))->reason.contains(QStringLiteral("no number at details.nope")));
        QCOMPARE(calls, 1); // one call for every field of the route
        {
            // The same evaluator, not asked again: the last reading stays, with its time; no call.
            MetricEvaluator ev;
            ev.setVariables({{QStringLiteral("DATA"), dir.path()}});
            QSignalSpy done(&ev, &MetricEvaluator::finished);
            ev.setRunRoutes(true);
            ev.evaluate(m_rb, w, QStringLiteral("p"), m_end.toMSecsSinceEpoch());
            QVERIFY(!done.isEmpty() || done.wait(10000));
            ev.setRunRoutes(false);
            ev.evaluate(m_rb, w, QStringLiteral("p"), m_end.toMSecsSinceEpoch() + 60'000);
            QVERIFY(done.size() == 2 || done.wait(10000));
            const Evaluation later = done.last().at(0).value<Evaluation>();
            QCOMPARE(*later.metric(QStringLiteral("blobs"))->value, 3.0);
            QVERIFY(later.metric(QStringLiteral("blobs"))->onRequest);
            QVERIFY(later.metric(QStringLiteral("blobs"))->reason.startsWith(QStringLiteral("as read at")));
            QCOMPARE(calls, 2);
        }
        // No database file: a reason, and no empty database made in its place.
        e = run(false, {{QStringLiteral("DATA"), dir.filePath(QStringLiteral("elsewhere"))}});
        QVERIFY(!e.metric(QStringLiteral("stuck"))->value);
        QVERIFY2(e.metric(QStringLiteral("stuck"))->reason.contains(QStringLiteral("no SQLite database at")), qPrintable(e.metric(QStringLiteral("stuck"))->reason));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("elsewhere/app.sqlite"))));
    }

    void windowsFollowTheClock()
    {
        // Two hours before the end the incident has not started: Clerk 500s in that hour are the baseline only.
        const qint64 earlier = m_end.toMSecsSinceEpoch() - 2 * 3'600'000;
        const Evaluation e = evaluate(QStringLiteral("file:") + m_logs, earlier);
        const auto &clerk = rule(e, QStringLiteral("threshold/clerk-webhook-500s-per-hour"));
        QCOMPARE(*clerk.value, double(count({QStringLiteral("POST /api/clerk/webhook 500")}, earlier - 3'600'000, earlier)));
        QVERIFY(*clerk.value < DemoLogGenerator::Incident::clerk500sLastHour);
        QCOMPARE(e.at.toMSecsSinceEpoch(), earlier);
    }

    void refreshAndBackoffOnAFakeClock()
    {
        FixedClock clock(m_end);
        MetricEvaluator ev;
        QVERIFY(ev.setSource(QStringLiteral("file:/nonexistent/app.ndjson")).isEmpty());
        MetricMonitor monitor(&ev, clock, [this] { return MetricMonitor::Input{&m_rb, &m_wiring, QStringLiteral("demo")}; });
        QSignalSpy evaluated(&monitor, &MetricMonitor::evaluated);
        monitor.setIntervalMs(60'000);
        monitor.refreshNow();
        QTRY_COMPARE(evaluated.size(), 1);
        QCOMPARE(monitor.currentDelayMs(), 120'000); // the source failed: back off
        clock.advance(60);
        monitor.tick();
        QVERIFY(!ev.isRunning()); // not due yet: the tick started nothing
        QCOMPARE(evaluated.size(), 1);
        clock.advance(60);
        monitor.tick();
        QTRY_COMPARE(evaluated.size(), 2);
        QCOMPARE(monitor.currentDelayMs(), 240'000);
        for (int i = 0; i < 6; ++i) {
            clock.advance(monitor.currentDelayMs() / 1000);
            monitor.tick();
            QTRY_COMPARE(evaluated.size(), 3 + i);
        }
        QCOMPARE(monitor.currentDelayMs(), MetricMonitor::MaxBackoffMs);
        // The source comes back: the interval is the user's again.
        QVERIFY(ev.setSource(QStringLiteral("file:") + m_logs).isEmpty());
        monitor.refreshNow();
        QTRY_COMPARE(evaluated.size(), 9);
        QCOMPARE(monitor.currentDelayMs(), 60'000);
        QCOMPARE(monitor.nextDue(), clock.now().addSecs(60));
        QCOMPARE(monitor.last()->severity, Severity::Critical);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
