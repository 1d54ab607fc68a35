// The incident record and its report: JSON export → import → export is
// identical; the four renderings (Markdown, HTML, PDF, JSON) hold the same
// content; the HTML references nothing outside itself; a secret reaches none
// of them; bad import files are refused with their place; triage order.
#include "incident/IncidentStore.h"
#include "incident/Triage.h"
#include "report/IncidentReport.h"
#include "runbook/RunbookParser.h"
#include "secrets/Redactor.h"
#include "PdfReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

namespace {
const QString Sentinel = QStringLiteral("sk_live_SENTINEL_9f8e7d6c5b4a");

QString normalized(QString s)
{
    // Markdown's marks and escapes are not content; whitespace is not either.
    s.remove(QLatin1Char('`')).remove(QLatin1Char('*')).remove(QLatin1Char('\\'));
    return s.simplified();
}

QString htmlText(const QString &html)
{
    QString t = html;
    t.remove(QRegularExpression(QStringLiteral("<style>.*</style>"), QRegularExpression::DotMatchesEverythingOption));
    t.remove(QRegularExpression(QStringLiteral("<svg.*?</svg>"), QRegularExpression::DotMatchesEverythingOption));
    t.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    t.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    t.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    t.replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    t.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return t;
}

// Every string value of a JSON document, one per line.
void jsonStrings(const QJsonValue &v, QStringList &out)
{
    if (v.isString())
        out.append(v.toString());
    else if (v.isArray())
        for (const QJsonValue &e : v.toArray())
            jsonStrings(e, out);
    else if (v.isObject())
        for (const QJsonValue &e : v.toObject())
            jsonStrings(e, out);
}
// A small JSON Schema check (the keywords docs/incident-schema.json uses): every
// value has the type, enum, const, pattern and required keys the schema says,
// and no object has a key the schema does not describe.
class SchemaCheck
{
public:
    explicit SchemaCheck(QJsonObject root) : m_root(std::move(root)) {}
    QStringList errors;

    void check(const QJsonValue &v, QJsonObject schema, const QString &path)
    {
        if (schema.contains(QStringLiteral("$ref")))
            schema = m_root.value(QStringLiteral("$defs")).toObject().value(schema.value(QStringLiteral("$ref")).toString().section(QLatin1Char('/'), -1)).toObject();
        if (schema.contains(QStringLiteral("oneOf"))) {
            int ok = 0;
            for (const QJsonValue &alt : schema.value(QStringLiteral("oneOf")).toArray()) {
                SchemaCheck sub(m_root);
                sub.check(v, alt.toObject(), path);
                ok += sub.errors.isEmpty();
            }
            if (ok != 1)
                errors.append(path + QStringLiteral(": matches %1 of oneOf").arg(ok));
            return;
        }
        if (schema.contains(QStringLiteral("const")) && v != schema.value(QStringLiteral("const")))
            errors.append(path + QStringLiteral(": not the const"));
        if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).toArray().contains(v))
            errors.append(path + QStringLiteral(": %1 not in enum").arg(v.toVariant().toString()));
        const QJsonValue type = schema.value(QStringLiteral("type"));
        if (!type.isUndefined()) {
            QStringList types;
            if (type.isArray())
                for (const QJsonValue &t : type.toArray())
                    types.append(t.toString());
            else
                types.append(type.toString());
            const QString actual = v.isString() ? QStringLiteral("string") : v.isBool() ? QStringLiteral("boolean") : v.isNull() ? QStringLiteral("null")
                                   : v.isArray() ? QStringLiteral("array") : v.isObject() ? QStringLiteral("object")
                                   : (v.toDouble() == std::floor(v.toDouble()) && types.contains(QStringLiteral("integer"))) ? QStringLiteral("integer") : QStringLiteral("number");
            if (!types.contains(actual))
                errors.append(path + QStringLiteral(": %1, expected %2").arg(actual, types.join(QLatin1Char('|'))));
        }
        if (v.isString() && schema.contains(QStringLiteral("pattern"))
            && !QRegularExpression(schema.value(QStringLiteral("pattern")).toString()).match(v.toString()).hasMatch())
            errors.append(path + QStringLiteral(": \"%1\" does not match the pattern").arg(v.toString()));
        if (v.isObject()) {
            const QJsonObject o = v.toObject(), props = schema.value(QStringLiteral("properties")).toObject();
            for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray())
                if (!o.contains(r.toString()))
                    errors.append(path + QStringLiteral(": lacks ") + r.toString());
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (props.contains(it.key()))
                    check(it.value(), props.value(it.key()).toObject(), path + QLatin1Char('.') + it.key());
                else if (schema.value(QStringLiteral("additionalProperties")).isObject())
                    check(it.value(), schema.value(QStringLiteral("additionalProperties")).toObject(), path + QLatin1Char('.') + it.key());
                else
                    errors.append(path + QStringLiteral(": %1 is not in the schema").arg(it.key()));
            }
        }
        if (v.isArray())
            for (qsizetype i = 0; i < v.toArray().size(); ++i)
                check(v.toArray().at(i), schema.value(QStringLiteral("items")).toObject(), path + QStringLiteral("[%1]").arg(i));
    }

