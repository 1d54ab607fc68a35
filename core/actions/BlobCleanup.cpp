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

void BlobCleanup::scan(const QString &prefix, std::function<void(Result<QList<BlobInfo>>)> done)
{
    using R = Result<QList<BlobInfo>>;
    const SqlTarget target = m_database;
    static constexpr int ReferenceCap = 1'000'000;
    runAsync(this, [target]() -> Result<QSet<QString>> {
        SqlRunner db(target);
        if (Status s = db.open(); !s)
            return Result<QSet<QString>>::failure(s.error());
        const auto used = db.probe(QStringLiteral("SELECT blob_url FROM profile_photos WHERE blob_url IS NOT NULL"), {}, ReferenceCap);
        if (!used)
            return Result<QSet<QString>>::failure(used.error());
        // A cut-off reference set would call referenced blobs orphans.
        if (used->truncated)
            return Result<QSet<QString>>::failure(
                tr("refused: profile_photos references more than %1 blobs; the orphans cannot be told apart safely").arg(ReferenceCap));
        QSet<QString> referenced;
        for (const QVariantList &r : used->rows)
            referenced.insert(r.first().toString());
        return referenced;
    }, [this, prefix, done = std::move(done)](Result<QSet<QString>> referenced) {
        if (!referenced)
            return done(R::failure(referenced.error()));
        const QSet<QString> refs = referenced.value();
        m_blobs->listAll(prefix, [refs, done](Result<QList<BlobInfo>> all) {
            if (!all)
                return done(R::failure(all.error()));
            QList<BlobInfo> out;
            for (const BlobInfo &b : all.value())
                if (!refs.contains(b.url))
                    out.append(b);
            done(out);
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
