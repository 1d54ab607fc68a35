// runbook-bench reconcile / blobs: the recovery work at scale, against the
// demo backend's Vercel Blob service on loopback (a child process of its own,
// so the figures here are the client's: the app's core classes as the step
// kinds use them) and a real SQLite file.
//   reconcile: Database Reconciliation over N ready rows — one head per row
//              with in_flight 8, 32 and 64 (heads per second, peak memory),
//              then the UPDATE of the missing rows' ids (preview and run, one
//              transaction, one prepared statement with bound ids).
//   blobs:     Manual Blob Cleanup's orphan check over N blobs — the
//              references streamed from the database, the listing paged by
//              cursor and checked page by page.
#include "FaultInjector.h"
#include "ScanOnce.h"
#include "VercelBlobFake.h"
#include "actions/BlobCleanup.h"
#include "actions/MissingBlobs.h"
#include "connectors/SqlRunner.h"
#include "connectors/VercelBlobClient.h"
#include "secrets/ActionTokens.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHttpServer>
#include <QProcess>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace {
const QString kToken = QStringLiteral("vercel_blob_rw_benchstore_0123456789abcdef");
const QString kBase = QStringLiteral("https://benchstore.public.blob.vercel-storage.com/");

QString pathOf(qint64 i)
{
    return QStringLiteral("avatars/users/u%1-ph%2.png").arg(i, 7, 10, QLatin1Char('0')).arg(i);
}

// The peak from here on (Linux: writing 5 to clear_refs resets VmHWM to the current RSS).
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double mib(qint64 kb)
{
    return double(kb) / 1024.0;
}

