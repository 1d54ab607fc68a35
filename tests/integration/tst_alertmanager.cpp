// Alerts from Debian's Alertmanager 0.25, fired by Debian's Prometheus from a
// rule over a value pushed to its Pushgateway (all started by scripts/test
// on 127.0.0.1): the poller sees the alert fire with its labels, annotations
// and runbook_url, and resolve; filters by label and receiver; silences are
// listed; the server's own errors are shown; a server that is down or
// answers HTML or 50 MB gives a clear message and backs the polling off.
#include "BadHttpServer.h"
#include "TestProm.h"

#include "prometheus/AlertPoller.h"

#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

class TestAlertmanager : public QObject
{
    Q_OBJECT
private:
    Result<QList<Alert>> alerts(const QString &url, const AlertmanagerClient::Filter &filter)
    {
        AlertmanagerClient client{QUrl(url), {}};
        std::optional<Result<QList<Alert>>> got;
        client.alerts(filter, [&](Result<QList<Alert>> r) { got = r; });
        QElapsedTimer t;
        t.start();
        while (!got && t.elapsed() < 30000)
            QTest::qWait(20);
        return got ? *got : Result<QList<Alert>>::failure(QStringLiteral("no answer within the test's wait"));
    }

private Q_SLOTS:
    void initTestCase() { REQUIRE_TEST_PROM(); }

    void alertFiresAndResolves()
    {
        AlertmanagerClient client{QUrl(alertmanagerUrl()), {}};
        AlertPoller poller(&client, {{QStringLiteral("pod=am-fire-1")}, {}, false, false}, 500);
        QSignalSpy fired(&poller, &AlertPoller::fired);
        QSignalSpy resolved(&poller, &AlertPoller::resolved);
        QSignalSpy failed(&poller, &AlertPoller::failed);
        poller.start();
        QVERIFY(pushMetric(QStringLiteral("tst_am_fire"), QStringLiteral("runbook_test_pod_restarts{namespace=\"shop\",pod=\"am-fire-1\"} 4")));
        QVERIFY(fired.wait(30000) || !fired.isEmpty());
        QCOMPARE(fired.size(), 1);
        const Alert a = fired.at(0).at(0).value<Alert>();
        QCOMPARE(a.name(), QStringLiteral("KubePodCrashLooping"));
        QCOMPARE(a.labels.value(QStringLiteral("namespace")), QStringLiteral("shop"));
        QCOMPARE(a.labels.value(QStringLiteral("pod")), QStringLiteral("am-fire-1"));
        QCOMPARE(a.severity(), QStringLiteral("critical"));
        QCOMPARE(a.summary(), QStringLiteral("Pod shop/am-fire-1 is crash looping"));
        QCOMPARE(a.runbookUrl(), QStringLiteral("https://runbooks.example.test/runbooks/kubernetes/kubepodcrashlooping"));
        QCOMPARE(a.state, QStringLiteral("active"));
        QVERIFY(!a.fingerprint.isEmpty());
        QVERIFY(a.startsAt.isValid() && a.startsAt <= QDateTime::currentDateTimeUtc());
        QVERIFY(a.receivers.contains(QStringLiteral("runbook-tests")));
        QCOMPARE(poller.alerts().size(), 1);
        // Polling again finds the same alert: nothing new fires.
        QTest::qWait(1500);
        QCOMPARE(fired.size(), 1);
        QVERIFY(failed.isEmpty());
        // The value goes: Prometheus resolves it, the Alertmanager drops it, the poller says resolved.
        QVERIFY(deleteGroup(QStringLiteral("tst_am_fire")));
        QVERIFY(resolved.wait(30000) || !resolved.isEmpty());
        QCOMPARE(resolved.at(0).at(0).value<Alert>().fingerprint, a.fingerprint);
        QVERIFY(poller.alerts().isEmpty());
    }

