// The incident as JSON and back: the "incident" object of
// docs/incident-schema.json. Reading checks every field and names the one
// that is wrong, so a damaged or hand-edited file is refused with its place.
#include "incident/Incident.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <functional>
#include <vector>

namespace {
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Incident", text);
}

// Reads fields of one JSON object; the first error (with the field's path) wins.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, QString *error) : m_o(o), m_path(std::move(path)), m_error(error) {}

    bool has(const QString &key) const { return m_o.contains(key); }
    bool ok() const { return m_error->isEmpty(); }
    QString where(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    bool fail(const QString &key, const QString &what) const
    {
        if (m_error->isEmpty())
            *m_error = QStringLiteral("%1: %2").arg(where(key), what);
        return false;
    }
    QString string(const QString &key, bool required = false) const
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, tr("missing"));
            return {};
        }
        if (!v.isString()) {
            fail(key, tr("expected a string"));
            return {};
        }
        if (v.toString().size() > 1 << 20) {
            fail(key, tr("longer than 1 MiB"));
            return {};
        }
        return v.toString();
    }
    QDateTime timeAt(const QString &key, bool required = false) const
    {
        const QString s = string(key, required);
        if (s.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid()) {
            fail(key, tr("\"%1\" is not an ISO-8601 time").arg(s.left(40)));
            return {};
        }
        return t.toUTC();
    }
    bool boolean(const QString &key, bool fallback) const
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(key, tr("expected true or false"));
        return v.toBool(fallback);
    }
    std::optional<double> number(const QString &key) const
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(key, tr("expected a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }
    QJsonArray array(const QString &key) const
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            fail(key, tr("expected a list"));
        return v.toArray();
    }
    QJsonObject object(const QString &key) const
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            fail(key, tr("expected an object"));
        return v.toObject();
    }
    // Each element of a list must be an object; `each` reads it with its own path.
    void objects(const QString &key, const std::function<void(const Reader &)> &each) const
    {
        const QJsonArray a = array(key);
        for (int i = 0; i < a.size() && m_error->isEmpty(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(where(key)).arg(i);
            if (!a.at(i).isObject()) {
                *m_error = QStringLiteral("%1: %2").arg(path, tr("expected an object"));
                return;
            }
            each(Reader(a.at(i).toObject(), path, m_error));
        }
    }
    QStringList strings(const QString &key) const
    {
        QStringList out;
        const QJsonArray a = array(key);
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                fail(QStringLiteral("%1[%2]").arg(key).arg(i), tr("expected a string"));
                return {};
            }
            out.append(a.at(i).toString());
        }
        return out;
    }

private:
    QJsonObject m_o;
    QString m_path;
    QString *m_error;
};
} // namespace

namespace {
// One snapshot; `requireId` false for one not yet attached (a change on its way to the store).
Evidence readEvidence(const Reader &r, bool requireId)
{
    Evidence e;
    e.id = r.string(QStringLiteral("id"), requireId);
    if (!e.id.isEmpty() && !QRegularExpression(QStringLiteral("^E[1-9][0-9]{0,8}$")).match(e.id).hasMatch())
        r.fail(QStringLiteral("id"), tr("\"%1\" is not an evidence id (E1, E2, …)").arg(e.id.left(40)));
    e.stepId = r.string(QStringLiteral("step"), true);
    e.at = r.timeAt(QStringLiteral("at"), requireId);
    e.actor = r.string(QStringLiteral("actor"));
    e.kind = r.string(QStringLiteral("kind"));
    e.source = r.string(QStringLiteral("source"));
    e.what = r.string(QStringLiteral("what"));
    e.connector = r.string(QStringLiteral("connector"));
    e.profile = r.string(QStringLiteral("profile"));
    e.window = r.string(QStringLiteral("window"));
    e.summary = r.string(QStringLiteral("summary"));
    e.outcome = r.string(QStringLiteral("outcome"));
    e.columns = r.strings(QStringLiteral("columns"));
    const QJsonArray rows = r.array(QStringLiteral("rows"));
    for (int i = 0; i < rows.size() && r.ok(); ++i) {
        QStringList row;
        for (const QJsonValue &cell : rows.at(i).toArray()) {
            if (!cell.isString())
                r.fail(QStringLiteral("rows[%1]").arg(i), tr("expected a list of strings"));
            row.append(cell.toString());
        }
        if (!rows.at(i).isArray())
            r.fail(QStringLiteral("rows[%1]").arg(i), tr("expected a list of strings"));
        e.rows.append(row);
    }
    if (e.rows.size() > Evidence::MaxRows)
        r.fail(QStringLiteral("rows"), tr("more than %1 rows").arg(Evidence::MaxRows));
    e.moreRows = int(r.number(QStringLiteral("more_rows")).value_or(0));
    e.value = r.number(QStringLiteral("value"));
    const QJsonArray series = r.array(QStringLiteral("series"));
    for (const QJsonValue &v : series) {
        if (!v.isDouble())
            r.fail(QStringLiteral("series"), tr("expected a list of numbers"));
        e.series.append(v.toDouble());
    }
    e.pinned = r.boolean(QStringLiteral("pinned"), false);
    e.inReport = r.boolean(QStringLiteral("in_report"), true);
    return e;
}
} // namespace

