// The live panel: counts and sparklines from a real scan of generated logs,
// the model checked with QAbstractItemModelTester, samples, copy buttons.
#include "logs/DatadogQueryWriter.h"
#include "DemoLogGenerator.h"
#include "LiveCountModel.h"
#include "logs/LiveLogQueries.h"
#include "LivePanel.h"
#include "logs/LogScanEngine.h"
#include "runbook/RunbookParser.h"
#include "SamplesDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

class TestLivePanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_logs;
    Runbook m_rb;
    const QDateTime m_end{QDate(2026, 11, 28), QTime(12, 0), Qt::UTC};

private Q_SLOTS:
    void initTestCase()
    {
        DemoLogOptions o;
        o.end = m_end;
        o.days = 2;
        m_logs = DemoLogGenerator::write(m_dir.path(), o)->path;
        m_rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md")).value();
    }

    void countsSparklinesSamplesAndCopy()
    {
        LiveLogQueries live;
        live.setRunbook(&m_rb);
        QCOMPARE(int(live.items().size()), 18); // 13 patterns + 5 named queries
        QVERIFY(live.setSource(QStringLiteral("file:") + m_logs).isEmpty());
        LivePanel panel(&live);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        live.setWindow(86'400'000, 3'600'000);
        panel.setSection(&m_rb, &m_rb.sections.first());
        panel.show();
        QCOMPARE(panel.model()->rowCount(), 3);
        QCOMPARE(panel.model()->index(0, LiveCountModel::CountColumn).data().toString(), QStringLiteral("—"));

        QSignalSpy finished(&live, &LiveLogQueries::finished);
        QSignalSpy changed(panel.model(), &QAbstractItemModel::dataChanged);
        live.refresh(m_end.toMSecsSinceEpoch());
        QVERIFY(finished.wait(20000));
        QVERIFY(!changed.isEmpty());

        // Independent numbers: the engine on the same window.
        LogRequest req;
        req.fromMs = m_end.toMSecsSinceEpoch() - 86'400'000;
        req.toMs = m_end.toMSecsSinceEpoch();
        for (const Monitor &m : m_rb.sections.first().monitors) {
            req.queryTexts.append(m.value);
            req.queries.push_back(QueryNode::fromRunbookPattern(m.value));
        }
        std::atomic<bool> cancel{false};
        const LogResult expected = LogScanEngine(req).scan(m_logs, cancel);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(panel.model()->index(row, LiveCountModel::CountColumn).data().toString(),
                     QLocale().toString(expected.queries[size_t(row)].total));
            const QVariantList buckets = panel.model()->index(row, LiveCountModel::TrendColumn).data(LiveCountModel::BucketsRole).toList();
            QCOMPARE(buckets.size(), 24);
            qint64 sum = 0;
            for (const QVariant &v : buckets)
                sum += v.toLongLong();
            QCOMPARE(sum, expected.queries[size_t(row)].total);
        }
        QVERIFY(expected.queries[1].total >= DemoLogGenerator::Incident::uploadCleanupFailures);

        // Copy as Datadog query / LogQL for the selected row.
        panel.view()->setCurrentIndex(panel.model()->index(1, 0));
        panel.findChild<QPushButton *>(QStringLiteral("copyDatadogButton"))->click();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("\"[upload] Failed to clean up previous avatar blobs\""));
        panel.findChild<QPushButton *>(QStringLiteral("copyLogQlButton"))->click();
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("{job=\"vercel\"} |= \"[upload] Failed to clean up")));

        // Samples of the row, most recent first.
        panel.showSamples(1);
        auto *dlg = panel.findChild<SamplesDialog *>();
        QVERIFY(dlg);
        QTRY_VERIFY(dlg->isVisible());
        auto *table = dlg->findChild<QTableView *>(QStringLiteral("samplesView"));
        QCOMPARE(table->model()->rowCount(), 20);
        QVERIFY(table->model()->index(0, 2).data().toString().contains(QStringLiteral("Failed to clean up")));
        dlg->close();

        // The queries section lists the named queries.
        const Section *queries = m_rb.section(QStringLiteral("log-search-queries"));
        panel.setSection(&m_rb, queries);
        QCOMPARE(panel.model()->rowCount(), 5);
        QCOMPARE(panel.model()->index(0, 0).data().toString(), QStringLiteral("Blob cleanup issues"));
        QVERIFY(panel.model()->index(0, LiveCountModel::CountColumn).data().toString().toInt() > 0);
        // Monitors that need other connectors say so.
        panel.setSection(&m_rb, m_rb.section(QStringLiteral("photo-cleanup-job")));
        QCOMPARE(panel.model()->index(0, LiveCountModel::CountColumn).data().toString(), QStringLiteral("not connected yet"));
    }

    void badSourceIsAMessage()
    {
        LiveLogQueries live;
        QVERIFY(live.setSource(QStringLiteral("nfs:/x")).contains(QStringLiteral("unknown log source")));
        live.setRunbook(&m_rb);
        QVERIFY(live.setSource(QStringLiteral("file:/nonexistent/app.ndjson")).isEmpty());
        QSignalSpy finished(&live, &LiveLogQueries::finished);
        live.refresh();
        QVERIFY(finished.wait(5000));
        QVERIFY(live.result()->partial);
        QVERIFY(live.result()->errors.first().contains(QStringLiteral("no such file")));
    }
};

QTEST_MAIN(TestLivePanel)
#include "tst_livepanel.moc"
