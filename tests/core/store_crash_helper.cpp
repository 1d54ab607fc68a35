// Opens a store, records one change, then dies (abort) inside the second
// change's transaction — after its write, before its commit. Prints the id.
// With a third argument "action": records an action's intent, then dies
// while the action would be running (before its outcome).
#include "incident/IncidentStore.h"
#include "runbook/RunbookParser.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3 && argc != 4)
        return 64;
    auto rb = RunbookParser::parseFile(QString::fromLocal8Bit(argv[2]));
    IncidentStore store;
    if (!rb || !store.open(QString::fromLocal8Bit(argv[1])))
        return 1;
    const auto inc = store.createIncident(QStringLiteral("crash test"), rb.value(), QStringLiteral("helper"));
    if (!inc)
        return 1;
    std::printf("%s\n", qPrintable(inc->id));
    std::fflush(stdout);
    if (argc == 4) {
        if (!store.recordActionIntent(inc->id, QStringLiteral("database-reconciliation/step-3"), QStringLiteral("id=ph_001"), QStringLiteral("helper")))
            return 1;
        std::abort(); // the action's work, interrupted
    }
    const Step &first = rb->sections.at(0).steps.at(0);
    const Step &second = rb->sections.at(0).steps.at(1);
    if (!store.setStepState(inc->id, first.id, StepState::Done, first.textHash, QStringLiteral("helper")))
        return 1;
    store.setCrashHookForTesting([] { std::abort(); });
    store.setStepState(inc->id, second.id, StepState::Done, second.textHash, QStringLiteral("helper"));
    return 2; // not reached
}
