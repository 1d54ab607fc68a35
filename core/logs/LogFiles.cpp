// What a log path holds (a file or a folder of rotated files), and how one
// line of it reads (NDJSON or plain text with a leading timestamp).
#include "logs/LogFiles.h"

#include "logs/LogScanEngine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace LogFiles {

QStringList list(const QString &path, QString &error)
{
    const QFileInfo fi(path);
    if (!fi.exists()) {
        error = LogScanEngine::tr("%1: no such file or directory").arg(path);
        return {};
    }
    if (fi.isFile())
        return {fi.absoluteFilePath()};
    QStringList out;
    // Rotated files: app.log.3.gz, app.log.2, app.log.1, app.log — any order works for counting.
    for (const QFileInfo &f : QDir(path).entryInfoList(QDir::Files | QDir::Readable, QDir::Name))
        out.append(f.absoluteFilePath());
    if (out.isEmpty())
        error = LogScanEngine::tr("%1: no log files in this directory").arg(path);
    return out;
}

bool isGzip(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = f.read(2);
    return magic.size() == 2 && uchar(magic[0]) == 0x1f && uchar(magic[1]) == 0x8b;
}

} // namespace LogFiles

bool LogScanEngine::parseLine(const char *p, qsizetype n, const LogFileFormat &format, LogEvent &e, QString &why)
{
    while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == ' '))
        --n;
    qsizetype k = 0;
    while (k < n && (p[k] == ' ' || p[k] == '\t'))
        ++k;
    if (k < n && p[k] == '{') {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(p + k, n - k), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            why = tr("malformed JSON (%1 at column %2)").arg(err.errorString()).arg(err.offset + 1);
            return false;
        }
        const QJsonObject o = doc.object();
        const QJsonValue t = o.value(format.timeField);
        std::optional<qint64> ms;
        if (t.isDouble())
            ms = qint64(t.toDouble()) > 100'000'000'000LL ? qint64(t.toDouble()) : qint64(t.toDouble() * 1000);
        else if (t.isString())
            ms = LogTime::parse(QStringView(t.toString()));
        if (!ms) {
            why = tr("no readable \"%1\" field").arg(format.timeField);
            return false;
        }
        e.timestampMs = *ms;
        e.message = o.value(format.messageField).toString();
        e.level = o.value(QStringLiteral("level")).toString(o.value(QStringLiteral("status")).toString());
        e.service = o.value(QStringLiteral("service")).toString();
        e.host = o.value(QStringLiteral("host")).toString();
        e.source = o.value(QStringLiteral("source")).toString();
        e.tags.clear();
        for (const QJsonValue &tag : o.value(QStringLiteral("tags")).toArray())
            e.tags.append(tag.toString());
        e.attributes = o;
        return true;
    }
    // Plain text: "<timestamp> [LEVEL] message", timestamp as ISO-8601 (T or space) or epoch.
    qsizetype tsEnd = k;
    while (tsEnd < n && p[tsEnd] != ' ')
        ++tsEnd;
    std::optional<qint64> ms;
    if (tsEnd - k == 10 && tsEnd < n) { // "2026-11-28 10:00:00.123Z": a date, then its time
        qsizetype second = tsEnd + 1;
        while (second < n && p[second] != ' ')
            ++second;
        ms = LogTime::parse(p + k, second - k);
        if (ms)
            tsEnd = second;
    }
    if (!ms)
        ms = LogTime::parse(p + k, tsEnd - k);
    if (!ms) {
        why = tr("no timestamp at the start of the line");
        return false;
    }
    e.timestampMs = *ms;
    qsizetype m = tsEnd;
    while (m < n && p[m] == ' ')
        ++m;
    e.level.clear();
    // An optional level: "[ERROR]", "ERROR", "error:".
    qsizetype w = m;
    while (w < n && p[w] != ' ')
        ++w;
    QByteArray word = QByteArray(p + m, w - m).toLower();
    word.replace('[', "").replace(']', "").replace(':', "");
    static const QList<QByteArray> levels = {"trace", "debug", "info", "notice", "warn", "warning", "error", "fatal", "critical"};
    if (levels.contains(word)) {
        e.level = QString::fromLatin1(word);
        m = w;
        while (m < n && p[m] == ' ')
            ++m;
    }
    e.message = QString::fromUtf8(p + m, n - m);
    e.service.clear();
    e.host.clear();
    e.source.clear();
    e.tags.clear();
    e.attributes = {};
    return true;
}
