#pragma once
// MissingBlobs: Database Reconciliation's step 2 — which rows of a SELECT name
// a blob the store no longer has. The SELECT runs on a worker thread and only
// its URLs are kept; each is then asked for with a head request, at most
// `inFlight` at once, with progress and cancel; the SELECT runs once more and
// keeps the rows whose blob is gone. A row counts as missing only on a 404;
// any other failure stops the check with its message (an unsure answer marks
// nothing).
#include "connectors/SqlRunner.h"
#include "connectors/VercelBlobClient.h"
#include "wiring/Wiring.h"

#include <QElapsedTimer>

// What a blob_head_each step checks: the SELECT (from the SQL probe it names)
// whose rows carry blob URLs, and the store to ask about each.
struct BlobCheck
{
    QUrl blobBase;
    QString token;
    SqlTarget database;
    QString select;
    QString column;
    int inFlight = 8;

    // Resolved on `profile`: the connectors, the token, the database (`vars`
    // expands ${DATA}, ${RUNBOOK_DIR}). For the CLI and the GUI alike.
    static Result<BlobCheck> resolve(const Binding &headEach, const Wiring &wiring, const Profile &profile, const QHash<QString, QString> &vars);
};

class MissingBlobs : public QObject
{
    Q_OBJECT
public:
    explicit MissingBlobs(VercelBlobClient *blobs, QObject *parent = nullptr);
    void check(const SqlTarget &database, const QString &select, const QString &urlColumn, int inFlight = 8);
    void check(const BlobCheck &c) { check(c.database, c.select, c.column, c.inFlight); }
    void cancel();
    bool running() const { return m_running; }
    static constexpr int RowCap = 1'000'000; // rows a check takes at most

Q_SIGNALS:
    void progress(int done, int total);
    // The SELECT's columns, with only the rows whose blob is gone.
    void finished(const SqlTable &missing);
    void failed(const QString &error);

private:
    void launchNext();
    void collectMissing();
    void stop(const QString &error);

    VercelBlobClient *m_blobs;
    SqlTarget m_database;
    QString m_select;
    QString m_urlColumn;
    QStringList m_urls;
    int m_inFlight = 8;
    int m_next = 0;
    int m_active = 0;
    int m_done = 0;
    QList<bool> m_missing;
    bool m_running = false;
    quint64 m_generation = 0;
    QElapsedTimer m_progressClock;
};
