// runbook-assistant: the desktop app. `runbook-assistant [RUNBOOK.md]`
#include "base/AppSettings.h"
#include "base/AsyncTask.h"
#include "DialogProvider.h"
#include "incident/IncidentStore.h"
#include "KeychainBackend.h"
#include "GuiDemo.h"
#include "MainWindow.h"
#include "StartupReport.h"
#include "secrets/Redactor.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStatusBar>
#include <QDateTime>

namespace {
// The shipped runbook: beside the build/install tree, else unpacked from the
// resources into the app's data folder (so incidents can name a real file).
QString defaultRunbookPath()
{
    const QString name = QStringLiteral("infrastructure-monitoring.md");
    const QString shipped = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/runbook-assistant/runbooks/") + name);
    if (QFileInfo::exists(shipped))
        return QFileInfo(shipped).canonicalFilePath();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/runbooks");
    const QString target = dir + QLatin1Char('/') + name;
    if (!QFileInfo::exists(target)) {
        QDir().mkpath(dir);
        QFile::copy(QStringLiteral(":/runbooks/") + name, target);
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return target;
}

// The window's command line; --help and --version need no display.
struct GuiOptions
{
    QCommandLineParser parser;
    QCommandLineOption store{QStringLiteral("store"), QCoreApplication::translate("main", "Incident store: a file, or a team store (postgresql://user@host/database)."),
                             QStringLiteral("PATH|URL")};
    QCommandLineOption incident{QStringLiteral("incident"), QCoreApplication::translate("main", "Incident to open."), QStringLiteral("ID")};
    QCommandLineOption profile{QStringLiteral("profile"), QCoreApplication::translate("main", "Wiring profile to start in."), QStringLiteral("NAME")};

    GuiOptions()
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "Walk an incident through a Markdown runbook."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("RUNBOOK"), QCoreApplication::translate("main", "The runbook to open (default: the shipped one)."), QStringLiteral("[RUNBOOK.md]"));
        parser.addOptions({store, incident, profile});
    }
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RunbookAssistant"));
    QCoreApplication::setApplicationName(QStringLiteral("runbook-assistant"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNBOOK_VERSION));
}

bool onlyText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char **argv)
{
    if (onlyText(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Translations::install(QLocale());
        GuiOptions options;
        options.parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    Redactor::installMessageHandler();
    GuiDemo::install(); // the demo profile's backend: wired in here, ui/ never links the demo
    SecretResolver::setKeychain(std::make_shared<KeychainBackend>());
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Runbook Assistant"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.runbookassistant.assistant"));
    Translations::install(QLocale());

    GuiOptions options;
    QCommandLineParser &parser = options.parser;
    const QCommandLineOption &storeOpt = options.store, &incidentOpt = options.incident, &profileOpt = options.profile;
    parser.process(app);

    AppSettings settings;
    if (parser.isSet(profileOpt))
        settings.setProfile(parser.value(profileOpt));
    QtDialogProvider dialogs;
    const QStringList args = parser.positionalArguments();
    const bool explicitRunbook = !args.isEmpty();
    QString runbook;
    if (explicitRunbook)
        runbook = QFileInfo(args.first()).absoluteFilePath();
    else if (!settings.lastRunbook().isEmpty() && QFileInfo::exists(settings.lastRunbook()))
        runbook = settings.lastRunbook();
    else
        runbook = defaultRunbookPath();
    QString store = parser.value(storeOpt);
    if (store.startsWith(QStringLiteral("sqlite:")))
        store = store.mid(7);
    if (store.isEmpty())
        store = settings.storePath().isEmpty() ? IncidentStore::defaultPath() : settings.storePath();

    MainWindow window(settings, dialogs, runbook, explicitRunbook, store);
    if (parser.isSet(incidentOpt))
        window.requestIncident(parser.value(incidentOpt));
    // runbook-bench startup: RUNBOOK_STARTUP_REPORT=1 prints "window MS" at the
    // first paint and "badges MS" when the first evaluation is shown (MS since
    // the process started), and ends the app after that.
    if (qEnvironmentVariableIsSet("RUNBOOK_STARTUP_REPORT"))
        StartupReport::watch(window);
    window.show();
    return app.exec();
}
