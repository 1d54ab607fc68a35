// IncidentSession: the store on its worker thread; edits visible at once,
// persisted in order, errors reported, nothing lost on shutdown.
#include "incident/IncidentSession.h"
#include "incident/IncidentStore.h"
#include "runbook/RunbookParser.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestIncidentSession : public QObject
{
    Q_OBJECT
private:
    Runbook m_rb;

private Q_SLOTS:
    void initTestCase()
    {
        m_rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md")).value();
    }

    void editsArePersistedInOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        QString id;
        {
            IncidentSession session;
            session.setActor(QStringLiteral("alice"));
            QSignalSpy opened(&session, &IncidentSession::storeOpened);
            session.openStore(path);
            QVERIFY(opened.wait());
            QCOMPARE(opened.at(0).at(0).toBool(), true);
            QSignalSpy current(&session, &IncidentSession::currentChanged);
            session.createIncident(QStringLiteral("T"), m_rb);
            QVERIFY(current.wait());
            QVERIFY(session.current());
            id = session.current()->id;
            QVERIFY(session.canEdit());
            QSignalSpy stepSpy(&session, &IncidentSession::stepChanged);
            const Step &a = m_rb.sections.at(0).steps.at(0);
            const Step &b = m_rb.sections.at(0).steps.at(1);
            session.setStepState(a, StepState::Done, QStringLiteral("1"));
            // Visible at once, before the worker wrote anything.
            QCOMPARE(stepSpy.size(), 1);
            QCOMPARE(session.current()->step(a.id).state, StepState::Done);
            session.setStepState(a, StepState::Skipped, QStringLiteral("1"));
            session.setStepNote(b, QStringLiteral("typed"), QStringLiteral("2"));
            session.addNote(QStringLiteral("free note"));
            // Destroying the session right away must still write everything queued.
        }
        IncidentStore store;
        QVERIFY(store.open(path));
        const Incident inc = store.loadIncident(id).value();
        QCOMPARE(inc.step(m_rb.sections.at(0).steps.at(0).id).state, StepState::Skipped);
        QCOMPARE(inc.step(m_rb.sections.at(0).steps.at(1).id).note, QStringLiteral("typed"));
        QCOMPARE(inc.notes.size(), 1);
        QCOMPARE(inc.timeline.size(), 5);
        QCOMPARE(inc.step(m_rb.sections.at(0).steps.at(0).id).actor, QStringLiteral("alice"));
    }

    void reloadAfterWritesBringsTheTimeline()
    {
        QTemporaryDir dir;
        IncidentSession session;
        QSignalSpy opened(&session, &IncidentSession::storeOpened);
        session.openStore(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(opened.wait());
        QSignalSpy current(&session, &IncidentSession::currentChanged);
        session.createIncident(QStringLiteral("T"), m_rb);
        QVERIFY(current.wait());
        QSignalSpy updated(&session, &IncidentSession::incidentUpdated);
        session.setStepState(m_rb.sections.at(1).steps.at(0), StepState::Done, QStringLiteral("x"));
        QTRY_VERIFY(session.pendingWrites() == 0 && session.current()->timeline.size() == 2);
        QCOMPARE(session.current()->timeline.at(1).kind, QStringLiteral("step.state"));
        QCOMPARE(session.incidents().size(), 1);
        QCOMPARE(session.incidents().at(0).stepsDone, 1);
    }

    void actionIntentIsCommittedFirstAndItsOutcomeGoesToItsIncident()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        IncidentSession session;
        QSignalSpy opened(&session, &IncidentSession::storeOpened);
        session.openStore(path);
        QVERIFY(opened.wait());
        QSignalSpy current(&session, &IncidentSession::currentChanged);
        session.createIncident(QStringLiteral("A"), m_rb);
        QVERIFY(current.wait());
        const QString a = session.current()->id;
        // The action starts only once its intent is in the store: read it back from another connection then.
        bool started = false, intentWasStored = false;
        const QString on = session.recordActionIntent(QStringLiteral("database-reconciliation/step-3"), QStringLiteral("id=ph_001"),
                                                      [&](const Status &s) {
                                                          QVERIFY(s);
                                                          IncidentStore reader;
                                                          QVERIFY(reader.open(path, IncidentStore::Access::ReadOnly));
                                                          const auto stored = reader.loadIncident(a);
                                                          for (const TimelineEvent &e : stored->timeline)
                                                              intentWasStored |= e.kind == QStringLiteral("action.intent");
                                                          started = true;
                                                      });
        QCOMPARE(on, a);
        QTRY_VERIFY(started);
        QVERIFY(intentWasStored);
        // Another incident becomes current while the action runs; its outcome still goes to A.
        session.createIncident(QStringLiteral("B"), m_rb);
        QTRY_VERIFY(session.current() && session.current()->id != a);
        const QString b = session.current()->id;
        session.recordActionOutcome(on, QStringLiteral("database-reconciliation/step-3"), QStringLiteral("1 row(s) changed"), 12);
        QTRY_COMPARE(session.pendingWrites(), 0);
        IncidentStore store;
        QVERIFY(store.open(path, IncidentStore::Access::ReadOnly));
        QStringList kindsA, kindsB;
        const auto incA = store.loadIncident(a), incB = store.loadIncident(b);
        for (const TimelineEvent &e : incA->timeline)
            kindsA.append(e.kind);
        for (const TimelineEvent &e : incB->timeline)
            kindsB.append(e.kind);
        QCOMPARE(kindsA, (QStringList{QStringLiteral("incident.created"), QStringLiteral("action.intent"), QStringLiteral("action.outcome")}));
        QCOMPARE(kindsB, QStringList{QStringLiteral("incident.created")});
    }

    void brokenStoreReportsAndKeepsMemory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        IncidentSession session;
        QSignalSpy opened(&session, &IncidentSession::storeOpened);
        session.openStore(path);
        QVERIFY(opened.wait());
        QCOMPARE(opened.at(0).at(0).toBool(), false);
        QVERIFY(opened.at(0).at(1).toString().contains(QStringLiteral("damaged")));
        QVERIFY(!session.storeReady());
        QSignalSpy failed(&session, &IncidentSession::storeFailed);
        session.createIncident(QStringLiteral("T"), m_rb);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!session.current());
    }
};

QTEST_GUILESS_MAIN(TestIncidentSession)
#include "tst_incidentsession.moc"
