#pragma once
// SourceController: which wiring profile is in use and which log source the
// live counts and the metrics read — the profile's (its secrets resolved from
// their references), the one chosen in Settings, or the demo logs (made on
// first start, off the GUI thread). The window shows what it says.
#include "base/Result.h"
#include "logs/LogSource.h"
#include "wiring/Wiring.h"

#include <QHash>
#include <QObject>
#include <memory>

class AppSettings;
class LiveLogQueries;
class MetricEvaluator;
class MetricMonitor;
struct Runbook;

class SourceController : public QObject
{
    Q_OBJECT
public:
    SourceController(AppSettings &settings, LiveLogQueries *live, MetricEvaluator *evaluator, MetricMonitor *monitor,
                     QObject *parent = nullptr);
    ~SourceController() override;

    // The runbook and wiring now open (either may be null); clears the profile without a wiring.
    void setDocuments(const Runbook *runbook, const Wiring *wiring);
    // Makes `name` the active profile (if the wiring has it) and reads its log source.
    void selectProfile(const QString &name);
    // `spec` empty: the demo logs. Does not change the settings.
    void applyLogSource(const QString &spec);
    // A runbook without a wiring of its own: its queries and monitors are not
    // connected (never the demo logs, which belong to the flagship) unless a
    // source was chosen in Settings.
    void useNoWiring();
    // The user chose a log source in Settings (empty: back to the profile's / the demo logs).
    void chooseLogSource(const QString &spec);

    QString profileName() const { return m_profileName; }
    const Profile *currentProfile() const;
    QString logSpec() const { return m_logSpec; }
    LogSourceOptions logOptions() const { return m_logOptions; }
    // ${DATA}, ${RUNBOOK_DIR} and, while the demo backend runs, ${DEMO_URL} for the wiring's fields.
    QHash<QString, QString> variables() const;
    // The log file of the local backend (empty when this program has none).
    static QString demoLogPath();
    // The demo backend runs while a demo profile (demo: true) is in use, on a
    // free loopback port; it stops when another profile is chosen.
    bool demoRunning() const;
    QString demoUrl() const;
    // Makes the demo data again (on a worker) and serves it; demoReset() says how it went.
    void resetDemo();

Q_SIGNALS:
    void profileChanged();
    void demoReset(const Status &status);
    void message(const QString &text, int level); // a MessageBar::Level
    void busy(const QString &text);               // empty: done

private:
    void useLogSource(const QString &spec, const LogSourceOptions &options);

    AppSettings &m_settings;
    LiveLogQueries *m_live;
    MetricEvaluator *m_evaluator;
    MetricMonitor *m_monitor;
    const Runbook *m_runbook = nullptr;
    const Wiring *m_wiring = nullptr;
    QString m_profileName;
    quint64 m_generation = 0; // a later choice of log source wins over a slow earlier one
    QString m_logSpec;        // what the live counts and metrics read
    LogSourceOptions m_logOptions;
    bool m_demoOwner = false; // this window started the demo backend (and stops it)
    bool m_demoStarting = false;
    void startDemo();
    void stopDemo();
};
