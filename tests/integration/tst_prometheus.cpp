// PromQL against Debian's Prometheus 2.42, fed by its Pushgateway (both
// started by scripts/test on 127.0.0.1): a runbook's PromQL step with the
// incident's variables filled in gives the pushed value, its series and a
// sparkline; a promql metric is judged live; the server's own errors are
// shown as it says them; and a server that is down, slow, answers HTML or
// 50 MB gives a clear message without blocking anything.
#include "../core/FakeKeychain.h"
#include "BadHttpServer.h"
#include "TestProm.h"

#include "actions/StepRunner.h"
#include "metrics/MetricEvaluator.h"
#include "prometheus/PrometheusClient.h"
#include "runbook/CodeText.h"
#include "runbook/RunbookParser.h"
#include "secrets/SecretResolver.h"
#include "wiring/WiringLoader.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

class TestPrometheus : public QObject
{
    Q_OBJECT
private:
    Runbook m_rb;

    static QByteArray wiringYaml(const QString &url, const QString &extra = {})
    {
        return QStringLiteral("version: 1\ndefault_profile: test\nprofiles:\n  test:\n    label: Test\n    connectors:\n"
                              "      prometheus:\n        kind: prometheus\n        base_url: %1\n%2")
            .arg(url, extra)
            .toUtf8();
    }

    StepView look(const Wiring &w, const QString &step, const QHash<QString, QString> &vars, int timeoutMs = 30000)
    {
        const auto plan = StepRunner::plan(w, QStringLiteral("test"), step);
        if (!plan)
            return StepView::failure(plan.error(), 9);
        StepRunner runner(plan.value(), {});
        runner.setIncidentVariables(vars);
        QSignalSpy viewed(&runner, &StepRunner::viewed);
        runner.look();
        if (viewed.isEmpty() && !viewed.wait(timeoutMs))
            return StepView::failure(QStringLiteral("no result within %1 ms").arg(timeoutMs), 9);
        return viewed.at(0).at(0).value<StepView>();
    }

