// MarkdownExporter: header, checklists with state/note/who/when, notes,
// timeline, changed-step flags and recorded steps the runbook lost.
#include "incident/IncidentStore.h"
#include "report/IncidentReport.h"
#include "runbook/RunbookParser.h"

#include <QTemporaryDir>
#include <QtTest>

class TestMarkdownExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportsEverythingRecorded()
    {
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(3, 14), Qt::UTC));
        const auto rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"));
        QVERIFY(rb);
        IncidentStore store(clock);
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))));
        const QString id = store.createIncident(QStringLiteral("Blob | failures"), rb.value(), QStringLiteral("alice"))->id;
        const Step &s1 = rb->sections.at(0).steps.at(0);
        const Step &s2 = rb->sections.at(5).steps.at(1);
        clock.advance(120);
        QVERIFY(store.setStepState(id, s1.id, StepState::Done, s1.textHash, QStringLiteral("alice")));
        QVERIFY(store.setStepNote(id, s1.id, QStringLiteral("3 failures\nin the dashboard"), s1.textHash, QStringLiteral("alice")));
        QVERIFY(store.setStepState(id, s2.id, StepState::Skipped, s2.textHash, QStringLiteral("bob")));
        const Step &s4 = rb->sections.at(5).steps.at(3);
        QVERIFY(store.setStepState(id, s4.id, StepState::NotApplicable, s4.textHash, QStringLiteral("bob")));
        QVERIFY(store.addNote(id, QStringLiteral("Rolled back deploy 42"), QStringLiteral("bob")));
        const Incident inc = store.loadIncident(id).value();

        const QString md = ReportWriter::markdown(IncidentReport::build(inc, rb.value()));
        QVERIFY(md.startsWith(QStringLiteral("# Blob | failures\n")));
        QVERIFY(md.contains(QStringLiteral("- **Status:** investigating")));
        QVERIFY(md.contains(QStringLiteral("- **Opened:** 2026-11-28 03:14:00 UTC")));
        QVERIFY(md.contains(QStringLiteral("- **Progress:** 1 of 34 steps done, 1 skipped, 1 not applicable")));
        QVERIFY(md.contains(QStringLiteral("### 1. Blob Storage Orphan Prevention\n\n_If blob deletion failures are frequent:_")));
        QVERIFY(md.contains(QStringLiteral("- [x] 1. Check Vercel Blob dashboard for storage issues — done by alice at 2026-11-28 03:16:00 UTC\n"
                                           "  > 3 failures\n  > in the dashboard\n")));
        QVERIFY(md.contains(QStringLiteral("- [-] 2. Verify `CRON_SECRET` is set correctly — skipped by bob")));
        QVERIFY(md.contains(QStringLiteral("- [ ] 2. Verify `BLOB_READ_WRITE_TOKEN` is valid\n")));
        QVERIFY(md.contains(QStringLiteral("### Manual Blob Cleanup")));
        QVERIFY(md.contains(QStringLiteral("bob, 2026-11-28 03:16:00 UTC:\n\n> Rolled back deploy 42")));
        QVERIFY(md.contains(QStringLiteral("| 2026-11-28 03:14:00 UTC | alice | Incident \"Blob \\| failures\" opened")));
        QVERIFY(!md.contains(QStringLiteral("## Alert Thresholds"))); // no checklist, nothing to report
        QVERIFY(!md.contains(QStringLiteral("changed since")));

        // The runbook changes: an edited step is flagged, a vanished one is kept.
        QFile f(rb->path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray edited = f.readAll();
        edited.replace("1. Check Vercel Blob dashboard for storage issues", "1. Check the Vercel Blob dashboard");
        edited.replace("2. Verify `CRON_SECRET` is set correctly\n", "");
        const Runbook rb2 = RunbookParser::parse(edited, rb->path);
        const QString md2 = ReportWriter::markdown(IncidentReport::build(inc, rb2));
        QVERIFY(md2.contains(QStringLiteral("the runbook has changed since this incident was opened")));
        QVERIFY(md2.contains(QStringLiteral("⚠ the step's text changed since this was recorded")));
        QVERIFY(md2.contains(QStringLiteral("### Steps no longer in the runbook")));
        // Ids are positional: dropping step 2 of §6 leaves step-4 without a step, and step-2 with new text.
        QVERIFY(md2.contains(QStringLiteral("- [~] `cron-job-health/step-4` — n/a by bob")));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownExporter)
#include "tst_markdownexporter.moc"
