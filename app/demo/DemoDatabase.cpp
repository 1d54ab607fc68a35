#include "DemoDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

Status DemoDatabase::write(const QString &dir, const QDateTime &endTime)
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("app.sqlite"));
    QFile::remove(path);
    const QDateTime end = endTime.isValid() ? endTime.toUTC() : QDateTime::currentDateTimeUtc();
    auto iso = [](const QDateTime &t) { return t.toString(Qt::ISODate); };
    QJsonArray blobs;
    const QString connection = QStringLiteral("demo-database");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return Status::failure(QStringLiteral("cannot create %1: %2").arg(path, db.lastError().text()));
        QSqlQuery q(db);
        const QStringList schema = {
            QStringLiteral("CREATE TABLE users (id text primary key, handle text unique, created_at text)"),
            QStringLiteral("CREATE TABLE profile_photos (id text primary key, user_id text references users(id), status text check (status in "
                           "('uploading','processing','ready','failed')), blob_url text, created_at text, updated_at text)"),
            QStringLiteral("CREATE TABLE idempotency_keys (key text primary key, route text, created_at text, expires_at text)"),
            QStringLiteral("CREATE TABLE tips (id text primary key, user_id text, amount_cents integer, stripe_payment_intent text unique, created_at text)")};
        db.transaction();
        for (const QString &s : schema)
            if (!q.exec(s))
                return Status::failure(q.lastError().text());
        const QString base = QStringLiteral("https://demo.public.blob.vercel-storage.com/avatars/users/");
        int photo = 0;
        auto addPhoto = [&](const QString &user, const QString &status, qint64 ageSecs, bool blobExists) {
            const QString id = QStringLiteral("ph_%1").arg(++photo, 3, 10, QLatin1Char('0'));
            const QString pathname = QStringLiteral("avatars/users/%1-%2.png").arg(user, id);
            const QString url = status == QStringLiteral("uploading") ? QString() : base + pathname.mid(14);
            q.prepare(QStringLiteral("INSERT INTO profile_photos VALUES (?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v : {QVariant(id), QVariant(user), QVariant(status), url.isEmpty() ? QVariant() : QVariant(url),
                                      QVariant(iso(end.addSecs(-ageSecs))), QVariant(iso(end.addSecs(-ageSecs + 30)))})
                q.addBindValue(v);
            q.exec();
            if (blobExists && !url.isEmpty())
                blobs.append(QJsonObject{{QStringLiteral("pathname"), pathname}, {QStringLiteral("url"), url},
                                         {QStringLiteral("size"), 20'000 + photo * 37}, {QStringLiteral("uploadedAt"), iso(end.addSecs(-ageSecs))}});
        };
        for (int u = 1; u <= Counts::users; ++u) {
            const QString user = QStringLiteral("u%1").arg(u, 3, 10, QLatin1Char('0'));
            q.prepare(QStringLiteral("INSERT INTO users VALUES (?, ?, ?)"));
            q.addBindValue(user);
            q.addBindValue(QStringLiteral("handle%1").arg(u));
            q.addBindValue(iso(end.addDays(-30 + u % 20)));
            q.exec();
            // The first users' ready photos lost their blobs.
            addPhoto(user, QStringLiteral("ready"), 86'400 * (u % 9 + 1), u > Counts::readyWithMissingBlob);
        }
        for (int i = 0; i < Counts::stuckUploading; ++i)
            addPhoto(QStringLiteral("u%1").arg(10 + i, 3, 10, QLatin1Char('0')), QStringLiteral("uploading"), 3 * 3600 + i * 600, false);
        for (int i = 0; i < Counts::stuckProcessing; ++i)
            addPhoto(QStringLiteral("u%1").arg(20 + i, 3, 10, QLatin1Char('0')), QStringLiteral("processing"), 2 * 3600 + i * 600, true);
        for (int i = 0; i < Counts::failed; ++i)
            addPhoto(QStringLiteral("u%1").arg(30 + i, 3, 10, QLatin1Char('0')), QStringLiteral("failed"), 86'400 + i * 60, false);
        for (int i = 0; i < Counts::orphanBlobs; ++i) {
            const QString pathname = QStringLiteral("avatars/users/gone%1-old.png").arg(i);
            blobs.append(QJsonObject{{QStringLiteral("pathname"), pathname}, {QStringLiteral("url"), base + pathname.mid(14)},
                                     {QStringLiteral("size"), 18'000 + i}, {QStringLiteral("uploadedAt"), iso(end.addDays(-20 + i))}});
        }
        for (int i = 0; i < 30; ++i) {
            q.prepare(QStringLiteral("INSERT INTO idempotency_keys VALUES (?, ?, ?, ?)"));
            q.addBindValue(QStringLiteral("idem_%1").arg(i));
            q.addBindValue(QStringLiteral("/api/social-links"));
            q.addBindValue(iso(end.addSecs(-3600 * i)));
            q.addBindValue(iso(end.addSecs(-3600 * i + 86'400)));
            q.exec();
        }
        for (int i = 0; i < 50; ++i) {
            q.prepare(QStringLiteral("INSERT INTO tips VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(QStringLiteral("tip_%1").arg(i));
            q.addBindValue(QStringLiteral("u%1").arg(i % Counts::users + 1, 3, 10, QLatin1Char('0')));
            q.addBindValue(100 * (i % 7 + 1));
            q.addBindValue(QStringLiteral("pi_demo_%1").arg(i));
            q.addBindValue(iso(end.addSecs(-1800 * i)));
            q.exec();
        }
        if (!db.commit())
            return Status::failure(db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QSaveFile f(QDir(dir).filePath(QStringLiteral("blobs.json")));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(QJsonObject{{QStringLiteral("blobs"), blobs}}).toJson()) < 0 || !f.commit())
        return Status::failure(QStringLiteral("cannot write blobs.json: %1").arg(f.errorString()));
    // The project's cron schedules, as the demo backend serves their routes.
    QSaveFile v(QDir(dir).filePath(QStringLiteral("vercel.json")));
    const QByteArray crons = R"({
  "crons": [
    { "path": "/api/cron/cleanup-photos", "schedule": "0 5 * * *" },
    { "path": "/api/cron/cleanup-idempotency-keys", "schedule": "30 4 * * *" },
    { "path": "/api/cron/billing-reconciliation", "schedule": "0 * * * *" }
  ]
}
)";
    if (!v.open(QIODevice::WriteOnly) || v.write(crons) < 0 || !v.commit())
        return Status::failure(QStringLiteral("cannot write vercel.json: %1").arg(v.errorString()));
    return {};
}
