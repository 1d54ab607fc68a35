#pragma once
// Small pieces the demo's fake services share: the log lines they serve and
// how a plain-text error or a step ("1h", "60") reads.
#include "DemoTime.h"
#include "logs/LogEvent.h"

#include <QHash>
#include <QHttpServerResponse>
#include <optional>

struct DemoLogEntry
{
    LogEvent event;
    QString line;
    QHash<QString, QString> stream; // Loki labels
};

namespace DemoHttp {

inline QHttpServerResponse plain(const QByteArray &text, QHttpServerResponse::StatusCode code)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"), text, code);
}

// "1h", "15m" or seconds as a number.
inline std::optional<qint64> stepOf(const QString &v)
{
    if (const auto d = DemoTime::parseDuration(v))
        return d;
    bool ok = false;
    const double s = v.toDouble(&ok);
    return ok && s > 0 ? std::optional<qint64>(qint64(s * 1000)) : std::nullopt;
}

} // namespace DemoHttp
