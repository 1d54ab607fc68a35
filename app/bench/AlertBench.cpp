// The page-to-runbook benchmarks:
//   library    index N generated runbooks (Kubernetes-style alert runbooks of
//              2–8 KB, one in ten a file of several alerts): RunbookLibrary::build,
//              best of --runs, and the background index the window uses.
//   alert-open Start incident in the window, from the click to the runbook open
//              at its section with the alert's variables set, against a real
//              Alertmanager (RUNBOOK_TEST_ALERTMANAGER, RUNBOOK_TEST_PUSHGATEWAY).
//   promql     a PromQL probe's round trip to a real Prometheus
//              (RUNBOOK_TEST_PROMETHEUS): instant query, and a step's probe
//              (instant + range) through StepRunner.
// scripts/bench-alerts starts the servers and runs all three.
#include "AlertsPanel.h"
#include "DialogProvider.h"
#include "MainWindow.h"

#include "actions/StepRunner.h"
#include "base/AppSettings.h"
#include "incident/IncidentSession.h"
#include "library/RunbookLibrary.h"
#include "prometheus/PrometheusClient.h"
#include "runbook/RunbookParser.h"
#include "wiring/WiringLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

namespace {
QString pct(QList<double> v, double p)
{
    if (v.isEmpty())
        return QStringLiteral("-");
    std::sort(v.begin(), v.end());
    return QString::number(v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())))), 'f', 1);
}

QByteArray runbookText(int i, QRandomGenerator &rng)
{
    static const char *areas[] = {"Kube", "Node", "Prometheus", "Etcd", "Alertmanager", "Postgres", "Redis", "Kafka", "Nginx", "Cert"};
    static const char *what[] = {"PodCrashLooping", "DiskPressure", "HighLatency", "ReplicationLag", "MemoryHigh", "TargetDown", "QuotaExceeded", "ErrorRate"};
    const QByteArray name = QByteArray(areas[i % 10]) + what[(i / 10) % 8] + QByteArray::number(i);
    QByteArray t;
    const bool several = i % 10 == 9;
    if (several) {
        t += "# " + QByteArray(areas[i % 10]) + " alerts " + QByteArray::number(i) + "\n\nRunbooks for the " + areas[i % 10] + " alerts.\n\n";
        for (int k = 0; k < 4; ++k)
            t += "## " + name + "Part" + QByteArray::number(k) + "\n\n### Meaning\n\nThe " + areas[i % 10] + " component on `{{ $labels.instance }}` misbehaves.\n\n"
                 "### Mitigation\n\n1. Check the component: `kubectl -n $NAMESPACE get pods`.\n2. Restart it when it is stuck.\n\n";
        return t;
    }
    t += "---\ntitle: " + name + "\nalert: " + name + "\nseverity: warning\n---\n\n# " + name + "\n\n## Meaning\n\n";
    const int paragraphs = 2 + int(rng.bounded(6));
    for (int k = 0; k < paragraphs; ++k)
        t += "This alert fires when the " + QByteArray(what[(i / 10) % 8]) + " condition holds for more than 15 minutes on "
             "`{{ $labels.namespace }}/{{ $labels.pod }}`. It usually means a recent change, a dependency that is down, or load beyond capacity.\n\n";
    t += "## Impact\n\nUsers of the service see errors or slow answers.\n\n## Diagnosis\n\n"
         "1. Look at the rate:\n\n   ```promql\n   sum(rate(http_requests_total{namespace=\"$NAMESPACE\", code=~\"5..\"}[5m]))\n   ```\n\n"
         "2. Read the pod's logs:\n\n   ```shell\n   kubectl logs -n $NAMESPACE $POD --previous\n   ```\n\n"
         "3. Describe it: `kubectl describe pod -n $NAMESPACE $POD`.\n\n## Mitigation\n\n1. Roll back the last deployment.\n2. Scale up.\n3. Escalate to the owning team.\n";
    return t;
}

