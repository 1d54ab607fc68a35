// runbook-bench: speed checks whose figures go into the README.
//   runbook-bench logscan [--dir DIR] [--size BYTES] [--runs N] [--cold]
//   runbook-bench ui-stall [--dir DIR] [--size BYTES]
//   runbook-bench startup [--runs N]
//   runbook-bench incident
//   runbook-bench parse [--size BYTES] [--runs N]   (default 1 MB, 3 runs)
//   runbook-bench reconcile [--rows N] [--in-flight 8,32,64]
//   runbook-bench blobs [--count N]
//   runbook-bench team --store postgresql://… [--responders N --seconds S --rate R]
// Not a test: it measures, prints, and exits 0 unless something failed.
#include "DemoLogGenerator.h"
#include "logs/LiveLogQueries.h"
#include "LivePanel.h"
#include "logs/LogScanEngine.h"
#include "runbook/RunbookParser.h"
#include "ScanOnce.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

namespace {
using namespace ScanBench;

QTextStream out(stdout);


QString ensureData(const QString &dir, qint64 size)
{
    const QString sub = QDir(dir).filePath(QStringLiteral("size-%1").arg(size));
    const QString path = QDir(sub).filePath(QStringLiteral("logs/app.ndjson"));
    if (QFileInfo(path).size() > size / 2)
        return path;
    out << "generating " << size / (1024 * 1024) << " MiB of NDJSON in " << sub << " …" << Qt::endl;
    DemoLogOptions o;
    o.end = kEnd;
    o.sizeBytes = size;
    const auto r = DemoLogGenerator::write(sub, o);
    if (!r) {
        out << "error: " << r.error() << Qt::endl;
        return {};
    }
    return path;
}

struct Timed
{
    double seconds = 0;
    QByteArray output;
};

// Best of `runs` wall times of a command (warm page cache).
Timed timeCommand(const QString &program, const QStringList &args, int runs)
{
    Timed best{1e9, {}};
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        p.waitForFinished(-1);
        const double s = double(t.nsecsElapsed()) / 1e9;
        if (s < best.seconds)
            best = {s, p.readAllStandardOutput()};
    }
    return best;
}

// Empties the page cache (root only): a cold-cache run reads the file from disk.
bool dropCaches()
{
    ::sync();
    QFile f(QStringLiteral("/proc/sys/vm/drop_caches"));
    return f.open(QIODevice::WriteOnly) && f.write("3\n") == 2;
}

