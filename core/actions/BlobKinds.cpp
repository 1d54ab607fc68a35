// The Vercel Blob store: blob_list (the token check: a list), blob_orphans
// (the blobs no profile photo references) and blob_delete (deleting exactly
// those, re-scanned at run time), blob_head_each (the rows whose blob is gone).
#include "actions/BlobCleanup.h"
#include "actions/StepKind.h"
#include "actions/StepKindsBuiltin.h"
#include "actions/StepKindsShared.h"

#include "connectors/VercelBlobClient.h"
#include "wiring/ProfileTargets.h"

#include <memory>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(StepKinds)
};

SqlTable blobTable(const QList<BlobInfo> &blobs)
{
    SqlTable t;
    t.columns = {QStringLiteral("pathname"), QStringLiteral("url"), QStringLiteral("size"), QStringLiteral("uploadedAt")};
    for (const BlobInfo &b : blobs)
        t.rows.append({b.pathname, b.url, b.size, b.uploadedAt.toString(Qt::ISODate)});
    return t;
}

Result<VercelBlobClient *> blobClient(StepJob *job)
{
    return connectorClient<VercelBlobClient>(job, QStringLiteral("token"));
}

class BlobListKind : public StepKind
{
public:
    QStringList types() const override { return {QStringLiteral("blob_list")}; }
    void look(StepJob *job, std::function<void(StepView)> done) const override
    {
        auto client = blobClient(job);
        if (!client)
            return done(StepView::failure(client.error()));
        const QString limit = job->param(QStringLiteral("limit"));
        client.value()->setPageSize(std::max(1, limit.isEmpty() ? 1000 : limit.toInt()));
        job->report(0, 0, Text::tr("Listing…"));
        client.value()->listAll(job->param(QStringLiteral("prefix")), [done](Result<QList<BlobInfo>> r) {
            // With limit 1 this is the token check: valid, or invalid and why.
            StepView v;
            v.json = {{QStringLiteral("valid"), r.ok()}, {QStringLiteral("reason"), r.ok() ? QString() : r.error()},
                      {QStringLiteral("blobs"), r.ok() ? int(r->size()) : 0}};
            if (!r) {
                v.problem = Text::tr("Token invalid: %1").arg(r.error());
                v.summary = v.problem;
                return done(v);
            }
            v.table = blobTable(r.value());
            v.summary = Text::tr("Token valid; %n blob(s) listed", nullptr, int(r->size()));
            done(v);
        }, limit.isEmpty() ? 100'000 : std::max(1, limit.toInt()));
    }
};

// blob_orphans and blob_delete: a delete takes prefix and database from the orphans step it names.
class BlobOrphansKind : public StepKind
{
public:
    QStringList types() const override { return {QStringLiteral("blob_orphans"), QStringLiteral("blob_delete")}; }
    QString defaultRisk(const Binding &b) const override
    {
        return b.kind == BindingKind::Action ? QStringLiteral("destructive") : QStringLiteral("read");
    }

    void look(StepJob *job, std::function<void(StepView)> done) const override
    {
        auto cleanup = make(job);
        if (!cleanup)
            return done(StepView::failure(cleanup.error()));
        BlobCleanup *c = cleanup.value();
        const QString prefix = prefixOf(job);
        const bool action = job->isAction();
        const QString id = job->binding.target;
        auto once = std::make_shared<std::function<void(StepView)>>(std::move(done));
        QObject::connect(c, &BlobCleanup::failed, job, [once](const QString &e) {
            if (auto f = std::exchange(*once, {}))
                f(StepView::failure(e, e.startsWith(QStringLiteral("refused")) ? 3 : 1));
        });
        QObject::connect(c, &BlobCleanup::orphansFound, job, [once, action, id, prefix](const QList<BlobInfo> &orphans) {
            auto f = std::exchange(*once, {});
            if (!f)
                return;
            StepView v;
            v.table = blobTable(orphans);
            v.json = tableJson(v.table);
            if (!action) {
                v.summary = Text::tr("%n orphan blob(s): not referenced by any profile photo.", nullptr, int(orphans.size()));
                return f(v);
            }
            QStringList urls;
            for (const BlobInfo &o : orphans)
                urls.append(o.url);
            v.runLabel = Text::tr("Delete");
            v.nothingToDo = orphans.isEmpty();
            v.summary = orphans.isEmpty() ? Text::tr("No orphan blob under %1: nothing to delete.").arg(prefix)
                                          : Text::tr("These %n blob(s) will be deleted.", nullptr, int(orphans.size()));
            v.digest = BlobCleanup::digestFor(id, orphans);
            v.inputs = Text::tr("delete %n blob(s) under %1: %2", nullptr, int(orphans.size())).arg(prefix, urls.join(QStringLiteral(", ")));
            f(v);
        });
        job->report(0, 0, Text::tr("Comparing the blob store with the database…"));
        c->findOrphans(prefix);
    }

