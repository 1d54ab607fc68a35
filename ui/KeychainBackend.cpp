#include "KeychainBackend.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {
template <typename Job>
bool runJob(Job &job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}
} // namespace

Result<QString> KeychainBackend::read(const QString &service, const QString &account)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(account);
    if (!runJob(job))
        return Result<QString>::failure(QCoreApplication::translate("KeychainBackend", "the keychain did not answer (locked?)"));
    if (job.error() != QKeychain::NoError)
        return Result<QString>::failure(job.errorString());
    return job.textData();
}

Status KeychainBackend::write(const QString &service, const QString &account, const QString &value)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(account);
    job.setTextData(value);
    if (!runJob(job))
        return Status::failure(QCoreApplication::translate("KeychainBackend", "the keychain did not answer (locked?)"));
    if (job.error() != QKeychain::NoError)
        return Status::failure(job.errorString());
    return {};
}

bool KeychainBackend::has(const QString &service, const QString &account)
{
    return bool(read(service, account));
}
