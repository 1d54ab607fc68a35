// runbook-bench startup: the app started as a new user would (a fresh home,
// no demo data yet) and as on a second start, for the flagship and for a
// 5,000-step runbook: process start → first paint of the window → first
// badges (the first evaluation shown). Median of N runs each.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
struct Times { qint64 window = -1, badges = -1; };

Times runOnce(const QString &app, const QString &runbook, const QString &home, const QString &platform)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("RUNBOOK_STARTUP_REPORT"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    p.setProcessEnvironment(env);
    p.start(app, runbook.isEmpty() ? QStringList() : QStringList{runbook});
    p.waitForFinished(40000);
    Times t;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("window "))
            t.window = line.mid(7).toLongLong();
        else if (line.startsWith("badges "))
            t.badges = line.mid(7) == "none" ? -2 : line.mid(7).toLongLong();
    }
    return t;
}

// The median in ms, as text; "none" when nothing was wired to evaluate, "failed" when a run said nothing.
QString median(std::vector<qint64> v)
{
    if (std::all_of(v.begin(), v.end(), [](qint64 x) { return x == -2; }))
        return QStringLiteral("none (nothing wired)");
    v.erase(std::remove_if(v.begin(), v.end(), [](qint64 x) { return x < 0; }), v.end());
    if (v.empty())
        return QStringLiteral("failed");
    std::sort(v.begin(), v.end());
    return QStringLiteral("%1 ms").arg(v[v.size() / 2]);
}

QString bigRunbook(const QString &dir, int steps)
{
    const QString path = dir + QStringLiteral("/big-runbook.md");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QTextStream out(&f);
    out << "# Big Runbook\n\n";
    const int perSection = 50;
    for (int s = 0; s < steps / perSection; ++s) {
        out << "## Section " << s + 1 << "\n\n**Alert threshold:** more than " << s + 5 << " failures per hour\n\n";
        for (int i = 0; i < perSection; ++i)
            out << i + 1 << ". Check `service-" << s << "-" << i << "` and note what the dashboard shows\n";
        out << "\n";
    }
    return path;
}
} // namespace

int startupBench(const QString &platform, int runs)
{
    const QString app = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("runbook-assistant"));
    QTemporaryDir dir;
    const QString big = bigRunbook(dir.path(), 5000);
    std::printf("startup (%s, median of %d): process start → window painted with its sections → first badges\n", qPrintable(platform), runs);
    for (const auto &[name, runbook] : std::vector<std::pair<QString, QString>>{{QStringLiteral("flagship"), QString()},
                                                                                  {QStringLiteral("5,000 steps"), big}}) {
        std::vector<qint64> firstW, firstB, againW, againB;
        for (int i = 0; i < runs; ++i) {
            QTemporaryDir home; // a new user: no settings, no demo data yet
            const Times first = runOnce(app, runbook, home.path(), platform);
            const Times again = runOnce(app, runbook, home.path(), platform); // the second start
            firstW.push_back(first.window);
            firstB.push_back(first.badges);
            againW.push_back(again.window);
            againB.push_back(again.badges);
        }
        std::printf("  %-12s first start: window %s, badges %s · next start: window %s, badges %s\n", qPrintable(name),
                    qPrintable(median(firstW)), qPrintable(median(firstB)), qPrintable(median(againW)), qPrintable(median(againB)));
    }
    return 0;
}