    Result<PromResult> query(const QString &url, const QString &promql, int timeoutMs = 30000)
    {
        PrometheusClient client{QUrl(url), {}};
        std::optional<Result<PromResult>> got;
        client.query(promql, {}, [&](Result<PromResult> r) { got = r; });
        QElapsedTimer t;
        t.start();
        while (!got && t.elapsed() < timeoutMs)
            QTest::qWait(20);
        return got ? *got : Result<PromResult>::failure(QStringLiteral("no answer within the test's wait"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_PROM();
        m_rb = RunbookParser::parse([] {
            QFile f(QStringLiteral(RUNBOOK_TEST_DATA "/library/kubernetes/KubePodCrashLooping.md"));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }());
        QVERIFY(m_rb.step(QStringLiteral("diagnosis/step-1")));
    }

    void promqlStepGivesThePushedValueWithItsVariablesFilled()
    {
        QVERIFY(pushMetric(QStringLiteral("tst_prom_step"),
                           QStringLiteral("runbook_test_pod_restarts{namespace=\"shop\",pod=\"web-7\"} 7\n"
                                          "runbook_test_pod_restarts{namespace=\"shop\",pod=\"web-8\"} 2")));
        QVERIFY(waitForSeries(QStringLiteral("runbook_test_pod_restarts{job=\"tst_prom_step\"}"), 2));
        const Wiring w = WiringLoader::parse(wiringYaml(promUrl()), QStringLiteral("t.wiring.yaml"), &m_rb);
        QVERIFY2(!w.hasErrors(), qPrintable(w.messages.value(0).message));
        // The PromQL step runs on the prometheus connector without a binding of its own.
        const auto bindings = w.bindingsFor(QStringLiteral("diagnosis/step-1"));
        QCOMPARE(bindings.size(), 1);
        QCOMPARE(bindings.first()->type, QStringLiteral("promql"));
        // Both variables filled: one series, the pushed value, with its labels and a sparkline.
        const StepView v = look(w, QStringLiteral("diagnosis/step-1"), {{QStringLiteral("NAMESPACE"), QStringLiteral("shop")}, {QStringLiteral("POD"), QStringLiteral("web-7")}});
        QVERIFY2(!v.failed(), qPrintable(v.error));
        QVERIFY(v.value);
        QCOMPARE(*v.value, 7.0);
        QCOMPARE(v.what, QStringLiteral("runbook_test_pod_restarts{namespace=\"shop\", pod=\"web-7\"}"));
        QVERIFY(v.table.columns.contains(QStringLiteral("pod")));
        QCOMPARE(v.table.rows.size(), 1);
        QCOMPARE(v.table.rows.first().at(v.table.columns.indexOf(QStringLiteral("pod"))).toString(), QStringLiteral("web-7"));
        QVERIFY(!v.series.isEmpty());
        QCOMPARE(v.series.last(), 7.0);
        QVERIFY2(v.summary.contains(QStringLiteral("= 7")), qPrintable(v.summary));
        // The other pod: its own value.
        const StepView other = look(w, QStringLiteral("diagnosis/step-1"), {{QStringLiteral("NAMESPACE"), QStringLiteral("shop")}, {QStringLiteral("POD"), QStringLiteral("web-8")}});
        QVERIFY2(!other.failed(), qPrintable(other.error));
        QCOMPARE(*other.value, 2.0);
        // A variable without a value: refused before anything is asked.
        const StepView missing = look(w, QStringLiteral("diagnosis/step-1"), {{QStringLiteral("NAMESPACE"), QStringLiteral("shop")}});
        QVERIFY(missing.failed());
        QCOMPARE(missing.errorCode, 2);
        QVERIFY2(missing.error.contains(QStringLiteral("POD")), qPrintable(missing.error));
        QVERIFY(deleteGroup(QStringLiteral("tst_prom_step")));
    }

    void hostileValuesStayInsideTheirString()
    {
        // A value that would end the string and add a matcher: escaped, it is one odd pod name that matches nothing.
        const QString evil = QStringLiteral("web-7\"} or vector(1) or {x=\"");
        QVERIFY(pushMetric(QStringLiteral("tst_prom_evil"), QStringLiteral("runbook_test_pod_restarts{namespace=\"shop\",pod=\"web-7\"} 7")));
        QVERIFY(waitForSeries(QStringLiteral("runbook_test_pod_restarts{job=\"tst_prom_evil\"}"), 1));
        const Wiring w = WiringLoader::parse(wiringYaml(promUrl()), QStringLiteral("t.wiring.yaml"), &m_rb);
        const StepView v = look(w, QStringLiteral("diagnosis/step-1"), {{QStringLiteral("NAMESPACE"), QStringLiteral("shop")}, {QStringLiteral("POD"), evil}});
        QVERIFY2(!v.failed(), qPrintable(v.error));
        QVERIFY(!v.value);
        QCOMPARE(v.table.rows.size(), 0);
        QVERIFY(deleteGroup(QStringLiteral("tst_prom_evil")));
    }

    void basicAuthGoesToPrometheusAndOnlyThere()
    {
        const QString password = promAuthPassword();
        QVERIFY(!password.isEmpty());
        auto keychain = std::make_shared<FakeKeychain>();
        keychain->entries.insert(QStringLiteral("prometheus/test"), password);
        SecretResolver::setKeychain(keychain);
        QVERIFY(pushMetric(QStringLiteral("tst_prom_auth"), QStringLiteral("runbook_test_pod_restarts{namespace=\"auth\",pod=\"web-3\"} 3")));
        const QHash<QString, QString> vars{{QStringLiteral("NAMESPACE"), QStringLiteral("auth")}, {QStringLiteral("POD"), QStringLiteral("web-3")}};
        const Wiring w = WiringLoader::parse(
            wiringYaml(promAuthUrl(), QStringLiteral("        user: runbook\n        password: keychain:prometheus/test\n")), QStringLiteral("t.wiring.yaml"), &m_rb);
        QVERIFY2(!w.hasErrors(), qPrintable(w.messages.value(0).message));
        // The value arrives once this Prometheus has scraped it; asked with the password each time.
        StepView v;
        QElapsedTimer t;
        t.start();
        do {
            v = look(w, QStringLiteral("diagnosis/step-1"), vars);
        } while ((v.failed() || !v.value) && t.elapsed() < 20000 && (QTest::qWait(300), true));
        QVERIFY2(!v.failed(), qPrintable(v.error));
        QCOMPARE(*v.value, 3.0);
        // Without it, or with a wrong one: Prometheus's 401, and no password in the message.
        const Wiring none = WiringLoader::parse(wiringYaml(promAuthUrl()), QStringLiteral("t.wiring.yaml"), &m_rb);
        const StepView refused = look(none, QStringLiteral("diagnosis/step-1"), vars);
        QVERIFY(refused.failed());
        QVERIFY2(refused.error.contains(QStringLiteral("HTTP 401")), qPrintable(refused.error));
        keychain->entries.insert(QStringLiteral("prometheus/test"), password + QStringLiteral("x"));
        SecretResolver::forgetKeychainValues();
        const StepView wrong = look(w, QStringLiteral("diagnosis/step-1"), vars);
        QVERIFY(wrong.failed());
        QVERIFY2(wrong.error.contains(QStringLiteral("HTTP 401")), qPrintable(wrong.error));
        QVERIFY(!wrong.error.contains(password));
        SecretResolver::setKeychain(nullptr);
        QVERIFY(deleteGroup(QStringLiteral("tst_prom_auth")));
    }

    void fillPromQlQuotesByPlace_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("filled");
        QTest::newRow("in a string") << "up{namespace=\"$NAMESPACE\"}" << "shop" << "up{namespace=\"shop\"}";
        QTest::newRow("bare") << "up{namespace=$NAMESPACE}" << "shop" << "up{namespace=\"shop\"}";
        QTest::newRow("quote escaped") << "up{pod=\"$NAMESPACE\"}" << "a\"b" << "up{pod=\"a\\\"b\"}";
        QTest::newRow("backslash escaped") << "up{pod=\"$NAMESPACE\"}" << "a\\b" << "up{pod=\"a\\\\b\"}";
        QTest::newRow("single quotes") << "up{pod='$NAMESPACE'}" << "it's" << "up{pod='it\\'s'}";
        QTest::newRow("labels template") << "up{pod=\"{{ $labels.namespace }}\"}" << "shop" << "up{pod=\"shop\"}";
        QTest::newRow("number bare") << "up > $NAMESPACE" << "5" << "up > 5";
        QTest::newRow("duration in range") << "rate(x[$NAMESPACE])" << "5m" << "rate(x[5m])";
        QTest::newRow("word in range is quoted") << "rate(x[$NAMESPACE])" << "5m or up" << "rate(x[\"5m or up\"])";
    }
    void fillPromQlQuotesByPlace()
    {
        QFETCH(QString, query);
        QFETCH(QString, value);
        QFETCH(QString, filled);
        QStringList missing;
        QCOMPARE(CodeText::fillPromQl(query, {{QStringLiteral("NAMESPACE"), value}}, &missing), filled);
        QVERIFY(missing.isEmpty());
    }

    void prometheusErrorsInItsOwnWords()
    {
        const auto bad = query(promUrl(), QStringLiteral("sum(runbook_test_pod_restarts"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(QStringLiteral("Prometheus says bad_data")), qPrintable(bad.error()));
        QVERIFY2(bad.error().contains(QStringLiteral("unclosed left parenthesis")), qPrintable(bad.error()));
        // A query that parses but cannot run: Prometheus's execution error.
        const auto exec = query(promUrl(), QStringLiteral("label_replace(up, \"x\", \"$1\", \"job\", \"(\")"));
        QVERIFY(!exec);
        QVERIFY2(exec.error().contains(QStringLiteral("Prometheus says")), qPrintable(exec.error()));
        // A probe shows the same, and keeps it as failed evidence (not a number).
        const Wiring w = WiringLoader::parse(wiringYaml(promUrl(), QStringLiteral("bindings:\n  diagnosis/step-1:\n    probe: { type: promql, connector: prometheus, query: 'sum(up' }\n")),
                                             QStringLiteral("t.wiring.yaml"), &m_rb);
        QVERIFY2(!w.hasErrors(), qPrintable(w.messages.value(0).message));
        const StepView v = look(w, QStringLiteral("diagnosis/step-1"), {});
        QVERIFY(v.failed());
        QVERIFY(!v.value);
        QVERIFY2(v.error.contains(QStringLiteral("bad_data")), qPrintable(v.error));
    }

    void promqlMetricIsJudgedLive()
    {
        QVERIFY(pushMetric(QStringLiteral("tst_prom_metric"), QStringLiteral("runbook_test_queue_depth{queue=\"mail\"} 42")));
        QVERIFY(waitForSeries(QStringLiteral("runbook_test_queue_depth{job=\"tst_prom_metric\"}"), 1));
        const Wiring w = WiringLoader::parse(
            wiringYaml(promUrl(), QStringLiteral("metrics:\n  depth:\n    kind: promql\n    connector: prometheus\n    query: sum(runbook_test_queue_depth{job=\"tst_prom_metric\"})\n"
                                                 "  many:\n    kind: promql\n    connector: prometheus\n    query: runbook_test_pod_restarts or runbook_test_queue_depth or vector(1) or up\n"
                                                 "  broken:\n    kind: promql\n    connector: prometheus\n    query: sum(up\n")),
            QStringLiteral("t.wiring.yaml"), &m_rb);
        QVERIFY2(!w.hasErrors(), qPrintable(w.messages.value(0).message));
        MetricEvaluator ev;
        QSignalSpy done(&ev, &MetricEvaluator::finished);
        ev.evaluate(m_rb, w, QStringLiteral("test"), QDateTime::currentMSecsSinceEpoch());
        QVERIFY(done.wait(30000));
        const Evaluation e = done.at(0).at(0).value<Evaluation>();
        auto metric = [&](const QString &id) {
            for (const MetricValue &m : e.metrics)
                if (m.id == id)
                    return m;
            return MetricValue{};
        };
        QVERIFY2(metric(QStringLiteral("depth")).value, qPrintable(metric(QStringLiteral("depth")).reason));
        QCOMPARE(*metric(QStringLiteral("depth")).value, 42.0);
        // More than one series, or a broken query: UNKNOWN with the reason, never a number.
        QVERIFY(!metric(QStringLiteral("many")).value);
        QVERIFY2(metric(QStringLiteral("many")).reason.contains(QStringLiteral("series")), qPrintable(metric(QStringLiteral("many")).reason));
        QVERIFY(!metric(QStringLiteral("broken")).value);
        QVERIFY2(metric(QStringLiteral("broken")).reason.contains(QStringLiteral("bad_data")), qPrintable(metric(QStringLiteral("broken")).reason));
        QVERIFY(deleteGroup(QStringLiteral("tst_prom_metric")));
    }

    void badServersGiveAClearMessage_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message");
        QTest::newRow("html page") << int(BadHttpServer::Html) << "HTML page, not Prometheus's API";
        QTest::newRow("html error") << int(BadHttpServer::HtmlError) << "HTTP 502 with an HTML page";
        QTest::newRow("50 MB") << int(BadHttpServer::Huge) << "larger than 16 MB";
        QTest::newRow("down") << BadHttpServer::Down << "Connection refused";
    }
    void badServersGiveAClearMessage()
    {
        QFETCH(int, mode);
        QFETCH(QString, message);
        std::unique_ptr<BadHttpServer> server;
        const QString url = BadHttpServer::start(mode, server);
        // The event loop keeps turning while the answer comes (nothing blocks the window).
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(50);
        QElapsedTimer t;
        t.start();
        const auto r = query(url, QStringLiteral("up"));
        QVERIFY(!r);
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        QVERIFY2(ticks >= int(t.elapsed() / 50) / 2, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(t.elapsed())));
    }

