#pragma once
// RunbookParser: turns a Markdown runbook into the Runbook model. Structure
// comes from md4c (MarkdownReader); this class decides what the blocks mean —
// sections and their checklists, monitors, metrics, thresholds, queries — and
// reports lint findings with line numbers. It never fails on bad input: the
// problems become messages on the Runbook.
#include "base/Result.h"
#include "runbook/Runbook.h"

#include <QByteArray>
#include <QCoreApplication>

class RunbookParser
{
    Q_DECLARE_TR_FUNCTIONS(RunbookParser)

public:
    // Largest file we agree to parse; beyond it the file is refused with a message.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    // Reads and parses a file. Fails only when the file cannot be read.
    static Result<Runbook> parseFile(const QString &path);
    // Parses bytes; `path` is only recorded (and used for the fallback title).
    static Runbook parse(const QByteArray &bytes, const QString &path = {});
};
