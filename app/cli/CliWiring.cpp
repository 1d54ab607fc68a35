#include "CliWiring.h"
#include "CliCommands.h"
#include "incident/IncidentStore.h"

#include "DemoHost.h"
#include "logs/LogSource.h"

#include <QEventLoop>

#include "runbook/Runbook.h"
#include "wiring/WiringLoader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

Result<CliWiring::Loaded> CliWiring::load(const QCommandLineParser &p, const Runbook &runbook, Demo demo) const
{
    using R = Result<Loaded>;
    const QString path = p.isSet(wiring) ? p.value(wiring) : WiringLoader::sidecarPath(runbook.path);
    Loaded out;
    if (!QFileInfo::exists(path)) {
        if (p.isSet(wiring))
            return R::failure(Cli::tr("%1: no such wiring file").arg(path));
        if (p.isSet(profile))
            return R::failure(Cli::tr("--profile needs a wiring file (none beside %1)").arg(runbook.path));
        return out;
    }
    out.wiring = WiringLoader::loadFile(path, &runbook);
    const QString name = p.isSet(profile) ? p.value(profile) : out.wiring->defaultProfile;
    if (!name.isEmpty()) {
        out.profile = out.wiring->profile(name);
        if (!out.profile && p.isSet(profile)) {
            QStringList names;
            for (const Profile &pr : out.wiring->profiles)
                names.append(pr.name);
            return R::failure(Cli::tr("%1: no profile \"%2\" (profiles: %3)")
                                  .arg(path, name, names.join(QStringLiteral(", "))));
        }
    }
    out.wiring->registerAllSecrets(); // every profile's, so none shows in clear anywhere
    // A demo profile's services: the demo backend, in this process, on a free
    // port (${DEMO_URL}), over the demo data (made when missing), only now.
    if (out.profile && out.profile->isDemo && demo == Demo::Data && !DemoHost::hasData(DemoHost::defaultDir()))
        if (Status s = DemoBackend::makeDemoData(DemoHost::defaultDir()); !s)
            return R::failure(Cli::tr("profile %1: %2").arg(out.profile->name, s.error()));
    if (out.profile && out.profile->isDemo && demo == Demo::Served && !demoHost()) {
        auto host = std::make_unique<DemoHost>();
        if (Status s = host->start(); !s)
            return R::failure(Cli::tr("profile %1: %2").arg(out.profile->name, s.error()));
        demoHost() = std::move(host);
    }
    return out;
}

std::unique_ptr<DemoHost> &CliWiring::demoHost()
{
    static std::unique_ptr<DemoHost> host;
    return host;
}

QHash<QString, QString> CliWiring::variables(const QString &runbookPath)
{
    return wiringVariables(runbookPath, demoHost() ? demoHost()->url() : QString());
}

LogResult runLogRequest(LogSource &source, const LogRequest &request)
{
    LogResult result;
    QEventLoop loop;
    QObject::connect(&source, &LogSource::finished, &loop, [&](const LogResult &r) {
        result = r;
        loop.quit();
    });
    source.start(request);
    loop.exec();
    return result;
}

QString cliStorePath(const QString &storeOption)
{
    const QString s = storeOption.startsWith(QStringLiteral("sqlite:")) ? storeOption.mid(7) : storeOption;
    return s.isEmpty() ? IncidentStore::defaultPath() : s;
}

Result<QString> openCliIncident(IncidentStore &store, const QString &storeOption, const QString &incidentOption)
{
    if (Status s = store.open(cliStorePath(storeOption)); !s)
        return Result<QString>::failure(s.error());
    return store.resolveId(incidentOption);
}