int logscan(const QString &dir, qint64 size, int runs, bool cold)
{
    const QString big = ensureData(dir, size);
    const QString small = ensureData(dir, 100LL * 1024 * 1024);
    if (big.isEmpty() || small.isEmpty())
        return 1;
    const QStringList patterns = runbookPatterns();
    const double mb = double(QFileInfo(big).size()) / 1e6;
    QFile(big).open(QIODevice::ReadOnly); // nothing; the first runs below warm the cache

    // One run of our scan in a process of its own that links only the core
    // (no GUI libraries to load), its patterns on the command line as ripgrep
    // gets its one.
    struct Run { double inProcess = 1e9, wall = 1e9; qint64 rss = 0, scanned = 0, total = 0; };
    auto scanOnceChild = [&](const QString &file) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/runbook-bench-scan"), QStringList{file} + patterns);
        p.waitForFinished(-1);
        const double wall = double(t.nsecsElapsed()) / 1e9;
        const QList<QByteArray> f = p.readAllStandardOutput().trimmed().split(' ');
        if (f.size() < 4)
            return Run{};
        return Run{f[0].toDouble() / 1e9, wall, f[1].toLongLong(), f[2].toLongLong(), f[3].toLongLong()};
    };
    // Ours and rg's in turns (this machine's speed drifts from second to
    // second; run back to back, each pair sees the same machine): the best of
    // each, and the median of the pairs' ratios.
    Run ours;
    Timed rgOne{1e9, {}};
    QList<double> ratios;
    for (int i = 0; i < std::max(runs, 1) + 1; ++i) {
        const bool rgFirst = i % 2;
        if (cold && !dropCaches()) {
            out << "logscan --cold: cannot drop the page cache here (needs root and /proc/sys/vm/drop_caches)" << Qt::endl;
            return 1;
        }
        Timed rg = rgFirst ? timeCommand(QStringLiteral("rg"), {QStringLiteral("-F"), QStringLiteral("-c"), patterns.at(1), big}, 1) : Timed{};
        if (cold)
            dropCaches();
        const Run r = scanOnceChild(big);
        if (cold && !rgFirst)
            dropCaches();
        if (!rgFirst)
            rg = timeCommand(QStringLiteral("rg"), {QStringLiteral("-F"), QStringLiteral("-c"), patterns.at(1), big}, 1);
        if (i == 0 && !cold)
            continue; // warms the page cache and both programs' libraries
        ratios.append(r.wall / rg.seconds);
        if (r.wall < ours.wall)
            ours = r;
        if (rg.seconds < rgOne.seconds)
            rgOne = rg;
    }
    std::sort(ratios.begin(), ratios.end());
    const double medianRatio = ratios.isEmpty() ? 0 : ratios.at(ratios.size() / 2);
    if (cold) {
        out << "\nlogscan --cold: " << patterns.size() << " runbook patterns over " << QString::number(mb, 'f', 0)
            << " MB, the page cache emptied before every run (both programs and their libraries read from disk), best of " << ratios.size() << "\n";
        out << QStringLiteral("  runbook scan, whole process %1 s (in process %2 s)\n").arg(ours.wall, 0, 'f', 3).arg(ours.inProcess, 0, 'f', 3);
        out << QStringLiteral("  rg -F -c (1 pattern)        %1 s\n").arg(rgOne.seconds, 0, 'f', 3);
        out << QStringLiteral("  ratio   %1 best / best, %2 median of %3 pairs\n").arg(ours.wall / rgOne.seconds, 0, 'f', 2).arg(medianRatio, 0, 'f', 2).arg(ratios.size())
            << Qt::flush;
        return 0;
    }
    Run oursSmall;
    for (int i = 0; i < runs; ++i)
        if (const Run r = scanOnceChild(small); r.wall < oursSmall.wall)
            oursSmall = r;
    const Timed grepOne = timeCommand(QStringLiteral("grep"), {QStringLiteral("-F"), QStringLiteral("-c"), patterns.at(1), big}, runs);
    double rgEach = 0;
    for (const QString &p : patterns)
        rgEach += timeCommand(QStringLiteral("rg"), {QStringLiteral("-F"), QStringLiteral("-c"), p, big}, std::max(1, runs / 2)).seconds;

    out << "\nlogscan: " << patterns.size() << " runbook patterns counted per hour in one pass over " << QString::number(mb, 'f', 0)
        << " MB of NDJSON (" << ours.scanned << " lines, " << ours.total << " matches), best of " << runs << " runs, warm cache\n";
    out << QStringLiteral("  runbook scan, in process   %1 s  %2 MB/s\n").arg(ours.inProcess, 0, 'f', 3).arg(mb / ours.inProcess, 0, 'f', 0);
    out << QStringLiteral("  runbook scan, whole process %1 s\n").arg(ours.wall, 0, 'f', 3);
    out << QStringLiteral("  rg -F -c (1 pattern)       %1 s  %2 MB/s   count %3\n").arg(rgOne.seconds, 0, 'f', 3).arg(mb / rgOne.seconds, 0, 'f', 0).arg(QString::fromUtf8(rgOne.output.trimmed()));
    out << QStringLiteral("  grep -F -c (1 pattern)     %1 s  %2 MB/s\n").arg(grepOne.seconds, 0, 'f', 3).arg(mb / grepOne.seconds, 0, 'f', 0);
    out << QStringLiteral("  rg once per pattern (%1)   %2 s\n").arg(patterns.size()).arg(rgEach, 0, 'f', 3);
    out << QStringLiteral("  ratio 13-pattern pass / one rg pass   %1 best / best, %2 median of %3 back-to-back pairs  (goal <= 1.0)\n")
               .arg(ours.wall / rgOne.seconds, 0, 'f', 2).arg(medianRatio, 0, 'f', 2).arg(ratios.size());
    out << QStringLiteral("  speed-up vs rg once per pattern       %1x (goal >= 5)\n").arg(rgEach / ours.wall, 0, 'f', 1);
    out << QStringLiteral("  peak RSS: %1 MiB at %2 MB, %3 MiB at %4 MB (difference %5 MiB, goal <= 64)\n")
               .arg(ours.rss / 1024.0, 0, 'f', 1).arg(mb, 0, 'f', 0)
               .arg(oursSmall.rss / 1024.0, 0, 'f', 1).arg(double(QFileInfo(small).size()) / 1e6, 0, 'f', 0)
               .arg((ours.rss - oursSmall.rss) / 1024.0, 0, 'f', 1);
    out << Qt::flush;
    return 0;
}

