// The report as JSON (docs/incident-schema.json): the whole record under
// "incident" — which `incident import` reads back — plus, for readers, the
// walkthrough as the report shows it and the times derived from the timeline.
#include "report/IncidentReport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "secrets/Redactor.h"

namespace {
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
const QString Format = QStringLiteral("runbook-assistant.incident");

// Every string through the redactor: a secret the store took in before it was known is masked here.
QJsonValue redacted(const QJsonValue &v)
{
    if (v.isString())
        return Redactor::redact(v.toString());
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &e : v.toArray())
            a.append(redacted(e));
        return a;
    }
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            o.insert(it.key(), redacted(it.value()));
        return o;
    }
    return v;
}
} // namespace

QJsonObject ReportWriter::json(const Incident &inc, const Runbook &rb)
{
    QJsonArray walkthrough;
    for (const Section &s : rb.sections) {
        if (s.steps.isEmpty())
            continue;
        QJsonArray steps;
        for (const Step &st : s.steps) {
            const StepRecord r = inc.step(st.id);
            steps.append(QJsonObject{{QStringLiteral("id"), st.id}, {QStringLiteral("number"), st.number}, {QStringLiteral("text"), st.plainText},
                                     {QStringLiteral("group"), st.group}, {QStringLiteral("state"), toText(r.state)}});
        }
        walkthrough.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.displayTitle()}, {QStringLiteral("steps"), steps}});
    }
    QJsonArray people;
    for (const QString &p : inc.participants())
        people.append(p);
    const QJsonObject derived{{QStringLiteral("detected_at"), time(inc.detectedAt())},
                              {QStringLiteral("first_action_at"), time(inc.firstActionAt())},
                              {QStringLiteral("mitigated_at"), time(inc.mitigatedAt())},
                              {QStringLiteral("resolved_at"), time(inc.status == IncidentStatus::Resolved ? inc.resolvedAt : QDateTime())},
                              {QStringLiteral("participants"), people},
                              {QStringLiteral("actions_without_outcome"), int(inc.actionsWithoutOutcome().size())}};
    QJsonObject doc{{QStringLiteral("format"), Format},
                    {QStringLiteral("version"), JsonVersion},
                    {QStringLiteral("incident"), inc.toJson()},
                    {QStringLiteral("walkthrough"), walkthrough},
                    {QStringLiteral("derived"), derived}};
    // Read from a damaged store: what may be missing (import ignores it).
    if (!inc.damage.isEmpty())
        doc.insert(QStringLiteral("incomplete"), QJsonArray::fromStringList(inc.damage));
    return redacted(doc).toObject();
}

Result<Incident> ReportWriter::readJson(const QByteArray &data)
{
    using R = Result<Incident>;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError) {
        // The line and column of the offset, as an editor shows them.
        const QByteArray before = data.left(err.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(err.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return R::failure(IncidentReport::tr("line %1, column %2: %3").arg(line).arg(column).arg(err.errorString()));
    }
    if (!doc.isObject())
        return R::failure(IncidentReport::tr("expected a JSON object (an incident exported with --format json)"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != Format)
        return R::failure(IncidentReport::tr("format: expected \"%1\" (an incident exported with --format json)").arg(Format));
    if (!o.value(QStringLiteral("version")).isDouble())
        return R::failure(IncidentReport::tr("version: expected a number"));
    const int version = o.value(QStringLiteral("version")).toInt();
    if (version > JsonVersion)
        return R::failure(IncidentReport::tr("version: %1 was written by a newer version (this program reads up to %2)").arg(version).arg(JsonVersion));
    if (version < 1)
        return R::failure(IncidentReport::tr("version: %1 is not a version of this format").arg(version));
    if (!o.value(QStringLiteral("incident")).isObject())
        return R::failure(IncidentReport::tr("incident: missing"));
    return Incident::fromJson(o.value(QStringLiteral("incident")).toObject());
}
