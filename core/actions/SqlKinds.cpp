// sql (a read-only probe, or an action previewed row by row) and sql_schema
// (whether the tables exist). An action with ids_from takes its ids from the
// blob check it names (Database Reconciliation) unless they are typed.
#include "actions/StepKind.h"
#include "actions/StepKindsBuiltin.h"
#include "actions/StepKindsShared.h"

#include "base/AsyncTask.h"
#include "wiring/ProfileTargets.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(StepKinds)
};

QString inputsOf(const QList<std::pair<QString, QString>> &kv)
{
    QStringList parts;
    for (const auto &p : kv)
        parts.append(p.first + QLatin1Char('=') + p.second);
    return parts.join(QStringLiteral(", "));
}

class SqlKind : public StepKind
{
public:
    QStringList types() const override { return {QStringLiteral("sql"), QStringLiteral("sql_schema")}; }

    QStringList parameterKeys(const Binding &b) const override
    {
        QStringList keys;
        if (b.type != QStringLiteral("sql"))
            return keys;
        static const QRegularExpression named(QStringLiteral("(?<![:\\w]):([A-Za-z_]\\w*)"));
        auto it = named.globalMatch(b.params.value(QStringLiteral("sql")).toString());
        while (it.hasNext())
            if (const QString k = it.next().captured(1); !keys.contains(k))
                keys.append(k);
        return keys;
    }

    QList<StepField> fields(const Binding &b) const override
    {
        StepField f;
        f.label = Text::tr("Parameters:");
        f.placeholder = b.params.contains(QStringLiteral("ids_from")) ? Text::tr("empty: the ids whose blob is missing; or id=…, id=…")
                                                                      : Text::tr("parameters: id=ph_001, id=ph_002 (a repeated key runs once per value)");
        return {f};
    }

    QString statement(const Binding &b) const override { return b.params.value(QStringLiteral("sql")).toString(); }

    bool previewsWithoutInput(const Binding &b) const override
    {
        return parameterKeys(b).isEmpty() || b.params.contains(QStringLiteral("ids_from"));
    }

    void look(StepJob *job, std::function<void(StepView)> done) const override
    {
        const auto target = ProfileTargets::sqlTarget(job->profile, job->connector, job->vars);
        if (!target)
            return done(StepView::failure(target.error()));
        if (!job->isAction())
            return probe(job, target.value(), std::move(done));
        QList<std::pair<QString, QString>> params = job->params;
        const QString idsFrom = job->binding.params.value(QStringLiteral("ids_from")).toString();
        if (idsFrom.isEmpty() || !params.isEmpty())
            return preview(job, target.value(), params, std::move(done));
        // ids_from: one run per row the named check finds (the ids whose blob is gone).
        const auto from = job->wiring.bindingsFor(idsFrom);
        if (from.isEmpty() || from.first()->type != QStringLiteral("blob_head_each"))
            return done(StepView::failure(Text::tr("%1: ids_from names no blob check").arg(job->binding.target), 2));
        const auto check = BlobCheck::resolve(*from.first(), job->wiring, job->profile, job->vars);
        if (!check)
            return done(StepView::failure(Text::tr("%1 cannot find the ids itself (%2); type them.").arg(job->binding.target, check.error())));
        const SqlTarget db = target.value();
        checkMissingBlobs(job, check.value(), [this, job, db, idsFrom, done](Result<SqlTable> missing) {
            if (!missing)
                return done(StepView::failure(missing.error()));
            const qsizetype idColumn = missing->columns.indexOf(QStringLiteral("id"));
            if (idColumn < 0)
                return done(StepView::failure(Text::tr("%1: the rows of %2 have no id column").arg(job->binding.target, idsFrom)));
            if (missing->rows.isEmpty()) {
                StepView v;
                v.table = missing.value();
                v.nothingToDo = true;
                v.summary = Text::tr("%1: nothing to do; every blob is there").arg(job->binding.target);
                v.json = tableJson(v.table);
                return done(v);
            }
            QList<std::pair<QString, QString>> ids;
            for (const QVariantList &row : missing->rows)
                ids.append({QStringLiteral("id"), row.value(idColumn).toString()});
            preview(job, db, ids, done);
        });
    }

