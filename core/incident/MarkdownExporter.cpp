#include "incident/MarkdownExporter.h"

#include <QCoreApplication>
#include <QSet>

#include "runbook/CodeText.h"
#include "secrets/Redactor.h"

namespace {
QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QStringLiteral("—");
}

QString box(StepState s)
{
    switch (s) {
    case StepState::Done: return QStringLiteral("[x]");
    case StepState::Skipped: return QStringLiteral("[-]");
    case StepState::NotApplicable: return QStringLiteral("[~]");
    case StepState::Pending: break;
    }
    return QStringLiteral("[ ]");
}

QString tableCell(QString s)
{
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

QString quoted(const QString &text, const QString &indent)
{
    QString out;
    for (const QString &l : text.split(QLatin1Char('\n')))
        out += indent + QStringLiteral("> ") + l + QLatin1Char('\n');
    return out;
}
} // namespace

QString MarkdownExporter::exportIncident(const Incident &inc, const Runbook &rb)
{
    QString md;
    int done = 0, skipped = 0, na = 0, total = rb.stepCount();
    for (const StepRecord &r : inc.steps) {
        if (!rb.step(r.stepId))
            continue;
        done += r.state == StepState::Done;
        skipped += r.state == StepState::Skipped;
        na += r.state == StepState::NotApplicable;
    }
    md += QStringLiteral("# %1\n\n").arg(inc.title);
    md += tr("- **Incident:** %1\n").arg(inc.id);
    md += tr("- **Status:** %1\n").arg(toText(inc.status));
    md += tr("- **Runbook:** %1 (`%2`, SHA-256 `%3`)\n").arg(inc.runbookTitle, inc.runbookPath, inc.runbookHash.left(12));
    if (rb.hash != inc.runbookHash)
        md += tr("- **Note:** the runbook has changed since this incident was opened (now `%1`)\n").arg(rb.hash.left(12));
    md += tr("- **Opened:** %1\n").arg(when(inc.createdAt));
    md += tr("- **Last change:** %1\n").arg(when(inc.updatedAt));
    if (inc.status == IncidentStatus::Resolved)
        md += tr("- **Resolved:** %1\n").arg(when(inc.resolvedAt));
    if (!inc.assignee.isEmpty())
        md += tr("- **Assignee:** %1\n").arg(inc.assignee);
    md += tr("- **Progress:** %1 of %2 steps done, %3 skipped, %4 not applicable\n").arg(done).arg(total).arg(skipped).arg(na);
    if (!rb.alert.isEmpty())
        md += tr("- **Alert:** %1\n").arg(rb.alert);
    if (!inc.variables.isEmpty()) {
        QStringList vars;
        for (auto it = inc.variables.begin(); it != inc.variables.end(); ++it)
            vars.append(QStringLiteral("`%1` = `%2`").arg(it.key(), Redactor::redact(it.value())));
        md += tr("- **Variables:** %1\n").arg(vars.join(QStringLiteral(", ")));
    }

    for (const Section &s : rb.sections) {
        if (s.steps.isEmpty())
            continue;
        md += QStringLiteral("\n## %1\n\n").arg(s.displayTitle());
        if (!s.condition.isEmpty())
            md += QStringLiteral("_%1_\n\n").arg(s.condition);
        QHash<QString, QString> values;
        for (auto it = inc.variables.begin(); it != inc.variables.end(); ++it)
            values.insert(it.key(), it.value());
        QString group;
        for (const Step &st : s.steps) {
            const StepRecord r = inc.step(st.id);
            if (st.group != group) {
                group = st.group;
                if (!group.isEmpty())
                    md += QStringLiteral("\n### %1\n\n").arg(group);
            }
            md += QStringLiteral("- %1 %2%3").arg(box(r.state), st.number.isEmpty() ? QString() : st.number + QStringLiteral(". "), st.text);
            if (r.state != StepState::Pending || !r.actor.isEmpty())
                md += tr(" — %1 by %2 at %3").arg(toText(r.state), r.actor, when(r.changedAt));
            md += QLatin1Char('\n');
            if (!r.textHash.isEmpty() && r.textHash != st.textHash)
                md += tr("  - ⚠ the step's text changed since this was recorded\n");
            // The commands as they were to be run: the incident's variables filled in.
            if (st.type != StepType::Check)
                for (const CodeBlock &c : st.blocks) {
                    md += QStringLiteral("  ```%1\n").arg(c.language);
                    for (const QString &line : CodeText::forCopy(c.text, c.language, values).split(QLatin1Char('\n')))
                        md += QStringLiteral("  ") + Redactor::redact(line) + QLatin1Char('\n');
                    md += QStringLiteral("  ```\n");
                }
            if (!r.note.isEmpty())
                md += quoted(r.note, QStringLiteral("  "));
        }
    }

    // Recorded steps the current runbook no longer has: kept, not dropped.
    QStringList orphans;
    for (const StepRecord &r : inc.steps)
        if (!rb.step(r.stepId))
            orphans.append(r.stepId);
    if (!orphans.isEmpty()) {
        orphans.sort();
        md += tr("\n## Steps no longer in the runbook\n\n");
        for (const QString &id : orphans) {
            const StepRecord r = inc.step(id);
            md += QStringLiteral("- %1 `%2` — %3 by %4 at %5\n").arg(box(r.state), id, toText(r.state), r.actor, when(r.changedAt));
            if (!r.note.isEmpty())
                md += quoted(r.note, QStringLiteral("  "));
        }
    }

    if (!inc.metrics.isEmpty()) {
        md += tr("\n## Metrics over the incident\n\n| Metric | Evaluations | First | Last | Min | Max | Last status |\n|---|---|---|---|---|---|---|\n");
        QStringList ids = inc.metrics.keys();
        ids.sort();
        auto fmt = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 6) : QStringLiteral("—"); };
        for (const QString &id : ids) {
            const QList<MetricPoint> &pts = inc.metrics.value(id);
            std::optional<double> lo, hi;
            for (const MetricPoint &p : pts)
                if (p.value) {
                    lo = lo ? std::min(*lo, *p.value) : *p.value;
                    hi = hi ? std::max(*hi, *p.value) : *p.value;
                }
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                      .arg(tableCell(id))
                      .arg(pts.size())
                      .arg(fmt(pts.first().value), fmt(pts.last().value), fmt(lo), fmt(hi),
                           pts.last().severity.isEmpty() ? QStringLiteral("—") : pts.last().severity);
        }
    }

    md += tr("\n## Notes\n\n");
    if (inc.notes.isEmpty())
        md += tr("_No notes._\n");
    for (const IncidentNote &n : inc.notes)
        md += QStringLiteral("- **%1**, %2:\n%3").arg(n.author, when(n.at), quoted(n.text, QStringLiteral("  ")));

    md += tr("\n## Timeline\n\n| Time | Who | Event |\n|---|---|---|\n");
    const QSet<qint64> unknown = inc.actionsWithoutOutcome();
    for (const TimelineEvent &e : inc.timeline)
        md += QStringLiteral("| %1 | %2 | %3 |\n").arg(when(e.at), tableCell(e.actor), tableCell(inc.eventText(e, unknown)));
    return Redactor::redact(md);
}
