#pragma once
// AppSettings: typed keys with one table of defaults over QSettings, so no
// string key is spelled twice. Tests give it their own file.
#include <QSettings>
#include <QStringList>
#include <memory>

class AppSettings
{
public:
    AppSettings();                                // the user's settings
    explicit AppSettings(const QString &iniPath); // a settings file of one's own (tests)

    QString lastIncidentId() const;
    void setLastIncidentId(const QString &id);
    QString lastRunbook() const;
    void setLastRunbook(const QString &path);
    QStringList recentRunbooks() const;
    void addRecentRunbook(const QString &path); // most recent first, at most MaxRecent
    QString storePath() const;                  // empty: the default store; a file or a postgresql:// address
    void setStorePath(const QString &address);
    QString logSource() const;                  // "file:…", "datadog:…", "loki:…"; empty: the demo logs
    void setLogSource(const QString &spec);
    QString profile() const; // the wiring profile last chosen
    void setProfile(const QString &name);
    QString actorName() const;                  // empty: the OS user
    void setActorName(const QString &name);
    // The Alertmanager the Alerts panel and `runbook-cli alerts` ask; its
    // token is a reference (env:NAME, keychain:SERVICE/ACCOUNT), never the secret.
    QString alertmanagerUrl() const;
    void setAlertmanagerUrl(const QString &url);
    QString alertmanagerToken() const;
    void setAlertmanagerToken(const QString &reference);
    QStringList alertFilter() const; // label matchers (severity="critical")
    void setAlertFilter(const QStringList &matchers);
    int alertPollSeconds() const;    // default 30
    void setAlertPollSeconds(int seconds);
    QStringList libraryFolders() const; // the runbook folders the library indexes
    void setLibraryFolders(const QStringList &folders);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &g);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &s);
    // Each splitter of the window by its object name (window/splitter/NAME).
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &s);
    // The section last shown of a runbook (by its absolute path), for the next opening.
    QString lastSection(const QString &runbookPath) const;
    void setLastSection(const QString &runbookPath, const QString &sectionId);

    void sync();
    static constexpr int MaxRecent = 8;

private:
    enum class Key { LastIncidentId, LastRunbook, RecentRunbooks, StorePath, ActorName, WindowGeometry, WindowState, LogSource, Profile,
                     AlertmanagerUrl, AlertmanagerToken, AlertFilter, AlertPollSeconds, LibraryFolders };
    QVariant get(Key key) const;
    void set(Key key, const QVariant &value);
    std::unique_ptr<QSettings> m_settings;
};
