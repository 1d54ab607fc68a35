// The parser's second half: one section's blocks into its checklist — list
// items, step headings, command steps, groups, sub-items, and what each step
// names and uses (RunbookParser.cpp reads the document into sections).
#include "runbook/CodeText.h"
#include "runbook/RunbookBuilder.h"
#include "runbook/StepEntityRecognizer.h"
#include "base/TextUtil.h"

namespace RunbookDetail {

void Builder::buildSection(const RawSection &raw)
{
    static const QRegularExpression numbered(QStringLiteral("^\\s*(\\d+)[.)]\\s+(.*)$"));
    Section s;
    s.heading = TextUtil::stripInlineMarkdown(raw.heading).trimmed();
    const auto m = numbered.match(s.heading);
    if (m.hasMatch()) {
        s.number = m.captured(1);
        s.title = m.captured(2).trimmed();
    } else {
        s.title = s.heading;
    }
    if (s.title.isEmpty())
        s.title = s.heading.isEmpty() ? tr("Section") : s.heading;
    s.group = raw.group;
    s.alert = alertNameOf(s.title); // one alert of a file of several ("# KubeCPUOvercommit")
    s.level = raw.level;
    s.line = raw.line;
    s.endLine = std::max(raw.line, raw.endLine);
    s.id = uniqueId(TextUtil::slugify(s.title));

    QStringList lines;
    for (int l = s.line; l <= s.endLine; ++l)
        lines.append(QString::fromUtf8(m_reader.sourceLine(l)));
    while (!lines.isEmpty() && (lines.last().trimmed().isEmpty() || lines.last().trimmed() == QStringLiteral("---")))
        lines.removeLast();
    s.markdown = lines.join(QLatin1Char('\n'));

    static const QRegularExpression conditionRe(QStringLiteral("^(if|when|whenever|in case)\\b|:\\s*$"),
                                                QRegularExpression::CaseInsensitiveOption);
    // Steps [from, to) that have no group yet take `title` as theirs; the section lists it once.
    auto groupSteps = [&s](qsizetype from, qsizetype to, const QString &title) {
        for (qsizetype k = from; k < to; ++k)
            if (s.steps[k].group.isEmpty())
                s.steps[k].group = title;
        if (to > from && !s.groups.contains(title))
            s.groups.append(title);
    };
    bool monitoringPart = false;
    int stepParts = 0; // parts that give steps: with two or more, each part's title groups its steps
    std::vector<std::pair<qsizetype, QString>> partStarts; // (first step index, part title)
    for (const Part &p : raw.parts) {
        if (p.role == PartRole::Monitors || p.role == PartRole::Metrics)
            monitoringPart = true;
        const qsizetype firstStep = s.steps.size();
        const bool stepsAllowed = p.role != PartRole::Monitors && p.role != PartRole::Metrics;
        const QString context = p.title.isEmpty() ? s.title : p.title;
        // A heading that is a step: the whole part is one step (its lists are its sub-items, its code its commands).
        // A stage of the work ("Phase 1: Containment") is not one: its items are the steps, grouped under it.
        QString headingNumber;
        qsizetype headingIndex = -1; // in s.steps
        const bool phase = !p.title.isEmpty() && stepsAllowed && isPhaseHeading(p.title);
        if (!p.title.isEmpty() && stepsAllowed && !phase && isStepHeading(p.title, &headingNumber)) {
            Step st;
            st.type = StepType::Heading;
            st.text = p.title;
            st.number = headingNumber;
            st.line = p.blocks.empty() ? s.line : p.blocks.front()->line;
            s.steps.append(st);
            headingIndex = s.steps.size() - 1;
        }
        auto headingStep = [&]() -> Step * { return headingIndex >= 0 ? &s.steps[headingIndex] : nullptr; };
        bool admonitionNext = false;
        bool sawList = false; // prose after a list of this part is between lists, or after them
        QString lead;         // a sentence between two lists: the group of the steps of the next one
        auto takeLead = [&](qsizetype from) {
            if (lead.isEmpty())
                return;
            groupSteps(from, s.steps.size(), lead);
            lead.clear();
        };
        for (size_t i = 0; i < p.blocks.size(); ++i) {
            const MdNode *b = p.blocks[i];
            const MdNode *next = i + 1 < p.blocks.size() ? p.blocks[i + 1] : nullptr;
            const MdNode *prev = i > 0 ? p.blocks[i - 1] : nullptr;
            switch (b->type) {
            case MdNode::Paragraph: {
                if (isTocMarker(b->text))
                    break;
                if (isAdmonition(b->text)) {
                    admonitionNext = true;
                    break;
                }
                s.alertExpressions += thresholdsIn(TextUtil::stripInlineMarkdown(b->text), false);
                if (Step *h = headingStep()) { // the heading is the step's text; what it says is its details
                    h->details += (h->details.isEmpty() ? QString() : QStringLiteral("\n\n")) + b->text;
                    break;
                }
                const bool beforeList = next && isListNode(next);
                const bool beforeCode = next && next->type == MdNode::Code && stepsAllowed;
                if (sawList && beforeList) {
                    // "Other things to check:" between two lists stays between them.
                    QString t = TextUtil::stripInlineMarkdown(b->text).simplified();
                    while (t.endsWith(QLatin1Char(':')))
                        t.chop(1);
                    lead = t.trimmed();
                } else if (sawList && !beforeCode && !s.steps.isEmpty()) {
                    // A sentence after the lists: kept with the step it follows.
                    Step &last = s.steps.last();
                    last.details += (last.details.isEmpty() ? QString() : QStringLiteral("\n\n")) + b->text;
                } else if (s.condition.isEmpty() && beforeList && conditionRe.match(b->text).hasMatch() && stepsAllowed)
                    s.condition = b->text;
                else if (beforeCode)
                    break; // the sentence of the command step that follows
                else if (p.title.isEmpty() && s.steps.isEmpty())
                    s.intro += (s.intro.isEmpty() ? QString() : QStringLiteral("\n\n")) + b->text;
                else if (!p.title.isEmpty() && s.steps.size() == firstStep && stepsAllowed && p.role != PartRole::Queries)
                    // Prose under a sub-heading before its steps ("### Meaning" of one alert of a playbook): read with the intro.
                    s.intro += (s.intro.isEmpty() ? QString() : QStringLiteral("\n\n")) + QStringLiteral("**%1:** ").arg(p.title) + b->text;
                break;
            }
            case MdNode::BulletList:
            case MdNode::OrderedList: {
                const qsizetype stepsBefore = s.steps.size();
                sawList = true;
                if (p.role == PartRole::Monitors) {
                    // A bullet is a monitor when it names something to count, and a step
                    // otherwise ("Users report they cannot sign up"): none is dropped.
                    for (const auto &item : b->children) {
                        if (!addMonitorItem(s, item.get(), {}))
                            addItemStep(s, item.get(), {});
                        s.alertExpressions += thresholdsIn(TextUtil::stripInlineMarkdown(itemText(item.get())), false); // "lag exceeds 10000 messages"
                    }
                } else if (p.role == PartRole::Metrics) {
                    for (const auto &item : b->children)
                        s.metrics.append({s.id + QStringLiteral("/metric-") + QString::number(s.metrics.size() + 1),
                                          itemText(item.get()), item->line});
                } else if (Step *h = headingStep()) {
                    for (const auto &item : b->children)
                        addSubItem(*h, item.get());
                } else {
                    checkNumbering(b);
                    addSteps(s, b);
                }
                takeLead(stepsBefore);
                break;
            }
            case MdNode::Code: {
                if (b->unterminated)
                    warn(b->line, tr("code fence opened here is never closed"));
                if (admonitionNext && !b->fenced) { // an admonition's indented body: prose
                    admonitionNext = false;
                    break;
                }
                admonitionNext = false;
                CodeBlock block{b->info, b->text, CodeText::language(b->info, b->text, context), {}, b->line};
                block.variables = CodeText::variables(block.text);
                if (block.language == QStringLiteral("promql"))
                    s.alertExpressions += thresholdsIn(block.text, true);
                const bool query = p.role == PartRole::Queries || roleOf(s.title) == PartRole::Queries
                                   || QStringList{QStringLiteral("logquery"), QStringLiteral("datadog"), QStringLiteral("query")}.contains(b->info.trimmed().toLower());
                if (query && CodeText::isLogQueryLanguage(block.language))
                    addQueries(b);
                s.codeBlocks.append(block);
                if (query && CodeText::isLogQueryLanguage(block.language))
                    break; // named log queries (the flagship's): queries a source counts, not steps
                if (!stepsAllowed)
                    break;
                if (Step *h = headingStep()) {
                    h->blocks.append(block);
                    break;
                }
                // A code block between the items of a list, not indented under its item: part of the item before it.
                if (prev && isListNode(prev) && next && isListNode(next) && !s.steps.isEmpty() && s.steps.last().type == StepType::Check) {
                    warn(b->line, tr("code block not indented under its list item; read as part of step %1 (indent it to keep the list together)")
                                      .arg(s.steps.size()));
                    s.steps.last().blocks.append(block);
                    break;
                }
                // Consecutive blocks under one sentence are one step.
                if (prev && prev->type == MdNode::Code && !s.steps.isEmpty() && s.steps.last().type == StepType::Command) {
                    s.steps.last().blocks.append(block);
                    break;
                }
                Step st;
                st.type = StepType::Command;
                st.text = prev && prev->type == MdNode::Paragraph && !isAdmonition(prev->text) && !isTocMarker(prev->text)
                              ? prev->text
                              : (block.language.isEmpty() ? tr("Run the command") : tr("Run the %1").arg(block.language == QStringLiteral("shell") ? tr("command") : block.language + tr(" query")));
                st.line = prev && prev->type == MdNode::Paragraph ? prev->line : b->line;
                st.blocks.append(block);
                s.steps.append(st);
                break;
            }
            case MdNode::Table: addTable(s, b); break;
            default: break;
            }
        }
        if (s.steps.size() > firstStep) {
            ++stepParts;
            partStarts.push_back({firstStep, p.title});
            if (phase) {
                groupSteps(firstStep, s.steps.size(), p.title);
                note(p.blocks.front()->line, tr("\"%1\" is a stage of the work: its %n item(s) are steps of the group \"%1\", not one step", nullptr,
                                                int(s.steps.size() - firstStep))
                                                 .arg(p.title));
            }
        }
    }
    // Groups: with two or more parts giving steps, each part's title groups its steps.
    if (stepParts >= 2) {
        for (size_t k = 0; k < partStarts.size(); ++k) {
            const qsizetype from = partStarts[k].first;
            const qsizetype to = k + 1 < partStarts.size() ? partStarts[k + 1].first : s.steps.size();
            const QString title = partStarts[k].second;
            bool headingSteps = true;
            for (qsizetype i = from; i < to; ++i)
                headingSteps = headingSteps && s.steps[i].type == StepType::Heading;
            if (title.isEmpty() || headingSteps)
                continue;
            groupSteps(from, to, title); // a sentence between two lists of the part keeps the group it named
        }
    }
    // Ids, plain text, hashes, what each step names and the placeholders it uses.
    for (int i = 0; i < s.steps.size(); ++i) {
        Step &st = s.steps[i];
        st.id = s.id + QStringLiteral("/step-") + QString::number(i + 1);
        st.plainText = TextUtil::stripInlineMarkdown(st.text);
        if (!st.blocks.isEmpty())
            st.code = st.blocks.first().text;
        QString hashed = st.text;
        for (const CodeBlock &c : std::as_const(st.blocks))
            hashed += QLatin1Char('\n') + c.text;
        st.textHash = TextUtil::shortHash(st.type == StepType::Check && st.blocks.isEmpty() ? st.text : hashed);
        st.entities = StepEntityRecognizer::recognize(st.text);
        for (const QString &cmd : CodeText::inlineCommands(st.text))
            st.inlineCommands.append({QString(), cmd, CodeText::language(QString(), cmd), CodeText::variables(cmd), st.line});
        QStringList vars;
        for (const QString &span : TextUtil::codeSpans(st.text))
            vars += CodeText::variables(span, true);
        vars += CodeText::variables(st.plainText, false);
        for (const CodeBlock &c : std::as_const(st.blocks))
            vars += c.variables;
        for (const QString &v : std::as_const(vars))
            if (!st.variables.contains(v))
                st.variables.append(v);
        for (const QString &v : std::as_const(st.variables))
            if (!m_rb.variables.contains(v))
                m_rb.variables.append(v);
    }
    if (monitoringPart || !s.monitors.isEmpty() || !s.metrics.isEmpty())
        s.kind = SectionKind::Monitoring;
    else if (!s.steps.isEmpty())
        s.kind = SectionKind::Procedure;
    else if (s.codeBlocks.isEmpty() && s.tableRows.isEmpty())
        s.kind = SectionKind::Reading; // prose only (Meaning, Impact, Overview): read, not ticked
    m_rb.sections.append(s);
}

void Builder::checkNumbering(const MdNode *list)
{
    if (list->type != MdNode::OrderedList)
        return;
    // "1." for every item is how many authors number (Markdown counts for them).
    bool allSame = true;
    for (const auto &item : list->children)
        allSame = allSame && item->marker == list->children.front()->marker;
    if (allSame && list->children.size() > 1)
        return;
    int expected = int(list->start);
    for (const auto &item : list->children) {
        bool ok = false;
        const int n = item->marker.left(item->marker.size() - 1).toInt(&ok);
        if (!ok)
            continue;
        if (n != expected)
            warn(item->line, n > expected ? tr("step numbering jumps from %1 to %2").arg(expected - 1).arg(n)
                                          : tr("step number %1 repeats or goes backwards (expected %2)").arg(n).arg(expected));
        expected = n + 1;
    }
}

void Builder::addSubItem(Step &parent, const MdNode *item)
{
    const QString text = itemText(item);
    if (!text.isEmpty())
        parent.subItems.append(text);
    for (const auto &c : item->children) {
        if (c->type == MdNode::Code) {
            CodeBlock block{c->info, c->text, CodeText::language(c->info, c->text, {}), CodeText::variables(c->text), c->line};
            parent.blocks.append(block);
        } else if (isListNode(c.get())) {
            for (const auto &sub : c->children)
                addSubItem(parent, sub.get());
        }
    }
}

void Builder::addSteps(Section &s, const MdNode *list)
{
    bool allSame = list->type == MdNode::OrderedList && list->children.size() > 1;
    for (const auto &item : list->children)
        allSame = allSame && item->marker == list->children.front()->marker;
    int position = int(list->start);
    for (const auto &item : list->children) {
        QString number;
        if (list->type == MdNode::OrderedList && !item->marker.isEmpty())
            number = allSame ? QString::number(position) : item->marker.left(item->marker.size() - 1);
        ++position;
        addItemStep(s, item.get(), number);
    }
}

void Builder::addItemStep(Section &s, const MdNode *item, const QString &number)
{
    Step st;
    st.text = itemText(item);
    st.number = number;
    st.line = item->line;
    st.task = item->task;
    for (const auto &c : item->children) {
        if (c->type == MdNode::Code) {
            st.blocks.append({c->info, c->text, CodeText::language(c->info, c->text, {}), CodeText::variables(c->text), c->line});
            if (c->unterminated)
                warn(c->line, tr("code fence opened here is never closed"));
        } else if (isListNode(c.get())) {
            checkNumbering(c.get());
            for (const auto &sub : c->children)
                addSubItem(st, sub.get()); // nested items belong to their parent step
        } else if (c->type == MdNode::Paragraph && c->text != st.text) {
            st.details += (st.details.isEmpty() ? QString() : QStringLiteral("\n\n")) + c->text;
        }
    }
    if (st.text.isEmpty() && st.blocks.isEmpty())
        warn(item->line, tr("empty list item in section \"%1\"").arg(s.title));
    s.steps.append(st);
}

} // namespace RunbookDetail
