#include "CliCommands.h"

int runIncident(const QStringList &, CliContext &ctx)
{
    ctx.err << QStringLiteral("not yet") << Qt::endl;
    return 64;
}
