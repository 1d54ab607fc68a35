#include "FaultInjector.h"

#include <QHttpServerRequest>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

FaultInjector::FaultInjector() : m_slowPool(std::make_unique<QThreadPool>())
{
    m_slowPool->setMaxThreadCount(64); // slow replies overlap as they would at a real server
}

FaultInjector::~FaultInjector()
{
    // Slow replies still sleeping finish before the server goes.
    m_slowPool->waitForDone();
}

// Every answer goes out through here: at once, or — an injected slow reply —
// after a delay spent on a thread of the backend's own pool, so the server
// keeps serving others meanwhile (the answer itself is made here, on the
// server's thread).
QFuture<QHttpServerResponse> FaultInjector::deliver(QHttpServerResponse &&response)
{
    const int delay = std::exchange(m_delayNext, 0);
    if (delay <= 0)
        return QtFuture::makeReadyFuture(std::move(response));
    m_maxDelayedInFlight = std::max(m_maxDelayedInFlight, int(++m_delayedInFlight));
    auto held = std::make_shared<QHttpServerResponse>(std::move(response));
    return QtConcurrent::run(m_slowPool.get(), [held, delay, inFlight = &m_delayedInFlight] {
        QThread::msleep(ulong(delay));
        --*inFlight;
        return std::move(*held);
    });
}

void FaultInjector::inject(const QString &pathPrefix, DemoFault fault)
{
    for (int k = 0; k < fault.times; ++k)
        m_faults[pathPrefix].push_back(fault);
}

int FaultInjector::requestCount(const QString &pathPrefix) const
{
    int n = 0;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it)
        if (it.key().startsWith(pathPrefix))
            n += it.value();
    return n;
}

std::optional<QHttpServerResponse> FaultInjector::check(const QHttpServerRequest &req)
{
    const QString path = req.url().path();
    ++m_counts[path];
    // apis.md: the POSTs that change something carry an Idempotency-Key.
    if (req.method() == QHttpServerRequest::Method::Post && (path.startsWith(QStringLiteral("/api/v1/")) || path == QStringLiteral("/api/blob/delete"))
        && req.value("Idempotency-Key").isEmpty())
        m_postsWithoutKey.append(path);
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!path.startsWith(it.key()) || it->empty())
            continue;
        const DemoFault f = it->front();
        it->erase(it->begin());
        if (f.delayMs > 0) { // a slow reply: the normal answer, late
            m_delayNext = f.delayMs;
            return std::nullopt;
        }
        std::optional<QHttpServerResponse> out(std::in_place, QByteArrayLiteral("application/json"), f.body,
                                               QHttpServerResponse::StatusCode(f.status));
        for (const auto &[k, v] : f.headers)
            out->addHeader(k, v);
        return out;
    }
    return std::nullopt;
}
