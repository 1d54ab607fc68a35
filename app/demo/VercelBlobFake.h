#pragma once
// VercelBlobFake: the Vercel Blob API of apis.md — list (prefix, limit,
// cursor), one blob by url, delete by urls — over the demo's blobs.json,
// with the Bearer token it accepts.
#include "base/Result.h"

#include <QHash>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <optional>
#include <vector>

class FaultInjector;
class QHttpServer;
class QHttpServerRequest;

class VercelBlobFake
{
public:
    explicit VercelBlobFake(FaultInjector &faults);
    void addRoutes(QHttpServer &server);
    // One stored blob, compact: a million of them fit in a few hundred MiB.
    struct Blob
    {
        QString pathname;
        QString url;
        qint64 size = 0;
        QString uploadedAt;
    };
    static Result<QList<QJsonObject>> readBlobs(const QString &blobsJson);
    void setBlobs(const QList<QJsonObject> &blobs);
    // Any order; kept sorted by pathname, and indexed by url and pathname.
    void setBlobs(std::vector<Blob> blobs);
    // Deletions are written back to this blobs.json (empty: kept in memory only),
    // so a CLI preview and the run after it, in two processes, see one store.
    void setPersistTo(const QString &blobsJson) { m_persistTo = blobsJson; }
    void setToken(const QString &token) { m_blobToken = token; }
    int blobCount() const { return int(m_blobs.size()); }

private:
    std::optional<QHttpServerResponse> auth(const QHttpServerRequest &req) const;
    QHttpServerResponse list(const QHttpServerRequest &req);
    QHttpServerResponse remove(const QHttpServerRequest &req);
    void reindex();
    static QJsonObject json(const Blob &b);

    FaultInjector &m_faults;
    QString m_blobToken;
    std::vector<Blob> m_blobs; // sorted by pathname
    QHash<QString, qsizetype> m_byName; // url and pathname → index in m_blobs
    QString m_persistTo;
};
