#include "SourceController.h"

#include "DemoService.h"
#include "MessageBar.h"
#include "base/AppSettings.h"
#include "base/AsyncTask.h"
#include "logs/LiveLogQueries.h"
#include "metrics/MetricEvaluator.h"
#include "metrics/MetricMonitor.h"
#include "runbook/Runbook.h"
#include "wiring/ProfileTargets.h"

#include <QFileInfo>
#include <QStandardPaths>

SourceController::SourceController(AppSettings &settings, LiveLogQueries *live, MetricEvaluator *evaluator, MetricMonitor *monitor,
                                   QObject *parent)
    : QObject(parent), m_settings(settings), m_live(live), m_evaluator(evaluator), m_monitor(monitor)
{
}

SourceController::~SourceController()
{
    stopDemo();
}

void SourceController::stopDemo()
{
    if (DemoService *demo = DemoService::installed(); demo && m_demoOwner)
        demo->stop();
    m_demoOwner = false;
}

bool SourceController::demoRunning() const
{
    const DemoService *demo = DemoService::installed();
    return m_demoOwner && demo && demo->isRunning();
}

QString SourceController::demoUrl() const
{
    return demoRunning() ? DemoService::installed()->url() : QString();
}

void SourceController::startDemo()
{
    DemoService *demo = DemoService::installed();
    if (!demo) {
        Q_EMIT message(tr("The demo backend is not part of this program; choose another profile"), MessageBar::Error);
        return;
    }
    if (m_demoStarting)
        return;
    m_demoStarting = true;
    Q_EMIT busy(tr("Starting the demo backend…"));
    // Reading the demo data takes a few hundred ms: a worker does it.
    runAsync(this, [demo] { return demo->prepare(false); }, [this, demo](Result<std::shared_ptr<DemoService::Data>> data) {
        m_demoStarting = false;
        Q_EMIT busy({});
        if (!data) {
            Q_EMIT message(tr("The demo backend could not start: %1").arg(data.error()), MessageBar::Error);
            return;
        }
        // A demo profile still in use serves it and reads its sources now; another one needs no backend.
        const Profile *p = currentProfile();
        if (!p || !p->isDemo)
            return;
        if (Status s = demo->serve(data.value()); !s) {
            Q_EMIT message(tr("The demo backend could not start: %1").arg(s.error()), MessageBar::Error);
            return;
        }
        m_demoOwner = true;
        selectProfile(m_profileName);
    });
}

void SourceController::resetDemo()
{
    DemoService *demo = DemoService::installed();
    if (!demo) {
        Q_EMIT demoReset(Status::failure(tr("the demo is not part of this program")));
        return;
    }
    runAsync(this, [demo] { return demo->prepare(true); }, [this, demo](Result<std::shared_ptr<DemoService::Data>> data) {
        Status s = data ? Status() : Status::failure(data.error());
        if (data && demoRunning())
            s = demo->serve(data.value());
        Q_EMIT demoReset(s);
    });
}

void SourceController::setDocuments(const Runbook *runbook, const Wiring *wiring)
{
    m_runbook = runbook;
    m_wiring = wiring;
    if (!m_wiring) {
        m_profileName.clear();
        Q_EMIT profileChanged();
    }
}

const Profile *SourceController::currentProfile() const
{
    return m_wiring ? m_wiring->profile(m_profileName) : nullptr;
}

QHash<QString, QString> SourceController::variables() const
{
    return wiringVariables(m_runbook ? m_runbook->path : QString(), demoUrl());
}

QString SourceController::demoLogPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo/logs/app.ndjson");
}

void SourceController::selectProfile(const QString &name)
{
    if (!m_wiring || !m_wiring->profile(name))
        return;
    m_profileName = name;
    ++m_generation;
    m_settings.setProfile(name);
    const Profile *p = currentProfile();
    Q_EMIT profileChanged();
    if (p->isDemo && !demoRunning()) {
        startDemo(); // reads the profile's sources once the backend listens
        return;
    }
    if (!p->isDemo)
        stopDemo(); // nothing listens for a profile that does not need it
    // A log source the user chose in Settings wins; else the profile's, with
    // its secrets from their references.
    if (!m_settings.logSource().isEmpty()) {
        applyLogSource(m_settings.logSource());
        return;
    }
    const auto setup = ProfileTargets::logSource(*p, variables());
    if (!setup) {
        Q_EMIT message(setup.error(), MessageBar::Error);
        // Nothing of another source stays: the counts and rules say why they are unknown.
        useLogSource(UnavailableLogSource::spec(setup.error()), {});
        return;
    }
    if (setup->spec == QStringLiteral("file:") + demoLogPath()) {
        applyLogSource({}); // the demo logs, made if missing
        return;
    }
    useLogSource(setup->spec, setup->options);
}

void SourceController::useNoWiring()
{
    stopDemo();
    if (!m_settings.logSource().isEmpty()) {
        applyLogSource(m_settings.logSource());
        return;
    }
    ++m_generation; // drops demo logs still being made for the start
    useLogSource(UnavailableLogSource::spec(tr("not connected: this runbook has no wiring (Settings → Log Source chooses a source)")), {});
}

void SourceController::chooseLogSource(const QString &spec)
{
    m_settings.setLogSource(spec);
    if (spec.isEmpty() && currentProfile())
        selectProfile(m_profileName);
    else if (spec.isEmpty() && m_runbook && !m_wiring)
        useNoWiring();
    else
        applyLogSource(spec);
}

void SourceController::applyLogSource(const QString &spec)
{
    const quint64 generation = ++m_generation;
    if (spec.isEmpty() && !QFileInfo::exists(demoLogPath())) {
        // First start: make the demo logs (tens of milliseconds), off the GUI thread.
        Q_EMIT busy(tr("Creating demo logs…"));
        const QString dir = QFileInfo(demoLogPath()).absolutePath().chopped(5);
        const DemoService *demo = DemoService::installed();
        if (!demo) {
            Q_EMIT busy({});
            Q_EMIT message(tr("Cannot create the demo logs: the demo is not part of this program (Settings → Log Source chooses a source)"),
                           MessageBar::Error);
            return;
        }
        runAsync(this, [demo, dir] { return demo->makeLogs(dir); }, [this, generation](Status r) {
            Q_EMIT busy({});
            if (generation != m_generation)
                return; // another source was chosen meanwhile
            if (!r) {
                Q_EMIT message(tr("Cannot create the demo logs: %1").arg(r.error()), MessageBar::Error);
                return;
            }
            applyLogSource({});
        });
        return;
    }
    if (spec.isEmpty())
        return useLogSource(QStringLiteral("file:") + demoLogPath(), {});
    // A source the user named: its keys (datadog:) through the one guard.
    const auto setup = ProfileTargets::adHocLogSource(spec);
    if (!setup) {
        Q_EMIT message(tr("Log source: %1").arg(setup.error()), MessageBar::Error);
        return;
    }
    useLogSource(spec, setup->options);
}

void SourceController::useLogSource(const QString &spec, const LogSourceOptions &options)
{
    // The live counts and the metrics read the same source.
    if (const QString error = m_live->setSource(spec, options); !error.isEmpty()) {
        Q_EMIT message(tr("Log source: %1").arg(error), MessageBar::Error);
        return;
    }
    m_evaluator->setSource(spec, options);
    m_logSpec = spec;
    m_logOptions = options;
    m_evaluator->setVariables(variables());
    if (m_runbook) {
        m_live->refresh();
        m_monitor->refreshNow();
    }
}
