#include "DemoTime.h"

#include <QDateTime>

namespace DemoTime {
std::optional<qint64> parse(const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (ok)
        return n;
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(t, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d.toMSecsSinceEpoch();
}

std::optional<qint64> parseDateMath(const QString &text, qint64 nowMs)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("now"))
        return nowMs;
    if (t.startsWith(QLatin1String("now-"))) {
        const auto d = parseDuration(t.mid(4));
        return d ? std::optional<qint64>(nowMs - *d) : std::nullopt;
    }
    return parse(t);
}

std::optional<qint64> parseDuration(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qsizetype i = 0;
    while (i < t.size()) {
        const qsizetype start = i;
        while (i < t.size() && t.at(i).isDigit())
            ++i;
        if (i == start || i - start > 9)
            return std::nullopt;
        const qint64 n = t.mid(start, i - start).toLongLong();
        const qsizetype unitStart = i;
        while (i < t.size() && t.at(i).isLetter())
            ++i;
        const QString unit = t.mid(unitStart, i - unitStart);
        qint64 ms = 0;
        if (unit == QLatin1String("ms")) ms = 1;
        else if (unit == QLatin1String("s")) ms = 1000;
        else if (unit == QLatin1String("m")) ms = 60'000;
        else if (unit == QLatin1String("h")) ms = 3'600'000;
        else if (unit == QLatin1String("d")) ms = 86'400'000;
        else if (unit == QLatin1String("w")) ms = 7 * 86'400'000LL;
        else if (unit == QLatin1String("y")) ms = 365 * 86'400'000LL;
        else return std::nullopt;
        total += n * ms;
    }
    return total > 0 ? std::optional<qint64>(total) : std::nullopt;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace DemoTime
