// runbook-cli: everything the GUI does, headless, for scripts.
#include "cli/CliCommands.h"
#include "secrets/Redactor.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <memory>
#include <vector>

#include <cstdio>
#include <QStandardPaths>

namespace {
void usage(QTextStream &s)
{
    s << QCoreApplication::translate("runbook-cli",
                                     "usage: runbook-cli COMMAND [options]\n\n"
                                     "commands:\n"
                                     "  inspect RUNBOOK.md [--json]      the parsed model\n"
                                     "  lint RUNBOOK.md [--wiring W] [--profile P]   FILE:LINE: warning|error: … and the coverage\n"
                                     "  wiring suggest RUNBOOK.md        a draft NAME.wiring.yaml\n"
                                     "  check RUNBOOK.md [--wiring W] [--profile P] [--source SPEC] [--at T] [--json]\n"
                                     "                                   the alert table judged; exit 0 ok, 1 warning, 2 critical, 3 unknown\n"
                                     "  query --source SPEC [--from T] [--to T] [--bucket 1h] [--json] QUERY…\n"
                                     "  demo-data --out DIR [--seed N] [--days D] [--end T] [--size BYTES]\n"
                                     "  demo-serve --logs FILE [--port N]   loopback Datadog and Loki over FILE\n"
                                     "  probe run ID --runbook R [--param k=v] [--incident ID] [--json]   a bound read-only probe (SQL, HTTP, PromQL, logs, …)\n"
                                     "  action list|preview ID|run ID --runbook R [--param k=v]… [--confirm TOKEN] [--confirm-profile P]\n"
                                     "  alerts [--alertmanager URL] [--filter M]… [--receiver R] [--silences] [--json]\n"
                                     "                                   the firing alerts and their runbooks (silences: read-only)\n"
                                     "  library index DIR… [--json] | library find ALERT|URL|TEXT [--library DIR]…\n"
                                     "  incident new --from-alert FINGERPRINT [--alertmanager URL] [--library DIR]…\n"
                                     "                                   an incident from a firing alert (the same alert joins its open one)\n"
                                     "  incident new|list|show|watch|step|note|var|copy|set|evidence|resolve|reopen …\n"
                                     "  incident export ID --format md|html|pdf|json [--out FILE]   incident notes for a review\n"
                                     "  incident import FILE.json        an exported incident back into a store\n"
                                     "                                   --store PATH (default: the GUI's store)\n")
      << Qt::flush;
}
} // namespace

// `incident export … --format pdf` lays out pages with QtGui: that command
// gets a QGuiApplication on the offscreen platform (no display needed).
bool needsGui(int argc, char **argv)
{
    bool exporting = false, pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        exporting = exporting || a == "export";
        pdf = pdf || a == "--format=pdf" || (a == "--format" && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf");
    }
    return exporting && pdf;
}

int main(int argc, char **argv)
{
    std::vector<char *> qtArgs(argv, argv + argc);
    char platformFlag[] = "-platform", offscreen[] = "offscreen";
    std::unique_ptr<QCoreApplication> application;
    int n = argc;
    if (needsGui(argc, argv)) {
        qtArgs.insert(qtArgs.begin() + 1, {platformFlag, offscreen});
        n = int(qtArgs.size());
        qtArgs.push_back(nullptr);
        application = std::make_unique<QGuiApplication>(n, qtArgs.data());
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("RunbookAssistant"));
    QCoreApplication::setApplicationName(QStringLiteral("runbook-assistant"));
    Redactor::installMessageHandler();
    QString outBuffer, errBuffer;
    QTextStream out(&outBuffer);
    QTextStream err(&errBuffer);
    auto flush = [&] {
        out.flush();
        err.flush();
        const QByteArray o = Redactor::redact(outBuffer).toUtf8(), e = Redactor::redact(errBuffer).toUtf8();
        std::fwrite(o.constData(), 1, size_t(o.size()), stdout);
        std::fwrite(e.constData(), 1, size_t(e.size()), stderr);
        std::fflush(stdout);
        std::fflush(stderr);
        outBuffer.clear();
        errBuffer.clear();
    };
    CliContext ctx{out, err, flush};
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("-h")) {
        usage(args.isEmpty() ? err : out);
        flush();
        return args.isEmpty() ? 64 : 0;
    }
    const QString cmd = args.takeFirst();
    int rc = 64;
    if (cmd == QStringLiteral("inspect"))
        rc = runInspect(args, ctx);
    else if (cmd == QStringLiteral("lint"))
        rc = runLint(args, ctx);
    else if (cmd == QStringLiteral("incident"))
        rc = runIncident(args, ctx);
    else if (cmd == QStringLiteral("query"))
        rc = runQuery(args, ctx);
    else if (cmd == QStringLiteral("demo-data"))
        rc = runDemoData(args, ctx);
    else if (cmd == QStringLiteral("demo-serve"))
        rc = runDemoServe(args, ctx);
    else if (cmd == QStringLiteral("wiring"))
        rc = runWiring(args, ctx);
    else if (cmd == QStringLiteral("check"))
        rc = runCheck(args, ctx);
    else if (cmd == QStringLiteral("alerts"))
        rc = runAlerts(args, ctx);
    else if (cmd == QStringLiteral("library"))
        rc = runLibrary(args, ctx);
    else if (cmd == QStringLiteral("probe") || cmd == QStringLiteral("action"))
        rc = runProbeOrAction(cmd, args, ctx);
    else {
        err << QCoreApplication::translate("runbook-cli", "runbook-cli: unknown command \"%1\"").arg(cmd) << Qt::endl;
        usage(err);
    }
    flush();
    return rc;
}
