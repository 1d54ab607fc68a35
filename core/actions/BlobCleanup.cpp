#include "actions/BlobCleanup.h"

#include "secrets/ActionTokens.h"

#include "base/AsyncTask.h"
#include "base/TextUtil.h"

#include <QSet>

BlobCleanup::BlobCleanup(VercelBlobClient *blobs, SqlTarget database, QObject *parent)
    : QObject(parent), m_blobs(blobs), m_database(std::move(database))
{
}

QString BlobCleanup::digestFor(const QString &actionId, const QList<BlobInfo> &orphans)
{
    QStringList urls;
    for (const BlobInfo &b : orphans)
        urls.append(b.url);
    urls.sort();
    return QStringLiteral("blob-delete\x1d") + actionId + QLatin1Char('\x1d') + urls.join(QLatin1Char('\x1d'));
}

namespace {
// A reference is kept as a 64-bit hash, not its text: ten million of them in
// 80 MB. A blob whose hash is among them counts as referenced; a collision can
// only keep an orphan, never call a referenced blob an orphan.
quint64 urlHash(QStringView url)
{
    return quint64(qHash(url, size_t(0x9e3779b97f4a7c15ULL)));
}
} // namespace

void BlobCleanup::scan(const QString &prefix, std::function<void(Result<QList<BlobInfo>>)> done)
{
    using R = Result<QList<BlobInfo>>;
    using Refs = std::shared_ptr<const std::vector<quint64>>;
    const SqlTarget target = m_database;
    static constexpr qint64 ReferenceCap = 10'000'000;
    runAsync(this, [target]() -> Result<Refs> {
        SqlRunner db(target);
        if (Status s = db.open(); !s)
            return Result<Refs>::failure(s.error());
        auto refs = std::make_shared<std::vector<quint64>>();
        bool capped = false;
        const auto read = db.stream(QStringLiteral("SELECT blob_url FROM profile_photos WHERE blob_url IS NOT NULL"), {}, [&](const QVariantList &row) {
            if (qint64(refs->size()) >= ReferenceCap)
                return !(capped = true);
            refs->push_back(urlHash(row.first().toString()));
            return true;
        });
        if (!read)
            return Result<Refs>::failure(read.error());
        // A cut-off reference set would call referenced blobs orphans.
        if (capped)
            return Result<Refs>::failure(
                tr("refused: profile_photos references more than %1 blobs; the orphans cannot be told apart safely").arg(ReferenceCap));
        std::sort(refs->begin(), refs->end());
        refs->erase(std::unique(refs->begin(), refs->end()), refs->end());
        refs->shrink_to_fit();
        return Refs(std::move(refs));
    }, [this, prefix, done = std::move(done)](Result<Refs> referenced) {
        if (!referenced)
            return done(R::failure(referenced.error()));
        // The listing is streamed: each page is checked as it comes and only its orphans are kept.
        const Refs refs = referenced.value();
        auto orphans = std::make_shared<QList<BlobInfo>>();
        m_blobs->listPages(prefix, [refs, orphans](const QList<BlobInfo> &page) {
            for (const BlobInfo &b : page)
                if (!std::binary_search(refs->begin(), refs->end(), urlHash(b.url)))
                    orphans->append(b);
            return true;
        }, [this, orphans, done](Result<qint64> listed) {
            if (!listed)
                return done(R::failure(listed.error()));
            m_listed = listed.value();
            done(std::move(*orphans));
        });
    });
}

void BlobCleanup::findOrphans(const QString &prefix)
{
    scan(prefix, [this](Result<QList<BlobInfo>> found) {
        if (!found)
            return Q_EMIT failed(found.error());
        Q_EMIT orphansFound(found.value());
    });
}

void BlobCleanup::deleteOrphans(const QString &prefix, const QString &token)
{
    if (token.isEmpty()) {
        Q_EMIT failed(tr("refused: deleting blobs needs the token of the list that was previewed"));
        return;
    }
    scan(prefix, [this, token](Result<QList<BlobInfo>> found) {
        if (!found)
            return Q_EMIT failed(found.error());
        if (Status s = ActionTokens::redeem(token, digestFor(m_actionId, found.value())); !s)
            return Q_EMIT failed(tr("refused: the orphans are not the list that was previewed — %1").arg(s.error()));
        QStringList urls;
        for (const BlobInfo &b : found.value())
            urls.append(b.url);
        m_blobs->remove(urls, [this](Result<int> r) {
            if (r)
                Q_EMIT deleted(r.value());
            else
                Q_EMIT failed(r.error());
        }, [this](int n, int total) { Q_EMIT progress(n, total); });
    });
}