    void filtersByLabelAndReceiver()
    {
        QVERIFY(pushMetric(QStringLiteral("tst_am_filter"), QStringLiteral("runbook_test_pod_restarts{namespace=\"web\",pod=\"am-filter-1\"} 1\n"
                                                                           "runbook_test_pod_restarts{namespace=\"api\",pod=\"am-filter-2\"} 1")));
        QCOMPARE(waitForAlerts(QStringLiteral("pod=~\"am-filter-.*\""), 2).size(), 2);
        const auto web = alerts(alertmanagerUrl(), {{QStringLiteral("pod=~am-filter-.*"), QStringLiteral("namespace=\"web\"")}, {}, false, false});
        QVERIFY2(web, qPrintable(web.error()));
        QCOMPARE(web->size(), 1);
        QCOMPARE(web->first().labels.value(QStringLiteral("pod")), QStringLiteral("am-filter-1"));
        const auto mine = alerts(alertmanagerUrl(), {{QStringLiteral("pod=~am-filter-.*")}, QStringLiteral("runbook-tests"), false, false});
        QVERIFY2(mine, qPrintable(mine.error()));
        QCOMPARE(mine->size(), 2);
        const auto nobody = alerts(alertmanagerUrl(), {{QStringLiteral("pod=~am-filter-.*")}, QStringLiteral("nobody"), false, false});
        QVERIFY2(nobody, qPrintable(nobody.error()));
        QCOMPARE(nobody->size(), 0);
        QVERIFY(deleteGroup(QStringLiteral("tst_am_filter")));
    }

