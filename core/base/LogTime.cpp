#include "base/LogTime.h"

#include <QDateTime>

namespace LogTime {

namespace {
// Days from 1970-01-01 to y-m-d (proleptic Gregorian), Howard Hinnant's algorithm.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

bool digits(const char *p, int n, int &out)
{
    out = 0;
    for (int k = 0; k < n; ++k) {
        if (p[k] < '0' || p[k] > '9')
            return false;
        out = out * 10 + (p[k] - '0');
    }
    return true;
}
} // namespace

std::optional<qint64> parse(const char *p, qsizetype n)
{
    while (n > 0 && (*p == ' ' || *p == '"')) {
        ++p;
        --n;
    }
    while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '"'))
        --n;
    if (n <= 0)
        return std::nullopt;
    // Digits, with at most one '.': epoch milliseconds, or seconds when the
    // whole part has 10 digits or fewer (a fraction then gives milliseconds).
    {
        qsizetype k = 0, dot = -1;
        for (; k < n; ++k) {
            if (p[k] == '.' && dot < 0 && k > 0)
                dot = k;
            else if (p[k] < '0' || p[k] > '9')
                break;
        }
        if (k == n && dot != n - 1) {
            const qsizetype whole = dot < 0 ? n : dot;
            if (whole > 18) // past any time this program reads; qint64 overflows at 19
                return std::nullopt;
            qint64 v = 0;
            for (qsizetype j = 0; j < whole; ++j)
                v = v * 10 + (p[j] - '0');
            if (whole > 10)
                return dot < 0 ? std::optional<qint64>(v) : std::nullopt; // milliseconds have no fraction
            int ms = 0, scale = 100;
            for (qsizetype j = whole + 1; j < n && scale > 0; ++j, scale /= 10)
                ms += (p[j] - '0') * scale;
            return v * 1000 + ms;
        }
    }
    // ISO-8601: a date, then optionally T (or a space) hh:mm[:ss[.fff]] and an offset.
    int y, mo, d, h = 0, mi = 0, s = 0;
    if (n < 10 || !digits(p, 4, y) || p[4] != '-' || !digits(p + 5, 2, mo) || p[7] != '-' || !digits(p + 8, 2, d))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
        return std::nullopt; // 2026-02-31 is not a day, and not March 3 either
    qsizetype k = 10;
    int ms = 0;
    qint64 offsetMin = 0;
    if (k < n && (p[k] == 'T' || p[k] == 't' || (p[k] == ' ' && k + 3 < n && p[k + 3] == ':'))) {
        if (k + 6 > n || !digits(p + k + 1, 2, h) || p[k + 3] != ':' || !digits(p + k + 4, 2, mi))
            return std::nullopt;
        k += 6;
        if (k < n && p[k] == ':') {
            if (k + 3 > n || !digits(p + k + 1, 2, s))
                return std::nullopt;
            k += 3;
            if (k < n && (p[k] == '.' || p[k] == ',')) {
                ++k;
                const qsizetype first = k;
                int scale = 100;
                while (k < n && p[k] >= '0' && p[k] <= '9') {
                    ms += (p[k] - '0') * scale;
                    scale /= 10;
                    ++k;
                }
                if (k == first)
                    return std::nullopt; // "12:00:00.Z"
            }
        }
        if (h > 23 || mi > 59 || s > 60) // 60: a leap second
            return std::nullopt;
        if (k < n) {
            if (p[k] == 'Z' || p[k] == 'z') {
                ++k;
            } else if (p[k] == '+' || p[k] == '-') {
                int oh = 0, om = 0;
                const int sign = p[k] == '-' ? -1 : 1;
                if (k + 3 > n || !digits(p + k + 1, 2, oh))
                    return std::nullopt;
                k += 3;
                if (k < n && p[k] == ':') {
                    if (k + 3 > n || !digits(p + k + 1, 2, om))
                        return std::nullopt; // "+01:"
                    k += 3;
                } else if (k + 2 <= n && p[k] >= '0' && p[k] <= '9') {
                    if (!digits(p + k, 2, om))
                        return std::nullopt;
                    k += 2;
                }
                if (oh > 23 || om > 59)
                    return std::nullopt;
                offsetMin = sign * (oh * 60 + om);
            }
        }
    }
    // A log line may go on after its time; anything else glued to it is not a time.
    if (k != n && p[k] != ' ')
        return std::nullopt;
    const qint64 days = daysFromCivil(y, unsigned(mo), unsigned(d));
    return ((days * 86400 + h * 3600 + mi * 60 + s) - offsetMin * 60) * 1000 + ms;
}

std::optional<qint64> parse(QStringView text)
{
    const QByteArray b = text.toLatin1();
    return parse(b.constData(), b.size());
}

std::optional<qint64> parseDuration(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() < 2)
        return std::nullopt;
    bool ok = false;
    const qint64 n = t.left(t.size() - 1).toLongLong(&ok);
    if (!ok || n <= 0)
        return std::nullopt;
    qint64 unit = 0;
    switch (t.back().toLatin1()) {
    case 's': unit = 1000; break;
    case 'm': unit = 60'000; break;
    case 'h': unit = 3'600'000; break;
    case 'd': unit = 86'400'000; break;
    case 'w': unit = 7 * 86'400'000LL; break;
    default: return std::nullopt;
    }
    // Longer than a thousand years is a typing error, not a window.
    if (n > 1000LL * 366 * 86'400'000 / unit)
        return std::nullopt;
    return n * unit;
}

std::optional<qint64> parseRelative(const QString &text, qint64 nowMs)
{
    const QString t = text.trimmed();
    if (t == QStringLiteral("now"))
        return nowMs;
    if (t.startsWith(QStringLiteral("now-"))) {
        const auto d = parseDuration(t.mid(4));
        return d ? std::optional<qint64>(nowMs - *d) : std::nullopt;
    }
    return parse(QStringView(t));
}

QString toIso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace LogTime
