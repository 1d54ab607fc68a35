#include "runbook/MarkdownReader.h"

#include <md4c.h>

#include <QRegularExpression>
#include <algorithm>

MdNode *MdNode::add(Type t)
{
    children.push_back(std::make_unique<MdNode>());
    children.back()->type = t;
    return children.back().get();
}

// The md4c callbacks build the tree on a stack of open blocks. md4c hands text
// out as pointers into the input for everything read from the source, which is
// how each block learns its line.
struct MdCallbacks
{
    MarkdownReader *reader = nullptr;
    const char *begin = nullptr;
    const char *end = nullptr;
    std::vector<MdNode *> stack;
    std::vector<qsizetype> codeSpanStarts; // position in text where a code span began
    std::vector<QString> linkHrefs;
    int lastLine = 1;
    // Blocks nested deeper than MarkdownReader::MaxDepth are read into the
    // deepest block kept: no tree (nor recursion over it) grows past the limit.
    int passThrough = 0;
    bool wantDeepLine = false;

    MdNode *top() { return stack.back(); }

    void noteOffset(const char *p)
    {
        if (p < begin || p >= end)
            return;
        const int line = reader->lineOf(p - begin);
        lastLine = line;
        if (wantDeepLine) {
            reader->m_tooDeepLine = line;
            wantDeepLine = false;
        }
        for (MdNode *n : stack)
            if (n->line == 0)
                n->line = line;
        for (MdNode *n : stack)
            n->endLine = std::max(n->endLine, line);
    }

