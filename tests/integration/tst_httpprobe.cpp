// HTTP probes against the demo backend's app routes on 127.0.0.1: the cron
// route with and without the right CRON_SECRET, JSON fields by path, latency
// over several tries, an unreachable and a silent server; and the CLI's
// `probe run` through a wiring.
#include "DemoBackend.h"
#include "DemoDatabase.h"
#include "DemoLogGenerator.h"
#include "FaultInjector.h"
#include "VercelBlobFake.h"
#include "net/HttpProbe.h"
#include "connectors/VercelBlobClient.h"
#include "actions/BlobCleanup.h"
#include "actions/MissingBlobs.h"
#include "connectors/SqlRunner.h"
#include "PreviewToken.h"
#include "../core/FakeKeychain.h"

#include "CliProcess.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

class TestHttpProbe : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DemoBackend m_backend;
    const QString m_secret = QStringLiteral("s3cret-CRON-demo-77");
    const QString m_blobToken = QStringLiteral("vercel_blob_rw_demostore_Zx81kq2");

    HttpProbeResult probe(const QString &path, const QString &bearer, int tries = 1, const QString &base = {}, int timeoutMs = 5000)
    {
        HttpProbe p;
        QSignalSpy done(&p, &HttpProbe::finished);
        p.start({QUrl((base.isEmpty() ? m_backend.baseUrl() : base) + path), "GET", bearer, tries, timeoutMs});
        if (!done.wait(20000))
            return {};
        return done.at(0).at(0).value<HttpProbeResult>();
    }

