#include "DemoHost.h"

#include <QFileInfo>
#include <QStandardPaths>

DemoHost::DemoHost(QString dir) : m_dir(std::move(dir)), m_backend(std::make_unique<DemoBackend>())
{
    m_backend->useDemoSecrets();
}

DemoHost::~DemoHost() = default;

QString DemoHost::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
}

bool DemoHost::hasData(const QString &dir)
{
    for (const char *f : {"/logs/app.ndjson", "/app.sqlite", "/blobs.json", "/vercel.json"})
        if (!QFileInfo::exists(dir + QLatin1String(f)))
            return false;
    return true;
}

Result<std::shared_ptr<DemoBackend::Data>> DemoHost::prepare(const QString &dir)
{
    if (!hasData(dir))
        if (Status s = DemoBackend::makeDemoData(dir); !s)
            return Result<std::shared_ptr<DemoBackend::Data>>::failure(
                QStringLiteral("the demo data could not be made in %1: %2").arg(dir, s.error()));
    return DemoBackend::readDemoData(dir);
}

Status DemoHost::start()
{
    if (m_port != 0)
        return {};
    auto data = prepare(m_dir);
    if (!data)
        return Status::failure(data.error());
    return startWith(std::move(*data.value()));
}

Status DemoHost::startWith(DemoBackend::Data &&data)
{
    m_backend->serve(std::move(data));
    if (m_port != 0)
        return {};
    m_port = m_backend->listen(0);
    if (m_port == 0)
        return Status::failure(QStringLiteral("the demo backend could not listen on 127.0.0.1"));
    return {};
}

QString DemoHost::url() const
{
    return m_port ? QStringLiteral("http://127.0.0.1:%1").arg(m_port) : QString();
}
