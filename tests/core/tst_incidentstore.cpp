// IncidentStore on real SQLite files: round trips, migrations, a crash
// between two changes, and stores that are read-only, damaged, newer or locked.
#include "incident/IncidentStore.h"
#include "report/IncidentReport.h"
#include "runbook/RunbookParser.h"
#include "DamagedStore.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include "secrets/Redactor.h"
#include <QtTest>

class TestIncidentStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Runbook m_rb;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC)};
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    const Step &step(int section, int i) const { return m_rb.sections.at(section).steps.at(i); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"));
        QVERIFY(rb);
        m_rb = rb.value();
    }

    void roundTrip()
    {
        const QString path = file("roundtrip.sqlite");
        QString id;
        {
            IncidentStore store(m_clock);
            QVERIFY(store.open(path));
            QCOMPARE(store.schemaVersion(), IncidentStore::CurrentSchemaVersion);
            const auto inc = store.createIncident(QStringLiteral("Blob failures"), m_rb, QStringLiteral("alice"));
            QVERIFY2(inc, qPrintable(inc.error()));
            id = inc->id;
            m_clock.advance(60);
            QVERIFY(store.setStepState(id, step(0, 0).id, StepState::Done, step(0, 0).textHash, QStringLiteral("alice")));
            m_clock.advance(60);
            QVERIFY(store.setStepNote(id, step(0, 0).id, QStringLiteral("dashboard shows 3 failures"), step(0, 0).textHash, QStringLiteral("bob")));
            QVERIFY(store.setStepState(id, step(0, 1).id, StepState::Skipped, step(0, 1).textHash, QStringLiteral("bob")));
            QVERIFY(store.setStepState(id, step(0, 2).id, StepState::NotApplicable, step(0, 2).textHash, QStringLiteral("bob")));
            QVERIFY(store.addNote(id, QStringLiteral("Paged at 03:00"), QStringLiteral("alice")));
            m_clock.advance(60);
            QVERIFY(store.setStatus(id, IncidentStatus::Resolved, QStringLiteral("alice")));
            QVERIFY(store.createIncident(QStringLiteral("Second"), m_rb, QStringLiteral("carol")));
        }
        IncidentStore store(m_clock);
        QVERIFY(store.open(path));
        const auto inc = store.loadIncident(id);
        QVERIFY(inc);
        QCOMPARE(inc->title, QStringLiteral("Blob failures"));
        QCOMPARE(inc->runbookHash, m_rb.hash);
        QCOMPARE(inc->status, IncidentStatus::Resolved);
        QCOMPARE(inc->createdAt, QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
        QCOMPARE(inc->resolvedAt, QDateTime(QDate(2026, 11, 28), QTime(9, 3), Qt::UTC));
        const StepRecord r = inc->step(step(0, 0).id);
        QCOMPARE(r.state, StepState::Done);
        QCOMPARE(r.note, QStringLiteral("dashboard shows 3 failures"));
        QCOMPARE(r.actor, QStringLiteral("bob"));
        QCOMPARE(r.textHash, step(0, 0).textHash);
        QCOMPARE(inc->step(step(0, 1).id).state, StepState::Skipped);
        QCOMPARE(inc->step(step(0, 2).id).state, StepState::NotApplicable);
        QCOMPARE(inc->step(step(0, 3).id).state, StepState::Pending);
        QCOMPARE(inc->notes.size(), 1);
        QCOMPARE(inc->notes.at(0).author, QStringLiteral("alice"));
        QStringList kinds;
        for (const TimelineEvent &e : inc->timeline)
            kinds.append(e.kind);
        QCOMPARE(kinds, (QStringList{QStringLiteral("incident.created"), QStringLiteral("step.state"), QStringLiteral("step.note"),
                                     QStringLiteral("step.state"), QStringLiteral("step.state"), QStringLiteral("note.added"),
                                     QStringLiteral("incident.status")}));
        const auto list = store.listIncidents();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).title, QStringLiteral("Second")); // open ones first
        QCOMPARE(list->at(1).stepsDone, 3);
        QCOMPARE(store.resolveId(id.left(12)).value(), id);
        QVERIFY(!store.resolveId(QStringLiteral("nope")));
        QVERIFY(!store.setStepState(QStringLiteral("nope"), step(0, 0).id, StepState::Done, {}, QStringLiteral("x")));
    }

    void migrationFromVersion1KeepsData()
    {
        const QString path = file("v1.sqlite");
        QString id;
        {
            IncidentStore store(m_clock);
            QVERIFY(store.open(path, IncidentStore::Access::ReadWrite, 1));
            QCOMPARE(store.schemaVersion(), 1);
            // Version 1 has no assignee column: write through SQL as version 1 would have.
            const auto inc = [&] {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-writer"));
                db.setDatabaseName(path);
                db.open();
                QSqlQuery q(db);
                q.exec(QStringLiteral("INSERT INTO incidents (id, title, runbook_path, runbook_hash, runbook_title, status, created_at, updated_at)"
                                      " VALUES ('old-1', 'Old incident', 'rb.md', 'h', 'RB', 'open', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
                q.exec(QStringLiteral("INSERT INTO step_states (incident_id, step_id, state, note, actor, changed_at, text_hash)"
                                      " VALUES ('old-1', 's/step-1', 'done', 'kept', 'zoe', '2026-01-01T00:01:00.000Z', 'abc')"));
                db.close();
                return QStringLiteral("old-1");
            }();
            QSqlDatabase::removeDatabase(QStringLiteral("v1-writer"));
            id = inc;
        }
        IncidentStore store(m_clock);
        QVERIFY(store.open(path));
        QCOMPARE(store.schemaVersion(), IncidentStore::CurrentSchemaVersion);
        const auto inc = store.loadIncident(id);
        QVERIFY2(inc, qPrintable(inc.error()));
        QCOMPARE(inc->title, QStringLiteral("Old incident"));
        QCOMPARE(inc->assignee, QString());
        QCOMPARE(inc->step(QStringLiteral("s/step-1")).note, QStringLiteral("kept"));
        // Schema 6: an "open" incident is investigating; the record's new fields are empty.
        QCOMPARE(inc->status, IncidentStatus::Investigating);
        QVERIFY(inc->isOpen());
        QCOMPARE(inc->severity, QString());
        QVERIFY(inc->evidence.isEmpty() && inc->followUps.isEmpty());
        QVERIFY(store.setField(id, IncidentField::Severity, QStringLiteral("SEV3"), QStringLiteral("zoe")));
        QVERIFY(!store.setField(id, IncidentField::Severity, QStringLiteral("critical"), QStringLiteral("zoe")));
        QCOMPARE(store.loadIncident(id)->severity, QStringLiteral("SEV3"));
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        const QString path = file("newer.sqlite");
        {
            IncidentStore store(m_clock);
            QVERIFY(store.open(path));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        IncidentStore store(m_clock);
        const Status s = store.open(path);
        QVERIFY(!s);
        QVERIFY(s.error().contains(QStringLiteral("newer version")));
    }

    void corruptStoreIsLeftUntouched()
    {
        const QString path = file("corrupt.sqlite");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray junk = QByteArray("this is not a database at all, just text that looks wrong. ").repeated(100);
        f.write(junk);
        f.close();
        IncidentStore store(m_clock);
        const Status s = store.open(path);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("damaged")), qPrintable(s.error()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), junk);
    }

    // A damaged page behind a good header: the store opens read-only, names
    // what is damaged, loads what can be read with that list, and refuses
    // every write — the file is not touched.
    void damagedPageIsReadOnlyAndNamed()
    {
        const QString path = file("damaged-page.sqlite");
        const QString id = writeDamagedStore(path, m_rb, 159, 80);
        QVERIFY(!id.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        IncidentStore store(m_clock);
        const Status s = store.open(path);
        QVERIFY2(s, qPrintable(s ? QString() : s.error()));
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.damage().size(), 1);
        QVERIFY2(store.damage().first().startsWith(QStringLiteral("the timeline entries (")), qPrintable(store.damage().first()));
        const auto inc = store.loadIncident(id);
        QVERIFY(inc);
        QCOMPARE(inc->damage, store.damage());
        QVERIFY(inc->timeline.size() < 160); // the damaged page's entries are gone — and the record says so
        const auto note = store.addNote(id, QStringLiteral("written into a damaged file?"), QStringLiteral("bob"));
        QVERIFY(!note);
        QVERIFY2(note.error().contains(QStringLiteral("is damaged (the timeline entries")), qPrintable(note.error()));
        QVERIFY(!store.setStatus(id, IncidentStatus::Resolved, QStringLiteral("bob")));
        store.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        // A whole store is not flagged.
        IncidentStore whole(m_clock);
        QVERIFY(whole.open(file("whole.sqlite")));
        QVERIFY(whole.damage().isEmpty());
        QVERIFY(!whole.isReadOnly());
    }

    void readOnlyFileIsDetected()
    {
        // A store file we may not write opens read-only (root ignores the mode bits, hence the skip).
        const QString path = file("ro.sqlite");
        QString id;
        {
            IncidentStore store(m_clock);
            QVERIFY(store.open(path));
            id = store.createIncident(QStringLiteral("Kept"), m_rb, QStringLiteral("a"))->id;
            QVERIFY(store.setStepState(id, step(0, 0).id, StepState::Done, step(0, 0).textHash, QStringLiteral("a")));
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        if (QFileInfo(path).isWritable()) {
            // Root may write anything: the check runs as an unprivileged user
            // (nobody), who may read the folder and the file but not write them.
            QFile::setPermissions(QFileInfo(path).absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
            QProcess helper;
            helper.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                                     QStringLiteral(CRASH_HELPER), QStringLiteral("readonly"), path, id, step(0, 0).id, step(0, 1).id});
            QVERIFY(helper.waitForFinished(30000));
            const QString out = QString::fromUtf8(helper.readAllStandardOutput()) + QString::fromUtf8(helper.readAllStandardError());
            QVERIFY2(helper.exitStatus() == QProcess::NormalExit && helper.exitCode() == 0, qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("readonly=1\n")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("state=done\n")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("write=")) && out.contains(QStringLiteral("read-only")), qPrintable(out));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before);
            return;
        }
        IncidentStore store(m_clock);
        QVERIFY(store.open(path));
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.loadIncident(id)->step(step(0, 0).id).state, StepState::Done);
        const Status s = store.setStepState(id, step(0, 1).id, StepState::Done, {}, QStringLiteral("a"));
        QVERIFY(!s);
        QVERIFY(s.error().contains(QStringLiteral("read-only")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void readOnlyAccessRefusesWritesAndKeepsBytes()
    {
        const QString path = file("ro2.sqlite");
        QString id;
        {
            IncidentStore store(m_clock);
            QVERIFY(store.open(path));
            id = store.createIncident(QStringLiteral("x"), m_rb, QStringLiteral("a"))->id;
            QVERIFY(store.setStepState(id, step(0, 0).id, StepState::Done, {}, QStringLiteral("a")));
        }
        auto bytes = [&path] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        };
        const QByteArray before = bytes();
        IncidentStore store(m_clock);
        QVERIFY(store.open(path, IncidentStore::Access::ReadOnly));
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.loadIncident(id)->step(step(0, 0).id).state, StepState::Done);
        const Status s = store.setStepState(id, step(0, 1).id, StepState::Done, {}, QStringLiteral("a"));
        QVERIFY(!s);
        QVERIFY(s.error().contains(QStringLiteral("read-only")));
        QVERIFY(!store.createIncident(QStringLiteral("y"), m_rb, QStringLiteral("a")));
        store.close();
        QCOMPARE(bytes(), before);
    }

    void lockedStoreGivesAClearMessage()
    {
        const QString path = file("locked.sqlite");
        QString id;
        {
            IncidentStore store(m_clock);
            QVERIFY(store.open(path));
            id = store.createIncident(QStringLiteral("x"), m_rb, QStringLiteral("a"))->id;
        }
        IncidentStore store(m_clock);
        QVERIFY(store.open(path));
        // Another program holds the write lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(other.open());
        QSqlQuery lq(other);
        QVERIFY(lq.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(lq.exec(QStringLiteral("UPDATE incidents SET title = 'held' WHERE id = '%1'").arg(id)));
        const Status s = store.setStepState(id, step(0, 0).id, StepState::Done, {}, QStringLiteral("a"));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("locked")), qPrintable(s.error()));
        QVERIFY(lq.exec(QStringLiteral("ROLLBACK")));
        other.close();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        // Once the lock is gone, the same change goes through and nothing was lost.
        QVERIFY(store.setStepState(id, step(0, 0).id, StepState::Done, {}, QStringLiteral("a")));
        QCOMPARE(store.loadIncident(id)->title, QStringLiteral("x"));
    }

    void crashBetweenTwoChangesKeepsTheFirst()
    {
        const QString path = file("crash.sqlite");
        QProcess helper;
        helper.start(QStringLiteral(CRASH_HELPER),
                     {path, QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md")});
        QVERIFY(helper.waitForFinished(30000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        const QString id = QString::fromUtf8(helper.readAllStandardOutput()).trimmed();
        QVERIFY(!id.isEmpty());
        IncidentStore store(m_clock);
        QVERIFY(store.open(path));
        const auto inc = store.loadIncident(id);
        QVERIFY2(inc, qPrintable(inc.error()));
        QCOMPARE(inc->step(step(0, 0).id).state, StepState::Done);
        QCOMPARE(inc->step(step(0, 1).id).state, StepState::Pending);
        QCOMPARE(inc->timeline.size(), 2); // created + the first change; the torn one left no trace
    }

    // Runs the crash helper in `mode` on a new store; the incident it made, and how it ended.
    std::pair<Incident, QProcess::ExitStatus> crashHelper(const char *file, const QString &mode)
    {
        const QString path = this->file(file);
        QProcess helper;
        helper.start(QStringLiteral(CRASH_HELPER), {path, QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"), mode});
        if (!helper.waitForFinished(30000))
            qFatal("the crash helper did not finish");
        const QString id = QString::fromUtf8(helper.readAllStandardOutput()).trimmed();
        IncidentStore store(m_clock);
        if (!store.open(path))
            qFatal("cannot open %s", qPrintable(path));
        const auto inc = store.loadIncident(id);
        if (!inc)
            qFatal("%s", qPrintable(inc.error()));
        return {inc.value(), helper.exitStatus()};
    }

    void stateAndNoteAreOneTransaction()
    {
        // Killed before the first commit: neither is recorded.
        const auto [first, firstExit] = crashHelper("crash-step-first.sqlite", QStringLiteral("step-first"));
        QCOMPARE(firstExit, QProcess::CrashExit);
        QCOMPARE(first.step(step(0, 0).id).state, StepState::Pending);
        QCOMPARE(first.step(step(0, 0).id).note, QString());
        // A second commit would die: there is none, so both are recorded together.
        const auto [second, secondExit] = crashHelper("crash-step-second.sqlite", QStringLiteral("step-second"));
        QCOMPARE(secondExit, QProcess::NormalExit);
        QCOMPARE(second.step(step(0, 0).id).state, StepState::Done);
        QCOMPARE(second.step(step(0, 0).id).note, QStringLiteral("checked the dashboard"));
    }

    void variablesAreKeptWithTheIncident()
    {
        IncidentStore store(m_clock);
        QVERIFY(store.open(file("variables.sqlite")));
        const auto inc = store.createIncident(QStringLiteral("Vars"), m_rb, QStringLiteral("alice"));
        QVERIFY(inc);
        QVERIFY(store.setVariable(inc->id, QStringLiteral("NAMESPACE"), QStringLiteral("shop"), QStringLiteral("alice")));
        QVERIFY(store.setVariable(inc->id, QStringLiteral("NODE"), QStringLiteral("node-1"), QStringLiteral("alice")));
        QVERIFY(store.setVariable(inc->id, QStringLiteral("NODE"), QStringLiteral("node-7"), QStringLiteral("bob")));
        QVERIFY(!store.setVariable(inc->id, QStringLiteral("bad name"), QStringLiteral("x"), QStringLiteral("bob")));
        Redactor::add(QStringLiteral("sk_live_variable_secret_1"));
        QVERIFY(store.setVariable(inc->id, QStringLiteral("TOKEN"), QStringLiteral("sk_live_variable_secret_1"), QStringLiteral("bob")));
        auto loaded = store.loadIncident(inc->id);
        QVERIFY(loaded);
        QCOMPARE(loaded->variables.value(QStringLiteral("NAMESPACE")), QStringLiteral("shop"));
        QCOMPARE(loaded->variables.value(QStringLiteral("NODE")), QStringLiteral("node-7"));
        QCOMPARE(loaded->variables.value(QStringLiteral("TOKEN")), Redactor::mask); // a secret is never stored
        QCOMPARE(loaded->timeline.last().kind, QStringLiteral("variable.set"));
        QVERIFY(store.setVariable(inc->id, QStringLiteral("NODE"), QString(), QStringLiteral("bob")));
        loaded = store.loadIncident(inc->id);
        QVERIFY(!loaded->variables.contains(QStringLiteral("NODE")));
        const QString md = ReportWriter::markdown(IncidentReport::build(loaded.value(), m_rb));
        QVERIFY2(md.contains(QStringLiteral("NAMESPACE = shop")), qPrintable(md.left(800)));
        // An alert runbook's command steps are exported as they were to be run, under their groups.
        const Runbook k8s = RunbookParser::parseFile(QStringLiteral(RUNBOOK_TEST_DATA "/runbooks/k8s-pod-crashlooping.md")).value();
        const auto alert = store.createIncident(QStringLiteral("Crashloop"), k8s, QStringLiteral("alice"));
        QVERIFY(alert);
        QVERIFY(store.setVariable(alert->id, QStringLiteral("NAMESPACE"), QStringLiteral("shop"), QStringLiteral("alice")));
        const QString amd = ReportWriter::markdown(IncidentReport::build(store.loadIncident(alert->id).value(), k8s));
        QVERIFY2(amd.contains(QStringLiteral("### CLI Checks")) && amd.contains(QStringLiteral("### PromQL queries")), qPrintable(amd));
        QVERIFY2(amd.contains(QStringLiteral("  ```shell\n  kubectl logs -n shop <pod-name> --previous\n  ```")), qPrintable(amd));
        QVERIFY(!md.contains(QStringLiteral("sk_live_variable_secret_1")));
        QCOMPARE(loaded->toJson().value(QStringLiteral("variables")).toObject().value(QStringLiteral("NAMESPACE")).toString(), QStringLiteral("shop"));
    }

    void noteDraftsAreStoredAtOnceAndLoggedOnce()
    {
        IncidentStore store(m_clock);
        QVERIFY(store.open(file("drafts.sqlite")));
        const auto inc = store.createIncident(QStringLiteral("Drafts"), m_rb, QStringLiteral("alice"));
        QVERIFY(inc);
        const Step &s = step(0, 0);
        QVERIFY(store.saveStepNoteDraft(inc->id, s.id, QStringLiteral("Dash"), s.textHash, QStringLiteral("alice")));
        QVERIFY(store.saveStepNoteDraft(inc->id, s.id, QStringLiteral("Dashboard shows 58"), s.textHash, QStringLiteral("alice")));
        auto loaded = store.loadIncident(inc->id);
        QVERIFY(loaded);
        QCOMPARE(loaded->step(s.id).note, QStringLiteral("Dashboard shows 58"));
        QCOMPARE(loaded->step(s.id).noteLogged, QString());
        const qsizetype lines = loaded->timeline.size(); // drafts write no line
        QCOMPARE(lines, 1);
        // The app ended before the edit was finished: the next load records it once.
        QVERIFY(store.logNoteDrafts(inc->id, QStringLiteral("alice")));
        QVERIFY(store.logNoteDrafts(inc->id, QStringLiteral("alice")));
        loaded = store.loadIncident(inc->id);
        QCOMPARE(loaded->timeline.size(), lines + 1);
        QVERIFY(loaded->timeline.last().text.contains(QStringLiteral("Dashboard shows 58")));
        QCOMPARE(loaded->step(s.id).noteLogged, QStringLiteral("Dashboard shows 58"));
        // A finished edit is one line, and marks the note logged.
        QVERIFY(store.saveStepNoteDraft(inc->id, s.id, QStringLiteral("Dashboard shows 60"), s.textHash, QStringLiteral("alice")));
        QVERIFY(store.setStepNote(inc->id, s.id, QStringLiteral("Dashboard shows 60"), s.textHash, QStringLiteral("alice")));
        QVERIFY(store.logNoteDrafts(inc->id, QStringLiteral("alice")));
        loaded = store.loadIncident(inc->id);
        QCOMPARE(loaded->timeline.size(), lines + 2);
    }

    void crashDuringAnActionLeavesItsIntent()
    {
        const QString path = file("crash-action.sqlite");
        QProcess helper;
        helper.start(QStringLiteral(CRASH_HELPER),
                     {path, QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"), QStringLiteral("action")});
        QVERIFY(helper.waitForFinished(30000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        const QString id = QString::fromUtf8(helper.readAllStandardOutput()).trimmed();
        IncidentStore store(m_clock);
        QVERIFY(store.open(path));
        const auto inc = store.loadIncident(id);
        QVERIFY2(inc, qPrintable(inc.error()));
        QCOMPARE(inc->timeline.size(), 2); // created + the intent; no outcome
        QCOMPARE(inc->timeline.last().kind, QStringLiteral("action.intent"));
        QVERIFY(inc->timeline.last().text.contains(QStringLiteral("database-reconciliation/step-3")));
        QVERIFY(inc->timeline.last().text.contains(QStringLiteral("id=ph_001")));
        // Shown, and exported, as an action whose outcome is unknown.
        QCOMPARE(inc->actionsWithoutOutcome(), QSet<qint64>{inc->timeline.last().id});
        QVERIFY(ReportWriter::markdown(IncidentReport::build(inc.value(), m_rb)).contains(QStringLiteral("id=ph_001 — outcome unknown: no outcome was recorded")));
        QVERIFY(store.recordActionOutcome(id, QStringLiteral("database-reconciliation/step-3"), QStringLiteral("1 row(s) changed"), 5, QStringLiteral("x")));
        QVERIFY(store.loadIncident(id)->actionsWithoutOutcome().isEmpty());
    }

    void severityChangesReachTheTimeline()
    {
        IncidentStore store(m_clock);
        QVERIFY(store.open(file("severity.sqlite")));
        const auto inc = store.createIncident(QStringLiteral("Severity"), m_rb, QStringLiteral("alice"));
        QVERIFY(inc);
        const QDateTime t0(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
        auto point = [](const QDateTime &at, double v, const QString &sev) { return MetricPoint{at, v, sev}; };
        QVERIFY(store.recordMetrics(inc->id, {{QStringLiteral("blob_deletion_failures"), point(t0, 3, QStringLiteral("ok"))},
                                               {QStringLiteral("orphans"), point(t0, 1, QString())}}));
        QVERIFY(store.recordMetrics(inc->id, {{QStringLiteral("blob_deletion_failures"), point(t0.addSecs(60), 4, QStringLiteral("ok"))}}));
        QVERIFY(store.recordMetrics(inc->id, {{QStringLiteral("blob_deletion_failures"), point(t0.addSecs(120), 58, QStringLiteral("critical"))},
                                               {QStringLiteral("orphans"), point(t0.addSecs(120), 2, QString())}}));
        QVERIFY(store.recordMetrics(inc->id, {{QStringLiteral("blob_deletion_failures"), point(t0.addSecs(180), 60, QStringLiteral("critical"))}}));
        const auto loaded = store.loadIncident(inc->id);
        QVERIFY(loaded);
        QStringList changes;
        for (const TimelineEvent &e : loaded->timeline)
            if (e.kind == QStringLiteral("metric.severity"))
                changes.append(e.text);
        // The first value sets the baseline; only ok → critical is a change.
        QCOMPARE(changes, QStringList{QStringLiteral("blob_deletion_failures went from ok to critical")});
    }

    void defaultPathIsUnderAppData()
    {
        QVERIFY(IncidentStore::defaultPath().endsWith(QStringLiteral("incidents.sqlite")));
        QVERIFY(IncidentStore::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }
};

QTEST_GUILESS_MAIN(TestIncidentStore)
#include "tst_incidentstore.moc"
