// runbook-cli: everything the GUI does, headless, for scripts.
#include "cli/CliCommands.h"
#include "secrets/Redactor.h"
#include "Translations.h"

#include <QCommandLineParser>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <memory>
#include <vector>

#include <cstdio>
#include <QStandardPaths>

namespace {
// runbook-cli's own options; the commands are listed in its description.
struct TopLevel
{
    QCommandLineParser parser;
    QCommandLineOption help = parser.addHelpOption();
    QCommandLineOption version = parser.addVersionOption();

    TopLevel()
    {
        QString text = Cli::tr("Runbook Assistant for scripts: everything the window does, headless.") + QStringLiteral("\n\n") + Cli::tr("Commands:");
        for (const CliCommand &c : cliCommands()) {
            const QString head = QStringLiteral("  %1 %2").arg(QLatin1String(c.name), Cli::tr(c.arguments)).trimmed();
            text += QStringLiteral("\n  ") + head + QStringLiteral("\n      ") + Cli::tr(c.summary);
        }
        text += QStringLiteral("\n\n") + Cli::tr("\"runbook-cli COMMAND --help\" lists a command's options. The incident store is the window's unless --store names one.");
        parser.setApplicationDescription(text);
        parser.addPositionalArgument(QStringLiteral("COMMAND"), Cli::tr("The command to run, then its arguments."), QStringLiteral("COMMAND [ARGS…]"));
    }
};
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
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNBOOK_VERSION));
    Translations::install(QLocale());
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
    if (args.isEmpty() || args.first().startsWith(QLatin1Char('-'))) {
        TopLevel top;
        int rc = 0;
        if (args.isEmpty() || !top.parser.parse(QStringList{QStringLiteral("runbook-cli")} + args.mid(0, 1))) {
            if (!args.isEmpty())
                err << top.parser.errorText() << Qt::endl;
            err << cliHelp(top.parser, {});
            rc = 64;
        } else if (top.parser.isSet(top.version)) {
            out << QStringLiteral("runbook-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        } else {
            out << cliHelp(top.parser, {});
        }
        flush();
        return rc;
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
        err << Cli::tr("runbook-cli: unknown command \"%1\"").arg(cmd) << Qt::endl;
        err << cliHelp(TopLevel().parser, {});
    }
    flush();
    return rc;
}
