#pragma once
// VercelBlobClient: the Vercel Blob API as apis.md describes it — list with
// cursor paging, head, delete — with `authorization: Bearer <token>`,
// `x-api-version: 12` and the store id taken from the token. Retries and
// timeouts through HttpRequester; errors {"error":{"code","message"}} become
// messages without the token.
#include "net/HttpRequester.h"
#include "base/Result.h"

#include <QDateTime>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

struct BlobInfo
{
    QString url;
    QString pathname;
    qint64 size = 0;
    QDateTime uploadedAt;
};

class VercelBlobClient : public QObject
{
    Q_OBJECT
public:
    VercelBlobClient(QUrl base, QString token, HttpRequester::Policy policy = {}, QObject *parent = nullptr);
    void setPageSize(int n) { m_pageSize = n; }
    // Heads and deletes at most `n` at once (more than six need more connections).
    void setParallel(int n) { m_http->setParallel(n); }

    using ListDone = std::function<void(Result<QList<BlobInfo>>)>;
    // Every blob under `prefix`, following the cursor page by page (at most `maxBlobs`).
    void listAll(const QString &prefix, ListDone done, int maxBlobs = 100'000);
    // Streamed: every page under `prefix` in turn, as it arrives (`onPage`
    // returns false to stop); nothing is kept here. `done` gets how many blobs
    // were listed, or the failure that ended the listing.
    using PageFn = std::function<bool(const QList<BlobInfo> &page)>;
    void listPages(const QString &prefix, PageFn onPage, std::function<void(Result<qint64>)> done);
    void head(const QString &urlOrPathname, std::function<void(Result<BlobInfo>)> done);
    // Whether the blob is there: false on 404 (not_found), a failure on any other error.
    void exists(const QString &urlOrPathname, std::function<void(Result<bool>)> done);
    // Deletes in batches of `batchSize` (100); `progress(deleted, total)` after each; `done` gets how many were deleted.
    void remove(const QStringList &urls, std::function<void(Result<int>)> done, std::function<void(int, int)> progress = {});
    void setBatchSize(int n) { m_batchSize = std::max(1, n); }
    void cancel() { m_http->cancelAll(); }

    static QString storeIdOf(const QString &token);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    QString errorOf(const HttpResponse &r) const;
    void listPage(const QString &prefix, const QString &cursor, qint64 listed, std::shared_ptr<PageFn> onPage, std::function<void(Result<qint64>)> done);
    void removeBatch(QStringList rest, int deleted, int total, std::function<void(Result<int>)> done, std::function<void(int, int)> progress);

    QUrl m_base;
    QString m_token;
    HttpRequester *m_http;
    int m_pageSize = 1000;
    int m_batchSize = 100;
};
