// The incident record of IncidentStore: its fields (severity, commander,
// summary, impact, root cause), follow-ups, evidence, and importing an
// exported incident. Each change is one transaction with its timeline line.
#include "incident/IncidentStore.h"
#include "incident/StoreTime.h"

#include "secrets/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using StoreTime::fromIso;
using StoreTime::notNull;
using StoreTime::iso;

namespace {
QString column(IncidentStore::Field f)
{
    switch (f) {
    case IncidentStore::Field::Severity: return QStringLiteral("severity");
    case IncidentStore::Field::Commander: return QStringLiteral("commander");
    case IncidentStore::Field::Summary: return QStringLiteral("summary");
    case IncidentStore::Field::Impact: return QStringLiteral("impact");
    case IncidentStore::Field::RootCause: return QStringLiteral("root_cause");
    }
    return {};
}

QString shortened(const QString &text, int max = 200)
{
    QString t = text.simplified();
    return t.size() > max ? t.left(max - 1) + QChar(0x2026) : t;
}

// The rows, value and series of a snapshot: one JSON column.
QString body(const Evidence &e)
{
    QJsonObject o = e.toJson();
    QJsonObject b{{QStringLiteral("columns"), o.value(QStringLiteral("columns"))}, {QStringLiteral("rows"), o.value(QStringLiteral("rows"))},
                  {QStringLiteral("more_rows"), e.moreRows}, {QStringLiteral("value"), o.value(QStringLiteral("value"))},
                  {QStringLiteral("series"), o.value(QStringLiteral("series"))}};
    return QString::fromUtf8(QJsonDocument(b).toJson(QJsonDocument::Compact));
}

void readBody(Evidence &e, const QString &text)
{
    const QJsonObject b = QJsonDocument::fromJson(text.toUtf8()).object();
    for (const QJsonValue &c : b.value(QStringLiteral("columns")).toArray())
        e.columns.append(c.toString());
    for (const QJsonValue &r : b.value(QStringLiteral("rows")).toArray()) {
        QStringList row;
        for (const QJsonValue &c : r.toArray())
            row.append(c.toString());
        e.rows.append(row);
    }
    e.moreRows = b.value(QStringLiteral("more_rows")).toInt();
    if (b.value(QStringLiteral("value")).isDouble())
        e.value = b.value(QStringLiteral("value")).toDouble();
    for (const QJsonValue &v : b.value(QStringLiteral("series")).toArray())
        e.series.append(v.toDouble());
}

int evidenceSeq(const QString &id)
{
    return id.startsWith(QLatin1Char('E'), Qt::CaseInsensitive) ? id.mid(1).toInt() : 0;
}

// Runs each bound statement; the first failure stops.
bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    // A null QString is bound as SQL NULL: the record's text columns are NOT NULL, so it goes in as ''.
    for (const QVariant &v : values)
        // A flag goes in as 0/1 (PostgreSQL will not put a boolean into an integer column).
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral(""))
                       : v.typeId() == QMetaType::Bool                          ? QVariant(v.toBool() ? 1 : 0)
                                                                                : v);
    return q.exec();
}
} // namespace

