// runbook-bench-scan FILE [PATTERN…]: one scan of the patterns (default: the
// flagship runbook's log patterns) over FILE,
// for runbook-bench logscan (a fresh process per run; only the core linked).
#include "ScanOnce.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 64;
    QStringList patterns;
    for (int i = 2; i < argc; ++i)
        patterns.append(QString::fromLocal8Bit(argv[i]));
    return ScanBench::scanOnce(QString::fromLocal8Bit(argv[1]), patterns);
}