    void act(StepJob *job, const StepView &, const QString &token, std::function<void(StepOutcome)> done) const override
    {
        auto cleanup = make(job);
        if (!cleanup)
            return done(StepOutcome::failure(cleanup.error()));
        BlobCleanup *c = cleanup.value();
        auto once = std::make_shared<std::function<void(StepOutcome)>>(std::move(done));
        QObject::connect(c, &BlobCleanup::progress, job, [job](int n, int total) { job->report(n, total, Text::tr("Deleted %1 of %2…").arg(n).arg(total)); });
        QObject::connect(c, &BlobCleanup::failed, job, [once](const QString &e) {
            if (auto f = std::exchange(*once, {}))
                f(StepOutcome::failure(e));
        });
        QObject::connect(c, &BlobCleanup::deleted, job, [once](int n) {
            StepOutcome o;
            o.result = Text::tr("%n blob(s) deleted", nullptr, n);
            o.json = {{QStringLiteral("deleted"), n}};
            if (auto f = std::exchange(*once, {}))
                f(o);
        });
        // Finds the orphans once more and deletes only if they are the list of the token.
        c->deleteOrphans(prefixOf(job), token);
    }

private:
    static const Binding &source(StepJob *job)
    {
        if (job->binding.type == QStringLiteral("blob_delete"))
            if (const auto from = job->wiring.bindingsFor(job->binding.params.value(QStringLiteral("from")).toString()); !from.isEmpty())
                return *from.first();
        return job->binding;
    }
    static QString prefixOf(StepJob *job) { return source(job).params.value(QStringLiteral("prefix")).toString(); }
    static Result<BlobCleanup *> make(StepJob *job)
    {
        using R = Result<BlobCleanup *>;
        const Connector *dbc = job->profile.connector(source(job).params.value(QStringLiteral("compare_with"), QStringLiteral("db")).toString());
        if (!dbc)
            return R::failure(Text::tr("No database connector to compare the blobs with."));
        const auto db = ProfileTargets::sqlTarget(job->profile, *dbc, job->vars);
        if (!db)
            return R::failure(db.error());
        auto client = blobClient(job);
        if (!client)
            return R::failure(client.error());
        auto *c = new BlobCleanup(client.value(), db.value(), job);
        c->setActionId(job->binding.target);
        return c;
    }
};

class BlobHeadEachKind : public StepKind
{
public:
    QStringList types() const override { return {QStringLiteral("blob_head_each")}; }
    void look(StepJob *job, std::function<void(StepView)> done) const override
    {
        const auto check = BlobCheck::resolve(job->binding, job->wiring, job->profile, job->vars);
        if (!check)
            return done(StepView::failure(check.error()));
        checkMissingBlobs(job, check.value(), [done](Result<SqlTable> missing) {
            if (!missing)
                return done(StepView::failure(missing.error()));
            StepView v;
            v.table = missing.value();
            v.summary = Text::tr("%n row(s) whose blob is missing", nullptr, int(missing->rows.size()));
            v.json = tableJson(v.table);
            done(v);
        });
    }
};
} // namespace

void checkMissingBlobs(StepJob *job, const BlobCheck &check, std::function<void(Result<SqlTable>)> done)
{
    auto *client = new VercelBlobClient(check.blobBase, check.token, {}, job);
    auto *missing = new MissingBlobs(client, job);
    QObject::connect(job, &StepJob::cancelRequested, missing, &MissingBlobs::cancel);
    auto once = std::make_shared<std::function<void(Result<SqlTable>)>>(std::move(done));
    QObject::connect(missing, &MissingBlobs::progress, job, [job](int n, int total) { job->report(n, total, Text::tr("Checking blob %1 of %2…").arg(n).arg(total)); });
    QObject::connect(missing, &MissingBlobs::finished, job, [once](const SqlTable &t) {
        if (auto f = std::exchange(*once, {}))
            f(t);
    });
    QObject::connect(missing, &MissingBlobs::failed, job, [once](const QString &e) {
        if (auto f = std::exchange(*once, {}))
            f(Result<SqlTable>::failure(e));
    });
    job->report(0, 0, Text::tr("Running the SELECT…"));
    missing->check(check);
}

const StepKind *blobListKind()
{
    static const BlobListKind kind;
    return &kind;
}
const StepKind *blobOrphansKind()
{
    static const BlobOrphansKind kind;
    return &kind;
}
const StepKind *blobHeadEachKind()
{
    static const BlobHeadEachKind kind;
    return &kind;
}
