// IncidentStore's step records: state, note (a draft as it is typed, the
// finished edit with its timeline line), each with the step's hash and text.
#include "incident/IncidentStore.h"
#include "incident/IncidentChange.h"
#include "incident/StoreTime.h"

#include "secrets/Redactor.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
using StoreTime::notNull;
QString isoTime(const QDateTime &t)
{
    return StoreTime::iso(t);
}
} // namespace

QString IncidentStore::keepStepText()
{
    // A change made without the step's text (an import, an older client) keeps the text recorded.
    return QStringLiteral("step_text = CASE WHEN excluded.step_text <> '' THEN excluded.step_text ELSE step_states.step_text END");
}

Status IncidentStore::writeStepState(const QString &incidentId, const QString &stepId, StepState state, const StepStamp &stamp,
                                     const QString &actor, const QString &stepLabel, const QDateTime &now)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT state FROM step_states WHERE incident_id = ? AND step_id = ?"));
    q.addBindValue(incidentId);
    q.addBindValue(stepId);
    if (!q.exec())
        return Status::failure(sqlError(tr("cannot record the step"), q.lastError().text()));
    const QString stored = q.next() ? q.value(0).toString() : toText(StepState::Pending);
    q.finish();
    if (Status s = revise(incidentId, IncidentChange::stepStateItem(stepId), stored, toText(state), actor); !s)
        return s;
    q.prepare(QStringLiteral("INSERT INTO step_states (incident_id, step_id, state, note, actor, changed_at, text_hash, step_text)"
                             " VALUES (?, ?, ?, '', ?, ?, ?, ?) ON CONFLICT (incident_id, step_id) DO UPDATE SET"
                             " state = excluded.state, actor = excluded.actor, changed_at = excluded.changed_at,"
                             " text_hash = excluded.text_hash, ")
              + keepStepText());
    for (const QVariant &v : {QVariant(incidentId), QVariant(stepId), QVariant(toText(state)), QVariant(actor),
                              QVariant(isoTime(now)), QVariant(stamp.hash), QVariant(notNull(stamp.text))})
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(sqlError(tr("cannot record the step"), q.lastError().text()));
    return addTimeline(incidentId, now, actor, QStringLiteral("step.state"), stepId,
                       tr("Step %1 marked %2").arg(stepLabel.isEmpty() ? stepId : stepLabel, toText(state)));
}

Status IncidentStore::writeStepNote(const QString &incidentId, const QString &stepId, const QString &note, const StepStamp &stamp,
                                    const QString &actor, const QString &stepLabel, const QDateTime &now, bool logged)
{
    const QString redacted = Redactor::redact(note);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT note FROM step_states WHERE incident_id = ? AND step_id = ?"));
    q.addBindValue(incidentId);
    q.addBindValue(stepId);
    if (!q.exec())
        return Status::failure(sqlError(tr("cannot record the note"), q.lastError().text()));
    const QString stored = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (Status s = revise(incidentId, IncidentChange::stepNoteItem(stepId), stored, redacted, actor); !s)
        return s;
    // A draft keeps the timeline's last text (note_logged); the finished edit records it.
    q.prepare((logged ? QStringLiteral("INSERT INTO step_states (incident_id, step_id, state, note, actor, changed_at, text_hash, step_text, note_logged)"
                                       " VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, step_id) DO UPDATE SET"
                                       " note = excluded.note, actor = excluded.actor, changed_at = excluded.changed_at,"
                                       " note_logged = excluded.note_logged, ")
                      : QStringLiteral("INSERT INTO step_states (incident_id, step_id, state, note, actor, changed_at, text_hash, step_text, note_logged)"
                                       " VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, '') ON CONFLICT (incident_id, step_id) DO UPDATE SET"
                                       " note = excluded.note, actor = excluded.actor, changed_at = excluded.changed_at, "))
              + keepStepText());
    for (const QVariant &v : {QVariant(incidentId), QVariant(stepId), QVariant(redacted), QVariant(actor), QVariant(isoTime(now)),
                              QVariant(stamp.hash), QVariant(notNull(stamp.text))})
        q.addBindValue(v);
    if (logged)
        q.addBindValue(redacted);
    if (!q.exec())
        return Status::failure(sqlError(tr("cannot record the note"), q.lastError().text()));
    if (!logged)
        return {};
    return addTimeline(incidentId, now, actor, QStringLiteral("step.note"), stepId,
                       note.isEmpty() ? tr("Note on step %1 cleared").arg(stepLabel.isEmpty() ? stepId : stepLabel)
                                      : tr("Note on step %1: %2").arg(stepLabel.isEmpty() ? stepId : stepLabel, note));
}

Status IncidentStore::setStepState(const QString &incidentId, const QString &stepId, StepState state, const StepStamp &stamp,
                                   const QString &actor, const QString &stepLabel)
{
    return change(incidentId, [&](const QDateTime &now) {
        return writeStepState(incidentId, stepId, state, stamp, actor, stepLabel, now);
    });
}

Status IncidentStore::setStepNote(const QString &incidentId, const QString &stepId, const QString &note, const StepStamp &stamp,
                                  const QString &actor, const QString &stepLabel)
{
    return change(incidentId, [&](const QDateTime &now) {
        return writeStepNote(incidentId, stepId, note, stamp, actor, stepLabel, now, true);
    });
}

Status IncidentStore::setStep(const QString &incidentId, const QString &stepId, std::optional<StepState> state,
                              std::optional<QString> note, const StepStamp &stamp, const QString &actor, const QString &stepLabel)
{
    return change(incidentId, [&](const QDateTime &now) -> Status {
        if (state)
            if (Status s = writeStepState(incidentId, stepId, *state, stamp, actor, stepLabel, now); !s)
                return s;
        if (note)
            return writeStepNote(incidentId, stepId, *note, stamp, actor, stepLabel, now, true);
        return {};
    });
}

Status IncidentStore::saveStepNoteDraft(const QString &incidentId, const QString &stepId, const QString &note, const StepStamp &stamp,
                                        const QString &actor)
{
    return change(incidentId, [&](const QDateTime &now) {
        return writeStepNote(incidentId, stepId, note, stamp, actor, {}, now, false);
    });
}

Status IncidentStore::logNoteDrafts(const QString &incidentId, const QString &actor)
{
    if (Status s = requireWritable(); !s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT step_id, note FROM step_states WHERE incident_id = ? AND note <> note_logged"));
    q.addBindValue(incidentId);
    if (!q.exec())
        return Status::failure(sqlError(tr("cannot read the incident"), q.lastError().text()));
    QList<std::pair<QString, QString>> drafts;
    while (q.next())
        drafts.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto &draft : drafts) {
        const QString &stepId = draft.first, &note = draft.second;
        if (Status s = change(incidentId, [&](const QDateTime &now) { return writeStepNote(incidentId, stepId, note, {}, actor, stepId, now, true); }); !s)
            return s;
    }
    return {};
}
