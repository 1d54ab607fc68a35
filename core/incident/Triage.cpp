#include "incident/Triage.h"

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Triage", text);
}

// The procedure a step names: its title (without a leading number) in the step's text.
QString namedProcedure(const Step &step, const Runbook &rb)
{
    for (const Section &p : rb.sections)
        if (p.kind == SectionKind::Procedure && !p.title.isEmpty() && step.plainText.contains(p.title, Qt::CaseInsensitive))
            return p.id;
    return {};
}
} // namespace

QList<Triage::Place> Triage::order(const Runbook &rb, const QHash<QString, Urgency> &urgency, const QHash<QString, QString> &pointers)
{
    QList<const Section *> sections;
    for (const Section &s : rb.sections)
        if (s.kind != SectionKind::Procedure && !s.steps.isEmpty())
            sections.append(&s);
    std::stable_sort(sections.begin(), sections.end(), [&urgency](const Section *a, const Section *b) {
        return int(urgency.value(a->id, Urgency::None)) > int(urgency.value(b->id, Urgency::None));
    });
    QList<Place> out;
    QSet<QString> procedures;
    for (const Section *s : std::as_const(sections)) {
        const Urgency u = urgency.value(s->id, Urgency::None);
        const QString why = u == Urgency::Critical ? tr("its rules are critical")
                            : u == Urgency::Warning ? tr("its rules warn")
                                                    : tr("next in the runbook");
        for (const Step &st : s->steps) {
            out.append({s->id, st.id, tr("%1: %2").arg(s->displayTitle(), why)});
            QString proc = pointers.value(st.id);
            if (proc.isEmpty())
                proc = namedProcedure(st, rb);
            const Section *p = proc.isEmpty() ? nullptr : rb.section(proc);
            if (!p || procedures.contains(p->id))
                continue;
            procedures.insert(p->id);
            const QString label = st.number.isEmpty() ? st.plainText.left(40) : tr("step %1").arg(st.number);
            for (const Step &ps : p->steps)
                out.append({p->id, ps.id, tr("%1: %2 of %3 points to it").arg(p->displayTitle(), label, s->displayTitle())});
        }
    }
    return out;
}

std::optional<Triage::Place> Triage::next(const Runbook &rb, const Incident *inc, const QHash<QString, Urgency> &urgency,
                                          const QString &current, const QHash<QString, QString> &pointers)
{
    const QList<Place> all = order(rb, urgency, pointers);
    qsizetype start = 0;
    for (qsizetype i = 0; i < all.size(); ++i)
        if (all.at(i).stepId == current) {
            start = i + 1;
            break;
        }
    for (qsizetype k = 0; k < all.size(); ++k) {
        const Place &p = all.at((start + k) % all.size());
        if (p.stepId == current)
            continue;
        if (!inc || inc->step(p.stepId).state == StepState::Pending)
            return p;
    }
    return std::nullopt;
}
