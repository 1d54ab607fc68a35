#pragma once
// VercelBlobFake: the Vercel Blob API of apis.md — list (prefix, limit,
// cursor), one blob by url, delete by urls — over the demo's blobs.json,
// with the Bearer token it accepts.
#include "base/Result.h"

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <optional>

class FaultInjector;
class QHttpServer;
class QHttpServerRequest;

class VercelBlobFake
{
public:
    explicit VercelBlobFake(FaultInjector &faults);
    void addRoutes(QHttpServer &server);
    static Result<QList<QJsonObject>> readBlobs(const QString &blobsJson);
    void setBlobs(QList<QJsonObject> blobs) { m_blobs = std::move(blobs); }
    // Deletions are written back to this blobs.json (empty: kept in memory only),
    // so a CLI preview and the run after it, in two processes, see one store.
    void setPersistTo(const QString &blobsJson) { m_persistTo = blobsJson; }
    void setToken(const QString &token) { m_blobToken = token; }
    int blobCount() const { return int(m_blobs.size()); }

private:
    std::optional<QHttpServerResponse> auth(const QHttpServerRequest &req) const;
    QHttpServerResponse list(const QHttpServerRequest &req);
    QHttpServerResponse remove(const QHttpServerRequest &req);

    FaultInjector &m_faults;
    QString m_blobToken;
    QList<QJsonObject> m_blobs; // sorted by pathname
    QString m_persistTo;
};