Result<Evidence> Evidence::fromJson(const QJsonObject &json)
{
    QString error;
    Evidence e = readEvidence(Reader(json, QStringLiteral("evidence"), &error), false);
    if (!error.isEmpty())
        return Result<Evidence>::failure(error);
    return e;
}

QJsonObject Evidence::toJson() const
{
    QJsonArray rowArray;
    for (const QStringList &r : rows)
        rowArray.append(stringArray(r));
    QJsonArray seriesArray;
    for (double v : series)
        seriesArray.append(v);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("step"), stepId},
            {QStringLiteral("at"), time(at)},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("source"), source},
            {QStringLiteral("what"), what},
            {QStringLiteral("connector"), connector},
            {QStringLiteral("profile"), profile},
            {QStringLiteral("window"), window},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("columns"), stringArray(columns)},
            {QStringLiteral("rows"), rowArray},
            {QStringLiteral("more_rows"), moreRows},
            {QStringLiteral("value"), value ? QJsonValue(*value) : QJsonValue()},
            {QStringLiteral("series"), seriesArray},
            {QStringLiteral("pinned"), pinned},
            {QStringLiteral("in_report"), inReport}};
}

QJsonObject Incident::toJson() const
{
    // Each record under its own key (what the store holds); once reconciled with
    // the runbook, where it is now ("step") or that its step is gone.
    QJsonArray stepArray;
    std::vector<std::pair<QString, QString>> order; // (record key, step id now; empty: vanished)
    for (auto it = steps.constBegin(); it != steps.constEnd(); ++it)
        order.push_back({it->key.isEmpty() ? it.key() : it->key, it.key()});
    QHash<QString, const StepRecord *> gone;
    for (const StepRecord &r : vanished) {
        const QString key = r.key.isEmpty() ? r.stepId : r.key;
        order.push_back({key, QString()});
        gone.insert(key, &r);
    }
    std::sort(order.begin(), order.end());
    for (const auto &[key, now] : order) {
        const StepRecord &r = now.isEmpty() ? *gone.value(key) : *steps.find(now);
        QJsonObject o{{QStringLiteral("id"), key}, {QStringLiteral("state"), toText(r.state)}, {QStringLiteral("note"), r.note},
                      {QStringLiteral("actor"), r.actor}, {QStringLiteral("changed_at"), time(r.changedAt)},
                      {QStringLiteral("text_hash"), r.textHash}};
        if (!r.text.isEmpty())
            o.insert(QStringLiteral("text"), r.text);
        if (now.isEmpty())
            o.insert(QStringLiteral("vanished"), true);
        else if (now != key)
            o.insert(QStringLiteral("step"), now);
        if (r.noteLogged != r.note) // a note being typed when it was saved: its timeline line is still to come
            o.insert(QStringLiteral("note_logged"), r.noteLogged);
        if (!r.evidenceId.isEmpty())
            o.insert(QStringLiteral("evidence"), r.evidenceId);
        stepArray.append(o);
    }
    QJsonArray noteArray;
    for (const IncidentNote &n : notes)
        noteArray.append(QJsonObject{{QStringLiteral("at"), time(n.at)}, {QStringLiteral("author"), n.author}, {QStringLiteral("text"), n.text}});
    QJsonArray timelineArray;
    for (const TimelineEvent &e : timeline)
        timelineArray.append(QJsonObject{{QStringLiteral("at"), time(e.at)}, {QStringLiteral("actor"), e.actor}, {QStringLiteral("kind"), e.kind},
                                         {QStringLiteral("subject"), e.subject}, {QStringLiteral("text"), e.text}});
    QJsonObject metricObject;
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        QJsonArray points;
        for (const MetricPoint &p : it.value())
            points.append(QJsonObject{{QStringLiteral("at"), time(p.at)}, {QStringLiteral("value"), p.value ? QJsonValue(*p.value) : QJsonValue()},
                                      {QStringLiteral("severity"), p.severity}});
        metricObject.insert(it.key(), points);
    }
    QJsonObject variableObject;
    for (auto it = variables.begin(); it != variables.end(); ++it)
        variableObject.insert(it.key(), it.value());
    QJsonArray followUpArray;
    for (const FollowUp &f : followUps)
        followUpArray.append(QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("text"), f.text}, {QStringLiteral("owner"), f.owner},
                                         {QStringLiteral("due"), f.due.isValid() ? QJsonValue(f.due.toString(Qt::ISODate)) : QJsonValue()},
                                         {QStringLiteral("done"), f.done}});
    QJsonArray evidenceArray;
    for (const Evidence &e : evidence)
        evidenceArray.append(e.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), toText(status)},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("commander"), commander},
            {QStringLiteral("assignee"), assignee},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("impact"), impact},
            {QStringLiteral("root_cause"), rootCause},
            {QStringLiteral("runbook"), QJsonObject{{QStringLiteral("path"), runbookPath}, {QStringLiteral("title"), runbookTitle}, {QStringLiteral("hash"), runbookHash}}},
            {QStringLiteral("created_at"), time(createdAt)},
            {QStringLiteral("updated_at"), time(updatedAt)},
            {QStringLiteral("resolved_at"), time(resolvedAt)},
            {QStringLiteral("variables"), variableObject},
            {QStringLiteral("steps"), stepArray},
            {QStringLiteral("evidence"), evidenceArray},
            {QStringLiteral("notes"), noteArray},
            {QStringLiteral("followups"), followUpArray},
            {QStringLiteral("timeline"), timelineArray},
            {QStringLiteral("metrics"), metricObject}};
}

