// IncidentStore's timeline writes: notes, status and title, the incident's
// variables, metric values of each evaluation, and an action's intent,
// refusal and outcome.
#include "incident/IncidentStore.h"
#include "incident/StoreTime.h"

#include "secrets/Redactor.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QString isoTime(const QDateTime &t)
{
    return StoreTime::iso(t);
}
} // namespace

Result<IncidentNote> IncidentStore::addNote(const QString &incidentId, const QString &text, const QString &actor)
{
    IncidentNote note;
    const Status s = change(incidentId, [&](const QDateTime &now) -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("INSERT INTO notes (incident_id, at, author, text) VALUES (?, ?, ?, ?) RETURNING id"));
        q.addBindValue(incidentId);
        q.addBindValue(isoTime(now));
        q.addBindValue(actor);
        q.addBindValue(Redactor::redact(text));
        if (!q.exec() || !q.next())
            return Status::failure(sqlError(tr("cannot record the note"), q.lastError().text()));
        note = {q.value(0).toLongLong(), now, actor, text};
        q.finish();
        return addTimeline(incidentId, now, actor, QStringLiteral("note.added"), {}, tr("Note: %1").arg(text));
    });
    if (!s)
        return Result<IncidentNote>::failure(s.error());
    return note;
}

Status IncidentStore::setStatus(const QString &incidentId, IncidentStatus status, const QString &actor)
{
    return change(incidentId, [&](const QDateTime &now) -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT status FROM incidents WHERE id = ?"));
        q.addBindValue(incidentId);
        if (!q.exec() || !q.next())
            return Status::failure(sqlError(tr("cannot change the incident's status"), q.lastError().text()));
        const QString stored = q.value(0).toString();
        q.finish();
        if (status == IncidentStatus::Resolved && stored != toText(status))
            if (Status s = requireCommander(incidentId, actor, tr("resolve the incident")); !s)
                return s;
        if (Status s = revise(incidentId, IncidentChange::statusItem(), stored, toText(status), actor); !s)
            return s;
        // resolved_at is the latest resolution; leaving "resolved" clears it.
        q.prepare(QStringLiteral("UPDATE incidents SET status = ?, resolved_at = ? WHERE id = ?"));
        q.addBindValue(toText(status));
        q.addBindValue(status == IncidentStatus::Resolved ? QVariant(isoTime(now)) : QVariant());
        q.addBindValue(incidentId);
        if (!q.exec())
            return Status::failure(sqlError(tr("cannot change the incident's status"), q.lastError().text()));
        return addTimeline(incidentId, now, actor, QStringLiteral("incident.status"), toText(status),
                           status == IncidentStatus::Resolved ? tr("Incident resolved") : tr("Status: %1").arg(toText(status)));
    });
}

Status IncidentStore::rename(const QString &incidentId, const QString &title, const QString &actor)
{
    return change(incidentId, [&](const QDateTime &now) -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT title FROM incidents WHERE id = ?"));
        q.addBindValue(incidentId);
        if (!q.exec() || !q.next())
            return Status::failure(sqlError(tr("cannot rename the incident"), q.lastError().text()));
        const QString stored = q.value(0).toString();
        q.finish();
        if (Status s = revise(incidentId, IncidentChange::titleItem(), stored, Redactor::redact(title), actor); !s)
            return s;
        q.prepare(QStringLiteral("UPDATE incidents SET title = ? WHERE id = ?"));
        q.addBindValue(Redactor::redact(title));
        q.addBindValue(incidentId);
        if (!q.exec())
            return Status::failure(sqlError(tr("cannot rename the incident"), q.lastError().text()));
        return addTimeline(incidentId, now, actor, QStringLiteral("incident.renamed"), {}, tr("Renamed to \"%1\"").arg(title));
    });
}