Status IncidentStore::loadRecord(Incident &inc) const
{
    if (m_schema < 6)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!exec(q, QStringLiteral("SELECT severity, commander, summary, impact, root_cause FROM incidents WHERE id = ?"), {inc.id}) || !q.next())
        return Status::failure(sqlError(tr("cannot read the incident"), q.lastError().text()));
    inc.severity = q.value(0).toString();
    inc.commander = q.value(1).toString();
    inc.summary = q.value(2).toString();
    inc.impact = q.value(3).toString();
    inc.rootCause = q.value(4).toString();
    if (!exec(q, QStringLiteral("SELECT step_id, evidence_id FROM step_states WHERE incident_id = ? AND evidence_id <> ''"), {inc.id}))
        return Status::failure(sqlError(tr("cannot read the incident"), q.lastError().text()));
    while (q.next())
        if (inc.steps.contains(q.value(0).toString()))
            inc.steps[q.value(0).toString()].evidenceId = q.value(1).toString();
    if (!exec(q, QStringLiteral("SELECT seq, text, owner, due, done FROM followups WHERE incident_id = ? ORDER BY seq"), {inc.id}))
        return Status::failure(sqlError(tr("cannot read the incident"), q.lastError().text()));
    while (q.next())
        inc.followUps.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                              QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toBool()});
    if (!exec(q, QStringLiteral("SELECT seq, step_id, at, actor, kind, source, what, connector, profile, time_window, summary, outcome,"
                                " body, pinned, in_report FROM evidence WHERE incident_id = ? ORDER BY seq"),
              {inc.id}))
        return Status::failure(sqlError(tr("cannot read the incident"), q.lastError().text()));
    while (q.next()) {
        Evidence e;
        e.id = QStringLiteral("E%1").arg(q.value(0).toInt());
        e.stepId = q.value(1).toString();
        e.at = fromIso(q.value(2));
        e.actor = q.value(3).toString();
        e.kind = q.value(4).toString();
        e.source = q.value(5).toString();
        e.what = q.value(6).toString();
        e.connector = q.value(7).toString();
        e.profile = q.value(8).toString();
        e.window = q.value(9).toString();
        e.summary = q.value(10).toString();
        e.outcome = q.value(11).toString();
        readBody(e, q.value(12).toString());
        e.pinned = q.value(13).toBool();
        e.inReport = q.value(14).toBool();
        inc.evidence.append(e);
    }
    return {};
}

Status IncidentStore::setField(const QString &incidentId, Field field, const QString &value, const QString &actor, bool logged)
{
    const QString v = Redactor::redact(field == Field::Severity || field == Field::Commander ? value.trimmed() : value);
    if (field == Field::Severity && !v.isEmpty() && !isSeverity(v))
        return Status::failure(tr("\"%1\" is not a severity (SEV1, SEV2, SEV3 or SEV4)").arg(v));
    if (v.size() > 100000)
        return Status::failure(tr("the text is too long (%1 characters; at most 100000)").arg(v.size()));
    return change(incidentId, [&](const QDateTime &now) -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!exec(q, QStringLiteral("SELECT %1 FROM incidents WHERE id = ?").arg(column(field)), {incidentId}) || !q.next())
            return Status::failure(sqlError(tr("cannot change the incident"), q.lastError().text()));
        const QString stored = q.value(0).toString();
        q.finish();
        if (field == Field::Commander && stored != v)
            if (Status s = requireCommander(incidentId, actor, tr("name another incident commander")); !s)
                return s;
        if (Status s = revise(incidentId, IncidentChange::fieldItem(field), stored, v, actor); !s)
            return s;
        if (!exec(q, QStringLiteral("UPDATE incidents SET %1 = ? WHERE id = ?").arg(column(field)), {v, incidentId}))
            return Status::failure(sqlError(tr("cannot change the incident"), q.lastError().text()));
        if (!logged)
            return {};
        QString text;
        switch (field) {
        case Field::Severity: text = v.isEmpty() ? tr("Severity cleared") : tr("Severity: %1").arg(v); break;
        case Field::Commander: text = v.isEmpty() ? tr("No incident commander") : tr("Incident commander: %1").arg(v); break;
        case Field::Summary: text = tr("Summary: %1").arg(shortened(v)); break;
        case Field::Impact: text = tr("Impact: %1").arg(shortened(v)); break;
        case Field::RootCause: text = tr("Root cause: %1").arg(shortened(v)); break;
        }
        return addTimeline(incidentId, now, actor, QStringLiteral("incident.") + column(field).remove(QLatin1Char('_')),
                           field == Field::Severity ? v : QString(), text);
    });
}

