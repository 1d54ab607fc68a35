// Any bytes as a runbook: parsed without a crash, a hang or an assertion.
#include "FuzzTargets.h"
#include "runbook/RunbookJson.h"
#include "runbook/RunbookParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Runbook rb = RunbookParser::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.md"));
    (void)RunbookJson::toJson(rb);
    return 0;
}