private Q_SLOTS:
    // The token shown with the blob delete's preview: the flagship's
    // manual-blob-cleanup/step-4 on a wiring against `baseUrl` and the app database `database`.
    static QString blobDeletePreviewToken(const QString &baseUrl, const QString &database)
    {
        return previewToken(QStringLiteral("version: 1\nprofiles:\n  p:\n    connectors:\n"
                                           "      blob: { kind: vercel_blob, base_url: \"%1/api/blob\", token: \"keychain:blob/token\" }\n"
                                           "      db: { kind: sqlite, path: \"%2\" }\n"
                                           "bindings:\n"
                                           "  manual-blob-cleanup/step-3:\n    probe: { type: blob_orphans, connector: blob, prefix: avatars/users/, compare_with: db }\n"
                                           "  manual-blob-cleanup/step-4:\n    action: { type: blob_delete, connector: blob, from: manual-blob-cleanup/step-3, risk: destructive }\n")
                                .arg(baseUrl, database),
                            QStringLiteral("manual-blob-cleanup/step-4"));
    }

    void initTestCase()
    {
        auto keychain = std::make_shared<FakeKeychain>();
        keychain->entries.insert(QStringLiteral("blob/token"), m_blobToken);
        SecretResolver::setKeychain(keychain);
        QVERIFY(DemoDatabase::write(m_dir.path(), QDateTime::currentDateTimeUtc()));
        DemoLogOptions o;
        o.days = 1;
        QVERIFY(DemoLogGenerator::write(m_dir.path(), o));
        QVERIFY(m_backend.loadLogs(m_dir.filePath(QStringLiteral("logs/app.ndjson"))));
        m_backend.setCronSecret(m_secret);
        m_backend.setDatabase(m_dir.filePath(QStringLiteral("app.sqlite")));
        QVERIFY(m_backend.loadBlobs(m_dir.filePath(QStringLiteral("blobs.json"))));
        m_backend.setBlobToken(m_blobToken);
        QVERIFY(m_backend.listen() > 0);
    }

    void cronRouteWithTheRightSecret()
    {
        const HttpProbeResult r = probe(QStringLiteral("/api/cron/cleanup-photos"), m_secret);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.field(QStringLiteral("details.stuckUploading")).toInt(), DemoDatabase::Counts::stuckUploading);
        QCOMPARE(r.field(QStringLiteral("details.stuckProcessing")).toInt(), DemoDatabase::Counts::stuckProcessing);
        QCOMPARE(r.field(QStringLiteral("details.failed")).toInt(), DemoDatabase::Counts::failed);
        QCOMPARE(r.field(QStringLiteral("deleted")).toInt(),
                 DemoDatabase::Counts::stuckUploading + DemoDatabase::Counts::stuckProcessing + DemoDatabase::Counts::failed);
        QCOMPARE(r.field(QStringLiteral("blobDeletionFailed")).toBool(), false);
        QVERIFY(r.field(QStringLiteral("details.nope")).isUndefined());
        QCOMPARE(r.toJson({QStringLiteral("blobsDeleted")}).value(QStringLiteral("fields")).toObject().value(QStringLiteral("blobsDeleted")).toInt(),
                 DemoDatabase::Counts::stuckProcessing);
    }

    void cronRouteRefusesAWrongSecret()
    {
        QCOMPARE(probe(QStringLiteral("/api/cron/cleanup-photos"), QStringLiteral("wrong")).status, 401);
        QCOMPARE(probe(QStringLiteral("/api/cron/cleanup-photos"), {}).status, 401);
    }

    void callingARouteNeedsItsPreviewToken()
    {
        const QUrl url(m_backend.baseUrl() + QStringLiteral("/api/cron/cleanup-photos"));
        const int before = m_backend.requestCount(QStringLiteral("/api/cron/"));
        const QString step = QStringLiteral("cron-job-health/step-2"), profile = QStringLiteral("demo");
        // No token, a made-up one, another step's, another profile's, another route's.
        for (const QString &token : {QString(), QStringLiteral("0123456789abcdef"), HttpProbe::callToken(QStringLiteral("other/step"), profile, url),
                                     HttpProbe::callToken(step, QStringLiteral("production"), url),
                                     HttpProbe::callToken(step, profile, QUrl(m_backend.baseUrl() + QStringLiteral("/api/cron/billing-reconciliation")))}) {
            HttpProbe p;
            QSignalSpy done(&p, &HttpProbe::finished);
            p.call({url, "GET", m_secret, 1, 5000}, step, profile, token);
            QVERIFY(done.wait(5000));
            QVERIFY(done.at(0).at(0).value<HttpProbeResult>().error.startsWith(QStringLiteral("refused")));
        }
        QCOMPARE(m_backend.requestCount(QStringLiteral("/api/cron/")), before); // nothing was called
        HttpProbe p;
        QSignalSpy done(&p, &HttpProbe::finished);
        p.call({url, "GET", m_secret, 1, 5000}, step, profile, HttpProbe::callToken(step, profile, url));
        QVERIFY(done.wait(5000));
        QCOMPARE(done.at(0).at(0).value<HttpProbeResult>().status, 200);
        QCOMPARE(m_backend.requestCount(QStringLiteral("/api/cron/")), before + 1);
    }

    void latencyOverSeveralTries()
    {
        const HttpProbeResult r = probe(QStringLiteral("/api/social-links"), {}, 5);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.latenciesMs.size(), 5);
        QVERIFY(r.medianMs <= r.worstMs);
        QCOMPARE(r.worstMs, *std::max_element(r.latenciesMs.begin(), r.latenciesMs.end()));
    }

    void unreachableAndSilentServers()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        HttpProbeResult r = probe(QStringLiteral("/x"), {}, 1, QStringLiteral("http://127.0.0.1:%1").arg(port));
        QCOMPARE(r.status, 0);
        QVERIFY(!r.error.isEmpty());

        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held.append(s);
        });
        QElapsedTimer t;
        t.start();
        r = probe(QStringLiteral("/x"), m_secret, 1, QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), 300);
        QVERIFY(t.elapsed() < 5000);
        QVERIFY2(r.error.contains(QStringLiteral("no answer within 0.3 s")), qPrintable(r.error));
        QVERIFY(!r.error.contains(m_secret));
        qDeleteAll(held);
    }

    void blobClientPagesHeadsAndRetries()
    {
        VercelBlobClient client(QUrl(m_backend.baseUrl() + QStringLiteral("/api/blob")), m_blobToken, {5000, 2, 3000, 50});
        QCOMPARE(VercelBlobClient::storeIdOf(m_blobToken), QStringLiteral("demostore"));
        client.setPageSize(7);
        const int before = m_backend.requestCount(QStringLiteral("/api/blob"));
        Result<QList<BlobInfo>> all = Result<QList<BlobInfo>>::failure(QString());
        bool done = false;
        client.listAll(QStringLiteral("avatars/users/"), [&](Result<QList<BlobInfo>> r) { all = r; done = true; });
        QTRY_VERIFY(done);
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(all->size(), m_backend.blobCount());
        QCOMPARE(m_backend.requestCount(QStringLiteral("/api/blob")) - before, (m_backend.blobCount() + 6) / 7);
        done = false;
        Result<BlobInfo> head = Result<BlobInfo>::failure(QString());
        client.head(QStringLiteral("avatars/users/missing.png"), [&](Result<BlobInfo> r) { head = r; done = true; });
        QTRY_VERIFY(done);
        QVERIFY(head.error().contains(QStringLiteral("not_found")));
        // 429 with retry-after: waits, then succeeds.
        DemoBackend::Fault f;
        f.status = 429;
        f.body = R"({"error":{"code":"rate_limited","message":"Too many requests"}})";
        f.headers = {{"retry-after", "1"}};
        m_backend.injectFault(QStringLiteral("/api/blob"), f);
        QElapsedTimer t;
        t.start();
        done = false;
        client.setPageSize(1000);
        client.listAll(QStringLiteral("avatars/users/"), [&](Result<QList<BlobInfo>> r) { all = r; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(all);
        QVERIFY(t.elapsed() >= 950);
        // A wrong token: the service's own message, never the token.
        VercelBlobClient wrong(QUrl(m_backend.baseUrl() + QStringLiteral("/api/blob")), QStringLiteral("vercel_blob_rw_x_wrongtoken99"));
        done = false;
        wrong.listAll({}, [&](Result<QList<BlobInfo>> r) { all = r; done = true; });
        QTRY_VERIFY(done);
        QVERIFY(all.error().startsWith(QStringLiteral("Vercel Blob: forbidden")));
        QVERIFY(!all.error().contains(QStringLiteral("wrongtoken99")));
    }

    // Batched deletes report progress; every fault of the blob store and the
    // cron route gives a clear message and leaves the store as it was.
    void blobCleanupReestablishesThePreviewAtRunTime()
    {
        // A blob an app row starts referencing between the preview and the run
        // is kept: the run finds the orphans again, they are not the previewed
        // list, and the token is refused; nothing is deleted.
        QTemporaryDir dir;
        QVERIFY(DemoDatabase::write(dir.path(), QDateTime::currentDateTimeUtc()));
        DemoBackend backend;
        QVERIFY(backend.loadBlobs(dir.filePath(QStringLiteral("blobs.json"))));
        backend.setBlobToken(m_blobToken);
        QVERIFY(backend.listen() > 0);
        VercelBlobClient client(QUrl(backend.baseUrl() + QStringLiteral("/api/blob")), m_blobToken, {5000, 1, 2000, 20});
        SqlTarget db;
        db.driver = QStringLiteral("QSQLITE");
        db.database = dir.filePath(QStringLiteral("app.sqlite"));
        BlobCleanup cleanup(&client, db);
        cleanup.setActionId(QStringLiteral("manual-blob-cleanup/step-4"));
        QList<BlobInfo> orphans;
        QString token, error;
        int deleted = -1;
        bool found = false;
        connect(&cleanup, &BlobCleanup::orphansFound, this, [&](const QList<BlobInfo> &o) {
            orphans = o;
            found = true;
        });
        connect(&cleanup, &BlobCleanup::failed, this, [&](const QString &e) { error = e; });
        connect(&cleanup, &BlobCleanup::deleted, this, [&](int n) { deleted = n; });
        cleanup.findOrphans(QStringLiteral("avatars/users/"));
        QTRY_VERIFY(found);
        token = blobDeletePreviewToken(backend.baseUrl(), db.database);
        QVERIFY(!token.isEmpty());
        QCOMPARE(orphans.size(), DemoDatabase::Counts::orphanBlobs);
        const int before = backend.blobCount();
        {
            SqlRunner w(db);
            QVERIFY(w.open());
            const SqlAction insert{QStringLiteral("t"), QStringLiteral("UPDATE profile_photos SET blob_url = :url WHERE id = (SELECT id FROM profile_photos WHERE status = 'failed' LIMIT 1)"),
                                   {{{QStringLiteral("url"), orphans.first().url}}}};
            const auto p = w.preview(insert);
            QVERIFY2(p, qPrintable(p ? QString() : p.error()));
            QVERIFY(w.run(insert, p->token));
        }
        cleanup.deleteOrphans(QStringLiteral("avatars/users/"), token);
        QTRY_VERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("not the list that was previewed")), qPrintable(error));
        QCOMPARE(deleted, -1);
        QCOMPARE(backend.blobCount(), before);
        // Previewed again: the others go, the referenced one stays.
        const QString kept = orphans.first().url;
        found = false;
        error.clear();
        cleanup.findOrphans(QStringLiteral("avatars/users/"));
        QTRY_VERIFY(found);
        token = blobDeletePreviewToken(backend.baseUrl(), db.database);
        QVERIFY(!token.isEmpty());
        QCOMPARE(orphans.size(), DemoDatabase::Counts::orphanBlobs - 1);
        cleanup.deleteOrphans(QStringLiteral("avatars/users/"), token);
        QTRY_COMPARE(deleted, DemoDatabase::Counts::orphanBlobs - 1);
        QCOMPARE(backend.blobCount(), before - deleted);
        bool exists = false, answered = false;
        client.exists(kept, [&](Result<bool> r) { exists = r && r.value(); answered = true; });
        QTRY_VERIFY(answered);
        QVERIFY(exists);
        // The used token does not delete again.
        error.clear();
        cleanup.deleteOrphans(QStringLiteral("avatars/users/"), token);
        QTRY_VERIFY(!error.isEmpty());
        QVERIFY(error.contains(QStringLiteral("refused")));
    }

    void blobDeleteBatchesAndFaults()
    {
        DemoBackend backend;
        QVERIFY(backend.loadBlobs(m_dir.filePath(QStringLiteral("blobs.json"))));
        backend.setBlobToken(m_blobToken);
        backend.setCronSecret(m_secret);
        QVERIFY(backend.listen() > 0);
        VercelBlobClient client(QUrl(backend.baseUrl() + QStringLiteral("/api/blob")), m_blobToken, {400, 1, 2000, 20});
        Result<QList<BlobInfo>> all = Result<QList<BlobInfo>>::failure(QString());
        bool done = false;
        client.listAll(QStringLiteral("avatars/users/"), [&](Result<QList<BlobInfo>> r) { all = r; done = true; });
        QTRY_VERIFY(done);
        QStringList five;
        for (const BlobInfo &b : all->mid(0, 5))
            five.append(b.url);
        const int before = backend.blobCount();
        client.setBatchSize(2);
        QList<std::pair<int, int>> progress;
        Result<int> deleted = Result<int>::failure(QString());
        done = false;
        client.remove(five, [&](Result<int> r) { deleted = r; done = true; }, [&](int n, int total) { progress.append({n, total}); });
        QTRY_VERIFY(done);
        QCOMPARE(deleted.value(), 5);
        QCOMPARE(progress, (QList<std::pair<int, int>>{{2, 5}, {4, 5}, {5, 5}}));
        QCOMPARE(backend.blobCount(), before - 5);
        QCOMPARE(backend.requestCount(QStringLiteral("/api/blob/delete")), 3);
        QVERIFY(backend.postsWithoutIdempotencyKey().isEmpty());

        const struct
        {
            const char *path;
            int status;
            QByteArray body;
            int times;
            int delayMs;
            QString expected;
        } faults[] = {
            {"/api/blob", 500, R"({"error":{"code":"service_unavailable","message":"Try again later"}})", 2, 0, QStringLiteral("Vercel Blob: service_unavailable: Try again later (HTTP 500)")},
            {"/api/blob", 404, R"({"error":{"code":"store_not_found","message":"This store does not exist"}})", 1, 0, QStringLiteral("Vercel Blob: store_not_found: This store does not exist (HTTP 404)")},
            {"/api/blob", 200, R"({"blobs":[{"url":)", 1, 0, QStringLiteral("Vercel Blob: malformed list reply")},
            {"/api/blob", 0, QByteArray(), 2, 1500, QStringLiteral("no answer within 0.4 s")},
        };
        for (const auto &f : faults) {
            DemoBackend::Fault fault;
            fault.status = f.status;
            fault.body = f.body;
            fault.times = f.times;
            fault.delayMs = f.delayMs;
            backend.injectFault(QLatin1String(f.path), fault);
            done = false;
            client.listAll(QStringLiteral("avatars/users/"), [&](Result<QList<BlobInfo>> r) { all = r; done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
            QVERIFY2(all.error().contains(f.expected), qPrintable(all.error()));
            QVERIFY(!all.error().contains(m_blobToken));
        }
        // A delete that fails half-way says how far it got.
        DemoBackend::Fault broken;
        broken.status = 500;
        broken.body = R"({"error":{"code":"service_unavailable","message":"down"}})";
        broken.times = 2;
        done = false;
        client.listAll(QStringLiteral("avatars/users/"), [&](Result<QList<BlobInfo>> r) { all = r; done = true; });
        QTRY_VERIFY(done);
        QStringList four;
        for (const BlobInfo &b : all->mid(0, 4))
            four.append(b.url);
        const int beforeFailing = backend.blobCount();
        done = false;
        client.remove(four.mid(0, 2), [&](Result<int> r) { deleted = r; done = true; });
        QTRY_VERIFY(done);
        backend.injectFault(QStringLiteral("/api/blob/delete"), broken);
        done = false;
        client.remove(four.mid(2), [&](Result<int> r) { deleted = r; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(deleted.error().contains(QStringLiteral("service_unavailable")) && deleted.error().contains(QStringLiteral("after 0 deleted")), qPrintable(deleted.error()));
        QCOMPARE(backend.blobCount(), beforeFailing - 2);
        // The cron route: a slow answer times out; a 500 is reported with its status.
        DemoBackend::Fault slow;
        slow.delayMs = 1500;
        backend.injectFault(QStringLiteral("/api/cron/"), slow);
        HttpProbe p;
        QSignalSpy probeDone(&p, &HttpProbe::finished);
        p.start({QUrl(backend.baseUrl() + QStringLiteral("/api/cron/cleanup-photos")), "GET", m_secret, 1, 300});
        QVERIFY(probeDone.wait(5000));
        QVERIFY(probeDone.at(0).at(0).value<HttpProbeResult>().error.contains(QStringLiteral("no answer within")));
    }

    void resetDemoPutsTheStartingStateBack()
    {
        QTemporaryDir dir;
        // One end for both makings: the data is relative to it (made "now" twice, a
        // cron line can fall on either side of the window — seen once in CI: 62354 vs 62355).
        const QDateTime end = QDateTime::currentDateTimeUtc();
        QVERIFY(DemoBackend::makeDemoData(dir.path(), end));
        DemoBackend backend;
        QVERIFY(backend.serveDemoData(dir.path()));
        backend.setBlobToken(m_blobToken);
        QVERIFY(backend.listen() > 0);
        const int blobs = backend.blobCount();
        const qint64 events = backend.eventCount();
        QVERIFY(blobs > 0 && events > 0);
        // Change the demo: delete two blobs, mark every photo failed.
        VercelBlobClient client(QUrl(backend.baseUrl() + QStringLiteral("/api/blob")), m_blobToken);
        bool done = false;
        client.listAll({}, [&](Result<QList<BlobInfo>> all) {
            QVERIFY(all && all->size() >= 2);
            client.remove({all->at(0).url, all->at(1).url}, [&](Result<int>) { done = true; });
        });
        QTRY_VERIFY(done);
        QCOMPARE(backend.blobCount(), blobs - 2);
        SqlTarget t;
        t.driver = QStringLiteral("QSQLITE");
        t.database = dir.filePath(QStringLiteral("app.sqlite"));
        {
            SqlRunner db(t);
            QVERIFY(db.open());
            const auto before = db.probe(QStringLiteral("SELECT count(*) FROM profile_photos WHERE status = 'ready'"), {});
            QVERIFY(before && before->rows.value(0).value(0).toInt() > 0);
            const SqlAction all{QStringLiteral("t"), QStringLiteral("UPDATE profile_photos SET status = 'failed' WHERE status = 'ready'"), {{}}};
            const auto p = db.preview(all);
            QVERIFY(p);
            QVERIFY(db.run(all, p->token));
        }
        // Reset: the starting state again, served.
        QVERIFY(DemoBackend::makeDemoData(dir.path(), end));
        QVERIFY(backend.serveDemoData(dir.path()));
        QCOMPARE(backend.blobCount(), blobs);
        QCOMPARE(backend.eventCount(), events);
        SqlRunner db(t);
        QVERIFY(db.open());
        QCOMPARE(db.probe(QStringLiteral("SELECT count(*) FROM profile_photos WHERE status = 'ready' AND blob_url IS NOT NULL"), {})->rows.value(0).value(0).toInt(), 40);
    }

    void missingBlobsStopsOnErrorsAndCancels()
    {
        SqlTarget db;
        db.driver = QStringLiteral("QSQLITE");
        db.database = m_dir.filePath(QStringLiteral("app.sqlite"));
        const QString select = QStringLiteral("SELECT id, blob_url FROM profile_photos WHERE blob_url IS NOT NULL");
        // A token the store refuses: an unsure answer marks nothing.
        VercelBlobClient wrong(QUrl(m_backend.baseUrl() + QStringLiteral("/api/blob")), QStringLiteral("vercel_blob_rw_x_wrongtoken99"), {5000, 0, 3000, 50});
        MissingBlobs refused(&wrong);
        QSignalSpy refusedFailed(&refused, &MissingBlobs::failed);
        QSignalSpy refusedFinished(&refused, &MissingBlobs::finished);
        refused.check(db, select, QStringLiteral("blob_url"));
        QTRY_COMPARE(refusedFailed.size(), 1);
        QVERIFY2(refusedFailed.at(0).at(0).toString().contains(QStringLiteral("forbidden")), qPrintable(refusedFailed.at(0).at(0).toString()));
        QVERIFY(!refusedFailed.at(0).at(0).toString().contains(QStringLiteral("wrongtoken99")));
        QCOMPARE(refusedFinished.size(), 0);
        // No such column: a clear message.
        MissingBlobs noColumn(&wrong);
        QSignalSpy noColumnFailed(&noColumn, &MissingBlobs::failed);
        noColumn.check(db, select, QStringLiteral("url"));
        QTRY_COMPARE(noColumnFailed.size(), 1);
        QCOMPARE(noColumnFailed.at(0).at(0).toString(), QStringLiteral("the query has no column url"));
        // Cancel while the heads are in flight: no result, nothing half-reported.
        VercelBlobClient client(QUrl(m_backend.baseUrl() + QStringLiteral("/api/blob")), m_blobToken);
        MissingBlobs check(&client);
        QSignalSpy progress(&check, &MissingBlobs::progress);
        QSignalSpy failed(&check, &MissingBlobs::failed);
        QSignalSpy finished(&check, &MissingBlobs::finished);
        connect(&check, &MissingBlobs::progress, &check, [&check](int done) {
            if (done == 1)
                check.cancel(); // from inside a head's answer, with others in flight
        });
        check.check(db, select, QStringLiteral("blob_url"), 2);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(progress.at(0).at(1).toInt() > 2);
        QCOMPARE(progress.last().at(0).toInt(), 1);
        QVERIFY(failed.at(0).at(0).toString().startsWith(QStringLiteral("cancelled")));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!check.running());
    }

    // Database Reconciliation's heads: never more than in_flight at once, and
    // as many as in_flight asks — also past the six connections Qt opens to
    // one host per manager.
    void missingBlobsKeepsAtMostInFlightHeads()
    {
        SqlTarget db;
        db.driver = QStringLiteral("QSQLITE");
        db.database = m_dir.filePath(QStringLiteral("app.sqlite"));
        const QString select = QStringLiteral("SELECT id, blob_url FROM profile_photos WHERE status = 'ready' AND blob_url IS NOT NULL");
        int ready = 0;
        {
            SqlRunner r(db);
            QVERIFY(r.open());
            ready = int(r.probe(select).value().rows.size());
        }
        QVERIFY2(ready >= 24, qPrintable(QString::number(ready)));
        for (const int inFlight : {8, 24}) {
            DemoBackend backend;
            QVERIFY(backend.loadBlobs(m_dir.filePath(QStringLiteral("blobs.json"))));
            backend.setBlobToken(m_blobToken);
            QVERIFY(backend.listen() > 0);
            DemoBackend::Fault slow;
            slow.delayMs = 400; // every head answers late, so the client's concurrency shows
            slow.times = 1000;
            backend.injectFault(QStringLiteral("/api/blob"), slow);
            VercelBlobClient client(QUrl(backend.baseUrl() + QStringLiteral("/api/blob")), m_blobToken);
            MissingBlobs check(&client);
            QSignalSpy finished(&check, &MissingBlobs::finished);
            check.check(db, select, QStringLiteral("blob_url"), inFlight);
            QVERIFY(finished.wait(30000));
            QCOMPARE(finished.at(0).at(0).value<SqlTable>().rows.size(), DemoDatabase::Counts::readyWithMissingBlob);
            QVERIFY2(backend.maxDelayedInFlight() <= inFlight && backend.maxDelayedInFlight() >= inFlight - 1,
                     qPrintable(QStringLiteral("in_flight %1: %2 at once").arg(inFlight).arg(backend.maxDelayedInFlight())));
        }
    }

    // Manual Blob Cleanup at scale: the listing is streamed page by page to its
    // end (it used to stop at 100,000 blobs and miss every orphan after), the
    // references are streamed from the database, and a page the store repeats
    // forever is an error, not a hang.
    void blobOrphansPastAHundredThousandBlobs()
    {
        constexpr int count = 120'000;
        const QList<int> orphanIds{5, 70'000, 110'000, 119'999};
        const QString base = QStringLiteral("https://demostore.public.blob.vercel-storage.com/");
        auto pathOf = [](int i) { return QStringLiteral("avatars/users/u%1.png").arg(i, 6, 10, QLatin1Char('0')); };
        FaultInjector faults;
        VercelBlobFake fake(faults);
        std::vector<VercelBlobFake::Blob> blobs;
        for (int i = count - 1; i >= 0; --i) // any order: the store sorts by pathname
            blobs.push_back({pathOf(i), base + pathOf(i).mid(8), 1000, QStringLiteral("2026-11-30T10:00:00.000Z")});
        blobs.push_back({QStringLiteral("other/u1.png"), base + QStringLiteral("other/u1.png"), 1, QStringLiteral("2026-11-30T10:00:00.000Z")});
        fake.setBlobs(std::move(blobs));
        fake.setToken(m_blobToken);
        QHttpServer server;
        fake.addRoutes(server);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);

        QTemporaryDir dir;
        SqlTarget db;
        db.driver = QStringLiteral("QSQLITE");
        db.database = dir.filePath(QStringLiteral("app.sqlite"));
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
            c.setDatabaseName(db.database);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE profile_photos (id text primary key, status text, blob_url text)")));
            c.transaction();
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO profile_photos VALUES (?, 'ready', ?)")));
            for (int i = 0; i < count; ++i) {
                if (orphanIds.contains(i))
                    continue;
                q.addBindValue(QString::number(i));
                q.addBindValue(base + pathOf(i).mid(8));
                QVERIFY(q.exec());
            }
            QVERIFY(q.exec(QStringLiteral("INSERT INTO profile_photos VALUES ('n', 'uploading', NULL)")));
            QVERIFY(c.commit());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("make"));

        VercelBlobClient client(QUrl(QStringLiteral("http://127.0.0.1:%1/api/blob").arg(port)), m_blobToken);
        BlobCleanup cleanup(&client, db);
        QSignalSpy found(&cleanup, &BlobCleanup::orphansFound);
        QSignalSpy failed(&cleanup, &BlobCleanup::failed);
        cleanup.findOrphans(QStringLiteral("avatars/users/"));
        QTRY_VERIFY_WITH_TIMEOUT(found.size() + failed.size() == 1, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QStringList urls;
        for (const BlobInfo &b : found.at(0).at(0).value<QList<BlobInfo>>())
            urls.append(b.pathname);
        QStringList want;
        for (int i : orphanIds)
            want.append(pathOf(i));
        QCOMPARE(urls, want);
        QCOMPARE(cleanup.listed(), qint64(count));
        QCOMPARE(faults.requestCount(QStringLiteral("/api/blob")), (count + 999) / 1000);

        // A store whose cursor never moves: stopped with a message.
        QTcpServer stuck;
        QVERIFY(stuck.listen(QHostAddress::LocalHost));
        connect(&stuck, &QTcpServer::newConnection, this, [&stuck] {
            QTcpSocket *s = stuck.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                if (!s->readAll().contains("\r\n\r\n"))
                    return;
                const QByteArray body = R"({"blobs":[{"url":"https://x/a.png","pathname":"a.png","size":1,"uploadedAt":"2026-11-30T10:00:00.000Z"}],"cursor":"MTA=","hasMore":true})";
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
        });
        VercelBlobClient looping(QUrl(QStringLiteral("http://127.0.0.1:%1/api/blob").arg(stuck.serverPort())), m_blobToken);
        Result<qint64> listed = Result<qint64>::failure(QString());
        bool done = false;
        looping.listPages({}, [](const QList<BlobInfo> &) { return true; }, [&](Result<qint64> r) { listed = r; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(listed.error().contains(QStringLiteral("repeats its cursor")), qPrintable(listed.error()));
    }

    // A cron route bound as an action: the preview names the call and calls
    // nothing; the run needs its token, leaves intent and outcome, and shows the JSON.
    void cliCronRouteAction()
    {
        const QString runbook = flagshipWithWiring(m_dir.path(), QStringLiteral("cron"), QStringLiteral("version: 1\nprofiles:\n  t:\n    connectors:\n      app: { kind: http, base_url: \"%1\", bearer: env:CRON_SECRET }\n"
                               "bindings:\n  cron-job-health/step-2:\n    action: { type: http_status, connector: app, path: /api/cron/cleanup-photos, "
                               "path_prefix: /api/cron/, expect: \"200\", unauthorized: \"401\", risk: write }\n")
                                                   .arg(m_backend.baseUrl()));
        QVERIFY(!runbook.isEmpty());
        const QString store = m_dir.filePath(QStringLiteral("cron-incidents.sqlite"));
        auto cli = [&](QStringList args, QString &out, QString &err) {
            const CliOutput r = runCli(args, {{QStringLiteral("CRON_SECRET"), m_secret}});
            out = r.out;
            err = r.err;
            return r.code;
        };
        const QStringList rb{QStringLiteral("--runbook"), runbook};
        const QString id = QStringLiteral("cron-job-health/step-2");
        QString out, err;
        const int before = m_backend.requestCount(QStringLiteral("/api/cron/"));
        QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("preview"), id, QStringLiteral("--json")} + rb, out, err), 0);
        const QJsonObject preview = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(preview.value(QStringLiteral("url")).toString(), m_backend.baseUrl() + QStringLiteral("/api/cron/cleanup-photos"));
        QCOMPARE(m_backend.requestCount(QStringLiteral("/api/cron/")), before); // a preview calls nothing
        QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("run"), id} + rb, out, err), 3);
        QCOMPARE(m_backend.requestCount(QStringLiteral("/api/cron/")), before);
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("new"), runbook, QStringLiteral("--store"), store}, out, err), 0);
        const QString incident = out.trimmed();
        QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("run"), id, QStringLiteral("--confirm"), preview.value(QStringLiteral("token")).toString(),
                                 QStringLiteral("--store"), store, QStringLiteral("--incident"), incident} + rb, out, err), 0);
        QVERIFY2(out.startsWith(QStringLiteral("HTTP 200")), qPrintable(out + err));
        QVERIFY(out.contains(QStringLiteral("\"stuckUploading\": %1").arg(DemoDatabase::Counts::stuckUploading)));
        QCOMPARE(m_backend.requestCount(QStringLiteral("/api/cron/")), before + 1);
        // The token is used up: replaying it (the job would run again) is refused, as is a forged one,
        // and a refused run leaves no "about to run" on the incident's timeline.
        const QString token = preview.value(QStringLiteral("token")).toString();
        QString forged = token;
        forged[forged.size() - 1] = forged.endsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0');
        for (const QString &t : {token, forged, token.section(QLatin1Char('.'), 1)}) {
            QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("run"), id, QStringLiteral("--confirm"), t, QStringLiteral("--store"), store,
                                     QStringLiteral("--incident"), incident} + rb, out, err), 3);
            QVERIFY2(err.contains(QStringLiteral("refused")), qPrintable(err));
        }
        QCOMPARE(m_backend.requestCount(QStringLiteral("/api/cron/")), before + 1);
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("show"), incident, QStringLiteral("--store"), store, QStringLiteral("--json")}, out, err), 0);
        QCOMPARE(out.count(QStringLiteral("About to run")), 1);
        QCOMPARE(out.count(QStringLiteral("\"kind\": \"action.refused\"")), 3); // each refusal is on the timeline as one
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("show"), incident, QStringLiteral("--store"), store, QStringLiteral("--json")}, out, err), 0);
        QVERIFY2(out.contains(QStringLiteral("GET /api/cron/cleanup-photos")) && out.contains(QStringLiteral("HTTP 200")), qPrintable(out));
        // Another cron route by --param path; anything outside /api/cron/ is refused.
        QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("preview"), id, QStringLiteral("--param"), QStringLiteral("path=/api/cron/billing-reconciliation")} + rb, out, err), 0);
        QVERIFY(out.contains(QStringLiteral("/api/cron/billing-reconciliation")));
        QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("preview"), id, QStringLiteral("--param"), QStringLiteral("path=/api/admin/drop")} + rb, out, err), 2);
        QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("preview"), id, QStringLiteral("--param"), QStringLiteral("path=/api/cron/../admin")} + rb, out, err), 2);
        // Percent-encoded dots and separators are judged on the path the
        // server reads: /api/cron/%2e%2e/social-links is /api/social-links,
        // outside the prefix, so no preview, no token, no call with the bearer.
        const int social = m_backend.requestCount(QStringLiteral("/api/social-links"));
        for (const char *sneaky : {"path=/api/cron/%2e%2e/social-links", "path=/api/cron/%2E%2E/social-links", "path=/api/cron/.%2e/social-links",
                                   "path=/api/cron/..%2fsocial-links", "path=/api/cron/%252e%252e/social-links", "path=/api/cron/..%5Csocial-links"}) {
            QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("preview"), id, QStringLiteral("--param"), QLatin1String(sneaky)} + rb, out, err), 2);
            QVERIFY2(!err.contains(m_secret), qPrintable(err));
        }
        QCOMPARE(m_backend.requestCount(QStringLiteral("/api/social-links")), social);
        // Dots that stay under the prefix are resolved: the preview, its token and the call name the same path.
        QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("preview"), id, QStringLiteral("--param"),
                                 QStringLiteral("path=/api/cron/x/../cleanup-photos"), QStringLiteral("--json")} + rb, out, err), 0);
        const QJsonObject resolved = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(resolved.value(QStringLiteral("url")).toString(), m_backend.baseUrl() + QStringLiteral("/api/cron/cleanup-photos"));
        const int cron = m_backend.requestCount(QStringLiteral("/api/cron/cleanup-photos"));
        QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("run"), id, QStringLiteral("--param"), QStringLiteral("path=/api/cron/x/../cleanup-photos"),
                                 QStringLiteral("--confirm"), resolved.value(QStringLiteral("token")).toString()} + rb, out, err), 0);
        QCOMPARE(m_backend.requestCount(QStringLiteral("/api/cron/cleanup-photos")), cron + 1);
    }

    void cliProbeRunThroughAWiring()
    {
        const QString runbook = flagshipWithWiring(m_dir.path(), QStringLiteral("rb"), QStringLiteral("version: 1\nprofiles:\n  t:\n    connectors:\n      app: { kind: http, base_url: \"%1\", bearer: env:CRON_SECRET }\n"
                               "      blob: { kind: vercel_blob, base_url: \"%1/api/blob\", token: env:BLOB_READ_WRITE_TOKEN }\n"
                               "      db: { kind: sqlite, path: \"%2\" }\n"
                               "bindings:\n  cron-job-health/step-2:\n    probe: { type: http_status, connector: app, path: /api/cron/cleanup-photos, "
                               "expect: \"200\", unauthorized: \"401\", fields: [deleted, details.stuckUploading] }\n"
                               "  blob-storage-orphan-prevention/step-2:\n    probe: { type: blob_list, connector: blob, limit: \"1\" }\n"
                               "  manual-blob-cleanup/step-3:\n    probe: { type: blob_orphans, connector: blob, prefix: avatars/users/, compare_with: db }\n"
                               "  manual-blob-cleanup/step-4:\n    action: { type: blob_delete, connector: blob, from: manual-blob-cleanup/step-3, risk: destructive }\n"
                               "  database-reconciliation/step-1:\n    probe: { type: sql, connector: db, sql: \"SELECT * FROM profile_photos WHERE status = 'ready' AND blob_url IS NOT NULL\" }\n"
                               "  database-reconciliation/step-2:\n    probe: { type: blob_head_each, connector: blob, from: database-reconciliation/step-1, column: blob_url, in_flight: \"8\" }\n"
                               "  database-reconciliation/step-3:\n    action: { type: sql, connector: db, sql: \"UPDATE profile_photos SET status = 'failed' WHERE id = :id\", "
                               "ids_from: database-reconciliation/step-2, risk: write }\n")
                    .arg(m_backend.baseUrl(), m_dir.filePath(QStringLiteral("app.sqlite"))));
        QVERIFY(!runbook.isEmpty());
        auto cli = [&](const QString &secret, QString &out, QString &err, QStringList args = {}) {
            if (args.isEmpty())
                args = {QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("cron-job-health/step-2"), QStringLiteral("--json")};
            const CliOutput r = runCli(args + QStringList{QStringLiteral("--runbook"), runbook},
                                       {{QStringLiteral("CRON_SECRET"), secret}, {QStringLiteral("BLOB_READ_WRITE_TOKEN"), m_blobToken}});
            out = r.out;
            err = r.err;
            return r.code;
        };
        QString out, err;
        QCOMPARE(cli(m_secret, out, err), 0);
        const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(o.value(QStringLiteral("fields")).toObject().value(QStringLiteral("details.stuckUploading")).toInt(), DemoDatabase::Counts::stuckUploading);
        QVERIFY(!out.contains(m_secret));
        QCOMPARE(cli(QStringLiteral("not-the-secret"), out, err), 1);
        QVERIFY2(err.contains(QStringLiteral("Expected HTTP 200, got 401: the secret does not match")), qPrintable(err));

        // Database Reconciliation: the ready rows whose blob is gone, then exactly those marked failed.
        const auto count = [&](const QString &where) {
            SqlTarget t;
            t.driver = QStringLiteral("QSQLITE");
            t.database = m_dir.filePath(QStringLiteral("app.sqlite"));
            SqlRunner db(t);
            [&] { QVERIFY(db.open()); }();
            return db.probe(QStringLiteral("SELECT count(*) FROM profile_photos WHERE ") + where, {})->rows.value(0).value(0).toInt();
        };
        const int ready = count(QStringLiteral("status = 'ready' AND blob_url IS NOT NULL"));
        const int failedBefore = count(QStringLiteral("status = 'failed'"));
        const int headsBefore = m_backend.requestCount(QStringLiteral("/api/blob"));
        QCOMPARE(cli(m_secret, out, err, {QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("database-reconciliation/step-2"), QStringLiteral("--json")}), 0);
        QCOMPARE(m_backend.requestCount(QStringLiteral("/api/blob")) - headsBefore, ready); // one head per row
        const QJsonObject missing = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(missing.value(QStringLiteral("rows")).toArray().size(), DemoDatabase::Counts::readyWithMissingBlob);
        const qsizetype idCol = missing.value(QStringLiteral("columns")).toArray().toVariantList().indexOf(QStringLiteral("id"));
        QVERIFY(idCol >= 0);
        QStringList missingIds;
        for (const QJsonValue &r : missing.value(QStringLiteral("rows")).toArray())
            missingIds.append(r.toArray().at(idCol).toVariant().toString());
        QCOMPARE(cli(m_secret, out, err, {QStringLiteral("action"), QStringLiteral("preview"), QStringLiteral("database-reconciliation/step-3"), QStringLiteral("--json")}), 0);
        const QJsonObject preview = QJsonDocument::fromJson(out.toUtf8()).object();
        QStringList previewIds;
        const qsizetype pIdCol = preview.value(QStringLiteral("columns")).toArray().toVariantList().indexOf(QStringLiteral("id"));
        for (const QJsonValue &r : preview.value(QStringLiteral("rows")).toArray())
            previewIds.append(r.toArray().at(pIdCol).toVariant().toString());
        missingIds.sort();
        previewIds.sort();
        QCOMPARE(previewIds, missingIds); // 'xxx' became exactly the ids whose blob is gone
        QCOMPARE(cli(m_secret, out, err, {QStringLiteral("action"), QStringLiteral("run"), QStringLiteral("database-reconciliation/step-3"),
                                          QStringLiteral("--confirm"), preview.value(QStringLiteral("token")).toString()}), 0);
        QVERIFY2(out.contains(QStringLiteral("6 row(s) changed")), qPrintable(out + err));
        QCOMPARE(count(QStringLiteral("status = 'failed'")), failedBefore + DemoDatabase::Counts::readyWithMissingBlob);
        QCOMPARE(count(QStringLiteral("status = 'ready' AND blob_url IS NOT NULL")), ready - DemoDatabase::Counts::readyWithMissingBlob);
        QCOMPARE(cli(m_secret, out, err, {QStringLiteral("action"), QStringLiteral("preview"), QStringLiteral("database-reconciliation/step-3")}), 0);
        QVERIFY(out.contains(QStringLiteral("nothing to do")));

        // Verify BLOB_READ_WRITE_TOKEN: a list with limit 1.
        QCOMPARE(cli(m_secret, out, err, {QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("blob-storage-orphan-prevention/step-2"), QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("valid")).toBool(), true);
        // Manual Blob Cleanup: the orphans are exactly the blobs no photo references.
        QCOMPARE(cli(m_secret, out, err, {QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("manual-blob-cleanup/step-3"), QStringLiteral("--json")}), 0);
        const QJsonArray orphanRows = QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
        QCOMPARE(orphanRows.size(), DemoDatabase::Counts::orphanBlobs);
        for (const QJsonValue &r : orphanRows)
            QVERIFY(r.toArray().at(0).toString().contains(QStringLiteral("gone")));
        QCOMPARE(cli(m_secret, out, err, {QStringLiteral("action"), QStringLiteral("preview"), QStringLiteral("manual-blob-cleanup/step-4"), QStringLiteral("--json")}), 0);
        const QString token = QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());
        const int blobsBefore = m_backend.blobCount();
        QCOMPARE(cli(m_secret, out, err, {QStringLiteral("action"), QStringLiteral("run"), QStringLiteral("manual-blob-cleanup/step-4")}), 3);
        QCOMPARE(m_backend.blobCount(), blobsBefore);
        QCOMPARE(cli(m_secret, out, err, {QStringLiteral("action"), QStringLiteral("run"), QStringLiteral("manual-blob-cleanup/step-4"), QStringLiteral("--confirm"), token}), 0);
        QVERIFY(out.contains(QStringLiteral("9 blob(s) deleted")));
        QCOMPARE(m_backend.blobCount(), blobsBefore - DemoDatabase::Counts::orphanBlobs);
        QCOMPARE(cli(m_secret, out, err, {QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("manual-blob-cleanup/step-3"), QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("rows")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpProbe)
#include "tst_httpprobe.moc"
