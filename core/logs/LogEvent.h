#pragma once
// LogEvent: one log line, whatever it came from — time, message, level,
// service, host, tags and the remaining attributes as JSON.
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

#include "base/LogTime.h"

struct LogEvent
{
    qint64 timestampMs = 0; // UTC epoch milliseconds
    QString message;
    QString level;   // Datadog calls it status
    QString service;
    QString host;
    QString source;
    QStringList tags; // "key:value"
    QJsonObject attributes;
    QString origin;  // where it was read: "app.ndjson:1234" (byte offset) or a server's id

    QJsonObject toJson() const;
};
