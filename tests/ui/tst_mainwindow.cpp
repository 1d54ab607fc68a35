// The main window offscreen: open, tick, note, close, reopen → restored; a
// keyboard-only walkthrough; a damaged store; German.
#include "ActionDialog.h"
#include "base/AppSettings.h"
#include "DemoBackend.h"
#include "DemoHost.h"
#include "DemoDatabase.h"
#include "DemoLogGenerator.h"
#include "ChecklistModel.h"
#include "DialogProvider.h"
#include "incident/IncidentSession.h"
#include "incident/IncidentStore.h"
#include "runbook/RunbookParser.h"
#include "GuiDemo.h"
#include "DemoWindowTest.h"
#include "MainWindow.h"
#include "IncidentController.h"
#include "MessageBar.h"
#include "logs/LiveLogQueries.h"
#include "report/IncidentReport.h"
#include "metrics/MetricMonitor.h"
#include "MetricsModel.h"
#include "SectionListModel.h"
#include "SectionPage.h"
#include "StepDetailPanel.h"
#include "Translations.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QCheckBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QSignalSpy>
#include <QClipboard>
#include <QProgressBar>
#include <QToolButton>
#include <QTextBrowser>
#include <QGuiApplication>
#include <QTreeWidget>
#include <QStatusBar>
#include "IncidentPanel.h"
#include "metrics/MetricEvaluator.h"
#include "LivePanel.h"
#include "SamplesDialog.h"
#include "LiveCountModel.h"
#include <QThreadPool>
#include <QtTest>
#include <memory>

// Answers the window's questions the way a test says.
class ScriptedDialogs : public DialogProvider
{
public:
    QString nextTitle = QStringLiteral("Checkout errors");
    QString nextSave;
    QString openRunbookFile(QWidget *, const QString &) override { return {}; }
    QString saveExportFile(QWidget *, const QString &) override { return nextSave; }
    QString suggestedTitle; // what the window offered last
    QString incidentTitle(QWidget *, const QString &suggested, bool *ok) override
    {
        suggestedTitle = suggested;
        *ok = true;
        return nextTitle;
    }
    QString nextLogSource;
    QString logSource(QWidget *, const QString &, bool *ok) override
    {
        *ok = true;
        return nextLogSource;
    }
    bool confirmAnswer = false;
    int confirmations = 0;
    bool confirm(QWidget *, const QString &, const QString &) override
    {
        ++confirmations;
        return confirmAnswer;
    }
};

