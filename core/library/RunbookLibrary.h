#pragma once
// RunbookLibrary: the runbook folders a team keeps (a git checkout of
// hundreds of Markdown files), indexed in the background — each file's
// title, the alerts it is for (front matter `alert:`, a title that is an
// alert name, the alert headings of a file of several alerts), its section
// titles and step text for search, and the path a `runbook_url` would end in
// — and watched: a file added, changed or removed is indexed again (debounced).
// A file that cannot be read or parsed is listed with its error, never
// dropped silently; the rest of the folder is still indexed.
#include "base/Result.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <memory>

struct LibraryEntry
{
    QString path;          // absolute
    QString folder;        // the library folder it was found in
    QString relativePath;  // to that folder, with '/'
    QString title;
    QStringList alerts;                 // alert names, as written
    QHash<QString, QString> alertSection; // lower-case alert name → section id ("" : the whole file)
    QStringList sections;  // section titles
    QStringList sectionIds; // their ids, in the same order
    QString searchText;    // lower-case title, sections and steps, for search
    int steps = 0;
    qint64 modifiedMs = 0;
    QString error;         // could not be read or parsed

    QJsonObject toJson() const;
};

struct LibraryMatch
{
    LibraryEntry entry;
    QString sectionId; // where to open it (an alert's section), or empty
    QString why;       // "alert KubePodCrashLooping", "runbook_url path kubernetes/kubepodcrashlooping", "title", "step text"
    int score = 0;
};

struct LibraryIndex
{
    QList<LibraryEntry> entries;
    qint64 elapsedMs = 0;
    QStringList errors; // folders that could not be read
};

class RunbookLibrary : public QObject
{
    Q_OBJECT
public:
    explicit RunbookLibrary(QObject *parent = nullptr);
    ~RunbookLibrary() override;

    // Sets the folders and indexes them in the background (indexed() when done).
    void setFolders(const QStringList &folders);
    QStringList folders() const { return m_folders; }
    void reindex();
    bool indexing() const { return m_indexing; }
    const QList<LibraryEntry> &entries() const { return m_index.entries; }
    const LibraryIndex &index() const { return m_index; }

    // The whole index of `folders`, here and now (the CLI; the background
    // task). Files are parsed on up to `threads` threads (0: one per core).
    static LibraryIndex build(const QStringList &folders, int threads = 0);
    static LibraryEntry indexFile(const QString &folder, const QString &path);

    // Best first. An alert name (case-insensitive); a runbook_url (its path,
    // and its #anchor for the section); any other text searched in titles,
    // sections and steps.
    static QList<LibraryMatch> findAlert(const QList<LibraryEntry> &entries, const QString &alertName);
    static QList<LibraryMatch> findUrl(const QList<LibraryEntry> &entries, const QString &runbookUrl);
    static QList<LibraryMatch> search(const QList<LibraryEntry> &entries, const QString &text);
    // An alert's runbook: by runbook_url first, else by its name.
    static std::optional<LibraryMatch> forAlert(const QList<LibraryEntry> &entries, const QString &alertName, const QString &runbookUrl);

Q_SIGNALS:
    void indexed(int files, qint64 elapsedMs);

private:
    void watch();
    QStringList m_folders;
    LibraryIndex m_index;
    bool m_indexing = false;
    bool m_again = false;
    QFileSystemWatcher *m_watcher;
    QTimer m_debounce;
    std::shared_ptr<bool> m_alive;
};
