#include "base/AppSettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <algorithm>

namespace {
struct KeyInfo
{
    const char *name;
    QVariant defaultValue;
};
} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &iniPath) : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

// The one table of keys and defaults.
static const KeyInfo &AppSettings_info(int key)
{
    static const KeyInfo table[] = {
        {"incident/last", QString()},   {"runbook/last", QString()},  {"runbook/recent", QStringList()},
        {"store/path", QString()},      {"user/name", QString()},     {"window/geometry", QByteArray()},
        {"window/state", QByteArray()}, {"logs/source", QString()}, {"wiring/profile", QString()},
        {"alerts/url", QString()},      {"alerts/token", QString()},  {"alerts/filter", QStringList()}, {"alerts/poll_seconds", 30},
        {"library/folders", QStringList()},
    };
    return table[key];
}

QVariant AppSettings::get(Key key) const
{
    const KeyInfo &k = AppSettings_info(int(key));
    return m_settings->value(QLatin1String(k.name), k.defaultValue);
}

void AppSettings::set(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1String(AppSettings_info(int(key)).name), value);
}

QString AppSettings::lastIncidentId() const { return get(Key::LastIncidentId).toString(); }
void AppSettings::setLastIncidentId(const QString &id) { set(Key::LastIncidentId, id); }
QString AppSettings::lastRunbook() const { return get(Key::LastRunbook).toString(); }
void AppSettings::setLastRunbook(const QString &path) { set(Key::LastRunbook, path); }
QStringList AppSettings::recentRunbooks() const { return get(Key::RecentRunbooks).toStringList(); }
QString AppSettings::storePath() const { return get(Key::StorePath).toString(); }
void AppSettings::setStorePath(const QString &address) { set(Key::StorePath, address); }
QString AppSettings::logSource() const { return get(Key::LogSource).toString(); }
void AppSettings::setLogSource(const QString &spec) { set(Key::LogSource, spec); }
QString AppSettings::alertmanagerUrl() const { return get(Key::AlertmanagerUrl).toString(); }
void AppSettings::setAlertmanagerUrl(const QString &url) { set(Key::AlertmanagerUrl, url); }
QString AppSettings::alertmanagerToken() const { return get(Key::AlertmanagerToken).toString(); }
void AppSettings::setAlertmanagerToken(const QString &reference) { set(Key::AlertmanagerToken, reference); }
QStringList AppSettings::alertFilter() const { return get(Key::AlertFilter).toStringList(); }
void AppSettings::setAlertFilter(const QStringList &matchers) { set(Key::AlertFilter, matchers); }
int AppSettings::alertPollSeconds() const { return std::max(1, get(Key::AlertPollSeconds).toInt()); }
void AppSettings::setAlertPollSeconds(int seconds) { set(Key::AlertPollSeconds, seconds); }
QStringList AppSettings::libraryFolders() const { return get(Key::LibraryFolders).toStringList(); }
void AppSettings::setLibraryFolders(const QStringList &folders) { set(Key::LibraryFolders, folders); }
QString AppSettings::profile() const { return get(Key::Profile).toString(); }
void AppSettings::setProfile(const QString &name) { set(Key::Profile, name); }
QString AppSettings::actorName() const { return get(Key::ActorName).toString(); }
void AppSettings::setActorName(const QString &name) { set(Key::ActorName, name); }
QByteArray AppSettings::windowGeometry() const { return get(Key::WindowGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray &g) { set(Key::WindowGeometry, g); }
QByteArray AppSettings::windowState() const { return get(Key::WindowState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray &s) { set(Key::WindowState, s); }
// Keys named by the window or the runbook, beside the table: a group each.
QByteArray AppSettings::splitterState(const QString &name) const { return m_settings->value(QStringLiteral("window/splitter/") + name).toByteArray(); }
void AppSettings::setSplitterState(const QString &name, const QByteArray &s) { m_settings->setValue(QStringLiteral("window/splitter/") + name, s); }

namespace {
QString sectionKey(const QString &runbookPath)
{
    const QByteArray path = QFileInfo(runbookPath).absoluteFilePath().toUtf8();
    return QStringLiteral("runbook/section/") + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}
} // namespace

QString AppSettings::lastSection(const QString &runbookPath) const { return m_settings->value(sectionKey(runbookPath)).toString(); }
void AppSettings::setLastSection(const QString &runbookPath, const QString &sectionId) { m_settings->setValue(sectionKey(runbookPath), sectionId); }

void AppSettings::addRecentRunbook(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentRunbooks();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > MaxRecent)
        list.removeLast();
    set(Key::RecentRunbooks, list);
}

void AppSettings::sync()
{
    m_settings->sync();
}
