#pragma once
// VercelCrons: the cron schedules of a project's vercel.json
// ({"crons":[{"path":"/api/cron/…","schedule":"0 5 * * *"}]}) as a table of
// path and schedule. A malformed file is reported with its line and column.
#include "connectors/SqlRunner.h"

namespace VercelCrons {
Result<SqlTable> read(const QString &vercelJsonPath);
Result<SqlTable> parse(const QByteArray &json, const QString &nameForMessages);
} // namespace VercelCrons
