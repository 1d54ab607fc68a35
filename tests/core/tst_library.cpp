// The runbook library: titles, alert names (front matter, title, the alert
// headings of a file of several), runbook_url paths (with an #anchor for the
// section), search over titles, sections and steps; a broken file listed
// with its error; a folder watched — a file changed, added or removed is
// indexed again. And what an alert brings to an incident.
#include "library/AlertIncident.h"
#include "library/RunbookLibrary.h"
#include "runbook/RunbookParser.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestLibrary : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_lib;

    void write(const QString &rel, const QByteArray &text)
    {
        const QString path = m_lib + QLatin1Char('/') + rel;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lib = m_dir.filePath(QStringLiteral("runbooks"));
        write(QStringLiteral("kubernetes/KubePodCrashLooping.md"), "# KubePodCrashLooping\n\n## Diagnosis\n\n1. Read the logs: `kubectl logs -n $NAMESPACE $POD`\n");
        write(QStringLiteral("kubernetes/node-not-ready.md"), "---\nalert: KubeNodeNotReady\n---\n# Node not ready\n\n## Mitigation\n\n1. Cordon the node `$NODE`.\n");
        write(QStringLiteral("node/README.md"), "# Node alerts\n\n## NodeClockNotSynchronising\n\n### Mitigation\n\n1. Restart chronyd.\n\n"
                                               "## NodeFilesystemSpaceFillingUp\n\n### Mitigation\n\n1. Remove old logs.\n");
        write(QStringLiteral("db/postgres-replication.md"), "# PostgreSQL replication lag\n\n## Steps\n\n1. Check `pg_stat_replication` on the primary.\n");
        // Hostile files: invalid UTF-8, a 2 MB line, 10,000 nested quotes. Listed, never a crash.
        write(QStringLiteral("bad/invalid-utf8.md"), QByteArray("# Bad \xff\xfe title\n\n1. step \xc3\x28\n"));
        write(QStringLiteral("bad/huge-line.md"), "# Huge\n\n1. " + QByteArray(2'000'000, 'x') + "\n");
        write(QStringLiteral("bad/deep.md"), "# Deep\n\n" + QByteArray(10'000, '>') + " 1. deep\n");
        write(QStringLiteral(".git/HEAD.md"), "# not a runbook\n");
        write(QStringLiteral("notes.txt"), "not markdown");
    }

    void indexesTitlesAlertsAndSections()
    {
        const LibraryIndex index = RunbookLibrary::build({m_lib});
        QCOMPARE(index.entries.size(), qsizetype(7)); // .git and .txt left out
        QVERIFY(index.errors.isEmpty());
        auto entry = [&](const QString &rel) {
            for (const LibraryEntry &e : index.entries)
                if (e.relativePath == rel)
                    return e;
            return LibraryEntry{};
        };
        QCOMPARE(entry(QStringLiteral("kubernetes/KubePodCrashLooping.md")).alerts, QStringList{QStringLiteral("KubePodCrashLooping")});
        QCOMPARE(entry(QStringLiteral("kubernetes/node-not-ready.md")).alerts, QStringList{QStringLiteral("KubeNodeNotReady")});
        QCOMPARE(entry(QStringLiteral("kubernetes/node-not-ready.md")).title, QStringLiteral("Node not ready"));
        const LibraryEntry node = entry(QStringLiteral("node/README.md"));
        QCOMPARE(node.alerts, (QStringList{QStringLiteral("NodeClockNotSynchronising"), QStringLiteral("NodeFilesystemSpaceFillingUp")}));
        QCOMPARE(node.alertSection.value(QStringLiteral("nodefilesystemspacefillingup")), QStringLiteral("nodefilesystemspacefillingup"));
        QVERIFY(entry(QStringLiteral("bad/huge-line.md")).title == QStringLiteral("Huge"));
        QVERIFY(!entry(QStringLiteral("bad/invalid-utf8.md")).title.isEmpty());
        QVERIFY(!entry(QStringLiteral("bad/deep.md")).relativePath.isEmpty());
        // A folder that is not there is named, the rest still indexed.
        const LibraryIndex two = RunbookLibrary::build({m_lib, m_dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(two.entries.size(), qsizetype(7));
        QCOMPARE(two.errors.size(), qsizetype(1));
        QVERIFY(two.errors.first().contains(QStringLiteral("nope")));
    }

    void findsByAlertUrlAndText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("section");
        QTest::newRow("alert name, any case") << "kubepodcrashlooping" << "kubernetes/KubePodCrashLooping.md" << "";
        QTest::newRow("front matter alert") << "KubeNodeNotReady" << "kubernetes/node-not-ready.md" << "";
        QTest::newRow("alert of a file of several") << "NodeFilesystemSpaceFillingUp" << "node/README.md" << "nodefilesystemspacefillingup";
        QTest::newRow("runbooks site url") << "https://runbooks.example.com/runbooks/kubernetes/kubepodcrashlooping/" << "kubernetes/KubePodCrashLooping.md" << "";
        QTest::newRow("github blob url") << "https://github.com/acme/runbooks/blob/main/kubernetes/node-not-ready.md" << "kubernetes/node-not-ready.md" << "";
        QTest::newRow("folder readme with anchor") << "https://git.example.com/runbooks/tree/main/node#nodeclocknotsynchronising" << "node/README.md" << "nodeclocknotsynchronising";
        QTest::newRow("url naming an alert of a file") << "https://runbooks.example.com/node/nodefilesystemspacefillingup" << "node/README.md" << "nodefilesystemspacefillingup";
        QTest::newRow("step text") << "pg_stat_replication" << "db/postgres-replication.md" << "";
        QTest::newRow("title words") << "replication lag" << "db/postgres-replication.md" << "";
    }
    void findsByAlertUrlAndText()
    {
        QFETCH(QString, query);
        QFETCH(QString, file);
        QFETCH(QString, section);
        const QList<LibraryEntry> entries = RunbookLibrary::build({m_lib}).entries;
        QList<LibraryMatch> found = query.contains(QLatin1Char('/')) ? RunbookLibrary::findUrl(entries, query) : RunbookLibrary::findAlert(entries, query);
        if (found.isEmpty())
            found = RunbookLibrary::search(entries, query);
        QVERIFY2(!found.isEmpty(), qPrintable(query));
        QCOMPARE(found.first().entry.relativePath, file);
        QCOMPARE(found.first().sectionId, section);
        QVERIFY(RunbookLibrary::findAlert(entries, QStringLiteral("NoSuchAlert")).isEmpty());
        QVERIFY(RunbookLibrary::findUrl(entries, QStringLiteral("https://example.com/other/thing")).isEmpty());
    }

    void watchedFolderIsIndexedAgain()
    {
        RunbookLibrary lib;
        QSignalSpy indexed(&lib, &RunbookLibrary::indexed);
        lib.setFolders({m_lib});
        QVERIFY(indexed.wait(10000));
        const qsizetype before = lib.entries().size();
        // A new file.
        write(QStringLiteral("kubernetes/KubeJobFailed.md"), "# KubeJobFailed\n\n1. Look at the job.\n");
        QVERIFY(indexed.wait(10000));
        QCOMPARE(lib.entries().size(), before + 1);
        QCOMPARE(RunbookLibrary::findAlert(lib.entries(), QStringLiteral("KubeJobFailed")).size(), qsizetype(1));
        // A file changed: its new title and alert.
        write(QStringLiteral("kubernetes/KubeJobFailed.md"), "# KubeJobCompletion\n\n1. Look at the job.\n");
        QTRY_VERIFY_WITH_TIMEOUT(RunbookLibrary::findAlert(lib.entries(), QStringLiteral("KubeJobCompletion")).size() == 1, 10000);
        // The old name finds it only by its file name now.
        QCOMPARE(RunbookLibrary::findAlert(lib.entries(), QStringLiteral("KubeJobFailed")).first().entry.alerts, QStringList{QStringLiteral("KubeJobCompletion")});
        QVERIFY(RunbookLibrary::findAlert(lib.entries(), QStringLiteral("KubeJobFailed")).first().why.startsWith(QStringLiteral("file name")));
        // Removed.
        QVERIFY(QFile::remove(m_lib + QStringLiteral("/kubernetes/KubeJobFailed.md")));
        QTRY_COMPARE_WITH_TIMEOUT(lib.entries().size(), before, 10000);
    }

    void alertBringsVariablesSeverityAndRecord()
    {
        const Runbook rb = RunbookParser::parse("# KubePodCrashLooping\n\n## Diagnosis\n\n1. `kubectl logs -n $NAMESPACE <pod-name>` on `{{ $labels.instance }}`\n");
        Alert a;
        a.fingerprint = QStringLiteral("abc123");
        a.labels = {{QStringLiteral("alertname"), QStringLiteral("KubePodCrashLooping")}, {QStringLiteral("Namespace"), QStringLiteral("shop")},
                    {QStringLiteral("pod"), QStringLiteral("web-1")}, {QStringLiteral("instance"), QStringLiteral("10.0.0.7:9100")},
                    {QStringLiteral("severity"), QStringLiteral("warning")}};
        a.annotations = {{QStringLiteral("summary"), QStringLiteral("Pod shop/web-1 is crash looping")}};
        a.startsAt = QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
        const auto vars = AlertIncident::variables(a, rb);
        QCOMPARE(vars.value(QStringLiteral("NAMESPACE")), QStringLiteral("shop")); // label names case-insensitive
        QCOMPARE(vars.value(QStringLiteral("POD_NAME")), QStringLiteral("web-1")); // <pod-name> from the pod label
        QCOMPARE(vars.value(QStringLiteral("INSTANCE")), QStringLiteral("10.0.0.7:9100"));
        QVERIFY(!vars.contains(QStringLiteral("ALERTNAME")));
        QCOMPARE(AlertIncident::severity(a), QStringLiteral("SEV3"));
        a.labels[QStringLiteral("severity")] = QStringLiteral("critical");
        QCOMPARE(AlertIncident::severity(a), QStringLiteral("SEV2"));
        a.labels[QStringLiteral("severity")] = QStringLiteral("whatever");
        QCOMPARE(AlertIncident::severity(a), QString());
        QCOMPARE(AlertIncident::title(a), QStringLiteral("KubePodCrashLooping: Pod shop/web-1 is crash looping"));
        // The record: read back as the alert, unresolved until a resolved record follows; detection at startsAt.
        Incident inc;
        inc.createdAt = a.startsAt.addSecs(600);
        Evidence fired = AlertIncident::evidence(a);
        inc.evidence.append(fired);
        QCOMPARE(AlertIncident::fingerprintOf(fired), QStringLiteral("abc123"));
        QCOMPARE(AlertIncident::alertOf(fired).labels, a.labels);
        QCOMPARE(AlertIncident::unresolvedAlerts(inc).size(), qsizetype(1));
        QCOMPARE(inc.detectedAt(), a.startsAt);
        inc.evidence.append(AlertIncident::evidence(a, a.startsAt.addSecs(900)));
        QVERIFY(AlertIncident::unresolvedAlerts(inc).isEmpty());
        QVERIFY(inc.evidence.last().summary.contains(QStringLiteral("resolved at")));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
