// Runbooks as other teams write them (tests/data/runbooks: Kubernetes alert
// runbooks, database, CI, security playbooks, multi-alert files, front matter
// of Hugo/Jekyll/Docusaurus/TOML, admonitions, TOC markers, emoji, tabs,
// lazy numbering, code that breaks a list): each file's sections, their kinds,
// groups and step counts as a reader expects them — and the flagship unchanged.
#include "runbook/CodeText.h"
#include "runbook/RunbookParser.h"

#include <QtTest>

namespace {
struct Expected
{
    QString title;   // the section's title
    QString kind;    // monitoring, procedure, reading, other
    int steps;
    QStringList groups;
};
} // namespace
Q_DECLARE_METATYPE(Expected)
namespace {

Runbook load(const QString &name)
{
    const auto rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_TEST_DATA "/runbooks/") + name);
    return rb ? rb.value() : Runbook();
}

QString describe(const Runbook &rb)
{
    QStringList out;
    for (const Section &s : rb.sections)
        out.append(QStringLiteral("%1 (%2, %3 steps, groups %4)").arg(s.title, toText(s.kind)).arg(s.steps.size()).arg(s.groups.join(QLatin1Char('|'))));
    return out.join(QStringLiteral("; "));
}
} // namespace

class TestRunbookCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void structure_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QList<Expected>>("sections");
        const QString R = QStringLiteral("reading"), P = QStringLiteral("procedure"), M = QStringLiteral("monitoring"), O = QStringLiteral("other");
        QTest::newRow("k8s alert, front matter") << QStringLiteral("k8s-pod-crashlooping.md") << QStringLiteral("KubePodCrashLooping")
                                                 << QList<Expected>{{QStringLiteral("Meaning"), R, 0, {}},
                                                                    {QStringLiteral("Impact"), R, 0, {}},
                                                                    {QStringLiteral("Diagnosis"), P, 5, {QStringLiteral("CLI Checks"), QStringLiteral("PromQL queries")}},
                                                                    {QStringLiteral("Mitigation"), P, 3, {}}};
        QTest::newRow("k8s alert, prose and commands") << QStringLiteral("k8s-node-not-ready.md") << QStringLiteral("KubeNodeNotReady")
                                                       << QList<Expected>{{QStringLiteral("Meaning"), R, 0, {}},
                                                                          {QStringLiteral("Impact"), R, 0, {}},
                                                                          {QStringLiteral("Diagnosis"), P, 3, {}},
                                                                          {QStringLiteral("Mitigation"), P, 4, {}}};
        QTest::newRow("multi-alert playbook") << QStringLiteral("k8s-overcommit-playbook.md") << QStringLiteral("k8s-overcommit-playbook")
                                              << QList<Expected>{{QStringLiteral("KubeCPUOvercommit"), P, 3, {QStringLiteral("Diagnosis"), QStringLiteral("Mitigation")}},
                                                                 {QStringLiteral("KubeMemoryOvercommit"), P, 3, {QStringLiteral("Diagnosis"), QStringLiteral("Mitigation")}},
                                                                 {QStringLiteral("KubeQuotaAlmostFull"), P, 2, {}}};
        QTest::newRow("database, TOML front matter") << QStringLiteral("postgres-replication-lag.md") << QStringLiteral("PostgreSQL replication lag")
                                                     << QList<Expected>{{QStringLiteral("Check the lag"), P, 2, {}}, {QStringLiteral("Fix"), P, 3, {}}};
        QTest::newRow("database, step headings") << QStringLiteral("postgres-disk-full.md") << QStringLiteral("Database disk almost full")
                                                 << QList<Expected>{{QStringLiteral("Overview"), R, 0, {}}, {QStringLiteral("Procedure"), P, 4, {}}};
        QTest::newRow("CI, admonition and TOC") << QStringLiteral("ci-pipeline-failure.md") << QStringLiteral("CI pipeline failures")
                                                << QList<Expected>{{QStringLiteral("When to use this"), R, 0, {}},
                                                                   {QStringLiteral("Triage"), P, 3, {}},
                                                                   {QStringLiteral("Common fixes"), P, 3, {QStringLiteral("Dependency cache"), QStringLiteral("Expired registry token")}}};
        QTest::newRow("security playbook, NIST phases") << QStringLiteral("security-incident-playbook.md") << QStringLiteral("Security incident response playbook")
                                                        << QList<Expected>{{QStringLiteral("Preparation"), R, 0, {}},
                                                                           {QStringLiteral("Detection and Analysis"), P, 3, {}},
                                                                           {QStringLiteral("Containment"), P, 4, {QStringLiteral("Short-term"), QStringLiteral("Long-term")}},
                                                                           {QStringLiteral("Eradication"), P, 2, {}},
                                                                           {QStringLiteral("Recovery"), P, 1, {}},
                                                                           {QStringLiteral("Lessons Learned"), R, 0, {}}};
        QTest::newRow("security, numbered step headings") << QStringLiteral("compromised-credentials.md") << QStringLiteral("Compromised cloud credentials")
                                                          << QList<Expected>{{QStringLiteral("Response"), P, 3, {}}};
        // Its one heading, at level 2 with nothing below it, names the one section.
        QTest::newRow("no title, one section, 1-space bullets") << QStringLiteral("redis-memory-high.md") << QStringLiteral("redis-memory-high")
                                                                << QList<Expected>{{QStringLiteral("Redis memory usage high"), P, 3, {}}};
        QTest::newRow("tabs after numbers, code breaking the list") << QStringLiteral("nginx-5xx.md") << QStringLiteral("Nginx 5xx errors")
                                                                    << QList<Expected>{{QStringLiteral("Investigation"), P, 4, {}}};
        QTest::newRow("emoji headings, LogQL") << QStringLiteral("kafka-consumer-lag.md") << QStringLiteral("Kafka consumer lag 🐢")
                                               << QList<Expected>{{QStringLiteral("🚨 Symptoms"), M, 2, {}},
                                                                  {QStringLiteral("🔍 Investigation"), P, 2, {}},
                                                                  {QStringLiteral("🔧 Fix"), P, 2, {}}};
        QTest::newRow("Docusaurus front matter, Part N sections") << QStringLiteral("dns-resolution-failures.md") << QStringLiteral("DNS resolution failures")
                                                                  << QList<Expected>{{QStringLiteral("Part 1: Check CoreDNS"), P, 1, {}},
                                                                                     {QStringLiteral("Part 2: Test resolution from a pod"), P, 1, {}},
                                                                                     {QStringLiteral("Part 3: Scale CoreDNS"), P, 1, {}}};
        QTest::newRow("Jekyll front matter, no # title") << QStringLiteral("certificate-expiry.md") << QStringLiteral("TLS certificate expiring")
                                                         << QList<Expected>{{QStringLiteral("Check"), P, 2, {}}, {QStringLiteral("Renew"), P, 3, {}}};
        QTest::newRow("SRE style: symptoms, triage, escalation") << QStringLiteral("disk-pressure.md") << QStringLiteral("Disk pressure on build agents")
                                                                 << QList<Expected>{{QStringLiteral("Symptoms"), M, 2, {}},
                                                                                    {QStringLiteral("Triage"), P, 2, {}},
                                                                                    {QStringLiteral("Escalation"), R, 0, {}}};
        QTest::newRow("GitLab: TOC, {{PLACEHOLDER}}") << QStringLiteral("gitlab-runner-offline.md") << QStringLiteral("GitLab runner offline")
                                                      << QList<Expected>{{QStringLiteral("Summary"), R, 0, {}}, {QStringLiteral("Steps"), P, 3, {}}};
        // Second pass (files written for each rule): one top title at level 2; stages of the work; an alert's sub-headings; inline commands.
        QTest::newRow("## title over ### sections") << QStringLiteral("phishing-playbook.md") << QStringLiteral("Playbook: Phishing")
                                                    << QList<Expected>{{QStringLiteral("Investigate"), P, 3, {}},
                                                                       {QStringLiteral("Contain"), P, 3, {}},
                                                                       {QStringLiteral("Recover"), P, 2, {}}};
        QTest::newRow("Phase N / Part N are groups of steps") << QStringLiteral("ransomware-phases.md") << QStringLiteral("Ransomware response")
                                                              << QList<Expected>{{QStringLiteral("Response"), P, 10,
                                                                                  {QStringLiteral("Phase 1: Containment"), QStringLiteral("Phase 2: Eradication"),
                                                                                   QStringLiteral("Part 3 – Recovery")}}};
        QTest::newRow("headings below an alert are its groups") << QStringLiteral("cortex-alerts.md") << QStringLiteral("Cortex playbooks")
                                                                << QList<Expected>{{QStringLiteral("CortexRequestLatency"), P, 4, {QStringLiteral("Write Latency"), QStringLiteral("Read Latency")}},
                                                                                   {QStringLiteral("CortexIngesterUnhealthy"), P, 2, {}},
                                                                                   {QStringLiteral("CortexRequestErrors"), P, 2, {}}};
        QTest::newRow("inline commands") << QStringLiteral("inline-commands.md") << QStringLiteral("KubeContainerWaiting")
                                         << QList<Expected>{{QStringLiteral("Diagnosis"), P, 3, {}}, {QStringLiteral("Mitigation"), P, 1, {}}};
        QTest::newRow("Datadog queries") << QStringLiteral("api-latency-datadog.md") << QStringLiteral("API latency high")
                                         << QList<Expected>{{QStringLiteral("What to Monitor"), M, 2, {}},
                                                            {QStringLiteral("Log Queries"), O, 0, {}},
                                                            {QStringLiteral("Response"), P, 2, {}}};
    }

    void structure()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QList<Expected>, sections);
        const Runbook rb = load(file);
        QCOMPARE(rb.title, title);
        QVERIFY2(rb.sections.size() == sections.size(), qPrintable(describe(rb)));
        for (int i = 0; i < sections.size(); ++i) {
            const Section &s = rb.sections.at(i);
            const Expected &e = sections.at(i);
            QCOMPARE(s.title, e.title);
            QVERIFY2(toText(s.kind) == e.kind, qPrintable(s.title + QStringLiteral(": ") + toText(s.kind)));
            QVERIFY2(s.steps.size() == e.steps, qPrintable(describe(rb)));
            QCOMPARE(s.groups, e.groups);
        }
        QVERIFY(!rb.hasErrors());
    }

    void corpusIsLargeEnough()
    {
        const QStringList files = QDir(QStringLiteral(RUNBOOK_TEST_DATA "/runbooks")).entryList({QStringLiteral("*.md")});
        QVERIFY2(files.size() >= 15, qPrintable(files.join(QLatin1Char(' '))));
    }

    void theFlagshipIsUnchanged()
    {
        const auto rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"));
        QVERIFY(rb);
        int procedures = 0, procedureSteps = 0, others = 0, otherSteps = 0;
        for (const Section &s : rb->sections) {
            if (s.group == QStringLiteral("Recovery Procedures")) {
                ++procedures;
                procedureSteps += int(s.steps.size());
            } else if (s.steps.size() > 0) {
                ++others;
                otherSteps += int(s.steps.size());
            }
            QVERIFY(s.groups.isEmpty());
            for (const Step &st : s.steps)
                QCOMPARE(st.type, StepType::Check);
        }
        QCOMPARE(others, 7);
        QCOMPARE(procedures, 3);
        QCOMPARE(otherSteps, 24);
        QCOMPARE(procedureSteps, 10);
        QCOMPARE(rb->queries.size(), 5);
        QVERIFY(rb->metadata.isEmpty());
    }

    void frontMatterIsMetadata()
    {
        const Runbook k8s = load(QStringLiteral("k8s-pod-crashlooping.md"));
        QCOMPARE(k8s.alert, QStringLiteral("KubePodCrashLooping"));
        QCOMPARE(k8s.metadata.size(), 6);
        QCOMPARE(k8s.metadata.at(2).first, QStringLiteral("alert"));
        QCOMPARE(k8s.metadata.at(5), (std::pair<QString, QString>{QStringLiteral("tags"), QStringLiteral("kubernetes, pods")}));
        QVERIFY(k8s.sections.first().line > 8); // the block's lines keep their numbers and make no section
        const Runbook multi = load(QStringLiteral("k8s-overcommit-playbook.md"));
        QVERIFY(multi.alert.isEmpty());
        QCOMPARE(multi.sections.at(1).alert, QStringLiteral("KubeMemoryOvercommit")); // each alert of a file of several
        QVERIFY(load(QStringLiteral("postgres-disk-full.md")).alert.isEmpty()); // "Database disk almost full" names no alert
        const Runbook toml = load(QStringLiteral("postgres-replication-lag.md"));
        QCOMPARE(toml.metadata.size(), 4);
        QCOMPARE(toml.metadata.at(1).second, QStringLiteral("dba-oncall"));
        QCOMPARE(toml.metadata.at(3).second, QStringLiteral("postgresql, replication"));
        const Runbook jekyll = load(QStringLiteral("certificate-expiry.md"));
        QCOMPARE(jekyll.metadata.size(), 5);
        const Runbook docusaurus = load(QStringLiteral("dns-resolution-failures.md"));
        QCOMPARE(docusaurus.metadata.at(3).second, QStringLiteral("dns, networking"));
        // "# comment" inside fenced code is never a heading.
        QCOMPARE(docusaurus.sections.first().steps.first().blocks.first().text.count(QStringLiteral("# ")), 2);
        // A broken front matter block: a warning with its line, and the rest still parses.
        const Runbook bad = RunbookParser::parse("---\ntitle: [unclosed\nowner: x\n---\n\n## Check\n\n1. Look\n", QStringLiteral("bad.md"));
        QCOMPARE(bad.sections.size(), 1);
        QCOMPARE(bad.stepCount(), 1);
        QVERIFY(!bad.messages.isEmpty());
        QVERIFY2(bad.messages.first().message.startsWith(QStringLiteral("front matter:")), qPrintable(bad.messages.first().message));
        // A thematic break followed by text is not front matter.
        const Runbook rule = RunbookParser::parse("---\n\n## Check\n\n1. Look\n", QStringLiteral("rule.md"));
        QVERIFY(rule.metadata.isEmpty());
        QCOMPARE(rule.stepCount(), 1);
    }

    // TOML front matter is read by a TOML library, not split at '=': strings
    // with '=' and ',' inside, inline comments, escapes, multi-line strings and
    // tables read as TOML says; a broken block is a warning at its line.
    void tomlFrontMatterIsReadAsToml()
    {
        const Runbook rb = RunbookParser::parse("+++\n"
                                                "title = \"Lag = bad, very\"\n"
                                                "owner = \"dba\" # the team\n"
                                                "tags = [\"a, b\", 'c']\n"
                                                "summary = \"\"\"\ntwo\nlines\"\"\"\n"
                                                "escaped = \"say \\\"hi\\\"\"\n"
                                                "reviewed = 2026-11-02\n"
                                                "[params]\n"
                                                "x = 1\n"
                                                "+++\n\n## Check\n\n1. Look\n",
                                                QStringLiteral("toml.md"));
        QVERIFY2(rb.messages.isEmpty(), qPrintable(rb.messages.isEmpty() ? QString() : rb.messages.first().message));
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("title"), QStringLiteral("Lag = bad, very")}, {QStringLiteral("owner"), QStringLiteral("dba")},
            {QStringLiteral("tags"), QStringLiteral("a, b, c")},          {QStringLiteral("summary"), QStringLiteral("two\nlines")},
            {QStringLiteral("escaped"), QStringLiteral("say \"hi\"")},    {QStringLiteral("reviewed"), QStringLiteral("2026-11-02")},
            {QStringLiteral("params"), QString()}};
        QCOMPARE(rb.metadata, expected);
        QCOMPARE(rb.stepCount(), 1);
        QCOMPARE(rb.sections.first().line, 14); // the block keeps its lines

        const Runbook unclosed = RunbookParser::parse("+++\nowner = \"dba\"\ntitle = \"unclosed\n+++\n\n## Check\n\n1. Look\n", QStringLiteral("bad.md"));
        QCOMPARE(unclosed.stepCount(), 1);
        QVERIFY(!unclosed.messages.isEmpty());
        QVERIFY2(unclosed.messages.first().message.startsWith(QStringLiteral("front matter:")), qPrintable(unclosed.messages.first().message));
        QCOMPARE(unclosed.messages.first().line, 3);
        QVERIFY(unclosed.metadata.isEmpty());
        const Runbook twice = RunbookParser::parse("+++\nowner = \"a\"\nowner = \"b\"\n+++\n\n## Check\n\n1. Look\n", QStringLiteral("twice.md"));
        QVERIFY(!twice.messages.isEmpty());
        QCOMPARE(twice.messages.first().line, 3);
    }

    // Nothing a runbook says is dropped: a symptom bullet without a code span is
    // a step beside the monitors the others make, and prose between two lists
    // stays between them (as the group of the steps after it), never above
    // the whole checklist.
    void everyBulletAndSentenceIsKeptInPlace()
    {
        const Runbook rb = load(QStringLiteral("signup-symptoms.md"));
        const Section &sym = rb.sections.at(0);
        QCOMPARE(sym.title, QStringLiteral("Symptoms"));
        QCOMPARE(sym.monitors.size(), 1);
        QCOMPARE(sym.monitors.first().value, QStringLiteral("Failed to process user.created event"));
        QStringList texts;
        for (const Step &st : sym.steps)
            texts.append(st.plainText + QStringLiteral(" | ") + st.group);
        QCOMPARE(texts, (QStringList{QStringLiteral("Users report they cannot sign up | "),
                                     QStringLiteral("The sign-up queue grows past its usual size | "),
                                     QStringLiteral("The status page of the identity provider | Other things to check"),
                                     QStringLiteral("GET /api/health answers with something other than 200 | Other things to check")}));
        QVERIFY(sym.condition.isEmpty());
        QCOMPARE(sym.steps.at(0).line, 6);

        const Section &rec = rb.sections.at(1);
        QVERIFY2(rec.condition.isEmpty(), qPrintable(rec.condition)); // "When the retries fail too:" is between the lists
        QCOMPARE(rec.steps.size(), 3);
        QCOMPARE(rec.steps.at(0).group, QString());
        QCOMPARE(rec.steps.at(1).group, QStringLiteral("When the retries fail too"));
        QCOMPARE(rec.steps.at(2).group, QStringLiteral("When the retries fail too"));
        QCOMPARE(rec.steps.at(0).details, QStringLiteral("Only the ones from the last 24 hours."));
        // The closing sentence is kept with the step it follows.
        QVERIFY2(rec.steps.at(2).details.contains(QStringLiteral("Tell the support team once sign-ups work again.")), qPrintable(rec.steps.at(2).details));
    }

    void commandsKeepTheirLanguage()
    {
        const Runbook k8s = load(QStringLiteral("k8s-pod-crashlooping.md"));
        const Section &diag = k8s.sections.at(2);
        QCOMPARE(diag.steps.at(0).type, StepType::Command);
        QCOMPARE(diag.steps.at(0).plainText, QStringLiteral("Find the pods that restart:"));
        QCOMPARE(diag.steps.at(0).group, QStringLiteral("CLI Checks"));
        QCOMPARE(diag.steps.at(0).blocks.first().language, QStringLiteral("shell"));
        QCOMPARE(diag.steps.at(3).blocks.first().language, QStringLiteral("promql"));
        QCOMPARE(diag.steps.at(3).group, QStringLiteral("PromQL queries"));
        QVERIFY(k8s.queries.isEmpty()); // PromQL is never counted as a log query
        QVERIFY(diag.alertExpressions.contains(QStringLiteral("> 5")));
        QCOMPARE(k8s.variables, (QStringList{QStringLiteral("NAMESPACE"), QStringLiteral("POD_NAME"), QStringLiteral("DEPLOYMENT_NAME")}));
        // A command inside a list item stays with its step.
        QCOMPARE(k8s.sections.at(3).steps.at(0).blocks.first().language, QStringLiteral("shell"));

        const Runbook node = load(QStringLiteral("k8s-node-not-ready.md"));
        QCOMPARE(node.sections.at(2).steps.at(1).blocks.size(), 1);
        QCOMPARE(node.sections.at(2).steps.at(2).blocks.first().language, QStringLiteral("shell")); // ```console with $ prompts
        const Runbook pg = load(QStringLiteral("postgres-replication-lag.md"));
        QCOMPARE(pg.sections.at(0).steps.at(0).blocks.first().language, QStringLiteral("sql"));
        QCOMPARE(pg.sections.at(1).steps.at(2).subItems.size(), 3);
        const Runbook kafka = load(QStringLiteral("kafka-consumer-lag.md"));
        QCOMPARE(kafka.sections.at(1).steps.at(0).blocks.first().language, QStringLiteral("logql"));
        QVERIFY(kafka.queries.isEmpty()); // LogQL runs on Loki only, not as a Datadog-syntax count
        const Runbook dd = load(QStringLiteral("api-latency-datadog.md"));
        QCOMPARE(dd.queries.size(), 2);
        QCOMPARE(dd.queries.at(0).name, QStringLiteral("Slow checkout requests"));
        const Runbook ci = load(QStringLiteral("ci-pipeline-failure.md"));
        QCOMPARE(ci.sections.at(2).steps.at(0).blocks.first().language, QStringLiteral("shell")); // 4-space indented code
        QVERIFY(ci.sections.at(0).steps.isEmpty()); // the admonition's indented body is prose, not a command
        QVERIFY2(!ci.intro.contains(QStringLiteral("TOC")), qPrintable(ci.intro)); // [[_TOC_]] is a marker, not text
        QCOMPARE(ci.sections.at(2).steps.at(0).plainText, QStringLiteral("Clear the cache of the runner:"));
        QVERIFY(!ci.sections.at(2).intro.contains(QStringLiteral("Clear the cache"))); // the command's sentence is not also intro
        const Runbook disk = load(QStringLiteral("postgres-disk-full.md"));
        QCOMPARE(disk.sections.at(1).steps.at(0).type, StepType::Heading);
        QCOMPARE(disk.sections.at(1).steps.at(0).number, QStringLiteral("1"));
        QCOMPARE(disk.sections.at(1).steps.at(1).blocks.first().language, QStringLiteral("sql"));
        QCOMPARE(disk.sections.at(1).steps.at(2).subItems.size(), 2);
        // A reference-style link reads as the link it stands for.
        const Runbook creds = load(QStringLiteral("compromised-credentials.md"));
        QVERIFY2(creds.sections.at(0).steps.at(1).details.contains(QStringLiteral("[CloudTrail](https://console.aws.amazon.com/cloudtrail)")),
                 qPrintable(creds.sections.at(0).steps.at(1).details));
        const Runbook gitlab = load(QStringLiteral("gitlab-runner-offline.md"));
        QVERIFY(gitlab.variables.contains(QStringLiteral("RUNNER_TOKEN")));
    }

    void lintSaysWhatItGuessed()
    {
        const Runbook nginx = load(QStringLiteral("nginx-5xx.md"));
        QCOMPARE(nginx.sections.at(0).steps.at(1).blocks.size(), 1);
        bool warned = false;
        for (const ParseMessage &m : nginx.messages)
            warned = warned || (m.line == 8 && m.message.contains(QStringLiteral("not indented under its list item")));
        QVERIFY(warned);
        QCOMPARE(nginx.sections.at(0).steps.at(2).number, QStringLiteral("3"));
        const Runbook jump = RunbookParser::parse("# T\n\n## A\n\n#### Deep\n\n1. x\n", QStringLiteral("jump.md"));
        QVERIFY(!jump.messages.isEmpty());
        QVERIFY2(jump.messages.first().message.contains(QStringLiteral("heading level jumps from 2 to 4")), qPrintable(jump.messages.first().message));
        // "### 1.1 Logs" is a numbered sub-heading (a group), "### 1. Logs" a step heading.
        const Runbook sub = RunbookParser::parse("# T\n\n## Diagnosis\n\n### 1.1 Logs\n\n- a\n- b\n\n### 1.2 Metrics\n\n- c\n", QStringLiteral("sub.md"));
        QCOMPARE(sub.sections.at(0).steps.size(), 3);
        QCOMPARE(sub.sections.at(0).groups.size(), 2);
        const Runbook steps = RunbookParser::parse("# T\n\n## Fix\n\n### 1. Logs\n\n- a\n- b\n\n### 2. Metrics\n\n- c\n", QStringLiteral("steps.md"));
        QCOMPARE(steps.sections.at(0).steps.size(), 2);
        QCOMPARE(steps.sections.at(0).steps.at(0).subItems.size(), 2);
        // "1." for every item is not a numbering problem, and the steps are numbered 1, 2, 3.
        const Runbook lazy = RunbookParser::parse("# T\n\n## A\n\n1. a\n1. b\n1. c\n", QStringLiteral("lazy.md"));
        QVERIFY(lazy.messages.isEmpty());
        QCOMPARE(lazy.sections.at(0).steps.at(2).number, QStringLiteral("3"));
    }

    // The guesses behind the second-pass rules, each said with its line (as lint prints them), and what they read.
    void secondPassRulesAreExplained()
    {
        const auto noteAt = [](const Runbook &rb, int line, const QString &fragment) {
            for (const ParseMessage &m : rb.messages)
                if (m.level == ParseMessage::Note && m.line == line && m.message.contains(fragment))
                    return true;
            return false;
        };
        const auto all = [](const Runbook &rb) {
            QStringList out;
            for (const ParseMessage &m : rb.messages)
                out.append(QStringLiteral("%1: %2").arg(m.line).arg(m.message));
            return out.join(QStringLiteral("; "));
        };
        // One top title at level 2.
        const Runbook phishing = load(QStringLiteral("phishing-playbook.md"));
        QVERIFY2(noteAt(phishing, 1, QStringLiteral("\"Playbook: Phishing\" is the only level-2 heading and comes first: read as the title; the level-3 headings are the sections")),
                 qPrintable(all(phishing)));
        QVERIFY(phishing.intro.contains(QStringLiteral("suspicious email")));
        QVERIFY(phishing.problems().isEmpty());
        // A # title keeps the old reading, with nothing to explain.
        const Runbook titled = RunbookParser::parse("# T\n\n## A\n\n- a\n\n## B\n\n- b\n", QStringLiteral("t.md"));
        QCOMPARE(titled.title, QStringLiteral("T"));
        QCOMPARE(titled.sections.size(), 2);
        QVERIFY(titled.messages.isEmpty());
        // Two ## headings and no #: no title, the ## are the sections (as before).
        const Runbook twoTop = RunbookParser::parse("## A\n\n### x\n\n- a\n\n## B\n\n- b\n", QStringLiteral("two.md"));
        QCOMPARE(twoTop.title, QStringLiteral("two"));
        QCOMPARE(twoTop.sections.size(), 2);

        // Stages of the work are groups; "Step 4: …" with bullets is one step with sub-items.
        const Runbook ransomware = load(QStringLiteral("ransomware-phases.md"));
        const Section &response = ransomware.sections.at(0);
        QCOMPARE(response.steps.at(0).text, QStringLiteral("Disconnect the affected hosts from the network."));
        QCOMPARE(response.steps.at(0).group, QStringLiteral("Phase 1: Containment"));
        QCOMPARE(response.steps.at(0).number, QStringLiteral("1"));
        QCOMPARE(response.steps.at(4).group, QStringLiteral("Phase 2: Eradication"));
        QCOMPARE(response.steps.at(8).text, QStringLiteral("Rotate every credential that was on an affected host."));
        QCOMPARE(response.steps.at(9).type, StepType::Heading);
        QCOMPARE(response.steps.at(9).text, QStringLiteral("Step 4: Notify the legal team"));
        QCOMPARE(response.steps.at(9).subItems.size(), 2);
        QVERIFY2(noteAt(ransomware, 5, QStringLiteral("\"Phase 1: Containment\" is a stage of the work: its 4 item(s) are steps of the group")), qPrintable(all(ransomware)));
        QVERIFY2(noteAt(ransomware, 18, QStringLiteral("\"Part 3 – Recovery\" is a stage of the work: its 2 item(s)")), qPrintable(all(ransomware)));
        QVERIFY(ransomware.problems().isEmpty());

        // An alert's sub-headings are its groups, and the alert section is not empty.
        const Runbook cortex = load(QStringLiteral("cortex-alerts.md"));
        const Section &latency = cortex.sections.at(0);
        QCOMPARE(latency.alert, QStringLiteral("CortexRequestLatency"));
        QVERIFY(latency.intro.contains(QStringLiteral("request latency")));
        QCOMPARE(latency.steps.at(2).text, QStringLiteral("Check the query-frontend queue length."));
        QCOMPARE(latency.steps.at(2).group, QStringLiteral("Read Latency"));
        for (const Section &s : cortex.sections)
            QVERIFY2(!s.title.contains(QStringLiteral("Latency")) || s.alert == QStringLiteral("CortexRequestLatency"), qPrintable(describe(cortex)));
        QVERIFY2(noteAt(cortex, 9, QStringLiteral("\"Write Latency\" is below \"CortexRequestLatency\": read as a part of that section")), qPrintable(all(cortex)));
        QVERIFY2(noteAt(cortex, 14, QStringLiteral("\"Read Latency\" is below")), qPrintable(all(cortex)));
        for (const ParseMessage &m : cortex.messages)
            QVERIFY2(!m.message.contains(QStringLiteral("is empty")), qPrintable(m.message));
        // The same alerts under a heading that does not say "alerts": two alert names make it a collection.
        const Runbook unnamed = RunbookParser::parse("# P\n\n## Ingester\n\n### CortexIngesterRestarts\n\n#### Why\n\n- a\n\n### CortexIngesterUnhealthy\n\n- b\n",
                                                     QStringLiteral("u.md"));
        QVERIFY2(unnamed.sections.size() == 2, qPrintable(describe(unnamed)));
        QCOMPARE(unnamed.sections.at(0).alert, QStringLiteral("CortexIngesterRestarts"));
        QCOMPARE(unnamed.sections.at(0).steps.size(), 1);
        QCOMPARE(unnamed.sections.at(0).steps.at(0).group, QString()); // one part of steps: no group header needed

        // Inline commands: the ones a reader would paste into a shell, with the variables they use.
        const Runbook inl = load(QStringLiteral("inline-commands.md"));
        const Section &diag = inl.sections.at(0);
        QCOMPARE(diag.steps.at(0).inlineCommands.size(), 1);
        QCOMPARE(diag.steps.at(0).inlineCommands.at(0).text, QStringLiteral("kubectl -n $NAMESPACE get pod $POD -o wide"));
        QCOMPARE(diag.steps.at(0).inlineCommands.at(0).language, QStringLiteral("shell"));
        QCOMPARE(diag.steps.at(0).inlineCommands.at(0).variables, (QStringList{QStringLiteral("NAMESPACE"), QStringLiteral("POD")}));
        QCOMPARE(diag.steps.at(1).inlineCommands.size(), 1); // `ImagePullBackOff` is a word, not a command
        QVERIFY(diag.steps.at(2).inlineCommands.isEmpty()); // an image name is not one either
        QCOMPARE(inl.sections.at(1).steps.at(0).inlineCommands.at(0).variables, (QStringList{QStringLiteral("NAMESPACE"), QStringLiteral("DEPLOYMENT")}));
        QCOMPARE(diag.steps.at(0).variables, (QStringList{QStringLiteral("NAMESPACE"), QStringLiteral("POD")}));
        const QHash<QString, QString> values{{QStringLiteral("NAMESPACE"), QStringLiteral("shop")}, {QStringLiteral("POD"), QStringLiteral("web-7f9c")}};
        QCOMPARE(CodeText::forCopy(diag.steps.at(0).inlineCommands.at(0).text, QStringLiteral("shell"), values), QStringLiteral("kubectl -n shop get pod web-7f9c -o wide"));
        QCOMPARE(CodeText::fillInline(diag.steps.at(0).text, values), QStringLiteral("Check the pod's state: `kubectl -n shop get pod web-7f9c -o wide`"));
        QCOMPARE(CodeText::fillInline(diag.steps.at(0).text, {{QStringLiteral("NAMESPACE"), QStringLiteral("shop")}}),
                 QStringLiteral("Check the pod's state: `kubectl -n shop get pod $POD -o wide`"));
        // Outside code spans nothing is filled; a value with a backtick keeps the span whole.
        QCOMPARE(CodeText::fillInline(QStringLiteral("Set $POD, then `echo $POD`"), {{QStringLiteral("POD"), QStringLiteral("a`b")}}),
                 QStringLiteral("Set $POD, then ``echo a`b``"));
    }

    void placeholdersAndCopy()
    {
        QCOMPARE(CodeText::variables(QStringLiteral("kubectl get pod <pod-name> -n ${NAMESPACE} --context $CLUSTER {{ $labels.instance }} {{RUNNER_ID}}")),
                 (QStringList{QStringLiteral("POD_NAME"), QStringLiteral("NAMESPACE"), QStringLiteral("CLUSTER"), QStringLiteral("INSTANCE"), QStringLiteral("RUNNER_ID")}));
        QVERIFY(CodeText::variables(QStringLiteral("echo $HOME; NODE=a; kubectl get node $NODE")).isEmpty()); // environment, or set by the block
        QVERIFY(CodeText::variables(QStringLiteral("<details> and <br>"), false).isEmpty());
        const QString console = QStringLiteral("$ ssh $NODE\n$ systemctl status kubelet\n● kubelet.service\n     Active: active\n$ kubectl get pods \\\n    -n $NAMESPACE\n");
        QCOMPARE(CodeText::forCopy(console, QStringLiteral("shell"), {{QStringLiteral("NODE"), QStringLiteral("node-7")}}),
                 QStringLiteral("ssh node-7\nsystemctl status kubelet\nkubectl get pods \\\n    -n $NAMESPACE"));
        QCOMPARE(CodeText::forCopy(QStringLiteral("kubectl logs -n {{ $labels.namespace }} <pod-name>\n"), QStringLiteral("shell"),
                                   {{QStringLiteral("NAMESPACE"), QStringLiteral("shop")}, {QStringLiteral("POD_NAME"), QStringLiteral("web-1")}}),
                 QStringLiteral("kubectl logs -n shop web-1"));
        QCOMPARE(CodeText::language({}, QStringLiteral("rate(http_requests_total[5m])"), {}), QStringLiteral("promql"));
        QCOMPARE(CodeText::language({}, QStringLiteral("\"[cleanup-photos]\" OR \"x\""), QStringLiteral("Vercel/Datadog Log Queries")), QStringLiteral("datadog"));
        QCOMPARE(CodeText::language({}, QStringLiteral("up == 0"), QStringLiteral("PromQL queries")), QStringLiteral("promql"));
        QCOMPARE(CodeText::language(QStringLiteral("yml"), QStringLiteral("a: 1"), {}), QStringLiteral("yaml"));
        QCOMPARE(CodeText::language({}, QStringLiteral("{\"a\": 1}"), {}), QStringLiteral("json"));
        QCOMPARE(CodeText::language({}, QStringLiteral("apiVersion: v1\nkind: Pod\n"), {}), QStringLiteral("yaml"));
    }
};

QTEST_GUILESS_MAIN(TestRunbookCorpus)
#include "tst_runbookcorpus.moc"