private:
    QJsonObject m_root;
};
} // namespace

class TestIncidentReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(3, 14), Qt::UTC)};
    Runbook m_rb;

    // An incident with every kind of record.
    QString makeIncident(IncidentStore &store)
    {
        const QString id = store.createIncident(QStringLiteral("Tips not recorded"), m_rb, QStringLiteral("alice"), QStringLiteral("SEV2"))->id;
        const Step &s1 = m_rb.sections.at(1).steps.at(0), &s2 = m_rb.sections.at(1).steps.at(1), &s3 = m_rb.sections.at(0).steps.at(0);
        m_clock.advance(60);
        Evidence e;
        e.stepId = s1.id;
        e.kind = QStringLiteral("probe");
        e.source = QStringLiteral("stripe-failed-events");
        e.what = QStringLiteral("stripe_failed_events since=24h");
        e.connector = QStringLiteral("payments");
        e.profile = QStringLiteral("demo");
        e.window = QStringLiteral("24h");
        e.summary = QStringLiteral("32 event(s) with a failed webhook delivery");
        e.outcome = QStringLiteral("ok");
        e.columns = {QStringLiteral("id"), QStringLiteral("type")};
        for (int i = 0; i < 60; ++i) // more than the cap: 10 counted, not kept
            e.rows.append({QStringLiteral("evt_%1").arg(i), QStringLiteral("payment_intent.succeeded")});
        e.value = 32;
        e.series = {1, 3, 2, 8, 13, 5};
        const auto e1 = store.attachEvidence(id, e, QStringLiteral("alice"));
        [&] { QVERIFY2(e1, qPrintable(e1.error())); }();
        e.summary = QStringLiteral("Left out: a second look");
        e.rows = {{QStringLiteral("evt_x"), QStringLiteral("charge.failed")}};
        e.series.clear();
        const auto e2 = store.attachEvidence(id, e, QStringLiteral("bob"));
        [&] { QVERIFY(store.setEvidenceFlags(id, e2.value(), std::nullopt, false, QStringLiteral("bob"))); }();
        [&] { QVERIFY(store.markStepDone(id, s1.id, e1.value(), s1.textHash, QStringLiteral("alice"), QStringLiteral("2 / 1"))); }();
        m_clock.advance(30);
        [&] { QVERIFY(store.setStep(id, s2.id, StepState::Skipped, QStringLiteral("endpoint answers in 80 ms"), s2.textHash, QStringLiteral("bob"))); }();
        [&] { QVERIFY(store.saveStepNoteDraft(id, s3.id, QStringLiteral("typing when it was saved"), s3.textHash, QStringLiteral("carol"))); }();
        [&] { QVERIFY(store.addNote(id, QStringLiteral("Paged at 03:10 by the tip alert"), QStringLiteral("alice"))); }();
        [&] { QVERIFY(store.setVariable(id, QStringLiteral("NAMESPACE"), QStringLiteral("shop"), QStringLiteral("alice"))); }();
        [&] { QVERIFY(store.setField(id, IncidentField::Commander, QStringLiteral("alice"), QStringLiteral("alice"))); }();
        [&] { QVERIFY(store.setField(id, IncidentField::Summary, QStringLiteral("Stripe deliveries failed after a secret rotation."), QStringLiteral("alice"))); }();
        [&] { QVERIFY(store.setField(id, IncidentField::Impact, QStringLiteral("32 tips were not recorded for 40 minutes."), QStringLiteral("alice"))); }();
        [&] { QVERIFY(store.setField(id, IncidentField::RootCause, QStringLiteral("The webhook secret was rotated in Stripe only."), QStringLiteral("bob"))); }();
        [&] { QVERIFY(store.saveFollowUp(id, FollowUp{0, QStringLiteral("Alert on webhook signature failures"), QStringLiteral("bob"), QDate(2026, 12, 15), false}, QStringLiteral("alice"))); }();
        [&] { QVERIFY(store.saveFollowUp(id, FollowUp{0, QStringLiteral("Document the rotation"), QString(), {}, false}, QStringLiteral("alice"))); }();
        [&] { QVERIFY(store.saveFollowUp(id, FollowUp{2, QStringLiteral("Document the rotation"), QStringLiteral("carol"), {}, true}, QStringLiteral("carol"))); }();
        [&] { QVERIFY(store.recordActionIntent(id, QStringLiteral("force-retry-clerk-webhook/step-3"), QStringLiteral("msg=m1"), QStringLiteral("alice"))); }();
        [&] { QVERIFY(store.recordActionRefusal(id, QStringLiteral("database-reconciliation/step-3"), QStringLiteral("refused: no token"), QStringLiteral("bob"))); }();
        QHash<QString, MetricPoint> pts;
        for (double v : {12.0, 31.0, 55.0}) {
            m_clock.advance(60);
            pts.insert(QStringLiteral("tipDuplicateRatio"), {m_clock.now(), v, v > 50 ? QStringLiteral("critical") : QStringLiteral("warning")});
            pts.insert(QStringLiteral("blobsDeleted"), {m_clock.now(), std::nullopt, QString()});
            [&] { QVERIFY(store.recordMetrics(id, pts)); }();
        }
        [&] { QVERIFY(store.setStatus(id, IncidentStatus::Monitoring, QStringLiteral("alice"))); }();
        m_clock.advance(600);
        [&] { QVERIFY(store.setStatus(id, IncidentStatus::Resolved, QStringLiteral("alice"))); }();
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"));
        QVERIFY(rb);
        m_rb = rb.value();
    }

    void jsonRoundTripIsExact()
    {
        IncidentStore store(m_clock);
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("a.sqlite"))));
        const QString id = makeIncident(store);
        const Incident inc = store.loadIncident(id).value();
        QCOMPARE(inc.evidence.size(), 2);
        QCOMPARE(inc.evidence.first().rows.size(), Evidence::MaxRows);
        QCOMPARE(inc.evidence.first().moreRows, 10);
        QVERIFY(inc.evidence.first().pinned); // marked done with it
        QCOMPARE(inc.step(m_rb.sections.at(1).steps.at(0).id).evidenceId, QStringLiteral("E1"));
        QCOMPARE(inc.status, IncidentStatus::Resolved);
        QCOMPARE(inc.participants(), (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}));
        QCOMPARE(inc.mitigatedAt(), inc.resolvedAt.addSecs(-600));
        QVERIFY(inc.detectedAt() > inc.createdAt); // the first breaching evaluation
        const QByteArray first = QJsonDocument(ReportWriter::json(inc, m_rb)).toJson();

        IncidentStore empty(m_clock);
        QVERIFY(empty.open(m_dir.filePath(QStringLiteral("b.sqlite"))));
        const auto read = ReportWriter::readJson(first);
        QVERIFY2(read, qPrintable(read.error()));
        const auto imported = empty.importIncident(read.value());
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported.value(), id);
        const Incident back = empty.loadIncident(id).value();
        const QByteArray second = QJsonDocument(ReportWriter::json(back, m_rb)).toJson();
        QCOMPARE(second, first);
        // The intent without outcome is still one after the trip.
        QCOMPARE(back.actionsWithoutOutcome().size(), 1);
        // A second import of the same incident is refused, and the store keeps one.
        const auto again = empty.importIncident(read.value());
        QVERIFY(!again);
        QVERIFY(again.error().contains(QStringLiteral("already holds an incident")));
        QCOMPARE(empty.listIncidents()->size(), 1);
    }

    // The export is what docs/incident-schema.json says, field for field.
    void exportFollowsTheDocumentedSchema()
    {
        QFile f(QStringLiteral(RUNBOOK_SOURCE_DIR "/docs/incident-schema.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject schema = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!schema.isEmpty());
        IncidentStore store(m_clock);
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("schema.sqlite"))));
        const QJsonObject doc = ReportWriter::json(store.loadIncident(makeIncident(store)).value(), m_rb);
        SchemaCheck check(schema);
        check.check(doc, schema, QStringLiteral("$"));
        QVERIFY2(check.errors.isEmpty(), qPrintable(check.errors.join(QLatin1Char('\n'))));
        // The check can fail: a field the schema does not know, a wrong type.
        QJsonObject bad = doc;
        QJsonObject inc = bad.value(QStringLiteral("incident")).toObject();
        inc.insert(QStringLiteral("colour"), QStringLiteral("red"));
        inc.insert(QStringLiteral("status"), QStringLiteral("open"));
        bad.insert(QStringLiteral("incident"), inc);
        SchemaCheck failing(schema);
        failing.check(bad, schema, QStringLiteral("$"));
        QCOMPARE(failing.errors.size(), 2);
    }

    void badImportFilesAreRefusedWithTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{\n  \"format\": \"runbook-assistant.incident\",\n  oops\n}") << QStringLiteral("line 3, column");
        QTest::newRow("other format") << QByteArray(R"({"format": "something", "version": 1})") << QStringLiteral("format: expected");
        QTest::newRow("newer") << QByteArray(R"({"format": "runbook-assistant.incident", "version": 9, "incident": {}})") << QStringLiteral("newer version");
        QTest::newRow("bad state")
            << QByteArray(R"({"format": "runbook-assistant.incident", "version": 1, "incident": {"id": "x1", "title": "t", "status": "investigating",
               "runbook": {"path": "r.md"}, "created_at": "2026-01-01T00:00:00.000Z", "updated_at": "2026-01-01T00:00:00.000Z",
               "steps": [{"id": "a", "state": "done"}, {"id": "b", "state": "maybe"}]}})")
            << QStringLiteral("incident.steps[1].state: unknown state \"maybe\"");
        QTest::newRow("bad time")
            << QByteArray(R"({"format": "runbook-assistant.incident", "version": 1, "incident": {"id": "x1", "title": "t", "status": "investigating",
               "runbook": {"path": "r.md"}, "created_at": "yesterday", "updated_at": "2026-01-01T00:00:00.000Z"}})")
            << QStringLiteral("incident.created_at: \"yesterday\" is not an ISO-8601 time");
        QTest::newRow("bad severity")
            << QByteArray(R"({"format": "runbook-assistant.incident", "version": 1, "incident": {"id": "x1", "title": "t", "status": "investigating",
               "severity": "SEV9", "runbook": {"path": "r.md"}, "created_at": "2026-01-01T00:00:00.000Z", "updated_at": "2026-01-01T00:00:00.000Z"}})")
            << QStringLiteral("incident.severity");
        QTest::newRow("deep nesting") << (QByteArray(R"({"format": "runbook-assistant.incident", "version": 1, "incident": )") + QByteArray(5000, '[')
                                          + QByteArray(5000, ']') + "}")
                                      << QStringLiteral("line 1, column");
        QTest::newRow("invalid utf-8") << QByteArray("{\"format\": \"runbook-assistant.incident\xff\xfe\", \"version\": 1}") << QStringLiteral("line 1, column");
    }

    void badImportFilesAreRefusedWithTheirPlace()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        const auto r = ReportWriter::readJson(data);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(error), qPrintable(r.error()));
    }

    void fourFormatsHoldTheSameContent()
    {
        IncidentStore store(m_clock);
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("c.sqlite"))));
        const Incident inc = store.loadIncident(makeIncident(store)).value();
        const IncidentReport report = IncidentReport::build(inc, m_rb);
        const QString md = normalized(ReportWriter::markdown(report));
        const QString html = ReportWriter::html(report);
        const QString htmlPlain = normalized(htmlText(html));
        const QString pdfPath = m_dir.filePath(QStringLiteral("r.pdf"));
        const Status written = PdfReport::write(report, pdfPath);
        QVERIFY2(written, qPrintable(written.error()));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
        QVERIFY2(pdftotext.waitForFinished(30000) && pdftotext.exitCode() == 0, "pdftotext (poppler-utils) must be installed: scripts/test installs it");
        // NFKC: the PDF's text has the font's ligatures (ﬁ) where the report has two letters.
        // Page numbers (a line of their own) and page breaks fall inside text that runs on to the next page.
        QString pdfRaw = QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        pdfRaw.remove(QRegularExpression(QStringLiteral("\\n\\d+\\n\\f")));
        const QString pdfText = normalized(pdfRaw);
        // Lines wrap where the page is full (inside a path, too): the PDF is compared without whitespace.
        auto squeezed = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); };
        const QString pdf = squeezed(pdfText);
        QStringList strings;
        jsonStrings(QJsonValue(ReportWriter::json(inc, m_rb)), strings);
        const QString json = normalized(strings.join(QLatin1Char('\n')));

        // Each text of the report, in each rendering (the JSON holds the record: the
        // texts recorded, the walkthrough's steps — not headings or derived labels).
        const QStringList texts = report.texts();
        QVERIFY(texts.size() > 150);
        int inJson = 0;
        for (const QString &t : texts) {
            const QString n = normalized(t);
            QVERIFY2(md.contains(n), qPrintable(QStringLiteral("Markdown lacks: ") + n));
            QVERIFY2(htmlPlain.contains(n), qPrintable(QStringLiteral("HTML lacks: ") + n));
            QVERIFY2(pdf.contains(squeezed(n)), qPrintable(QStringLiteral("PDF lacks: ") + n));
            inJson += json.contains(n);
        }
        // What was recorded is in the JSON, word for word.
        for (const QString &recorded : {QStringLiteral("Stripe deliveries failed after a secret rotation."), QStringLiteral("32 tips were not recorded for 40 minutes."),
                                        QStringLiteral("The webhook secret was rotated in Stripe only."), QStringLiteral("Alert on webhook signature failures"),
                                        QStringLiteral("endpoint answers in 80 ms"), QStringLiteral("Paged at 03:10 by the tip alert"),
                                        QStringLiteral("32 event(s) with a failed webhook delivery"), QStringLiteral("Check Stripe webhook delivery logs for retry patterns")})
            QVERIFY2(json.contains(recorded), qPrintable(recorded));
        QVERIFY2(inJson > texts.size() / 2, qPrintable(QStringLiteral("%1 of %2").arg(inJson).arg(texts.size())));

        // The PDF holds the title, every section and the follow-ups.
        QVERIFY(pdfText.contains(QStringLiteral("Tips not recorded")));
        for (const ReportSection &s : report.sections)
            QVERIFY2(pdfText.contains(s.title), qPrintable(s.title));
        QVERIFY(pdfText.contains(QStringLiteral("Document the rotation")));
        QVERIFY(pdfText.contains(QStringLiteral("Alert on webhook signature failures")));

        // The HTML: every step, note, snapshot and timeline entry; nothing outside it.
        for (const Section &s : m_rb.sections)
            for (const Step &st : s.steps)
                QVERIFY2(htmlPlain.contains(normalized(st.plainText)), qPrintable(st.plainText));
        for (const TimelineEvent &e : inc.timeline)
            QVERIFY2(htmlPlain.contains(normalized(e.text)), qPrintable(e.text));
        QVERIFY(htmlPlain.contains(QStringLiteral("Evidence E1 (pinned)")));
        QVERIFY(htmlPlain.contains(QStringLiteral("Evidence E1 (pinned) — probe stripe-failed-events")));
        QVERIFY(!htmlPlain.contains(QStringLiteral("Evidence E2 — ")));    // left out of the report (the timeline still says so)…
        QVERIFY(json.contains(QStringLiteral("Left out: a second look"))); // …kept in the record
        QVERIFY(html.contains(QStringLiteral("<svg")) && html.contains(QStringLiteral("<polyline")));
        QVERIFY(!html.contains(QStringLiteral("http"), Qt::CaseInsensitive));
        for (const QString &ref : {QStringLiteral("src="), QStringLiteral("href="), QStringLiteral("url("), QStringLiteral("@import"), QStringLiteral("<script"),
                                   QStringLiteral("<link")})
            QVERIFY2(!html.contains(ref, Qt::CaseInsensitive), qPrintable(ref));
        QVERIFY(html.contains(QStringLiteral("@media print")));
    }

    void aSecretReachesNoFormat()
    {
        // Recorded before the secret was known (say, a note pasted from a log),
        // then the wiring registers it: the report masks it in all four.
        Incident inc;
        inc.id = QStringLiteral("20261128-abc123");
        inc.title = QStringLiteral("Leaky incident");
        inc.runbookPath = m_rb.path;
        inc.runbookHash = m_rb.hash;
        inc.runbookTitle = m_rb.title;
        inc.createdAt = inc.updatedAt = m_clock.now();
        inc.summary = QStringLiteral("token was ") + Sentinel;
        inc.notes.append({1, m_clock.now(), QStringLiteral("alice"), QStringLiteral("curl -H 'Authorization: Bearer ") + Sentinel + QLatin1Char('\'')});
        Evidence e;
        e.id = QStringLiteral("E1");
        e.stepId = m_rb.sections.at(0).steps.at(0).id;
        e.at = m_clock.now();
        e.summary = Sentinel;
        e.columns = {QStringLiteral("key")};
        e.rows = {{Sentinel}};
        inc.evidence.append(e);
        inc.followUps.append({1, QStringLiteral("Rotate ") + Sentinel, QString(), {}, false});
        inc.timeline.append({1, m_clock.now(), QStringLiteral("alice"), QStringLiteral("note.added"), {}, Sentinel});
        Redactor::add(Sentinel);
        const IncidentReport report = IncidentReport::build(inc, m_rb);
        const QString pdfPath = m_dir.filePath(QStringLiteral("secret.pdf"));
        QVERIFY(PdfReport::write(report, pdfPath));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000) && pdftotext.exitCode() == 0);
        const QString pdf = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(pdf.contains(QStringLiteral("Leaky incident")));
        QFile raw(pdfPath);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = raw.readAll();
        const QString md = ReportWriter::markdown(report), html = ReportWriter::html(report);
        const QString json = QString::fromUtf8(QJsonDocument(ReportWriter::json(Incident::fromJson(inc.toJson()).value(), m_rb)).toJson());
        for (const auto &[name, text] : {std::pair{"md", md}, std::pair{"html", html}, std::pair{"pdf", pdf}})
            QVERIFY2(!text.contains(QStringLiteral("SENTINEL")), name);
        QVERIFY(!pdfBytes.contains("SENTINEL"));
        QVERIFY(md.contains(QStringLiteral("Rotate ••••")));
        // The JSON is the record: what the store holds, which is redacted on the way in.
        IncidentStore store(m_clock);
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("secret.sqlite"))));
        const QString id = store.createIncident(QStringLiteral("Leaky"), m_rb, QStringLiteral("alice"))->id;
        QVERIFY(store.addNote(id, QStringLiteral("key ") + Sentinel, QStringLiteral("alice")));
        QVERIFY(store.attachEvidence(id, e, QStringLiteral("alice")));
        QVERIFY(store.saveFollowUp(id, FollowUp{0, QStringLiteral("Rotate ") + Sentinel, QString(), {}, false}, QStringLiteral("alice")));
        QVERIFY(store.setField(id, IncidentField::Summary, Sentinel, QStringLiteral("alice")));
        const QString stored = QString::fromUtf8(QJsonDocument(ReportWriter::json(store.loadIncident(id).value(), m_rb)).toJson());
        QVERIFY(!stored.contains(QStringLiteral("SENTINEL")));
        QVERIFY(!json.contains(QStringLiteral("SENTINEL"))); // and the export masks what a store took in before the secret was known
        QVERIFY(json.contains(QStringLiteral("Rotate ••••")));
    }

    // The PDF is painted page by page: a long table goes on over many pages
    // with its header on each, a row taller than a page, a long code block and
    // a line with no break anywhere lose nothing; rows stay in their order.
    void longContentRunsOverPagesAndLosesNothing()
    {
        IncidentReport r;
        r.title = QStringLiteral("Paging check");
        r.generatedAt = QStringLiteral("2026-12-02 06:00 UTC");
        ReportSection s{QStringLiteral("timeline"), QStringLiteral("Timeline (UTC)"), {}};
        ReportBlock t;
        t.kind = ReportBlock::Table;
        t.columns = {QStringLiteral("Time"), QStringLiteral("Who"), QStringLiteral("Event")};
        for (int i = 0; i < 3000; ++i)
            t.rows.append({QStringLiteral("row%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("alice"),
                           i % 7 ? QStringLiteral("Step %1 marked done").arg(i) : QStringLiteral("a longer event text that wraps in its column: ").repeated(3) + QString::number(i)});
        QString tall;
        for (int i = 0; i < 2500; ++i)
            tall += QStringLiteral("tall%1 ").arg(i);
        t.rows.insert(1500, {QStringLiteral("tallrow"), QStringLiteral("bob"), tall});
        s.blocks.append(t);
        ReportBlock code;
        code.kind = ReportBlock::Code;
        for (int i = 0; i < 400; ++i)
            code.text += QStringLiteral("codeline%1 SELECT * FROM profile_photos;\n").arg(i);
        s.blocks.append(code);
        ReportBlock unbroken;
        unbroken.kind = ReportBlock::Paragraph;
        unbroken.text = QStringLiteral("x").repeated(50'000) + QStringLiteral("END");
        s.blocks.append(unbroken);
        r.sections.append(s);

        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(PdfReport::write(r, path));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(30000) && info.exitCode() == 0);
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.readAllStandardOutput())).captured(1).toInt();
        QVERIFY2(pages > 40, qPrintable(QString::number(pages)));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000) && text.exitCode() == 0);
        const QString all = QString::fromUtf8(text.readAllStandardOutput());
        const QStringList pageTexts = all.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        // Every row, in order; the header on every page that holds rows.
        qsizetype at = 0;
        for (int i = 0; i < 3000; ++i) {
            const qsizetype next = all.indexOf(QStringLiteral("row%1").arg(i, 4, 10, QLatin1Char('0')), at);
            QVERIFY2(next >= at, qPrintable(QStringLiteral("row %1 missing or out of order").arg(i)));
            at = next;
        }
        for (int p = 0; p < pageTexts.size(); ++p) {
            if (pageTexts.at(p).contains(QRegularExpression(QStringLiteral("\\brow\\d{4}\\b")))) {
                QVERIFY2(pageTexts.at(p).contains(QStringLiteral("Time Who Event")), qPrintable(QStringLiteral("page %1 has rows but no header").arg(p + 1)));
            }
            // The page number is the page's last line.
            QVERIFY2(pageTexts.at(p).trimmed().endsWith(QString::number(p + 1)), qPrintable(QStringLiteral("page %1").arg(p + 1)));
        }
        auto squeezed = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); };
        QString flat = all;
        flat.remove(QRegularExpression(QStringLiteral("\\n\\d+\\n\\f")));
        flat = squeezed(flat);
        QVERIFY(flat.contains(squeezed(tall)));
        for (int i = 0; i < 400; ++i)
            QVERIFY2(flat.contains(QStringLiteral("codeline%1SELECT*FROMprofile_photos;").arg(i)), qPrintable(QString::number(i)));
        QVERIFY(flat.contains(QStringLiteral("x").repeated(50'000) + QStringLiteral("END")));
    }

    void triageVisitsCriticalSectionsFirst()
    {
        QHash<QString, Triage::Urgency> urgency;
        const QString blob = m_rb.sections.at(0).id, tips = m_rb.sections.at(1).id, race = m_rb.sections.at(2).id, clerk = m_rb.sections.at(4).id;
        urgency.insert(race, Triage::Urgency::Warning);
        urgency.insert(clerk, Triage::Urgency::Critical);
        urgency.insert(tips, Triage::Urgency::Critical);
        const QList<Triage::Place> order = Triage::order(m_rb, urgency);
        QStringList sections;
        for (const Triage::Place &p : order)
            if (sections.isEmpty() || sections.last() != p.sectionId)
                sections.append(p.sectionId);
        // Critical in the runbook's order, then the warning, then the rest (blob first of those).
        QCOMPARE(sections.mid(0, 4), (QStringList{tips, clerk, race, blob}));
        QVERIFY(order.first().reason.contains(QStringLiteral("critical")));
        // §1's "run manual cleanup" step names no procedure title; the wiring's run_procedure points it at Manual Blob Cleanup.
        const Section *manual = nullptr;
        for (const Section &s : m_rb.sections)
            if (s.title == QStringLiteral("Manual Blob Cleanup"))
                manual = &s;
        QVERIFY(manual);
        const QString pointing = m_rb.sections.at(0).steps.at(2).id;
        const QList<Triage::Place> withProc = Triage::order(m_rb, urgency, {{pointing, manual->id}});
        qsizetype at = -1;
        for (qsizetype i = 0; i < withProc.size(); ++i)
            if (withProc.at(i).stepId == pointing)
                at = i;
        QVERIFY(at >= 0);
        QCOMPARE(withProc.at(at + 1).sectionId, manual->id);
        QVERIFY(withProc.at(at + 1).reason.contains(QStringLiteral("points to it")));
        // Procedures nobody points at are not in the walk.
        for (const Triage::Place &p : order)
            QVERIFY(p.sectionId != manual->id);
        // Next: the first pending after the current one; handled steps are passed over.
        Incident inc;
        inc.steps.insert(order.at(0).stepId, StepRecord{order.at(0).stepId, StepState::Done, {}, {}, {}, {}, {}, {}, {}, {}, {}});
        QCOMPARE(Triage::next(m_rb, &inc, urgency, QString())->stepId, order.at(1).stepId);
        QCOMPARE(Triage::next(m_rb, &inc, urgency, order.at(1).stepId)->stepId, order.at(2).stepId);
        for (const Triage::Place &p : order)
            inc.steps.insert(p.stepId, StepRecord{p.stepId, StepState::Skipped, {}, {}, {}, {}, {}, {}, {}, {}, {}});
        QVERIFY(!Triage::next(m_rb, &inc, urgency, QString()));
    }
};

QTEST_MAIN(TestIncidentReport)
#include "tst_incidentreport.moc"
