#include "actions/StepRunner.h"

#include "secrets/ActionTokens.h"

#include <QPointer>

Result<StepRunner::Plan> StepRunner::plan(const Wiring &wiring, const QString &profileName, const QString &stepId)
{
    using R = Result<Plan>;
    const Profile *profile = wiring.profile(profileName);
    if (!profile)
        return R::failure(tr("the wiring has no profile %1").arg(profileName));
    const auto bindings = wiring.bindingsFor(stepId);
    const Binding *b = bindings.isEmpty() ? nullptr : bindings.first();
    if (!b || (b->kind != BindingKind::Probe && b->kind != BindingKind::Action))
        return R::failure(tr("%1 is not bound to a probe or an action in %2").arg(stepId, wiring.path));
    Plan p{wiring, profileName, b->target, {}};
    // run_procedure: the procedure's own action (Manual Blob Cleanup's delete), with its preview and confirmation.
    if (b->type == QStringLiteral("run_procedure")) {
        const QString procedure = b->params.value(QStringLiteral("procedure")).toString();
        const Binding *step = wiring.procedureAction(procedure);
        if (!step)
            return R::failure(tr("%1: the procedure %2 has no bound action").arg(stepId, procedure));
        p.bindingId = step->target;
        p.via = stepId;
        b = step;
    }
    const Connector *c = profile->connector(b->connector);
    if (!c)
        return R::failure(tr("profile %1 has no connector %2").arg(profileName, b->connector));
    if (c->coming || !StepKinds::find(b->type))
        return R::failure(tr("%1 (%2 on %3) is not available in this build yet").arg(b->target, b->type, b->connector));
    return p;
}

StepRunner::StepRunner(Plan plan, QHash<QString, QString> vars, QObject *parent)
    : QObject(parent), m_plan(std::move(plan)), m_vars(std::move(vars))
{
    // Everything below points into this runner's own copy of the wiring.
    m_profile = m_plan.wiring.profile(m_plan.profile);
    const auto bindings = m_plan.wiring.bindingsFor(m_plan.bindingId);
    for (const Binding *b : bindings)
        if (b->kind == BindingKind::Probe || b->kind == BindingKind::Action)
            m_binding = b;
    Q_ASSERT(m_profile && m_binding);
    m_connector = m_profile->connector(m_binding->connector);
    m_kind = StepKinds::find(m_binding->type);
    Q_ASSERT(m_connector && m_kind);
}

StepRunner::~StepRunner() = default;

QString StepRunner::risk() const
{
    if (!isAction())
        return QStringLiteral("read");
    const QString given = m_binding->params.value(QStringLiteral("risk")).toString();
    const QString inherent = m_kind->defaultRisk(*m_binding);
    // A binding may raise the risk, never lower it below what the kind does.
    if (inherent == QStringLiteral("destructive") || given.isEmpty())
        return inherent;
    return given;
}

bool StepRunner::needsProfileName() const
{
    return isAction() && m_profile->isProtected && risk() == QStringLiteral("destructive");
}

Status StepRunner::setParameters(const QList<std::pair<QString, QString>> &keyValues)
{
    if (Status s = StepKinds::checkParameters(*m_binding, keyValues); !s)
        return s;
    const QString selectKey = m_kind->selectionKey(*m_binding);
    m_params.clear();
    m_selection.clear();
    for (const auto &kv : keyValues) {
        if (!selectKey.isEmpty() && kv.first == selectKey)
            m_selection.append(kv.second);
        else
            m_params.append(kv);
    }
    return {};
}

StepJob *StepRunner::newJob()
{
    if (m_job) {
        m_job->cancel();
        m_job->deleteLater();
    }
    m_job = new StepJob(m_plan.wiring, *m_profile, *m_binding, *m_connector, this);
    m_job->vars = m_vars;
    m_job->params = m_params;
    m_job->logSource = m_logSource;
    m_job->incidentVars = m_incidentVars;
    connect(m_job, &StepJob::progress, this, &StepRunner::progress);
    return m_job;
}

