#pragma once
// IncidentChange: one change a responder made to an incident, as data — what
// the window and the CLI hand to the store, and what the offline journal keeps
// until the team store has it. Each has its own id: the store applies a change
// id once (a change sent twice, after a crash or a lost reply, is recognised),
// and carries the revision of each item it was made on (`base`), so a change
// made on an item someone else has changed meanwhile is a conflict, never a
// silent overwrite.
#include "base/Clock.h"
#include "base/Result.h"
#include "incident/Incident.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

struct IncidentChange
{
    // Kinds, and their arguments (args):
    //   incident.create   id, title, runbook_path, runbook_hash, runbook_title, severity
    //   step              step, state?, note?, hash, label     (note? present: the finished edit)
    //   step.draft        step, note, hash                     (the note while it is typed; no timeline line)
    //   step.done         step, evidence, hash, label
    //   drafts.log        —                                    (timeline lines for drafts never finished)
    //   note              text
    //   status            status
    //   rename            title
    //   field             field, value, logged
    //   followup.save     followup {id, text, owner, due, done}
    //   followup.remove   id
    //   evidence.attach   evidence {…}
    //   evidence.flags    evidence, pinned?, in_report?
    //   variable          name, value
    //   action.intent     action, inputs
    //   action.refusal    action, reason
    //   action.outcome    action, result, duration_ms
    //   metrics           points {metric: {at, value, severity}}
    QString id; // a UUID
    QString incidentId;
    QString kind;
    QString actor;
    QDateTime madeAt;
    QJsonObject args;
    QHash<QString, int> base; // item → the revision the responder saw ("field/summary" → 3)

    static IncidentChange make(const QString &kind, const QString &incidentId, const QString &actor, const QJsonObject &args,
                               const QDateTime &madeAt);
    QJsonObject toJson() const;
    static Result<IncidentChange> fromJson(const QJsonObject &json);
    // Changes shared as they are typed are not sent to a team store: only the finished edit is.
    bool isDraft() const;
    // The items a change writes (for `base`).
    static QString stepStateItem(const QString &stepId) { return QStringLiteral("step/") + stepId + QStringLiteral("/state"); }
    static QString stepNoteItem(const QString &stepId) { return QStringLiteral("step/") + stepId + QStringLiteral("/note"); }
    static QString fieldItem(IncidentField f);
    static QString statusItem() { return QStringLiteral("status"); }
    static QString titleItem() { return QStringLiteral("title"); }
    static QString followUpItem(int id) { return QStringLiteral("followup/%1").arg(id); }
    static QString variableItem(const QString &name) { return QStringLiteral("variable/") + name; }
};

// What applying a change did.
struct AppliedChange
{
    bool duplicate = false; // the store had it already: nothing was done again
    QString conflict;       // not applied as made: what is there now, and where the responder's text was kept
    QString resultId;       // the evidence id ("E3") or follow-up id ("2") it made, if any
};

QString toText(IncidentField field); // severity, commander, summary, impact, root_cause
std::optional<IncidentField> incidentFieldFromString(const QString &text);
