#include "actions/BlobCleanup.h"

#include "base/AsyncTask.h"
#include "base/TextUtil.h"

#include <QSet>

BlobCleanup::BlobCleanup(VercelBlobClient *blobs, SqlTarget database, QObject *parent)
    : QObject(parent), m_blobs(blobs), m_database(std::move(database))
{
}

QString BlobCleanup::tokenFor(const QString &actionId, const QList<BlobInfo> &orphans)
{
    QStringList urls;
    for (const BlobInfo &b : orphans)
        urls.append(b.url);
    urls.sort();
    return TextUtil::shortHash(actionId + QLatin1Char('\x1d') + urls.join(QLatin1Char('\x1d')));
}

void BlobCleanup::findOrphans(const QString &prefix)
{
    const SqlTarget target = m_database;
    runAsync(this, [target]() -> Result<QSet<QString>> {
        SqlRunner db(target);
        if (Status s = db.open(); !s)
            return Result<QSet<QString>>::failure(s.error());
        const auto used = db.probe(QStringLiteral("SELECT blob_url FROM profile_photos WHERE blob_url IS NOT NULL"), {}, 1'000'000);
        if (!used)
            return Result<QSet<QString>>::failure(used.error());
        QSet<QString> referenced;
        for (const QVariantList &r : used->rows)
            referenced.insert(r.first().toString());
        return referenced;
    }, [this, prefix](Result<QSet<QString>> referenced) {
        if (!referenced) {
            Q_EMIT failed(referenced.error());
            return;
        }
        const QSet<QString> refs = referenced.value();
        m_blobs->listAll(prefix, [this, refs](Result<QList<BlobInfo>> all) {
            if (!all) {
                Q_EMIT failed(all.error());
                return;
            }
            QList<BlobInfo> out;
            for (const BlobInfo &b : all.value())
                if (!refs.contains(b.url))
                    out.append(b);
            Q_EMIT orphansFound(out, tokenFor(m_actionId, out));
        });
    });
}

void BlobCleanup::deleteOrphans(const QList<BlobInfo> &orphans, const QString &token)
{
    if (token.isEmpty() || token != tokenFor(m_actionId, orphans)) {
        Q_EMIT failed(tr("refused: deleting blobs needs the token of the list that was previewed"));
        return;
    }
    QStringList urls;
    for (const BlobInfo &b : orphans)
        urls.append(b.url);
    m_blobs->remove(urls, [this](Result<int> r) {
        if (r)
            Q_EMIT deleted(r.value());
        else
            Q_EMIT failed(r.error());
    }, [this](int n, int total) { Q_EMIT progress(n, total); });
}
