#pragma once
// A real SQLite incident store with a damaged page behind a good header: one
// incident with `entries` timeline entries ("MARK-NNN"), checkpointed and
// closed, then the page holding entry `victim` overwritten with garbage —
// what a bad sector or a torn copy leaves.
#include "incident/IncidentStore.h"
#include "runbook/Runbook.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

inline QString writeDamagedStore(const QString &path, const Runbook &rb, int entries, int victim)
{
    QString id;
    {
        IncidentStore store;
        if (!store.open(path))
            return {};
        const auto inc = store.createIncident(QStringLiteral("Damaged later"), rb, QStringLiteral("alice"));
        if (!inc)
            return {};
        id = inc->id;
        for (int i = 0; i < entries; ++i)
            if (!store.recordActionRefusal(id, QStringLiteral("some-action"),
                                           QStringLiteral("MARK-%1 ").arg(i, 3, 10, QLatin1Char('0')) + QString(120, QLatin1Char('x')), QStringLiteral("alice")))
                return {};
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage-helper"));
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage-helper"));
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return {};
    QByteArray bytes = f.readAll();
    const int pageSize = (quint8(bytes.at(16)) << 8 | quint8(bytes.at(17))) == 1 ? 65536 : (quint8(bytes.at(16)) << 8 | quint8(bytes.at(17)));
    const qsizetype at = bytes.indexOf(QStringLiteral("MARK-%1 ").arg(victim, 3, 10, QLatin1Char('0')).toUtf8());
    if (at < pageSize) // never the header page
        return {};
    const qsizetype page = at / pageSize;
    f.seek(page * pageSize);
    f.write(QByteArray(pageSize, char(0xA5)));
    return id;
}
