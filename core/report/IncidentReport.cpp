#include "report/IncidentReport.h"

#include "runbook/CodeText.h"
#include "secrets/Redactor.h"

#include <QFileInfo>
#include <QSet>

namespace {
QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QStringLiteral("—");
}

QString duration(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return QStringLiteral("—");
    const qint64 s = from.secsTo(to);
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1 min").arg(s / 60);
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 6) : QStringLiteral("—");
}

QString markOf(StepState s)
{
    return toText(s);
}

int severityRank(const QString &s)
{
    return s == QLatin1String("critical") ? 2 : s == QLatin1String("warning") ? 1 : 0;
}

ReportBlock block(ReportBlock::Kind kind, const QString &text, int indent)
{
    ReportBlock b;
    b.kind = kind;
    b.text = text;
    b.indent = indent;
    return b;
}

ReportBlock paragraph(const QString &text, bool emphasis = false, int indent = 0)
{
    ReportBlock b = block(ReportBlock::Paragraph, text, indent);
    b.emphasis = emphasis;
    return b;
}

ReportBlock fields(QList<std::pair<QString, QString>> f)
{
    ReportBlock b;
    b.kind = ReportBlock::Fields;
    b.fields = std::move(f);
    return b;
}

ReportBlock table(QStringList columns, QList<QStringList> rows, int indent = 0)
{
    ReportBlock b;
    b.kind = ReportBlock::Table;
    b.columns = std::move(columns);
    b.rows = std::move(rows);
    b.indent = indent;
    return b;
}

ReportBlock heading(const QString &text, int level)
{
    ReportBlock b = block(ReportBlock::Heading, text, 0);
    b.level = level;
    return b;
}

// Every text of a block through the redactor: nothing secret reaches a rendering.
void redact(ReportBlock &b)
{
    for (QString *t : {&b.text, &b.meta, &b.footnote, &b.markdown})
        *t = Redactor::redact(*t);
    for (auto &f : b.fields)
        f.second = Redactor::redact(f.second);
    for (QString &c : b.columns)
        c = Redactor::redact(c);
    for (QStringList &row : b.rows)
        for (QString &cell : row)
            cell = Redactor::redact(cell);
}

void addEvidence(QList<ReportBlock> &out, const Evidence &e)
{
    QString head = IncidentReport::tr("Evidence %1%2 — %3 %4").arg(e.id, e.pinned ? IncidentReport::tr(" (pinned)") : QString(), e.kind, e.source);
    QStringList where;
    if (!e.connector.isEmpty())
        where.append(IncidentReport::tr("connector %1").arg(e.connector));
    if (!e.profile.isEmpty())
        where.append(IncidentReport::tr("profile %1").arg(e.profile));
    if (!e.window.isEmpty())
        where.append(IncidentReport::tr("window %1").arg(e.window));
    if (!where.isEmpty())
        head += QStringLiteral(" (") + where.join(QStringLiteral(", ")) + QLatin1Char(')');
    head += IncidentReport::tr(", %1 by %2: %3").arg(when(e.at), e.actor, e.summary);
    out.append(paragraph(head, false, 1));
    if (!e.what.isEmpty())
        out.append(block(ReportBlock::Code, e.what, 1));
    if (!e.rows.isEmpty()) {
        ReportBlock t = table(e.columns, e.rows, 1);
        if (e.moreRows > 0)
            t.footnote = IncidentReport::tr("%n more row(s) not kept", nullptr, e.moreRows);
        out.append(t);
    }
    if (e.series.size() > 1) {
        ReportBlock c = block(ReportBlock::Chart,
                              IncidentReport::tr("%1 over %2").arg(e.value ? number(e.value) : e.source, e.window.isEmpty() ? IncidentReport::tr("the window") : e.window), 1);
        c.series = e.series;
        out.append(c);
    }
}
// Under a step: its note, then its snapshots that are in the report (pinned first).
void addNoteAndEvidence(QList<ReportBlock> &out, const Incident &inc, const StepRecord &rec)
{
    if (!rec.note.isEmpty())
        out.append(block(ReportBlock::Quote, rec.note, 1));
    for (const Evidence &e : inc.evidenceOf(rec.stepId))
        if (e.inReport)
            addEvidence(out, e);
}
} // namespace