Status IncidentStore::setVariable(const QString &incidentId, const QString &name, const QString &value, const QString &actor)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Z][A-Z0-9_]{0,63}$"));
    if (!valid.match(name).hasMatch())
        return Status::failure(tr("\"%1\" is not a variable name (A–Z, 0–9 and _, starting with a letter)").arg(name));
    if (value.size() > 4096)
        return Status::failure(tr("the value of %1 is too long (%2 characters; at most 4096)").arg(name).arg(value.size()));
    // A secret typed as a value is stored masked, like everywhere else.
    const QString stored = Redactor::redact(value);
    return change(incidentId, [&](const QDateTime &now) -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT value FROM incident_variables WHERE incident_id = ? AND name = ?"));
        q.addBindValue(incidentId);
        q.addBindValue(name);
        if (!q.exec())
            return Status::failure(sqlError(tr("cannot set the variable"), q.lastError().text()));
        const QString before = q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (Status s = revise(incidentId, IncidentChange::variableItem(name), before, stored, actor); !s)
            return s;
        if (stored.isEmpty()) {
            q.prepare(QStringLiteral("DELETE FROM incident_variables WHERE incident_id = ? AND name = ?"));
            q.addBindValue(incidentId);
            q.addBindValue(name);
        } else {
            q.prepare(QStringLiteral("INSERT INTO incident_variables (incident_id, name, value, actor, set_at) VALUES (?, ?, ?, ?, ?)"
                                     " ON CONFLICT (incident_id, name) DO UPDATE SET value = excluded.value, actor = excluded.actor, set_at = excluded.set_at"));
            q.addBindValue(incidentId);
            q.addBindValue(name);
            q.addBindValue(stored);
            q.addBindValue(actor);
            q.addBindValue(now.toString(Qt::ISODateWithMs));
        }
        if (!q.exec())
            return Status::failure(sqlError(tr("cannot set the variable"), q.lastError().text()));
        return addTimeline(incidentId, now, actor, QStringLiteral("variable.set"), name,
                           stored.isEmpty() ? tr("%1 cleared").arg(name) : tr("%1 = %2").arg(name, stored));
    });
}

Status IncidentStore::recordMetrics(const QString &incidentId, const QHash<QString, MetricPoint> &points)
{
    if (Status s = requireWritable(); !s)
        return s;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Status::failure(sqlError(tr("cannot record the metrics"), db.lastError().text()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO metric_values (incident_id, at, metric_id, value, severity) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery last(db);
    last.prepare(QStringLiteral("SELECT severity FROM metric_values WHERE incident_id = ? AND metric_id = ? AND severity <> '' "
                                "ORDER BY at DESC, id DESC LIMIT 1"));
    for (auto it = points.begin(); it != points.end(); ++it) {
        // A rule that changes severity leaves a line on the timeline.
        if (!it->severity.isEmpty()) {
            last.addBindValue(incidentId);
            last.addBindValue(it.key());
            if (last.exec() && last.next()) {
                const QString before = last.value(0).toString();
                if (before != it->severity) {
                    if (Status s = addTimeline(incidentId, it->at, QStringLiteral("runbook-assistant"), QStringLiteral("metric.severity"), it.key(),
                                               tr("%1 went from %2 to %3").arg(it.key(), before, it->severity));
                        !s) {
                        db.rollback();
                        return s;
                    }
                }
            }
            last.finish();
        }
        q.addBindValue(incidentId);
        q.addBindValue(isoTime(it->at));
        q.addBindValue(it.key());
        q.addBindValue(it->value ? QVariant(*it->value) : QVariant());
        q.addBindValue(it->severity);
        if (!q.exec()) {
            const QString e = sqlError(tr("cannot record the metrics"), q.lastError().text());
            db.rollback();
            return Status::failure(e);
        }
    }
    if (!db.commit()) {
        const QString e = sqlError(tr("cannot record the metrics"), db.lastError().text());
        db.rollback();
        return Status::failure(e);
    }
    return {};
}

Status IncidentStore::recordActionRefusal(const QString &incidentId, const QString &actionId, const QString &reason, const QString &actor)
{
    return change(incidentId, [&](const QDateTime &now) {
        return addTimeline(incidentId, now, actor, QStringLiteral("action.refused"), actionId, tr("Refused to run %1: %2").arg(actionId, reason));
    });
}

Status IncidentStore::recordActionIntent(const QString &incidentId, const QString &actionId, const QString &inputs, const QString &actor)
{
    return change(incidentId, [&](const QDateTime &now) {
        return addTimeline(incidentId, now, actor, QStringLiteral("action.intent"), actionId,
                           tr("About to run %1 with %2").arg(actionId, inputs));
    });
}

Status IncidentStore::recordActionOutcome(const QString &incidentId, const QString &actionId, const QString &result, qint64 durationMs,
                                          const QString &actor)
{
    return change(incidentId, [&](const QDateTime &now) {
        return addTimeline(incidentId, now, actor, QStringLiteral("action.outcome"), actionId,
                           tr("%1 finished in %2 ms: %3").arg(actionId).arg(durationMs).arg(result));
    });
}