Result<int> IncidentStore::saveFollowUp(const QString &incidentId, const FollowUp &f, const QString &actor)
{
    const QString text = Redactor::redact(f.text.trimmed());
    if (text.isEmpty())
        return Result<int>::failure(tr("a follow-up needs a text"));
    int id = f.id;
    const Status s = change(incidentId, [&](const QDateTime &now) -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (id == 0) {
            if (!exec(q, QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM followups WHERE incident_id = ?"), {incidentId}) || !q.next())
                return Status::failure(sqlError(tr("cannot add the follow-up"), q.lastError().text()));
            id = q.value(0).toInt();
            q.finish();
            if (!exec(q, QStringLiteral("INSERT INTO followups (incident_id, seq, text, owner, due, done) VALUES (?, ?, ?, ?, ?, ?)"),
                      {incidentId, id, text, Redactor::redact(f.owner.trimmed()), f.due.isValid() ? f.due.toString(Qt::ISODate) : QString(), f.done}))
                return Status::failure(sqlError(tr("cannot add the follow-up"), q.lastError().text()));
            QString line = tr("Follow-up %1 added: %2").arg(id).arg(text);
            if (!f.owner.trimmed().isEmpty())
                line += tr(" (owner %1)").arg(f.owner.trimmed());
            if (f.due.isValid())
                line += tr(", due %1").arg(f.due.toString(Qt::ISODate));
            return addTimeline(incidentId, now, actor, QStringLiteral("followup.added"), QString::number(id), line);
        }
        if (!exec(q, QStringLiteral("SELECT done, text, owner, due FROM followups WHERE incident_id = ? AND seq = ?"), {incidentId, id}) || !q.next())
            return Status::failure(tr("the incident has no follow-up %1").arg(id));
        const bool wasDone = q.value(0).toBool();
        const QString stored = QStringList{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(0).toString()}.join(QLatin1Char('\n'));
        q.finish();
        const QString mine = QStringList{text, Redactor::redact(f.owner.trimmed()), f.due.isValid() ? f.due.toString(Qt::ISODate) : QString(),
                                         QString::number(f.done ? 1 : 0)}.join(QLatin1Char('\n'));
        if (Status s = revise(incidentId, IncidentChange::followUpItem(id), stored, mine, actor); !s)
            return s;
        if (!exec(q, QStringLiteral("UPDATE followups SET text = ?, owner = ?, due = ?, done = ? WHERE incident_id = ? AND seq = ?"),
                  {text, Redactor::redact(f.owner.trimmed()), f.due.isValid() ? f.due.toString(Qt::ISODate) : QString(), f.done, incidentId, id}))
            return Status::failure(sqlError(tr("cannot change the follow-up"), q.lastError().text()));
        const QString line = f.done != wasDone ? (f.done ? tr("Follow-up %1 done: %2") : tr("Follow-up %1 reopened: %2")).arg(id).arg(text)
                                               : tr("Follow-up %1 changed: %2").arg(id).arg(text);
        return addTimeline(incidentId, now, actor, QStringLiteral("followup.changed"), QString::number(id), line);
    });
    if (!s)
        return Result<int>::failure(s.error());
    return id;
}

Status IncidentStore::removeFollowUp(const QString &incidentId, int followUpId, const QString &actor)
{
    return change(incidentId, [&](const QDateTime &now) -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!exec(q, QStringLiteral("DELETE FROM followups WHERE incident_id = ? AND seq = ?"), {incidentId, followUpId}))
            return Status::failure(sqlError(tr("cannot remove the follow-up"), q.lastError().text()));
        if (q.numRowsAffected() != 1)
            return Status::failure(tr("the incident has no follow-up %1").arg(followUpId));
        return addTimeline(incidentId, now, actor, QStringLiteral("followup.removed"), QString::number(followUpId),
                           tr("Follow-up %1 removed").arg(followUpId));
    });
}

