// runbook-bench team: responders on one incident of a team store, each an
// IncidentSession as the window has it (journal, worker, LISTEN), making
// changes for a while. Measured: the changes per second the store took, and
// for each change the time until every other responder's session held it
// (p50, p99, max of that "all others have it" time).
#include "incident/IncidentSession.h"
#include "incident/IncidentStore.h"
#include "runbook/RunbookParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>

namespace {
double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}
} // namespace

int teamBench(const QString &address, int responders, int seconds, double rate)
{
    if (!StoreAddress::isTeam(address)) {
        std::fprintf(stderr, "runbook-bench team needs --store postgresql://… (scripts/bench-team starts a throw-away server)\n");
        return 64;
    }
    const auto rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_DEFAULT_RUNBOOK));
    if (!rb) {
        std::fprintf(stderr, "%s\n", qPrintable(rb.error()));
        return 1;
    }
    QList<const Step *> steps;
    for (const Section &s : rb->sections)
        for (const Step &st : s.steps)
            steps.append(&st);
    QTemporaryDir journals;
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<IncidentSession>> team;
    for (int r = 0; r < responders; ++r) {
        auto s = std::make_unique<IncidentSession>();
        s->setActor(QStringLiteral("responder-%1").arg(r + 1));
        s->setJournalPath(journals.filePath(QStringLiteral("journal-%1.sqlite").arg(r)));
        s->openStore(address);
        team.push_back(std::move(s));
    }
    auto waitUntil = [](const std::function<bool()> &done, int ms) {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return done();
    };
    if (!waitUntil([&] { return std::all_of(team.begin(), team.end(), [](const auto &s) { return s->storeReady(); }); }, 30000)) {
        std::fprintf(stderr, "the sessions did not open the store: %s\n", qPrintable(team.front()->storeError()));
        return 1;
    }
    team.front()->createIncident(QStringLiteral("runbook-bench team"), rb.value(), QStringLiteral("SEV2"));
    const QString id = team.front()->currentId();
    if (!waitUntil([&] { return team.front()->unsharedChanges() == 0 && team.front()->pendingWrites() == 0; }, 10000)) {
        std::fprintf(stderr, "the incident was not created: %s\n", qPrintable(team.front()->storeError()));
        return 1;
    }
    for (size_t r = 1; r < team.size(); ++r)
        team[r]->loadIncident(id);
    if (!waitUntil([&] { return std::all_of(team.begin(), team.end(), [&](const auto &s) { return s->currentId() == id && s->current()->timeline.size() > 0; }); }, 20000)) {
        std::fprintf(stderr, "not every responder opened the incident\n");
        return 1;
    }

    // Each change is a note with a unique text ("r3 #17"), on the incident or on a step.
    struct Change { qint64 made = 0; int by = 0; int seenBy = 0; qint64 allSeen = 0; };
    QHash<QString, Change> changes;
    std::vector<QSet<QString>> seen(team.size());
    auto look = [&](size_t r) {
        const auto &cur = team[r]->current();
        if (!cur)
            return;
        const qint64 now = clock.elapsed();
        auto mark = [&](const QString &text) {
            auto it = changes.find(text);
            if (it == changes.end() || size_t(it->by) == r || seen[r].contains(text))
                return;
            seen[r].insert(text);
            if (++it->seenBy == int(team.size()) - 1)
                it->allSeen = now;
        };
        for (const IncidentNote &n : cur->notes)
            mark(n.text);
        for (const StepRecord &s : cur->steps)
            mark(s.note);
    };
    for (size_t r = 0; r < team.size(); ++r)
        QObject::connect(team[r].get(), &IncidentSession::incidentUpdated, team[r].get(), [&, r] { look(r); });

    std::mt19937 rng(42);
    std::vector<QTimer *> timers;
    std::vector<int> counts(team.size(), 0);
    const qint64 start = clock.elapsed();
    for (size_t r = 0; r < team.size(); ++r) {
        auto *t = new QTimer;
        t->setInterval(int(1000 / rate));
        // Staggered, as people are.
        QTimer::singleShot(int(std::uniform_int_distribution<int>(0, int(1000 / rate))(rng)), t, [t] { t->start(); });
        QObject::connect(t, &QTimer::timeout, t, [&, r] {
            const QString text = QStringLiteral("r%1 #%2").arg(r + 1).arg(++counts[r]);
            changes.insert(text, {clock.elapsed(), int(r), 0, 0});
            if (counts[r] % 2)
                team[r]->addNote(text);
            else
                team[r]->setStepNote(*steps.at(int((r * 7 + counts[r]) % steps.size())), text, QString());
        });
        timers.push_back(t);
    }
    waitUntil([] { return false; }, seconds * 1000);
    for (QTimer *t : timers)
        delete t;
    const qint64 made = clock.elapsed() - start;
    // The last changes still travel: give them until every session has them (at most 10 s).
    waitUntil([&] { return std::all_of(changes.cbegin(), changes.cend(), [](const Change &c) { return c.allSeen > 0; }); }, 10000);

    std::vector<double> latencies;
    int missing = 0;
    for (const Change &c : std::as_const(changes)) {
        if (c.allSeen > 0)
            latencies.push_back(double(c.allSeen - c.made));
        else
            ++missing;
    }
    std::printf("team: %d responders, %d s, %.1f changes/s each asked\n", responders, seconds, rate);
    std::printf("  changes made: %lld (%.1f/s held)\n", qlonglong(changes.size()), double(changes.size()) * 1000.0 / double(made));
    std::printf("  time until every other responder's session had a change: p50 %.0f ms, p99 %.0f ms, max %.0f ms\n",
                percentile(latencies, 0.5), percentile(latencies, 0.99), percentile(latencies, 1.0));
    std::printf("  changes some session never showed: %d\n", missing);
    IncidentStore check;
    if (check.open(address)) {
        const auto inc = check.loadIncident(id);
        if (inc)
            std::printf("  in the store: %lld notes, %lld timeline lines\n", qlonglong(inc->notes.size()), qlonglong(inc->timeline.size()));
    }
    return missing == 0 ? 0 : 1;
}
