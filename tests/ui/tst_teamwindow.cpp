// Two windows, in two processes, on one incident of a team store (the real
// PostgreSQL server scripts/test starts): what one responder ticks and types
// shows in the other's window within a second, with who did it, and each
// window shows who else has the incident open.
#include "ChecklistModel.h"
#include "NoDialogs.h"
#include "MainWindow.h"
#include "SectionPage.h"
#include "base/AppSettings.h"
#include "incident/IncidentSession.h"

#include "../core/TestPg.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

class TestTeamWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    NoDialogs m_dialogs{QStringLiteral("Tips are not recorded")};
    const QString m_runbook = QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md");

    // One line of the other window's answers.
    static QString answer(QProcess &p, int timeoutMs = 15000)
    {
        QElapsedTimer t;
        t.start();
        while (!p.canReadLine() && t.elapsed() < timeoutMs)
            p.waitForReadyRead(50);
        return QString::fromUtf8(p.readLine()).trimmed();
    }
    static QString ask(QProcess &p, const QString &command)
    {
        p.write(command.toUtf8() + '\n');
        return answer(p);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        REQUIRE_TEST_PG();
    }

    void twoWindowsStayInStep()
    {
        const QString store = TestPg::fromEnvironment().newStore(QStringLiteral("teamwindow_%1").arg(QCoreApplication::applicationPid()));
        // Bob's window: another process, its own settings and journal.
        QProcess bob;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RUNBOOK_USER"), QStringLiteral("bob"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("bob-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("bob-config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        bob.setProcessEnvironment(env);
        bob.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        bob.start(QStringLiteral(TEAM_WINDOW_HELPER), {store, m_runbook});
        QVERIFY(bob.waitForStarted());
        auto stop = qScopeGuard([&] {
            bob.write("quit\n");
            if (!bob.waitForFinished(10000))
                bob.kill();
        });

        // Alice's window: this process.
        AppSettings settings(m_dir.filePath(QStringLiteral("alice.ini")));
        settings.setActorName(QStringLiteral("alice"));
        MainWindow w(settings, m_dialogs, m_runbook, true, store);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.runbook() && w.session()->storeReady() && w.session()->isTeam(), 15000);
        QCOMPARE(answer(bob, 30000), QStringLiteral("ready"));
        w.newIncident();
        QTRY_VERIFY(w.session()->current());
        const QString id = w.session()->current()->id;
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->unsharedChanges() == 0 && w.session()->pendingWrites() == 0, 5000);
        QCOMPARE(ask(bob, QStringLiteral("open ") + id), QStringLiteral("opened"));

        // Presence, both ways.
        auto *label = w.findChild<QLabel *>(QStringLiteral("teamStatusLabel"));
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("also here: bob")), 3000);
        QVERIFY(ask(bob, QStringLiteral("expect-here alice")).startsWith(QStringLiteral("ok")));

        QTreeView *view = w.sectionPage()->checklistView();
        ChecklistModel *model = w.sectionPage()->checklistModel();
        auto state = [model](int row) { return StepState(model->index(row, 0).data(ChecklistModel::StateRole).toInt()); };
        QList<qint64> latencies;
        auto latency = [&](const QString &reply) {
            if (!reply.startsWith(QStringLiteral("ok ")))
                return false;
            latencies.append(reply.mid(3).toLongLong());
            return true;
        };

        // Alice ticks step 1 with the keyboard → Bob's window shows it.
        view->setFocus();
        view->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(state(0), StepState::Done);
        QVERIFY(latency(ask(bob, QStringLiteral("expect 0 done"))));
        // Bob skips step 2 and types a note on step 3 → Alice's window shows both, and who.
        QCOMPARE(ask(bob, QStringLiteral("key 1 S")), QStringLiteral("done"));
        QElapsedTimer t;
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(state(1), StepState::Skipped, 1000);
        latencies.append(t.elapsed());
        QTRY_VERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("bob: ")));
        QCOMPARE(ask(bob, QStringLiteral("note 2 checked the endpoint: 200")), QStringLiteral("done"));
        t.restart();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(2, ChecklistModel::NoteColumn).data(Qt::EditRole).toString(),
                                  QStringLiteral("checked the endpoint: 200"), 1000);
        latencies.append(t.elapsed());
        // Alice types a note and leaves the editor → Bob sees it.
        view->setCurrentIndex(model->index(3, 0));
        QTest::keyClick(view, Qt::Key_Return);
        auto *note = w.findChild<QPlainTextEdit *>(QStringLiteral("stepNoteEdit"));
        QTRY_VERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("disk at 41%"));
        QTest::keyClick(note, Qt::Key_Escape);
        QVERIFY(latency(ask(bob, QStringLiteral("expect-note 3 disk at 41%"))));
        // And back: Bob marks step 4 not applicable.
        QCOMPARE(ask(bob, QStringLiteral("key 3 N")), QStringLiteral("done"));
        t.restart();
        QTRY_COMPARE_WITH_TIMEOUT(state(3), StepState::NotApplicable, 1000);
        latencies.append(t.elapsed());

        std::sort(latencies.begin(), latencies.end());
        qInfo("two windows, two processes: a change showed in the other window after %lld ms (median), %lld ms (max)",
              latencies.at(latencies.size() / 2), latencies.last());
        QVERIFY(latencies.last() < 1000);
        // Both windows hold the same incident.
        for (int row = 0; row < 4; ++row)
            QVERIFY(ask(bob, QStringLiteral("expect %1 %2").arg(row).arg(toText(state(row)))).startsWith(QStringLiteral("ok")));

        // Bob closes his window: Alice sees him go.
        stop.dismiss();
        bob.write("quit\n");
        QVERIFY(bob.waitForFinished(15000));
        QTRY_VERIFY_WITH_TIMEOUT(!label->text().contains(QStringLiteral("bob")), 5000);
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
