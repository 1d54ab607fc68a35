// The alert path from the CLI, against Debian's Prometheus, Alertmanager and
// Pushgateway (started by scripts/test): `alerts --json` lists the firing
// alert with its runbook → `incident new --from-alert FP` opens an incident
// on the library's runbook with NAMESPACE and POD → `probe run` of its
// PromQL step gives the pushed value as evidence → the alert resolves →
// `alerts --sync` puts it on the timeline; the same alert joins its open
// incident. Plus `library index|find` and the messages of a bad setup.
#include "CliProcess.h"
#include "TestProm.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

class TestAlertCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_lib, m_store;
    QHash<QString, QString> m_env;

    CliOutput cli(const QStringList &args) { return runCli(args, m_env); }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_PROM();
        m_lib = m_dir.filePath(QStringLiteral("library"));
        QDir().mkpath(m_lib + QStringLiteral("/kubernetes"));
        QVERIFY(QFile::copy(QStringLiteral(RUNBOOK_TEST_DATA "/library/kubernetes/KubePodCrashLooping.md"), m_lib + QStringLiteral("/kubernetes/KubePodCrashLooping.md")));
        QDir().mkpath(m_lib + QStringLiteral("/node"));
        QVERIFY(QFile::copy(QStringLiteral(RUNBOOK_TEST_DATA "/library/node/node-alerts.md"), m_lib + QStringLiteral("/node/node-alerts.md")));
        QFile w(m_lib + QStringLiteral("/kubernetes/KubePodCrashLooping.wiring.yaml"));
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write(QStringLiteral("version: 1\ndefault_profile: prod\nprofiles:\n  prod:\n    label: Production\n    connectors:\n"
                               "      prometheus:\n        kind: prometheus\n        base_url: %1\n")
                    .arg(promUrl())
                    .toUtf8());
        w.close();
        m_store = m_dir.filePath(QStringLiteral("incidents.db"));
        // Its own settings and data, never the user's.
        m_env = {{QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home"))}, {QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config"))},
                 {QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data"))}};
    }

    void libraryIndexAndFind()
    {
        const CliOutput idx = cli({QStringLiteral("library"), QStringLiteral("index"), m_lib, QStringLiteral("--json")});
        QCOMPARE(idx.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(idx.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("files")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("alerts")).toInt(), 3);
        const CliOutput byUrl = cli({QStringLiteral("library"), QStringLiteral("find"), QStringLiteral("https://runbooks.example.test/runbooks/kubernetes/kubepodcrashlooping"),
                                     QStringLiteral("--library"), m_lib});
        QCOMPARE(byUrl.code, 0);
        QVERIFY2(byUrl.out.startsWith(m_lib + QStringLiteral("/kubernetes/KubePodCrashLooping.md")), qPrintable(byUrl.out));
        const CliOutput byAlert = cli({QStringLiteral("library"), QStringLiteral("find"), QStringLiteral("NodeClockNotSynchronising"), QStringLiteral("--library"), m_lib});
        QCOMPARE(byAlert.code, 0);
        QVERIFY2(byAlert.out.startsWith(m_lib + QStringLiteral("/node/node-alerts.md#nodeclocknotsynchronising")), qPrintable(byAlert.out));
        const CliOutput none = cli({QStringLiteral("library"), QStringLiteral("find"), QStringLiteral("NoSuchAlert"), QStringLiteral("--library"), m_lib});
        QCOMPARE(none.code, 1);
        QVERIFY(none.err.contains(QStringLiteral("no runbook for \"NoSuchAlert\" among 2 file(s)")));
    }

    void alertToIncidentToEvidenceToResolved()
    {
        QVERIFY(pushMetric(QStringLiteral("tst_alertcli"), QStringLiteral("runbook_test_pod_restarts{namespace=\"shop\",pod=\"cli-9\"} 9")));
        QCOMPARE(waitForAlerts(QStringLiteral("pod=\"cli-9\""), 1).size(), 1);
        const QStringList am{QStringLiteral("--alertmanager"), alertmanagerUrl()};
        const CliOutput list = cli(QStringList{QStringLiteral("alerts"), QStringLiteral("--filter"), QStringLiteral("pod=cli-9"), QStringLiteral("--library"), m_lib,
                                               QStringLiteral("--json")} + am);
        QCOMPARE(list.code, 0);
        const QJsonArray alerts = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(alerts.size(), 1);
        const QJsonObject a = alerts.first().toObject();
        QCOMPARE(a.value(QStringLiteral("labels")).toObject().value(QStringLiteral("pod")).toString(), QStringLiteral("cli-9"));
        QCOMPARE(a.value(QStringLiteral("runbook")).toString(), m_lib + QStringLiteral("/kubernetes/KubePodCrashLooping.md"));
        const QString fp = a.value(QStringLiteral("fingerprint")).toString();

        const CliOutput made = cli(QStringList{QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--from-alert"), fp.left(8), QStringLiteral("--library"), m_lib,
                                               QStringLiteral("--store"), m_store, QStringLiteral("--json")} + am);
        QCOMPARE(made.code, 0);
        const QJsonObject inc = QJsonDocument::fromJson(made.out.toUtf8()).object();
        const QString id = inc.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(inc.value(QStringLiteral("joined")).toBool(), false);
        QCOMPARE(inc.value(QStringLiteral("section")).toString(), QStringLiteral("meaning"));
        QCOMPARE(inc.value(QStringLiteral("severity")).toString(), QStringLiteral("SEV2"));
        QCOMPARE(inc.value(QStringLiteral("variables")).toObject().value(QStringLiteral("NAMESPACE")).toString(), QStringLiteral("shop"));
        QCOMPARE(inc.value(QStringLiteral("variables")).toObject().value(QStringLiteral("POD")).toString(), QStringLiteral("cli-9"));

        // The PromQL step with the incident's variables: the pushed value, as evidence.
        const CliOutput probe = cli({QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("diagnosis/step-1"), QStringLiteral("--runbook"),
                                     m_lib + QStringLiteral("/kubernetes/KubePodCrashLooping.md"), QStringLiteral("--incident"), id, QStringLiteral("--store"), m_store,
                                     QStringLiteral("--json")});
        QVERIFY2(probe.code == 0, qPrintable(probe.err));
        QCOMPARE(QJsonDocument::fromJson(probe.out.toUtf8()).object().value(QStringLiteral("value")).toDouble(), 9.0);
        QVERIFY(probe.err.contains(QStringLiteral("evidence E2 attached")));

        // Firing again: joins.
        const CliOutput again = cli(QStringList{QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--from-alert"), fp, QStringLiteral("--library"), m_lib,
                                                QStringLiteral("--store"), m_store, QStringLiteral("--json")} + am);
        QCOMPARE(again.code, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("joined")).toBool(), true);

        // Resolved: --sync records it; a second sync has nothing more.
        QVERIFY(deleteGroup(QStringLiteral("tst_alertcli")));
        QVERIFY(waitForAlerts(QStringLiteral("pod=\"cli-9\""), 0).isEmpty());
        const CliOutput sync = cli(QStringList{QStringLiteral("alerts"), QStringLiteral("--sync"), QStringLiteral("--store"), m_store} + am);
        QCOMPARE(sync.code, 0);
        QVERIFY2(sync.out.contains(id + QStringLiteral(": KubePodCrashLooping resolved")), qPrintable(sync.out));
        const CliOutput sync2 = cli(QStringList{QStringLiteral("alerts"), QStringLiteral("--sync"), QStringLiteral("--store"), m_store} + am);
        QVERIFY(sync2.out.contains(QStringLiteral("no alert of an open incident resolved")));
        const CliOutput show = cli({QStringLiteral("incident"), QStringLiteral("show"), id, QStringLiteral("--store"), m_store});
        QVERIFY(show.out.contains(QStringLiteral("KubePodCrashLooping resolved at")));
        QVERIFY2(show.out.contains(QStringLiteral("NAMESPACE = shop, POD = cli-9")), qPrintable(show.out.left(800)));
    }

    void badSetupIsSaid()
    {
        const CliOutput none = cli({QStringLiteral("alerts")});
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.contains(QStringLiteral("no Alertmanager is set")), qPrintable(none.err));
        const CliOutput down = cli({QStringLiteral("alerts"), QStringLiteral("--alertmanager"), QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(down.code, 1);
        QVERIFY2(down.err.contains(QStringLiteral("Connection refused")), qPrintable(down.err));
        const CliOutput matcher = cli({QStringLiteral("alerts"), QStringLiteral("--alertmanager"), alertmanagerUrl(), QStringLiteral("--filter"), QStringLiteral("pod")});
        QCOMPARE(matcher.code, 2);
        QVERIFY(matcher.err.contains(QStringLiteral("is not a label matcher")));
        const CliOutput secret = cli({QStringLiteral("alerts"), QStringLiteral("--alertmanager"), alertmanagerUrl(), QStringLiteral("--alertmanager-token"),
                                      QStringLiteral("env:RUNBOOK_NO_SUCH_TOKEN")});
        QVERIFY(secret.code != 0);
        QVERIFY2(secret.err.contains(QStringLiteral("RUNBOOK_NO_SUCH_TOKEN")), qPrintable(secret.err));
        const CliOutput gone = cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--from-alert"), QStringLiteral("ffffffff"), QStringLiteral("--alertmanager"),
                                    alertmanagerUrl(), QStringLiteral("--library"), m_lib, QStringLiteral("--store"), m_store});
        QCOMPARE(gone.code, 1);
        QVERIFY(gone.err.contains(QStringLiteral("no alert with fingerprint ffffffff is firing")));
    }
};

QTEST_GUILESS_MAIN(TestAlertCli)
#include "tst_alertcli.moc"
