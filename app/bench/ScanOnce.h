#pragma once
// The log-scan benchmark's shared part: the flagship runbook's log patterns,
// the request that counts them per hour over the generated logs' week, and
// the scan of one file in a process of its own (runbook-bench-scan, which
// links only the core, so its start and its peak memory are the scan's own).
#include "logs/LogScanEngine.h"

#include <QDateTime>
#include <QStringList>

namespace ScanBench {
// The end of the generated logs (the same end gives the same data).
inline const QDateTime kEnd{QDate(2026, 11, 28), QTime(12, 0), Qt::UTC};
QStringList runbookPatterns();
LogRequest patternRequest(const QStringList &patterns = runbookPatterns());
// A "Vm…:" line of /proc/self/status in KiB (-1: none), e.g. "VmHWM:" (peak RSS).
qint64 statusKb(const char *field);
inline qint64 peakRssKb() { return statusKb("VmHWM:"); }
// Prints "NANOSECONDS PEAK_RSS_KB LINES MATCHES"; 0 unless the scan failed.
// The patterns are given as ripgrep's is (on the command line); none: the runbook's.
int scanOnce(const QString &file, const QStringList &patterns);
} // namespace ScanBench
