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
        for (const QJsonObject &b : m_blobs)
            if (b.value(QStringLiteral("url")).toString() == wanted || b.value(QStringLiteral("pathname")).toString() == wanted)
                return QHttpServerResponse(b);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("not_found")},
                                                                                      {QStringLiteral("message"), QStringLiteral("The requested blob does not exist")}}}},
                                   QHttpServerResponse::StatusCode::NotFound);
    }
    const QString prefix = q.queryItemValue(QStringLiteral("prefix"), QUrl::FullyDecoded);
    const int limit = std::clamp(q.queryItemValue(QStringLiteral("limit")).isEmpty() ? 1000 : q.queryItemValue(QStringLiteral("limit")).toInt(), 1, 1000);
    const qsizetype start = QByteArray::fromBase64(q.queryItemValue(QStringLiteral("cursor")).toLatin1()).toLongLong();
    QJsonArray page;
    qsizetype i = 0, seen = 0;
    for (; i < m_blobs.size(); ++i) {
        if (!m_blobs.at(i).value(QStringLiteral("pathname")).toString().startsWith(prefix))
            continue;
        if (seen++ < start)
            continue;
        if (page.size() == limit)
            break;
        page.append(m_blobs.at(i));
    }
    const bool hasMore = i < m_blobs.size() && seen > start + limit;
    QJsonObject reply{{QStringLiteral("blobs"), page}, {QStringLiteral("hasMore"), hasMore}};
    if (hasMore)
        reply.insert(QStringLiteral("cursor"), QString::fromLatin1(QByteArray::number(start + limit).toBase64()));
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
    m_blobs.erase(std::remove_if(m_blobs.begin(), m_blobs.end(), [&gone](const QJsonObject &b) {
                      return gone.contains(b.value(QStringLiteral("url")).toString());
                  }),
                  m_blobs.end());
    if (!m_persistTo.isEmpty()) {
        QJsonArray all;
        for (const QJsonObject &b : std::as_const(m_blobs))
            all.append(b);
        QSaveFile f(m_persistTo);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(QJsonObject{{QStringLiteral("blobs"), all}}).toJson()) < 0 || !f.commit())
            return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("internal_error")},
                                                                                          {QStringLiteral("message"), f.errorString()}}}},
                                       QHttpServerResponse::StatusCode::InternalServerError);
    }
    return QHttpServerResponse(QJsonObject());
}
