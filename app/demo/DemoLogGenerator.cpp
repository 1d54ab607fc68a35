#include "DemoLogGenerator.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

namespace {

// splitmix64: small, fast and the same everywhere (std distributions are not).
struct Rng
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    quint64 below(quint64 n) { return n ? next() % n : 0; }
    double unit() { return double(next() >> 11) / double(1ULL << 53); }
    // Events in a slot for a mean rate: Bernoulli pieces, cheap and deterministic.
    int count(double mean)
    {
        int n = int(mean);
        if (unit() < mean - n)
            ++n;
        return n;
    }
};

struct Line
{
    qint64 ms;
    QByteArray text;
};

const char *const kPaths[] = {"/", "/api/tips", "/api/profile", "/api/social-links", "/api/upload", "/api/username/sync",
                              "/u/alice", "/u/bob", "/api/feed", "/settings", "/api/notifications", "/_next/data/page.json"};
const char *const kMethods[] = {"GET", "GET", "GET", "POST", "GET", "PUT"};

class Writer
{
public:
    Writer(Rng &rng) : m_rng(rng) {}
    QByteArray request(qint64 ms, const char *method, const char *path, int status, int durationMs, const char *level = "info")
    {
        char buf[512];
        const int n = std::snprintf(buf, sizeof buf,
                                    "{\"timestamp\":%013lld,\"level\":\"%s\",\"source\":\"lambda\",\"message\":\"%s %s %d\","
                                    "\"path\":\"%s\",\"method\":\"%s\",\"statusCode\":%d,\"durationMs\":%d,\"requestId\":\"%s\","
                                    "\"host\":\"tipjar.example.com\",\"service\":\"web\",\"deploymentId\":\"dpl_7Hq2\"}\n",
                                    (long long)ms, level, method, path, status, path, method, status, durationMs, rid());
        return QByteArray(buf, n);
    }
    QByteArray app(qint64 ms, const char *level, const QByteArray &message, const char *path, const char *extra = "")
    {
        QByteArray escaped = message;
        escaped.replace("\\", "\\\\").replace("\"", "\\\"");
        char head[256];
        const int n = std::snprintf(head, sizeof head, "{\"timestamp\":%013lld,\"level\":\"%s\",\"source\":\"lambda\",\"message\":\"",
                                    (long long)ms, level);
        QByteArray out(head, n);
        out += escaped;
        char tail[384];
        const int t = std::snprintf(tail, sizeof tail,
                                    "\",\"path\":\"%s\",\"requestId\":\"%s\",\"host\":\"tipjar.example.com\",\"service\":\"web\"%s}\n",
                                    path, rid(), extra);
        out.append(tail, t);
        return out;
    }

private:
    const char *rid()
    {
        std::snprintf(m_rid, sizeof m_rid, "req_%012llx", (unsigned long long)(m_rng.next() & 0xffffffffffffULL));
        return m_rid;
    }
    Rng &m_rng;
    char m_rid[32];
};

} // namespace