// Manual Blob Cleanup's orphans probe and its delete, bound to the demo's blob store and database.
const QString kBlobCleanupBindings = QStringLiteral(
    "  manual-blob-cleanup/step-3:\n    probe: { type: blob_orphans, connector: blob, prefix: avatars/users/, compare_with: db }\n"
    "  manual-blob-cleanup/step-4:\n    action: { type: blob_delete, connector: blob, from: manual-blob-cleanup/step-3, risk: destructive }\n");

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ScriptedDialogs m_dialogs;
    const QString m_runbook = QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md");

    std::unique_ptr<MainWindow> makeWindow(AppSettings &settings, const QString &store)
    {
        auto w = std::make_unique<MainWindow>(settings, m_dialogs, m_runbook, true, store);
        w->show();
        [&] { QTRY_VERIFY(w->runbook() && w->session()->storeReady()); }();
        return w;
    }

    // A directory with the demo data and a copy of the runbook, whose wiring
    // the test writes next to it.
    QString demoDir(const QString &name)
    {
        const QString dir = m_dir.filePath(name);
        if (!QDir().mkpath(dir) || !DemoDatabase::write(dir, QDateTime::currentDateTimeUtc())
            || !QFile::copy(m_runbook, dir + QStringLiteral("/rb.md")))
            return {};
        return dir;
    }
    static bool writeWiring(const QString &dir, const QString &yaml)
    {
        QFile w(dir + QStringLiteral("/rb.wiring.yaml"));
        return w.open(QIODevice::WriteOnly) && w.write(yaml.toUtf8()) == yaml.toUtf8().size();
    }

    // A demo folder whose blob store `backend` serves, wired as profile "t"
    // (sqlite db, vercel_blob blob) with `bindings` (YAML lines under bindings:).
    QString blobDemo(const QString &name, DemoBackend &backend, const QString &bindings)
    {
        const QString dir = demoDir(name);
        if (dir.isEmpty() || !backend.loadBlobs(dir + QStringLiteral("/blobs.json")))
            return {};
        backend.setBlobToken(QStringLiteral("vercel_blob_rw_uitest_Q7v1"));
        if (backend.listen() == 0)
            return {};
        qputenv("RB_UI_BLOB_TOKEN", "vercel_blob_rw_uitest_Q7v1");
        const bool ok = writeWiring(dir, QStringLiteral("version: 1\nprofiles:\n  t:\n    connectors:\n      logs: { kind: file, path: %1/none.log }\n"
                                                      "      db: { kind: sqlite, path: \"%1/app.sqlite\" }\n"
                                                      "      blob: { kind: vercel_blob, base_url: \"%2/api/blob\", token: env:RB_UI_BLOB_TOKEN }\n"
                                                      "bindings:\n")
                                             .arg(dir, backend.baseUrl())
                                         + bindings);
        return ok ? dir : QString();
    }

    // A corpus runbook copied to `relative` under the test folder (a folder of its own: no wiring beside it); empty on failure.
    QString corpusCopy(const QString &corpusFile, const QString &relative) const
    {
        const QString path = m_dir.filePath(relative);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return {};
        QFile::remove(path);
        return QFile::copy(QStringLiteral(RUNBOOK_TEST_DATA "/runbooks/") + corpusFile, path) ? path : QString();
    }

    // The user sets a step's variable in the detail panel: types it and leaves the field.
    static void typeVariable(MainWindow &win, const QString &name, const QString &value)
    {
        auto *edit = win.findChild<QLineEdit *>(QStringLiteral("variable_") + name);
        QVERIFY(edit);
        QTRY_VERIFY(edit->isEnabled());
        edit->setText(value);
        Q_EMIT edit->editingFinished();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(setUpDemoWindowTest());
    }

    void tickNoteCloseReopen()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("a.ini")));
        const QString store = m_dir.filePath(QStringLiteral("a.sqlite"));
        QString id;
        {
            auto w = makeWindow(settings, store);
            QCOMPARE(w->runbook()->stepCount(), 34);
            auto *newAction = w->findChild<QAction *>(QStringLiteral("newIncidentAction"));
            QVERIFY(newAction && newAction->isEnabled());
            newAction->trigger();
            QTRY_VERIFY(w->session()->current());
            id = w->session()->current()->id;
            QCOMPARE(w->session()->current()->title, QStringLiteral("Checkout errors"));

            ChecklistModel *model = w->sectionPage()->checklistModel();
            QVERIFY(model->setData(model->index(0, 0), Qt::Checked, Qt::CheckStateRole));
            QVERIFY(model->setData(model->index(2, 0), Qt::Checked, Qt::CheckStateRole));
            w->sectionPage()->selectStep(1);
            auto *note = w->findChild<QPlainTextEdit *>(QStringLiteral("stepNoteEdit"));
            QVERIFY(note);
            note->setFocus();
            QTest::keyClicks(note, QStringLiteral("token rotated"));
            w->selectSection(5); // moving away commits the note
            QCOMPARE(w->sectionPage()->section()->id, QStringLiteral("cron-job-health"));
            QVERIFY(model->setData(model->index(1, 0), Qt::Checked, Qt::CheckStateRole));
            w->close();
        } // the window and its session go away; queued writes finish first

        {
            IncidentStore s;
            QVERIFY(s.open(store));
            const Incident inc = s.loadIncident(id).value();
            QCOMPARE(inc.step(QStringLiteral("blob-storage-orphan-prevention/step-1")).state, StepState::Done);
            QCOMPARE(inc.step(QStringLiteral("blob-storage-orphan-prevention/step-2")).note, QStringLiteral("token rotated"));
        }

        auto w = makeWindow(settings, store);
        QTRY_VERIFY(w->session()->current());
        QCOMPARE(w->session()->current()->id, id);
        w->selectSection(0);
        ChecklistModel *model = w->sectionPage()->checklistModel();
        QTRY_COMPARE(model->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model->index(1, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(model->index(2, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model->index(1, ChecklistModel::NoteColumn).data().toString(), QStringLiteral("token rotated"));
        w->sectionPage()->selectStep(1);
        QCOMPARE(w->findChild<QPlainTextEdit *>(QStringLiteral("stepNoteEdit"))->toPlainText(), QStringLiteral("token rotated"));
        w->selectSection(5);
        QCOMPARE(model->index(1, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

        // Incident notes show as typed, markup and all, with who wrote them.
        auto *input = w->findChild<QLineEdit *>(QStringLiteral("noteInput"));
        auto *notes = w->findChild<QTextBrowser *>(QStringLiteral("notesView"));
        QVERIFY(input && notes);
        input->setFocus();
        const QString typed = QStringLiteral("<b>not bold</b> *not emphasis* [no](link)");
        QTest::keyClicks(input, typed);
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY(notes->toPlainText().contains(typed));
        QVERIFY(notes->toPlainText().contains(w->session()->actor()));
    }

    // A long PDF export shows how far it is in the status bar and stops on
    // Cancel Export, leaving no file; the next one runs to its end.
    void pdfExportShowsProgressAndCancels()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("export.ini")));
        const QString store = m_dir.filePath(QStringLiteral("export.sqlite"));
        QString id;
        {
            IncidentStore s;
            QVERIFY(s.open(store));
            const auto rb = RunbookParser::parseFile(m_runbook);
            id = s.createIncident(QStringLiteral("Long night"), rb.value(), QStringLiteral("alice"))->id;
            for (int i = 0; i < 3000; ++i)
                QVERIFY(s.addNote(id, QStringLiteral("note %1: checked the webhook endpoint and the retry queue again").arg(i), QStringLiteral("alice")));
        }
        auto w = std::make_unique<MainWindow>(settings, m_dialogs, m_runbook, true, store);
        w->requestIncident(id);
        w->show();
        QTRY_VERIFY_WITH_TIMEOUT(w->session()->current() && w->session()->current()->id == id, 20000);
        auto *bar = w->findChild<QProgressBar *>(QStringLiteral("exportProgress"));
        auto *cancel = w->findChild<QToolButton *>(QStringLiteral("cancelExportButton"));
        QVERIFY(bar && cancel && !bar->isVisible());
        m_dialogs.nextSave = m_dir.filePath(QStringLiteral("long.pdf"));
        QFile::remove(m_dialogs.nextSave);
        auto *controller = w->findChild<IncidentController *>();
        auto *messages = w->findChild<MessageBar *>();
        QVERIFY(controller && messages);
        // Run to its end: the bar shows how far it is while it runs, and goes away.
        QSignalSpy progress(controller, &IncidentController::exportProgress);
        bool barSeen = false;
        connect(controller, &IncidentController::exportProgress, this, [&](int, int total) { barSeen |= total > 0 && bar->isVisible() && cancel->isVisible(); });
        w->exportIncident();
        QVERIFY(controller->exporting());
        QTRY_VERIFY_WITH_TIMEOUT(messages->text().startsWith(QStringLiteral("Exported")), 30000);
        QVERIFY(QFileInfo(m_dialogs.nextSave).size() > 10000);
        QVERIFY2(progress.size() >= 2, qPrintable(QString::number(progress.size())));
        QVERIFY(progress.at(0).at(1).toInt() > 3000); // a step per block of the report
        QVERIFY(barSeen);
        QCOMPARE(progress.last().at(1).toInt(), 0);
        QVERIFY(!bar->isVisible() && !cancel->isVisible() && !controller->exporting());
        // Cancelled: nothing written, and it says so.
        QVERIFY(QFile::remove(m_dialogs.nextSave));
        w->exportIncident();
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(messages->text().contains(QStringLiteral("cancelled")), 20000);
        QCOMPARE(messages->level(), MessageBar::Warning);
        QVERIFY(!QFileInfo::exists(m_dialogs.nextSave));
        QVERIFY(!bar->isVisible() && !controller->exporting());
    }

    void noteSurvivesAKillRightAfterTyping()
    {
        // The app dies 0.2 s after the last keystroke, long before the edit
        // would count as finished (0.8 s idle): what was typed is stored.
        for (int round = 0; round < 3; ++round) {
            const QString store = m_dir.filePath(QStringLiteral("killed-%1.sqlite").arg(round));
            const QString text = QStringLiteral("rotated the token, round %1").arg(round);
            QProcess helper;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("killed-xdg")));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("killed-xdg")));
            helper.setProcessEnvironment(env);
            helper.start(QStringLiteral(NOTE_CRASH_HELPER), {store, m_runbook, text});
            QVERIFY(helper.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(helper.canReadLine() || helper.state() == QProcess::NotRunning, 30'000);
            const QString line = QString::fromUtf8(helper.readLine()).trimmed();
            QVERIFY2(line.startsWith(QStringLiteral("typed ")), qPrintable(line + QString::fromUtf8(helper.readAllStandardError())));
            QTest::qWait(200);
            helper.kill(); // SIGKILL: nothing is flushed on the way out
            QVERIFY(helper.waitForFinished(10'000));
            IncidentStore s;
            QVERIFY(s.open(store));
            const auto inc = s.loadIncident(line.mid(6));
            QVERIFY2(inc, qPrintable(inc.error()));
            QCOMPARE(inc->step(QStringLiteral("blob-storage-orphan-prevention/step-2")).note, text);
            QCOMPARE(inc->summary, text); // the Incident Record's text, stored while typed
        }
    }

    void keyboardOnlyWalkthrough()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("k.ini")));
        auto w = makeWindow(settings, m_dir.filePath(QStringLiteral("k.sqlite")));
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier); // New Incident
        QTRY_VERIFY(w->session()->current());
        QTest::keyClick(w.get(), Qt::Key_J, Qt::ControlModifier); // focus the checklist
        QTreeView *view = w->sectionPage()->checklistView();
        QTRY_VERIFY(view->hasFocus());
        ChecklistModel *model = w->sectionPage()->checklistModel();
        auto state = [model](int row) { return StepState(model->index(row, 0).data(ChecklistModel::StateRole).toInt()); };

        QTest::keyClick(view, Qt::Key_Space); // step 1 done
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_S); // step 2 skipped
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_N); // step 3 n/a
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Space); // step 4 done …
        QTest::keyClick(view, Qt::Key_Space); // … and back to pending
        QTest::keyClick(view, Qt::Key_D);     // done again
        QCOMPARE(state(0), StepState::Done);
        QCOMPARE(state(1), StepState::Skipped);
        QCOMPARE(state(2), StepState::NotApplicable);
        QCOMPARE(state(3), StepState::Done);

        QTest::keyClick(view, Qt::Key_Return); // edit the note of step 4
        auto *note = w->findChild<QPlainTextEdit *>(QStringLiteral("stepNoteEdit"));
        QTRY_VERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("storage is fine"));
        QTest::keyClick(note, Qt::Key_Escape); // back to the checklist, note saved
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(model->index(3, ChecklistModel::NoteColumn).data().toString(), QStringLiteral("storage is fine"));

        QTest::keyClick(w.get(), Qt::Key_Down, Qt::AltModifier); // next section
        QCOMPARE(w->currentSectionRow(), 1);
        QTest::keyClick(w.get(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(w->currentSectionRow(), 0);
        QTRY_COMPARE(w->session()->pendingWrites(), 0);
        const auto &inc = w->session()->current();
        QCOMPARE(inc->step(QStringLiteral("blob-storage-orphan-prevention/step-4")).note, QStringLiteral("storage is fine"));
        // created, six state changes, one note (and the severity the rules suggested, when they had been judged by then)
        const auto severityLines = std::count_if(inc->timeline.begin(), inc->timeline.end(),
                                                 [](const TimelineEvent &e) { return e.kind == QStringLiteral("incident.severity"); });
        QCOMPARE(inc->timeline.size() - severityLines, 1 + 6 + 1);
    }

    // The runbook is edited while its incident is open: a step inserted above a
    // done one leaves the new step pending and the done one done, with its note;
    // a step deleted shows as a record no longer in the runbook.
    void editedRunbookKeepsRecordsOnTheirSteps()
    {
        const QString dir = m_dir.filePath(QStringLiteral("edited"));
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/rb.md");
        QFile::remove(path);
        QVERIFY(QFile::copy(m_runbook, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        AppSettings settings(m_dir.filePath(QStringLiteral("edited.ini")));
        const QString store = m_dir.filePath(QStringLiteral("edited.sqlite"));
        auto rewrite = [&](const QByteArray &from, const QByteArray &to) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray b = f.readAll();
            f.close();
            QVERIFY(b.contains(from));
            b.replace(from, to);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(b);
        };
        {
            MainWindow w(settings, m_dialogs, path, true, store);
            w.show();
            QTRY_VERIFY(w.runbook() && w.session()->storeReady());
            w.newIncident();
            QTRY_VERIFY(w.session()->current());
            w.selectSection(0);
            ChecklistModel *model = w.sectionPage()->checklistModel();
            QVERIFY(model->setData(model->index(1, 0), Qt::Checked, Qt::CheckStateRole)); // "Verify BLOB_READ_WRITE_TOKEN is valid"
            QVERIFY(model->setNote(1, QStringLiteral("token is fine")));
            QTRY_COMPARE(w.session()->pendingWrites(), 0);
            w.close();
        }
        rewrite("1. Check Vercel Blob dashboard for storage issues\n", "1. Check Vercel Blob dashboard for storage issues\n2. Page the storage team\n");
        {
            MainWindow w(settings, m_dialogs, path, true, store);
            w.show();
            QTRY_VERIFY(w.runbook() && w.session()->current());
            w.selectSection(0);
            ChecklistModel *model = w.sectionPage()->checklistModel();
            QCOMPARE(model->index(1, ChecklistModel::TextColumn).data().toString(), QStringLiteral("Page the storage team"));
            QTRY_COMPARE(model->index(2, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
            QCOMPARE(model->index(1, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
            QCOMPARE(model->index(1, ChecklistModel::NoteColumn).data().toString(), QString());
            QCOMPARE(model->index(2, ChecklistModel::NoteColumn).data().toString(), QStringLiteral("token is fine"));
            QVERIFY(w.findChild<QLabel *>(QStringLiteral("vanishedStepsLabel"))->isHidden());
            w.close();
        }
        rewrite("2. Verify `BLOB_READ_WRITE_TOKEN` is valid\n", "");
        MainWindow w(settings, m_dialogs, path, true, store);
        w.show();
        QTRY_VERIFY(w.runbook() && w.session()->current());
        w.selectSection(0);
        ChecklistModel *model = w.sectionPage()->checklistModel();
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        auto *gone = w.findChild<QLabel *>(QStringLiteral("vanishedStepsLabel"));
        QTRY_VERIFY(!gone->isHidden());
        QVERIFY2(gone->text().contains(QStringLiteral("Verify BLOB_READ_WRITE_TOKEN is valid")) && gone->text().contains(QStringLiteral("token is fine")),
                 qPrintable(gone->text()));
    }

    void damagedStoreStillShowsTheRunbook()
    {
        const QString store = m_dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(store);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'z'));
        f.close();
        AppSettings settings(m_dir.filePath(QStringLiteral("b.ini")));
        MainWindow w(settings, m_dialogs, m_runbook, true, store);
        w.show();
        QTRY_VERIFY(w.runbook());
        QTRY_VERIFY(w.messageBar()->isVisible());
        QTRY_VERIFY(w.messageBar()->text().contains(QStringLiteral("damaged")));
        QCOMPARE(w.messageBar()->level(), MessageBar::Error);
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("newIncidentAction"))->isEnabled());
        QCOMPARE(w.sectionPage()->checklistModel()->rowCount(), 4); // the checklist is there to read
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(8192, 'z'));
    }

    // A probe run from a step leaves its snapshot under the step and in the
    // exported HTML; "Mark Step Done" uses it as the step's evidence; "Next Step"
    // visits the sections whose rules are critical first; a new incident is
    // titled and rated from the breaching rules.
    void evidenceAndTheGuidedWalk()
    {
        QVERIFY(DemoDatabase::write(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo"),
                                    QDateTime::currentDateTimeUtc()));
        AppSettings settings(m_dir.filePath(QStringLiteral("ev.ini")));
        auto w = makeWindow(settings, m_dir.filePath(QStringLiteral("ev.sqlite")));
        QTRY_VERIFY(w->wiring());
        QSignalSpy evaluated(w->metricMonitor(), &MetricMonitor::evaluated);
        QTRY_VERIFY_WITH_TIMEOUT(evaluated.count() > 0, 20000);
        const Evaluation e = evaluated.last().at(0).value<Evaluation>();
        QStringList critical, warning;
        for (const Section &s : w->runbook()->sections) {
            if (e.sectionSeverity(s.id) == Severity::Critical)
                critical.append(s.id);
            else if (e.sectionSeverity(s.id) == Severity::Warning)
                warning.append(s.id);
        }
        QString rules; // what each rule said, should this fail
        for (const RuleEvaluation &r : e.rules)
            rules += QStringLiteral("\n  %1 %2 %3 %4").arg(r.ruleId).arg(int(r.severity)).arg(r.value ? QString::number(*r.value) : QStringLiteral("-"), r.reason);
        QVERIFY2(critical.size() >= 2, qPrintable(QStringLiteral("the demo data breaches the rules of several sections:") + rules));
        QVERIFY2(!warning.isEmpty(), "…and warns in others");
        m_dialogs.nextTitle = QString(); // take what is offered
        w->newIncident();
        m_dialogs.nextTitle = QStringLiteral("Checkout errors");
        QTRY_VERIFY(w->session()->current());
        QVERIFY2(m_dialogs.suggestedTitle.contains(QStringLiteral("critical")), qPrintable(m_dialogs.suggestedTitle));
        QCOMPARE(w->session()->current()->severity, QStringLiteral("SEV1")); // two or more critical sections
        auto *severity = w->findChild<QComboBox *>(QStringLiteral("severityCombo"));
        QTRY_COMPARE(severity->currentText(), QStringLiteral("SEV1"));

        // Next Step: every step of the critical sections before any other.
        QAction *next = w->findChild<QAction *>(QStringLiteral("nextStepAction"));
        QVERIFY(next);
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F8));
        auto isProcedure = [&](const QString &id) { return w->runbook()->section(id)->kind == SectionKind::Procedure; };
        QStringList visited;
        for (int i = 0; i < 80; ++i) {
            next->trigger();
            visited.append(w->sectionPage()->section()->id);
            QVERIFY2(w->statusBar()->currentMessage().startsWith(QStringLiteral("Next: ")), qPrintable(w->statusBar()->currentMessage()));
            if (!critical.contains(visited.last()) && !isProcedure(visited.last()))
                break;
            // A procedure comes in only right after the step that points at it.
            QVERIFY(!isProcedure(visited.last()) || w->statusBar()->currentMessage().contains(QStringLiteral("points to it")));
        }
        // Every critical section was walked before the first section that is not critical: the first that warns.
        for (const QString &id : critical)
            QVERIFY2(visited.contains(id), qPrintable(visited.join(QLatin1Char(','))));
        QCOMPARE(visited.last(), warning.first());
        QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("its rules warn")));

        // A probe from a step: its snapshot is kept with the step.
        w->selectSection(w->runbook()->sections.size() - 1); // Database Reconciliation
        w->sectionPage()->selectStep(0);
        auto *list = w->findChild<QTreeWidget *>(QStringLiteral("evidenceList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 0);
        auto *run = w->findChild<QPushButton *>(QStringLiteral("runActionButton"));
        QTRY_VERIFY(run->isVisible());
        run->click();
        auto *dlg = w->findChild<ActionDialog *>();
        QVERIFY(dlg);
        QTRY_COMPARE(dlg->findChild<QTableView *>(QStringLiteral("actionRowsView"))->model()->rowCount(), 40);
        auto *markDone = dlg->findChild<QPushButton *>(QStringLiteral("markDoneButton"));
        QTRY_VERIFY(markDone->isVisible());
        QVERIFY(dlg->findChild<QLabel *>(QStringLiteral("evidenceLabel"))->text().contains(QStringLiteral("E1")));
        markDone->click();
        dlg->close();
        QTRY_COMPARE(w->session()->pendingWrites(), 0);
        const Step &step = w->runbook()->sections.last().steps.first();
        QTRY_COMPARE(w->session()->current()->step(step.id).state, StepState::Done);
        QCOMPARE(w->session()->current()->step(step.id).evidenceId, QStringLiteral("E1"));
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("E1 probe")));
        QVERIFY(list->topLevelItem(0)->text(3).contains(QStringLiteral("40 row(s)")));
        const Evidence snap = w->session()->current()->evidence.first();
        QCOMPARE(snap.rows.size(), 40);
        QCOMPARE(snap.profile, w->currentProfile()->name);
        QVERIFY(snap.what.startsWith(QStringLiteral("SELECT")));

        // Pinned (marked done with it); leave it out of the report and put it back.
        QVERIFY(snap.pinned);
        auto *report = w->findChild<QPushButton *>(QStringLiteral("evidenceReportButton"));
        report->click();
        QTRY_VERIFY(!w->session()->current()->evidence.first().inReport);
        report->click();
        QTRY_VERIFY(w->session()->current()->evidence.first().inReport);

        // The exported HTML shows the snapshot under its step.
        m_dialogs.nextSave = m_dir.filePath(QStringLiteral("ev.html"));
        w->exportIncident();
        QTRY_VERIFY(QFileInfo::exists(m_dialogs.nextSave));
        QFile f(m_dialogs.nextSave);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.contains(QStringLiteral("Evidence E1 (pinned) — probe ")));
        QVERIFY(html.contains(QStringLiteral("<td>") + snap.rows.first().first() + QStringLiteral("</td>")));
        QVERIFY(html.contains(QStringLiteral("(evidence E1)")));
        // …and the PDF is written off the GUI thread, in the same way.
        m_dialogs.nextSave = m_dir.filePath(QStringLiteral("ev.pdf"));
        w->exportIncident();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_dialogs.nextSave).size() > 1000, 20000);
        QFile pdf(m_dialogs.nextSave);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        // A live query's samples, kept with the selected step: count, buckets, samples.
        w->selectSection(0);
        w->sectionPage()->selectStep(0);
        LivePanel *live = w->sectionPage()->livePanel();
        QTRY_VERIFY_WITH_TIMEOUT(live->model()->rowCount() > 0 && live->model()->index(0, 1).data().toString().toInt() > 0, 20000);
        live->showSamples(0);
        auto *samples = w->findChild<SamplesDialog *>();
        QVERIFY(samples);
        auto *keep = samples->findChild<QPushButton *>(QStringLiteral("keepSamplesButton"));
        QVERIFY(keep);
        const qsizetype before = w->session()->current()->evidence.size();
        keep->click();
        QTRY_COMPARE(w->session()->current()->evidence.size(), before + 1);
        const Evidence q = w->session()->current()->evidence.last();
        QCOMPARE(q.kind, QStringLiteral("query"));
        QCOMPARE(q.stepId, w->runbook()->sections.first().steps.first().id);
        QVERIFY(q.value && *q.value > 0);
        QVERIFY(q.series.size() > 1);
        QVERIFY(!q.rows.isEmpty());
        QCOMPARE(q.window, QStringLiteral("Last 24 hours"));
        samples->close();
    }

    // The Incident Record tab: what is typed is stored at once; leaving the field writes its timeline line.
    void incidentRecordTab()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("rec.ini")));
        auto w = makeWindow(settings, m_dir.filePath(QStringLiteral("rec.sqlite")));
        m_dialogs.nextTitle = QStringLiteral("Record");
        w->newIncident();
        m_dialogs.nextTitle = QStringLiteral("Checkout errors");
        QTRY_VERIFY(w->session()->current());
        auto *summary = w->findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit"));
        QVERIFY(summary && summary->isEnabled());
        summary->setFocus();
        QTest::keyClicks(summary, QStringLiteral("Checkout 500s"));
        {
            // Stored while typing, within 30 ms — read from another connection, as after a crash.
            IncidentStore other;
            QVERIFY(other.open(m_dir.filePath(QStringLiteral("rec.sqlite")), IncidentStore::Access::ReadOnly));
            QElapsedTimer typed;
            typed.start();
            QTRY_COMPARE(other.loadIncident(w->session()->currentId())->summary, QStringLiteral("Checkout 500s"));
            QVERIFY2(typed.elapsed() < 1000, qPrintable(QString::number(typed.elapsed())));
            const Incident stored = other.loadIncident(w->session()->currentId()).value();
            for (const TimelineEvent &e : stored.timeline)
                QVERIFY(e.kind != QStringLiteral("incident.summary")); // no line yet
        }
        w->incidentPanel()->commitEdits();
        QTRY_COMPARE(w->session()->pendingWrites(), 0);
        QTRY_COMPARE(w->session()->current()->timeline.last().kind, QStringLiteral("incident.summary"));
        auto *status = w->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        status->setCurrentIndex(status->findText(QStringLiteral("monitoring")));
        QTRY_COMPARE(w->session()->current()->status, IncidentStatus::Monitoring);
        QTRY_VERIFY(w->session()->current()->mitigatedAt().isValid());
        // Monitoring is still being worked: the checklist takes changes, Resolve still resolves.
        {
            QTreeView *view = w->sectionPage()->checklistView();
            ChecklistModel *model = w->sectionPage()->checklistModel();
            view->setFocus();
            view->setCurrentIndex(model->index(2, 0));
            QTest::keyClick(view, Qt::Key_D);
            QTRY_COMPARE(StepState(model->index(2, 0).data(ChecklistModel::StateRole).toInt()), StepState::Done);
            auto *resolve = w->findChild<QAction *>(QStringLiteral("resolveAction"));
            QCOMPARE(resolve->text(), QStringLiteral("&Resolve Incident"));
        }
        auto *followUp = w->findChild<QLineEdit *>(QStringLiteral("followUpEdit"));
        w->findChild<QLineEdit *>(QStringLiteral("followUpOwnerEdit"))->setText(QStringLiteral("bob"));
        w->findChild<QLineEdit *>(QStringLiteral("followUpDueEdit"))->setText(QStringLiteral("2026-12-24"));
        followUp->setText(QStringLiteral("Add a canary"));
        QTest::keyClick(followUp, Qt::Key_Return);
        QTRY_COMPARE(w->session()->current()->followUps.size(), 1);
        QCOMPARE(w->session()->current()->followUps.first().owner, QStringLiteral("bob"));
        QCOMPARE(w->session()->current()->followUps.first().due, QDate(2026, 12, 24));
        auto *list = w->findChild<QTreeWidget *>(QStringLiteral("followUpsList"));
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        list->topLevelItem(0)->setCheckState(0, Qt::Checked);
        QTRY_VERIFY(w->session()->current()->followUps.first().done);
        QTRY_VERIFY(w->findChild<QLabel *>(QStringLiteral("incidentTimesLabel"))->text().contains(QStringLiteral("mitigated")));
        // A due date edited into one that does not exist is not taken (it once
        // cleared the recorded date); the cell says so.
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        list->topLevelItem(0)->setText(2, QStringLiteral("2026-02-30"));
        QVERIFY(list->topLevelItem(0)->toolTip(2).contains(QStringLiteral("Not a date")));
        QCoreApplication::processEvents(); // the save, had it been queued
        QCoreApplication::processEvents();
        QCOMPARE(w->session()->current()->followUps.first().due, QDate(2026, 12, 24));
        list->topLevelItem(0)->setText(2, QStringLiteral("2027-01-15"));
        QTRY_COMPARE(w->session()->current()->followUps.first().due, QDate(2027, 1, 15));
    }

    void exportWritesMarkdown()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("e.ini")));
        auto w = makeWindow(settings, m_dir.filePath(QStringLiteral("e.sqlite")));
        w->newIncident();
        QTRY_VERIFY(w->session()->current());
        m_dialogs.nextSave = m_dir.filePath(QStringLiteral("out.md"));
        w->exportIncident();
        QTRY_VERIFY(QFileInfo::exists(m_dialogs.nextSave));
        QFile f(m_dialogs.nextSave);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("# Checkout errors\n"));
        QTRY_VERIFY(w->messageBar()->text().contains(QStringLiteral("Exported")));
    }

    void profilesAndProtectedBanner()
    {
        qunsetenv("DD_API_KEY");
        qunsetenv("DD_APP_KEY");
        AppSettings settings(m_dir.filePath(QStringLiteral("p.ini")));
        auto w = makeWindow(settings, m_dir.filePath(QStringLiteral("p.sqlite")));
        auto *combo = w->findChild<QComboBox *>(QStringLiteral("profileCombo"));
        auto *banner = w->findChild<QLabel *>(QStringLiteral("protectedBanner"));
        QTRY_COMPARE(combo->count(), 2);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("demo"));
        QVERIFY(!banner->isVisible());
        QVERIFY(w->wiring());
        // The step's binding is shown beside it.
        w->sectionPage()->selectStep(0);
        QTRY_VERIFY(w->findChild<QLabel *>(QStringLiteral("wiringLabel"))->text().contains(QStringLiteral("dashboard https://vercel.com/dashboard/stores")));
        w->selectSection(1); // 2. Payment Tip Duplicate Detection: Stripe's failed deliveries, ready on the demo
        w->sectionPage()->selectStep(0);
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("wiringLabel"))->text().contains(QStringLiteral("stripe_failed_events")));
        QVERIFY(!w->findChild<QLabel *>(QStringLiteral("wiringLabel"))->text().contains(QStringLiteral("coming in this profile")));
        w->selectSection(0);

        w->selectProfile(QStringLiteral("production"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(QStringLiteral("PRODUCTION — protected profile")));
        QVERIFY(w->centralWidget()->styleSheet().contains(QStringLiteral("#c53030")));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("production"));
        QVERIFY2(w->messageBar()->text().contains(QStringLiteral("profile production, connector logs, api_key: environment variable DD_API_KEY is not set")), qPrintable(w->messageBar()->text() + QStringLiteral(" visible=") + QString::number(w->messageBar()->isVisible())));
        QCOMPARE(settings.profile(), QStringLiteral("production"));
        // Without its Datadog keys production's rules are unknown with that reason —
        // never judged from the demo's logs.
        QVERIFY2(w->liveQueries()->sourceSpec().startsWith(QStringLiteral("unavailable:")), qPrintable(w->liveQueries()->sourceSpec()));
        QVERIFY(w->demoUrl().isEmpty()); // the demo backend stops with the demo profile
        {
            std::optional<Evaluation> last;
            const auto c = connect(w->metricMonitor(), &MetricMonitor::evaluated, this, [&last](const Evaluation &e) { last = e; });
            w->metricMonitor()->refreshNow();
            QTRY_VERIFY2(last && last->profile == QStringLiteral("production"), qPrintable(last ? last->profile + QStringLiteral(" rules=") + QString::number(last->rules.size()) + (last->rules.empty() ? QString() : last->rules.front().reason) : QStringLiteral("none")));
            disconnect(c);
            const Evaluation e = *last;
            QVERIFY(!e.rules.empty());
            for (const RuleEvaluation &r : e.rules) {
                QCOMPARE(r.severity, Severity::Unknown);
                QVERIFY2(r.reason.contains(QStringLiteral("DD_API_KEY is not set")), qPrintable(r.reason));
            }
        }
        w->selectProfile(QStringLiteral("demo"));
        QVERIFY(!banner->isVisible());
        QVERIFY(w->centralWidget()->styleSheet().isEmpty());
    }

    void brokenWiringOpensAnywayAndShowsInline()
    {
        const QString dir = m_dir.filePath(QStringLiteral("broken"));
        QDir().mkpath(dir);
        QVERIFY(QFile::copy(m_runbook, dir + QStringLiteral("/rb.md")));
        QFile f(dir + QStringLiteral("/rb.wiring.yaml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("version: 1\nprofiles:\n  demo:\n    connectors:\n      logs: { kind: file, path: /nonexistent/app.log }\n"
                "bindings:\n  blob-storage-orphan-prevention/step-1: { probe: { type: blob_list, connector: blobz } }\n");
        f.close();
        AppSettings settings(m_dir.filePath(QStringLiteral("bw.ini")));
        MainWindow w(settings, m_dialogs, dir + QStringLiteral("/rb.md"), true, m_dir.filePath(QStringLiteral("bw.sqlite")));
        w.show();
        QTRY_VERIFY(w.runbook() && w.wiring());
        QCOMPARE(w.sectionPage()->checklistModel()->rowCount(), 4);
        auto *problems = w.findChild<QLabel *>(QStringLiteral("wiringProblemsLabel"));
        QTRY_VERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(QStringLiteral("Wiring, line 7: bindings.blob-storage-orphan-prevention/step-1: no profile has a connector \"blobz\"")));
        QVERIFY(problems->text().contains(QStringLiteral("Step 2 is not wired")));
        QVERIFY(w.messageBar()->text().contains(QStringLiteral("has 1 problem")));
    }

    void severityBadgesRefreshOnTheirOwn()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("m.ini")));
        auto w = makeWindow(settings, m_dir.filePath(QStringLiteral("m.sqlite")));
        w->newIncident();
        QTRY_VERIFY(w->session()->current());
        QSignalSpy evaluated(w->metricMonitor(), &MetricMonitor::evaluated);
        w->metricMonitor()->setIntervalMs(1000);
        // The demo logs end now with an incident in the last hours: §1 is critical.
        QTRY_VERIFY_WITH_TIMEOUT(evaluated.size() >= 2, 15000); // the first, and one more on its own
        auto *nav = w->findChild<QTreeView *>(QStringLiteral("sectionsView"));
        const QModelIndex badge = nav->model()->index(0, SectionListModel::SeverityColumn);
        QCOMPARE(badge.data().toString(), QStringLiteral("CRIT"));
        QVERIFY(!badge.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(badge.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Blob deletion failures per day: CRITICAL")));
        QCOMPARE(nav->model()->index(7, SectionListModel::SeverityColumn).data().toString(), QString()); // not judged
        w->selectSection(0);
        const QString cond = w->findChild<QLabel *>(QStringLiteral("conditionLabel"))->text();
        QVERIFY2(cond.contains(QStringLiteral("**met** (CRITICAL)")), qPrintable(cond));
        auto *metrics = w->findChild<QTreeView *>(QStringLiteral("metricsView"));
        QVERIFY(metrics->isVisible());
        QCOMPARE(metrics->model()->index(0, MetricsModel::SeverityColumn).data().toString(), QStringLiteral("CRITICAL"));
        // Every evaluation is kept with the open incident, for the trend.
        QTRY_VERIFY(w->session()->current()->metrics.value(QStringLiteral("blob_deletion_failures")).size() >= 2);
        QTRY_COMPARE(w->session()->pendingWrites(), 0);
        IncidentStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("m.sqlite")), IncidentStore::Access::ReadOnly));
        const Incident inc = store.loadIncident(w->session()->current()->id).value();
        QVERIFY(inc.metrics.value(QStringLiteral("blob_deletion_failures")).size() >= 2);
        QCOMPARE(inc.metrics.value(QStringLiteral("blob_deletion_failures")).last().severity, QStringLiteral("critical"));
        const QString md = ReportWriter::markdown(IncidentReport::build(inc, *w->runbook()));
        QVERIFY(md.contains(QStringLiteral("## Metrics over the incident")));
        QVERIFY(md.contains(QStringLiteral("| blob_deletion_failures |")));
    }

    void chosenLogSourceSurvivesTheProfile()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("ls.ini")));
        auto w = makeWindow(settings, m_dir.filePath(QStringLiteral("ls.sqlite")));
        QTRY_VERIFY(!w->liveQueries()->sourceSpec().isEmpty());
        QVERIFY2(w->liveQueries()->sourceSpec().endsWith(QStringLiteral("/demo/logs/app.ndjson")), qPrintable(w->liveQueries()->sourceSpec()));
        const QString mine = QStringLiteral("file:") + m_dir.filePath(QStringLiteral("mine.log"));
        m_dialogs.nextLogSource = mine;
        w->findChild<QAction *>(QStringLiteral("logSourceAction"))->trigger();
        QTRY_COMPARE(w->liveQueries()->sourceSpec(), mine);
        w->selectProfile(QStringLiteral("demo"));
        QCOMPARE(w->liveQueries()->sourceSpec(), mine); // the user's choice wins over the profile
        QCOMPARE(settings.logSource(), mine);
        m_dialogs.nextLogSource.clear();
        w->findChild<QAction *>(QStringLiteral("logSourceAction"))->trigger();
        QTRY_VERIFY(w->liveQueries()->sourceSpec().endsWith(QStringLiteral("/demo/logs/app.ndjson")));
        QCOMPARE(settings.logSource(), QString());
    }

    void sqlProbeAndActionFromTheWindow()
    {
        // The demo profile's database, in the (test-mode) app data folder.
        QVERIFY(DemoDatabase::write(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo"),
                                    QDateTime::currentDateTimeUtc()));
        AppSettings settings(m_dir.filePath(QStringLiteral("a2.ini")));
        auto w = makeWindow(settings, m_dir.filePath(QStringLiteral("a2.sqlite")));
        QTRY_VERIFY(w->wiring());
        w->newIncident();
        QTRY_VERIFY(w->session()->current());
        w->selectSection(w->runbook()->sections.size() - 1); // Database Reconciliation
        QCOMPARE(w->sectionPage()->section()->id, QStringLiteral("database-reconciliation"));
        auto *run = w->findChild<QPushButton *>(QStringLiteral("runActionButton"));
        w->sectionPage()->selectStep(0);
        QTRY_VERIFY(run->isVisible());
        QCOMPARE(run->text(), QStringLiteral("Run probe…"));
        run->click();
        auto *dlg = w->findChild<ActionDialog *>();
        // The dialog names the statement as a code block, not as escaped text.
        const QString header = dlg->findChild<QLabel *>(QStringLiteral("actionSqlLabel"))->text();
        QVERIFY2(header.contains(QStringLiteral("\n```\nSELECT")) && !header.contains(QStringLiteral("\\n")), qPrintable(header));
        QVERIFY(dlg);
        auto *rows = dlg->findChild<QTableView *>(QStringLiteral("actionRowsView"));
        QTRY_COMPARE(rows->model()->rowCount(), 40);
        dlg->close();
        QTRY_VERIFY(!w->findChild<ActionDialog *>());

        w->sectionPage()->selectStep(2);
        QTRY_COMPARE(run->text(), QStringLiteral("Preview and run…"));
        run->click();
        dlg = w->findChild<ActionDialog *>();
        QVERIFY(dlg);
        auto *runButton = dlg->findChild<QPushButton *>(QStringLiteral("runButton"));
        QVERIFY(!runButton->isEnabled()); // nothing to confirm before a preview
        dlg->findChild<QLineEdit *>(QStringLiteral("actionParamsEdit"))->setText(QStringLiteral("id=ph_001, id=ph_002"));
        dlg->findChild<QPushButton *>(QStringLiteral("previewButton"))->click();
        rows = dlg->findChild<QTableView *>(QStringLiteral("actionRowsView"));
        QTRY_COMPARE(rows->model()->rowCount(), 2);
        QTRY_VERIFY(runButton->isEnabled());
        runButton->click();
        auto *status = dlg->findChild<QLabel *>(QStringLiteral("actionStatusLabel"));
        QTRY_COMPARE(status->text(), QStringLiteral("2 row(s) changed"));
        QTRY_COMPARE(w->session()->pendingWrites(), 0);
        QTRY_VERIFY(w->session()->current()->timeline.size() >= 3);
        const auto &tl = w->session()->current()->timeline;
        // intent, outcome, and what it changed as the step's evidence
        QCOMPARE(tl.at(tl.size() - 3).kind, QStringLiteral("action.intent"));
        QCOMPARE(tl.at(tl.size() - 2).kind, QStringLiteral("action.outcome"));
        QCOMPARE(tl.last().kind, QStringLiteral("evidence.added"));
        QVERIFY(tl.last().text.contains(QStringLiteral("2 row(s) changed")));
        dlg->close();
        QTRY_VERIFY(!w->findChild<ActionDialog *>());
        // 6. Cron Job Health, step 4: the schedules from the demo's vercel.json.
        w->selectSection(5);
        w->sectionPage()->selectStep(3);
        QTRY_VERIFY(run->isVisible());
        run->click();
        auto *crons = w->findChild<ActionDialog *>();
        QVERIFY(crons);
        QTRY_COMPARE(crons->findChild<QLabel *>(QStringLiteral("actionStatusLabel"))->text(), QStringLiteral("3 row(s)"));
        QCOMPARE(crons->findChild<QTableView *>(QStringLiteral("actionRowsView"))->model()->index(0, 1).data().toString(), QStringLiteral("0 5 * * *"));
        crons->close();
    }

    void httpProbeFromTheWindow()
    {
        const QString dir = demoDir(QStringLiteral("http"));
        QVERIFY(!dir.isEmpty());
        DemoBackend backend;
        backend.setCronSecret(QStringLiteral("cron-secret-for-ui-test"));
        backend.setDatabase(dir + QStringLiteral("/app.sqlite"));
        QVERIFY(backend.listen() > 0);
        qputenv("RB_UI_CRON_SECRET", "cron-secret-for-ui-test");
        QVERIFY(writeWiring(dir, QStringLiteral("version: 1\nprofiles:\n  t:\n    connectors:\n      logs: { kind: file, path: %1/none.log }\n"
                               "      app: { kind: http, base_url: \"%2\", bearer: env:RB_UI_CRON_SECRET }\n"
                               "bindings:\n  cron-job-health/step-2:\n    probe: { type: http_status, connector: app, path: /api/cron/cleanup-photos, "
                               "expect: \"200\", unauthorized: \"401\", fields: [details.stuckUploading] }\n")
                    .arg(dir, backend.baseUrl())));
        AppSettings settings(m_dir.filePath(QStringLiteral("h.ini")));
        MainWindow win(settings, m_dialogs, dir + QStringLiteral("/rb.md"), true, m_dir.filePath(QStringLiteral("h.sqlite")));
        win.show();
        QTRY_VERIFY(win.runbook() && win.wiring());
        win.selectSection(5); // 6. Cron Job Health
        win.sectionPage()->selectStep(1);
        auto *run = win.findChild<QPushButton *>(QStringLiteral("runActionButton"));
        QTRY_VERIFY(run->isVisible());
        run->click();
        auto *dlg = win.findChild<ActionDialog *>();
        QVERIFY(dlg);
        auto *status = dlg->findChild<QLabel *>(QStringLiteral("actionStatusLabel"));
        QTRY_COMPARE(status->text(), QStringLiteral("HTTP 200"));
        auto *rows = dlg->findChild<QTableView *>(QStringLiteral("actionRowsView"));
        bool found = false;
        for (int r = 0; r < rows->model()->rowCount(); ++r)
            found = found || (rows->model()->index(r, 0).data().toString() == QStringLiteral("details.stuckUploading")
                              && rows->model()->index(r, 1).data().toInt() == DemoDatabase::Counts::stuckUploading);
        QVERIFY(found);
        dlg->close();
    }

    // A window on `runbook` with its wiring and store ready and a new incident open (null when it did not get there).
    std::unique_ptr<MainWindow> windowWithIncident(AppSettings &settings, const QString &runbook, const QString &store)
    {
        auto win = std::make_unique<MainWindow>(settings, m_dialogs, runbook, true, store);
        win->show();
        if (!QTest::qWaitFor([&] { return win->runbook() && win->wiring() && win->session()->storeReady(); }, 10000))
            return nullptr;
        win->newIncident();
        if (!QTest::qWaitFor([&] { return win->session()->current().has_value(); }, 10000))
            return nullptr;
        return win;
    }

    void blobCleanupPreviewsThenDeletesTheOrphans()
    {
        DemoBackend backend;
        const QString dir = blobDemo(QStringLiteral("blob"), backend, kBlobCleanupBindings);
        QVERIFY(!dir.isEmpty());
        const int before = backend.blobCount();
        AppSettings settings(m_dir.filePath(QStringLiteral("b.ini")));
        const auto w = windowWithIncident(settings, dir + QStringLiteral("/rb.md"), m_dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(w);
        MainWindow &win = *w;
        win.selectSection(win.runbook()->sections.size() - 3); // Manual Blob Cleanup
        win.sectionPage()->selectStep(3);                       // 4. delete the orphans
        auto *run = win.findChild<QPushButton *>(QStringLiteral("runActionButton"));
        QTRY_VERIFY(run->isVisible());
        run->click();
        auto *dlg = win.findChild<ActionDialog *>();
        QVERIFY(dlg);
        auto *status = dlg->findChild<QLabel *>(QStringLiteral("actionStatusLabel"));
        auto *runButton = dlg->findChild<QPushButton *>(QStringLiteral("runButton"));
        QVERIFY(!runButton->isEnabled()); // nothing is deleted before a preview
        dlg->findChild<QPushButton *>(QStringLiteral("previewButton"))->click();
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("These 9 blob")));
        auto *rows = dlg->findChild<QTableView *>(QStringLiteral("actionRowsView"));
        QCOMPARE(rows->model()->rowCount(), DemoDatabase::Counts::orphanBlobs);
        QCOMPARE(backend.blobCount(), before); // a preview changes nothing
        QTRY_VERIFY(runButton->isEnabled());
        runButton->click();
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("9 blob")));
        QCOMPARE(backend.blobCount(), before - DemoDatabase::Counts::orphanBlobs);
        QTRY_COMPARE(win.session()->pendingWrites(), 0);
        QVERIFY(win.session()->current());
        const auto &tl = win.session()->current()->timeline;
        QVERIFY(tl.size() >= 2);
        QCOMPARE(tl.at(tl.size() - 3).kind, QStringLiteral("action.intent"));
        QVERIFY(tl.at(tl.size() - 3).text.contains(QStringLiteral("9 blob(s) under avatars/users/")));
        QCOMPARE(tl.at(tl.size() - 2).kind, QStringLiteral("action.outcome"));
        QCOMPARE(tl.last().kind, QStringLiteral("evidence.added"));
        QCOMPARE(win.session()->current()->evidence.last().rows.size(), DemoDatabase::Counts::orphanBlobs);
        dlg->close();
    }

    // Closing the dialog while its action runs: the action finishes without
    // the window and its outcome still goes to the incident that started it.
    void anActionOutlivesItsDialog()
    {
        DemoBackend backend;
        const QString dir = blobDemo(QStringLiteral("outlive"), backend, kBlobCleanupBindings);
        QVERIFY(!dir.isEmpty());
        const int before = backend.blobCount();
        AppSettings settings(m_dir.filePath(QStringLiteral("o.ini")));
        const auto w = windowWithIncident(settings, dir + QStringLiteral("/rb.md"), m_dir.filePath(QStringLiteral("o.sqlite")));
        QVERIFY(w);
        MainWindow &win = *w;
        const QString started = win.session()->current()->id;
        win.selectSection(win.runbook()->sections.size() - 3);
        win.sectionPage()->selectStep(3);
        auto *run = win.findChild<QPushButton *>(QStringLiteral("runActionButton"));
        QTRY_VERIFY(run->isVisible());
        run->click();
        auto *dlg = win.findChild<ActionDialog *>();
        QVERIFY(dlg);
        auto *runButton = dlg->findChild<QPushButton *>(QStringLiteral("runButton"));
        QTRY_VERIFY(runButton->isEnabled()); // previewed at once
        DemoBackend::Fault slow;
        slow.delayMs = 600;
        slow.times = 3;
        backend.injectFault(QStringLiteral("/api/blob/delete"), slow);
        runButton->click();
        QTRY_VERIFY(backend.requestCount(QStringLiteral("/api/blob/delete")) > 0); // the first batch is on its way
        dlg->close();
        QTRY_VERIFY(!win.findChild<ActionDialog *>());
        win.newIncident(); // another incident is current by the time the action ends
        QTRY_VERIFY(win.session()->current() && win.session()->current()->id != started);
        QTRY_VERIFY_WITH_TIMEOUT(backend.blobCount() == before - DemoDatabase::Counts::orphanBlobs, 10000);
        QTRY_COMPARE(win.session()->pendingWrites(), 0);
        for (const auto &e : win.session()->current()->timeline)
            QVERIFY(!e.kind.startsWith(QStringLiteral("action.")));
        win.session()->loadIncident(started);
        QTRY_VERIFY(win.session()->current() && win.session()->current()->id == started);
        auto kinds = [&] {
            QStringList k;
            for (const auto &e : win.session()->current()->timeline)
                if (e.kind != QStringLiteral("incident.severity")) // suggested from the rules when it was opened, if they had been judged
                    k.append(e.kind);
            return k.join(QLatin1Char(','));
        };
        QTRY_COMPARE_WITH_TIMEOUT(kinds(), QStringLiteral("incident.created,action.intent,action.outcome,evidence.added"), 10000);
        const auto &tl = win.session()->current()->timeline;
        QVERIFY(tl.at(tl.size() - 2).text.contains(QStringLiteral("9 blob(s) deleted")));
        // …and the evidence of what it deleted is the starting incident's, not the new one's.
        QCOMPARE(win.session()->current()->evidence.size(), 1);
        QCOMPARE(win.session()->current()->evidence.first().kind, QStringLiteral("action"));
    }

    // §5 / Force Retry Clerk Webhook: the failed deliveries, resend the ticked
    // ones (intent and outcome on the timeline), then recover the rest; §2's
    // Stripe probes; §1's "run manual cleanup" opens Manual Blob Cleanup's delete.
    void webhooksFromTheWindow()
    {
        const QString dir = demoDir(QStringLiteral("webhooks"));
        QVERIFY(!dir.isEmpty());
        DemoLogOptions o;
        o.days = 1;
        QVERIFY(DemoLogGenerator::write(dir, o));
        DemoBackend backend;
        QVERIFY(backend.loadLogs(dir + QStringLiteral("/logs/app.ndjson")));
        QVERIFY(backend.loadBlobs(dir + QStringLiteral("/blobs.json")));
        backend.setSvixToken(QStringLiteral("testsk_ui_Svx1"));
        backend.setStripeKey(QStringLiteral("sk_test_ui_Str1"));
        backend.setBlobToken(QStringLiteral("vercel_blob_rw_uitest_Q7v1"));
        QVERIFY(backend.listen() > 0);
        qputenv("RB_UI_SVIX", "testsk_ui_Svx1");
        qputenv("RB_UI_STRIPE", "sk_test_ui_Str1");
        qputenv("RB_UI_BLOB_TOKEN", "vercel_blob_rw_uitest_Q7v1");
        QVERIFY(writeWiring(dir, QStringLiteral(
            "version: 1\nprofiles:\n  t:\n    connectors:\n      logs: { kind: file, path: %1/logs/app.ndjson }\n"
            "      db: { kind: sqlite, path: \"%1/app.sqlite\" }\n"
            "      app: { kind: http, base_url: \"%2\" }\n"
            "      blob: { kind: vercel_blob, base_url: \"%2/api/blob\", token: env:RB_UI_BLOB_TOKEN }\n"
            "      webhooks: { kind: svix, base_url: \"%2\", token: env:RB_UI_SVIX, app_id: app_demo, endpoint_id: ep_demo }\n"
            "      payments: { kind: stripe, base_url: \"%2\", key: env:RB_UI_STRIPE }\n"
            "      clerk_dashboard: { kind: dashboard, url: \"https://dashboard.clerk.com/last-active?path=webhooks\" }\n"
            "bindings:\n"
            "  blob-storage-orphan-prevention/step-3:\n    action: { type: run_procedure, connector: blob, procedure: manual-blob-cleanup, risk: destructive }\n"
            "  manual-blob-cleanup/step-3:\n    probe: { type: blob_orphans, connector: blob, prefix: avatars/users/, compare_with: db }\n"
            "  manual-blob-cleanup/step-4:\n    action: { type: blob_delete, connector: blob, from: manual-blob-cleanup/step-3, risk: destructive }\n"
            "  payment-tip-duplicate-detection/step-1:\n    probe: { type: stripe_failed_events, connector: payments, event_type: payment_intent.succeeded }\n"
            "  payment-tip-duplicate-detection/step-2:\n    probe: { type: stripe_webhook_endpoints, connector: payments, latency_of: app, path: /api/stripe/webhook, tries: \"3\" }\n"
            "  cron-job-health/step-2:\n    action: { type: http_status, connector: app, path: /api/cron/cleanup-photos, expect: \"200\", unauthorized: \"401\", risk: write }\n"
            "  cron-job-health/step-1:\n    probe: { type: log_count, connector: logs, query: \"@path:/api/cron/*\" }\n"
            "  clerk-webhook-failures/step-1:\n    probe: { type: webhook_failed_attempts, connector: webhooks, dashboard: clerk_dashboard }\n"
            "  force-retry-clerk-webhook/step-3:\n    action: { type: webhook_resend, connector: webhooks, risk: write, dashboard: clerk_dashboard }\n")
                                  .arg(dir, backend.baseUrl())));
        AppSettings settings(m_dir.filePath(QStringLiteral("w.ini")));
        MainWindow win(settings, m_dialogs, dir + QStringLiteral("/rb.md"), true, m_dir.filePath(QStringLiteral("w.sqlite")));
        win.show();
        QTRY_VERIFY(win.runbook() && win.wiring() && win.session()->storeReady());
        win.newIncident();
        QTRY_VERIFY(win.session()->current());
        auto *run = win.findChild<QPushButton *>(QStringLiteral("runActionButton"));
        auto runStep = [&](int section, int step) {
            win.selectSection(section);
            win.sectionPage()->selectStep(step);
            [&] { QTRY_VERIFY(run->isVisible() && run->isEnabled()); }();
            run->click();
        };

        // §5 step 1: the failed deliveries of the last 24 h, with the Clerk dashboard beside them.
        runStep(4, 0);
        auto *dlg = win.findChild<ActionDialog *>();
        QVERIFY(dlg);
        auto *status = dlg->findChild<QLabel *>(QStringLiteral("actionStatusLabel"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("failed delivery attempt")));
        const int failedDay = dlg->findChild<QTableView *>(QStringLiteral("actionRowsView"))->model()->rowCount();
        QVERIFY(failedDay >= 24);
        QCOMPARE(dlg->findChild<QPushButton *>(QStringLiteral("dashboardButton"))->toolTip(), QStringLiteral("https://dashboard.clerk.com/last-active?path=webhooks"));
        dlg->close();
        QTRY_VERIFY(!win.findChild<ActionDialog *>());

        // Force Retry Clerk Webhook, step 3: untick all but two, resend exactly those.
        runStep(win.runbook()->sections.size() - 2, 2);
        auto *resend = win.findChild<ActionDialog *>();
        QVERIFY(resend);
        auto *rstatus = resend->findChild<QLabel *>(QStringLiteral("actionStatusLabel"));
        auto *rows = resend->findChild<QTableView *>(QStringLiteral("actionRowsView"));
        auto *runButton = resend->findChild<QPushButton *>(QStringLiteral("runButton"));
        QTRY_VERIFY(rows->model()->rowCount() > 0);
        auto *model = qobject_cast<QStandardItemModel *>(rows->model());
        QCOMPARE(rows->verticalHeader()->count(), model->rowCount()); // the view shows the rows, not only the model
        for (int r = 2; r < model->rowCount(); ++r)
            model->item(r, 0)->setCheckState(Qt::Unchecked);
        const QStringList two{model->item(0, 0)->text(), model->item(1, 0)->text()};
        QCOMPARE(runButton->text(), QStringLiteral("Resend 2"));
        const int before = backend.failedAttemptCount();
        QVERIFY(runButton->isEnabled());
        runButton->click();
        QTRY_COMPARE(rstatus->text(), QStringLiteral("2 message(s) resent"));
        QCOMPARE(backend.failedAttemptCount(), before - 2);
        QVERIFY(!runButton->isEnabled()); // spent: preview again
        QTRY_COMPARE(win.session()->pendingWrites(), 0);
        const auto &tl = win.session()->current()->timeline;
        QCOMPARE(tl.at(tl.size() - 3).kind, QStringLiteral("action.intent"));
        QVERIFY(tl.at(tl.size() - 3).text.contains(two.at(0)) && tl.at(tl.size() - 3).text.contains(two.at(1)));
        QCOMPARE(tl.at(tl.size() - 2).kind, QStringLiteral("action.outcome"));
        QCOMPARE(tl.last().kind, QStringLiteral("evidence.added")); // the two messages resent, for the step
        // Recover everything since the time shown: Svix's task runs to its end.
        resend->findChild<QCheckBox *>(QStringLiteral("field_recover"))->setChecked(true);
        QVERIFY(!runButton->isEnabled()); // the choice changed what would be sent: preview again
        resend->findChild<QPushButton *>(QStringLiteral("previewButton"))->click();
        QTRY_VERIFY(runButton->isEnabled());
        QVERIFY(runButton->text().startsWith(QStringLiteral("Recover")));
        runButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(rstatus->text().startsWith(QStringLiteral("recover finished")), 10000);
        QCOMPARE(backend.failedAttemptCount(), before - failedDay);
        resend->close();
        QTRY_VERIFY(!win.findChild<ActionDialog *>());

        // §2: Stripe's failed deliveries, and the webhook endpoint with the route's latency.
        runStep(1, 0);
        dlg = win.findChild<ActionDialog *>();
        status = dlg->findChild<QLabel *>(QStringLiteral("actionStatusLabel"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("event(s) with a failed webhook delivery")));
        QVERIFY(dlg->findChild<QTableView *>(QStringLiteral("actionRowsView"))->model()->rowCount() >= 16);
        dlg->close();
        QTRY_VERIFY(!win.findChild<ActionDialog *>());
        runStep(1, 1);
        dlg = win.findChild<ActionDialog *>();
        status = dlg->findChild<QLabel *>(QStringLiteral("actionStatusLabel"));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("within the 10000 ms timeout")), qPrintable(status->text()));
        QCOMPARE(dlg->findChild<QTableView *>(QStringLiteral("actionRowsView"))->model()->rowCount(), 1);
        dlg->close();
        QTRY_VERIFY(!win.findChild<ActionDialog *>());

        // §6 step 1: the cron routes' log lines of the last 24 hours, newest first.
        runStep(5, 0);
        dlg = win.findChild<ActionDialog *>();
        status = dlg->findChild<QLabel *>(QStringLiteral("actionStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("matching line(s) in the last 24 hours")), 10000);
        QVERIFY(status->text().split(QLatin1Char(' ')).first().toInt() > 0);
        QVERIFY(dlg->findChild<QTableView *>(QStringLiteral("actionRowsView"))->model()->rowCount() > 0);
        dlg->close();
        QTRY_VERIFY(!win.findChild<ActionDialog *>());

        // §6 step 2: calling a cron route runs its job — nothing is called before Call; then 401 is explained.
        const int cronCalls = backend.requestCount(QStringLiteral("/api/cron/"));
        runStep(5, 1);
        dlg = win.findChild<ActionDialog *>();
        status = dlg->findChild<QLabel *>(QStringLiteral("actionStatusLabel"));
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("Calls GET ")));
        QCOMPARE(backend.requestCount(QStringLiteral("/api/cron/")), cronCalls);
        dlg->findChild<QPushButton *>(QStringLiteral("runButton"))->click();
        QTRY_COMPARE(status->text(), QStringLiteral("Expected HTTP 200, got 401: the secret does not match"));
        QCOMPARE(backend.requestCount(QStringLiteral("/api/cron/")), cronCalls + 1);
        QTRY_COMPARE(win.session()->pendingWrites(), 0);
        {
            const auto &tl = win.session()->current()->timeline;
            QCOMPARE(tl.at(tl.size() - 2).kind, QStringLiteral("action.outcome"));
            QVERIFY(tl.at(tl.size() - 2).text.contains(QStringLiteral("HTTP 401")));
            QCOMPARE(win.session()->current()->evidence.last().outcome, QStringLiteral("failed")); // a failed call is evidence too
        }
        dlg->close();
        QTRY_VERIFY(!win.findChild<ActionDialog *>());

        // §1 step 3: "run manual cleanup" is Manual Blob Cleanup's delete, with its preview.
        runStep(0, 2);
        dlg = win.findChild<ActionDialog *>();
        QVERIFY(dlg);
        QVERIFY(dlg->windowTitle().contains(QStringLiteral("manual-blob-cleanup/step-4")));
        dlg->findChild<QPushButton *>(QStringLiteral("previewButton"))->click();
        status = dlg->findChild<QLabel *>(QStringLiteral("actionStatusLabel"));
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("These 9 blob")));
        dlg->close();
    }

    // The shipped wiring's demo profile against a demo backend on the demo
    // data: every bound probe shows its result and every action previews,
    // from the step's Run… button, without an error.
    void everyBindingOfTheShippedDemoProfileFromTheWindow()
    {
        // The shipped files as they are: the window starts the demo backend
        // itself for the demo profile, on a free port, with the demo's secrets
        // and fresh demo data; nothing is set in the environment.
        QVERIFY(QDir(DemoHost::defaultDir()).removeRecursively());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("sweep"))));
        QVERIFY(QFile::copy(m_runbook, m_dir.filePath(QStringLiteral("sweep/rb.md"))));
        QVERIFY(QFile::copy(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.wiring.yaml"),
                            m_dir.filePath(QStringLiteral("sweep/rb.wiring.yaml"))));
        AppSettings settings(m_dir.filePath(QStringLiteral("sweep.ini")));
        MainWindow win(settings, m_dialogs, m_dir.filePath(QStringLiteral("sweep/rb.md")), true, m_dir.filePath(QStringLiteral("sweep.sqlite")));
        win.show();
        QTRY_VERIFY(win.runbook() && win.wiring() && win.session()->storeReady());
        QCOMPARE(win.wiring()->defaultProfile, QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(win.demoUrl().startsWith(QStringLiteral("http://127.0.0.1:")), 15000);
        for (const char *name : {"CRON_SECRET", "BLOB_READ_WRITE_TOKEN", "SVIX_API_TOKEN", "STRIPE_SECRET_KEY"})
            QVERIFY2(qEnvironmentVariableIsEmpty(name), name);
        auto *run = win.findChild<QPushButton *>(QStringLiteral("runActionButton"));
        int checked = 0;
        // Rows each dialog must show on the fresh demo data (the planted counts); the rest: no error.
        using Db = DemoDatabase::Counts;
        const QHash<QString, int> rowsShown{{QStringLiteral("manual-blob-cleanup/step-3"), Db::orphanBlobs},
                                            {QStringLiteral("manual-blob-cleanup/step-4"), Db::orphanBlobs},
                                            {QStringLiteral("blob-storage-orphan-prevention/step-3"), Db::orphanBlobs},
                                            {QStringLiteral("database-reconciliation/step-1"), Db::users},
                                            {QStringLiteral("database-reconciliation/step-2"), Db::readyWithMissingBlob},
                                            {QStringLiteral("database-reconciliation/step-3"), Db::readyWithMissingBlob},
                                            {QStringLiteral("cron-job-health/step-4"), 3},
                                            {QStringLiteral("clerk-webhook-failures/step-3"), 4},
                                            {QStringLiteral("payment-tip-duplicate-detection/step-2"), 1}};
        int counted = 0;
        for (int si = 0; si < win.runbook()->sections.size(); ++si) {
            const Section &section = win.runbook()->sections.at(si);
            for (int st = 0; st < section.steps.size(); ++st) {
                const auto bound = win.wiring()->bindingsFor(section.steps.at(st).id);
                if (bound.isEmpty() || (bound.first()->kind != BindingKind::Probe && bound.first()->kind != BindingKind::Action))
                    continue;
                const QString id = section.steps.at(st).id;
                win.selectSection(si);
                win.sectionPage()->selectStep(st);
                QTRY_VERIFY2(run->isVisible() && run->isEnabled(), qPrintable(id));
                run->click();
                QDialog *dlg = win.findChild<ActionDialog *>();
                QVERIFY2(dlg, qPrintable(id));
                auto *status = dlg->findChild<QLabel *>(QStringLiteral("actionStatusLabel"));
                auto *preview = dlg->findChild<QPushButton *>(QStringLiteral("previewButton"));
                const bool isAction = bound.first()->kind == BindingKind::Action;
                // Probes start at once; an action waits for its Preview.
                auto settled = [&] { return (isAction || !status->text().isEmpty()) && !status->text().endsWith(QStringLiteral("…")); };
                QTRY_VERIFY2_WITH_TIMEOUT(settled(), qPrintable(id + QStringLiteral(": ") + status->text()), 15000);
                if (isAction && preview && preview->isVisible() && preview->isEnabled()) {
                    preview->click();
                    QTRY_VERIFY2_WITH_TIMEOUT(!status->text().isEmpty() && settled(), qPrintable(id + QStringLiteral(": ") + status->text()), 15000);
                }
                for (const char *bad : {"cannot", "failed:", "error:", "refused", "not set", "HTTP 401", "HTTP 403", "HTTP 404", "HTTP 5", "no answer", "invalid"})
                    QVERIFY2(!status->text().contains(QLatin1String(bad), Qt::CaseInsensitive), qPrintable(id + QStringLiteral(": ") + status->text()));
                if (rowsShown.contains(id)) {
                    auto *table = dlg->findChild<QTableView *>(QStringLiteral("actionRowsView"));
                    QVERIFY2(table && table->model(), qPrintable(id));
                    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), rowsShown.value(id), 15000);
                    ++counted;
                }
                if (isAction && !bound.first()->type.startsWith(QStringLiteral("http_")))
                    QTRY_VERIFY2(dlg->findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled(), qPrintable(id + QStringLiteral(": ") + status->text()));
                dlg->close();
                QTRY_VERIFY(!win.findChild<ActionDialog *>());
                ++checked;
            }
        }
        QCOMPARE(checked, 22);
        QCOMPARE(counted, rowsShown.size());
    }

    void databaseReconciliationMarksExactlyTheMissingBlobs()
    {
        DemoBackend backend;
        const QString dir = blobDemo(QStringLiteral("recon"), backend, QStringLiteral(
                               "  database-reconciliation/step-1:\n    probe: { type: sql, connector: db, sql: \"SELECT * FROM profile_photos WHERE status = 'ready' AND blob_url IS NOT NULL\" }\n"
                               "  database-reconciliation/step-2:\n    probe: { type: blob_head_each, connector: blob, from: database-reconciliation/step-1, column: blob_url, in_flight: \"8\" }\n"
                               "  database-reconciliation/step-3:\n    action: { type: sql, connector: db, sql: \"UPDATE profile_photos SET status = 'failed' WHERE id = :id\", "
                               "ids_from: database-reconciliation/step-2, risk: write }\n"));
        QVERIFY(!dir.isEmpty());
        AppSettings settings(m_dir.filePath(QStringLiteral("r.ini")));
        MainWindow win(settings, m_dialogs, dir + QStringLiteral("/rb.md"), true, m_dir.filePath(QStringLiteral("r.sqlite")));
        win.show();
        QTRY_VERIFY(win.runbook() && win.wiring() && win.session()->storeReady());
        win.newIncident();
        QTRY_VERIFY(win.session()->current());
        win.selectSection(win.runbook()->sections.size() - 1); // Database Reconciliation
        auto *run = win.findChild<QPushButton *>(QStringLiteral("runActionButton"));
        // Step 2: a head per row; the rows whose blob is gone. Closing the
        // dialog while it checks drops the check.
        win.sectionPage()->selectStep(1);
        QTRY_VERIFY(run->isVisible());
        run->click();
        QVERIFY(win.findChild<ActionDialog *>());
        win.findChild<ActionDialog *>()->close();
        QTRY_VERIFY(!win.findChild<ActionDialog *>());
        run->click();
        auto *probe = win.findChild<ActionDialog *>();
        QVERIFY(probe);
        auto *probeStatus = probe->findChild<QLabel *>(QStringLiteral("actionStatusLabel"));
        QTRY_COMPARE(probeStatus->text(), QStringLiteral("6 row(s) whose blob is missing"));
        QCOMPARE(probe->findChild<QTableView *>(QStringLiteral("actionRowsView"))->model()->rowCount(), DemoDatabase::Counts::readyWithMissingBlob);
        probe->close();
        QTRY_VERIFY(!win.findChild<ActionDialog *>());
        // Step 3: the preview is exactly those rows; Run marks them failed.
        win.sectionPage()->selectStep(2);
        run->click();
        auto *dlg = win.findChild<ActionDialog *>();
        QVERIFY(dlg);
        auto *status = dlg->findChild<QLabel *>(QStringLiteral("actionStatusLabel"));
        auto *runButton = dlg->findChild<QPushButton *>(QStringLiteral("runButton"));
        dlg->findChild<QPushButton *>(QStringLiteral("previewButton"))->click();
        QTRY_VERIFY(runButton->isEnabled());
        QCOMPARE(dlg->findChild<QTableView *>(QStringLiteral("actionRowsView"))->model()->rowCount(), DemoDatabase::Counts::readyWithMissingBlob);
        QCOMPARE(dlg->findChild<QLineEdit *>(QStringLiteral("actionParamsEdit"))->text().count(QStringLiteral("id=")), DemoDatabase::Counts::readyWithMissingBlob);
        runButton->click();
        QTRY_COMPARE(status->text(), QStringLiteral("6 row(s) changed"));
        dlg->close();
    }

    // A Kubernetes alert runbook with front matter, as another team writes it:
    // Meaning and Impact are read, Diagnosis has its groups and command steps,
    // and a variable set once for the incident goes into what Copy gives.
    void alertRunbookWithFrontMatter()
    {
        const QString path = corpusCopy(QStringLiteral("k8s-pod-crashlooping.md"), QStringLiteral("alert/crashloop.md"));
        QVERIFY(!path.isEmpty());
        AppSettings settings(m_dir.filePath(QStringLiteral("alert.ini")));
        MainWindow win(settings, m_dialogs, path, true, m_dir.filePath(QStringLiteral("alert.sqlite")));
        win.show();
        QTRY_VERIFY(win.runbook() && win.session()->storeReady());
        QVERIFY(!win.wiring());
        QCOMPARE(win.runbook()->title, QStringLiteral("KubePodCrashLooping"));
        QVERIFY(win.findChild<QLabel *>(QStringLiteral("runbookMetaLabel"))->text().contains(QStringLiteral("Alert KubePodCrashLooping")));
        QVERIFY(win.findChild<QLabel *>(QStringLiteral("runbookMetaLabel"))->text().contains(QStringLiteral("owner: platform-team")));
        for (int i : {0, 1}) {
            win.selectSection(i);
            QCOMPARE(win.sectionPage()->section()->kind, SectionKind::Reading);
            QTRY_VERIFY(win.findChild<QTextBrowser *>(QStringLiteral("sectionTextBrowser"))->isVisible());
            QVERIFY(!win.sectionPage()->checklistView()->isVisible()); // read, not an empty checklist
        }
        win.newIncident();
        QTRY_VERIFY(win.session()->current());
        win.selectSection(2);
        QCOMPARE(win.sectionPage()->section()->title, QStringLiteral("Diagnosis"));
        auto *model = win.sectionPage()->checklistModel();
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->index(0, 1).data(ChecklistModel::GroupHeaderRole).toString(), QStringLiteral("CLI Checks"));
        QCOMPARE(model->index(1, 1).data(ChecklistModel::GroupHeaderRole).toString(), QString());
        QCOMPARE(model->index(3, 1).data(ChecklistModel::GroupHeaderRole).toString(), QStringLiteral("PromQL queries"));
        win.sectionPage()->selectStep(1); // Look at the last container's logs
        QTRY_VERIFY(win.findChild<QLineEdit *>(QStringLiteral("variable_NAMESPACE")));
        auto *copy = win.findChild<QPushButton *>(QStringLiteral("copyCommandButton"));
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("kubectl logs -n $NAMESPACE <pod-name> --previous"));
        typeVariable(win, QStringLiteral("NAMESPACE"), QStringLiteral("shop"));
        typeVariable(win, QStringLiteral("POD_NAME"), QStringLiteral("web-7d9f"));
        QTRY_COMPARE(win.session()->pendingWrites(), 0);
        QCOMPARE(win.session()->current()->variables.value(QStringLiteral("NAMESPACE")), QStringLiteral("shop"));
        win.findChild<QPushButton *>(QStringLiteral("copyCommandButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("kubectl logs -n shop web-7d9f --previous"));
        // The same variable fills the other steps too; the shell block of step 1 has no pod.
        win.sectionPage()->selectStep(0);
        QTRY_VERIFY(!win.findChild<QLineEdit *>(QStringLiteral("variable_POD_NAME")));
        win.findChild<QPushButton *>(QStringLiteral("copyCommandButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("kubectl get pods -n shop --field-selector=status.phase!=Running"));
    }

    // A command written inline in a step's text (`kubectl -n $NAMESPACE get pod
    // $POD`) has Copy with the variables filled, like a code block, and the
    // step's text shows the values once they are set.
    void inlineCommandsAreCopiedFilled()
    {
        const QString path = corpusCopy(QStringLiteral("inline-commands.md"), QStringLiteral("inline/waiting.md"));
        QVERIFY(!path.isEmpty());
        AppSettings settings(m_dir.filePath(QStringLiteral("inline.ini")));
        MainWindow win(settings, m_dialogs, path, true, m_dir.filePath(QStringLiteral("inline.sqlite")));
        win.show();
        QTRY_VERIFY(win.runbook() && win.session()->storeReady());
        win.newIncident();
        QTRY_VERIFY(win.session()->current());
        win.selectSection(0);
        win.sectionPage()->selectStep(0);
        QTRY_VERIFY(win.findChild<QLineEdit *>(QStringLiteral("variable_NAMESPACE")));
        auto *copy = win.findChild<QPushButton *>(QStringLiteral("copyCommandButton"));
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("kubectl -n $NAMESPACE get pod $POD -o wide"));
        typeVariable(win, QStringLiteral("NAMESPACE"), QStringLiteral("shop"));
        typeVariable(win, QStringLiteral("POD"), QStringLiteral("web-7f9c"));
        QTRY_COMPARE(win.session()->pendingWrites(), 0);
        win.findChild<QPushButton *>(QStringLiteral("copyCommandButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("kubectl -n shop get pod web-7f9c -o wide"));
        auto *model = win.sectionPage()->checklistModel();
        QTRY_COMPARE(model->index(0, ChecklistModel::TextColumn).data().toString(), QStringLiteral("Check the pod's state: kubectl -n shop get pod web-7f9c -o wide"));
        QTRY_VERIFY2(win.findChild<QLabel *>(QStringLiteral("stepTextLabel"))->text().contains(QStringLiteral("`kubectl -n shop get pod web-7f9c -o wide`")),
                     qPrintable(win.findChild<QLabel *>(QStringLiteral("stepTextLabel"))->text()));
        // The runbook itself is unchanged: the step keeps its text and its record.
        QCOMPARE(win.runbook()->sections.at(0).steps.at(0).text, QStringLiteral("Check the pod's state: `kubectl -n $NAMESPACE get pod $POD -o wide`"));
    }

    // A runbook without a wiring of its own is not connected: its monitors and
    // queries are never counted from the demo logs, which are the flagship's.
    void aRunbookWithoutWiringIsNotConnected()
    {
        const QString path = corpusCopy(QStringLiteral("api-latency-datadog.md"), QStringLiteral("nowiring/api.md"));
        QVERIFY(!path.isEmpty());
        AppSettings settings(m_dir.filePath(QStringLiteral("nowiring.ini")));
        MainWindow win(settings, m_dialogs, path, true, m_dir.filePath(QStringLiteral("nowiring.sqlite")));
        win.show();
        QTRY_VERIFY(win.runbook());
        QCOMPARE(win.runbook()->queries.size(), 2);
        QTRY_VERIFY(win.liveQueries()->sourceSpec().startsWith(QStringLiteral("unavailable:")));
        QVERIFY(win.liveQueries()->sourceSpec().contains(QStringLiteral("no wiring")));
        // The demo logs made for the start (on the thread pool) are done and their answer delivered: they do not take over.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10'000));
        QCoreApplication::processEvents();
        QVERIFY2(!win.liveQueries()->sourceSpec().contains(QStringLiteral("/demo/logs/")), qPrintable(win.liveQueries()->sourceSpec()));
        // A source chosen in Settings is the user's choice and is used.
        settings.setLogSource(QStringLiteral("file:") + m_dir.filePath(QStringLiteral("nowiring/app.log")));
        MainWindow chosen(settings, m_dialogs, path, true, m_dir.filePath(QStringLiteral("nowiring2.sqlite")));
        QTRY_COMPARE(chosen.liveQueries()->sourceSpec(), QStringLiteral("file:") + m_dir.filePath(QStringLiteral("nowiring/app.log")));
        settings.setLogSource({});
    }

    void resetDemoAsksFirst()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("rd.ini")));
        auto w = makeWindow(settings, m_dir.filePath(QStringLiteral("rd.sqlite")));
        QSignalSpy requested(w.get(), &MainWindow::resetDemoRequested);
        auto *reset = w->findChild<QAction *>(QStringLiteral("resetDemoAction"));
        QVERIFY(reset);
        const int asked = m_dialogs.confirmations;
        m_dialogs.confirmAnswer = false;
        reset->trigger();
        QCOMPARE(m_dialogs.confirmations, asked + 1);
        QCOMPARE(requested.size(), 0); // cancelled: nothing happens
        m_dialogs.confirmAnswer = true;
        reset->trigger();
        QCOMPARE(requested.size(), 1);
        w->demoReset(Status::failure(QStringLiteral("cannot write app.sqlite: disk full")));
        auto *bar = w->findChild<MessageBar *>();
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(bar->findChild<QLabel *>()->text().contains(QStringLiteral("disk full")));
    }

    void germanLoadsByLocale()
    {
        QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Incident"), QStringLiteral("&Vorfall"));
        QCOMPARE(QCoreApplication::translate("ChecklistModel", "Skipped"), QStringLiteral("Übersprungen"));
        QCOMPARE(QCoreApplication::translate("RunbookParser", "the runbook is empty"), QStringLiteral("das Runbook ist leer"));
        QVERIFY(!Translations::install(QLocale(QLocale::Japanese)));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Incident"), QStringLiteral("&Incident"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