Result<QString> IncidentStore::attachEvidence(const QString &incidentId, Evidence e, const QString &actor, const StepStamp &anchor)
{
    // Redacted and capped before it is written: nothing secret reaches the store.
    for (QString *t : {&e.stepId, &e.kind, &e.source, &e.what, &e.connector, &e.profile, &e.window, &e.summary, &e.outcome})
        *t = Redactor::redact(*t);
    for (QString &c : e.columns)
        c = Redactor::redact(c);
    if (e.rows.size() > Evidence::MaxRows) {
        e.moreRows += int(e.rows.size()) - Evidence::MaxRows;
        e.rows = e.rows.mid(0, Evidence::MaxRows);
    }
    for (QStringList &row : e.rows)
        for (QString &cell : row)
            cell = Redactor::redact(cell.size() > 2000 ? cell.left(1999) + QChar(0x2026) : cell);
    if (e.series.size() > 500)
        e.series = e.series.mid(e.series.size() - 500);
    QString id;
    const Status s = change(incidentId, [&](const QDateTime &now) -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!exec(q, QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM evidence WHERE incident_id = ?"), {incidentId}) || !q.next())
            return Status::failure(sqlError(tr("cannot attach the evidence"), q.lastError().text()));
        const int seq = q.value(0).toInt();
        q.finish();
        id = QStringLiteral("E%1").arg(seq);
        const QDateTime at = e.at.isValid() ? e.at : now;
        if (!exec(q, QStringLiteral("INSERT INTO evidence (incident_id, seq, step_id, at, actor, kind, source, what, connector, profile,"
                                    " time_window, summary, outcome, body, pinned, in_report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {incidentId, seq, e.stepId, iso(at), actor, e.kind, e.source, e.what, e.connector, e.profile, e.window, e.summary,
                   e.outcome, body(e), e.pinned, e.inReport}))
            return Status::failure(sqlError(tr("cannot attach the evidence"), q.lastError().text()));
        // The step's record, anchored on its text, so the snapshot stays with its step when the runbook changes.
        if ((!anchor.hash.isEmpty() || !anchor.text.isEmpty())
            && !exec(q, QStringLiteral("INSERT INTO step_states (incident_id, step_id, state, note, actor, changed_at, text_hash, step_text)"
                                       " VALUES (?, ?, 'pending', '', '', NULL, ?, ?) ON CONFLICT (incident_id, step_id) DO NOTHING"),
                     {incidentId, e.stepId, notNull(anchor.hash), notNull(anchor.text)}))
            return Status::failure(sqlError(tr("cannot attach the evidence"), q.lastError().text()));
        return addTimeline(incidentId, now, actor, QStringLiteral("evidence.added"), e.stepId,
                           tr("Evidence %1 (%2 %3): %4").arg(id, e.kind, e.source, shortened(e.summary)));
    });
    if (!s)
        return Result<QString>::failure(s.error());
    return id;
}

Status IncidentStore::setEvidenceFlags(const QString &incidentId, const QString &evidenceId, std::optional<bool> pinned,
                                       std::optional<bool> inReport, const QString &actor)
{
    const int seq = evidenceSeq(evidenceId);
    return change(incidentId, [&](const QDateTime &now) -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!exec(q, QStringLiteral("SELECT step_id FROM evidence WHERE incident_id = ? AND seq = ?"), {incidentId, seq}) || !q.next())
            return Status::failure(tr("the incident has no evidence %1").arg(evidenceId));
        const QString step = q.value(0).toString();
        q.finish();
        QStringList parts;
        if (pinned) {
            if (!exec(q, QStringLiteral("UPDATE evidence SET pinned = ? WHERE incident_id = ? AND seq = ?"), {*pinned, incidentId, seq}))
                return Status::failure(sqlError(tr("cannot change the evidence"), q.lastError().text()));
            parts.append(*pinned ? tr("pinned") : tr("unpinned"));
        }
        if (inReport) {
            if (!exec(q, QStringLiteral("UPDATE evidence SET in_report = ? WHERE incident_id = ? AND seq = ?"), {*inReport, incidentId, seq}))
                return Status::failure(sqlError(tr("cannot change the evidence"), q.lastError().text()));
            parts.append(*inReport ? tr("back in the report") : tr("left out of the report (kept in the record)"));
        }
        if (parts.isEmpty())
            return {};
        return addTimeline(incidentId, now, actor, QStringLiteral("evidence.changed"), step,
                           tr("Evidence E%1 %2").arg(seq).arg(parts.join(QStringLiteral(", "))));
    });
}

