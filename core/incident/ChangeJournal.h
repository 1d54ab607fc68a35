#pragma once
// ChangeJournal: the changes a window made to a team store's incidents, kept in
// a local SQLite file until the store has them. A change is written here
// (committed) before it is sent, and taken out only after the store has
// applied it; the store recognises a change id it has applied already, so a
// change sent again after a crash is applied exactly once. Notes and fields
// while they are typed are kept here too (drafts, one per item) and go to the
// store as the finished edit.
#include "base/Result.h"
#include "incident/IncidentChange.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

class ChangeJournal
{
    Q_DECLARE_TR_FUNCTIONS(ChangeJournal)

public:
    ChangeJournal() = default;
    ~ChangeJournal();
    ChangeJournal(const ChangeJournal &) = delete;
    ChangeJournal &operator=(const ChangeJournal &) = delete;

    // The journal of one team store and user, under AppDataLocation.
    static QString defaultPath(const QString &storeAddress, const QString &actor);

    Status open(const QString &path);
    void close();
    QString path() const { return m_path; }

    Status add(const IncidentChange &change); // also drops the draft the change finishes
    Result<QList<IncidentChange>> pending() const; // in the order they were made
    int pendingCount() const;
    Status markSent(const QString &changeId);
    // A change the store refused (not the commander, a bad value): kept aside with the reason, not sent again.
    Status markRefused(const QString &changeId, const QString &reason);
    int refusedCount() const;

    Status saveDraft(const IncidentChange &draft);
    Status dropDraft(const QString &incidentId, const QString &item);
    Result<QList<IncidentChange>> drafts() const;
    static QString draftItem(const IncidentChange &change);

private:
    QString m_connection;
    QString m_path;
};

class IncidentStore;

// Sends a journal's pending changes to a store, oldest first: each is applied
// (exactly once, by its id) and only then taken out of the journal. Stops at
// the first change the store cannot be reached for; a change the store refuses
// is set aside with its reason. `afterApplied` runs between the store's commit
// and the journal's update (crash tests kill the process there).
struct JournalSend
{
    struct Sent { IncidentChange change; Result<AppliedChange> result; };
    QList<Sent> sent;          // applied, duplicates and refusals, in order
    bool unreachable = false;  // stopped: the store cannot be reached
    QString error;             // why it stopped
    int remaining = 0;         // changes still in the journal
};
JournalSend sendJournal(IncidentStore &store, ChangeJournal &journal, const std::function<void(const IncidentChange &)> &afterApplied = {});
