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
    int &next = m_nextSuffix[base];
    if (next < 2)
        next = 2;
    while (m_ids.contains(id))
        id = base + QLatin1Char('-') + QString::number(next++);
    m_ids.insert(id);
    return id;
}

void Builder::build(const MdNode *doc)
{
    std::vector<const MdNode *> blocks;
    collectBlocks(doc, blocks);

    // Title: the first heading, when it is the only one at the top level —
    // whatever that level is ("# Runbook", or "## Playbook: Phishing" above
    // "###" sections). Sections: the top heading level below it.
    int topLevel = 7, topCount = 0;
    const MdNode *firstHeading = nullptr;
    for (const MdNode *b : blocks)
        if (b->type == MdNode::Heading) {
            if (!firstHeading)
                firstHeading = b;
            if (b->level < topLevel) {
                topLevel = b->level;
                topCount = 1;
            } else if (b->level == topLevel) {
                ++topCount;
            }
        }
    // Below level 1 it is a title only over sections of its own: a lone "## Check" names the one section.
    const MdNode *titleNode = (firstHeading && firstHeading->level == topLevel && topCount == 1) ? firstHeading : nullptr;
    int sectionLevel = 7;
    for (const MdNode *b : blocks)
        if (b->type == MdNode::Heading && b != titleNode)
            sectionLevel = std::min(sectionLevel, b->level);
    if (titleNode && titleNode->level > 1 && sectionLevel == 7) {
        titleNode = nullptr;
        sectionLevel = topLevel;
    }
    if (titleNode && titleNode->level > 1)
        note(titleNode->line, tr("\"%1\" is the only level-%2 heading and comes first: read as the title; the level-%3 headings are the sections")
                                  .arg(TextUtil::stripInlineMarkdown(titleNode->text))
                                  .arg(titleNode->level)
                                  .arg(sectionLevel));

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
    if (!metaAlert.isEmpty())
        m_rb.alert = metaAlert;
    else
        m_rb.alert = alertNameOf(m_rb.title);
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
            if (b->type == MdNode::Paragraph && isTocMarker(b->text))
                continue;
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
        // The sub-headings at the first level below it are the collection's
        // sections; headings deeper still ("#### Write Latency" under "###
        // CortexRequestLatency") are parts of the section above them.
        int subLevel = 7, alertHeadings = 0;
        for (size_t i = 1; i < r.parts.size(); ++i)
            subLevel = std::min(subLevel, r.parts[i].blocks.front()->level);
        for (size_t i = 1; i < r.parts.size(); ++i)
            if (r.parts[i].blocks.front()->level == subLevel && !alertNameOf(r.parts[i].title).isEmpty())
                ++alertHeadings;
        // A heading over two alerts or more is a collection of them, whatever its name.
        const bool named = collection.match(TextUtil::stripInlineMarkdown(r.heading)).hasMatch() || alertHeadings >= 2;
        bool stepHeadings = true;
        for (size_t i = 1; i < r.parts.size(); ++i)
            stepHeadings = stepHeadings && isStepHeading(r.parts[i].title, nullptr);
        if (named && !stepHeadings && !directStructure && !anyRole && subLists && r.parts.size() > 1) {
            const size_t first = flat.size();
            for (size_t i = 1; i < r.parts.size(); ++i) {
                const MdNode *h = r.parts[i].blocks.front();
                if (h->level > subLevel && flat.size() > first) {
                    RawSection &above = flat.back();
                    above.parts.push_back(r.parts[i]);
                    note(h->line, tr("\"%1\" is below \"%2\": read as a part of that section, not a section of its own")
                                      .arg(r.parts[i].title, TextUtil::stripInlineMarkdown(above.heading)));
                    continue;
                }
                RawSection sub;
                sub.heading = h->text;
                sub.group = TextUtil::stripInlineMarkdown(r.heading);
                sub.level = h->level;
                sub.line = h->line;
                Part p;
                p.role = r.parts[i].role == PartRole::Queries ? PartRole::Queries : PartRole::Direct;
                p.blocks.assign(r.parts[i].blocks.begin() + 1, r.parts[i].blocks.end());
                sub.parts.push_back(p);
                flat.push_back(sub);
            }
            for (size_t k = first; k < flat.size(); ++k)
                flat[k].endLine = k + 1 < flat.size() ? flat[k + 1].line - 1 : r.endLine;
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

void Builder::finish()
{
    // Match each threshold rule to the monitoring section it speaks of, by
    // shared words; words of the section's title count double. Linear in the
    // runbook: sections with the same words score the same, so only the first
    // of each is kept (ties go to the earlier section), and a rule looks up
    // only the sections that share one of its words.
    struct Candidate
    {
        QString id;
    };
    QList<Candidate> candidates;
    QHash<QString, QList<std::pair<int, int>>> index; // word key -> (candidate, weight)
    QSet<QString> signatures;
    for (const Section &s : std::as_const(m_rb.sections)) {
        if (s.kind != SectionKind::Monitoring)
            continue;
        WordSet title, sw;
        title.addText(s.title);
        for (const MetricSpec &m : s.metrics)
            sw.addText(TextUtil::stripInlineMarkdown(m.text));
        for (const Monitor &m : s.monitors)
            sw.addText(m.value + QLatin1Char(' ') + m.endpoint);
        QHash<QString, int> weights;
        for (const QString &k : std::as_const(title.keys))
            weights[k] |= 2;
        for (const QString &k : std::as_const(sw.keys))
            weights[k] |= 1;
        QStringList sig;
        for (auto it = weights.cbegin(); it != weights.cend(); ++it)
            sig.append(it.key() + QLatin1Char('=') + QString::number(it.value()));
        sig.sort();
        if (signatures.contains(sig.join(QLatin1Char(' '))))
            continue;
        signatures.insert(sig.join(QLatin1Char(' ')));
        const int c = int(candidates.size());
        candidates.append({s.id});
        for (auto it = weights.cbegin(); it != weights.cend(); ++it)
            index[it.key()].append({c, (it.value() & 2 ? 2 : 0) + (it.value() & 1)});
    }
    std::vector<int> score(candidates.size(), 0);
    std::vector<int> touched;
    QHash<QString, QString> decided; // the rule's words -> its section
    for (ThresholdRule &rule : m_rb.thresholds) {
        WordSet metricWords;
        metricWords.addText(rule.metric);
        const QString key = metricWords.keys.join(QLatin1Char(' '));
        if (const auto it = decided.constFind(key); it != decided.cend()) {
            if (!it->isEmpty())
                rule.sectionId = *it;
            continue;
        }
        for (const QString &k : std::as_const(metricWords.keys))
            for (const auto &[c, w] : index.value(k)) {
                if (score[c] == 0)
                    touched.push_back(c);
                score[c] += w;
            }
        int best = 0, bestCandidate = -1;
        for (int c : touched)
            if (score[c] > best || (score[c] == best && c < bestCandidate)) {
                best = score[c];
                bestCandidate = c;
            }
        for (int c : touched)
            score[c] = 0;
        touched.clear();
        const QString section = bestCandidate >= 0 ? candidates.at(bestCandidate).id : QString();
        decided.insert(key, section);
        if (!section.isEmpty())
            rule.sectionId = section;
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
