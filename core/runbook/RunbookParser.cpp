#include "runbook/RunbookParser.h"

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

    const QString fileTitle = m_rb.path.isEmpty() ? tr("Runbook") : QFileInfo(m_rb.path).completeBaseName();
    m_rb.title = titleNode ? TextUtil::stripInlineMarkdown(titleNode->text) : fileTitle;
    if (!firstHeading)
        warn(1, tr("no headings: the whole document is read as one checklist"));

    std::vector<RawSection> raws;
    RawSection pre; // content before the first section heading
    pre.heading = titleNode ? m_rb.title : fileTitle;
    pre.line = 1;
    pre.parts.push_back({});
    RawSection *cur = &pre;
    for (const MdNode *b : blocks) {
        if (b == titleNode)
            continue;
        if (b->type == MdNode::Heading && b->level == sectionLevel) {
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
        if (!directStructure && !anyRole && subLists && r.parts.size() > 1) {
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
    for (const Part &p : raw.parts) {
        if (p.role == PartRole::Monitors || p.role == PartRole::Metrics)
            monitoringPart = true;
        for (size_t i = 0; i < p.blocks.size(); ++i) {
            const MdNode *b = p.blocks[i];
            switch (b->type) {
            case MdNode::Paragraph: {
                const bool beforeList = i + 1 < p.blocks.size() && isListNode(p.blocks[i + 1]);
                if (s.condition.isEmpty() && beforeList && conditionRe.match(b->text).hasMatch()
                    && p.role != PartRole::Monitors && p.role != PartRole::Metrics)
                    s.condition = b->text;
                else if (p.title.isEmpty() && s.steps.isEmpty())
                    s.intro += (s.intro.isEmpty() ? QString() : QStringLiteral("\n\n")) + b->text;
                break;
            }
            case MdNode::BulletList:
            case MdNode::OrderedList:
                if (p.role == PartRole::Monitors) {
                    addMonitors(s, b, {});
                } else if (p.role == PartRole::Metrics) {
                    for (const auto &item : b->children)
                        s.metrics.append({s.id + QStringLiteral("/metric-") + QString::number(s.metrics.size() + 1),
                                          itemText(item.get()), item->line});
                } else {
                    checkNumbering(b);
                    addSteps(s, b, 0);
                }
                break;
            case MdNode::Code: {
                if (b->unterminated)
                    warn(b->line, tr("code fence opened here is never closed"));
                static const QSet<QString> queryInfos = {QStringLiteral("logquery"), QStringLiteral("datadog"),
                                                         QStringLiteral("query"), QStringLiteral("logql")};
                if (p.role == PartRole::Queries || queryInfos.contains(b->info.trimmed().toLower())
                    || roleOf(s.title) == PartRole::Queries)
                    addQueries(b);
                s.codeBlocks.append({b->info, b->text, b->line});
                break;
            }
            case MdNode::Table: addTable(s, b); break;
            default: break;
            }
        }
    }
    if (monitoringPart || !s.monitors.isEmpty() || !s.metrics.isEmpty())
        s.kind = SectionKind::Monitoring;
    else if (!s.steps.isEmpty())
        s.kind = SectionKind::Procedure;
    m_rb.sections.append(s);
}

void Builder::checkNumbering(const MdNode *list)
{
    if (list->type != MdNode::OrderedList)
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

void Builder::addSteps(Section &s, const MdNode *list, int depth)
{
    for (const auto &item : list->children) {
        Step st;
        st.text = itemText(item.get());
        st.plainText = TextUtil::stripInlineMarkdown(st.text);
        if (list->type == MdNode::OrderedList && !item->marker.isEmpty())
            st.number = item->marker.left(item->marker.size() - 1);
        st.depth = depth;
        st.line = item->line;
        st.task = item->task;
        st.textHash = TextUtil::shortHash(st.text);
        st.entities = StepEntityRecognizer::recognize(st.text);
        for (const auto &c : item->children)
            if (c->type == MdNode::Code) {
                st.code = c->text;
                if (c->unterminated)
                    warn(c->line, tr("code fence opened here is never closed"));
            }
        if (st.text.isEmpty() && st.code.isEmpty())
            warn(item->line, tr("empty list item in section \"%1\"").arg(s.title));
        st.id = s.id + QStringLiteral("/step-") + QString::number(s.steps.size() + 1);
        s.steps.append(st);
        for (const auto &c : item->children)
            if (isListNode(c.get())) {
                checkNumbering(c.get());
                addSteps(s, c.get(), depth + 1);
            }
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
