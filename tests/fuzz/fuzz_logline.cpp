// Any bytes as a log line (NDJSON or plain text with a leading timestamp) and
// as a server's JSON reply: read, or skipped with a reason, never a crash.
#include "FuzzTargets.h"
#include "logs/LogScanEngine.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = reinterpret_cast<const char *>(data);
    LogEvent e;
    QString why;
    (void)LogScanEngine::parseLine(p, qsizetype(size), LogFileFormat{}, e, why);
    LogFileFormat custom;
    custom.timeField = QStringLiteral("ts");
    custom.messageField = QStringLiteral("msg");
    (void)LogScanEngine::parseLine(p, qsizetype(size), custom, e, why);
    QJsonParseError err;
    (void)QJsonDocument::fromJson(QByteArray::fromRawData(p, qsizetype(size)), &err);
    return 0;
}
