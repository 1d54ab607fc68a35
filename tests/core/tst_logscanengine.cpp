// The file log source: exact counts on generated data checked against an
// independent count, gzip (whole and truncated), rotated directories,
// skipped lines, time zones, bucket edges, cancellation, async signals.
#include "DemoLogGenerator.h"
#include "logs/LogScanEngine.h"
#include "logs/LogSource.h"
#include "logs/MappedFile.h"
#include "runbook/RunbookParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QtTest>
#include <zlib.h>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

namespace {
const QDateTime kEnd(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

QByteArray gzip(const QByteArray &data)
{
    QByteArray out(int(compressBound(uLong(data.size()))) + 64, '\0');
    z_stream zs{};
    deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(int(zs.total_out));
    deflateEnd(&zs);
    return out;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
} // namespace

class TestLogScanEngine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_logs;
    QStringList m_patterns;
    LogRequest m_request;

    LogResult scan(const QString &path, int threads = 0, const LogRequest *req = nullptr)
    {
        std::atomic<bool> cancel{false};
        LogScanEngine engine(req ? *req : m_request);
        return engine.scan(path, cancel, {}, threads);
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoLogOptions o;
        o.end = kEnd;
        const auto sum = DemoLogGenerator::write(m_dir.path(), o);
        QVERIFY(sum);
        m_logs = sum->path;
        const auto rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"));
        for (const Section &s : rb->sections)
            for (const Monitor &m : s.monitors)
                if (m.kind == MonitorKind::LogPattern)
                    m_patterns.append(m.value);
        QCOMPARE(m_patterns.size(), 13);
        m_request.fromMs = kEnd.addDays(-7).toMSecsSinceEpoch();
        m_request.toMs = kEnd.toMSecsSinceEpoch() + 1;
        m_request.bucketMs = 3'600'000;
        m_request.samples = 3;
        for (const QString &p : m_patterns) {
            m_request.queryTexts.append(p);
            m_request.queries.push_back(QueryNode::fromRunbookPattern(p));
        }
    }

    void exactCountsAgainstAnIndependentCount()
    {
        // Independent count: every line parsed, every pattern checked by plain string / regex.
        std::vector<qint64> totals(size_t(m_patterns.size()), 0);
        std::vector<std::vector<qint64>> buckets(size_t(m_patterns.size()), std::vector<qint64>(size_t(m_request.bucketCount()), 0));
        std::vector<double> lastX(size_t(m_patterns.size()), -1);
        QFile f(m_logs);
        QVERIFY(f.open(QIODevice::ReadOnly));
        qint64 lines = 0;
        while (!f.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
            ++lines;
            const qint64 ms = qint64(o.value(QStringLiteral("timestamp")).toDouble());
            const QString msg = o.value(QStringLiteral("message")).toString();
            if (ms < m_request.fromMs || ms >= m_request.toMs)
                continue;
            for (int p = 0; p < m_patterns.size(); ++p) {
                bool hit = false;
                if (m_patterns[p].contains(QStringLiteral(" X "))) {
                    const QStringList halves = m_patterns[p].split(QStringLiteral(" X "));
                    const auto m = QRegularExpression(QRegularExpression::escape(halves[0]) + QStringLiteral(" (\\d+) ") +
                                                      QRegularExpression::escape(halves[1])).match(msg);
                    hit = m.hasMatch();
                    if (hit)
                        lastX[size_t(p)] = m.captured(1).toDouble();
                } else {
                    hit = msg.contains(m_patterns[p]);
                }
                if (hit) {
                    ++totals[size_t(p)];
                    ++buckets[size_t(p)][size_t((ms - m_request.firstBucketStart()) / m_request.bucketMs)];
                }
            }
        }
        for (int threads : {1, 2, 3}) {
            const LogResult r = scan(m_logs, threads);
            QVERIFY(r.errors.isEmpty());
            QCOMPARE(r.scanned, lines);
            QCOMPARE(r.skipped, 0);
            for (int p = 0; p < m_patterns.size(); ++p) {
                QCOMPARE(r.queries[size_t(p)].total, totals[size_t(p)]);
                QCOMPARE(r.queries[size_t(p)].buckets, buckets[size_t(p)]);
                if (lastX[size_t(p)] >= 0)
                    QCOMPARE(r.queries[size_t(p)].numbers.last, lastX[size_t(p)]);
            }
        }
    }

    void plantedIncidentIsThere()
    {
        LogRequest last = m_request;
        last.fromMs = kEnd.toMSecsSinceEpoch() - 3'600'000;
        const LogResult r = scan(m_logs, 0, &last);
        auto total = [&](const QString &p) { return r.queries[size_t(m_patterns.indexOf(p))].total; };
        QCOMPARE(total(QStringLiteral("[capture-tip] Idempotent duplicate webhook received")), DemoLogGenerator::Incident::tipDuplicatesLastHour);
        QCOMPARE(total(QStringLiteral("[capture-tip] Tip recorded successfully")), DemoLogGenerator::Incident::tipsRecordedLastHour);
        QCOMPARE(total(QStringLiteral("[social-links] Idempotency key conflict detected")),
                 DemoLogGenerator::Incident::idempotencyConflictsLastHour);
        LogRequest day = m_request;
        day.fromMs = kEnd.toMSecsSinceEpoch() - 86'400'000;
        const LogResult d = scan(m_logs, 0, &day);
        const auto &cleanup = d.queries[size_t(m_patterns.indexOf(QStringLiteral("[cleanup-photos] Deleted X orphaned records")))];
        QCOMPARE(cleanup.numbers.last, double(DemoLogGenerator::Incident::orphansLastCleanup));
        QCOMPARE(cleanup.samples.size(), 1);
        QVERIFY(cleanup.samples.first().message.contains(QStringLiteral("Deleted 120")));
    }

    void deterministic()
    {
        QTemporaryDir other;
        DemoLogOptions o;
        o.end = kEnd;
        QVERIFY(DemoLogGenerator::write(other.path(), o));
        QCOMPARE(readFile(other.filePath(QStringLiteral("logs/app.ndjson"))), readFile(m_logs));
        o.seed = 7;
        QVERIFY(DemoLogGenerator::write(other.path(), o));
        QVERIFY(readFile(other.filePath(QStringLiteral("logs/app.ndjson"))) != readFile(m_logs));
    }

    void gzipAndRotationGiveTheSameCounts()
    {
        const QByteArray all = readFile(m_logs);
        const LogResult plain = scan(m_logs);
        const QString gz = m_dir.filePath(QStringLiteral("app.ndjson.gz"));
        writeFile(gz, gzip(all));
        const LogResult fromGz = scan(gz);
        QVERIFY(fromGz.errors.isEmpty());
        QCOMPARE(fromGz.scanned, plain.scanned);
        for (size_t q = 0; q < plain.queries.size(); ++q)
            QCOMPARE(fromGz.queries[q].buckets, plain.queries[q].buckets);

        // Rotated: app.log.2.gz (oldest), app.log.1, app.log.
        QDir(m_dir.path()).mkdir(QStringLiteral("rotated"));
        const qsizetype a = all.indexOf('\n', all.size() / 3) + 1, b = all.indexOf('\n', 2 * all.size() / 3) + 1;
        writeFile(m_dir.filePath(QStringLiteral("rotated/app.log.2.gz")), gzip(all.left(a)));
        writeFile(m_dir.filePath(QStringLiteral("rotated/app.log.1")), all.mid(a, b - a));
        writeFile(m_dir.filePath(QStringLiteral("rotated/app.log")), all.mid(b));
        const LogResult rotated = scan(m_dir.filePath(QStringLiteral("rotated")));
        QVERIFY(rotated.errors.isEmpty());
        QCOMPARE(rotated.scanned, plain.scanned);
        for (size_t q = 0; q < plain.queries.size(); ++q)
            QCOMPARE(rotated.queries[q].buckets, plain.queries[q].buckets);
    }

    void truncatedGzipIsPartialWithTheOffset()
    {
        const QByteArray z = gzip(readFile(m_logs));
        const QString path = m_dir.filePath(QStringLiteral("cut.ndjson.gz"));
        writeFile(path, z.left(z.size() / 2));
        const LogResult r = scan(path);
        QVERIFY(r.partial);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().contains(QStringLiteral("truncated at compressed offset")), qPrintable(r.errors.first()));
        const LogResult full = scan(m_logs);
        QVERIFY(r.scanned > 0 && r.scanned < full.scanned);
        for (size_t q = 0; q < full.queries.size(); ++q)
            QVERIFY(r.queries[q].total <= full.queries[q].total);
    }

    void malformedLinesAreSkippedAndReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.ndjson"));
        writeFile(path, "{\"timestamp\":1795860000000,\"message\":\"[upload] Cleaned up previous avatar blobs\"}\n"
                        "{\"timestamp\":1795860001000,\"message\":\"[upload] Cleaned up previous avatar blobs\"\n"
                        "not json but says [upload] Cleaned up previous avatar blobs\n"
                        "{\"timestamp\":\"garbage\",\"message\":\"[upload] Cleaned up previous avatar blobs\"}\n"
                        "{\"timestamp\":\"2026-11-28T10:00:03Z\",\"message\":\"[upload] Cleaned up previous avatar blobs\"}\n");
        LogRequest req = m_request;
        const LogResult r = scan(path, 0, &req);
        QCOMPARE(r.queries[0].total, 2);
        QCOMPARE(r.scanned, 5);
        QCOMPARE(r.skipped, 3);
        QCOMPARE(r.skippedExamples.size(), 3);
        QVERIFY2(r.skippedExamples.at(0).contains(QStringLiteral("bad.ndjson@82: malformed JSON")), qPrintable(r.skippedExamples.at(0))); // the second line starts at byte 82
        QVERIFY(r.skippedExamples.at(2).contains(QStringLiteral("no readable \"timestamp\" field")));
        QVERIFY(!r.partial);
    }

    void plainTextTimeZonesAndBucketEdges()
    {
        // Buckets of 1 h from 10:00Z; [from, to) = [10:00Z, 12:00Z).
        const QString path = m_dir.filePath(QStringLiteral("plain.log"));
        writeFile(path, "2026-11-28T09:59:59.999Z ERROR Failed to process user.created event\n"   // before the window
                        "2026-11-28T10:00:00.000Z ERROR Failed to process user.created event\n"   // first bucket, at its edge
                        "2026-11-28T12:59:59+02:00 [error] Failed to process user.created event\n" // 10:59:59Z
                        "2026-11-28 11:00:00Z error: Failed to process user.created event\n"       // second bucket, at its edge
                        "2026-11-28T07:30:00-04:30 Failed to process user.created event\n"         // 12:00:00Z: excluded
                        "1795867199000 Failed to process user.created event\n");                  // 11:59:59Z epoch ms
        LogRequest req;
        req.fromMs = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
        req.toMs = req.fromMs + 2 * 3'600'000;
        req.queryTexts = {QStringLiteral("x"), QStringLiteral("y")};
        req.queries.push_back(QueryNode::fromRunbookPattern(QStringLiteral("Failed to process user.created event")));
        req.queries.push_back(LogQueryParser_status_error());
        const LogResult r = scan(path, 0, &req);
        QCOMPARE(r.skipped, 0);
        QCOMPARE(r.queries[0].total, 4);
        QCOMPARE(r.queries[0].buckets, (std::vector<qint64>{2, 2}));
        QCOMPARE(r.queries[1].total, 3); // level read from ERROR, [error], error:
    }

    void unalignedWindowBuckets()
    {
        LogRequest req;
        req.fromMs = QDateTime(QDate(2026, 11, 28), QTime(10, 30), Qt::UTC).toMSecsSinceEpoch();
        req.toMs = QDateTime(QDate(2026, 11, 28), QTime(12, 10), Qt::UTC).toMSecsSinceEpoch();
        req.bucketMs = 3'600'000;
        QCOMPARE(req.firstBucketStart(), QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(req.bucketCount(), 3);
    }

    void cancellation()
    {
        std::atomic<bool> cancel{true};
        LogScanEngine engine(m_request);
        const LogResult r = engine.scan(m_logs, cancel);
        QVERIFY(r.cancelled);
        QVERIFY(r.partial);
        QCOMPARE(r.scanned, 0);
    }

    // A line longer than the mapped window (8 MiB) is read whole: the window grows.
    void aLineLongerThanTheWindowIsCounted()
    {
        const QString path = m_dir.filePath(QStringLiteral("long-line.ndjson"));
        // (Built from pieces: moc of Qt 6.4 loses the class after some raw string literals.)
        auto entry = [](const char *time, const QByteArray &pad) {
            QJsonObject o{{QStringLiteral("timestamp"), QString::fromLatin1(time)}, {QStringLiteral("level"), QStringLiteral("error")},
                          {QStringLiteral("message"), QStringLiteral("[cleanup-photos] Blob deletion failed")}};
            if (!pad.isEmpty())
                o.insert(QStringLiteral("pad"), QString::fromLatin1(pad));
            return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        };
        QByteArray data;
        for (int i = 0; i < 3; ++i)
            data += entry("2026-11-28T10:00:01.000Z", {});
        data += entry("2026-11-28T10:00:00.000Z", QByteArray(20 * 1024 * 1024, 'x'));
        data += entry("2026-11-28T10:00:02.000Z", {});
        writeFile(path, data);
        LogRequest req = m_request;
        req.samples = 0;
        const LogResult r = scan(path, 1, &req);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.scanned, 5);
        const qsizetype q = m_patterns.indexOf(QStringLiteral("[cleanup-photos] Blob deletion failed"));
        QVERIFY(q >= 0);
        QCOMPARE(r.queries[size_t(q)].total, 5);
    }

    // A mapped window whose file shrinks under it (copytruncate rotation):
    // reading past the new end gives zeros and says so, instead of SIGBUS.
    void aFileThatShrinksWhileMappedIsNoCrash()
    {
        const QString path = m_dir.filePath(QStringLiteral("shrinks.log"));
        writeFile(path, QByteArray(4 * 1024 * 1024, 'a'));
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR);
        QVERIFY(fd >= 0);
        {
            MappedWindow w;
            QVERIFY(w.map(fd, 0, 4 * 1024 * 1024));
            QCOMPARE(w.data()[0], 'a');
            QVERIFY(!w.shrank());
            QCOMPARE(::ftruncate(fd, 8192), 0);
            QCOMPARE(w.data()[4096], 'a');              // still in the file
            QCOMPARE(w.data()[3 * 1024 * 1024], '\0');  // past its new end: a zero page, no SIGBUS
            QVERIFY(w.shrank());
        }
        ::close(fd);
        // The scan of a file truncated while it runs: no crash; either the whole
        // count (done before the cut) or a partial one that says why.
        const QString big = m_dir.filePath(QStringLiteral("shrinking.ndjson"));
        QFile::remove(big);
        QVERIFY(QFile::copy(m_logs, big));
        for (int round = 0; round < 3; ++round) {
            QFile f(big);
            QVERIFY(f.open(QIODevice::ReadWrite));
            while (f.size() < 96LL * 1024 * 1024) {
                QFile src(m_logs);
                QVERIFY(src.open(QIODevice::ReadOnly));
                f.seek(f.size());
                f.write(src.readAll());
            }
            f.close();
            std::atomic<bool> cancel{false};
            LogScanEngine engine(m_request);
            std::thread cutter([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(2 + 3 * round));
                QFile::resize(big, 1024 * 1024);
            });
            const LogResult r = engine.scan(big, cancel);
            cutter.join();
            qInfo("round %d: %s", round, r.partial ? "cut while scanning, partial" : "scanned before the cut");
            if (r.partial)
                QVERIFY2(r.errors.join(QLatin1Char('\n')).contains(QStringLiteral("shrank")), qPrintable(r.errors.join(QLatin1Char('\n'))));
        }
    }

    void missingPathIsAnError()
    {
        const LogResult r = scan(m_dir.filePath(QStringLiteral("nope.log")));
        QVERIFY(r.partial);
        QVERIFY(r.errors.first().contains(QStringLiteral("no such file or directory")));
    }

    void asyncSourceReportsProgressAndFinishes()
    {
        auto src = LogSource::create(QStringLiteral("file:") + m_logs);
        QVERIFY(src);
        QSignalSpy finished(src->get(), &LogSource::finished);
        QList<std::pair<qint64, qint64>> progress;
        connect(src->get(), &LogSource::progress, this, [&](qint64 done, qint64 total) { progress.append({done, total}); });
        src->get()->start(m_request);
        QVERIFY(src->get()->isRunning());
        QVERIFY(finished.wait(20000));
        // Progress in bytes of the file, never backwards, ending at the whole file before the result.
        QVERIFY(!progress.isEmpty());
        const qint64 size = QFileInfo(m_logs).size();
        for (qsizetype i = 0; i < progress.size(); ++i) {
            QCOMPARE(progress.at(i).second, size);
            QVERIFY(progress.at(i).first <= size);
            if (i > 0)
                QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
        }
        QCOMPARE(progress.last().first, size);
        const LogResult r = finished.at(0).at(0).value<LogResult>();
        QCOMPARE(r.queries.size(), size_t(13));
        QVERIFY(!src->get()->isRunning());
        QVERIFY(!LogSource::create(QStringLiteral("ftp:x")));
        QVERIFY(!LogSource::create(QStringLiteral("datadog:not a url")));
    }

private:
    static QueryNode LogQueryParser_status_error();
};

#include "logs/LogQueryParser.h"
QueryNode TestLogScanEngine::LogQueryParser_status_error()
{
    return LogQueryParser::parse(QStringLiteral("status:error")).value();
}

QTEST_GUILESS_MAIN(TestLogScanEngine)
#include "tst_logscanengine.moc"
