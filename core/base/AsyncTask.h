#pragma once
// runAsync: run `work` on the global thread pool, then `callback(result)` in
// `context`'s thread — dropped if `context` died meanwhile (KeePassXC's
// AsyncTask idea, with QtCore's QPromise and QFutureWatcher only). The
// watcher is connected before the work starts, so a result that is ready at
// once is never missed.
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <memory>
#include <type_traits>

template <typename Work, typename Callback>
void runAsync(QObject *context, Work work, Callback callback)
{
    using T = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(context); // dies with the context, and the callback with it
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, callback = std::move(callback)]() mutable {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            callback(watcher->future().result());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
}