    void silencesAreListedAndHideTheirAlerts()
    {
        QVERIFY(pushMetric(QStringLiteral("tst_am_silence"), QStringLiteral("runbook_test_pod_restarts{namespace=\"shop\",pod=\"am-silenced-1\"} 1")));
        QCOMPARE(waitForAlerts(QStringLiteral("pod=\"am-silenced-1\""), 1).size(), 1);
        AlertmanagerClient pollClient{QUrl(alertmanagerUrl()), {}};
        AlertPoller poller(&pollClient, {{QStringLiteral("pod=am-silenced-1")}, {}, false, false}, 300);
        QSignalSpy fired(&poller, &AlertPoller::fired);
        QSignalSpy gone(&poller, &AlertPoller::resolved);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 1, 10000);
        // A silence made through the Alertmanager's own API (the test's setup; the app only reads them).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray silence = QJsonDocument(QJsonObject{
            {QStringLiteral("matchers"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("pod")}, {QStringLiteral("value"), QStringLiteral("am-silenced-1")},
                                                                {QStringLiteral("isRegex"), false}, {QStringLiteral("isEqual"), true}}}},
            {QStringLiteral("startsAt"), now.toString(Qt::ISODateWithMs)},
            {QStringLiteral("endsAt"), now.addSecs(3600).toString(Qt::ISODateWithMs)},
            {QStringLiteral("createdBy"), QStringLiteral("tst_alertmanager")},
            {QStringLiteral("comment"), QStringLiteral("maintenance of am-silenced-1")}}).toJson();
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(alertmanagerUrl() + QStringLiteral("/api/v2/silences")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(req, silence);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QString id = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("silenceID")).toString();
        delete reply;
        QVERIFY(!id.isEmpty());

        AlertmanagerClient client{QUrl(alertmanagerUrl()), {}};
        std::optional<Result<QList<Silence>>> got;
        client.silences([&](Result<QList<Silence>> r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QVERIFY2(*got, qPrintable(got->error()));
        const auto it = std::find_if((*got)->cbegin(), (*got)->cend(), [&](const Silence &s) { return s.id == id; });
        QVERIFY(it != (*got)->cend());
        QCOMPARE(it->state, QStringLiteral("active"));
        QCOMPARE(it->matchers, QStringList{QStringLiteral("pod=\"am-silenced-1\"")});
        QCOMPARE(it->createdBy, QStringLiteral("tst_alertmanager"));
        // Silenced: gone from the firing list, there when silenced ones are asked for.
        QTRY_VERIFY_WITH_TIMEOUT(alerts(alertmanagerUrl(), {{QStringLiteral("pod=am-silenced-1")}, {}, false, false})->isEmpty(), 10000);
        const auto with = alerts(alertmanagerUrl(), {{QStringLiteral("pod=am-silenced-1")}, {}, true, false});
        QVERIFY2(with, qPrintable(with.error()));
        QCOMPARE(with->size(), 1);
        QCOMPARE(with->first().state, QStringLiteral("suppressed"));
        QCOMPARE(with->first().silencedBy, QStringList{id});
        // The poller hides it, and does not call it resolved: it still fires.
        QTRY_VERIFY_WITH_TIMEOUT(poller.alerts().isEmpty(), 10000);
        QTest::qWait(1000);
        QVERIFY(gone.isEmpty());
        poller.stop();
        QVERIFY(deleteGroup(QStringLiteral("tst_am_silence")));
    }

    void alertmanagerErrorsInItsOwnWords()
    {
        const auto bad = alerts(alertmanagerUrl(), {{QStringLiteral("pod=~(")}, {}, false, false});
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(QStringLiteral("HTTP 400: Alertmanager says error parsing regexp")), qPrintable(bad.error()));
        // Not a matcher at all: refused here, nothing sent.
        const auto notMatcher = alerts(alertmanagerUrl(), {{QStringLiteral("just words")}, {}, false, false});
        QVERIFY(!notMatcher);
        QVERIFY2(notMatcher.error().contains(QStringLiteral("is not a label matcher")), qPrintable(notMatcher.error()));
    }

    void slowAlertmanagerTimesOutWithoutBlocking()
    {
        // A server that answers after 10 s: with a 2 s timeout the poll fails with that, and backs off.
        BadHttpServer slow(BadHttpServer::Slow);
        HttpRequester::Policy p = AlertmanagerClient::defaultPolicy();
        p.timeoutMs = 2000;
        AlertmanagerClient client{QUrl(slow.url()), {}, p};
        AlertPoller poller(&client, {}, 500);
        QSignalSpy failed(&poller, &AlertPoller::failed);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(50);
        QElapsedTimer t;
        t.start();
        poller.start();
        QVERIFY(failed.wait(8000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("no answer within 2 s")), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(failed.at(0).at(1).toInt(), 1000);
        QVERIFY2(ticks >= int(t.elapsed() / 50) / 2, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(t.elapsed())));
        // The default: a 10 s answer is waited for, then read — here not the API's array, and said so.
        AlertmanagerClient patient{QUrl(slow.url()), {}};
        std::optional<Result<QList<Alert>>> got;
        patient.alerts({}, [&](Result<QList<Alert>> r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15000);
        QVERIFY(!*got);
        QVERIFY2(got->error().contains(QStringLiteral("expected a JSON array")) || got->error().contains(QStringLiteral("no answer within")),
                 qPrintable(got->error()));
        poller.stop();
    }

    void badServersBackThePollerOff_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message");
        QTest::newRow("html page") << int(BadHttpServer::Html) << "HTML page, not Alertmanager's API";
        QTest::newRow("50 MB") << int(BadHttpServer::Huge) << "larger than 16 MB";
        QTest::newRow("down") << BadHttpServer::Down << "Connection refused";
    }
    void badServersBackThePollerOff()
    {
        QFETCH(int, mode);
        QFETCH(QString, message);
        std::unique_ptr<BadHttpServer> server;
        const QString url = BadHttpServer::start(mode, server);
        AlertmanagerClient client{QUrl(url), {}};
        AlertPoller poller(&client, {}, 200);
        QSignalSpy failed(&poller, &AlertPoller::failed);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 2, 15000);
        QVERIFY2(failed.at(0).at(0).toString().contains(message), qPrintable(failed.at(0).at(0).toString()));
        // Each failure waits twice as long as the one before.
        QCOMPARE(failed.at(0).at(1).toInt(), 400);
        QCOMPARE(failed.at(1).at(1).toInt(), 800);
        QVERIFY(poller.alerts().isEmpty());
        poller.stop();
    }
};

QTEST_GUILESS_MAIN(TestAlertmanager)
#include "tst_alertmanager.moc"
