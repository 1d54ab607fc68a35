#pragma once
// DemoLogGenerator: deterministic NDJSON logs of the flagship web app, in the
// shape of Vercel log drains — background traffic, every line the runbook
// names, and an incident in the last hours that pushes several of its alert
// thresholds over warning and critical. Same seed and end: same bytes.
#include "base/Result.h"

#include <QDateTime>
#include <functional>

struct DemoLogOptions
{
    quint64 seed = 42;
    int days = 7;
    QDateTime end;        // time of the last line; invalid: now
    qint64 sizeBytes = 0; // grow background traffic to about this many bytes (0: default volume)
};

struct DemoLogSummary
{
    QString path;
    qint64 lines = 0;
    qint64 bytes = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
};

class DemoLogGenerator
{
public:
    // Writes DIR/logs/app.ndjson. `progress` gets bytes written so far (may be empty).
    static Result<DemoLogSummary> write(const QString &dir, const DemoLogOptions &options,
                                        const std::function<bool(qint64)> &progress = {});
    // The fixed incident volumes the generator plants (tests check counts against these).
    struct Incident
    {
        static constexpr int uploadCleanupFailures = 45;   // last 3 h
        static constexpr int cleanupBlobFailures = 12;     // last 3 h
        static constexpr int tipsRecordedLastHour = 10;
        static constexpr int tipDuplicatesLastHour = 16;   // 61.5 %: critical
        static constexpr int raceConditionsLastDay = 14;   // > 10: warning
        static constexpr int idempotencyConflictsLastHour = 8; // > 5: warning
        static constexpr int clerk500sLastHour = 24;       // > 20: critical
        static constexpr int orphansLastCleanup = 120;     // > 50: warning
        static constexpr int uploadErrorsLastDay = 6;      // failed uploads (HTTP 500 on /api/upload), last 24 h
    };
};
