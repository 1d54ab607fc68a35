// Any bytes as a wiring file for the flagship runbook: loaded with messages,
// never a crash; what loads is resolved as the app would (no secret is set).
#include "FuzzTargets.h"
#include "runbook/RunbookParser.h"
#include "actions/StepKind.h"
#include "wiring/ProfileTargets.h"
#include "wiring/WiringLoader.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Runbook rb = [] {
        QFile f(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"));
        f.open(QIODevice::ReadOnly);
        return RunbookParser::parse(f.readAll(), f.fileName());
    }();
    const Wiring w = WiringLoader::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.wiring.yaml"), &rb);
    for (const Profile &p : w.profiles) {
        (void)ProfileTargets::logSource(p, {});
        for (const Connector &c : p.connectors)
            (void)c.destination({});
    }
    for (const Binding &b : w.bindings)
        (void)StepKinds::parameterKeys(b);
    return 0;
}