Result<DemoLogSummary> DemoLogGenerator::write(const QString &dir, const DemoLogOptions &o, const std::function<bool(qint64)> &progress)
{
    using R = Result<DemoLogSummary>;
    if (o.days < 1 || o.days > 90)
        return R::failure(QStringLiteral("--days must be between 1 and 90"));
    const QString logDir = QDir(dir).filePath(QStringLiteral("logs"));
    if (!QDir().mkpath(logDir))
        return R::failure(QStringLiteral("cannot create %1").arg(logDir));
    DemoLogSummary sum;
    sum.path = QDir(logDir).filePath(QStringLiteral("app.ndjson"));
    QSaveFile file(sum.path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(QStringLiteral("cannot write %1: %2").arg(sum.path, file.errorString()));

    const QDateTime endTime = o.end.isValid() ? o.end.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 endMs = endTime.toMSecsSinceEpoch();
    const qint64 minuteMs = 60'000;
    const qint64 minutes = qint64(o.days) * 24 * 60;
    const qint64 startMs = endMs - minutes * minuteMs;
    // Background requests per minute: ~6 by default, or what reaches --size (~266 bytes a line).
    const double bgPerMinute = o.sizeBytes > 0 ? std::max(1.0, double(o.sizeBytes) / 266.0 / double(minutes)) : 6.0;

    Rng rng{o.seed * 0x2545F4914F6CDD1DULL + 1};
    Writer w(rng);
    std::vector<Line> slot;
    QByteArray out;
    out.reserve(1 << 20);

    const qint64 incidentStart = endMs - 3 * 3600'000;
    const qint64 lastHour = endMs - 3600'000;
    const qint64 lastDay = endMs - 24 * 3600'000;
    // The most recent 05:00 UTC cleanup run (the cron schedule "0 5 * * *") before the end.
    qint64 lastCleanupMs = (endMs / 86'400'000) * 86'400'000 + 5 * 3600'000;
    if (lastCleanupMs > endMs - 60'000)
        lastCleanupMs -= 86'400'000;

    // Planted incident events at fixed, spread-out times inside their windows.
    auto spread = [&](qint64 from, qint64 to, int n, std::vector<qint64> &times) {
        for (int k = 0; k < n; ++k)
            times.push_back(from + (to - from) * (2 * k + 1) / (2 * n) + qint64(rng.below(997)));
    };
    std::vector<std::pair<qint64, int>> planted; // (time, kind)
    enum Planted { UploadFail, CleanupBlobFail, TipRecorded, TipDuplicate, Race, IdemConflict, Clerk500, UploadError };
    for (auto [kind, from, n] : {std::tuple{UploadFail, incidentStart, Incident::uploadCleanupFailures},
                                 std::tuple{CleanupBlobFail, incidentStart, Incident::cleanupBlobFailures},
                                 std::tuple{TipRecorded, lastHour, Incident::tipsRecordedLastHour},
                                 std::tuple{TipDuplicate, lastHour, Incident::tipDuplicatesLastHour},
                                 std::tuple{Race, lastDay, Incident::raceConditionsLastDay},
                                 std::tuple{IdemConflict, lastHour, Incident::idempotencyConflictsLastHour},
                                 std::tuple{Clerk500, lastHour, Incident::clerk500sLastHour},
                                 std::tuple{UploadError, lastDay, Incident::uploadErrorsLastDay}}) {
        std::vector<qint64> times;
        spread(from + 1000, endMs - 1000, n, times);
        for (qint64 t : times)
            planted.push_back({t, kind});
    }
    std::sort(planted.begin(), planted.end());
    size_t nextPlanted = 0;
    int tipSeq = 0;

    for (qint64 m = 0; m < minutes; ++m) {
        const qint64 t0 = startMs + m * minuteMs;
        slot.clear();
        auto at = [&]() { return t0 + qint64(rng.below(minuteMs)); };
        const bool inIncident = t0 >= incidentStart;
        // Background traffic.
        const int bg = rng.count(bgPerMinute);
        for (int k = 0; k < bg; ++k) {
            const char *path = kPaths[rng.below(std::size(kPaths))];
            const int r = int(rng.below(1000));
            const int status = r < 960 ? 200 : r < 985 ? 304 : r < 995 ? 404 : 500;
            slot.push_back({at(), w.request(0, kMethods[rng.below(std::size(kMethods))], path, status, 20 + int(rng.below(400)),
                                            status >= 500 ? "error" : "info")});
        }
        // Baseline runbook lines outside the incident (rates per minute).
        if (!inIncident) {
            if (rng.count(40.0 / 1440))
                slot.push_back({at(), w.app(0, "info", "[upload] Cleaned up previous avatar blobs", "/api/upload")});
            if (rng.count(2.0 / 1440))
                slot.push_back({at(), w.app(0, "warning", "[upload] Failed to clean up previous avatar blobs", "/api/upload")});
            if (t0 < lastHour) {
                if (rng.count(5.0 / 60)) {
                    const QByteArray msg = "[capture-tip] Tip recorded successfully { event_type: 'tip_recorded', tipId: 'tip_" +
                                           QByteArray::number(++tipSeq) + "' }";
                    slot.push_back({at(), w.app(0, "info", msg, "/api/stripe/webhook", ",\"event_type\":\"tip_recorded\"")});
                }
                if (rng.count(0.5 / 60)) {
                    const QByteArray msg = "[capture-tip] Idempotent duplicate webhook received { event_type: 'tip_webhook_duplicate' }";
                    slot.push_back({at(), w.app(0, "info", msg, "/api/stripe/webhook", ",\"event_type\":\"tip_webhook_duplicate\"")});
                }
            }
            if (t0 < lastDay && rng.count(3.0 / 1440))
                slot.push_back({at(), w.app(0, "warning", "[username/sync] Race condition detected - handle claimed by another user",
                                            "/api/username/sync")});
            if (t0 < lastHour && rng.count(0.5 / 60))
                slot.push_back({at(), w.app(0, "warning", "[social-links] Idempotency key conflict detected", "/api/social-links")});
            if (rng.count(0.1 / 60))
                slot.push_back({at(), w.app(0, "error", "[social-links] Failed to store idempotency key", "/api/social-links")});
            if (t0 < lastHour && rng.count(0.2 / 60)) {
                const qint64 t = at();
                slot.push_back({t, w.app(0, "error", "Failed to process user.created event", "/api/clerk/webhook")});
                slot.push_back({t + 3, w.request(0, "POST", "/api/clerk/webhook", 500, 180, "error")});
            }
            if (rng.count(0.05 / 60))
                slot.push_back({at(), w.app(0, "error", "Failed to sync username from Clerk", "/api/clerk/webhook")});
        }
        // Planted incident lines that fall in this minute.
        while (nextPlanted < planted.size() && planted[nextPlanted].first < t0 + minuteMs) {
            const auto [t, kind] = planted[nextPlanted++];
            switch (kind) {
            case UploadFail: slot.push_back({t, w.app(0, "warning", "[upload] Failed to clean up previous avatar blobs", "/api/upload")}); break;
            case UploadError: slot.push_back({t, w.request(0, "POST", "/api/upload", 500, 310, "error")}); break;
            case CleanupBlobFail:
                slot.push_back({t, w.app(0, "error", "[cleanup-photos] Blob deletion failed", "/api/cron/cleanup-photos")});
                break;
            case TipRecorded: {
                const QByteArray msg = "[capture-tip] Tip recorded successfully { event_type: 'tip_recorded', tipId: 'tip_" +
                                       QByteArray::number(++tipSeq) + "' }";
                slot.push_back({t, w.app(0, "info", msg, "/api/stripe/webhook", ",\"event_type\":\"tip_recorded\"")});
                break;
            }
            case TipDuplicate: {
                const QByteArray msg = "[capture-tip] Idempotent duplicate webhook received { event_type: 'tip_webhook_duplicate' }";
                slot.push_back({t, w.app(0, "info", msg, "/api/stripe/webhook", ",\"event_type\":\"tip_webhook_duplicate\"")});
                break;
            }
            case Race:
                slot.push_back({t, w.app(0, "warning", "[username/sync] Race condition detected - handle claimed by another user",
                                         "/api/username/sync")});
                break;
            case IdemConflict:
                slot.push_back({t, w.app(0, "warning", "[social-links] Idempotency key conflict detected", "/api/social-links")});
                break;
            case Clerk500:
                slot.push_back({t, w.app(0, "error", "Failed to process user.created event", "/api/clerk/webhook")});
                slot.push_back({t + 2, w.request(0, "POST", "/api/clerk/webhook", 500, 240, "error")});
                break;
            }
        }
        // Crons: cleanup-photos daily at 05:00, idempotency keys hourly, billing daily at 02:00.
        const qint64 minuteOfDay = (t0 / minuteMs) % 1440;
        if (minuteOfDay == 5 * 60) {
            const bool last = t0 / minuteMs == lastCleanupMs / minuteMs; // --end need not fall on a minute
            const int orphans = last ? Incident::orphansLastCleanup : 3 + int(rng.below(18));
            const qint64 t = t0 + 1200;
            slot.push_back({t, w.app(0, "info", "[cleanup-photos] Deleted " + QByteArray::number(orphans) + " orphaned records",
                                     "/api/cron/cleanup-photos")});
            slot.push_back({t + 850, w.request(0, "GET", "/api/cron/cleanup-photos", 200, 850 + int(rng.below(900)))});
        }
        if (minuteOfDay % 60 == 0) {
            const qint64 t = t0 + 400;
            slot.push_back({t, w.app(0, "info", "[cleanup-idempotency-keys] Deleted " + QByteArray::number(int(rng.below(40))) +
                                                    " expired keys", "/api/cron/cleanup-idempotency-keys")});
            slot.push_back({t + 120, w.request(0, "GET", "/api/cron/cleanup-idempotency-keys", 200, 100 + int(rng.below(200)))});
        }
        if (minuteOfDay == 2 * 60) {
            slot.push_back({t0 + 30'000, w.app(0, "info", "[billing-reconciliation] Completed", "/api/cron/billing-reconciliation")});
            slot.push_back({t0 + 30'200, w.request(0, "GET", "/api/cron/billing-reconciliation", 200, 4000 + int(rng.below(3000)))});
        }
        std::stable_sort(slot.begin(), slot.end(), [](const Line &a, const Line &b) { return a.ms < b.ms; });
        for (Line &l : slot) {
            const qint64 ms = std::min(l.ms, endMs);
            // Lines are written with a 13-digit zero timestamp; the real one (13 digits
            // for any date from 2001 to 2286) goes in place once the slot is sorted.
            char digits[16];
            std::snprintf(digits, sizeof digits, "%013lld", (long long)ms);
            std::memcpy(l.text.data() + 13, digits, 13);
            out += l.text;
            ++sum.lines;
            if (sum.firstMs == 0)
                sum.firstMs = ms;
            sum.lastMs = ms;
        }
        if (out.size() > (1 << 20) - 4096 || m + 1 == minutes) {
            if (file.write(out) != out.size())
                return R::failure(QStringLiteral("cannot write %1: %2").arg(sum.path, file.errorString()));
            sum.bytes += out.size();
            out.clear();
            if (progress && !progress(sum.bytes)) {
                file.cancelWriting();
                return R::failure(QStringLiteral("cancelled"));
            }
        }
    }
    // The last line is at --end exactly.
    QByteArray last = w.request(0, "GET", "/api/health", 200, 3);
    char digits[16];
    std::snprintf(digits, sizeof digits, "%013lld", (long long)endMs);
    std::memcpy(last.data() + 13, digits, 13);
    if (file.write(last) != last.size())
        return R::failure(QStringLiteral("cannot write %1: %2").arg(sum.path, file.errorString()));
    sum.bytes += last.size();
    ++sum.lines;
    sum.lastMs = endMs;
    if (!file.commit())
        return R::failure(QStringLiteral("cannot write %1: %2").arg(sum.path, file.errorString()));
    return sum;
}
