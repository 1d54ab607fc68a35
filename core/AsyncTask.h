#pragma once
// runAsync: run `work` on the global thread pool and get a QFuture for its
// result. Continue on a receiver with `.then(receiver, callback)`: Qt runs the
// callback in the receiver's thread and drops it if the receiver died
// (KeePassXC's AsyncTask idea, with QtCore's QPromise/QFuture only).
#include <QFuture>
#include <QPromise>
#include <QThreadPool>
#include <memory>
#include <type_traits>

template <typename Work>
auto runAsync(Work work) -> QFuture<std::invoke_result_t<Work>>
{
    using T = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}
