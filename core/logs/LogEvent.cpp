#include "logs/LogEvent.h"

#include <QDateTime>
#include <QJsonArray>

QJsonObject LogEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("timestamp"), LogTime::toIso(timestampMs)}, {QStringLiteral("message"), message}};
    if (!level.isEmpty())
        o.insert(QStringLiteral("level"), level);
    if (!service.isEmpty())
        o.insert(QStringLiteral("service"), service);
    if (!host.isEmpty())
        o.insert(QStringLiteral("host"), host);
    if (!tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (!attributes.isEmpty())
        o.insert(QStringLiteral("attributes"), attributes);
    if (!origin.isEmpty())
        o.insert(QStringLiteral("origin"), origin);
    return o;
}
