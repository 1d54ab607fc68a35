#pragma once
// How the incident store writes and reads times: UTC ISO-8601 with milliseconds.
#include <QDateTime>
#include <QVariant>

namespace StoreTime {
inline QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromIso(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// A text for a NOT NULL column: a null QString binds as SQL NULL, an empty one as ''.
inline QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QVariant isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(iso(t)) : QVariant();
}
} // namespace StoreTime
