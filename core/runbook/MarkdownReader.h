#pragma once
// MarkdownReader: runs md4c (CommonMark + GFM tables and task lists) over a
// document and returns its block tree with the source line of every block, so
// the runbook parser can work on structure and still point at lines.
#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

struct MdNode
{
    enum Type { Document, Quote, BulletList, OrderedList, ListItem, Rule, Heading, Code, Html, Paragraph, Table, TableHead, TableBody, TableRow, TableCell };
    Type type = Document;
    int level = 0;          // heading level
    unsigned start = 1;     // ordered list start
    bool tight = true;
    bool task = false;      // list item is a task
    bool checked = false;   // task is ticked
    bool fenced = false;    // code block is fenced
    bool unterminated = false; // fenced code block without a closing fence
    QString info;           // code block info string
    QString marker;         // list item's marker as written ("3." / "-")
    QString text;           // inline Markdown (backticks kept) or verbatim code
    int line = 0;           // 1-based source line of the block's start
    int endLine = 0;
    std::vector<std::unique_ptr<MdNode>> children;

    MdNode *add(Type t);
};

class MarkdownReader
{
public:
    // Parses `source` (UTF-8). Never fails: CommonMark accepts every input.
    std::unique_ptr<MdNode> read(const QByteArray &source);

    // 1-based line number of a byte offset in the last document read.
    int lineOf(qsizetype offset) const;
    // Text of a 1-based source line of the last document read.
    QByteArray sourceLine(int line) const;
    int lineCount() const { return int(m_lineStarts.size()); }

    // Lists and quotes nested deeper than this are read as part of the
    // deepest block kept (a real runbook nests a handful of levels).
    static constexpr int MaxDepth = 32;
    // 1-based line where the last document first nested deeper, or 0.
    int tooDeepLine() const { return m_tooDeepLine; }

private:
    friend struct MdCallbacks;
    QByteArray m_source;
    std::vector<qsizetype> m_lineStarts;
    int m_tooDeepLine = 0;
};
