// The one action layer (StepRunner) on a real SQLite file: the safety rules
// hold whatever the caller does — the protected profile's name and the token
// are checked by core, the preview is re-established before anything is
// recorded, the intent is committed before the action starts, the outcome
// goes under the intent's handle, and every refusal is recorded as one.
#include "actions/ActionJournal.h"
#include "actions/StepRunner.h"
#include "secrets/ActionTokens.h"
#include "wiring/WiringLoader.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

namespace {
// Records what the runner writes; commits when told to (or at once).
class RecordingJournal : public ActionJournal
{
public:
    struct Entry
    {
        QString kind, actionId, text;
    };
    QList<Entry> entries;
    bool holdCommits = false;
    Status commitStatus;
    std::function<void(const Status &)> pending;
    int handles = 0;

    QList<Evidence> snapshots;
    void evidence(const Evidence &e, std::function<void(const QString &, const QString &)> attached) override
    {
        snapshots.append(e);
        attached(QStringLiteral("E%1").arg(snapshots.size()), {});
    }
    QString intent(const QString &actionId, const QString &inputs, std::function<void(const Status &)> committed) override
    {
        entries.append({QStringLiteral("intent"), actionId, inputs});
        const QString handle = QStringLiteral("incident-%1").arg(++handles);
        if (holdCommits)
            pending = std::move(committed);
        else
            committed(commitStatus);
        return handle;
    }
    void outcome(const QString &handle, const QString &actionId, const QString &result, qint64) override
    {
        entries.append({QStringLiteral("outcome"), actionId, handle + QLatin1Char(' ') + result});
    }
    void refusal(const QString &actionId, const QString &reason) override { entries.append({QStringLiteral("refusal"), actionId, reason}); }
    int count(const QString &kind) const
    {
        return int(std::count_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.kind == kind; }));
    }
};
} // namespace

