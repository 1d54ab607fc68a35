#include "VercelBlobFake.h"

#include "FaultInjector.h"

#include <QFile>
#include <QSaveFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

VercelBlobFake::VercelBlobFake(FaultInjector &faults) : m_faults(faults)
{
}

void VercelBlobFake::addRoutes(QHttpServer &server)
{
    server.route(QStringLiteral("/api/blob"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) { return m_faults.deliver(list(r)); });
    server.route(QStringLiteral("/api/blob/delete"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) { return m_faults.deliver(remove(r)); });
}

Result<QList<QJsonObject>> VercelBlobFake::readBlobs(const QString &blobsJson)
{
    QFile f(blobsJson);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QList<QJsonObject>>::failure(QStringLiteral("%1: %2").arg(blobsJson, f.errorString()));
    QList<QJsonObject> blobs;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("blobs")).toArray())
        blobs.append(v.toObject());
    std::sort(blobs.begin(), blobs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("pathname")).toString() < b.value(QStringLiteral("pathname")).toString();
    });
    return blobs;
}

void VercelBlobFake::setBlobs(const QList<QJsonObject> &blobs)
{
    std::vector<Blob> all;
    all.reserve(size_t(blobs.size()));
    for (const QJsonObject &o : blobs)
        all.push_back({o.value(QStringLiteral("pathname")).toString(), o.value(QStringLiteral("url")).toString(),
                       qint64(o.value(QStringLiteral("size")).toDouble()), o.value(QStringLiteral("uploadedAt")).toString()});
    setBlobs(std::move(all));
}

void VercelBlobFake::setBlobs(std::vector<Blob> blobs)
{
    std::stable_sort(blobs.begin(), blobs.end(), [](const Blob &a, const Blob &b) { return a.pathname < b.pathname; });
    m_blobs = std::move(blobs);
    reindex();
}

void VercelBlobFake::reindex()
{
    m_byName.clear();
    m_byName.reserve(qsizetype(m_blobs.size()) * 2);
    for (qsizetype i = 0; i < qsizetype(m_blobs.size()); ++i) {
        m_byName.insert(m_blobs[size_t(i)].pathname, i);
        if (!m_blobs[size_t(i)].url.isEmpty())
            m_byName.insert(m_blobs[size_t(i)].url, i);
    }
}

QJsonObject VercelBlobFake::json(const Blob &b)
{
    return QJsonObject{{QStringLiteral("pathname"), b.pathname}, {QStringLiteral("url"), b.url},
                       {QStringLiteral("downloadUrl"), b.url.isEmpty() ? QString() : b.url + QStringLiteral("?download=1")},
                       {QStringLiteral("size"), double(b.size)}, {QStringLiteral("uploadedAt"), b.uploadedAt}};
}

std::optional<QHttpServerResponse> VercelBlobFake::auth(const QHttpServerRequest &req) const
{
    if (m_blobToken.isEmpty() || req.value("authorization") != "Bearer " + m_blobToken.toUtf8())
        return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden"),},
                                                                                      {QStringLiteral("message"), QStringLiteral("Access denied, please provide a valid token for this resource.")}}}},
                                   QHttpServerResponse::StatusCode::Forbidden);
    return std::nullopt;
}

// GET <base>?prefix=&limit=&cursor=&mode=expanded → {"blobs","cursor","hasMore"}; GET <base>?url= → one blob.
QHttpServerResponse VercelBlobFake::list(const QHttpServerRequest &req)
{
    if (auto injected = m_faults.check(req))
        return std::move(*injected);
    if (auto denied = auth(req))
        return std::move(*denied);
    const QUrlQuery q = req.query();
    if (q.hasQueryItem(QStringLiteral("url"))) {
        const QString wanted = q.queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded);
        if (const auto it = m_byName.constFind(wanted); it != m_byName.constEnd())
            return QHttpServerResponse(json(m_blobs[size_t(it.value())]));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("not_found")},
                                                                                      {QStringLiteral("message"), QStringLiteral("The requested blob does not exist")}}}},
                                   QHttpServerResponse::StatusCode::NotFound);
    }
    const QString prefix = q.queryItemValue(QStringLiteral("prefix"), QUrl::FullyDecoded);
    const int limit = std::clamp(q.queryItemValue(QStringLiteral("limit")).isEmpty() ? 1000 : q.queryItemValue(QStringLiteral("limit")).toInt(), 1, 1000);
    const qsizetype start = QByteArray::fromBase64(q.queryItemValue(QStringLiteral("cursor")).toLatin1()).toLongLong();
    // The blobs under the prefix are one run of the sorted list; the cursor is an offset into it.
    const auto first = std::lower_bound(m_blobs.begin(), m_blobs.end(), prefix, [](const Blob &b, const QString &p) { return b.pathname < p; });
    auto it = first + std::min<qsizetype>(std::max<qsizetype>(start, 0), m_blobs.end() - first);
    QJsonArray page;
    for (; it != m_blobs.end() && it->pathname.startsWith(prefix) && page.size() < limit; ++it)
        page.append(json(*it));
    const bool hasMore = it != m_blobs.end() && it->pathname.startsWith(prefix);
    QJsonObject reply{{QStringLiteral("blobs"), page}, {QStringLiteral("hasMore"), hasMore}};
    if (hasMore)
        reply.insert(QStringLiteral("cursor"), QString::fromLatin1(QByteArray::number(qsizetype(it - first)).toBase64()));
    return QHttpServerResponse(reply);
}

// POST <base>/delete {"urls":[…]}
QHttpServerResponse VercelBlobFake::remove(const QHttpServerRequest &req)
{
    if (auto injected = m_faults.check(req))
        return std::move(*injected);
    if (auto denied = auth(req))
        return std::move(*denied);
    const QJsonArray urls = QJsonDocument::fromJson(req.body()).object().value(QStringLiteral("urls")).toArray();
    QSet<QString> gone;
    for (const QJsonValue &u : urls)
        gone.insert(u.toString());
    const auto kept = std::remove_if(m_blobs.begin(), m_blobs.end(), [&gone](const Blob &b) { return gone.contains(b.url); });
    if (kept != m_blobs.end()) {
        m_blobs.erase(kept, m_blobs.end());
        reindex();
    }
    if (!m_persistTo.isEmpty()) {
        QJsonArray all;
        for (const Blob &b : std::as_const(m_blobs))
            all.append(json(b));
        QSaveFile f(m_persistTo);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(QJsonObject{{QStringLiteral("blobs"), all}}).toJson()) < 0 || !f.commit())
            return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("internal_error")},
                                                                                          {QStringLiteral("message"), f.errorString()}}}},
                                       QHttpServerResponse::StatusCode::InternalServerError);
    }
    return QHttpServerResponse(QJsonObject());
}
