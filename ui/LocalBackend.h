#pragma once
// LocalBackend: the loopback backend a profile marked `demo: true` talks to,
// as the window sees it — its data read (made when missing) on a worker,
// served on a free loopback port, made again on Reset, and its log file made
// on first start. The executable provides one (runbook-assistant installs the
// demo's, app/gui/GuiDemo); ui/ knows nothing of what is behind it. Without
// one, such a profile says there is no local backend in this program.
#include "base/Result.h"

#include <QString>
#include <memory>

class LocalBackend
{
public:
    // The backend's data as read, waiting to be served.
    struct Data
    {
        virtual ~Data() = default;
    };
    virtual ~LocalBackend() = default;

    // On a worker thread: read the data, made first when it is missing
    // (`fresh`: made again whatever is there).
    virtual Result<std::shared_ptr<Data>> prepare(bool fresh) const = 0;
    // On the GUI thread: serve it (starting on a free loopback port if not running).
    virtual Status serve(std::shared_ptr<Data> data) = 0;
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    virtual QString url() const = 0;
    // The log file it writes (what a profile without a log source of its own reads).
    virtual QString logPath() const = 0;
    // On a worker thread: that log file alone (first start).
    virtual Status makeLogs() const = 0;

    // The one this program installed (null: none).
    static LocalBackend *installed();
    static void install(std::unique_ptr<LocalBackend> backend);
};