// Child: the blob store with blobs 0..count-1, but not those with i % skip == 0 (skip > 0).
int serveBlobs(qint64 count, qint64 skip)
{
    FaultInjector faults;
    VercelBlobFake fake(faults);
    std::vector<VercelBlobFake::Blob> blobs;
    blobs.reserve(size_t(count));
    for (qint64 i = 0; i < count; ++i)
        if (skip <= 0 || i % skip != 0)
            blobs.push_back({pathOf(i), kBase + pathOf(i).mid(8), 20'000 + i % 5000, QStringLiteral("2026-11-30T10:00:00.000Z")});
    fake.setBlobs(std::move(blobs));
    fake.setToken(kToken);
    QHttpServer server;
    fake.addRoutes(server);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        return 1;
    std::printf("%u\n", unsigned(port));
    std::fflush(stdout);
    // Until the parent closes our stdin.
    QSocketNotifier stdinGone(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinGone, &QSocketNotifier::activated, qApp, [] {
        char buf[64];
        if (::read(STDIN_FILENO, buf, sizeof buf) <= 0)
            qApp->quit();
    });
    return qApp->exec();
}

struct Server
{
    QProcess process;
    quint16 port = 0;
    bool start(qint64 count, qint64 skip)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("serve-blobs"), QString::number(count), QString::number(skip)});
        if (!process.waitForStarted(10'000))
            return false;
        while (process.state() == QProcess::Running && !process.canReadLine())
            process.waitForReadyRead(1000);
        port = quint16(process.readLine().trimmed().toUInt());
        return port != 0;
    }
    ~Server()
    {
        process.closeWriteChannel();
        if (!process.waitForFinished(5000))
            process.kill();
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api/blob").arg(port)); }
};

// profile_photos with `rows` ready photos (blob i for row i) and a few that are
// uploading (no blob); `unreferencedEvery` > 0 leaves row i out when i % it == 0.
QString makeDatabase(const QString &path, qint64 rows, qint64 unreferencedEvery)
{
    QFile::remove(path);
    const QString name = QStringLiteral("bench-make");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("CREATE TABLE profile_photos (id text primary key, user_id text, status text check (status in "
                              "('uploading','processing','ready','failed')), blob_url text, created_at text, updated_at text)"));
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO profile_photos VALUES (?, ?, ?, ?, '2026-11-30T10:00:00Z', '2026-11-30T10:00:00Z')"));
        for (qint64 i = 0; i < rows; ++i) {
            if (unreferencedEvery > 0 && i % unreferencedEvery == 0)
                continue;
            q.addBindValue(QStringLiteral("ph_%1").arg(i, 7, 10, QLatin1Char('0')));
            q.addBindValue(QStringLiteral("u%1").arg(i, 7, 10, QLatin1Char('0')));
            q.addBindValue(QStringLiteral("ready"));
            q.addBindValue(kBase + pathOf(i).mid(8));
            if (!q.exec()) {
                error = q.lastError().text();
                break;
            }
        }
        for (int i = 0; i < 20 && error.isEmpty(); ++i)
            if (!q.exec(QStringLiteral("INSERT INTO profile_photos VALUES ('up_%1', 'u', 'uploading', NULL, '', '')").arg(i)))
                error = q.lastError().text();
        if (!db.commit() && error.isEmpty())
            error = db.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

HttpRequester::Policy benchPolicy()
{
    HttpRequester::Policy p;
    p.maxRetries = 0; // a failure is a failure here, not a retry that hides it
    return p;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
} // namespace

int serveBlobsMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 64;
    return serveBlobs(QByteArray(argv[2]).toLongLong(), QByteArray(argv[3]).toLongLong());
}

int reconcileBench(const QString &dir, qint64 rows, const QList<int> &inFlights)
{
    QDir().mkpath(dir);
    const QString dbPath = dir + QStringLiteral("/reconcile.sqlite");
    const qint64 missingEvery = 10; // a tenth of the blobs are gone: 10,000 ids at 100,000 rows
    if (const QString e = makeDatabase(dbPath, rows, 0); !e.isEmpty()) {
        out() << "reconcile: cannot make " << dbPath << ": " << e << Qt::endl;
        return 1;
    }
    Server server;
    if (!server.start(rows, missingEvery)) {
        out() << "reconcile: the blob service did not start" << Qt::endl;
        return 1;
    }
    SqlTarget db{QStringLiteral("QSQLITE"), dbPath, {}, 0, {}, {}, {}};
    const QString select = QStringLiteral("SELECT * FROM profile_photos WHERE status = 'ready' AND blob_url IS NOT NULL");
    out() << "\nreconcile: Database Reconciliation over " << rows << " ready rows (SQLite), one head per row against the demo Vercel Blob service on loopback\n";
    SqlTable lastMissing;
    for (const int inFlight : inFlights) {
        VercelBlobClient client(server.url(), kToken, benchPolicy());
        MissingBlobs check(&client);
        QEventLoop loop;
        QString failure;
        int progressSignals = 0;
        QObject::connect(&check, &MissingBlobs::finished, &loop, [&](const SqlTable &t) { lastMissing = t; loop.quit(); });
        QObject::connect(&check, &MissingBlobs::failed, &loop, [&](const QString &e) { failure = e; loop.quit(); });
        QObject::connect(&check, &MissingBlobs::progress, &loop, [&](int, int) { ++progressSignals; });
        resetPeak();
        const qint64 before = ScanBench::statusKb("VmRSS:");
        QElapsedTimer t;
        t.start();
        check.check(db, select, QStringLiteral("blob_url"), inFlight);
        loop.exec();
        const double s = double(t.nsecsElapsed()) / 1e9;
        if (!failure.isEmpty()) {
            out() << "  in_flight " << inFlight << ": FAILED " << failure << Qt::endl;
            return 1;
        }
        out() << QStringLiteral("  in_flight %1  %2 s  %3 heads/s  %4 missing  peak RSS +%5 MiB (%6 MiB)  %7 progress signals\n")
                     .arg(inFlight, 2).arg(s, 0, 'f', 2).arg(double(rows) / s, 0, 'f', 0).arg(lastMissing.rows.size())
                     .arg(mib(ScanBench::statusKb("VmHWM:") - before), 0, 'f', 1).arg(mib(ScanBench::statusKb("VmHWM:")), 0, 'f', 1).arg(progressSignals)
              << Qt::flush;
    }
    if (lastMissing.rows.size() != rows / missingEvery + (rows % missingEvery ? 1 : 0)) {
        out() << "  wrong number of missing rows: " << lastMissing.rows.size() << Qt::endl;
        return 1;
    }
    // Step 3: the missing rows' ids → failed, in one transaction.
    const int idColumn = int(lastMissing.columns.indexOf(QStringLiteral("id")));
    SqlAction action{QStringLiteral("database-reconciliation/step-3"), QStringLiteral("UPDATE profile_photos SET status = 'failed' WHERE id = :id"), {}};
    for (const QVariantList &r : lastMissing.rows)
        action.parameterSets.append(QVariantMap{{QStringLiteral("id"), r.value(idColumn)}});
    ActionTokens::setFolderForTesting(dir + QStringLiteral("/tokens")); // the bench's own key, not the user's
    SqlRunner runner(db);
    if (Status s = runner.open(); !s) {
        out() << "  " << s.error() << Qt::endl;
        return 1;
    }
    resetPeak();
    const qint64 before = ScanBench::statusKb("VmRSS:");
    QElapsedTimer t;
    t.start();
    const auto preview = runner.preview(action);
    const double previewS = double(t.nsecsElapsed()) / 1e9;
    if (!preview) {
        out() << "  preview failed: " << preview.error() << Qt::endl;
        return 1;
    }
    t.restart();
    const auto done = runner.run(action, preview->token);
    const double runS = double(t.nsecsElapsed()) / 1e9;
    if (!done) {
        out() << "  run failed: " << done.error() << Qt::endl;
        return 1;
    }
    const auto failed = runner.probe(QStringLiteral("SELECT count(*) FROM profile_photos WHERE status = 'failed'"));
    out() << QStringLiteral("  UPDATE of %1 ids (one prepared statement, ids bound, one transaction): preview %2 s, run %3 s "
                            "(the preview again inside the transaction, then the updates); %4 rows now failed; peak RSS +%5 MiB\n")
                 .arg(action.parameterSets.size()).arg(previewS, 0, 'f', 2).arg(runS, 0, 'f', 2)
                 .arg(failed ? failed->rows.value(0).value(0).toString() : failed.error())
                 .arg(mib(ScanBench::statusKb("VmHWM:") - before), 0, 'f', 1)
          << Qt::flush;
    return done->rowsAffected == action.parameterSets.size() ? 0 : 1;
}

int blobsBench(const QString &dir, qint64 count)
{
    QDir().mkpath(dir);
    const QString dbPath = dir + QStringLiteral("/blobs.sqlite");
    const qint64 orphanEvery = 100; // 1 % of the blobs are referenced by no row: 10,000 at 1,000,000
    if (const QString e = makeDatabase(dbPath, count, orphanEvery); !e.isEmpty()) {
        out() << "blobs: cannot make " << dbPath << ": " << e << Qt::endl;
        return 1;
    }
    Server server;
    if (!server.start(count, 0)) {
        out() << "blobs: the blob service did not start" << Qt::endl;
        return 1;
    }
    VercelBlobClient client(server.url(), kToken, benchPolicy());
    BlobCleanup cleanup(&client, SqlTarget{QStringLiteral("QSQLITE"), dbPath, {}, 0, {}, {}, {}});
    QEventLoop loop;
    QString failure;
    QList<BlobInfo> orphans;
    QObject::connect(&cleanup, &BlobCleanup::orphansFound, &loop, [&](const QList<BlobInfo> &o) { orphans = o; loop.quit(); });
    QObject::connect(&cleanup, &BlobCleanup::failed, &loop, [&](const QString &e) { failure = e; loop.quit(); });
    resetPeak();
    const qint64 before = ScanBench::statusKb("VmRSS:");
    QElapsedTimer t;
    t.start();
    cleanup.findOrphans(QStringLiteral("avatars/users/"));
    loop.exec();
    const double s = double(t.nsecsElapsed()) / 1e9;
    out() << "\nblobs: Manual Blob Cleanup's orphan check over " << count << " blobs (pages of 1,000 by cursor) and "
          << (count - (count + orphanEvery - 1) / orphanEvery) << " profile_photos references (SQLite, streamed)\n";
    if (!failure.isEmpty()) {
        out() << "  FAILED " << failure << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("  %1 s  %2 blobs/s listed  %3 listed, %4 orphans  peak RSS +%5 MiB (%6 MiB)\n")
                 .arg(s, 0, 'f', 2).arg(double(cleanup.listed()) / s, 0, 'f', 0).arg(cleanup.listed()).arg(orphans.size())
                 .arg(mib(ScanBench::statusKb("VmHWM:") - before), 0, 'f', 1).arg(mib(ScanBench::statusKb("VmHWM:")), 0, 'f', 1)
          << Qt::flush;
    return orphans.size() == (count + orphanEvery - 1) / orphanEvery && cleanup.listed() == count ? 0 : 1;
}