QString writeLibrary(const QString &dir, int count)
{
    QRandomGenerator rng(42);
    for (int i = 0; i < count; ++i) {
        const QString sub = QStringLiteral("%1/area-%2").arg(dir).arg(i % 20);
        QDir().mkpath(sub);
        QFile f(QStringLiteral("%1/runbook-%2.md").arg(sub).arg(i, 4, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            return f.errorString();
        f.write(runbookText(i, rng));
    }
    return {};
}

bool httpSend(const QByteArray &verb, const QUrl &url, const QByteArray &body = {})
{
    QNetworkAccessManager nam;
    QNetworkReply *r = nam.sendCustomRequest(QNetworkRequest(url), verb, body);
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete r;
    return status >= 200 && status < 300;
}

class NoDialogs : public DialogProvider
{
public:
    QString openRunbookFile(QWidget *, const QString &) override { return {}; }
    QString saveExportFile(QWidget *, const QString &) override { return {}; }
    QString incidentTitle(QWidget *, const QString &s, bool *ok) override
    {
        *ok = true;
        return s;
    }
    QString logSource(QWidget *, const QString &, bool *ok) override
    {
        *ok = false;
        return {};
    }
    bool confirm(QWidget *, const QString &, const QString &) override { return false; }
};

bool waitFor(const std::function<bool()> &cond, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}
} // namespace

int libraryBench(int count, int runs)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("library"));
    if (const QString e = writeLibrary(lib, count); !e.isEmpty()) {
        out << QStringLiteral("library: cannot write the runbooks: %1\n").arg(e);
        return 1;
    }
    qint64 bytes = 0;
    for (const QFileInfo &fi : QDir(lib).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QFileInfo &f : QDir(fi.filePath()).entryInfoList(QDir::Files))
            bytes += f.size();
    out << QStringLiteral("library: %1 runbooks (%2 KB), %3 thread(s)\n").arg(count).arg(bytes / 1024).arg(QThread::idealThreadCount());
    double best = 1e9;
    int alerts = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const LibraryIndex index = RunbookLibrary::build({lib});
        best = std::min(best, t.nsecsElapsed() / 1e6);
        alerts = 0;
        for (const LibraryEntry &e : index.entries)
            alerts += int(e.alerts.size());
        if (index.entries.size() != count) {
            out << QStringLiteral("  indexed %1 of %2 files\n").arg(index.entries.size()).arg(count);
            return 1;
        }
    }
    out << QStringLiteral("  index (build, best of %1): %2 ms, %3 alert names\n").arg(runs).arg(best, 0, 'f', 0).arg(alerts);
    // The window's way: in the background, the GUI thread free meanwhile.
    RunbookLibrary background;
    QElapsedTimer t;
    t.start();
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(10);
    bool done = false;
    QObject::connect(&background, &RunbookLibrary::indexed, [&] { done = true; });
    background.setFolders({lib});
    waitFor([&] { return done; }, 60000);
    out << QStringLiteral("  index (background, from setFolders to indexed): %1 ms; the GUI thread ran %2 of %3 10-ms ticks meanwhile\n")
               .arg(t.elapsed())
               .arg(ticks)
               .arg(t.elapsed() / 10);
    // A file changed: indexed again.
    QFile f(QStringLiteral("%1/area-0/runbook-0000.md").arg(lib));
    f.open(QIODevice::Append);
    f.write("\n## Escalation\n\n1. Page the owner.\n");
    f.close();
    done = false;
    t.restart();
    waitFor([&] { return done; }, 60000);
    out << QStringLiteral("  a file changed → indexed again: %1 ms (300 ms of it the debounce)\n").arg(t.elapsed());
    return best < 1e9 ? 0 : 1;
}

