#include "connectors/VercelBlobClient.h"

#include "secrets/Redactor.h"

#include <QJsonArray>
#include <memory>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace {
BlobInfo blobOf(const QJsonObject &o)
{
    BlobInfo b;
    b.url = o.value(QStringLiteral("url")).toString();
    b.pathname = o.value(QStringLiteral("pathname")).toString();
    b.size = qint64(o.value(QStringLiteral("size")).toDouble());
    b.uploadedAt = QDateTime::fromString(o.value(QStringLiteral("uploadedAt")).toString(), Qt::ISODateWithMs);
    return b;
}
} // namespace

VercelBlobClient::VercelBlobClient(QUrl base, QString token, HttpRequester::Policy policy, QObject *parent)
    : QObject(parent), m_base(std::move(base)), m_token(std::move(token)), m_http(new HttpRequester(QStringLiteral("Vercel Blob"), policy, this))
{
    Redactor::add(m_token);
}

QString VercelBlobClient::storeIdOf(const QString &token)
{
    // vercel_blob_rw_<storeId>_<random>
    const QStringList parts = token.split(QLatin1Char('_'));
    return parts.size() >= 5 && token.startsWith(QStringLiteral("vercel_blob_rw_")) ? parts.at(3) : QString();
}

QNetworkRequest VercelBlobClient::request(const QString &path, const QUrlQuery &query) const
{
    QNetworkRequest r = HttpRequester::bearerRequest(m_base, path, query, m_token, "authorization");
    r.setRawHeader("x-api-version", "12");
    if (const QString store = storeIdOf(m_token); !store.isEmpty())
        r.setRawHeader("x-vercel-blob-store-id", store.toUtf8());
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return r;
}

QString VercelBlobClient::errorOf(const HttpResponse &r) const
{
    const QJsonObject e = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
    if (!e.isEmpty())
        return Redactor::redact(tr("Vercel Blob: %1: %2 (HTTP %3)").arg(e.value(QStringLiteral("code")).toString(), e.value(QStringLiteral("message")).toString()).arg(r.status));
    return r.error;
}

void VercelBlobClient::listAll(const QString &prefix, ListDone done, int maxBlobs)
{
    auto acc = std::make_shared<QList<BlobInfo>>();
    listPages(prefix, [acc, maxBlobs](const QList<BlobInfo> &page) {
        *acc += page;
        return acc->size() < maxBlobs;
    }, [acc, done = std::move(done)](Result<qint64> n) {
        if (!n)
            return done(Result<QList<BlobInfo>>::failure(n.error()));
        done(std::move(*acc));
    });
}

void VercelBlobClient::listPages(const QString &prefix, PageFn onPage, std::function<void(Result<qint64>)> done)
{
    listPage(prefix, {}, 0, std::make_shared<PageFn>(std::move(onPage)), std::move(done));
}

void VercelBlobClient::listPage(const QString &prefix, const QString &cursor, qint64 listed, std::shared_ptr<PageFn> onPage,
                                std::function<void(Result<qint64>)> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("prefix"), prefix);
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    q.addQueryItem(QStringLiteral("mode"), QStringLiteral("expanded"));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), cursor);
    m_http->get(request({}, q), [this, prefix, cursor, listed, onPage, done](const HttpResponse &r) {
        if (!r.ok())
            return done(Result<qint64>::failure(errorOf(r)));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
        if (pe.error != QJsonParseError::NoError)
            return done(Result<qint64>::failure(tr("Vercel Blob: malformed list reply (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset)));
        const QJsonObject o = doc.object();
        const QJsonArray blobs = o.value(QStringLiteral("blobs")).toArray();
        QList<BlobInfo> page;
        page.reserve(blobs.size());
        for (const QJsonValue &v : blobs)
            page.append(blobOf(v.toObject()));
        const qint64 now = listed + page.size();
        if (!(*onPage)(page))
            return done(now);
        const QString next = o.value(QStringLiteral("cursor")).toString();
        if (!o.value(QStringLiteral("hasMore")).toBool() || next.isEmpty())
            return done(now);
        // A store that hands back the same cursor would page forever.
        if (next == cursor)
            return done(Result<qint64>::failure(tr("Vercel Blob: the list reply repeats its cursor; stopped after %1 blobs").arg(now)));
        listPage(prefix, next, now, onPage, done);
    });
}

void VercelBlobClient::head(const QString &urlOrPathname, std::function<void(Result<BlobInfo>)> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("url"), urlOrPathname);
    m_http->get(request({}, q), [this, done](const HttpResponse &r) {
        if (!r.ok())
            return done(Result<BlobInfo>::failure(errorOf(r)));
        done(blobOf(QJsonDocument::fromJson(r.body).object()));
    });
}

void VercelBlobClient::exists(const QString &urlOrPathname, std::function<void(Result<bool>)> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("url"), urlOrPathname);
    m_http->get(request({}, q), [this, done](const HttpResponse &r) {
        if (r.ok())
            return done(true);
        if (r.status == 404)
            return done(false);
        done(Result<bool>::failure(errorOf(r)));
    });
}

void VercelBlobClient::remove(const QStringList &urls, std::function<void(Result<int>)> done, std::function<void(int, int)> progress)
{
    removeBatch(urls, 0, int(urls.size()), std::move(done), std::move(progress));
}

void VercelBlobClient::removeBatch(QStringList rest, int deleted, int total, std::function<void(Result<int>)> done, std::function<void(int, int)> progress)
{
    if (rest.isEmpty())
        return done(deleted);
    const QStringList batch = rest.mid(0, m_batchSize);
    rest = rest.mid(batch.size());
    QNetworkRequest req = request(QStringLiteral("/delete"));
    req.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    m_http->post(req, QJsonDocument(QJsonObject{{QStringLiteral("urls"), QJsonArray::fromStringList(batch)}}).toJson(QJsonDocument::Compact),
                 [this, rest, deleted, total, batch, done, progress](const HttpResponse &r) {
                     if (!r.ok())
                         return done(Result<int>::failure(tr("%1 (after %n deleted)", nullptr, deleted).arg(errorOf(r))));
                     if (progress)
                         progress(deleted + int(batch.size()), total);
                     removeBatch(rest, deleted + int(batch.size()), total, done, progress);
                 });
}
