#include "library/RunbookLibrary.h"

#include "base/AsyncTask.h"
#include "runbook/RunbookParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSemaphore>
#include <QThreadPool>
#include <QUrl>
#include <atomic>

namespace {
// GitHub's anchor of a heading: lower case, punctuation dropped, spaces as '-'.
QString slug(const QString &title)
{
    QString out;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out.append(c);
        else if (c.isSpace())
            out.append(QLatin1Char('-'));
    }
    return out;
}

// A path as a runbook_url ends in it: lower case, no ".md", no index/README page, no empty segments.
QStringList pathSegments(const QString &path)
{
    QStringList segs;
    for (const QString &s : path.toLower().split(QLatin1Char('/'), Qt::SkipEmptyParts))
        segs.append(s);
    if (!segs.isEmpty()) {
        QString &last = segs.last();
        for (const char *ext : {".markdown", ".md", ".html", ".htm"})
            if (last.endsWith(QLatin1String(ext))) {
                last.chop(int(qstrlen(ext)));
                break;
            }
        if (last == QLatin1String("index") || last == QLatin1String("readme") || last == QLatin1String("_index"))
            segs.removeLast();
    }
    return segs;
}

bool isMarkdown(const QString &name)
{
    return name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) || name.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive);
}
} // namespace

QJsonObject LibraryEntry::toJson() const
{
    QJsonObject sectionsOf;
    for (auto it = alertSection.cbegin(); it != alertSection.cend(); ++it)
        sectionsOf.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("relative_path"), relativePath},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("alerts"), QJsonArray::fromStringList(alerts)},
                  {QStringLiteral("alert_sections"), sectionsOf},
                  {QStringLiteral("sections"), QJsonArray::fromStringList(sections)},
                  {QStringLiteral("steps"), steps}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

LibraryEntry RunbookLibrary::indexFile(const QString &folder, const QString &path)
{
    LibraryEntry e;
    const QFileInfo fi(path);
    e.path = fi.absoluteFilePath();
    e.folder = QDir(folder).absolutePath();
    e.relativePath = QDir(e.folder).relativeFilePath(e.path);
    e.modifiedMs = fi.lastModified().toMSecsSinceEpoch();
    const auto parsed = RunbookParser::parseFile(e.path);
    if (!parsed) {
        e.error = parsed.error();
        e.title = fi.completeBaseName();
        return e;
    }
    const Runbook &rb = parsed.value();
    e.title = rb.title.isEmpty() ? fi.completeBaseName() : rb.title;
    QStringList text{e.title};
    if (!rb.alert.isEmpty()) {
        e.alerts.append(rb.alert);
        e.alertSection.insert(rb.alert.toLower(), QString());
    }
    for (const Section &s : rb.sections) {
        e.sections.append(s.displayTitle());
        e.sectionIds.append(s.id);
        text.append(s.title);
        if (!s.alert.isEmpty() && !e.alertSection.contains(s.alert.toLower())) {
            e.alerts.append(s.alert);
            e.alertSection.insert(s.alert.toLower(), s.id);
        }
        for (const Step &st : s.steps)
            text.append(st.plainText);
        e.steps += int(s.steps.size());
    }
    e.searchText = text.join(QLatin1Char('\n')).toLower();
    return e;
}

LibraryIndex RunbookLibrary::build(const QStringList &folders, int threads)
{
    QElapsedTimer t;
    t.start();
    LibraryIndex out;
    QList<std::pair<QString, QString>> files; // folder, path
    for (const QString &folder : folders) {
        const QFileInfo fi(folder);
        if (!fi.isDir()) {
            out.errors.append(tr("%1: not a folder that can be read").arg(folder));
            continue;
        }
        // Hidden folders (.git) and symbolic links out of the folder are not followed.
        QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (isMarkdown(path) && !path.contains(QLatin1String("/.")))
                files.append({folder, path});
        }
    }
    std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    QList<LibraryEntry> entries(files.size());
    const int n = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype i = next++; i < files.size(); i = next++)
            entries[i] = indexFile(files[i].first, files[i].second);
    };
    QThreadPool pool;
    pool.setMaxThreadCount(n);
    for (int i = 1; i < n; ++i)
        pool.start(work);
    work();
    pool.waitForDone();
    out.entries = entries;
    out.elapsedMs = t.elapsed();
    return out;
}

RunbookLibrary::RunbookLibrary(QObject *parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_alive(std::make_shared<bool>(true))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &RunbookLibrary::reindex);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
}

RunbookLibrary::~RunbookLibrary()
{
    *m_alive = false;
}

void RunbookLibrary::setFolders(const QStringList &folders)
{
    m_folders = folders;
    reindex();
}

void RunbookLibrary::reindex()
{
    if (m_indexing) {
        m_again = true;
        return;
    }
    m_indexing = true;
    runAsync(this, [folders = m_folders] { return build(folders); }, [this](const LibraryIndex &index) {
        m_indexing = false;
        m_index = index;
        watch();
        Q_EMIT indexed(int(m_index.entries.size()), m_index.elapsedMs);
        if (m_again) {
            m_again = false;
            reindex();
        }
    });
}