Status IncidentStore::markStepDone(const QString &incidentId, const QString &stepId, const QString &evidenceId, const StepStamp &stamp,
                                   const QString &actor, const QString &stepLabel)
{
    const int seq = evidenceSeq(evidenceId);
    return change(incidentId, [&](const QDateTime &now) -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!exec(q, QStringLiteral("SELECT summary FROM evidence WHERE incident_id = ? AND seq = ? AND step_id = ?"), {incidentId, seq, stepId}) || !q.next())
            return Status::failure(tr("the step %1 has no evidence %2").arg(stepId, evidenceId));
        const QString summary = q.value(0).toString();
        q.finish();
        if (!exec(q, QStringLiteral("SELECT state FROM step_states WHERE incident_id = ? AND step_id = ?"), {incidentId, stepId}))
            return Status::failure(sqlError(tr("cannot record the step"), q.lastError().text()));
        const QString stored = q.next() ? q.value(0).toString() : toText(StepState::Pending);
        q.finish();
        if (Status s = revise(incidentId, IncidentChange::stepStateItem(stepId), stored, toText(StepState::Done), actor); !s)
            return s;
        if (!exec(q, QStringLiteral("INSERT INTO step_states (incident_id, step_id, state, note, actor, changed_at, text_hash, step_text, evidence_id)"
                                    " VALUES (?, ?, 'done', '', ?, ?, ?, ?, ?) ON CONFLICT (incident_id, step_id) DO UPDATE SET"
                                    " state = 'done', actor = excluded.actor, changed_at = excluded.changed_at, text_hash = excluded.text_hash,"
                                    " evidence_id = excluded.evidence_id, ")
                         + keepStepText(),
                  {incidentId, stepId, actor, iso(now), notNull(stamp.hash), notNull(stamp.text), QStringLiteral("E%1").arg(seq)})
            || !exec(q, QStringLiteral("UPDATE evidence SET pinned = 1 WHERE incident_id = ? AND seq = ?"), {incidentId, seq}))
            return Status::failure(sqlError(tr("cannot record the step"), q.lastError().text()));
        return addTimeline(incidentId, now, actor, QStringLiteral("step.state"), stepId,
                           tr("Step %1 marked done — evidence E%2: %3").arg(stepLabel.isEmpty() ? stepId : stepLabel).arg(seq).arg(shortened(summary)));
    });
}

