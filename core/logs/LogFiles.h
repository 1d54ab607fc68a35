#pragma once
// LogFiles: the files a log path stands for — one file, or every readable
// file of a folder of rotated logs — and whether a file is gzip.
#include <QString>
#include <QStringList>

namespace LogFiles {
// Absolute paths; `error` says why there are none.
QStringList list(const QString &path, QString &error);
bool isGzip(const QString &file);
} // namespace LogFiles
