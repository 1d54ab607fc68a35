#include "SourceController.h"

#include "LocalBackend.h"
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
    if (LocalBackend *demo = LocalBackend::installed(); demo && m_demoOwner)
        demo->stop();
    m_demoOwner = false;
}

bool SourceController::demoRunning() const
{
    const LocalBackend *demo = LocalBackend::installed();
    return m_demoOwner && demo && demo->isRunning();
}

QString SourceController::demoUrl() const
{
    return demoRunning() ? LocalBackend::installed()->url() : QString();
}

void SourceController::startDemo()
{
    LocalBackend *demo = LocalBackend::installed();
    if (!demo) {
        Q_EMIT message(tr("This program has no local backend for a demo profile; choose another profile"), MessageBar::Error);
        return;
    }
    if (m_demoStarting)
        return;
    m_demoStarting = true;
    Q_EMIT busy(tr("Starting the demo backend…"));
    // Reading the demo data takes a few hundred ms: a worker does it.
    runAsync(this, [demo] { return demo->prepare(false); }, [this, demo](Result<std::shared_ptr<LocalBackend::Data>> data) {
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
    LocalBackend *demo = LocalBackend::installed();
    if (!demo) {
        Q_EMIT demoReset(Status::failure(tr("this program has no local backend")));
        return;
    }
    runAsync(this, [demo] { return demo->prepare(true); }, [this, demo](Result<std::shared_ptr<LocalBackend::Data>> data) {
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
    const LocalBackend *local = LocalBackend::installed();
    return local ? local->logPath() : QString();
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
    if (!demoLogPath().isEmpty() && setup->spec == QStringLiteral("file:") + demoLogPath()) {
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
    const LocalBackend *local = LocalBackend::installed();
    if (spec.isEmpty() && !local) {
        Q_EMIT message(tr("No demo logs: this program has no local backend (Settings → Log Source chooses a source)"), MessageBar::Error);
        return;
    }
    if (spec.isEmpty() && !QFileInfo::exists(local->logPath())) {
        // First start: make the demo logs (tens of milliseconds), off the GUI thread.
        Q_EMIT busy(tr("Creating demo logs…"));
        runAsync(this, [local] { return local->makeLogs(); }, [this, generation](Status r) {
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
