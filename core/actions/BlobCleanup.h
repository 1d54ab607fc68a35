#pragma once
// BlobCleanup: the Manual Blob Cleanup procedure's logic — the blobs under a
// prefix that no profile_photos.blob_url references (the orphans), a token
// naming exactly that list, and their deletion only with that token. The
// database is read on a worker thread, the blob store over the network;
// results come back as signals in the caller's thread.
#include "connectors/SqlRunner.h"
#include "connectors/VercelBlobClient.h"

class BlobCleanup : public QObject
{
    Q_OBJECT
public:
    BlobCleanup(VercelBlobClient *blobs, SqlTarget database, QObject *parent = nullptr);
    void findOrphans(const QString &prefix);
    // Finds the orphans again — from the blob store and the database, not
    // from what a caller holds — and deletes them only if they are exactly the
    // list whose token this is (a blob referenced since the preview is kept:
    // the list differs, so the run is refused). The token is then used up.
    void deleteOrphans(const QString &prefix, const QString &token);
    static QString digestFor(const QString &actionId, const QList<BlobInfo> &orphans);
    void setActionId(const QString &id) { m_actionId = id; }
    // How many blobs the last scan listed under the prefix.
    qint64 listed() const { return m_listed; }

Q_SIGNALS:
    void orphansFound(const QList<BlobInfo> &orphans); // their token: ActionTokens::issue(digestFor(…))
    void deleted(int count);
    void progress(int deleted, int total); // after each batch
    void failed(const QString &error);

private:
    void scan(const QString &prefix, std::function<void(Result<QList<BlobInfo>>)> done);
    VercelBlobClient *m_blobs;
    SqlTarget m_database;
    QString m_actionId;
    qint64 m_listed = 0;
};