    void act(StepJob *job, const StepView &preview, const QString &token, std::function<void(StepOutcome)> done) const override
    {
        const auto target = ProfileTargets::sqlTarget(job->profile, job->connector, job->vars);
        if (!target)
            return done(StepOutcome::failure(target.error()));
        const SqlAction action{job->binding.target, job->binding.params.value(QStringLiteral("sql")).toString(), SqlRunner::parameterSets(preview.parameters)};
        runAsync(job, [t = target.value(), action, token]() -> Result<SqlOutcome> {
            SqlRunner r(t);
            if (Status s = r.open(); !s)
                return Result<SqlOutcome>::failure(s.error());
            return r.run(action, token); // checks the token again, inside the transaction
        }, [done](Result<SqlOutcome> r) {
            if (!r)
                return done(StepOutcome::failure(r.error()));
            StepOutcome o;
            o.result = Text::tr("%n row(s) changed", nullptr, int(r->rowsAffected));
            o.durationMs = r->durationMs;
            o.json = {{QStringLiteral("rows_affected"), r->rowsAffected}, {QStringLiteral("duration_ms"), r->durationMs}};
            done(o);
        });
    }

private:
    static void probe(StepJob *job, const SqlTarget &target, std::function<void(StepView)> done)
    {
        const Binding b = job->binding;
        const QList<QVariantMap> sets = SqlRunner::parameterSets(job->params);
        const QVariantMap constant = sets.size() == 1 ? sets.first() : QVariantMap();
        runAsync(job, [target, b, constant]() -> Result<SqlTable> {
            QElapsedTimer took; // database connectivity: connecting and one query
            took.start();
            SqlRunner r(target);
            if (Status s = r.open(); !s)
                return Result<SqlTable>::failure(s.error());
            auto t = b.type == QStringLiteral("sql_schema") ? r.tablesExist(b.params.value(QStringLiteral("tables")).toStringList())
                                                            : r.probe(b.params.value(QStringLiteral("sql")).toString(), constant);
            if (t)
                t->durationMs = took.elapsed();
            return t;
        }, [b, done](Result<SqlTable> t) {
            if (!t)
                return done(StepView::failure(t.error()));
            StepView v;
            v.table = t.value();
            v.summary = Text::tr("%n row(s)%1", nullptr, int(t->rows.size())).arg(t->truncated ? Text::tr(" (more than the cap)") : QString());
            if (b.params.value(QStringLiteral("measure")).toString() == QStringLiteral("latency"))
                v.summary += Text::tr(" · connected and answered in %1 ms").arg(t->durationMs);
            v.json = tableJson(v.table);
            v.json.insert(QStringLiteral("duration_ms"), t->durationMs);
            done(v);
        });
    }

    static void preview(StepJob *job, const SqlTarget &target, const QList<std::pair<QString, QString>> &params, std::function<void(StepView)> done)
    {
        const SqlAction action{job->binding.target, job->binding.params.value(QStringLiteral("sql")).toString(), SqlRunner::parameterSets(params)};
        runAsync(job, [target, action]() -> Result<SqlPreview> {
            SqlRunner r(target);
            if (Status s = r.open(); !s)
                return Result<SqlPreview>::failure(s.error());
            return r.preview(action);
        }, [params, done](Result<SqlPreview> p) {
            if (!p)
                return done(StepView::failure(p.error()));
            StepView v;
            v.table = p->rows;
            v.digest = p->digest;
            v.parameters = params;
            v.inputs = inputsOf(params);
            v.runLabel = Text::tr("Run");
            v.summary = Text::tr("This will change exactly these %n row(s).", nullptr, int(p->rows.rows.size()));
            v.json = tableJson(v.table);
            done(v);
        });
    }
};
} // namespace

const StepKind *sqlKind()
{
    static const SqlKind kind;
    return &kind;
}