IncidentReport IncidentReport::build(const Incident &inc, const Runbook &rb, const QDateTime &generatedAt)
{
    IncidentReport r;
    r.title = inc.title;
    r.generatedAt = when(generatedAt);
    const QSet<qint64> unknown = inc.actionsWithoutOutcome();
    QHash<QString, QString> values;
    for (auto it = inc.variables.begin(); it != inc.variables.end(); ++it)
        values.insert(it.key(), it.value());

    int done = 0, skipped = 0, na = 0;
    for (const StepRecord &s : inc.steps) {
        if (!rb.step(s.stepId))
            continue;
        done += s.state == StepState::Done;
        skipped += s.state == StepState::Skipped;
        na += s.state == StepState::NotApplicable;
    }

    // A record read from a damaged store says so first, naming what may be missing.
    if (!inc.damage.isEmpty()) {
        ReportSection s{QStringLiteral("incomplete"), tr("Incomplete record"), {}};
        ReportBlock b;
        b.emphasis = true;
        b.text = tr("The incident store is damaged: this report holds what could be read. Missing or incomplete: %1.")
                     .arg(inc.damage.join(QStringLiteral("; ")));
        s.blocks.append(b);
        r.sections.append(s);
    }

    // Summary
    {
        ReportSection s{QStringLiteral("summary"), tr("Summary"), {}};
        QList<std::pair<QString, QString>> f{
            {tr("Incident"), inc.id},
            {tr("Status"), toText(inc.status)},
            {tr("Severity"), inc.severity.isEmpty() ? tr("not set") : inc.severity},
            {tr("Runbook"), tr("%1 (%2, SHA-256 %3)").arg(inc.runbookTitle, QFileInfo(inc.runbookPath).fileName(), inc.runbookHash.left(12))},
            {tr("Opened"), when(inc.createdAt)},
            {tr("Last change"), when(inc.updatedAt)},
        };
        if (rb.hash != inc.runbookHash)
            f.append({tr("Note"), tr("the runbook has changed since this incident was opened (now %1)").arg(rb.hash.left(12))});
        if (inc.status == IncidentStatus::Resolved)
            f.append({tr("Resolved"), when(inc.resolvedAt)});
        if (!inc.assignee.isEmpty())
            f.append({tr("Assignee"), inc.assignee});
        f.append({tr("Progress"), tr("%1 of %2 steps done, %3 skipped, %4 not applicable").arg(done).arg(rb.stepCount()).arg(skipped).arg(na)});
        if (!rb.alert.isEmpty())
            f.append({tr("Alert"), rb.alert});
        if (!inc.variables.isEmpty()) {
            QStringList vars;
            for (auto it = inc.variables.begin(); it != inc.variables.end(); ++it)
                vars.append(QStringLiteral("%1 = %2").arg(it.key(), it.value()));
            f.append({tr("Variables"), vars.join(QStringLiteral(", "))});
        }
        s.blocks.append(fields(f));
        s.blocks.append(inc.summary.trimmed().isEmpty() ? paragraph(tr("No summary yet."), true) : paragraph(inc.summary.trimmed()));
        r.sections.append(s);
    }
    // Impact
    r.sections.append({QStringLiteral("impact"), tr("Impact"),
                       {inc.impact.trimmed().isEmpty() ? paragraph(tr("No impact recorded."), true) : paragraph(inc.impact.trimmed())}});
    // Severity and status, with the times derived from the timeline
    {
        ReportSection s{QStringLiteral("status"), tr("Severity and status"), {}};
        const QStringList people = inc.participants();
        s.blocks.append(fields({{tr("Severity"), inc.severity.isEmpty() ? tr("not set") : inc.severity},
                                {tr("Status"), toText(inc.status)},
                                {tr("Commander"), inc.commander.isEmpty() ? tr("not named") : inc.commander},
                                {tr("Participants"), people.isEmpty() ? tr("nobody yet") : people.join(QStringLiteral(", "))},
                                {tr("Detected"), when(inc.detectedAt())},
                                {tr("First action"), when(inc.firstActionAt())},
                                {tr("Mitigated"), when(inc.mitigatedAt())},
                                {tr("Resolved"), inc.status == IncidentStatus::Resolved ? when(inc.resolvedAt) : QStringLiteral("—")},
                                {tr("Time to first action"), duration(inc.detectedAt(), inc.firstActionAt())},
                                {tr("Time to mitigate"), duration(inc.detectedAt(), inc.mitigatedAt())}}));
        QList<QStringList> changes;
        for (const TimelineEvent &e : inc.timeline)
            if (e.kind == QLatin1String("incident.status") || e.kind == QLatin1String("incident.severity") || e.kind == QLatin1String("incident.resolved")
                || e.kind == QLatin1String("incident.reopened") || e.kind == QLatin1String("incident.commander"))
                changes.append({when(e.at), e.actor, e.text});
        if (!changes.isEmpty())
            s.blocks.append(table({tr("Time"), tr("Who"), tr("Change")}, changes));
        r.sections.append(s);
    }
    // Timeline (UTC)
    {
        QList<QStringList> rows;
        for (const TimelineEvent &e : inc.timeline)
            rows.append({when(e.at), e.actor, inc.eventText(e, unknown)});
        r.sections.append({QStringLiteral("timeline"), tr("Timeline (UTC)"), {table({tr("Time"), tr("Who"), tr("Event")}, rows)}});
    }
    // Detection: the rules that breached, with their values
    {
        ReportSection s{QStringLiteral("detection"), tr("Detection"), {}};
        s.blocks.append(fields({{tr("Detected"), when(inc.detectedAt())}}));
        QList<QStringList> rows;
        QStringList ids = inc.metrics.keys();
        ids.sort();
        for (const QString &id : ids) {
            const QList<MetricPoint> &pts = inc.metrics.value(id);
            const MetricPoint *first = nullptr, *worst = nullptr;
            for (const MetricPoint &p : pts)
                if (severityRank(p.severity) > 0) {
                    if (!first)
                        first = &p;
                    if (!worst || severityRank(p.severity) > severityRank(worst->severity)
                        || (severityRank(p.severity) == severityRank(worst->severity) && p.value && worst->value && *p.value > *worst->value))
                        worst = &p;
                }
            if (first)
                rows.append({id, worst->severity, when(first->at), number(first->value), number(worst->value), number(pts.last().value),
                             pts.last().severity.isEmpty() ? QStringLiteral("—") : pts.last().severity});
        }
        if (rows.isEmpty())
            s.blocks.append(paragraph(tr("No rule breached while the incident was open."), true));
        else
            s.blocks.append(table({tr("Rule"), tr("Worst"), tr("First breach"), tr("Value then"), tr("Worst value"), tr("Last value"), tr("Last status")}, rows));
        r.sections.append(s);
    }
    // Response: the walkthrough
    {
        ReportSection s{QStringLiteral("response"), tr("Response"), {}};
        for (const Section &sec : rb.sections) {
            if (sec.steps.isEmpty())
                continue;
            s.blocks.append(heading(sec.displayTitle(), 3));
            if (!sec.condition.isEmpty())
                s.blocks.append(paragraph(sec.condition, true));
            QString group;
            for (const Step &st : sec.steps) {
                const StepRecord rec = inc.step(st.id);
                if (st.group != group) {
                    group = st.group;
                    if (!group.isEmpty())
                        s.blocks.append(heading(group, 4));
                }
                ReportBlock b;
                b.kind = ReportBlock::Step;
                b.mark = markOf(rec.state);
                b.text = (st.number.isEmpty() ? QString() : st.number + QStringLiteral(". ")) + st.plainText;
                b.markdown = (st.number.isEmpty() ? QString() : st.number + QStringLiteral(". ")) + st.text;
                if (rec.state != StepState::Pending || !rec.actor.isEmpty())
                    b.meta = tr(" — %1 by %2 at %3").arg(toText(rec.state), rec.actor, when(rec.changedAt));
                if (!rec.evidenceId.isEmpty())
                    b.meta += tr(" (evidence %1)").arg(rec.evidenceId);
                s.blocks.append(b);
                if (!rec.textHash.isEmpty() && rec.textHash != st.textHash)
                    s.blocks.append(paragraph(rec.text.isEmpty() || rec.text == st.plainText
                                                  ? tr("⚠ the step's text changed since this was recorded")
                                                  : tr("⚠ the step's text changed since this was recorded; it read: %1").arg(rec.text),
                                              true, 1));
                if (st.type != StepType::Check)
                    for (const CodeBlock &c : st.blocks) {
                        ReportBlock code = block(ReportBlock::Code, CodeText::forCopy(c.text, c.language, values), 1);
                        code.language = c.language;
                        s.blocks.append(code);
                    }
                addNoteAndEvidence(s.blocks, inc, rec);
            }
        }
        // Recorded steps (and their evidence) the runbook no longer has: kept, not
        // dropped, and never shown on another step.
        struct Orphan
        {
            QString key;
            StepRecord rec;
            QString evidenceKey;
        };
        std::vector<Orphan> orphans;
        QSet<QString> listed;
        for (auto it = inc.steps.constBegin(); it != inc.steps.constEnd(); ++it)
            if (!rb.step(it.key())) {
                orphans.push_back({it.key(), *it, it.key()});
                listed.insert(it.key());
            }
        for (const StepRecord &rec : inc.vanished) {
            const QString key = rec.key.isEmpty() ? rec.stepId : rec.key;
            orphans.push_back({key, rec, Incident::vanishedEvidenceKey(key)});
            listed.insert(Incident::vanishedEvidenceKey(key));
        }
        for (const Evidence &e : inc.evidence)
            if (!rb.step(e.stepId) && !listed.contains(e.stepId)) {
                StepRecord none;
                none.stepId = e.stepId;
                const QString key = Incident::recordKeyOfVanishedEvidence(e.stepId);
                orphans.push_back({key.isEmpty() ? e.stepId : key, none, e.stepId});
                listed.insert(e.stepId);
            }
        if (!orphans.empty()) {
            std::sort(orphans.begin(), orphans.end(), [](const Orphan &a, const Orphan &b) { return a.key < b.key; });
            s.blocks.append(heading(rb.sections.isEmpty() ? tr("Recorded steps (the runbook could not be read)") : tr("Steps no longer in the runbook"), 3));
            for (const Orphan &o : orphans) {
                ReportBlock b;
                b.kind = ReportBlock::Step;
                b.mark = markOf(o.rec.state);
                b.text = o.rec.text.isEmpty() ? o.key : tr("%1 (was %2)").arg(o.rec.text, o.key);
                b.markdown = o.rec.text.isEmpty() ? QLatin1Char('`') + o.key + QLatin1Char('`')
                                                  : tr("%1 (was `%2`)").arg(o.rec.text, o.key);
                b.meta = tr(" — %1 by %2 at %3").arg(toText(o.rec.state), o.rec.actor, when(o.rec.changedAt));
                s.blocks.append(b);
                if (!o.rec.note.isEmpty())
                    s.blocks.append(block(ReportBlock::Quote, o.rec.note, 1));
                for (const Evidence &e : inc.evidenceOf(o.evidenceKey))
                    if (e.inReport)
                        addEvidence(s.blocks, e);
            }
        }
        r.sections.append(s);
    }
    // Actions taken: intents, outcomes and refusals
    {
        QList<QStringList> rows;
        for (const TimelineEvent &e : inc.timeline)
            if (e.kind.startsWith(QLatin1String("action.")))
                rows.append({when(e.at), e.actor, e.subject, inc.eventText(e, unknown)});
        r.sections.append({QStringLiteral("actions"), tr("Actions taken"),
                           {rows.isEmpty() ? paragraph(tr("No action was run."), true) : table({tr("Time"), tr("Who"), tr("Action"), tr("What happened")}, rows)}});
    }
    // Root cause
    r.sections.append({QStringLiteral("root-cause"), tr("Root cause"),
                       {inc.rootCause.trimmed().isEmpty() ? paragraph(tr("No root cause recorded yet."), true) : paragraph(inc.rootCause.trimmed())}});
    // Follow-ups
    {
        QList<QStringList> rows;
        for (const FollowUp &f : inc.followUps)
            rows.append({QString::number(f.id), f.text, f.owner.isEmpty() ? QStringLiteral("—") : f.owner,
                         f.due.isValid() ? f.due.toString(Qt::ISODate) : QStringLiteral("—"), f.done ? tr("done") : tr("open")});
        r.sections.append({QStringLiteral("follow-ups"), tr("Follow-ups"),
                           {rows.isEmpty() ? paragraph(tr("No follow-ups."), true) : table({tr("#"), tr("Follow-up"), tr("Owner"), tr("Due"), tr("State")}, rows)}});
    }
    // Metrics over the incident
    if (!inc.metrics.isEmpty()) {
        ReportSection s{QStringLiteral("metrics"), tr("Metrics over the incident"), {}};
        QList<QStringList> rows;
        QStringList ids = inc.metrics.keys();
        ids.sort();
        QList<ReportBlock> charts;
        for (const QString &id : ids) {
            const QList<MetricPoint> &pts = inc.metrics.value(id);
            std::optional<double> lo, hi;
            QList<double> series;
            for (const MetricPoint &p : pts)
                if (p.value) {
                    lo = lo ? std::min(*lo, *p.value) : *p.value;
                    hi = hi ? std::max(*hi, *p.value) : *p.value;
                    series.append(*p.value);
                }
            rows.append({id, QString::number(pts.size()), number(pts.first().value), number(pts.last().value), number(lo), number(hi),
                         pts.last().severity.isEmpty() ? QStringLiteral("—") : pts.last().severity});
            if (series.size() > 1) {
                ReportBlock c = block(ReportBlock::Chart, id, 0);
                c.series = series;
                charts.append(c);
            }
        }
        s.blocks.append(table({tr("Metric"), tr("Evaluations"), tr("First"), tr("Last"), tr("Min"), tr("Max"), tr("Last status")}, rows));
        s.blocks.append(charts);
        r.sections.append(s);
    }
    // Notes
    {
        ReportSection s{QStringLiteral("notes"), tr("Notes"), {}};
        if (inc.notes.isEmpty())
            s.blocks.append(paragraph(tr("No notes."), true));
        for (const IncidentNote &n : inc.notes) {
            s.blocks.append(paragraph(tr("%1, %2:").arg(n.author, when(n.at))));
            s.blocks.append(block(ReportBlock::Quote, n.text, 0));
        }
        r.sections.append(s);
    }
    r.title = Redactor::redact(r.title);
    for (ReportSection &s : r.sections)
        for (ReportBlock &b : s.blocks)
            redact(b);
    return r;
}

QStringList IncidentReport::texts() const
{
    QStringList all{title};
    auto add = [&all](const QString &text) {
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const QString t = line.simplified();
            if (!t.isEmpty())
                all.append(t);
        }
    };
    for (const ReportSection &s : sections) {
        add(s.title);
        for (const ReportBlock &b : s.blocks) {
            add(b.text);
            add(b.meta);
            add(b.footnote);
            for (const auto &f : b.fields) {
                add(f.first);
                add(f.second);
            }
            for (const QString &c : b.columns)
                add(c);
            for (const QStringList &row : b.rows)
                for (const QString &cell : row)
                    add(cell);
        }
    }
    return all;
}
