// runbook-bench incident: an incident with 10,000 timeline entries and 1,000
// snapshots (the flagship runbook, a file store): how long it takes to open it
// (the store's load), to show it in the window (open to the timeline filled,
// then scrolled to the end and painted) and to export it in each format.
#include "DialogProvider.h"
#include "MainWindow.h"
#include "PdfReport.h"
#include "base/AppSettings.h"
#include "incident/IncidentSession.h"
#include "incident/IncidentStore.h"
#include "report/IncidentReport.h"
#include "runbook/RunbookParser.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest/QTest>
#include <cstdio>

namespace {
class Quiet : public DialogProvider
{
public:
    QString openRunbookFile(QWidget *, const QString &) override { return {}; }
    QString saveExportFile(QWidget *, const QString &) override { return {}; }
    QString incidentTitle(QWidget *, const QString &, bool *ok) override { return *ok = false, QString(); }
    QString logSource(QWidget *, const QString &, bool *ok) override { return *ok = false, QString(); }
    bool confirm(QWidget *, const QString &, const QString &) override { return false; }
};

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int incidentBench(int timelineEntries, int snapshots)
{
    const auto rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_DEFAULT_RUNBOOK));
    if (!rb)
        return 1;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.sqlite"));
    QString id;
    QElapsedTimer t;
    t.start();
    {
        IncidentStore store;
        if (!store.open(path))
            return 1;
        const auto inc = store.createIncident(QStringLiteral("A long incident"), rb.value(), QStringLiteral("alice"), QStringLiteral("SEV2"));
        id = inc->id;
        QList<const Step *> steps;
        for (const Section &s : rb->sections)
            for (const Step &st : s.steps)
                steps.append(&st);
        for (int i = 0; i < snapshots; ++i) {
            Evidence e;
            e.stepId = steps.at(i % steps.size())->id;
            e.kind = QStringLiteral("probe");
            e.source = QStringLiteral("failed_deliveries");
            e.what = QStringLiteral("SELECT id, status FROM deliveries WHERE status = 'failed' LIMIT 20");
            e.summary = QStringLiteral("%1 failed deliveries").arg(i);
            e.columns = {QStringLiteral("id"), QStringLiteral("status")};
            for (int r = 0; r < 20; ++r)
                e.rows.append({QStringLiteral("evt_%1_%2").arg(i).arg(r), QStringLiteral("failed")});
            e.value = i;
            e.series = {1, 2, 3, double(i % 7)};
            if (!store.attachEvidence(id, e, QStringLiteral("bob")))
                return 1;
        }
        // Each note is one timeline line, each step change two (state and note).
        qlonglong lines = store.loadIncident(id)->timeline.size();
        for (int i = 0; lines < timelineEntries; ++i) {
            const Step &s = *steps.at(i % steps.size());
            if (i % 3 == 0) {
                store.addNote(id, QStringLiteral("note %1: looked at the dashboard again").arg(i), QStringLiteral("carol"));
                lines += 1;
            } else {
                store.setStep(id, s.id, i % 2 ? StepState::Done : StepState::Pending, QStringLiteral("checked at %1").arg(i), s.textHash,
                              QStringLiteral("dave"));
                lines += 2;
            }
        }
    }
    const double buildS = ms(t) / 1000.0;

    IncidentStore store;
    store.open(path);
    t.restart();
    const auto inc = store.loadIncident(id);
    const double loadMs = ms(t);
    std::printf("incident: %lld timeline entries, %lld snapshots, %lld notes (made in %.1f s)\n", qlonglong(inc->timeline.size()),
                qlonglong(inc->evidence.size()), qlonglong(inc->notes.size()), buildS);
    std::printf("  open (store load): %.0f ms\n", loadMs);

    // The window: open it on the incident until the timeline holds it, then scroll to the end and paint.
    {
        QTemporaryDir home;
        AppSettings settings(home.filePath(QStringLiteral("s.ini")));
        Quiet dialogs;
        t.restart();
        MainWindow w(settings, dialogs, QStringLiteral(RUNBOOK_DEFAULT_RUNBOOK), true, path);
        w.requestIncident(id);
        w.show();
        auto *view = w.findChild<QTreeView *>(QStringLiteral("timelineView"));
        const bool shown = QTest::qWaitFor([&] { return view && view->model() && view->model()->rowCount() >= inc->timeline.size(); }, 20000);
        const double openMs = ms(t);
        t.restart();
        view->scrollToBottom();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        view->viewport()->grab();
        view->scrollToBottom();
        view->viewport()->grab();
        const double scrollMs = ms(t);
        std::printf("  window: open to the timeline filled %.0f ms%s, scroll (middle, end) and paint %.0f ms\n", openMs, shown ? "" : " (not filled!)", scrollMs);
    }
    // Exports.
    t.restart();
    const IncidentReport report = IncidentReport::build(inc.value(), rb.value());
    const double modelMs = ms(t);
    t.restart();
    const QString md = ReportWriter::markdown(report);
    const double mdMs = ms(t);
    t.restart();
    const QString html = ReportWriter::html(report);
    const double htmlMs = ms(t);
    t.restart();
    const QByteArray json = QJsonDocument(ReportWriter::json(inc.value(), rb.value())).toJson();
    const double jsonMs = ms(t);
    t.restart();
    // Best of three: this one is long enough for a busy machine to show in it.
    Status pdf;
    double pdfMs = 1e12;
    for (int i = 0; i < 3 && pdf; ++i) {
        t.restart();
        pdf = PdfReport::write(report, dir.filePath(QStringLiteral("big.pdf")));
        pdfMs = std::min(pdfMs, ms(t));
    }
    if (const QString keep = qEnvironmentVariable("RUNBOOK_BENCH_PDF"); !keep.isEmpty()) { // to look at it
        QFile::remove(keep);
        QFile::copy(dir.filePath(QStringLiteral("big.pdf")), keep);
    }
    std::printf("  export: report model %.0f ms, Markdown %.0f ms (%.1f MB), HTML %.0f ms (%.1f MB), JSON %.0f ms (%.1f MB), PDF %.0f ms (%.1f MB)%s\n",
                modelMs, mdMs, double(md.toUtf8().size()) / 1e6, htmlMs, double(html.toUtf8().size()) / 1e6, jsonMs, double(json.size()) / 1e6,
                pdfMs, double(QFile(dir.filePath(QStringLiteral("big.pdf"))).size()) / 1e6, pdf ? "" : " (PDF failed)");
    return 0;
}