void StepRunner::look()
{
    if (m_running)
        return;
    const quint64 generation = ++m_generation;
    StepJob *job = newJob();
    QPointer<StepRunner> self(this);
    m_kind->look(job, [self, generation, job](StepView view) {
        if (!self || generation != self->m_generation)
            return; // a newer look, or the runner is gone
        if (!view.failed())
            if (const QString missing = self->narrowToSelection(job, view); !missing.isEmpty())
                view = StepView::failure(tr("%1 is not among what the preview found now").arg(missing), 2);
        if (!view.failed() && self->isAction() && !view.nothingToDo && !view.digest.isEmpty())
            view.token = ActionTokens::issue(view.digest);
        if (!view.failed() && self->isAction()) {
            view.json.insert(QStringLiteral("risk"), self->risk());
            if (!view.token.isEmpty())
                view.json.insert(QStringLiteral("token"), view.token);
        }
        self->m_view = view;
        Q_EMIT self->viewed(view);
        // A probe's result is evidence for its step (a bad request is not: nothing ran).
        if (!self->isAction() && !(view.failed() && view.errorCode == 2))
            self->attach(self->evidenceOf(view, QStringLiteral("probe"),
                                          view.failed() ? view.error : view.problem.isEmpty() ? view.summary : view.problem + QStringLiteral(" — ") + view.summary,
                                          view.failed() ? QStringLiteral("failed") : view.problem.isEmpty() ? QStringLiteral("ok") : QStringLiteral("problem")));
    });
}

Evidence StepRunner::evidenceOf(const StepView &view, const QString &kind, const QString &summary, const QString &outcome) const
{
    Evidence e;
    e.stepId = stepId();
    e.kind = kind;
    e.source = m_binding->target;
    e.what = statement();
    if (e.what.isEmpty()) { // the request, as the binding says it: "http_probe path=/api/health"
        QStringList parts{m_binding->type};
        for (auto it = m_binding->params.begin(); it != m_binding->params.end(); ++it)
            if (it.key() != QLatin1String("risk") && it.key() != QLatin1String("label"))
                parts.append(it.key() + QLatin1Char('=') + it.value().toString());
        for (const auto &kv : m_params)
            parts.append(kv.first + QLatin1Char('=') + kv.second);
        e.what = parts.join(QLatin1Char(' '));
    }
    e.connector = m_binding->connector;
    e.profile = m_profile->name;
    if (!view.what.isEmpty())
        e.what = view.what;
    e.window = view.window;
    e.summary = summary.trimmed();
    e.outcome = outcome;
    e.columns = view.table.columns;
    for (const QVariantList &row : view.table.rows) {
        if (e.rows.size() == Evidence::MaxRows) {
            ++e.moreRows;
            continue;
        }
        QStringList cells;
        for (const QVariant &v : row)
            cells.append(v.toString());
        e.rows.append(cells);
    }
    e.value = view.value;
    e.series = view.series;
    return e;
}

void StepRunner::attach(const Evidence &e)
{
    if (!m_journal)
        return;
    QPointer<StepRunner> self(this);
    m_journal->evidence(e, [self](const QString &id, const QString &error) {
        if (self)
            Q_EMIT self->evidenceAttached(id, error);
    });
}

QString StepRunner::narrowToSelection(StepJob *job, StepView &view) const
{
    if (m_selection.isEmpty() || view.selectColumn < 0)
        return {};
    QStringList present;
    for (const QVariantList &row : std::as_const(view.table.rows))
        present.append(row.value(view.selectColumn).toString());
    for (const QString &key : m_selection)
        if (!present.contains(key))
            return key;
    m_kind->narrow(job, view, m_selection);
    return {};
}