Result<Incident> Incident::fromJson(const QJsonObject &json)
{
    QString error;
    const Reader in(json, QStringLiteral("incident"), &error);
    Incident inc;
    inc.id = in.string(QStringLiteral("id"), true);
    if (error.isEmpty() && !QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{1,64}$")).match(inc.id).hasMatch())
        in.fail(QStringLiteral("id"), tr("\"%1\" is not an incident id").arg(inc.id.left(70)));
    inc.title = in.string(QStringLiteral("title"), true);
    const QString status = in.string(QStringLiteral("status"), true);
    if (const auto st = incidentStatusFromString(status))
        inc.status = *st;
    else if (error.isEmpty())
        in.fail(QStringLiteral("status"), tr("unknown status \"%1\" (%2)").arg(status.left(40), incidentStatusNames().join(QStringLiteral(", "))));
    inc.severity = in.string(QStringLiteral("severity"));
    if (!inc.severity.isEmpty() && !isSeverity(inc.severity))
        in.fail(QStringLiteral("severity"), tr("\"%1\" is not SEV1 … SEV4").arg(inc.severity.left(40)));
    inc.commander = in.string(QStringLiteral("commander"));
    inc.assignee = in.string(QStringLiteral("assignee"));
    inc.summary = in.string(QStringLiteral("summary"));
    inc.impact = in.string(QStringLiteral("impact"));
    inc.rootCause = in.string(QStringLiteral("root_cause"));
    const Reader rb(in.object(QStringLiteral("runbook")), in.where(QStringLiteral("runbook")), &error);
    inc.runbookPath = rb.string(QStringLiteral("path"), true);
    inc.runbookTitle = rb.string(QStringLiteral("title"));
    inc.runbookHash = rb.string(QStringLiteral("hash"));
    inc.createdAt = in.timeAt(QStringLiteral("created_at"), true);
    inc.updatedAt = in.timeAt(QStringLiteral("updated_at"), true);
    inc.resolvedAt = in.timeAt(QStringLiteral("resolved_at"));
    const QJsonObject vars = in.object(QStringLiteral("variables"));
    for (auto it = vars.begin(); it != vars.end() && error.isEmpty(); ++it) {
        if (!it.value().isString())
            in.fail(QStringLiteral("variables.") + it.key(), tr("expected a string"));
        inc.variables.insert(it.key(), it.value().toString());
    }
    in.objects(QStringLiteral("steps"), [&](const Reader &r) {
        StepRecord s;
        s.stepId = r.string(QStringLiteral("id"), true);
        const QString state = r.string(QStringLiteral("state"), true);
        if (const auto st = stepStateFromString(state))
            s.state = *st;
        else
            r.fail(QStringLiteral("state"), tr("unknown state \"%1\" (pending, done, skipped, n/a)").arg(state.left(40)));
        s.note = r.string(QStringLiteral("note"));
        s.noteLogged = r.has(QStringLiteral("note_logged")) ? r.string(QStringLiteral("note_logged")) : s.note;
        s.actor = r.string(QStringLiteral("actor"));
        s.changedAt = r.timeAt(QStringLiteral("changed_at"));
        s.textHash = r.string(QStringLiteral("text_hash"));
        s.text = r.string(QStringLiteral("text"));
        s.evidenceId = r.string(QStringLiteral("evidence"));
        if (inc.steps.contains(s.stepId))
            r.fail(QStringLiteral("id"), tr("step %1 is listed twice").arg(s.stepId.left(80)));
        inc.steps.insert(s.stepId, s);
    });
    in.objects(QStringLiteral("evidence"), [&](const Reader &r) {
        Evidence e = readEvidence(r, true);
        if (inc.findEvidence(e.id))
            r.fail(QStringLiteral("id"), tr("evidence %1 is listed twice").arg(e.id));
        inc.evidence.append(e);
    });
    in.objects(QStringLiteral("notes"), [&](const Reader &r) {
        inc.notes.append({0, r.timeAt(QStringLiteral("at"), true), r.string(QStringLiteral("author")), r.string(QStringLiteral("text"), true)});
    });
    in.objects(QStringLiteral("followups"), [&](const Reader &r) {
        FollowUp f;
        f.id = int(r.number(QStringLiteral("id")).value_or(0));
        if (f.id < 1)
            r.fail(QStringLiteral("id"), tr("expected a number from 1"));
        f.text = r.string(QStringLiteral("text"), true);
        f.owner = r.string(QStringLiteral("owner"));
        const QString due = r.string(QStringLiteral("due"));
        f.due = QDate::fromString(due, Qt::ISODate);
        if (!due.isEmpty() && !f.due.isValid())
            r.fail(QStringLiteral("due"), tr("\"%1\" is not a date (YYYY-MM-DD)").arg(due.left(40)));
        f.done = r.boolean(QStringLiteral("done"), false);
        for (const FollowUp &other : std::as_const(inc.followUps))
            if (other.id == f.id)
                r.fail(QStringLiteral("id"), tr("follow-up %1 is listed twice").arg(f.id));
        inc.followUps.append(f);
    });
    qint64 order = 0;
    in.objects(QStringLiteral("timeline"), [&](const Reader &r) {
        inc.timeline.append({++order, r.timeAt(QStringLiteral("at"), true), r.string(QStringLiteral("actor")), r.string(QStringLiteral("kind"), true),
                             r.string(QStringLiteral("subject")), r.string(QStringLiteral("text"))});
    });
    const QJsonObject metricObject = in.object(QStringLiteral("metrics"));
    for (auto it = metricObject.begin(); it != metricObject.end() && error.isEmpty(); ++it) {
        if (!it.value().isArray()) {
            in.fail(QStringLiteral("metrics.") + it.key(), tr("expected a list"));
            break;
        }
        const Reader holder(QJsonObject{{QStringLiteral("points"), it.value()}}, in.where(QStringLiteral("metrics.") + it.key()), &error);
        holder.objects(QStringLiteral("points"), [&](const Reader &r) {
            inc.metrics[it.key()].append({r.timeAt(QStringLiteral("at"), true), r.number(QStringLiteral("value")), r.string(QStringLiteral("severity"))});
        });
    }
    if (!error.isEmpty())
        return Result<Incident>::failure(error);
    return inc;
}