void RunbookLibrary::watch()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    QStringList dirs, files;
    for (const QString &folder : std::as_const(m_folders)) {
        if (!QFileInfo(folder).isDir())
            continue;
        dirs.append(folder);
        QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString d = it.next();
            if (!d.contains(QLatin1String("/.")))
                dirs.append(d);
        }
    }
    for (const LibraryEntry &e : std::as_const(m_index.entries))
        files.append(e.path);
    if (!dirs.isEmpty())
        m_watcher->addPaths(dirs);
    if (!files.isEmpty())
        m_watcher->addPaths(files);
}

QList<LibraryMatch> RunbookLibrary::findAlert(const QList<LibraryEntry> &entries, const QString &alertName)
{
    QList<LibraryMatch> out;
    const QString key = alertName.trimmed().toLower();
    if (key.isEmpty())
        return out;
    for (const LibraryEntry &e : entries) {
        if (const auto it = e.alertSection.constFind(key); it != e.alertSection.cend()) {
            out.append({e, *it, tr("alert %1").arg(alertName), it->isEmpty() ? 100 : 90});
        } else if (QFileInfo(e.path).completeBaseName().toLower() == key) {
            out.append({e, {}, tr("file name %1").arg(QFileInfo(e.path).fileName()), 80});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const LibraryMatch &a, const LibraryMatch &b) { return a.score > b.score; });
    return out;
}

QList<LibraryMatch> RunbookLibrary::findUrl(const QList<LibraryEntry> &entries, const QString &runbookUrl)
{
    QList<LibraryMatch> out;
    const QUrl url(runbookUrl.trimmed());
    const QStringList want = pathSegments(url.isValid() && !url.scheme().isEmpty() ? url.path() : runbookUrl.section(QLatin1Char('#'), 0, 0));
    const QString anchor = url.fragment().toLower();
    if (want.isEmpty())
        return out;
    for (const LibraryEntry &e : entries) {
        const QStringList have = pathSegments(e.relativePath);
        int same = 0;
        while (same < have.size() && same < want.size() && have.at(have.size() - 1 - same) == want.at(want.size() - 1 - same))
            ++same;
        QString section;
        int score = 0;
        QString why;
        if (same > 0) {
            score = 50 + same * 10;
            why = tr("runbook_url path %1").arg(have.mid(have.size() - same).join(QLatin1Char('/')));
        } else if (const auto it = e.alertSection.constFind(want.last()); it != e.alertSection.cend()) {
            // …/runbooks/node/nodeclocknotsynchronising: an alert of a file of several.
            score = 40;
            section = *it;
            why = tr("runbook_url names alert %1").arg(want.last());
        }
        if (score == 0)
            continue;
        if (!anchor.isEmpty()) {
            if (const auto it = e.alertSection.constFind(anchor); it != e.alertSection.cend())
                section = *it;
            else
                for (qsizetype i = 0; i < e.sections.size(); ++i)
                    if (const QString s = slug(e.sections.at(i)); s == anchor || s.endsWith(QLatin1Char('-') + anchor)) {
                        section = e.sectionIds.value(i);
                        break;
                    }
        }
        out.append({e, section, why, score});
    }
    std::stable_sort(out.begin(), out.end(), [](const LibraryMatch &a, const LibraryMatch &b) { return a.score > b.score; });
    return out;
}

QList<LibraryMatch> RunbookLibrary::search(const QList<LibraryEntry> &entries, const QString &text)
{
    QList<LibraryMatch> out;
    const QStringList words = text.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return out;
    for (const LibraryEntry &e : entries) {
        const QString title = e.title.toLower();
        int score = 0;
        bool all = true;
        for (const QString &w : words) {
            if (!e.searchText.contains(w) && !e.relativePath.toLower().contains(w)) {
                all = false;
                break;
            }
            score += title.contains(w) ? 3 : 1;
        }
        if (!all)
            continue;
        for (const QString &a : e.alerts)
            if (a.toLower() == text.trimmed().toLower())
                score += 10;
        out.append({e, {}, title.contains(words.first()) ? tr("title") : tr("text"), score});
    }
    std::stable_sort(out.begin(), out.end(), [](const LibraryMatch &a, const LibraryMatch &b) {
        return a.score != b.score ? a.score > b.score : a.entry.relativePath < b.entry.relativePath;
    });
    return out;
}

std::optional<LibraryMatch> RunbookLibrary::forAlert(const QList<LibraryEntry> &entries, const QString &alertName, const QString &runbookUrl)
{
    if (!runbookUrl.isEmpty()) {
        const auto byUrl = findUrl(entries, runbookUrl);
        if (!byUrl.isEmpty()) {
            LibraryMatch m = byUrl.first();
            if (m.sectionId.isEmpty())
                m.sectionId = m.entry.alertSection.value(alertName.toLower());
            return m;
        }
    }
    const auto byName = findAlert(entries, alertName);
    if (!byName.isEmpty())
        return byName.first();
    return std::nullopt;
}
