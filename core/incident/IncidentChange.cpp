#include "incident/IncidentChange.h"

#include <QCoreApplication>
#include <QUuid>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("IncidentChange", text);
}

const QStringList &kinds()
{
    static const QStringList k = {
        QStringLiteral("incident.create"), QStringLiteral("step"), QStringLiteral("step.draft"), QStringLiteral("step.done"),
        QStringLiteral("drafts.log"), QStringLiteral("note"), QStringLiteral("status"), QStringLiteral("rename"),
        QStringLiteral("field"), QStringLiteral("followup.save"), QStringLiteral("followup.remove"), QStringLiteral("evidence.attach"),
        QStringLiteral("evidence.flags"), QStringLiteral("variable"), QStringLiteral("action.intent"), QStringLiteral("action.refusal"),
        QStringLiteral("action.outcome"), QStringLiteral("metrics")};
    return k;
}
} // namespace

QString toText(IncidentField f)
{
    switch (f) {
    case IncidentField::Severity: return QStringLiteral("severity");
    case IncidentField::Commander: return QStringLiteral("commander");
    case IncidentField::Summary: return QStringLiteral("summary");
    case IncidentField::Impact: return QStringLiteral("impact");
    case IncidentField::RootCause: return QStringLiteral("root_cause");
    }
    return {};
}

std::optional<IncidentField> incidentFieldFromString(const QString &text)
{
    for (IncidentField f : {IncidentField::Severity, IncidentField::Commander, IncidentField::Summary, IncidentField::Impact,
                            IncidentField::RootCause})
        if (toText(f) == text)
            return f;
    return std::nullopt;
}

QString IncidentChange::fieldItem(IncidentField f)
{
    return QStringLiteral("field/") + toText(f);
}

IncidentChange IncidentChange::make(const QString &kind, const QString &incidentId, const QString &actor, const QJsonObject &args,
                                    const QDateTime &madeAt)
{
    IncidentChange c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.incidentId = incidentId;
    c.kind = kind;
    c.actor = actor;
    c.madeAt = madeAt.toUTC();
    c.args = args;
    return c;
}

bool IncidentChange::isDraft() const
{
    return kind == QLatin1String("step.draft") || (kind == QLatin1String("field") && !args.value(QStringLiteral("logged")).toBool(true));
}

QJsonObject IncidentChange::toJson() const
{
    QJsonObject b;
    for (auto it = base.begin(); it != base.end(); ++it)
        b.insert(it.key(), it.value());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("incident"), incidentId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("at"), madeAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("args"), args},
            {QStringLiteral("base"), b}};
}

Result<IncidentChange> IncidentChange::fromJson(const QJsonObject &o)
{
    using R = Result<IncidentChange>;
    IncidentChange c;
    for (const char *key : {"id", "incident", "kind", "actor", "at"})
        if (!o.value(QLatin1String(key)).isString())
            return R::failure(tr("change.%1: expected a string").arg(QLatin1String(key)));
    c.id = o.value(QStringLiteral("id")).toString();
    c.incidentId = o.value(QStringLiteral("incident")).toString();
    c.kind = o.value(QStringLiteral("kind")).toString();
    c.actor = o.value(QStringLiteral("actor")).toString();
    c.madeAt = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (c.id.isEmpty() || c.id.size() > 64)
        return R::failure(tr("change.id: expected a change id"));
    if (!kinds().contains(c.kind))
        return R::failure(tr("change.kind: \"%1\" is not a kind of change").arg(c.kind.left(40)));
    if (!c.madeAt.isValid())
        return R::failure(tr("change.at: expected an ISO-8601 time"));
    if (!o.value(QStringLiteral("args")).isObject())
        return R::failure(tr("change.args: expected an object"));
    c.args = o.value(QStringLiteral("args")).toObject();
    const QJsonObject b = o.value(QStringLiteral("base")).toObject();
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!it.value().isDouble())
            return R::failure(tr("change.base.%1: expected a number").arg(it.key().left(80)));
        c.base.insert(it.key(), it.value().toInt());
    }
    return c;
}