class TestStepRunner : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    Wiring wiring(bool isProtected = false, const QString &risk = QStringLiteral("destructive")) const
    {
        const QString yaml = QStringLiteral(
                                 "version: 1\n"
                                 "profiles:\n"
                                 "  p:\n"
                                 "    protected: %2\n"
                                 "    connectors:\n"
                                 "      db: { kind: sqlite, path: \"%1\" }\n"
                                 "bindings:\n"
                                 "  fix/step-1:\n"
                                 "    action: { type: sql, connector: db, sql: \"UPDATE photos SET status = 'failed' WHERE id = :id\", risk: %3 }\n"
                                 "  fix/step-2:\n"
                                 "    probe: { type: sql, connector: db, sql: \"SELECT id, status FROM photos ORDER BY id\" }\n"
                                 "  fix/step-3:\n"
                                 "    action: { type: run_procedure, connector: db, procedure: cleanup }\n"
                                 "  cleanup/step-1:\n"
                                 "    action: { type: sql, connector: db, sql: \"DELETE FROM photos WHERE status = 'failed'\", risk: destructive }\n"
                                 "  fix/step-4:\n"
                                 "    probe: { type: some_future_kind, connector: db }\n")
                                 .arg(m_db, isProtected ? QStringLiteral("true") : QStringLiteral("false"), risk);
        return WiringLoader::parse(yaml.toUtf8(), QStringLiteral("t.wiring.yaml"), nullptr);
    }

    QString statusOf(const QString &id)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_db);
        QString status;
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT status FROM photos WHERE id = ?"));
            q.addBindValue(id);
            if (q.exec() && q.next())
                status = q.value(0).toString();
        }
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return status;
    }

    void exec(const QString &sql)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    }

    std::unique_ptr<StepRunner> runner(const Wiring &w, const QString &step)
    {
        const auto plan = StepRunner::plan(w, QStringLiteral("p"), step);
        if (!plan)
            return nullptr;
        return std::make_unique<StepRunner>(plan.value(), QHash<QString, QString>());
    }

    // fix/step-1 previewed for these ids, recording into `journal`.
    std::unique_ptr<StepRunner> previewed(const Wiring &w, std::shared_ptr<RecordingJournal> journal, const QStringList &ids)
    {
        auto r = runner(w, QStringLiteral("fix/step-1"));
        if (!r)
            return nullptr;
        r->setJournal(std::move(journal));
        QList<std::pair<QString, QString>> kv;
        for (const QString &id : ids)
            kv.append({QStringLiteral("id"), id});
        if (!r->setParameters(kv) || look(*r).failed())
            return nullptr;
        return r;
    }

    static StepView look(StepRunner &r)
    {
        QSignalSpy viewed(&r, &StepRunner::viewed);
        r.look();
        if (viewed.isEmpty())
            viewed.wait(5000);
        return viewed.isEmpty() ? StepView::failure(QStringLiteral("no view")) : viewed.first().first().value<StepView>();
    }

    static StepOutcome run(StepRunner &r, const QString &token, const QString &confirm = {})
    {
        QSignalSpy finished(&r, &StepRunner::finished);
        r.run(token, confirm);
        if (finished.isEmpty())
            finished.wait(5000);
        StepOutcome none;
        none.code = -1;
        return finished.isEmpty() ? none : finished.first().first().value<StepOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<StepView>();
        qRegisterMetaType<StepOutcome>();
        ActionTokens::setFolderForTesting(m_dir.filePath(QStringLiteral("tokens")));
    }

    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("app-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        exec(QStringLiteral("CREATE TABLE photos (id TEXT PRIMARY KEY, status TEXT)"));
        exec(QStringLiteral("INSERT INTO photos VALUES ('a', 'ready'), ('b', 'ready'), ('c', 'ready')"));
    }

    void registryKnowsEveryShippedKind()
    {
        QFile f(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.wiring.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Wiring shipped = WiringLoader::parse(f.readAll(), f.fileName(), nullptr);
        int runnable = 0;
        for (const Binding &b : shipped.bindings)
            if (b.kind == BindingKind::Probe || b.kind == BindingKind::Action) {
                QVERIFY2(StepKinds::runnable(b.type), qPrintable(b.target + QStringLiteral(": ") + b.type));
                ++runnable;
            }
        QVERIFY(runnable >= 22);
        QVERIFY(!StepKinds::runnable(QStringLiteral("some_future_kind")));
        const Wiring w = wiring();
        const auto future = StepRunner::plan(w, QStringLiteral("p"), QStringLiteral("fix/step-4"));
        QVERIFY(!future);
        QVERIFY2(future.error().contains(QStringLiteral("not available in this build")), qPrintable(future.error()));
        // run_procedure runs the procedure's own action.
        const auto via = StepRunner::plan(w, QStringLiteral("p"), QStringLiteral("fix/step-3"));
        QVERIFY(via);
        QCOMPARE(via->bindingId, QStringLiteral("cleanup/step-1"));
        QCOMPARE(via->via, QStringLiteral("fix/step-3"));
        QVERIFY(!StepRunner::plan(w, QStringLiteral("nope"), QStringLiteral("fix/step-1")));
        QVERIFY(!StepRunner::plan(w, QStringLiteral("p"), QStringLiteral("no/step")));
    }

    void parametersAreChecked()
    {
        const Wiring w = wiring();
        auto r = runner(w, QStringLiteral("fix/step-1"));
        QVERIFY(r);
        const Status unknown = r->setParameters({{QStringLiteral("idd"), QStringLiteral("a")}});
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(QStringLiteral("takes no parameter \"idd\" (it takes: id)")), qPrintable(unknown.error()));
        const Status twice = r->setParameters({{QStringLiteral("id"), QStringLiteral("a")}, {QStringLiteral("id"), QStringLiteral("a")}});
        QVERIFY(!twice);
        QVERIFY2(twice.error().contains(QStringLiteral("id=a is given twice")), qPrintable(twice.error()));
        QVERIFY(r->setParameters({{QStringLiteral("id"), QStringLiteral("a")}, {QStringLiteral("id"), QStringLiteral("b")}}));
        auto probe = runner(w, QStringLiteral("fix/step-2"));
        QVERIFY(!probe->setParameters({{QStringLiteral("x"), QStringLiteral("1")}}));
    }

    void previewThenRunRecordsIntentAndOutcome()
    {
        const Wiring w = wiring();
        auto journal = std::make_shared<RecordingJournal>();
        auto r = previewed(w, journal, {QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(r);
        const StepView v = r->lastView();
        QVERIFY2(!v.failed(), qPrintable(v.error));
        QCOMPARE(v.table.rows.size(), 2);
        QVERIFY(!v.token.isEmpty());
        QCOMPARE(v.json.value(QStringLiteral("token")).toString(), v.token);
        QCOMPARE(statusOf(QStringLiteral("a")), QStringLiteral("ready")); // a preview changes nothing
        const StepOutcome o = run(*r, v.token);
        QCOMPARE(o.code, 0);
        QCOMPARE(o.result, QStringLiteral("2 row(s) changed"));
        QCOMPARE(statusOf(QStringLiteral("a")), QStringLiteral("failed"));
        QCOMPARE(statusOf(QStringLiteral("c")), QStringLiteral("ready"));
        QCOMPARE(journal->entries.size(), 2);
        QCOMPARE(journal->entries.at(0).kind, QStringLiteral("intent"));
        QCOMPARE(journal->entries.at(0).text, QStringLiteral("id=a, id=b"));
        QCOMPARE(journal->entries.at(1).kind, QStringLiteral("outcome"));
        QCOMPARE(journal->entries.at(1).text, QStringLiteral("incident-1 2 row(s) changed")); // under the intent's handle
        // The preview is not evidence; the outcome is, with the rows it changed.
        QCOMPARE(journal->snapshots.size(), 1);
        const Evidence &e = journal->snapshots.first();
        QCOMPARE(e.kind, QStringLiteral("action"));
        QCOMPARE(e.stepId, QStringLiteral("fix/step-1"));
        QCOMPARE(e.summary, QStringLiteral("2 row(s) changed"));
        QCOMPARE(e.outcome, QStringLiteral("ok"));
        QCOMPARE(e.rows.size(), 2);
        QVERIFY2(e.what.contains(QStringLiteral("UPDATE")), qPrintable(e.what));
    }

    void tokensAreSingleUseAndCannotBeForged()
    {
        const Wiring w = wiring();
        auto r = runner(w, QStringLiteral("fix/step-1"));
        auto journal = std::make_shared<RecordingJournal>();
        r->setJournal(journal);
        QVERIFY(r->setParameters({{QStringLiteral("id"), QStringLiteral("a")}}));
        const StepView v = look(*r);
        QVERIFY(!v.token.isEmpty());
        QString forged = v.token;
        forged[forged.size() - 1] = forged.endsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0');
        for (const QString &bad : {QString(), forged, v.token.section(QLatin1Char('.'), 1), QStringLiteral("0123456789abcdef")}) {
            const StepOutcome o = run(*r, bad);
            QCOMPARE(o.code, 3);
            QVERIFY2(o.result.startsWith(QStringLiteral("refused")), qPrintable(o.result));
        }
        QCOMPARE(statusOf(QStringLiteral("a")), QStringLiteral("ready"));
        QCOMPARE(journal->count(QStringLiteral("intent")), 0); // a refused run is not "about to run"
        QCOMPARE(journal->count(QStringLiteral("refusal")), 4);
        QCOMPARE(journal->snapshots.size(), 0); // nothing ran: nothing to show as evidence
        QCOMPARE(run(*r, v.token).code, 0);
        QCOMPARE(journal->snapshots.size(), 1);
        exec(QStringLiteral("UPDATE photos SET status = 'ready'"));
        const StepOutcome replay = run(*r, v.token);
        QCOMPARE(replay.code, 3);
        QVERIFY2(replay.result.contains(QStringLiteral("used already")), qPrintable(replay.result));
        QCOMPARE(statusOf(QStringLiteral("a")), QStringLiteral("ready"));
        QCOMPARE(journal->count(QStringLiteral("intent")), 1);
        // Another action's token does not fit this one.
        auto other = runner(w, QStringLiteral("fix/step-3"));
        const StepView ov = look(*other);
        QVERIFY2(!ov.token.isEmpty(), qPrintable(ov.error + ov.summary));
        QCOMPARE(run(*r, ov.token).code, 3);
    }

    void aPreviewThatNoLongerHoldsIsRefusedBeforeTheIntent()
    {
        const Wiring w = wiring();
        auto journal = std::make_shared<RecordingJournal>();
        auto r = previewed(w, journal, {QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(r);
        const StepView v = r->lastView();
        exec(QStringLiteral("UPDATE photos SET status = 'uploading' WHERE id = 'b'")); // the data changes after the preview
        const StepOutcome o = run(*r, v.token);
        QCOMPARE(o.code, 3);
        QCOMPARE(statusOf(QStringLiteral("a")), QStringLiteral("ready"));
        QCOMPARE(journal->count(QStringLiteral("intent")), 0);
        QCOMPARE(journal->count(QStringLiteral("refusal")), 1);
    }

    void theProtectedProfilesNameIsCheckedByCore()
    {
        const Wiring w = wiring(true);
        auto r = runner(w, QStringLiteral("fix/step-1"));
        QVERIFY(r->needsProfileName());
        auto journal = std::make_shared<RecordingJournal>();
        r->setJournal(journal);
        QVERIFY(r->setParameters({{QStringLiteral("id"), QStringLiteral("a")}}));
        const StepView v = look(*r);
        QVERIFY(!v.token.isEmpty());
        for (const QString &name : {QString(), QStringLiteral("P"), QStringLiteral("p ")}) {
            const StepOutcome o = run(*r, v.token, name);
            QCOMPARE(o.code, 3);
            QVERIFY2(o.result.contains(QStringLiteral("protected profile p")), qPrintable(o.result));
        }
        QCOMPARE(statusOf(QStringLiteral("a")), QStringLiteral("ready"));
        QCOMPARE(journal->count(QStringLiteral("refusal")), 3);
        QCOMPARE(run(*r, v.token, QStringLiteral("p")).code, 0); // the token was not spent by the refusals
        QCOMPARE(statusOf(QStringLiteral("a")), QStringLiteral("failed"));
        // A write (not destructive) on the protected profile needs only the token.
        const Wiring write = wiring(true, QStringLiteral("write"));
        QVERIFY(!runner(write, QStringLiteral("fix/step-1"))->needsProfileName());
    }

    void theActionStartsOnlyOnceItsIntentIsCommitted()
    {
        const Wiring w = wiring();
        auto r = runner(w, QStringLiteral("fix/step-1"));
        auto journal = std::make_shared<RecordingJournal>();
        journal->holdCommits = true;
        r->setJournal(journal);
        QVERIFY(r->setParameters({{QStringLiteral("id"), QStringLiteral("a")}}));
        const StepView v = look(*r);
        QSignalSpy finished(r.get(), &StepRunner::finished);
        r->run(v.token);
        QTRY_VERIFY(journal->pending);
        // Whatever the runner could have started (SQL runs on the thread pool) has finished by now.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
        QCoreApplication::processEvents();
        QCOMPARE(statusOf(QStringLiteral("a")), QStringLiteral("ready")); // not before the intent is durable
        QVERIFY(finished.isEmpty());
        std::exchange(journal->pending, {})(Status());
        QVERIFY(finished.wait(5000));
        QCOMPARE(statusOf(QStringLiteral("a")), QStringLiteral("failed"));

        // An intent that cannot be written: the action does not run.
        exec(QStringLiteral("UPDATE photos SET status = 'ready'"));
        journal->holdCommits = false;
        journal->commitStatus = Status::failure(QStringLiteral("disk full"));
        const StepView again = look(*r);
        const StepOutcome o = run(*r, again.token);
        QCOMPARE(o.code, 1);
        QVERIFY2(o.result.contains(QStringLiteral("disk full")), qPrintable(o.result));
        QCOMPARE(statusOf(QStringLiteral("a")), QStringLiteral("ready"));
    }

    void aProbeIsReadOnly()
    {
        const Wiring w = wiring();
        auto r = runner(w, QStringLiteral("fix/step-2"));
        auto journal = std::make_shared<RecordingJournal>();
        r->setJournal(journal);
        QVERIFY(!r->isAction());
        const StepView v = look(*r);
        QVERIFY2(!v.failed(), qPrintable(v.error));
        QCOMPARE(v.table.rows.size(), 3);
        QCOMPARE(v.summary, QStringLiteral("3 row(s)"));
        QVERIFY(v.token.isEmpty());
        QCOMPARE(run(*r, QStringLiteral("x")).code, -1); // a probe does not run as an action: nothing happens
        // Its result is the step's evidence: what ran, where, and the rows.
        QCOMPARE(journal->snapshots.size(), 1);
        const Evidence &e = journal->snapshots.first();
        QCOMPARE(e.kind, QStringLiteral("probe"));
        QCOMPARE(e.stepId, QStringLiteral("fix/step-2"));
        QCOMPARE(e.summary, QStringLiteral("3 row(s)"));
        QCOMPARE(e.rows.size(), 3);
        QCOMPARE(e.profile, r->profile().name);
        QCOMPARE(e.connector, r->binding().connector);
        QVERIFY2(e.what.startsWith(QStringLiteral("SELECT")), qPrintable(e.what));
        QCOMPARE(journal->count(QStringLiteral("intent")), 0);
    }
};

QTEST_GUILESS_MAIN(TestStepRunner)
#include "tst_steprunner.moc"