    void slowServerCanBeCancelledAndTimesOut()
    {
        BadHttpServer slow(BadHttpServer::Slow);
        // Cancelled after 300 ms: the callback says so at once.
        {
            PrometheusClient client{QUrl(slow.url()), {}};
            std::optional<Result<PromResult>> got;
            client.query(QStringLiteral("up"), {}, [&](Result<PromResult> r) { got = r; });
            QTest::qWait(300);
            QVERIFY(!got);
            QElapsedTimer t;
            t.start();
            client.cancel();
            QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 2000);
            QVERIFY(t.elapsed() < 1000);
            QVERIFY(!*got);
            QVERIFY2(got->error().contains(QStringLiteral("cancelled")), qPrintable(got->error()));
        }
        // With a 2 s timeout, a 10 s answer is "no answer within 2 s".
        {
            HttpRequester::Policy p = PrometheusClient::defaultPolicy();
            p.timeoutMs = 2000;
            p.maxRetries = 0;
            PrometheusClient client{QUrl(slow.url()), {}, p};
            std::optional<Result<PromResult>> got;
            client.query(QStringLiteral("up"), {}, [&](Result<PromResult> r) { got = r; });
            QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 8000);
            QVERIFY(!*got);
            QVERIFY2(got->error().contains(QStringLiteral("no answer within 2 s")), qPrintable(got->error()));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