    static QString attr(const MD_ATTRIBUTE &a) { return QString::fromUtf8(a.text, qsizetype(a.size)); }

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        if (type != MD_BLOCK_DOC && (passThrough > 0 || int(stack.size()) > MarkdownReader::MaxDepth)) {
            if (passThrough++ == 0 && reader->m_tooDeepLine == 0)
                wantDeepLine = true; // its line is that of the next text md4c hands out
            return 0;
        }
        MdNode *parent = top();
        MdNode *n = nullptr;
        switch (type) {
        case MD_BLOCK_DOC: return 0;
        case MD_BLOCK_QUOTE: n = parent->add(MdNode::Quote); break;
        case MD_BLOCK_UL:
            n = parent->add(MdNode::BulletList);
            n->tight = static_cast<MD_BLOCK_UL_DETAIL *>(detail)->is_tight;
            break;
        case MD_BLOCK_OL: {
            auto *d = static_cast<MD_BLOCK_OL_DETAIL *>(detail);
            n = parent->add(MdNode::OrderedList);
            n->start = d->start;
            n->tight = d->is_tight;
            break;
        }
        case MD_BLOCK_LI: {
            auto *d = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
            n = parent->add(MdNode::ListItem);
            n->task = d->is_task;
            n->checked = d->is_task && (d->task_mark == 'x' || d->task_mark == 'X');
            if (d->is_task)
                noteOffset(begin + d->task_mark_offset);
            break;
        }
        case MD_BLOCK_HR: n = parent->add(MdNode::Rule); n->line = lastLine; break;
        case MD_BLOCK_H:
            n = parent->add(MdNode::Heading);
            n->level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            break;
        case MD_BLOCK_CODE: {
            auto *d = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
            n = parent->add(MdNode::Code);
            n->fenced = d->fence_char != 0;
            n->info = attr(d->info);
            n->marker = QString(QLatin1Char(d->fence_char ? d->fence_char : ' '));
            break;
        }
        case MD_BLOCK_HTML: n = parent->add(MdNode::Html); break;
        case MD_BLOCK_P: n = parent->add(MdNode::Paragraph); break;
        case MD_BLOCK_TABLE: n = parent->add(MdNode::Table); break;
        case MD_BLOCK_THEAD: n = parent->add(MdNode::TableHead); break;
        case MD_BLOCK_TBODY: n = parent->add(MdNode::TableBody); break;
        case MD_BLOCK_TR: n = parent->add(MdNode::TableRow); break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: n = parent->add(MdNode::TableCell); break;
        }
        if (n)
            stack.push_back(n);
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        if (type == MD_BLOCK_DOC)
            return 0;
        if (passThrough > 0) {
            --passThrough;
            return 0;
        }
        MdNode *n = top();
        stack.pop_back();
        if (n->type == MdNode::Code && n->fenced)
            checkFence(n);
        if (n->line == 0)
            n->line = lastLine;
        n->endLine = std::max(n->endLine, n->line);
        if (n->type != MdNode::Code)
            n->text = n->text.trimmed();
        return 0;
    }

    // A fenced block whose closing fence is missing runs to the end of the
    // document (CommonMark); the source tells us which it was.
    void checkFence(MdNode *n)
    {
        const QChar fc = n->marker.at(0);
        const QString fenceRe = QStringLiteral("^ {0,3}(%1{3,})").arg(fc == QLatin1Char('`') ? QStringLiteral("`") : QStringLiteral("~"));
        const QRegularExpression re(fenceRe);
        // Opening fence: the line before the first content line, or the first fence line at/after lastLine.
        int open = n->line > 0 && !n->text.isEmpty() ? n->line - 1 : 0;
        if (open <= 0 || !re.match(QString::fromUtf8(reader->sourceLine(open))).hasMatch()) {
            open = 0;
            for (int l = std::max(1, n->line > 0 ? n->line - 1 : lastLine); l <= reader->lineCount(); ++l)
                if (re.match(QString::fromUtf8(reader->sourceLine(l))).hasMatch()) {
                    open = l;
                    break;
                }
        }
        if (open == 0)
            return;
        const auto m = re.match(QString::fromUtf8(reader->sourceLine(open)));
        const qsizetype fenceLen = m.captured(1).size();
        const int contentLines = int(n->text.count(QLatin1Char('\n')));
        const int close = open + contentLines + 1;
        const QRegularExpression closeRe(QStringLiteral("^ {0,3}%1{%2,}\\s*$")
                                             .arg(fc == QLatin1Char('`') ? QStringLiteral("`") : QStringLiteral("~"))
                                             .arg(fenceLen));
        n->line = open;
        if (close > reader->lineCount() || !closeRe.match(QString::fromUtf8(reader->sourceLine(close))).hasMatch())
            n->unterminated = true;
        n->endLine = std::max(open, std::min(close, reader->lineCount()));
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        QString &t = top()->text;
        switch (type) {
        case MD_SPAN_EM: t += QLatin1Char('*'); break;
        case MD_SPAN_STRONG: t += QStringLiteral("**"); break;
        case MD_SPAN_DEL: t += QStringLiteral("~~"); break;
        case MD_SPAN_CODE: codeSpanStarts.push_back(t.size()); break;
        case MD_SPAN_A:
            t += QLatin1Char('[');
            linkHrefs.push_back(attr(static_cast<MD_SPAN_A_DETAIL *>(detail)->href));
            break;
        default: break;
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type)
    {
        QString &t = top()->text;
        switch (type) {
        case MD_SPAN_EM: t += QLatin1Char('*'); break;
        case MD_SPAN_STRONG: t += QStringLiteral("**"); break;
        case MD_SPAN_DEL: t += QStringLiteral("~~"); break;
        case MD_SPAN_CODE: {
            const qsizetype start = codeSpanStarts.back();
            codeSpanStarts.pop_back();
            const QString content = t.mid(start);
            // Enough backticks to enclose the content, as CommonMark requires.
            qsizetype longest = 0, run = 0;
            for (QChar c : content) {
                run = c == QLatin1Char('`') ? run + 1 : 0;
                longest = std::max(longest, run);
            }
            const QString fence(longest + 1, QLatin1Char('`'));
            const bool pad = content.startsWith(QLatin1Char('`')) || content.endsWith(QLatin1Char('`'));
            t.truncate(start);
            t += fence + (pad ? QStringLiteral(" ") : QString()) + content + (pad ? QStringLiteral(" ") : QString()) + fence;
            break;
        }
        case MD_SPAN_A:
            t += QStringLiteral("](") + linkHrefs.back() + QLatin1Char(')');
            linkHrefs.pop_back();
            break;
        default: break;
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *p, MD_SIZE size)
    {
        noteOffset(p);
        QString &t = top()->text;
        switch (type) {
        case MD_TEXT_NULLCHAR: t += QChar(0xFFFD); break;
        case MD_TEXT_BR: t += QLatin1Char('\n'); break;
        case MD_TEXT_SOFTBR: t += QLatin1Char(' '); break;
        case MD_TEXT_ENTITY: t += decodeEntity(QString::fromUtf8(p, qsizetype(size))); break;
        default: t += QString::fromUtf8(p, qsizetype(size)); break;
        }
        if (size > 0 && p >= begin && p < end)
            noteOffset(p + size - 1);
        return 0;
    }

    static QString decodeEntity(const QString &e)
    {
        static const QList<std::pair<QString, QString>> named = {
            {QStringLiteral("&amp;"), QStringLiteral("&")},   {QStringLiteral("&lt;"), QStringLiteral("<")},
            {QStringLiteral("&gt;"), QStringLiteral(">")},    {QStringLiteral("&quot;"), QStringLiteral("\"")},
            {QStringLiteral("&apos;"), QStringLiteral("'")},  {QStringLiteral("&nbsp;"), QString(QChar(0xA0))},
            {QStringLiteral("&rarr;"), QString(QChar(0x2192))}, {QStringLiteral("&mdash;"), QString(QChar(0x2014))},
        };
        for (const auto &[k, v] : named)
            if (e == k)
                return v;
        if (e.startsWith(QStringLiteral("&#"))) {
            bool ok = false;
            const bool hex = e.size() > 2 && (e.at(2) == QLatin1Char('x') || e.at(2) == QLatin1Char('X'));
            const uint cp = e.mid(hex ? 3 : 2, e.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
            if (ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                const char32_t c = cp;
                return QString::fromUcs4(&c, 1);
            }
            return QString(QChar(0xFFFD));
        }
        return e;
    }
};

std::unique_ptr<MdNode> MarkdownReader::read(const QByteArray &source)
{
    m_source = source;
    m_tooDeepLine = 0;
    m_lineStarts.clear();
    m_lineStarts.push_back(0);
    for (qsizetype i = 0; i < m_source.size(); ++i)
        if (m_source.at(i) == '\n' && i + 1 < m_source.size())
            m_lineStarts.push_back(i + 1);

    auto doc = std::make_unique<MdNode>();
    doc->type = MdNode::Document;
    doc->line = 1;
    MdCallbacks cb;
    cb.reader = this;
    cb.begin = m_source.constData();
    cb.end = m_source.constData() + m_source.size();
    cb.stack.push_back(doc.get());

    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
    parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *u) { return static_cast<MdCallbacks *>(u)->enterBlock(t, d); };
    parser.leave_block = [](MD_BLOCKTYPE t, void *, void *u) { return static_cast<MdCallbacks *>(u)->leaveBlock(t); };
    parser.enter_span = [](MD_SPANTYPE t, void *d, void *u) { return static_cast<MdCallbacks *>(u)->enterSpan(t, d); };
    parser.leave_span = [](MD_SPANTYPE t, void *, void *u) { return static_cast<MdCallbacks *>(u)->leaveSpan(t); };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR *p, MD_SIZE s, void *u) { return static_cast<MdCallbacks *>(u)->text(t, p, s); };
    md_parse(m_source.constData(), MD_SIZE(m_source.size()), &parser, &cb);
    if (cb.wantDeepLine) // nested blocks without any text
        m_tooDeepLine = std::max(1, cb.lastLine);

    // List items: the marker as the author wrote it, read from the item's first line.
    static const QRegularExpression markerRe(QStringLiteral("^\\s*(?:>\\s*)*(\\d{1,9}[.)]|[-*+])"));
    std::vector<MdNode *> todo{doc.get()};
    while (!todo.empty()) {
        MdNode *n = todo.back();
        todo.pop_back();
        if (n->type == MdNode::ListItem && n->line > 0) {
            const auto m = markerRe.match(QString::fromUtf8(sourceLine(n->line)));
            if (m.hasMatch())
                n->marker = m.captured(1);
        }
        for (auto &c : n->children)
            todo.push_back(c.get());
    }
    return doc;
}

int MarkdownReader::lineOf(qsizetype offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return int(it - m_lineStarts.begin());
}

QByteArray MarkdownReader::sourceLine(int line) const
{
    if (line < 1 || line > int(m_lineStarts.size()))
        return {};
    const qsizetype s = m_lineStarts[size_t(line - 1)];
    qsizetype e = m_source.indexOf('\n', s);
    if (e < 0)
        e = m_source.size();
    QByteArray l = m_source.mid(s, e - s);
    if (l.endsWith('\r'))
        l.chop(1);
    return l;
}