int uiStall(const QString &dir, qint64 size)
{
    const QString file = ensureData(dir, size);
    if (file.isEmpty())
        return 1;
    const auto rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_DEFAULT_RUNBOOK));
    LiveLogQueries live;
    live.setRunbook(&rb.value());
    live.setSource(QStringLiteral("file:") + file);
    live.setWindow(8 * 86'400'000LL, 3'600'000);
    LivePanel panel(&live);
    panel.setSection(&rb.value(), &rb->sections.first());
    panel.resize(500, 400);
    panel.show();

    QElapsedTimer clock;
    qint64 last = 0, worst = 0, ticks = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &panel, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, now - last);
        last = now;
        ++ticks;
    });
    QEventLoop loop;
    QObject::connect(&live, &LiveLogQueries::finished, &loop, &QEventLoop::quit);
    clock.start();
    tick.start();
    live.refresh(kEnd.toMSecsSinceEpoch());
    loop.exec();
    const double scanS = double(clock.nsecsElapsed()) / 1e9;
    tick.stop();
    out << QStringLiteral("ui-stall: scan of %1 MB through LiveLogQueries + LivePanel took %2 s; %3 event-loop ticks; "
                          "longest gap between ticks %4 ms (goal < 50)\n")
               .arg(double(QFileInfo(file).size()) / 1e6, 0, 'f', 0)
               .arg(scanS, 0, 'f', 3)
               .arg(ticks)
               .arg(double(worst) / 1e6, 0, 'f', 1)
        << Qt::flush;
    return 0;
}

} // namespace

int teamBench(const QString &address, int responders, int seconds, double rate);
int startupBench(const QString &platform, int runs);
int incidentBench(int timeline, int snapshots);
int serveBlobsMain(int argc, char **argv);
int reconcileBench(const QString &dir, qint64 rows, const QList<int> &inFlights);
int blobsBench(const QString &dir, qint64 count);
int parseBench(qint64 size, int runs);
int libraryBench(int count, int runs);
int alertOpenBench(int runs);
int promqlBench(int runs);

int main(int argc, char **argv)
{
    if (argc >= 2 && QByteArray(argv[1]) == "serve-blobs")
        return serveBlobsMain(argc, argv);
    // Headless: the ui-stall benchmark draws offscreen, logscan draws nothing.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("logscan, ui-stall, startup, incident, parse, team, reconcile, blobs, library, alert-open or promql"));
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("team: the team store (postgresql://…)."), QStringLiteral("URL"));
    const QCommandLineOption responders(QStringLiteral("responders"), QStringLiteral("team: how many."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("team: how long they make changes."), QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("team: changes per second per responder."), QStringLiteral("R"), QStringLiteral("1"));
    p.addOptions({store, responders, seconds, rate});
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Where the generated data goes."), QStringLiteral("DIR"),
                                 QDir::temp().filePath(QStringLiteral("runbook-bench")));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Bytes of NDJSON (default 1 GiB)."), QStringLiteral("BYTES"),
                                  QString::number(1LL << 30));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per measurement (best is kept)."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("reconcile: ready rows (default 100000)."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption inFlight(QStringLiteral("in-flight"), QStringLiteral("reconcile: heads at once, comma-separated (default 8,32,64)."),
                                      QStringLiteral("LIST"), QStringLiteral("8,32,64"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("blobs: how many blobs (default 1000000)."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption cold(QStringLiteral("cold"), QStringLiteral("logscan: empty the page cache before every run (root)."));
    p.addOptions({dir, size, runs, rows, inFlight, count, cold});
    p.addHelpOption();
    p.process(app);
    const QString which = p.positionalArguments().value(0);
    if (which == QStringLiteral("logscan"))
        return logscan(p.value(dir), p.value(size).toLongLong(), p.value(runs).toInt(), p.isSet(cold));
    if (which == QStringLiteral("startup"))
        return startupBench(qEnvironmentVariable("RUNBOOK_BENCH_PLATFORM", QStringLiteral("offscreen")), p.isSet(runs) ? p.value(runs).toInt() : 10);
    if (which == QStringLiteral("incident"))
        return incidentBench(10000, 1000);
    if (which == QStringLiteral("team"))
        return teamBench(p.value(store), p.value(responders).toInt(), p.value(seconds).toInt(), p.value(rate).toDouble());
    if (which == QStringLiteral("reconcile")) {
        QList<int> flights;
        for (const QString &f : p.value(inFlight).split(QLatin1Char(','), Qt::SkipEmptyParts))
            flights.append(f.toInt());
        return reconcileBench(p.value(dir), p.value(rows).toLongLong(), flights);
    }
    if (which == QStringLiteral("parse"))
        return parseBench(p.isSet(size) ? p.value(size).toLongLong() : 1'000'000, p.value(runs).toInt());
    if (which == QStringLiteral("library"))
        return libraryBench(p.isSet(count) ? p.value(count).toInt() : 1000, p.value(runs).toInt());
    if (which == QStringLiteral("alert-open"))
        return alertOpenBench(p.isSet(runs) ? p.value(runs).toInt() : 10);
    if (which == QStringLiteral("promql"))
        return promqlBench(p.isSet(runs) ? p.value(runs).toInt() : 200);
    if (which == QStringLiteral("blobs"))
        return blobsBench(p.value(dir), p.value(count).toLongLong());
    if (which == QStringLiteral("ui-stall"))
        return uiStall(p.value(dir), p.value(size).toLongLong());
    p.showHelp(64);
}
