#pragma once
// FaultInjector: what every fake service of the demo backend answers through.
// It counts requests per path, notes POSTs that change something without an
// Idempotency-Key (apis.md), and answers the next requests under a path with
// an injected fault — a status with its body and headers, or the normal
// answer late (a slow reply, slept on its own pool so the server keeps serving).
#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QHttpServerResponse>
#include <QList>
#include <QStringList>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QHttpServerRequest;
class QThreadPool;

struct DemoFault
{
    int status = 500;
    int times = 1;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0; // > 0: a slow reply — the normal answer after this long
};

class FaultInjector
{
public:
    FaultInjector();
    ~FaultInjector();

    // The next `fault.times` requests whose path starts with `pathPrefix` get this answer.
    void inject(const QString &pathPrefix, DemoFault fault);
    // Counts the request; an injected answer for it, if any (a slow reply: none, the next deliver() waits).
    std::optional<QHttpServerResponse> check(const QHttpServerRequest &req);
    // Every answer goes out through here.
    QFuture<QHttpServerResponse> deliver(QHttpServerResponse &&response);

    int requestCount(const QString &pathPrefix) const;
    int maxDelayedInFlight() const { return m_maxDelayedInFlight; }
    QStringList postsWithoutIdempotencyKey() const { return m_postsWithoutKey; }

private:
    QHash<QString, std::vector<DemoFault>> m_faults;
    QHash<QString, int> m_counts;
    int m_delayNext = 0;
    std::atomic<int> m_delayedInFlight = 0;
    std::unique_ptr<QThreadPool> m_slowPool;
    int m_maxDelayedInFlight = 0;
    QStringList m_postsWithoutKey;
};
