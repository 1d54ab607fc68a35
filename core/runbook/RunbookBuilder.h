#pragma once
// Internal to the parser (runbook/RunbookParser.cpp, runbook/RunbookContent.cpp):
// the raw parts of a section while it is being read, and the Builder that
// turns md4c's tree into the Runbook model. Not part of the room's interface.
#include "runbook/MarkdownReader.h"
#include "runbook/Runbook.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QHash>
#include <QSet>
#include <vector>

namespace RunbookDetail {

enum class PartRole { Direct, Monitors, Metrics, Response, Queries, Generic };

inline PartRole roleOf(const QString &title)
{
    static const QRegularExpression monitors(
        QStringLiteral("\\b(what to (monitor|watch|look for)|monitor(s|ing)?|signals?|symptoms?|indicators?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression metrics(QStringLiteral("^\\s*(key\\s+)?metrics?\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression response(
        QStringLiteral("\\b(response|respond|actions?|steps|mitigation|remediation|resolution|what to do|triage|checklist)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression queries(QStringLiteral("\\bquer(y|ies)\\b"), QRegularExpression::CaseInsensitiveOption);
    if (metrics.match(title).hasMatch())
        return PartRole::Metrics;
    if (monitors.match(title).hasMatch())
        return PartRole::Monitors;
    if (response.match(title).hasMatch())
        return PartRole::Response;
    if (queries.match(title).hasMatch())
        return PartRole::Queries;
    return PartRole::Generic;
}

// "### Step 3: Drain the node", "### 1. Ensure …": a heading that may be a
// step itself (when it holds at most sub-items: see Builder::buildSection).
inline bool isStepHeading(const QString &title, QString *number)
{
    static const QRegularExpression re(QStringLiteral("^(?:step\\s*(\\d+)\\b|(\\d+)[.)](?=\\s))"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(title);
    if (!m.hasMatch())
        return false;
    if (number)
        *number = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    return true;
}

// "### Part 2: Eradication", "## Phase 1 – Containment", "Stage 3": a stage
// of the work, whose list items are its steps — never one step itself.
inline bool isPhaseHeading(const QString &title)
{
    static const QRegularExpression re(QStringLiteral("^(?:part|phase|stage)\\s*(?:\\d+|[IVX]+)\\b"), QRegularExpression::CaseInsensitiveOption);
    return re.match(title).hasMatch();
}

// The Prometheus/Alertmanager alert a title names ("KubePodCrashLooping", "Alert: KubeNodeNotReady"), or empty.
inline QString alertNameOf(const QString &title)
{
    static const QRegularExpression re(QStringLiteral("^(?:alert[:\\s-]+)?([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)(?:\\s+alert)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression camel(QStringLiteral("[a-z][A-Z]"));
    const auto m = re.match(title.trimmed());
    return m.hasMatch() && m.captured(1).contains(camel) ? m.captured(1) : QString();
}

inline bool isTocMarker(const QString &text)
{
    const QString t = text.trimmed();
    return t == QStringLiteral("[[_TOC_]]") || t == QStringLiteral("[[*TOC*]]") || t == QStringLiteral("[[TOC]]") || t == QStringLiteral("[TOC]") || t == QStringLiteral("[[TOC]]") || t == QStringLiteral("{:toc}")
           || t == QStringLiteral("* TOC") || t == QStringLiteral("[toc]");
}

// mkdocs / Material admonitions: "!!! warning", "??? note" — the indented text after them is prose.
inline bool isAdmonition(const QString &text)
{
    return text.startsWith(QStringLiteral("!!!")) || text.startsWith(QStringLiteral("???"));
}

// Thresholds an alert expression or prose states: "> 5", "> 0.01", "exceeds 95%".
inline QStringList thresholdsIn(const QString &text, bool expression)
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

struct Part
{
    QString title;
    PartRole role = PartRole::Direct;
    std::vector<const MdNode *> blocks;
};

struct RawSection
{
    QString heading;
    QString group;
    int level = 2;
    int line = 0;
    int endLine = 0;
    std::vector<Part> parts;

    bool hasContent() const
    {
        for (const Part &p : parts)
            if (!p.blocks.empty() || !p.title.isEmpty())
                return true;
        return false;
    }
};

inline bool isListNode(const MdNode *n)
{
    return n->type == MdNode::BulletList || n->type == MdNode::OrderedList;
}

// Text of a list item: its own inline text (tight lists) or its first paragraph (loose lists).
inline QString itemText(const MdNode *item)
{
    if (!item->text.isEmpty())
        return item->text;
    for (const auto &c : item->children)
        if (c->type == MdNode::Paragraph)
            return c->text;
    return {};
}

// The words of a text as matching keys: lower case, 3 characters or more, no
// filler word; two words match when they are equal or share their first four
// letters, so a word's key is its first four letters (or the word itself).
struct WordSet
{
    QStringList keys;
    void addText(const QString &text)
    {
        static const QRegularExpression split(QStringLiteral("[^A-Za-z0-9]+"));
        static const QSet<QString> stop = {QStringLiteral("per"),   QStringLiteral("of"),    QStringLiteral("the"),
                                           QStringLiteral("count"), QStringLiteral("and"),   QStringLiteral("from"),
                                           QStringLiteral("to"),    QStringLiteral("total"), QStringLiteral("rate"),
                                           QStringLiteral("in"),    QStringLiteral("day"),   QStringLiteral("hour"),
                                           QStringLiteral("for"),   QStringLiteral("each"),  QStringLiteral("number")};
        for (const QString &w : text.toLower().split(split, Qt::SkipEmptyParts))
            if (w.size() >= 3 && !stop.contains(w))
                keys.append(w.left(4));
    }
};

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(RunbookParser)

public:
    Builder(Runbook &rb, MarkdownReader &reader) : m_rb(rb), m_reader(reader) {}

    void build(const MdNode *doc);

private:
    void warn(int line, const QString &message) { m_rb.messages.append({ParseMessage::Warning, line, message}); }
    void note(int line, const QString &message) { m_rb.messages.append({ParseMessage::Note, line, message}); }
    void collectBlocks(const MdNode *node, std::vector<const MdNode *> &out);
    void buildSection(const RawSection &raw);
    void addSteps(Section &s, const MdNode *list);
    void addItemStep(Section &s, const MdNode *item, const QString &number);
    void addSubItem(Step &parent, const MdNode *item);
    void addMonitors(Section &s, const MdNode *list, const QString &endpoint);
    bool addMonitorItem(Section &s, const MdNode *item, const QString &endpoint); // whether it made a monitor
    void addQueries(const MdNode *code);
    void addTable(Section &s, const MdNode *table);
    void checkNumbering(const MdNode *list);
    void finish();
    QString uniqueId(QString id);

    Runbook &m_rb;
    MarkdownReader &m_reader;
    QSet<QString> m_ids;
    QHash<QString, int> m_nextSuffix; // per base id: the next "-N" to try (linear in repeated headings)
};

} // namespace RunbookDetail
