#include "ScanOnce.h"

#include "runbook/RunbookParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <atomic>
#include <cstdio>

QStringList ScanBench::runbookPatterns()
{
    const auto rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_DEFAULT_RUNBOOK));
    QStringList p;
    if (!rb)
        return p;
    for (const Section &s : rb->sections)
        for (const Monitor &m : s.monitors)
            if (m.kind == MonitorKind::LogPattern)
                p.append(m.value);
    return p;
}

LogRequest ScanBench::patternRequest(const QStringList &patterns)
{
    LogRequest req;
    for (const QString &p : patterns) {
        req.queryTexts.append(p);
        req.queries.push_back(QueryNode::fromRunbookPattern(p));
    }
    req.fromMs = kEnd.addDays(-8).toMSecsSinceEpoch();
    req.toMs = kEnd.toMSecsSinceEpoch() + 1;
    req.bucketMs = 3'600'000;
    req.samples = 0;
    return req;
}

qint64 ScanBench::statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    return -1;
}

int ScanBench::scanOnce(const QString &file, const QStringList &patterns)
{
    const LogRequest req = patternRequest(patterns.isEmpty() ? runbookPatterns() : patterns);
    std::atomic<bool> cancel{false};
    QElapsedTimer t;
    t.start();
    LogScanEngine engine(req);
    const LogResult r = engine.scan(file, cancel);
    const qint64 ns = t.nsecsElapsed();
    qint64 total = 0;
    for (const auto &q : r.queries)
        total += q.total;
    std::printf("%lld %lld %lld %lld\n", (long long)ns, (long long)peakRssKb(), (long long)r.scanned, (long long)total);
    return r.errors.isEmpty() ? 0 : 1;
}
