#include "LocalBackend.h"

namespace {
std::unique_ptr<LocalBackend> &slot()
{
    static std::unique_ptr<LocalBackend> s;
    return s;
}
} // namespace

LocalBackend *LocalBackend::installed()
{
    return slot().get();
}

void LocalBackend::install(std::unique_ptr<LocalBackend> backend)
{
    slot() = std::move(backend);
}
