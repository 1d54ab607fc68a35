#include "DemoService.h"

namespace {
std::unique_ptr<DemoService> &slot()
{
    static std::unique_ptr<DemoService> s;
    return s;
}
} // namespace

DemoService *DemoService::installed()
{
    return slot().get();
}

void DemoService::install(std::unique_ptr<DemoService> service)
{
    slot() = std::move(service);
}
