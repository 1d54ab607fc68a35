// Any text as a log query: parsed (or refused with a column), then matched
// against an event and written as Datadog and LogQL.
#include "FuzzTargets.h"
#include "logs/DatadogQueryWriter.h"
#include "logs/LogQlWriter.h"
#include "logs/LogQueryParser.h"
#include "logs/QueryMatcher.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto q = LogQueryParser::parse(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!q)
        return 0;
    LogEvent e;
    e.message = QStringLiteral("[cleanup-photos] Deleted 12 orphaned records status:error");
    e.level = QStringLiteral("error");
    e.service = QStringLiteral("web");
    e.tags = {QStringLiteral("env:prod")};
    e.attributes = QJsonObject{{QStringLiteral("path"), QStringLiteral("/api/cron/cleanup-photos")}, {QStringLiteral("statusCode"), 500}};
    QueryMatcher m(q.value());
    (void)m.matches(e);
    (void)DatadogQueryWriter::write(q.value());
    (void)LogQlWriter::logQuery(q.value(), QStringLiteral("{job=\"vercel\"}"));
    (void)LogQlWriter::countQuery(q.value(), QStringLiteral("{job=\"vercel\"}"), QStringLiteral("1h"));
    return 0;
}
