// Step records anchored on their content: an incident is open while its
// runbook is edited — a step inserted, deleted, moved, reworded, a section
// renamed — and every record stays with the step it was made on (real SQLite
// store, real parser), or is shown as vanished; never on another step.
#include "incident/IncidentStore.h"
#include "incident/StepReconcile.h"
#include "report/IncidentReport.h"
#include "runbook/RunbookParser.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {
const QByteArray v1 = "# Web outage\n\n## Recovery\n\n"
                      "1. Check the load balancer health page\n"
                      "2. Restart the web pods\n"
                      "3. Purge the CDN cache\n"
                      "4. Tell the support team\n\n"
                      "## Verify\n\n"
                      "1. Open the home page\n"
                      "2. Watch the error rate for ten minutes\n";

QByteArray edited(const QByteArray &from, const QByteArray &to)
{
    QByteArray b = v1;
    b.replace(from, to);
    return b;
}
} // namespace

class TestStepReconcile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC)};
    int m_n = 0;

    // An incident on v1: "Restart" done with a note, "Purge" skipped with a note, "Open the home page" done.
    struct Fixture
    {
        QString path, id;
    };
    Fixture record()
    {
        Fixture f{m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n)), {}};
        const Runbook rb = RunbookParser::parse(v1, QStringLiteral("web.md"));
        IncidentStore store(m_clock);
        if (!store.open(f.path))
            return f;
        const auto inc = store.createIncident(QStringLiteral("Outage"), rb, QStringLiteral("alice"));
        if (!inc)
            return f;
        f.id = inc->id;
        auto set = [&](const QString &stepId, StepState state, const QString &note) {
            const Step *st = rb.step(stepId);
            QVERIFY(st);
            const Status s = store.setStep(f.id, inc->recordKey(st->id), state, note.isEmpty() ? std::nullopt : std::optional<QString>(note),
                                           StepStamp(st->textHash, st->plainText), QStringLiteral("alice"));
            QVERIFY2(s, qPrintable(s.error()));
        };
        set(QStringLiteral("recovery/step-2"), StepState::Done, QStringLiteral("pods restarted at 09:02"));
        set(QStringLiteral("recovery/step-3"), StepState::Skipped, QStringLiteral("no CDN in front"));
        set(QStringLiteral("verify/step-1"), StepState::Done, QString());
        return f;
    }
    Incident reopen(const Fixture &f, const Runbook &rb)
    {
        IncidentStore store(m_clock);
        if (!store.open(f.path))
            return {};
        auto inc = store.loadIncident(f.id);
        if (!inc)
            return {};
        Incident i = inc.value();
        reconcileSteps(i, rb);
        return i;
    }
    static QString stateOf(const Incident &inc, const Runbook &rb, const QString &text)
    {
        for (const Section &s : rb.sections)
            for (const Step &st : s.steps)
                if (st.plainText == text) {
                    const StepRecord r = inc.step(st.id);
                    return toText(r.state) + (r.note.isEmpty() ? QString() : QStringLiteral(" / ") + r.note);
                }
        return QStringLiteral("<no such step>");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void unchangedRunbook()
    {
        const Fixture f = record();
        const Runbook rb = RunbookParser::parse(v1, QStringLiteral("web.md"));
        const Incident inc = reopen(f, rb);
        QCOMPARE(inc.steps.size(), 3);
        QVERIFY(inc.vanished.isEmpty());
        QCOMPARE(inc.step(QStringLiteral("recovery/step-2")).match, StepMatch::Same);
        QCOMPARE(stateOf(inc, rb, QStringLiteral("Restart the web pods")), QStringLiteral("done / pods restarted at 09:02"));
    }

    // The bug: a step inserted above showed "done" with another step's note.
    void insertedStepIsNotDone()
    {
        const Fixture f = record();
        const Runbook rb = RunbookParser::parse(edited("1. Check the load balancer health page\n",
                                                       "1. Check the load balancer health page\n2. Drain the bad node\n"),
                                                QStringLiteral("web.md"));
        QCOMPARE(rb.step(QStringLiteral("recovery/step-2"))->plainText, QStringLiteral("Drain the bad node"));
        const Incident inc = reopen(f, rb);
        QCOMPARE(stateOf(inc, rb, QStringLiteral("Drain the bad node")), QStringLiteral("pending"));
        QCOMPARE(stateOf(inc, rb, QStringLiteral("Restart the web pods")), QStringLiteral("done / pods restarted at 09:02"));
        QCOMPARE(stateOf(inc, rb, QStringLiteral("Purge the CDN cache")), QStringLiteral("skipped / no CDN in front"));
        QCOMPARE(inc.step(QStringLiteral("recovery/step-3")).match, StepMatch::Moved);
        QVERIFY(inc.vanished.isEmpty());

        // Ticking the new step records it under a key of its own: the moved record keeps its own.
        {
            IncidentStore store(m_clock);
            QVERIFY(store.open(f.path));
            const Step *drain = rb.step(QStringLiteral("recovery/step-2"));
            const QString key = inc.recordKey(drain->id);
            QVERIFY2(key != QStringLiteral("recovery/step-2"), qPrintable(key)); // that key is the restart's record
            QVERIFY(store.setStep(f.id, key, StepState::Done, QStringLiteral("drained"), StepStamp(drain->textHash, drain->plainText), QStringLiteral("bob")));
        }
        const Incident again = reopen(f, rb);
        QCOMPARE(stateOf(again, rb, QStringLiteral("Drain the bad node")), QStringLiteral("done / drained"));
        QCOMPARE(stateOf(again, rb, QStringLiteral("Restart the web pods")), QStringLiteral("done / pods restarted at 09:02"));
        // …and back on the original runbook, every record is where it was made.
        const Runbook original = RunbookParser::parse(v1, QStringLiteral("web.md"));
        const Incident back = reopen(f, original);
        QCOMPARE(stateOf(back, original, QStringLiteral("Restart the web pods")), QStringLiteral("done / pods restarted at 09:02"));
        QCOMPARE(back.vanished.size(), 1); // the drain step's record: its step is not in this version
        QCOMPARE(back.vanished.first().text, QStringLiteral("Drain the bad node"));
    }

    void deletedStepVanishesWithItsNote()
    {
        const Fixture f = record();
        const Runbook rb = RunbookParser::parse(edited("2. Restart the web pods\n", ""), QStringLiteral("web.md"));
        const Incident inc = reopen(f, rb);
        QCOMPARE(stateOf(inc, rb, QStringLiteral("Purge the CDN cache")), QStringLiteral("skipped / no CDN in front"));
        QCOMPARE(stateOf(inc, rb, QStringLiteral("Tell the support team")), QStringLiteral("pending"));
        QCOMPARE(inc.vanished.size(), 1);
        QCOMPARE(inc.vanished.first().note, QStringLiteral("pods restarted at 09:02"));
        QCOMPARE(inc.vanished.first().text, QStringLiteral("Restart the web pods"));
        // The report shows it as a step no longer in the runbook, with what it said.
        const QString md = ReportWriter::markdown(IncidentReport::build(inc, rb));
        const qsizetype gone = md.indexOf(QStringLiteral("Steps no longer in the runbook"));
        QVERIFY2(gone > 0, qPrintable(md));
        QVERIFY(md.indexOf(QStringLiteral("Restart the web pods (was `recovery/step-2`)"), gone) > gone);
        QVERIFY(md.indexOf(QStringLiteral("pods restarted at 09:02"), gone) > gone); // its note goes with it
    }

    void reorderedStepsKeepTheirRecords()
    {
        const Fixture f = record();
        const Runbook rb = RunbookParser::parse(edited("2. Restart the web pods\n3. Purge the CDN cache\n", "2. Purge the CDN cache\n3. Restart the web pods\n"),
                                                QStringLiteral("web.md"));
        const Incident inc = reopen(f, rb);
        QCOMPARE(stateOf(inc, rb, QStringLiteral("Restart the web pods")), QStringLiteral("done / pods restarted at 09:02"));
        QCOMPARE(stateOf(inc, rb, QStringLiteral("Purge the CDN cache")), QStringLiteral("skipped / no CDN in front"));
        QVERIFY(inc.vanished.isEmpty());
    }

    void rewordedStepKeepsItsRecordAndSaysSo()
    {
        const Fixture f = record();
        const Runbook rb = RunbookParser::parse(edited("2. Restart the web pods\n", "2. Restart all of the web pods\n"), QStringLiteral("web.md"));
        const Incident inc = reopen(f, rb);
        QCOMPARE(stateOf(inc, rb, QStringLiteral("Restart all of the web pods")), QStringLiteral("done / pods restarted at 09:02"));
        QCOMPARE(inc.step(QStringLiteral("recovery/step-2")).match, StepMatch::Reworded);
        const QString md = ReportWriter::markdown(IncidentReport::build(inc, rb));
        QVERIFY2(md.contains(QStringLiteral("it read: Restart the web pods")), qPrintable(md));
        // Rewritten into another step altogether: not the same step any more.
        const Runbook other = RunbookParser::parse(edited("2. Restart the web pods\n", "2. Page the database team\n"), QStringLiteral("web.md"));
        const Incident inc2 = reopen(f, other);
        QCOMPARE(stateOf(inc2, other, QStringLiteral("Page the database team")), QStringLiteral("pending"));
        QCOMPARE(inc2.vanished.size(), 1);
    }

    void renamedSectionKeepsItsRecords()
    {
        const Fixture f = record();
        const Runbook rb = RunbookParser::parse(edited("## Recovery", "## Mitigation"), QStringLiteral("web.md"));
        QVERIFY(rb.step(QStringLiteral("mitigation/step-2")));
        const Incident inc = reopen(f, rb);
        QCOMPARE(stateOf(inc, rb, QStringLiteral("Restart the web pods")), QStringLiteral("done / pods restarted at 09:02"));
        QCOMPARE(stateOf(inc, rb, QStringLiteral("Purge the CDN cache")), QStringLiteral("skipped / no CDN in front"));
        QCOMPARE(stateOf(inc, rb, QStringLiteral("Open the home page")), QStringLiteral("done"));
        QCOMPARE(inc.step(QStringLiteral("mitigation/step-2")).match, StepMatch::Moved);
        QVERIFY(inc.vanished.isEmpty());
    }

    // Two steps with the same text: each record keeps its own (the old position decides).
    void identicalStepsTieBreakOnPosition()
    {
        const QByteArray twin = "# T\n\n## A\n\n1. Restart the pod\n2. Check logs\n3. Restart the pod\n";
        const Runbook rb = RunbookParser::parse(twin, QStringLiteral("t.md"));
        Incident inc;
        for (const char *id : {"a/step-1", "a/step-3"}) {
            const Step *st = rb.step(QLatin1String(id));
            StepRecord r;
            r.stepId = st->id;
            r.state = StepState::Done;
            r.note = QLatin1String(id);
            r.textHash = st->textHash;
            r.text = st->plainText;
            inc.steps.insert(r.stepId, r);
        }
        const Runbook moved = RunbookParser::parse("# T\n\n## A\n\n1. Drain\n2. Restart the pod\n3. Check logs\n4. Restart the pod\n", QStringLiteral("t.md"));
        reconcileSteps(inc, moved);
        QCOMPARE(inc.step(QStringLiteral("a/step-2")).note, QStringLiteral("a/step-1"));
        QCOMPARE(inc.step(QStringLiteral("a/step-4")).note, QStringLiteral("a/step-3"));
        QCOMPARE(inc.step(QStringLiteral("a/step-1")).state, StepState::Pending);
    }

    // A record from before schema 8 (no text) whose hash no step has: vanished, not guessed.
    void recordWithoutTextIsNotGuessed()
    {
        const Runbook rb = RunbookParser::parse(v1, QStringLiteral("web.md"));
        Incident inc;
        StepRecord r;
        r.stepId = QStringLiteral("recovery/step-2");
        r.state = StepState::Done;
        r.textHash = QStringLiteral("0000dead");
        inc.steps.insert(r.stepId, r);
        reconcileSteps(inc, rb);
        QCOMPARE(inc.step(QStringLiteral("recovery/step-2")).state, StepState::Pending);
        QCOMPARE(inc.vanished.size(), 1);
    }

    void similarityOfWords()
    {
        QCOMPARE(StepText::normalised(QStringLiteral("Restart  the **web** pods!")), QStringLiteral("restart the web pods"));
        QVERIFY(StepText::similarity(QStringLiteral("Restart the web pods"), QStringLiteral("Restart all of the web pods")) >= 0.6);
        QVERIFY(StepText::similarity(QStringLiteral("Restart the web pods"), QStringLiteral("Page the database team")) < 0.6);
    }
};

QTEST_GUILESS_MAIN(TestStepReconcile)
#include "tst_stepreconcile.moc"
