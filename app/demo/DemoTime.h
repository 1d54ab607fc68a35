#pragma once
// DemoTime: how the demo's fakes read times and durations, written apart from
// the product's LogTime on purpose — a fake that parsed with the code under
// test would agree with its bugs. Qt's QDateTime reads ISO-8601 here.
#include <QString>
#include <optional>

namespace DemoTime {
// ISO-8601 (what Qt's QDateTime reads) or epoch milliseconds as digits.
std::optional<qint64> parse(const QString &text);
// Datadog's date math: "now", "now-15m", "now-1h", else parse().
std::optional<qint64> parseDateMath(const QString &text, qint64 nowMs);
// Prometheus/Loki durations: "90s", "5m", "1h30m", "7d", "1w".
std::optional<qint64> parseDuration(const QString &text);
QString iso(qint64 ms);
} // namespace DemoTime
