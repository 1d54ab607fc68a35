// A responder's client for tst_teamstore, as a process of its own:
//   team_client_helper fill JOURNAL INCIDENT N         N notes made while offline, into the journal
//   team_client_helper send JOURNAL ADDRESS [KILL_AFTER] sends the journal; with KILL_AFTER it is
//                                                        killed (SIGKILL) right after the store has
//                                                        applied that many, before the journal knows
#include "incident/ChangeJournal.h"
#include "incident/IncidentStore.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() < 4)
        return 2;
    ChangeJournal journal;
    if (Status s = journal.open(a.at(2)); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    if (a.at(1) == QLatin1String("fill")) {
        const int n = a.value(4).toInt();
        for (int i = 1; i <= n; ++i) {
            const auto c = IncidentChange::make(QStringLiteral("note"), a.at(3), QStringLiteral("carol"),
                                                {{QStringLiteral("text"), QStringLiteral("offline note %1").arg(i)}}, QDateTime::currentDateTimeUtc());
            if (Status s = journal.add(c); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error()));
                return 1;
            }
        }
        return 0;
    }
    IncidentStore store;
    store.setClientId(QStringLiteral("helper"));
    if (Status s = store.open(a.at(3)); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    const int killAfter = a.value(4).toInt();
    int applied = 0;
    const JournalSend r = sendJournal(store, journal, [&](const IncidentChange &) {
        if (killAfter > 0 && ++applied == killAfter)
            std::raise(SIGKILL);
    });
    std::printf("sent %d remaining %d %s\n", int(r.sent.size()), r.remaining, qPrintable(r.error));
    return r.remaining == 0 ? 0 : 1;
}
