#pragma once
// LogScanEngine: answers a LogRequest from local files in ONE pass over the
// data. A vectorscan (Hyperscan) database of every query's required literals
// finds candidate lines at memory speed; only those lines are parsed (NDJSON
// or plain text with a leading timestamp) and matched exactly. Files are split
// into chunks scanned by several threads with fixed-size buffers, so memory
// does not grow with file size. gzip files and directories of rotated files
// are read too. Synchronous: callers run it on a worker.
#include "logs/LogRequest.h"
#include "logs/QueryMatcher.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>
#include <memory>

struct LogFileFormat
{
    QString timeField = QStringLiteral("timestamp");
    QString messageField = QStringLiteral("message");
};

class LogScanEngine
{
    Q_DECLARE_TR_FUNCTIONS(LogScanEngine)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    LogScanEngine(const LogRequest &request, LogFileFormat format = {});
    ~LogScanEngine();
    // An error when the queries cannot be compiled.
    QString setupError() const { return m_setupError; }

    // `path`: a file (plain, NDJSON or .gz) or a directory of them.
    LogResult scan(const QString &path, const std::atomic<bool> &cancel, const Progress &progress = {}, int threads = 0);

    // One line (NDJSON object, or plain text with a leading timestamp) as an event.
    static bool parseLine(const char *p, qsizetype n, const LogFileFormat &format, LogEvent &event, QString &why);

    struct Impl;

private:
    std::unique_ptr<Impl> d;
    QString m_setupError;
};
