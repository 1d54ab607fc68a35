// The Datadog and Loki clients against the demo backend on 127.0.0.1, which
// speaks their wire formats: the same counts as the file source, paging,
// 429 with X-RateLimit-Reset, 500, malformed JSON, org ids, a slow server
// and cancellation.
#include "DatadogSearch.h"
#include "DemoBackend.h"
#include "DemoLogGenerator.h"
#include "logs/LogQueryParser.h"
#include "logs/LogSource.h"
#include "runbook/RunbookParser.h"
#include "wiring/ProfileTargets.h"
#include "wiring/WiringLoader.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

class TestLogSources : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_logs;
    std::unique_ptr<DemoBackend> m_backend;
    LogRequest m_request;
    const QDateTime m_end{QDate(2026, 11, 28), QTime(12, 0), Qt::UTC};

    LogResult run(const QString &spec, LogSourceOptions options, const LogRequest &req, int timeoutMs = 30000)
    {
        auto src = LogSource::create(spec, options);
        if (!src)
            qFatal("bad spec");
        QSignalSpy finished(src->get(), &LogSource::finished);
        src->get()->start(req);
        if (!finished.wait(timeoutMs))
            return {};
        return finished.at(0).at(0).value<LogResult>();
    }
    static LogSourceOptions keys()
    {
        LogSourceOptions o;
        o.datadogApiKey = "demo-api-key";
        o.datadogAppKey = "demo-app-key";
        o.lokiSelector = QStringLiteral("{job=\"vercel\"}");
        o.firstBackoffMs = 50;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoLogOptions o;
        o.end = m_end;
        o.days = 2;
        const auto sum = DemoLogGenerator::write(m_dir.path(), o);
        QVERIFY(sum);
        m_logs = sum->path;
        m_backend = std::make_unique<DemoBackend>();
        QVERIFY(m_backend->loadLogs(m_logs));
        QVERIFY(m_backend->listen() > 0);

        const auto rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"));
        for (const Section &s : rb->sections)
            for (const Monitor &m : s.monitors)
                if (m.kind == MonitorKind::LogPattern) {
                    m_request.queryTexts.append(m.value);
                    m_request.queries.push_back(QueryNode::fromRunbookPattern(m.value));
                }
        for (const LogQuery &q : rb->queries) {
            m_request.queryTexts.append(q.query);
            m_request.queries.push_back(LogQueryParser::parse(q.query).value());
        }
        m_request.queryTexts.append(QStringLiteral("@path:\"/api/clerk/webhook\" @statusCode:500"));
        m_request.queries.push_back(LogQueryParser::parse(m_request.queryTexts.last()).value());
        m_request.fromMs = m_end.addDays(-1).toMSecsSinceEpoch();
        m_request.toMs = m_end.toMSecsSinceEpoch();
        m_request.bucketMs = 3'600'000;
        m_request.samples = 2;
    }

    void sameCountsThroughEverySource()
    {
        const LogResult file = run(QStringLiteral("file:") + m_logs, keys(), m_request);
        const LogResult dd = run(QStringLiteral("datadog:") + m_backend->baseUrl(), keys(), m_request);
        const LogResult loki = run(QStringLiteral("loki:") + m_backend->baseUrl(), keys(), m_request);
        QVERIFY2(dd.errors.isEmpty(), qPrintable(dd.errors.join(QLatin1Char('\n'))));
        QVERIFY2(loki.errors.isEmpty(), qPrintable(loki.errors.join(QLatin1Char('\n'))));
        QCOMPARE(file.queries.size(), size_t(19));
        qint64 sum = 0;
        for (size_t q = 0; q < file.queries.size(); ++q) {
            const QString name = file.queries[q].query;
            QCOMPARE(dd.queries[q].total, file.queries[q].total);
            QCOMPARE(loki.queries[q].total, file.queries[q].total);
            QCOMPARE(dd.queries[q].buckets, file.queries[q].buckets);
            QCOMPARE(loki.queries[q].buckets, file.queries[q].buckets);
            if (file.queries[q].extracts && file.queries[q].numbers.count > 0) {
                QCOMPARE(dd.queries[q].numbers.last, file.queries[q].numbers.last);
                QCOMPARE(loki.queries[q].numbers.last, file.queries[q].numbers.last);
            }
            if (file.queries[q].total > 0) {
                QCOMPARE(dd.queries[q].samples.size(), std::min<qsizetype>(2, file.queries[q].total));
                QCOMPARE(dd.queries[q].samples.first().message, file.queries[q].samples.first().message);
                QCOMPARE(loki.queries[q].samples.first().timestampMs, file.queries[q].samples.first().timestampMs);
            }
            sum += file.queries[q].total;
        }
        QVERIFY(sum > 300); // the comparison is about real data
        // Datadog gets told about the bracketed phrases.
        QVERIFY(dd.queries[0].warnings.first().contains(QStringLiteral("cannot search '[' or ']'")));
    }

    void theFakeDatadogReadsTheSyntaxOnItsOwn()
    {
        // The Datadog fake does not use the product's parser or matcher: its own
        // reader must agree with Datadog's documented meaning on these.
        LogEvent e;
        e.message = QStringLiteral("[cleanup-photos] Deleted 12 orphaned records");
        e.level = QStringLiteral("error");
        e.service = QStringLiteral("web");
        e.tags = {QStringLiteral("env:prod")};
        e.attributes = QJsonObject{{QStringLiteral("path"), QStringLiteral("/api/cron/cleanup-photos")}, {QStringLiteral("statusCode"), 500},
                                   {QStringLiteral("http"), QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")}}}};
        const QList<std::pair<const char *, bool>> cases = {
            {"\"deleted 12\"", true},          {"orphaned", true},          {"\"Deleted\" \"orphaned records\"", true},
            {"missing", false},                 {"missing OR orphaned", true}, {"-orphaned", false},
            {"NOT missing", true},              {"@statusCode:500", true},   {"@statusCode:>499 @statusCode:<501", true},
            {"@statusCode:404", false},         {"@path:\\/api\\/cron\\/*", true}, {"@path:\"/api/upload\"", false},
            {"@http.method:GET", true},         {"@nope:*", false},          {"@statusCode:*", true},
            {"status:error service:web", true}, {"env:prod", true},          {"env:dev", false},
            {"(missing OR orphaned) -status:info", true}, {"*", true}};
        for (const auto &[q, expect] : cases) {
            const auto s = DatadogSearch::parse(QString::fromUtf8(q));
            QVERIFY2(s, q);
            QVERIFY2(s->matches(e) == expect, q);
        }
        QVERIFY(!DatadogSearch::parse(QStringLiteral("\"unclosed")));
        QVERIFY(!DatadogSearch::parse(QString(200, QLatin1Char('(')) + QStringLiteral("a")));
    }

    void numbersFromAnAttributeAgreeEverywhere()
    {
        LogRequest req = m_request;
        req.queries = {LogQueryParser::parse(QStringLiteral("@path:/api/cron/* @statusCode:*")).value()};
        req.queryTexts = {QStringLiteral("cron requests")};
        req.valueFields = {QStringLiteral("durationMs")};
        req.samples = 0;
        const LogResult file = run(QStringLiteral("file:") + m_logs, keys(), req);
        const LogResult dd = run(QStringLiteral("datadog:") + m_backend->baseUrl(), keys(), req);
        const LogResult loki = run(QStringLiteral("loki:") + m_backend->baseUrl(), keys(), req);
        QVERIFY(file.queries[0].numbers.count > 20);
        for (const LogResult *r : {&dd, &loki}) {
            QVERIFY(r->errors.isEmpty());
            QCOMPARE(r->queries[0].numbers.count, file.queries[0].numbers.count);
            QCOMPARE(r->queries[0].numbers.max, file.queries[0].numbers.max);
            QCOMPARE(r->queries[0].numbers.sum, file.queries[0].numbers.sum);
        }
    }

    void datadogPagesWithTheCursor()
    {
        LogRequest req = m_request;
        req.queries = {QueryNode::fromRunbookPattern(QStringLiteral("[capture-tip] Tip recorded successfully"))};
        req.queryTexts = {QStringLiteral("tips")};
        req.samples = 25;
        LogSourceOptions o = keys();
        o.datadogPageLimit = 10;
        const int before = m_backend->requestCount(QStringLiteral("/api/v2/logs/events/search"));
        const LogResult r = run(QStringLiteral("datadog:") + m_backend->baseUrl(), o, req);
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.queries[0].samples.size(), 25);
        QCOMPARE(m_backend->requestCount(QStringLiteral("/api/v2/logs/events/search")) - before, 3);
        for (int i = 1; i < 25; ++i)
            QVERIFY(r.queries[0].samples[i - 1].timestampMs >= r.queries[0].samples[i].timestampMs);
    }

    void rateLimitedRequestWaitsForTheReset()
    {
        LogRequest req = m_request;
        req.queries.resize(1);
        req.queryTexts = {req.queryTexts.first()};
        req.samples = 0;
        const LogResult expected = run(QStringLiteral("file:") + m_logs, keys(), req);
        DemoBackend::Fault f;
        f.status = 429;
        f.body = R"({"errors":["Too many requests"]})";
        f.headers = {{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Period", "60"}, {"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "1"}};
        m_backend->injectFault(QStringLiteral("/api/v2/logs/analytics/aggregate"), f);
        const int before = m_backend->requestCount(QStringLiteral("/api/v2/logs/analytics/aggregate"));
        QElapsedTimer t;
        t.start();
        const LogResult r = run(QStringLiteral("datadog:") + m_backend->baseUrl(), keys(), req);
        QVERIFY(t.elapsed() >= 950);
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.queries[0].total, expected.queries[0].total);
        QCOMPARE(m_backend->requestCount(QStringLiteral("/api/v2/logs/analytics/aggregate")) - before, 2);
    }

    void serverErrorsAreRetriedThenReported()
    {
        LogRequest req = m_request;
        req.queries.resize(1);
        req.queryTexts = {req.queryTexts.first()};
        req.samples = 0;
        DemoBackend::Fault f;
        f.status = 500;
        f.body = "upstream failed";
        f.times = 2;
        m_backend->injectFault(QStringLiteral("/loki/api/v1/query_range"), f);
        LogResult r = run(QStringLiteral("loki:") + m_backend->baseUrl(), keys(), req);
        QVERIFY(r.errors.isEmpty());
        QVERIFY(r.queries[0].total > 0);
        f.times = 4; // more than maxRetries = 3
        m_backend->injectFault(QStringLiteral("/loki/api/v1/query_range"), f);
        r = run(QStringLiteral("loki:") + m_backend->baseUrl(), keys(), req);
        QVERIFY(r.partial);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().contains(QStringLiteral("Loki /loki/api/v1/query_range: HTTP 500: upstream failed")), qPrintable(r.errors.first()));
    }

    void malformedRepliesAreErrorsNotCrashes()
    {
        LogRequest req = m_request;
        req.queries.resize(1);
        req.queryTexts = {req.queryTexts.first()};
        req.samples = 0;
        DemoBackend::Fault f;
        f.status = 200;
        f.body = R"({"data":{"buckets":[{"by":{},"computes":{"c0":[{"time":)";
        m_backend->injectFault(QStringLiteral("/api/v2/logs/analytics/aggregate"), f);
        const LogResult r = run(QStringLiteral("datadog:") + m_backend->baseUrl(), keys(), req);
        QVERIFY(r.partial);
        QVERIFY2(r.errors.first().contains(QStringLiteral("malformed reply")), qPrintable(r.errors.first()));
        // Loki's errors are plain text.
        LogRequest bad = req;
        bad.queries = {LogQueryParser::parse(QStringLiteral("foo OR @statusCode:500")).value()};
        const LogResult untranslatable = run(QStringLiteral("loki:") + m_backend->baseUrl(), keys(), bad);
        QVERIFY(untranslatable.errors.first().contains(QStringLiteral("cannot translate to LogQL")));
        // A Loki reply that parses but is not what was asked for.
        DemoBackend::Fault vector;
        vector.status = 200;
        vector.body = R"({"status":"success","data":{"resultType":"vector","result":[]}})";
        m_backend->injectFault(QStringLiteral("/loki/api/v1/query_range"), vector);
        const LogResult wrongShape = run(QStringLiteral("loki:") + m_backend->baseUrl(), keys(), req);
        QVERIFY(wrongShape.partial);
        QVERIFY2(wrongShape.errors.first().contains(QStringLiteral("unexpected reply (not a matrix)")), qPrintable(wrongShape.errors.first()));
    }

    void lokiOrgId()
    {
        LogRequest req = m_request;
        req.queries.resize(1);
        req.queryTexts = {req.queryTexts.first()};
        req.samples = 0;
        m_backend->setRequireLokiOrgId(QStringLiteral("tenant-a"));
        LogResult r = run(QStringLiteral("loki:") + m_backend->baseUrl(), keys(), req);
        QVERIFY(r.errors.first().contains(QStringLiteral("HTTP 401: no org id")));
        LogSourceOptions o = keys();
        o.lokiOrgId = QStringLiteral("tenant-a");
        r = run(QStringLiteral("loki:") + m_backend->baseUrl(), o, req);
        QVERIFY(r.errors.isEmpty());
        m_backend->setRequireLokiOrgId({});
    }

    void missingKeysAreSaidNotSent()
    {
        LogSourceOptions o;
        qunsetenv("DD_API_KEY");
        qunsetenv("DD_APP_KEY");
        const int before = m_backend->requestCount(QStringLiteral("/api/v2"));
        const LogResult r = run(QStringLiteral("datadog:") + m_backend->baseUrl(), o, m_request);
        QVERIFY(r.errors.first().contains(QStringLiteral("DD_API_KEY and DD_APP_KEY")));
        QCOMPARE(m_backend->requestCount(QStringLiteral("/api/v2")), before);
        QVERIFY(!r.errors.first().contains(QStringLiteral("demo-api-key")));
    }

    // Keys in the environment are never picked up behind the guard's back: a
    // source (or a wiring connector) without keys sends none; a source the
    // user names takes DD_API_KEY / DD_APP_KEY through the one guard — https,
    // or this machine — and plain http elsewhere is refused.
    void environmentKeysGoThroughTheGuard()
    {
        qputenv("DD_API_KEY", "demo-api-key");
        qputenv("DD_APP_KEY", "demo-app-key");
        const int before = m_backend->requestCount(QStringLiteral("/api/v2"));
        LogResult r = run(QStringLiteral("datadog:") + m_backend->baseUrl(), LogSourceOptions{}, m_request);
        QVERIFY(!r.errors.isEmpty());
        QVERIFY2(r.errors.first().contains(QStringLiteral("api_key and app_key")), qPrintable(r.errors.first()));
        QCOMPARE(m_backend->requestCount(QStringLiteral("/api/v2")), before); // nothing sent

        const Wiring w = WiringLoader::parse(QStringLiteral("version: 1\nprofiles:\n  p:\n    connectors:\n      logs: { kind: datadog, base_url: \"%1\" }\n")
                                                 .arg(m_backend->baseUrl())
                                                 .toUtf8(),
                                             QStringLiteral("nokeys.wiring.yaml"), nullptr);
        const auto wired = ProfileTargets::logSource(*w.profile(QStringLiteral("p")), {});
        QVERIFY(wired);
        QVERIFY(wired->options.datadogApiKey.isEmpty() && wired->options.datadogAppKey.isEmpty());
        r = run(wired->spec, wired->options, m_request);
        QVERIFY(r.errors.first().contains(QStringLiteral("api_key and app_key")));
        QCOMPARE(m_backend->requestCount(QStringLiteral("/api/v2")), before);

        const auto local = ProfileTargets::adHocLogSource(QStringLiteral("datadog:") + m_backend->baseUrl());
        QVERIFY2(local, qPrintable(local ? QString() : local.error()));
        QCOMPARE(local->options.datadogApiKey, QByteArray("demo-api-key"));
        r = run(local->spec, local->options, m_request);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0)));
        QVERIFY(m_backend->requestCount(QStringLiteral("/api/v2")) > before);

        const auto plain = ProfileTargets::adHocLogSource(QStringLiteral("datadog:http://logs.example.com"));
        QVERIFY(!plain);
        QVERIFY2(plain.error().contains(QStringLiteral("https only")), qPrintable(plain.error()));
        QVERIFY(!plain.error().contains(QStringLiteral("demo-api-key")));
        QVERIFY(ProfileTargets::adHocLogSource(QStringLiteral("datadog:https://api.datadoghq.eu")));
        // An unprotected profile's keys are held to the same rule.
        const Wiring plainWiring = WiringLoader::parse("version: 1\nprofiles:\n  p:\n    connectors:\n"
                                                       "      logs: { kind: datadog, base_url: \"http://logs.example.com\", api_key: env:DD_API_KEY, app_key: env:DD_APP_KEY }\n",
                                                       QStringLiteral("plain.wiring.yaml"), nullptr);
        const auto refused = ProfileTargets::logSource(*plainWiring.profile(QStringLiteral("p")), {});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("https only")), qPrintable(refused.error()));
        qunsetenv("DD_API_KEY");
        qunsetenv("DD_APP_KEY");
    }

    void slowServerTimesOutAndCancels()
    {
        // A server that accepts and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held.append(s);
        });
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
        LogRequest req = m_request;
        req.queries.resize(1);
        req.queryTexts = {req.queryTexts.first()};
        req.samples = 0;
        LogSourceOptions o = keys();
        o.timeoutMs = 300;
        o.maxRetries = 0;
        QElapsedTimer t;
        t.start();
        LogResult r = run(QStringLiteral("datadog:") + base, o, req, 5000);
        QVERIFY(t.elapsed() < 3000);
        QVERIFY2(r.errors.first().contains(QStringLiteral("no answer within 0.3 s")), qPrintable(r.errors.join(QLatin1Char('|'))));

        o.timeoutMs = 60'000;
        auto src = LogSource::create(QStringLiteral("loki:") + base, o);
        QSignalSpy finished(src->get(), &LogSource::finished);
        const qsizetype before = held.size();
        src->get()->start(req);
        QTRY_VERIFY(held.size() > before); // the request is out and the server holds it
        QVERIFY(finished.isEmpty());
        t.restart();
        src->get()->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 1000);
        QVERIFY(t.elapsed() < 1000);
        r = finished.at(0).at(0).value<LogResult>();
        QVERIFY(r.cancelled);
        QVERIFY(r.partial);
        qDeleteAll(held);
    }
};

QTEST_GUILESS_MAIN(TestLogSources)
#include "tst_logsources.moc"
