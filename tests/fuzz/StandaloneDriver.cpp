// The fuzz targets without libFuzzer: every seed file given (files or
// folders), then mutations of them — byte flips, insertions, deletions,
// duplicated and nested runs, invalid UTF-8 — for a number of seconds, with a
// fixed random seed so a failure repeats. Exit 0 when nothing crashed.
//   fuzz_X [--seconds S] [--seed N] SEEDS…
#include "FuzzTargets.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cstdio>

namespace {
QByteArray mutate(QByteArray in, QRandomGenerator &rng)
{
    static const QByteArray tokens[] = {"\n", "# ", "## ", "1. ", "- ", "> ", "```", "`", "*", "**", "|", "---\n", "[", "](", "(", ")", "NOT ", "OR ",
                                        "\"", ":", "@", "{", "}", "[[", "\xff\xfe", "\xc3", "\x00", "  ", "\t", "X", "${", "env:", "demo:"};
    const int edits = 1 + int(rng.bounded(8));
    for (int k = 0; k < edits; ++k) {
        const qsizetype at = in.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(in.size() + 1)));
        switch (rng.bounded(6)) {
        case 0:
            if (!in.isEmpty() && at < in.size())
                in[at] = char(rng.bounded(256));
            break;
        case 1:
            in.insert(at, tokens[rng.bounded(quint32(std::size(tokens)))]);
            break;
        case 2:
            in.remove(at, qsizetype(rng.bounded(16)));
            break;
        case 3: { // a run repeated: deep nesting, long lines
            const QByteArray t = tokens[rng.bounded(quint32(std::size(tokens)))];
            in.insert(at, t.repeated(1 + int(rng.bounded(2000))));
            break;
        }
        case 4:
            if (!in.isEmpty())
                in.insert(at, in.mid(qsizetype(rng.bounded(quint32(in.size()))), qsizetype(rng.bounded(200))));
            break;
        default:
            in.truncate(at);
        }
        if (in.size() > 1 << 20)
            in.truncate(1 << 20);
    }
    return in;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    double seconds = 3;
    quint32 seed = 20261201;
    QList<QByteArray> seeds;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--seconds") && i + 1 < args.size())
            seconds = args.at(++i).toDouble();
        else if (args.at(i) == QStringLiteral("--seed") && i + 1 < args.size())
            seed = args.at(++i).toUInt();
        else if (QFileInfo(args.at(i)).isDir()) {
            QDirIterator it(args.at(i), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    seeds.append(f.read(1 << 20));
            }
        } else {
            QFile f(args.at(i));
            if (f.open(QIODevice::ReadOnly))
                seeds.append(f.read(1 << 20));
        }
    }
    if (seeds.isEmpty())
        seeds.append(QByteArray());
    for (const QByteArray &s : std::as_const(seeds))
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(s.constData()), size_t(s.size()));
    QRandomGenerator rng(seed);
    QElapsedTimer t;
    t.start();
    qint64 runs = 0;
    while (t.elapsed() < qint64(seconds * 1000)) {
        const QByteArray in = mutate(seeds.at(qsizetype(rng.bounded(quint32(seeds.size())))), rng);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(in.constData()), size_t(in.size()));
        ++runs;
    }
    std::printf("%lld inputs (%lld seeds) in %.1f s, no crash\n", static_cast<long long>(runs + seeds.size()), static_cast<long long>(seeds.size()),
                double(t.elapsed()) / 1000.0);
    return 0;
}
