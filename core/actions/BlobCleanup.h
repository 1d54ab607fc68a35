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
    // Deletes `orphans` if `token` is the one findOrphans gave for them.
    void deleteOrphans(const QList<BlobInfo> &orphans, const QString &token);
    static QString tokenFor(const QString &actionId, const QList<BlobInfo> &orphans);
    void setActionId(const QString &id) { m_actionId = id; }

Q_SIGNALS:
    void orphansFound(const QList<BlobInfo> &orphans, const QString &token);
    void deleted(int count);
    void progress(int deleted, int total); // after each batch
    void failed(const QString &error);

private:
    VercelBlobClient *m_blobs;
    SqlTarget m_database;
    QString m_actionId;
};
