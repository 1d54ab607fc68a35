// The item models, checked with QAbstractItemModelTester and signal spies.
#include "ChecklistModel.h"
#include "incident/IncidentSession.h"
#include "runbook/RunbookParser.h"
#include "SectionListModel.h"
#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestModels : public QObject
{
    Q_OBJECT
private:
    Runbook m_rb;
    QTemporaryDir m_dir;

    void openIncident(IncidentSession &session)
    {
        QSignalSpy opened(&session, &IncidentSession::storeOpened);
        session.openStore(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".sqlite")));
        QVERIFY(opened.wait());
        QSignalSpy current(&session, &IncidentSession::currentChanged);
        session.createIncident(QStringLiteral("T"), m_rb);
        QVERIFY(current.wait());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md")).value();
    }

    void checklistModel()
    {
        IncidentSession session;
        ChecklistModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSection(&m_rb.sections.at(0));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ChecklistModel::ColumnCount));
        QCOMPARE(model.index(1, ChecklistModel::NumberColumn).data().toString(), QStringLiteral("2."));
        QCOMPARE(model.index(1, ChecklistModel::TextColumn).data(ChecklistModel::MarkdownRole).toString(),
                 QStringLiteral("Verify `BLOB_READ_WRITE_TOKEN` is valid"));
        QCOMPARE(model.index(1, ChecklistModel::TextColumn).data().toString(), QStringLiteral("Verify BLOB_READ_WRITE_TOKEN is valid"));
        // Without an incident nothing can be ticked.
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));

        openIncident(session);
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model.index(2, ChecklistModel::StateColumn).data().toString(), QStringLiteral("Done"));
        QVERIFY(model.setState(3, StepState::Skipped));
        QCOMPARE(model.index(3, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
        QVERIFY(model.setData(model.index(0, ChecklistModel::NoteColumn), QStringLiteral("seen"), Qt::EditRole));
        QCOMPARE(model.index(0, ChecklistModel::NoteColumn).data().toString(), QStringLiteral("seen"));
        QVERIFY(!model.index(0, ChecklistModel::WhoColumn).data().toString().isEmpty());
        QTRY_COMPARE(session.pendingWrites(), 0);
        // Resolved incidents cannot be ticked.
        session.setStatus(IncidentStatus::Resolved);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable));
        model.setSection(&m_rb.sections.at(7)); // thresholds: no steps
        QCOMPARE(model.rowCount(), 0);
    }

    void sectionListModel()
    {
        IncidentSession session;
        SectionListModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRunbook(&m_rb);
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("1. Blob Storage Orphan Prevention"));
        QCOMPARE(model.index(9, 0).data().toString(), QStringLiteral("Manual Blob Cleanup"));
        QCOMPARE(model.index(0, SectionListModel::ProgressColumn).data().toString(), QStringLiteral("0/4"));
        QVERIFY(!model.index(7, SectionListModel::ProgressColumn).data().isValid()); // no checklist, no progress
        QVERIFY(!model.index(0, SectionListModel::SeverityColumn).data().isValid()); // nothing evaluated yet
        openIncident(session);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        session.setStepState(m_rb.sections.at(0).steps.at(0), StepState::Done, QStringLiteral("x"));
        session.setStepState(m_rb.sections.at(0).steps.at(1), StepState::NotApplicable, QStringLiteral("x"));
        QVERIFY(changed.size() >= 2);
        QCOMPARE(model.index(0, SectionListModel::ProgressColumn).data().toString(), QStringLiteral("2/4"));
        QCOMPARE(model.rowOf(QStringLiteral("database-reconciliation")), 11);
        QTRY_COMPARE(session.pendingWrites(), 0);
    }

    void timelineModel()
    {
        IncidentSession session;
        TimelineModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        openIncident(session);
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        session.addNote(QStringLiteral("hello"));
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(1, TimelineModel::EventColumn).data().toString(), QStringLiteral("Note: hello"));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
