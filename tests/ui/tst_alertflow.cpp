// The page-to-runbook path in the window, offscreen, against Debian's
// Prometheus, Alertmanager and Pushgateway (started by scripts/test): an
// alert fires → it is in the Alerts tab within its poll interval → Start
// incident → the library's runbook is open at the alert's section with
// NAMESPACE and POD filled → the PromQL step's Run gives the pushed value,
// kept as evidence → the alert resolves → the timeline says so and Resolve
// is offered → the same alert firing again joins the open incident.
#include "../integration/TestProm.h"
#include "NoDialogs.h"

#include "ActionDialog.h"
#include "AlertsPanel.h"
#include "LibraryDialog.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "SectionListModel.h"
#include "SectionPage.h"

#include "base/AppSettings.h"
#include "incident/IncidentSession.h"
#include "library/RunbookLibrary.h"

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

class TestAlertFlow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    NoDialogs m_dialogs{QStringLiteral("unused")};

    static bool copyTree(const QString &from, const QString &to)
    {
        QDir().mkpath(to);
        for (const QFileInfo &fi : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString target = to + QLatin1Char('/') + fi.fileName();
            if (fi.isDir() ? !copyTree(fi.filePath(), target) : !QFile::copy(fi.filePath(), target))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_PROM();
        QVERIFY(m_dir.isValid());
        QVERIFY(copyTree(QStringLiteral(RUNBOOK_TEST_DATA "/library"), m_dir.filePath(QStringLiteral("library"))));
        // The team's wiring beside the runbook: its PromQL steps run on this Prometheus.
        QFile w(m_dir.filePath(QStringLiteral("library/kubernetes/KubePodCrashLooping.wiring.yaml")));
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write(QStringLiteral("version: 1\ndefault_profile: prod\nprofiles:\n  prod:\n    label: Production\n    connectors:\n"
                               "      prometheus:\n        kind: prometheus\n        base_url: %1\n")
                    .arg(promUrl())
                    .toUtf8());
    }

    void alertToRunbookToEvidenceToResolved()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        settings.setAlertmanagerUrl(alertmanagerUrl());
        settings.setAlertFilter({QStringLiteral("pod=\"gui-1\"")});
        settings.setAlertPollSeconds(1);
        settings.setLibraryFolders({m_dir.filePath(QStringLiteral("library"))});
        MainWindow w(settings, m_dialogs, QStringLiteral(RUNBOOK_TEST_DATA "/runbooks/inline-commands.md"), true,
                     m_dir.filePath(QStringLiteral("incidents.db")));
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.runbook() && w.session()->storeReady(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.library()->entries().size(), qsizetype(3), 10000);
        AlertsPanel *panel = w.alertsPanel();
        QVERIFY(panel->alerts().isEmpty());

        // The alert fires: once the Alertmanager lists it, the tab shows it within the poll interval (1 s) and a poll's time.
        QVERIFY(pushMetric(QStringLiteral("tst_alertflow"), QStringLiteral("runbook_test_pod_restarts{namespace=\"shop\",pod=\"gui-1\"} 5")));
        QCOMPARE(waitForAlerts(QStringLiteral("pod=\"gui-1\""), 1).size(), 1);
        QElapsedTimer listed;
        listed.start();
        QTRY_COMPARE_WITH_TIMEOUT(panel->alerts().size(), qsizetype(1), 3000);
        QVERIFY2(listed.elapsed() <= 2500, qPrintable(QString::number(listed.elapsed())));
        const Alert alert = panel->alerts().first();
        QCOMPARE(panel->table()->item(0, 0)->text(), QStringLiteral("KubePodCrashLooping"));
        QCOMPARE(panel->table()->item(0, 1)->text(), QStringLiteral("critical"));
        QVERIFY(panel->table()->item(0, 2)->text().contains(QStringLiteral("pod=gui-1")));
        QCOMPARE(panel->table()->item(0, 4)->text(), QStringLiteral("kubernetes/KubePodCrashLooping.md"));
        QCOMPARE(panel->table()->item(0, 5)->text(), QStringLiteral("Pod shop/gui-1 is crash looping"));

        // Start incident.
        QSignalSpy ready(&w, &MainWindow::alertIncidentReady);
        QVERIFY(panel->selectAlert(alert.fingerprint));
        QVERIFY(panel->startButton()->isEnabled());
        panel->startButton()->click();
        QVERIFY(ready.wait(15000));
        const QString id = ready.at(0).at(0).toString();
        QCOMPARE(w.session()->currentId(), id);
        QCOMPARE(QFileInfo(w.runbook()->path).fileName(), QStringLiteral("KubePodCrashLooping.md"));
        QCOMPARE(w.runbook()->sections.at(w.currentSectionRow()).id, QStringLiteral("meaning"));
        QTRY_COMPARE(w.session()->current()->variables.value(QStringLiteral("NAMESPACE")), QStringLiteral("shop"));
        QTRY_COMPARE(w.session()->current()->variables.value(QStringLiteral("POD")), QStringLiteral("gui-1"));
        QCOMPARE(w.session()->current()->severity, QStringLiteral("SEV2"));
        // The section's prose shows the alert's values in its placeholders.
        auto *prose = w.sectionPage()->findChild<QTextBrowser *>();
        QVERIFY(prose);
        QTRY_VERIFY(prose->toPlainText().contains(QStringLiteral("Pod shop/gui-1 keeps restarting")));
        QVERIFY(w.session()->current()->title.startsWith(QStringLiteral("KubePodCrashLooping: Pod shop/gui-1")));
        QTRY_COMPARE(w.session()->current()->evidence.size(), qsizetype(1));
        const Evidence fired = w.session()->current()->evidence.first();
        QCOMPARE(fired.kind, QStringLiteral("alert"));
        QCOMPARE(fired.source, QStringLiteral("alert:") + alert.fingerprint);
        QCOMPARE(w.session()->current()->detectedAt().toSecsSinceEpoch(), alert.startsAt.toSecsSinceEpoch());

        // The PromQL step: Run gives the pushed value for this pod, kept as evidence.
        int diagnosis = -1;
        for (int i = 0; i < w.runbook()->sections.size(); ++i)
            if (w.runbook()->sections.at(i).id == QLatin1String("diagnosis"))
                diagnosis = i;
        w.selectSection(diagnosis);
        w.sectionPage()->selectStep(0);
        auto *run = w.findChild<QPushButton *>(QStringLiteral("runActionButton"));
        QTRY_VERIFY(run->isVisible() && run->isEnabled());
        run->click();
        auto *dlg = w.findChild<ActionDialog *>();
        QVERIFY(dlg);
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->current()->evidence.size(), qsizetype(2), 15000);
        const Evidence probe = w.session()->current()->evidence.last();
        QCOMPARE(probe.kind, QStringLiteral("probe"));
        QCOMPARE(probe.stepId, QStringLiteral("diagnosis/step-1"));
        QVERIFY(probe.value);
        QCOMPARE(*probe.value, 5.0);
        QCOMPARE(probe.what, QStringLiteral("runbook_test_pod_restarts{namespace=\"shop\", pod=\"gui-1\"}"));
        dlg->close();

        // The alert resolves: the timeline says so and Resolve is offered.
        QSignalSpy resolved(&w, &MainWindow::alertResolvedOnIncident);
        QVERIFY(deleteGroup(QStringLiteral("tst_alertflow")));
        QVERIFY(resolved.wait(30000) || !resolved.isEmpty());
        QCOMPARE(resolved.at(0).at(0).toString(), id);
        QTRY_COMPARE(w.session()->current()->evidence.size(), qsizetype(3));
        QTRY_VERIFY(std::any_of(w.session()->current()->timeline.cbegin(), w.session()->current()->timeline.cend(), [](const TimelineEvent &e) {
            return e.text.contains(QStringLiteral("KubePodCrashLooping resolved at"));
        }));
        QVERIFY(w.messageBar()->text().contains(QStringLiteral("resolved")));
        QVERIFY(w.messageBar()->actionButton()->isVisible());
        QVERIFY(w.messageBar()->actionButton()->text().contains(QStringLiteral("Resolve")));

        // It fires again: the same fingerprint joins the open incident, no new one.
        QVERIFY(pushMetric(QStringLiteral("tst_alertflow"), QStringLiteral("runbook_test_pod_restarts{namespace=\"shop\",pod=\"gui-1\"} 6")));
        QTRY_COMPARE_WITH_TIMEOUT(panel->alerts().size(), qsizetype(1), 30000);
        QCOMPARE(panel->alerts().first().fingerprint, alert.fingerprint);
        const qsizetype incidents = w.session()->incidents().size();
        QVERIFY(panel->selectAlert(alert.fingerprint));
        panel->startButton()->click();
        QVERIFY(ready.wait(15000));
        QCOMPARE(ready.last().at(0).toString(), id);
        QTRY_COMPARE(w.session()->current()->evidence.size(), qsizetype(4));
        QVERIFY(w.session()->current()->evidence.last().summary.contains(QStringLiteral("fired again")));
        QCOMPARE(w.session()->incidents().size(), incidents);
        QVERIFY(deleteGroup(QStringLiteral("tst_alertflow")));
    }

    void openFromLibraryBySearch()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings3.ini")));
        settings.setLibraryFolders({m_dir.filePath(QStringLiteral("library"))});
        MainWindow w(settings, m_dialogs, QStringLiteral(RUNBOOK_TEST_DATA "/runbooks/inline-commands.md"), true,
                     m_dir.filePath(QStringLiteral("incidents3.db")));
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.runbook() && w.session()->storeReady(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.library()->entries().size(), qsizetype(3), 10000);
        LibraryDialog *dialog = w.openFromLibrary();
        QCOMPARE(dialog->results()->count(), 3);
        // An alert of a file of several: opens at its section.
        dialog->searchField()->setText(QStringLiteral("NodeClockNotSynchronising"));
        QCOMPARE(dialog->matches().first().entry.relativePath, QStringLiteral("node/node-alerts.md"));
        QSignalSpy loaded(&w, &MainWindow::runbookLoaded);
        QTest::keyClick(dialog->searchField(), Qt::Key_Return);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(QFileInfo(w.runbook()->path).fileName(), QStringLiteral("node-alerts.md"));
        QTRY_COMPARE(w.runbook()->sections.at(w.currentSectionRow()).id, QStringLiteral("nodeclocknotsynchronising"));
        // Words of a step.
        dialog = w.openFromLibrary();
        dialog->searchField()->setText(QStringLiteral("memory limit"));
        QCOMPARE(dialog->matches().size(), qsizetype(1));
        QCOMPARE(dialog->matches().first().entry.relativePath, QStringLiteral("kubernetes/KubePodCrashLooping.md"));
        dialog->close();
    }

    void unreachableAlertmanagerIsSaidAndNothingBlocks()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings2.ini")));
        settings.setAlertmanagerUrl(QStringLiteral("http://127.0.0.1:1"));
        settings.setAlertPollSeconds(1);
        MainWindow w(settings, m_dialogs, QStringLiteral(RUNBOOK_TEST_DATA "/runbooks/inline-commands.md"), true,
                     m_dir.filePath(QStringLiteral("incidents2.db")));
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.runbook() && w.session()->storeReady(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w.alertsPanel()->statusText().contains(QStringLiteral("Connection refused")), 10000);
        QVERIFY(w.alertsPanel()->statusText().contains(QStringLiteral("asking again in")));
        // The window answers meanwhile: a note typed is kept.
        w.session()->createIncident(QStringLiteral("meanwhile"), *w.runbook());
        QTRY_VERIFY(w.session()->current());
        w.session()->addNote(QStringLiteral("typed while the Alertmanager is down"));
        QTRY_COMPARE(w.session()->current()->notes.size(), qsizetype(1));
    }
};

QTEST_MAIN(TestAlertFlow)
#include "tst_alertflow.moc"
