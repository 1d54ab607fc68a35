#include "connectors/VercelCrons.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace VercelCrons {
namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("VercelCrons", s);
}
} // namespace

Result<SqlTable> parse(const QByteArray &json, const QString &name)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(pe.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(pe.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return Result<SqlTable>::failure(tr("%1:%2:%3: %4").arg(name).arg(line).arg(column).arg(pe.errorString()));
    }
    if (!doc.isObject())
        return Result<SqlTable>::failure(tr("%1: not a JSON object").arg(name));
    const QJsonValue crons = doc.object().value(QStringLiteral("crons"));
    if (!crons.isUndefined() && !crons.isArray())
        return Result<SqlTable>::failure(tr("%1: \"crons\" is not a list").arg(name));
    SqlTable t;
    t.columns = {tr("path"), tr("schedule")};
    int i = 0;
    for (const QJsonValue &c : crons.toArray()) {
        ++i;
        const QJsonObject o = c.toObject();
        const QString path = o.value(QStringLiteral("path")).toString();
        const QString schedule = o.value(QStringLiteral("schedule")).toString();
        if (path.isEmpty() || schedule.isEmpty())
            return Result<SqlTable>::failure(tr("%1: crons[%2] needs a \"path\" and a \"schedule\"").arg(name).arg(i - 1));
        t.rows.append({path, schedule});
    }
    return t;
}

Result<SqlTable> read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<SqlTable>::failure(tr("cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > 4 * 1024 * 1024)
        return Result<SqlTable>::failure(tr("%1: larger than 4 MiB; not a vercel.json").arg(path));
    return parse(f.readAll(), path);
}
} // namespace VercelCrons