Result<QString> IncidentStore::importIncident(const Incident &inc)
{
    using R = Result<QString>;
    if (Status s = requireWritable(); !s)
        return R::failure(s.error());
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("SELECT 1 FROM incidents WHERE id = ?"), {inc.id}))
        return R::failure(sqlError(tr("cannot import the incident"), q.lastError().text()));
    if (q.next())
        return R::failure(tr("the store already holds an incident %1; nothing was imported").arg(inc.id));
    q.finish();
    if (!db.transaction())
        return R::failure(sqlError(tr("cannot import the incident"), db.lastError().text()));
    // Everything or nothing; texts are redacted on the way in like any other change.
    auto r = [](const QString &t) { return Redactor::redact(t); };
    bool ok = exec(q, QStringLiteral("INSERT INTO incidents (id, title, runbook_path, runbook_hash, runbook_title, status, created_at, updated_at,"
                                     " resolved_at, assignee, severity, commander, summary, impact, root_cause) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {inc.id, r(inc.title), inc.runbookPath, inc.runbookHash, r(inc.runbookTitle), toText(inc.status), iso(inc.createdAt),
                    iso(inc.updatedAt), StoreTime::isoOrNull(inc.resolvedAt), r(inc.assignee), inc.severity, r(inc.commander), r(inc.summary),
                    r(inc.impact), r(inc.rootCause)});
    QList<StepRecord> records = inc.steps.values() + inc.vanished;
    for (StepRecord &s : records) // each under its own key
        if (!s.key.isEmpty())
            s.stepId = s.key;
    std::sort(records.begin(), records.end(), [](const StepRecord &a, const StepRecord &b) { return a.stepId < b.stepId; });
    for (const StepRecord &s : std::as_const(records)) {
        ok = ok && exec(q, QStringLiteral("INSERT INTO step_states (incident_id, step_id, state, note, actor, changed_at, text_hash, step_text, note_logged, evidence_id)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {inc.id, s.stepId, toText(s.state), r(s.note), s.actor, StoreTime::isoOrNull(s.changedAt), s.textHash, notNull(s.text), r(s.noteLogged), s.evidenceId});
    }
    for (const IncidentNote &n : inc.notes)
        ok = ok && exec(q, QStringLiteral("INSERT INTO notes (incident_id, at, author, text) VALUES (?, ?, ?, ?)"), {inc.id, iso(n.at), n.author, r(n.text)});
    for (const TimelineEvent &e : inc.timeline)
        ok = ok && exec(q, QStringLiteral("INSERT INTO timeline (incident_id, at, actor, kind, subject, text) VALUES (?, ?, ?, ?, ?, ?)"),
                        {inc.id, iso(e.at), e.actor, e.kind, r(e.subject), r(e.text)});
    for (auto it = inc.metrics.begin(); ok && it != inc.metrics.end(); ++it)
        for (const MetricPoint &p : it.value())
            ok = ok && exec(q, QStringLiteral("INSERT INTO metric_values (incident_id, at, metric_id, value, severity) VALUES (?, ?, ?, ?, ?)"),
                            {inc.id, iso(p.at), it.key(), p.value ? QVariant(*p.value) : QVariant(), p.severity});
    for (auto it = inc.variables.begin(); ok && it != inc.variables.end(); ++it)
        ok = exec(q, QStringLiteral("INSERT INTO incident_variables (incident_id, name, value, actor, set_at) VALUES (?, ?, ?, '', ?)"),
                  {inc.id, it.key(), r(it.value()), iso(inc.updatedAt)});
    for (const FollowUp &f : inc.followUps)
        ok = ok && exec(q, QStringLiteral("INSERT INTO followups (incident_id, seq, text, owner, due, done) VALUES (?, ?, ?, ?, ?, ?)"),
                        {inc.id, f.id, r(f.text), r(f.owner), f.due.isValid() ? f.due.toString(Qt::ISODate) : QString(), f.done});
    for (const Evidence &e : inc.evidence)
        ok = ok && exec(q, QStringLiteral("INSERT INTO evidence (incident_id, seq, step_id, at, actor, kind, source, what, connector, profile,"
                                          " time_window, summary, outcome, body, pinned, in_report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {inc.id, evidenceSeq(e.id), e.stepId, iso(e.at), e.actor, e.kind, e.source, r(e.what), e.connector, e.profile, e.window,
                         r(e.summary), e.outcome, r(body(e)), e.pinned, e.inReport});
    if (!ok) {
        const QString err = sqlError(tr("cannot import the incident"), q.lastError().text());
        db.rollback();
        return R::failure(err);
    }
    if (m_crashHook)
        m_crashHook();
    if (!db.commit()) {
        const QString err = sqlError(tr("cannot import the incident"), db.lastError().text());
        db.rollback();
        return R::failure(err);
    }
    return inc.id;
}
