#include "runbook/RunbookParser.h"

#include "runbook/CodeText.h"
#include "runbook/FrontMatter.h"
#include "runbook/RunbookBuilder.h"
#include "runbook/StepEntityRecognizer.h"
#include "base/TextUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace RunbookDetail {

namespace {
// "### Step 3: Drain the node", "### 1. Ensure …", "### Part 2 - …": a heading that is a step.
bool isStepHeading(const QString &title, QString *number)
{
    static const QRegularExpression re(QStringLiteral("^(?:(?:step|part|phase|stage)\\s*(\\d+)\\b|(\\d+)[.)])\\s*"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(title);
    if (!m.hasMatch())
        return false;
    if (number)
        *number = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    return true;
}

bool isTocMarker(const QString &text)
{
    const QString t = text.trimmed();
    return t == QStringLiteral("[[_TOC_]]") || t == QStringLiteral("[TOC]") || t == QStringLiteral("[[TOC]]") || t == QStringLiteral("{:toc}")
           || t == QStringLiteral("* TOC") || t == QStringLiteral("[toc]");
}

// mkdocs / Material admonitions: "!!! warning", "??? note" — the indented text after them is prose.
bool isAdmonition(const QString &text)
{
    return text.startsWith(QStringLiteral("!!!")) || text.startsWith(QStringLiteral("???"));
}

// Thresholds an alert expression or prose states: "> 5", "> 0.01", "exceeds 95%".
QStringList thresholdsIn(const QString &text, bool expression)
{
    static const QRegularExpression op(QStringLiteral("(?:>=|<=|==|!=|>|<)\\s*[0-9]+(?:\\.[0-9]+)?%?"));
    static const QRegularExpression prose(QStringLiteral("\\b(?:exceeds?|exceeding|above|greater than|more than|over|below|less than|under)\\s+[0-9]+(?:\\.[0-9]+)?\\s*(?:%|percent|ms|s|seconds|minutes)?"),
                                          QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (auto it = (expression ? op : prose).globalMatch(text); it.hasNext();)
        if (const QString t = it.next().captured(0).trimmed(); !out.contains(t))
            out.append(t);
    return out;
}
} // namespace

void Builder::collectBlocks(const MdNode *node, std::vector<const MdNode *> &out)
{
    for (const auto &c : node->children) {
        if (c->type == MdNode::Quote)
            collectBlocks(c.get(), out); // a block quote's content counts as if it stood in the text
        else
            out.push_back(c.get());
    }
}

QString Builder::uniqueId(QString id)
{
    const QString base = id;
    for (int i = 2; m_ids.contains(id); ++i)
        id = base + QLatin1Char('-') + QString::number(i);
    m_ids.insert(id);
    return id;
}

void Builder::build(const MdNode *doc)
{
    std::vector<const MdNode *> blocks;
    collectBlocks(doc, blocks);

    // Title: a single level-1 heading that comes first. Sections: the top heading level below it.
    int h1Count = 0;
    const MdNode *firstHeading = nullptr;
    for (const MdNode *b : blocks)
        if (b->type == MdNode::Heading) {
            if (!firstHeading)
                firstHeading = b;
            if (b->level == 1)
                ++h1Count;
        }
    const MdNode *titleNode = (firstHeading && firstHeading->level == 1 && h1Count == 1) ? firstHeading : nullptr;
    int sectionLevel = 7;
    for (const MdNode *b : blocks)
        if (b->type == MdNode::Heading && b != titleNode)
            sectionLevel = std::min(sectionLevel, b->level);

    QString fileTitle = m_rb.path.isEmpty() ? tr("Runbook") : QFileInfo(m_rb.path).completeBaseName();
    QString metaTitle, metaAlert;
    for (const auto &kv : std::as_const(m_rb.metadata)) {
        const QString key = kv.first.toLower();
        if (key == QStringLiteral("title"))
            metaTitle = kv.second;
        else if (key == QStringLiteral("alert") || key == QStringLiteral("alertname") || key == QStringLiteral("alert_name"))
            metaAlert = kv.second;
    }
    if (!metaTitle.isEmpty())
        fileTitle = metaTitle;
    m_rb.title = titleNode ? TextUtil::stripInlineMarkdown(titleNode->text) : fileTitle;
    // The Prometheus/Alertmanager alert it is for: named in the front matter, or the title is one ("KubePodCrashLooping").
    static const QRegularExpression alertTitle(QStringLiteral("^(?:alert[:\\s-]+)?([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)(?:\\s+alert)?$"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (!metaAlert.isEmpty())
        m_rb.alert = metaAlert;
    else if (const auto am = alertTitle.match(m_rb.title.trimmed()); am.hasMatch() && am.captured(1).contains(QRegularExpression(QStringLiteral("[a-z][A-Z]"))))
        m_rb.alert = am.captured(1);
    if (!firstHeading)
        warn(1, tr("no headings: the whole document is read as one checklist"));

    std::vector<RawSection> raws;
    RawSection pre; // content before the first section heading
    pre.heading = titleNode ? m_rb.title : fileTitle;
    pre.line = 1;
    pre.parts.push_back({});
    RawSection *cur = &pre;
    int lastLevel = sectionLevel;
    for (const MdNode *b : blocks) {
        if (b == titleNode)
            continue;
        if (b->type == MdNode::Heading && b->level == sectionLevel) {
            lastLevel = b->level;
            raws.push_back({});
            cur = &raws.back();
            cur->heading = b->text;
            cur->level = b->level;
            cur->line = b->line;
            cur->parts.push_back({});
            // A section named like a role ("## Symptoms", "## Metrics") reads its own lists that way.
            const PartRole role = roleOf(TextUtil::stripInlineMarkdown(b->text));
            if (role == PartRole::Monitors || role == PartRole::Metrics)
                cur->parts.back().role = role;
            continue;
        }
        if (b->type == MdNode::Heading && b->level > sectionLevel) {
            if (b->level > lastLevel + 1)
                warn(b->line, tr("heading level jumps from %1 to %2; read as a sub-heading of \"%3\"")
                                  .arg(lastLevel).arg(b->level).arg(TextUtil::stripInlineMarkdown(cur->heading)));
            lastLevel = b->level;
            Part p;
            p.title = TextUtil::stripInlineMarkdown(b->text);
            p.role = roleOf(p.title);
            cur->parts.push_back(p);
            cur->parts.back().blocks.push_back(b);
            continue;
        }
        cur->parts.back().blocks.push_back(b);
    }

    // Before the first section: paragraphs are the intro; anything else becomes an "Overview" section.
    bool preHasStructure = false;
    for (const Part &p : pre.parts)
        for (const MdNode *b : p.blocks) {
            if (b->type == MdNode::Paragraph && raws.size() > 0 && p.title.isEmpty())
                m_rb.intro += (m_rb.intro.isEmpty() ? QString() : QStringLiteral("\n\n")) + b->text;
            else if (b->type != MdNode::Rule && b->type != MdNode::Html)
                preHasStructure = true;
        }
    if (raws.empty() || preHasStructure) {
        if (!raws.empty())
            pre.heading = tr("Overview");
        raws.insert(raws.begin(), pre);
    }

    // Line ranges of the sections.
    for (size_t i = 0; i < raws.size(); ++i)
        raws[i].endLine = i + 1 < raws.size() ? raws[i + 1].line - 1 : m_reader.lineCount();

    // A section with no content of its own whose subsections each carry a list
    // (Recovery Procedures → Manual Blob Cleanup, …) is a group: each subsection is a section.
    std::vector<RawSection> flat;
    for (const RawSection &r : raws) {
        bool directStructure = false;
        for (const MdNode *b : r.parts.front().blocks)
            if (isListNode(b) || b->type == MdNode::Code || b->type == MdNode::Table)
                directStructure = true;
        bool anyRole = false, subLists = false;
        for (size_t i = 1; i < r.parts.size(); ++i) {
            const PartRole role = r.parts[i].role;
            if (role == PartRole::Monitors || role == PartRole::Metrics || role == PartRole::Response)
                anyRole = true;
            for (const MdNode *b : r.parts[i].blocks)
                if (isListNode(b))
                    subLists = true;
        }
        // Only a heading that names a collection ("Recovery Procedures", "Playbooks") is a group of
        // sections; under any other ("Diagnosis") the sub-headings group the section's steps.
        static const QRegularExpression collection(
            QStringLiteral("\\b(procedures|playbooks|runbooks|recovery|scenarios|alerts|incidents|tasks|recipes|runbook index)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        const bool named = collection.match(TextUtil::stripInlineMarkdown(r.heading)).hasMatch();
        bool stepHeadings = true;
        for (size_t i = 1; i < r.parts.size(); ++i)
            stepHeadings = stepHeadings && isStepHeading(r.parts[i].title, nullptr);
        if (named && !stepHeadings && !directStructure && !anyRole && subLists && r.parts.size() > 1) {
            for (size_t i = 1; i < r.parts.size(); ++i) {
                RawSection sub;
                sub.heading = r.parts[i].blocks.front()->text;
                sub.group = TextUtil::stripInlineMarkdown(r.heading);
                sub.level = r.parts[i].blocks.front()->level;
                sub.line = r.parts[i].blocks.front()->line;
                Part p;
                p.role = r.parts[i].role == PartRole::Queries ? PartRole::Queries : PartRole::Direct;
                p.blocks.assign(r.parts[i].blocks.begin() + 1, r.parts[i].blocks.end());
                sub.parts.push_back(p);
                sub.endLine = i + 1 < r.parts.size() ? r.parts[i + 1].blocks.front()->line - 1 : r.endLine;
                flat.push_back(sub);
            }
        } else {
            flat.push_back(r);
        }
    }

    // Lint: empty sections, duplicate titles, numbering of numbered headings.
    QHash<QString, int> seenTitles;
    int lastNumber = 0;
    static const QRegularExpression numbered(QStringLiteral("^\\s*(\\d+)[.)]\\s+(.*)$"));
    for (const RawSection &r : flat) {
        if (!r.hasContent())
            warn(r.line, tr("section \"%1\" is empty").arg(TextUtil::stripInlineMarkdown(r.heading)));
        const QString key = TextUtil::stripInlineMarkdown(r.heading).trimmed().toLower();
        if (seenTitles.contains(key))
            warn(r.line, tr("duplicate section title \"%1\" (first at line %2)")
                             .arg(TextUtil::stripInlineMarkdown(r.heading))
                             .arg(seenTitles.value(key)));
        else
            seenTitles.insert(key, r.line);
        const auto m = numbered.match(r.heading);
        if (m.hasMatch()) {
            const int n = m.captured(1).toInt();
            if (lastNumber > 0 && n != lastNumber + 1)
                warn(r.line, tr("section numbering jumps from %1 to %2").arg(lastNumber).arg(n));
            lastNumber = n;
        }
        buildSection(r);
    }
    finish();
}

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
        QString headingNumber;
        qsizetype headingIndex = -1; // in s.steps
        if (!p.title.isEmpty() && stepsAllowed && isStepHeading(p.title, &headingNumber)) {
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
                if (Step *h = headingStep()) {
                    if (next && next->type == MdNode::Code)
                        break; // the sentence of the command: the heading is the step's text
                    h->details += (h->details.isEmpty() ? QString() : QStringLiteral("\n\n")) + b->text;
                    break;
                }
                const bool beforeList = next && isListNode(next);
                const bool beforeCode = next && next->type == MdNode::Code && next->fenced && stepsAllowed;
                if (s.condition.isEmpty() && beforeList && conditionRe.match(b->text).hasMatch() && stepsAllowed)
                    s.condition = b->text;
                else if (beforeCode)
                    ; // introduces the command step that follows
                else if (p.title.isEmpty() && s.steps.isEmpty())
                    s.intro += (s.intro.isEmpty() ? QString() : QStringLiteral("\n\n")) + b->text;
                else if (!p.title.isEmpty() && s.steps.size() == firstStep && stepsAllowed && p.role != PartRole::Queries)
                    // Prose under a sub-heading before its steps ("### Meaning" of one alert of a playbook): read with the intro.
                    s.intro += (s.intro.isEmpty() ? QString() : QStringLiteral("\n\n")) + QStringLiteral("**%1:** ").arg(p.title) + b->text;
                break;
            }
            case MdNode::BulletList:
            case MdNode::OrderedList:
                if (p.role == PartRole::Monitors) {
                    addMonitors(s, b, {});
                    for (const auto &item : b->children) // "lag exceeds 10000 messages"
                        s.alertExpressions += thresholdsIn(TextUtil::stripInlineMarkdown(itemText(item.get())), false);
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
                break;
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
            for (qsizetype i = from; i < to; ++i)
                s.steps[i].group = title;
            if (!s.groups.contains(title))
                s.groups.append(title);
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
        Step st;
        st.text = itemText(item.get());
        if (list->type == MdNode::OrderedList && !item->marker.isEmpty())
            st.number = allSame ? QString::number(position) : item->marker.left(item->marker.size() - 1);
        ++position;
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
}

void Builder::finish()
{
    // Match each threshold rule to the monitoring section it speaks of, by shared words.
    for (ThresholdRule &rule : m_rb.thresholds) {
        WordSet metricWords;
        metricWords.addText(rule.metric);
        int best = 0;
        for (const Section &s : std::as_const(m_rb.sections)) {
            if (s.kind != SectionKind::Monitoring)
                continue;
            WordSet title, sw;
            title.addText(s.title);
            for (const MetricSpec &m : s.metrics)
                sw.addText(TextUtil::stripInlineMarkdown(m.text));
            for (const Monitor &m : s.monitors)
                sw.addText(m.value + QLatin1Char(' ') + m.endpoint);
            // Words of the section's title count double: they name what the section is about.
            const int score = 2 * metricWords.overlap(title) + metricWords.overlap(sw);
            if (score > best) {
                best = score;
                rule.sectionId = s.id;
            }
        }
    }
}

} // namespace RunbookDetail

namespace {

// Line of the first invalid UTF-8 sequence, or 0.
int firstInvalidUtf8Line(const QByteArray &bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder d(QStringDecoder::Utf8);
        const QString decoded = d.decode(QByteArrayView(bytes.constData() + start, end - start));
        Q_UNUSED(decoded);
        if (d.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return 0;
}

} // namespace

using namespace RunbookDetail;

Result<Runbook> RunbookParser::parseFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Result<Runbook>::failure(tr("%1: no such file").arg(path));
    if (f.size() > MaxFileSize)
        return Result<Runbook>::failure(tr("%1: file is too large for a runbook (%2 MB, limit %3 MB)")
                                            .arg(path).arg(f.size() / (1024 * 1024)).arg(MaxFileSize / (1024 * 1024)));
    if (!f.open(QIODevice::ReadOnly))
        return Result<Runbook>::failure(tr("%1: cannot read: %2").arg(path, f.errorString()));
    return parse(f.readAll(), path);
}

Runbook RunbookParser::parse(const QByteArray &input, const QString &path)
{
    Runbook rb;
    rb.path = path;
    rb.hash = TextUtil::sha256Hex(input);
    if (input.trimmed().isEmpty()) {
        rb.title = path.isEmpty() ? tr("Runbook") : QFileInfo(path).completeBaseName();
        rb.messages.append({ParseMessage::Warning, 1, tr("the runbook is empty")});
        return rb;
    }
    // Binary data: NUL bytes or mostly control characters in the first 8 KiB.
    const QByteArray head = input.left(8192);
    int control = 0;
    for (char c : head)
        if ((unsigned char)c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            ++control;
    const qsizetype nul = head.indexOf('\0');
    if (nul >= 0 || control * 10 > head.size()) {
        const int line = nul >= 0 ? int(head.left(nul).count('\n')) + 1 : 1;
        rb.title = path.isEmpty() ? tr("Runbook") : QFileInfo(path).completeBaseName();
        rb.messages.append({ParseMessage::Error, line, tr("this is not a text file (binary data at line %1); not a Markdown runbook").arg(line)});
        return rb;
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (const int bad = firstInvalidUtf8Line(bytes))
        rb.messages.append({ParseMessage::Warning, bad, tr("invalid UTF-8 (first at line %1); shown with replacement characters").arg(bad)});

    // Front matter (YAML between ---, TOML between +++): metadata, blanked out so lines keep their numbers.
    const FrontMatter fm = FrontMatter::read(bytes);
    if (fm.present) {
        rb.metadata = fm.keys;
        if (!fm.error.isEmpty())
            rb.messages.append({ParseMessage::Warning, fm.errorLine, tr("front matter: %1 (its keys are ignored)").arg(fm.error)});
        qsizetype pos = 0;
        for (int line = 1; line <= fm.endLine && pos < bytes.size(); ++line) {
            const qsizetype nl = bytes.indexOf('\n', pos);
            const qsizetype end = nl < 0 ? bytes.size() : nl;
            bytes.remove(pos, end - pos);
            pos = bytes.indexOf('\n', pos);
            if (pos < 0)
                break;
            ++pos;
        }
    }
    MarkdownReader reader;
    const auto doc = reader.read(bytes);
    if (const int deep = reader.tooDeepLine())
        rb.messages.append({ParseMessage::Warning, deep,
                            tr("lists or quotes nest deeper than %1 levels at line %2; what is deeper is read as part of level %1")
                                .arg(MarkdownReader::MaxDepth)
                                .arg(deep)});
    Builder(rb, reader).build(doc.get());
    std::stable_sort(rb.messages.begin(), rb.messages.end(),
                     [](const ParseMessage &a, const ParseMessage &b) { return a.line < b.line; });
    return rb;
}
