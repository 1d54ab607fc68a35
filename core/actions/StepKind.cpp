#include "actions/StepKind.h"

#include "actions/StepKindsBuiltin.h"
#include "base/LogTime.h"
#include "secrets/SecretResolver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

StepJob::StepJob(const Wiring &w, const Profile &p, const Binding &b, const Connector &c, QObject *parent)
    : QObject(parent), wiring(w), profile(p), binding(b), connector(c)
{
}

QStringList StepJob::paramValues(const QString &key) const
{
    QStringList out;
    for (const auto &kv : params)
        if (kv.first == key)
            out.append(kv.second);
    return out;
}

QString StepJob::param(const QString &key, const QString &fallback) const
{
    const QStringList given = paramValues(key);
    if (!given.isEmpty())
        return given.last();
    return binding.params.value(key, fallback).toString();
}

Result<QString> StepJob::secret(const QString &key) const
{
    return connectorSecret(profile, connector, key, vars);
}

QString StepJob::field(const QString &name) const
{
    return connector.field(name, vars);
}

QString StepJob::dashboardUrl() const
{
    const Connector *d = profile.connector(binding.params.value(QStringLiteral("dashboard")).toString());
    return d ? d->field(QStringLiteral("url"), vars) : QString();
}

Result<QDateTime> StepJob::since(const QString &text)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto d = LogTime::parseDuration(text))
        return now.addMSecs(-*d);
    if (const auto ms = LogTime::parse(QStringView(text)))
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    return Result<QDateTime>::failure(QCoreApplication::translate("StepKinds", "cannot read \"%1\" as a time (24h, 90m or ISO-8601)").arg(text));
}

void StepKind::narrow(StepJob *, StepView &view, const QStringList &keys) const
{
    if (view.selectColumn < 0)
        return;
    QList<QVariantList> kept;
    for (const QVariantList &row : view.table.rows)
        if (keys.contains(row.value(view.selectColumn).toString()))
            kept.append(row);
    view.table.rows = kept;
}

void StepKind::act(StepJob *, const StepView &, const QString &, std::function<void(StepOutcome)> done) const
{
    StepOutcome o;
    o.code = 1;
    o.problem = o.result = QCoreApplication::translate("StepKinds", "this step is a probe; it does not act");
    done(o);
}

QJsonObject tableJson(const SqlTable &t)
{
    QJsonArray rows;
    for (const QVariantList &r : t.rows) {
        QJsonArray row;
        for (const QVariant &v : r)
            row.append(QJsonValue::fromVariant(v));
        rows.append(row);
    }
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(t.columns)}, {QStringLiteral("rows"), rows},
            {QStringLiteral("truncated"), t.truncated}};
}

namespace StepKinds {

namespace {
const QList<const StepKind *> &registry()
{
    static const QList<const StepKind *> kinds = builtinKinds();
    return kinds;
}
} // namespace

const StepKind *find(const QString &type)
{
    for (const StepKind *k : registry())
        if (k->types().contains(type))
            return k;
    return nullptr;
}

bool runnableOn(const Binding &binding, const Profile *profile)
{
    const Connector *c = profile ? profile->connector(binding.connector) : nullptr;
    return c && !c->coming && runnable(binding.type);
}

bool runnable(const QString &type)
{
    return type == QStringLiteral("run_procedure") || find(type);
}

QStringList parameterKeys(const Binding &binding)
{
    const StepKind *k = find(binding.type);
    return k ? k->parameterKeys(binding) : QStringList();
}

Status checkParameters(const Binding &binding, const QList<std::pair<QString, QString>> &keyValues)
{
    const QStringList keys = parameterKeys(binding);
    QSet<QString> seen;
    for (const auto &kv : keyValues) {
        if (!keys.contains(kv.first))
            return Status::failure(QCoreApplication::translate("StepKinds", "%1 takes no parameter \"%2\" (it takes: %3)")
                                       .arg(binding.target, kv.first,
                                            keys.isEmpty() ? QCoreApplication::translate("StepKinds", "none") : keys.join(QStringLiteral(", "))));
        const QString pair = kv.first + QLatin1Char('=') + kv.second;
        if (seen.contains(pair))
            return Status::failure(QCoreApplication::translate("StepKinds", "%1: %2 is given twice").arg(binding.target, pair));
        seen.insert(pair);
    }
    return {};
}

} // namespace StepKinds
