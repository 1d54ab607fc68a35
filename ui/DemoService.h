#pragma once
// DemoService: the demo backend as the window sees it — its data read (made
// when missing) on a worker, served on a loopback port, made again on Reset,
// and the demo logs made on first start. The executable that has a demo
// installs one (the GUI and its tests link app/demo; ui/ never does); without
// one, a demo profile says the demo is not in this program.
#include "base/Result.h"

#include <QString>
#include <memory>

class DemoService
{
public:
    // The demo data as read, waiting to be served.
    struct Data
    {
        virtual ~Data() = default;
    };
    virtual ~DemoService() = default;

    // On a worker thread: read the demo data, made first when it is missing
    // (`fresh`: made again whatever is there).
    virtual Result<std::shared_ptr<Data>> prepare(bool fresh) const = 0;
    // On the GUI thread: serve it (starting the backend on a free loopback port if it is not running).
    virtual Status serve(std::shared_ptr<Data> data) = 0;
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    virtual QString url() const = 0;
    // On a worker thread: the demo logs alone (first start), in `dir`.
    virtual Status makeLogs(const QString &dir) const = 0;

    // The one this program installed (null: none).
    static DemoService *installed();
    static void install(std::unique_ptr<DemoService> service);
};