QString StepRunner::select(const QStringList &keys)
{
    if (!isAction() || m_view.failed() || m_view.selectColumn < 0)
        return {};
    m_selection = keys;
    StepView narrowed = m_view;
    m_kind->narrow(m_job, narrowed, keys);
    if (narrowed.table.rows.isEmpty())
        return {};
    return ActionTokens::issue(narrowed.digest);
}

void StepRunner::refuse(const QString &reason)
{
    if (m_journal)
        m_journal->refusal(m_binding->target, reason);
    StepOutcome o;
    o.code = 3;
    o.problem = o.result = reason;
    Q_EMIT finished(o);
}

void StepRunner::run(const QString &token, const QString &confirmProfile)
{
    if (!isAction() || m_running)
        return;
    if (m_journal)
        m_journal->begin();
    if (needsProfileName() && confirmProfile != m_profile->name)
        return refuse(tr("refused: %1 is destructive on the protected profile %2; confirm with the profile's name (%2)")
                          .arg(m_binding->target, m_profile->name));
    if (token.isEmpty())
        return refuse(tr("refused: preview first, then run with the preview's token"));
    m_running = true;
    // The preview again, from the source of truth: the token must be of exactly what is there now.
    const quint64 generation = ++m_generation;
    StepJob *job = newJob();
    QPointer<StepRunner> self(this);
    m_kind->look(job, [self, generation, token, job](StepView fresh) {
        if (!self || generation != self->m_generation)
            return;
        if (!fresh.failed())
            if (const QString missing = self->narrowToSelection(job, fresh); !missing.isEmpty()) {
                self->m_running = false;
                return self->refuse(tr("refused: %1 is no longer in the list that was previewed").arg(missing));
            }
        self->established(std::move(fresh), token);
    });
}

void StepRunner::established(StepView fresh, const QString &token)
{
    if (fresh.failed()) {
        m_running = false;
        StepOutcome o;
        o.code = fresh.errorCode == 3 ? 3 : 1;
        o.problem = o.result = fresh.error;
        if (o.code == 3)
            return refuse(fresh.error);
        return finish(o);
    }
    if (fresh.nothingToDo) {
        m_running = false;
        StepOutcome o;
        o.result = fresh.summary;
        return finish(o);
    }
    if (Status s = ActionTokens::check(token, fresh.digest); !s) {
        m_running = false;
        return refuse(s.error()); // "refused: …" — another preview's, used, expired, or what it showed has changed
    }
    m_acting = fresh;
    QPointer<StepRunner> self(this);
    auto start = [self, fresh, token](const Status &committed) {
        if (!self)
            return;
        if (!committed) { // not recorded as about to run: it does not run
            self->m_running = false;
            StepOutcome o;
            o.code = 1;
            o.problem = o.result = tr("Not run: the intent could not be recorded (%1)").arg(committed.error());
            Q_EMIT self->finished(o);
            return;
        }
        self->m_took.start();
        self->m_kind->act(self->m_job, fresh, token, [self](StepOutcome o) {
            if (!self)
                return;
            o.ran = true;
            if (o.durationMs == 0)
                o.durationMs = self->m_took.elapsed();
            self->finish(o);
        });
    };
    if (m_journal)
        m_handle = m_journal->intent(m_binding->target, fresh.inputs, start);
    else
        start(Status());
}

void StepRunner::finish(StepOutcome o)
{
    m_running = false;
    if (o.ran && m_journal) {
        m_journal->outcome(std::exchange(m_handle, QString()), m_binding->target, o.result, o.durationMs);
        // What it changed (the preview's rows) and how it ended, for the step.
        attach(evidenceOf(m_acting, QStringLiteral("action"), o.result, o.code == 0 && o.problem.isEmpty() ? QStringLiteral("ok") : QStringLiteral("failed")));
    }
    m_view.token.clear(); // spent: preview again
    Q_EMIT finished(o);
}

void StepRunner::cancel()
{
    if (m_job)
        m_job->cancel();
}
