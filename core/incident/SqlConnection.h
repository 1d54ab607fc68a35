#pragma once
// Closing a named Qt Sql connection: the handle is let go before the
// connection is removed (Qt warns, and keeps it, otherwise). Clears the name.
#include <QSqlDatabase>
#include <QString>

inline void closeSqlConnection(QString &name)
{
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    name.clear();
}
