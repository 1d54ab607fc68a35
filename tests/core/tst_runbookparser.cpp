// Parser on the flagship runbook (every count of the Foundation issue), on
// two other runbook styles, on lint problems and on bad input.
#include "runbook/RunbookParser.h"
#include "runbook/RunbookJson.h"
#include "base/TextUtil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

class TestRunbookParser : public QObject
{
    Q_OBJECT
private:
    Runbook flagship() const
    {
        auto rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"));
        if (!rb)
            qFatal("cannot read flagship runbook");
        return rb.value();
    }
    static Runbook data(const char *name)
    {
        auto rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_TEST_DATA "/") + QLatin1String(name));
        if (!rb)
            qFatal("cannot read test runbook");
        return rb.value();
    }
    static bool hasMessage(const Runbook &rb, int line, const QString &fragment)
    {
        for (const ParseMessage &m : rb.messages)
            if (m.line == line && m.message.contains(fragment))
                return true;
        return false;
    }

private Q_SLOTS:
    void flagshipSections()
    {
        const Runbook rb = flagship();
        QCOMPARE(rb.title, QStringLiteral("Infrastructure Monitoring Runbook"));
        QVERIFY(rb.messages.isEmpty());
        int monitoring = 0, procedures = 0, monitoringSteps = 0, procedureSteps = 0;
        for (const Section &s : rb.sections) {
            if (s.kind == SectionKind::Monitoring) {
                ++monitoring;
                monitoringSteps += s.steps.size();
                QCOMPARE(s.number, QString::number(monitoring));
            } else if (s.kind == SectionKind::Procedure) {
                ++procedures;
                procedureSteps += s.steps.size();
                QCOMPARE(s.group, QStringLiteral("Recovery Procedures"));
            }
        }
        QCOMPARE(monitoring, 7);
        QCOMPARE(monitoringSteps, 24);
        QCOMPARE(procedures, 3);
        QCOMPARE(procedureSteps, 10);
        QCOMPARE(rb.stepCount(), 34);
        QCOMPARE(rb.sections.at(9).title, QStringLiteral("Manual Blob Cleanup"));
        QCOMPARE(rb.sections.at(10).title, QStringLiteral("Force Retry Clerk Webhook"));
        QCOMPARE(rb.sections.at(11).title, QStringLiteral("Database Reconciliation"));
        QCOMPARE(rb.hash, TextUtil::sha256Hex([] {
                     QFile f(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"));
                     f.open(QIODevice::ReadOnly);
                     return f.readAll();
                 }()));
    }

    void flagshipExactTexts()
    {
        const Runbook rb = flagship();
        const Section *s1 = rb.section(QStringLiteral("blob-storage-orphan-prevention"));
        QVERIFY(s1);
        QCOMPARE(s1->displayTitle(), QStringLiteral("1. Blob Storage Orphan Prevention"));
        QCOMPARE(s1->condition, QStringLiteral("If blob deletion failures are frequent:"));
        QCOMPARE(s1->steps.at(1).number, QStringLiteral("2"));
        QCOMPARE(s1->steps.at(1).text, QStringLiteral("Verify `BLOB_READ_WRITE_TOKEN` is valid"));
        QCOMPARE(s1->steps.at(1).id, QStringLiteral("blob-storage-orphan-prevention/step-2"));
        const Section *s3 = rb.section(QStringLiteral("handle-race-condition-detection"));
        QCOMPARE(s3->steps.at(1).text, QStringLiteral("Users will see \"Handle already taken\" error"));
        const Section *s6 = rb.section(QStringLiteral("cron-job-health"));
        QCOMPARE(s6->steps.at(1).text, QStringLiteral("Verify `CRON_SECRET` is set correctly"));
        QCOMPARE(s6->metrics.size(), 3);
        QCOMPARE(s6->metrics.at(2).text, QStringLiteral("Duration of each cron job"));
        const Section *recon = rb.section(QStringLiteral("database-reconciliation"));
        QCOMPARE(recon->condition, QStringLiteral("If DB and blob storage are out of sync:"));
        QCOMPARE(recon->steps.at(2).text,
                 QStringLiteral("Mark missing blobs as failed: `UPDATE profile_photos SET status = 'failed' WHERE id = 'xxx'`"));
    }

    void flagshipMonitorsAndMetrics()
    {
        const Runbook rb = flagship();
        QHash<MonitorKind, int> kinds;
        QStringList placeholders;
        for (const Section &s : rb.sections)
            for (const Monitor &m : s.monitors) {
                ++kinds[m.kind];
                if (m.numberPlaceholder)
                    placeholders.append(m.value);
            }
        QCOMPARE(kinds.value(MonitorKind::LogPattern), 13);
        QCOMPARE(kinds.value(MonitorKind::EventType), 2);
        QCOMPARE(kinds.value(MonitorKind::ResponseField), 6);
        QCOMPARE(kinds.value(MonitorKind::HttpStatus), 1);
        QCOMPARE(placeholders, (QStringList{QStringLiteral("[cleanup-photos] Deleted X orphaned records"),
                                            QStringLiteral("[cleanup-idempotency-keys] Deleted X expired keys")}));
        QCOMPARE(rb.metricCount(), 14);

        const Section *tips = rb.section(QStringLiteral("payment-tip-duplicate-detection"));
        QCOMPARE(tips->monitors.at(2).kind, MonitorKind::EventType);
        QCOMPARE(tips->monitors.at(2).value, QStringLiteral("tip_webhook_duplicate"));
        QCOMPARE(tips->monitors.at(3).value, QStringLiteral("tip_recorded"));
        const Section *photo = rb.section(QStringLiteral("photo-cleanup-job"));
        QCOMPARE(photo->monitors.size(), 6);
        QCOMPARE(photo->monitors.at(0).value, QStringLiteral("deleted"));
        QCOMPARE(photo->monitors.at(5).value, QStringLiteral("details.stuckProcessing"));
        for (const Monitor &m : photo->monitors)
            QCOMPARE(m.endpoint, QStringLiteral("/api/cron/cleanup-photos"));
        const Section *clerk = rb.section(QStringLiteral("clerk-webhook-failures"));
        QCOMPARE(clerk->monitors.at(2).kind, MonitorKind::HttpStatus);
        QCOMPARE(clerk->monitors.at(2).value, QStringLiteral("500"));
        QCOMPARE(clerk->monitors.at(2).endpoint, QStringLiteral("/api/clerk/webhook"));
        QCOMPARE(rb.section(QStringLiteral("blob-storage-orphan-prevention"))->monitors.at(0).value,
                 QStringLiteral("[upload] Cleaned up previous avatar blobs"));
    }

    void flagshipThresholds()
    {
        const Runbook rb = flagship();
        QCOMPARE(rb.thresholds.size(), 6);
        const ThresholdRule &blob = rb.thresholds.at(0);
        QCOMPARE(blob.metric, QStringLiteral("Blob deletion failures"));
        QCOMPARE(blob.window, QStringLiteral("per day"));
        QCOMPARE(blob.warning.op, QStringLiteral(">"));
        QCOMPARE(blob.warning.value, 10.0);
        QCOMPARE(blob.critical.value, 50.0);
        QCOMPARE(blob.warning.unit, ThresholdUnit::Count);
        QCOMPARE(blob.sectionId, QStringLiteral("blob-storage-orphan-prevention"));
        const ThresholdRule &tips = rb.thresholds.at(1);
        QCOMPARE(tips.window, QStringLiteral("per hour"));
        QCOMPARE(tips.warning.unit, ThresholdUnit::PercentOfTotal);
        QCOMPARE(tips.warning.value, 20.0);
        QCOMPARE(tips.critical.value, 50.0);
        const ThresholdRule &orphans = rb.thresholds.at(5);
        QCOMPARE(orphans.metric, QStringLiteral("Orphaned photo records"));
        QCOMPARE(orphans.window, QStringLiteral("per cleanup run"));
        QCOMPARE(orphans.windowKind, WindowKind::Run);
        QCOMPARE(orphans.critical.value, 200.0);
        QCOMPARE(rb.thresholds.at(4).metric, QStringLiteral("Clerk webhook 500s"));
        QCOMPARE(rb.thresholds.at(4).sectionId, QStringLiteral("clerk-webhook-failures"));
    }

    void flagshipQueriesAndEntities()
    {
        const Runbook rb = flagship();
        QCOMPARE(rb.queries.size(), 5);
        QCOMPARE(rb.queries.at(0).name, QStringLiteral("Blob cleanup issues"));
        QCOMPARE(rb.queries.at(0).query, QStringLiteral("\"[cleanup-photos]\" OR \"[upload] Failed to clean up\""));
        QCOMPARE(rb.queries.at(1).query, QStringLiteral("\"[capture-tip]\" event_type"));
        QCOMPARE(rb.queries.at(4).name, QStringLiteral("Webhook failures"));

        const Section *recon = rb.section(QStringLiteral("database-reconciliation"));
        QCOMPARE(recon->steps.at(0).entities.size(), 1);
        QCOMPARE(recon->steps.at(0).entities.at(0).kind, EntityKind::Sql);
        QVERIFY(recon->steps.at(0).entities.at(0).parameters.isEmpty()); // 'ready' is data, not a placeholder
        QCOMPARE(recon->steps.at(2).entities.at(0).parameters, QStringList{QStringLiteral("xxx")});
        const Section *manual = rb.section(QStringLiteral("manual-blob-cleanup"));
        QCOMPARE(manual->steps.at(0).entities.at(0).kind, EntityKind::Dashboard);
        QCOMPARE(manual->steps.at(0).entities.at(0).text, QStringLiteral("Vercel project → Storage → Blob"));
        QCOMPARE(manual->steps.at(1).entities.at(0).kind, EntityKind::BlobPrefix);
        QCOMPARE(manual->steps.at(1).entities.at(0).text, QStringLiteral("avatars/users/"));
        const Section *s1 = rb.section(QStringLiteral("blob-storage-orphan-prevention"));
        QCOMPARE(s1->steps.at(1).entities.at(0).kind, EntityKind::EnvVar);
        QCOMPARE(s1->steps.at(1).entities.at(0).text, QStringLiteral("BLOB_READ_WRITE_TOKEN"));
        const Section *retry = rb.section(QStringLiteral("force-retry-clerk-webhook"));
        QCOMPARE(retry->steps.at(0).entities.at(0).text, QStringLiteral("Clerk dashboard → Webhooks"));
        QCOMPARE(retry->steps.at(0).entities.at(0).service, QStringLiteral("Clerk"));
    }

    void entitiesInPlainText()
    {
        const auto e = StepEntityRecognizer_recognize(QStringLiteral("Check for 500s on /api/clerk/webhook and `DATABASE_URL`"));
        QCOMPARE(e, (QStringList{QStringLiteral("env_var:DATABASE_URL"), QStringLiteral("api_path:/api/clerk/webhook")}));
    }

    void jsonHasTheIssueFields()
    {
        const QJsonObject o = RunbookJson::toJson(flagship());
        QCOMPARE(o.value(QStringLiteral("sections")).toArray().size(), 12);
        const QJsonObject s1 = o.value(QStringLiteral("sections")).toArray().at(0).toObject();
        for (const char *k : {"id", "title", "kind", "condition", "steps", "monitors", "metrics"})
            QVERIFY2(s1.contains(QLatin1String(k)), k);
        QCOMPARE(s1.value(QStringLiteral("kind")).toString(), QStringLiteral("monitoring"));
        const QJsonObject step = s1.value(QStringLiteral("steps")).toArray().at(0).toObject();
        for (const char *k : {"id", "number", "text"})
            QVERIFY2(step.contains(QLatin1String(k)), k);
        const QJsonObject t = o.value(QStringLiteral("thresholds")).toArray().at(1).toObject();
        QCOMPARE(t.value(QStringLiteral("warning")).toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("percent_of_total"));
        QCOMPARE(o.value(QStringLiteral("queries")).toArray().at(2).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Race conditions"));
        QVERIFY(o.value(QStringLiteral("warnings")).toArray().isEmpty());
    }

    void stableIdsAndChangedText()
    {
        QFile f(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        QByteArray edited = original;
        edited.replace("2. Verify `BLOB_READ_WRITE_TOKEN` is valid", "2. Verify `BLOB_READ_WRITE_TOKEN` is still valid");
        edited.replace("## 1. Blob Storage Orphan Prevention", "## 1. Blob Storage Orphan Prevention\n\nAdded a sentence.");
        const Runbook a = RunbookParser::parse(original);
        const Runbook b = RunbookParser::parse(edited);
        QVERIFY(a.hash != b.hash);
        QCOMPARE(a.stepCount(), b.stepCount());
        for (int i = 0; i < a.sections.size(); ++i) {
            QCOMPARE(a.sections.at(i).id, b.sections.at(i).id);
            for (int j = 0; j < a.sections.at(i).steps.size(); ++j) {
                QCOMPARE(a.sections.at(i).steps.at(j).id, b.sections.at(i).steps.at(j).id);
                const bool changed = a.sections.at(i).steps.at(j).textHash != b.sections.at(i).steps.at(j).textHash;
                QCOMPARE(changed, a.sections.at(i).steps.at(j).id == QStringLiteral("blob-storage-orphan-prevention/step-2"));
            }
        }
    }

    void otherStylePlaybook()
    {
        const Runbook rb = data("database-failover.md");
        QCOMPARE(rb.title, QStringLiteral("Database Failover Playbook"));
        QCOMPARE(rb.intro, QStringLiteral("Use this playbook when the primary database stops accepting writes."));
        QCOMPARE(rb.sections.size(), 4);
        const Section &symptoms = rb.sections.at(0);
        QCOMPARE(symptoms.kind, SectionKind::Monitoring);
        QCOMPARE(symptoms.monitors.size(), 2);
        QCOMPARE(symptoms.monitors.at(1).kind, MonitorKind::HttpStatus);
        QCOMPARE(symptoms.monitors.at(1).value, QStringLiteral("503"));
        const Section &triage = rb.sections.at(1);
        QCOMPARE(triage.condition, QStringLiteral("When writes fail for more than two minutes:"));
        QCOMPARE(triage.steps.size(), 3);
        QCOMPARE(triage.steps.at(0).entities.at(0).kind, EntityKind::Sql);
        const Section &promote = rb.sections.at(2);
        QCOMPARE(promote.kind, SectionKind::Procedure);
        QCOMPARE(promote.steps.size(), 4);
        QCOMPARE(promote.steps.at(1).code, QStringLiteral("pg_ctl promote -D /var/lib/postgresql/15/main\n"));
        QCOMPARE(rb.thresholds.size(), 2);
        QCOMPARE(rb.thresholds.at(0).window, QStringLiteral("per minute"));
        QCOMPARE(rb.thresholds.at(1).critical.unit, ThresholdUnit::PercentOfTotal);
        QCOMPARE(rb.thresholds.at(1).critical.value, 5.0);
        QVERIFY(rb.messages.isEmpty());
    }

    void otherStyleSetextAndTasks()
    {
        const Runbook rb = data("ops-checklist.md");
        QCOMPARE(rb.title, QStringLiteral("Weekly Operations"));
        QCOMPARE(rb.sections.size(), 2);
        const Section &certs = rb.sections.at(0);
        // Nested items belong to their parent; the code block after the list is a command step of its own.
        QCOMPARE(certs.steps.size(), 4);
        QVERIFY(certs.steps.at(0).task);
        QCOMPARE(certs.steps.at(1).subItems, (QStringList{QStringLiteral("Staging first"), QStringLiteral("Then production")}));
        QCOMPARE(certs.steps.at(3).type, StepType::Command);
        QCOMPARE(certs.steps.at(3).blocks.at(0).language, QStringLiteral("shell"));
        QCOMPARE(certs.codeBlocks.size(), 1);
        QCOMPARE(certs.codeBlocks.at(0).text, QStringLiteral("openssl x509 -enddate -noout -in cert.pem\n"));
        const Section &backups = rb.sections.at(1);
        QCOMPARE(backups.steps.size(), 2);
        QCOMPARE(backups.tableRows.size(), 3); // kept, header first
        QCOMPARE(backups.tableRows.at(2), (QStringList{QStringLiteral("db-2"), QStringLiteral("03:00")}));
        QVERIFY(rb.thresholds.isEmpty());
    }

    void lintFindings()
    {
        const Runbook rb = data("lint-problems.md");
        QVERIFY(hasMessage(rb, 7, QStringLiteral("numbering jumps from 2 to 4")));
        QVERIFY(hasMessage(rb, 9, QStringLiteral("\"Empty One\" is empty")));
        QVERIFY(hasMessage(rb, 11, QStringLiteral("duplicate section title \"Restart\" (first at line 3)")));
        QVERIFY(hasMessage(rb, 20, QStringLiteral("cannot read warning value \"often\"")));
        QVERIFY(hasMessage(rb, 21, QStringLiteral("the critical cell is missing")));
        QVERIFY(hasMessage(rb, 25, QStringLiteral("never closed")));
        QCOMPARE(rb.messages.size(), 6);
        QCOMPARE(rb.thresholds.size(), 1); // the good row survives
        QCOMPARE(rb.sections.at(2).id, QStringLiteral("restart-2"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QByteArray() << 1 << QStringLiteral("empty");
        QTest::newRow("whitespace") << QByteArray("  \n\n\t\n") << 1 << QStringLiteral("empty");
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 256);
        QTest::newRow("binary") << garbage << 1 << QStringLiteral("not a text file");
        QTest::newRow("invalid utf-8") << QByteArray("# T\n\n## A\n\n- ok\n- bad \xff\xfe here\n") << 6 << QStringLiteral("invalid UTF-8");
        QTest::newRow("unclosed fence") << QByteArray("# T\n\n## A\n\n- step\n\n```sh\nrm -rf /tmp/x\n") << 7 << QStringLiteral("never closed");
        QTest::newRow("no headings") << QByteArray("just text\n\n1. one\n2. two\n") << 1 << QStringLiteral("no headings");
        QTest::newRow("table missing cells")
            << QByteArray("# T\n\n## Alerts\n\n| Metric | Warning | Critical |\n|---|---|---|\n| Errors per hour |\n") << 7
            << QStringLiteral("does not parse");
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        const Runbook rb = RunbookParser::parse(bytes, QStringLiteral("bad.md"));
        QVERIFY2(hasMessage(rb, line, fragment), qPrintable(rb.messages.isEmpty() ? QStringLiteral("(none)") : rb.messages.first().message));
    }

    void invalidUtf8KeepsContent()
    {
        const Runbook rb = RunbookParser::parse(QByteArray("# T\n\n## A\n\n- ok\n- bad \xff here\n"));
        QCOMPARE(rb.stepCount(), 2);
        QVERIFY(rb.sections.at(0).steps.at(1).text.contains(QChar(0xFFFD)));
    }

    void hugeLineDoesNotHang()
    {
        QByteArray bytes("# Big\n\n## A\n\n- ");
        bytes += QByteArray(20 * 1024 * 1024, 'a');
        bytes += "\n- second\n";
        QElapsedTimer t;
        t.start();
        const Runbook rb = RunbookParser::parse(bytes);
        QCOMPARE(rb.stepCount(), 2);
        QCOMPARE(rb.sections.at(0).steps.at(0).text.size(), 20 * 1024 * 1024);
        qInfo("20 MB line parsed in %lld ms", t.elapsed());
        QVERIFY2(t.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms").arg(t.elapsed()))); // ~1.5 s on 2 cores; a hang bound, not a benchmark
    }

    void missingFile()
    {
        const auto rb = RunbookParser::parseFile(QStringLiteral("/nonexistent/runbook.md"));
        QVERIFY(!rb);
        QVERIFY(rb.error().contains(QStringLiteral("no such file")));
    }

    void slugs()
    {
        QCOMPARE(TextUtil::slugify(QStringLiteral("1. Blob Storage Orphan Prevention")), QStringLiteral("blob-storage-orphan-prevention"));
        QCOMPARE(TextUtil::slugify(QStringLiteral("Alert Thresholds (Suggested)")), QStringLiteral("alert-thresholds-suggested"));
        QCOMPARE(TextUtil::slugify(QStringLiteral("Éclair — café")), QStringLiteral("eclair-cafe"));
        QCOMPARE(TextUtil::slugify(QStringLiteral("!!!")), QStringLiteral("section"));
    }

private:
    static QStringList StepEntityRecognizer_recognize(const QString &text);
};

#include "runbook/StepEntityRecognizer.h"

QStringList TestRunbookParser::StepEntityRecognizer_recognize(const QString &text)
{
    QStringList out;
    for (const StepEntity &e : StepEntityRecognizer::recognize(text))
        out.append(toText(e.kind) + QLatin1Char(':') + e.text);
    return out;
}

QTEST_GUILESS_MAIN(TestRunbookParser)
#include "tst_runbookparser.moc"
