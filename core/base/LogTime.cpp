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
    // All digits: epoch milliseconds (or seconds, when it has 10 digits or fewer).
    bool allDigits = true;
    for (qsizetype k = 0; k < n; ++k)
        if (p[k] < '0' || p[k] > '9') {
            allDigits = p[k] == '.' && k > 0;
            if (!allDigits)
                break;
        }
    if (allDigits && n <= 19) {
        qint64 v = 0;
        qsizetype k = 0;
        for (; k < n && p[k] != '.'; ++k)
            v = v * 10 + (p[k] - '0');
        return k <= 10 ? v * 1000 : v;
    }
    if (n < 19)
        return std::nullopt;
    int y, mo, d, h, mi, s;
    if (!digits(p, 4, y) || p[4] != '-' || !digits(p + 5, 2, mo) || p[7] != '-' || !digits(p + 8, 2, d)
        || (p[10] != 'T' && p[10] != ' ' && p[10] != 't') || !digits(p + 11, 2, h) || p[13] != ':' || !digits(p + 14, 2, mi)
        || p[16] != ':' || !digits(p + 17, 2, s))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    qsizetype k = 19;
    int ms = 0;
    if (k < n && (p[k] == '.' || p[k] == ',')) {
        ++k;
        int scale = 100;
        while (k < n && p[k] >= '0' && p[k] <= '9') {
            ms += (p[k] - '0') * scale;
            scale /= 10;
            ++k;
        }
    }
    qint64 offsetMin = 0;
    if (k < n) {
        if (p[k] == 'Z' || p[k] == 'z') {
            ++k;
        } else if (p[k] == '+' || p[k] == '-') {
            int oh = 0, om = 0;
            const int sign = p[k] == '-' ? -1 : 1;
            if (k + 3 > n || !digits(p + k + 1, 2, oh))
                return std::nullopt;
            k += 3;
            if (k < n && p[k] == ':')
                ++k;
            if (k + 2 <= n && digits(p + k, 2, om))
                k += 2;
            offsetMin = sign * (oh * 60 + om);
        }
    }
    if (k != n && !(k < n && p[k] == ' '))
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
    switch (t.back().toLatin1()) {
    case 's': return n * 1000;
    case 'm': return n * 60'000;
    case 'h': return n * 3'600'000;
    case 'd': return n * 86'400'000;
    case 'w': return n * 7 * 86'400'000;
    default: return std::nullopt;
    }
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
