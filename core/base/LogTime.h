#pragma once
// LogTime: the times of log lines and of command-line windows, parsed without
// allocation; used wherever a time is read (logs, wiring, metrics).
#include <QString>
#include <QStringView>
#include <optional>

namespace LogTime {
// Parses ISO-8601 ("2026-11-28T10:00:00.123Z", "+01:00" offsets, space instead of
// T) or epoch milliseconds/seconds given as digits. No allocation.
std::optional<qint64> parse(const char *text, qsizetype size);
std::optional<qint64> parse(QStringView text);
QString toIso(qint64 ms);
// "now", "now-24h", "now-90m", "now-7d" or an absolute time (ISO-8601 / epoch).
std::optional<qint64> parseRelative(const QString &text, qint64 nowMs);
// "30s", "15m", "1h", "1d", "1w" → milliseconds.
std::optional<qint64> parseDuration(const QString &text);
} // namespace LogTime