int alertOpenBench(int runs)
{
    QTextStream out(stdout);
    const QString am = qEnvironmentVariable("RUNBOOK_TEST_ALERTMANAGER"), pg = qEnvironmentVariable("RUNBOOK_TEST_PUSHGATEWAY");
    if (am.isEmpty() || pg.isEmpty()) {
        out << QStringLiteral("alert-open: set RUNBOOK_TEST_ALERTMANAGER and RUNBOOK_TEST_PUSHGATEWAY (scripts/bench-alerts does)\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("library"));
    writeLibrary(lib, 1000);
    QDir().mkpath(lib + QStringLiteral("/kubernetes"));
    QFile::copy(QStringLiteral(RUNBOOK_SOURCE_DIR "/tests/data/library/kubernetes/KubePodCrashLooping.md"), lib + QStringLiteral("/kubernetes/KubePodCrashLooping.md"));
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setAlertmanagerUrl(am);
    settings.setAlertFilter({QStringLiteral("job=\"runbook_bench\"")});
    settings.setAlertPollSeconds(1);
    settings.setLibraryFolders({lib});
    NoDialogs dialogs;
    MainWindow w(settings, dialogs, QStringLiteral(RUNBOOK_SOURCE_DIR "/tests/data/runbooks/inline-commands.md"), true, dir.filePath(QStringLiteral("i.db")));
    w.show();
    if (!waitFor([&] { return w.runbook() && w.session()->storeReady() && w.library()->entries().size() == 1001; }, 60000)) {
        out << QStringLiteral("alert-open: the window or the library did not get ready\n");
        return 1;
    }
    out << QStringLiteral("alert-open: Start incident → the runbook open at its section with the alert's variables, 1,001-runbook library, %1 runs\n").arg(runs);
    QList<double> ms;
    for (int r = 0; r < runs; ++r) {
        const QString pod = QStringLiteral("bench-%1-%2").arg(QCoreApplication::applicationPid()).arg(r);
        httpSend("PUT", QUrl(pg + QStringLiteral("/metrics/job/runbook_bench")),
                 QStringLiteral("runbook_test_pod_restarts{namespace=\"bench\",pod=\"%1\"} 3\n").arg(pod).toUtf8());
        Alert alert;
        if (!waitFor([&] {
                for (const Alert &a : w.alertsPanel()->alerts())
                    if (a.labels.value(QStringLiteral("pod")) == pod) {
                        alert = a;
                        return true;
                    }
                return false;
            }, 30000)) {
            out << QStringLiteral("  the alert for %1 did not appear\n").arg(pod);
            return 1;
        }
        // Back to another runbook first, so each run opens it anew.
        w.openRunbook(QStringLiteral(RUNBOOK_SOURCE_DIR "/tests/data/runbooks/inline-commands.md"));
        waitFor([&] { return w.runbook() && w.runbook()->path.endsWith(QLatin1String("inline-commands.md")) && !w.isLoading(); }, 10000);
        QSignalSpy ready(&w, &MainWindow::alertIncidentReady);
        w.alertsPanel()->selectAlert(alert.fingerprint);
        QElapsedTimer t;
        t.start();
        w.alertsPanel()->startButton()->click();
        if (!waitFor([&] { return !ready.isEmpty() && w.session()->current() && w.session()->current()->variables.value(QStringLiteral("POD")) == pod; }, 20000)) {
            out << QStringLiteral("  run %1: the incident did not open\n").arg(r);
            return 1;
        }
        ms.append(t.nsecsElapsed() / 1e6);
    }
    httpSend("DELETE", QUrl(pg + QStringLiteral("/metrics/job/runbook_bench")));
    out << QStringLiteral("  from the click: median %1 ms, p95 %2 ms, max %3 ms\n").arg(pct(ms, 0.5), pct(ms, 0.95), pct(ms, 1.0));
    return 0;
}

int promqlBench(int runs)
{
    QTextStream out(stdout);
    const QString prom = qEnvironmentVariable("RUNBOOK_TEST_PROMETHEUS"), pg = qEnvironmentVariable("RUNBOOK_TEST_PUSHGATEWAY");
    if (prom.isEmpty() || pg.isEmpty()) {
        out << QStringLiteral("promql: set RUNBOOK_TEST_PROMETHEUS and RUNBOOK_TEST_PUSHGATEWAY (scripts/bench-alerts does)\n");
        return 2;
    }
    httpSend("PUT", QUrl(pg + QStringLiteral("/metrics/job/runbook_bench_promql")),
             "runbook_test_pod_restarts{namespace=\"bench\",pod=\"promql-1\"} 7\n");
    PrometheusClient client{QUrl(prom), {}};
    // Until Prometheus has scraped it.
    waitFor([&] {
        bool have = false, doneOne = false;
        client.query(QStringLiteral("runbook_test_pod_restarts{pod=\"promql-1\"}"), {}, [&](Result<PromResult> r) {
            have = r && r->series.size() == 1;
            doneOne = true;
        });
        waitFor([&] { return doneOne; }, 5000);
        return have;
    }, 20000);
    QList<double> instant;
    for (int r = 0; r < runs; ++r) {
        bool done = false;
        QElapsedTimer t;
        t.start();
        client.query(QStringLiteral("runbook_test_pod_restarts{namespace=\"bench\", pod=\"promql-1\"}"), {}, [&](Result<PromResult>) { done = true; });
        waitFor([&] { return done; }, 10000);
        instant.append(t.nsecsElapsed() / 1e6);
    }
    out << QStringLiteral("promql: round trips to Prometheus on 127.0.0.1, %1 runs\n").arg(runs);
    out << QStringLiteral("  instant query: median %1 ms, p95 %2 ms\n").arg(pct(instant, 0.5), pct(instant, 0.95));
    const Runbook rb = RunbookParser::parse([] {
        QFile f(QStringLiteral(RUNBOOK_SOURCE_DIR "/tests/data/library/kubernetes/KubePodCrashLooping.md"));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }());
    const Wiring w = WiringLoader::parse(QStringLiteral("version: 1\ndefault_profile: p\nprofiles:\n  p:\n    label: P\n    connectors:\n      prometheus:\n"
                                                        "        kind: prometheus\n        base_url: %1\n").arg(prom).toUtf8(),
                                         QStringLiteral("bench.wiring.yaml"), &rb);
    const auto plan = StepRunner::plan(w, QStringLiteral("p"), QStringLiteral("diagnosis/step-1"));
    if (!plan) {
        out << QStringLiteral("  %1\n").arg(plan.error());
        return 1;
    }
    QList<double> step;
    for (int r = 0; r < runs; ++r) {
        StepRunner runner(plan.value(), {});
        runner.setIncidentVariables({{QStringLiteral("NAMESPACE"), QStringLiteral("bench")}, {QStringLiteral("POD"), QStringLiteral("promql-1")}});
        bool done = false;
        double value = 0;
        QObject::connect(&runner, &StepRunner::viewed, [&](const StepView &v) {
            done = true;
            value = v.value.value_or(-1);
        });
        QElapsedTimer t;
        t.start();
        runner.look();
        waitFor([&] { return done; }, 10000);
        step.append(t.nsecsElapsed() / 1e6);
        if (value != 7) {
            out << QStringLiteral("  the step gave %1, not the pushed 7\n").arg(value);
            return 1;
        }
    }
    out << QStringLiteral("  a PromQL step's probe (variables filled, instant + 1 h range for the sparkline): median %1 ms, p95 %2 ms\n")
               .arg(pct(step, 0.5), pct(step, 0.95));
    httpSend("DELETE", QUrl(pg + QStringLiteral("/metrics/job/runbook_bench_promql")));
    return 0;
}
