// Opens a store, records one change, then dies (abort) inside the second
// change's transaction — after its write, before its commit. Prints the id.
// With a third argument "action": records an action's intent, then dies
// while the action would be running (before its outcome). "step-first" /
// "step-second": sets a step's state and note with one call and dies before
// the first / the second commit that call makes (there is only one).
#include "incident/IncidentStore.h"
#include "runbook/RunbookParser.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // "readonly PATH ID STEP_ID STEP_ID2": open an existing store the way the app
    // does (run as a user who may only read it), report what it found, try a write.
    if (argc == 6 && QByteArray(argv[1]) == "readonly") {
        IncidentStore store;
        if (Status s = store.open(QString::fromLocal8Bit(argv[2])); !s) {
            std::printf("open failed: %s\n", qPrintable(s.error()));
            return 1;
        }
        const auto inc = store.loadIncident(QString::fromLocal8Bit(argv[3]));
        const Status w = store.setStepState(QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[5]), StepState::Done, {}, QStringLiteral("x"));
        std::printf("readonly=%d\nstate=%s\nwrite=%s\n", store.isReadOnly() ? 1 : 0,
                    inc ? qPrintable(toText(inc->step(QString::fromLocal8Bit(argv[4])).state)) : "unreadable",
                    w ? "accepted" : qPrintable(w.error()));
        return 0;
    }
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
    if (argc == 4 && QByteArray(argv[3]).startsWith("step-")) {
        const int dieAt = QByteArray(argv[3]) == "step-first" ? 1 : 2;
        store.setCrashHookForTesting([dieAt, n = 0]() mutable {
            if (++n == dieAt)
                std::abort();
        });
        const Step &first = rb->sections.at(0).steps.at(0);
        if (!store.setStep(inc->id, first.id, StepState::Done, QStringLiteral("checked the dashboard"), first.textHash, QStringLiteral("helper")))
            return 1;
        return 0;
    }
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
