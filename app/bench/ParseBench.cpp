// runbook-bench parse: a 1 MB runbook of each shape a reader may meet, and the
// shapes that once made the parser quadratic (one heading or one alert-table
// row repeated), parsed in process (best of N) and through `runbook-cli inspect`.
#include "runbook/RunbookParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {
QByteArray repeatedTo(const QByteArray &head, const QByteArray &unit, qint64 size)
{
    QByteArray b = head;
    b.reserve(size + unit.size());
    while (b.size() < size)
        b += unit;
    return b;
}

struct Shape
{
    const char *name;
    QByteArray bytes;
};

QList<Shape> shapes(qint64 size)
{
    QList<Shape> s;
    QFile flagship(QStringLiteral(RUNBOOK_DEFAULT_RUNBOOK));
    flagship.open(QIODevice::ReadOnly);
    const QByteArray f = flagship.readAll();
    s.append({"the flagship, repeated", repeatedTo({}, f + "\n", size)});
    s.append({"Kubernetes alert runbooks (Meaning / Impact / Diagnosis / Mitigation)",
              repeatedTo("# Alerts\n\n",
                         "## KubePodCrashLooping\n\n### Meaning\n\nA pod is restarting.\n\n### Impact\n\nService degraded.\n\n"
                         "### Diagnosis\n\n- Check the events: `kubectl describe pod $POD`\n- Logs:\n\n```shell\nkubectl logs -n $NS $POD --previous\n```\n\n"
                         "```promql\nrate(kube_pod_container_status_restarts_total[5m]) > 0\n```\n\n"
                         "### Mitigation\n\n1. Roll back the deployment: `kubectl rollout undo deploy/$NAME`\n2. Scale up if needed.\n\n",
                         size)});
    s.append({"one heading repeated", repeatedTo("# T\n\n", "## Heading\n\n", size)});
    s.append({"one alert-table row repeated",
              repeatedTo("# T\n\n## Alert Thresholds\n\n| Metric | Warning | Critical |\n|---|---|---|\n", "| Webhook 500s per hour | > 5 | > 20 |\n", size)});
    s.append({"one list of steps with code spans", repeatedTo("# T\n\n## Steps\n\n", "1. Verify `CRON_SECRET` is set and run `SELECT 1`\n", size)});
    s.append({"one line of 1 MB", repeatedTo("# T\n\n## S\n\n", "word `code` ", size)});
    s.append({"lists nested 1,000 deep, repeated", [&] {
                  QByteArray unit;
                  for (int i = 0; i < 1000; ++i)
                      unit += QByteArray(2 * i, ' ') + "- item\n";
                  return repeatedTo("# T\n\n## S\n\n", unit + "\n", size);
              }()});
    return s;
}
} // namespace

int parseBench(qint64 size, int runs)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/runbook-cli");
    out << QStringLiteral("parse: runbooks of %1 bytes, best of %2 runs\n").arg(size).arg(runs);
    out << QStringLiteral("  %1  %2  %3  %4\n").arg(QStringLiteral("shape"), -70).arg(QStringLiteral("parse"), 9).arg(QStringLiteral("inspect"), 9).arg(QStringLiteral("steps"), 7);
    int failures = 0;
    for (const Shape &s : shapes(size)) {
        double best = 1e9;
        qsizetype steps = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            const Runbook rb = RunbookParser::parse(s.bytes, QStringLiteral("bench.md"));
            best = std::min(best, t.nsecsElapsed() / 1e9);
            steps = 0;
            for (const auto &sec : rb.sections)
                steps += sec.steps.size();
        }
        const QString path = dir.filePath(QStringLiteral("bench.md"));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(s.bytes);
        file.close();
        double bestCli = 1e9;
        for (int r = 0; r < runs; ++r) {
            QProcess p;
            QElapsedTimer t;
            t.start();
            p.start(cli, {QStringLiteral("inspect"), path, QStringLiteral("--json")});
            p.closeWriteChannel();
            p.readAll();
            if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() > 1) {
                out << QStringLiteral("  %1: runbook-cli inspect failed (exit %2)\n").arg(QLatin1String(s.name)).arg(p.exitCode());
                ++failures;
                break;
            }
            bestCli = std::min(bestCli, t.nsecsElapsed() / 1e9);
        }
        out << QStringLiteral("  %1  %2 s  %3 s  %4\n")
                   .arg(QLatin1String(s.name), -70)
                   .arg(best, 7, 'f', 3)
                   .arg(bestCli, 7, 'f', 3)
                   .arg(steps, 7);
        out.flush();
    }
    return failures ? 1 : 0;
}
