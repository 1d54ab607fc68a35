#include "GuiDemo.h"

#include "DemoBackend.h"
#include "DemoHost.h"
#include "DemoLogGenerator.h"

namespace {
struct HeldData : LocalBackend::Data
{
    std::shared_ptr<DemoBackend::Data> data;
};

class HostService : public LocalBackend
{
public:
    Result<std::shared_ptr<Data>> prepare(bool fresh) const override
    {
        const QString dir = DemoHost::defaultDir();
        if (fresh)
            if (Status s = DemoBackend::makeDemoData(dir); !s)
                return Result<std::shared_ptr<Data>>::failure(s.error());
        auto data = fresh ? DemoBackend::readDemoData(dir) : DemoHost::prepare(dir);
        if (!data)
            return Result<std::shared_ptr<Data>>::failure(data.error());
        auto held = std::make_shared<HeldData>();
        held->data = std::move(data.value());
        return std::shared_ptr<Data>(held);
    }

    Status serve(std::shared_ptr<Data> data) override
    {
        auto *held = dynamic_cast<HeldData *>(data.get());
        if (!held || !held->data)
            return Status::failure(QStringLiteral("no demo data to serve"));
        if (m_host && m_host->isRunning()) {
            m_host->backend().serve(std::move(*held->data));
            return {};
        }
        auto host = std::make_unique<DemoHost>();
        if (Status s = host->startWith(std::move(*held->data)); !s)
            return s;
        m_host = std::move(host);
        return {};
    }

    void stop() override { m_host.reset(); }
    bool isRunning() const override { return m_host && m_host->isRunning(); }
    QString url() const override { return isRunning() ? m_host->url() : QString(); }

    QString logPath() const override { return DemoHost::defaultDir() + QStringLiteral("/logs/app.ndjson"); }

    Status makeLogs() const override
    {
        const auto r = DemoLogGenerator::write(DemoHost::defaultDir(), {});
        return r ? Status() : Status::failure(r.error());
    }

private:
    std::unique_ptr<DemoHost> m_host;
};
} // namespace

namespace GuiDemo {
void install()
{
    LocalBackend::install(std::make_unique<HostService>());
}
} // namespace GuiDemo
