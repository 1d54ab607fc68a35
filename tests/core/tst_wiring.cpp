// Wiring: the loader (every error kind with its position), the shipped
// wiring's coverage, profiles, secret resolution from env and a fake
// keychain, the redaction of a sentinel secret through every output path,
// and the suggest command on three runbooks.
#include "net/HttpRequester.h"
#include "incident/IncidentStore.h"
#include "report/IncidentReport.h"
#include "secrets/Redactor.h"
#include "runbook/RunbookParser.h"
#include "secrets/SecretResolver.h"
#include "wiring/ProfileTargets.h"
#include "wiring/WiringLoader.h"
#include "wiring/WiringSuggester.h"
#include "connectors/VercelCrons.h"

#include "FakeKeychain.h"

#include <QHttpServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include "actions/StepKind.h"
#include "actions/StepRunner.h"
#include <QtTest>

namespace {
const QString kSentinel = QStringLiteral("sk_live_SENTINEL_6f1d2c3b4a5e");

bool hasMessage(const Wiring &w, int line, int column, const QString &fragment)
{
    for (const WiringMessage &m : w.messages)
        if (m.line == line && m.column == column && m.message.contains(fragment))
            return true;
    return false;
}
} // namespace

class TestWiring : public QObject
{
    Q_OBJECT
private:
    Runbook m_rb;
    const QString m_shipped = QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.wiring.yaml");

private Q_SLOTS:
    void vercelCronsTableAndItsErrors()
    {
        const auto ok = VercelCrons::parse(R"({"crons":[{"path":"/api/cron/a","schedule":"0 5 * * *"},{"path":"/api/cron/b","schedule":"*/5 * * * *"}]})",
                                           QStringLiteral("vercel.json"));
        QVERIFY(ok);
        QCOMPARE(ok->rows.size(), 2);
        QCOMPARE(ok->rows.at(1).at(0).toString(), QStringLiteral("/api/cron/b"));
        QCOMPARE(ok->rows.at(1).at(1).toString(), QStringLiteral("*/5 * * * *"));
        QCOMPARE(VercelCrons::parse("{\"framework\": \"nextjs\"}", QStringLiteral("v.json"))->rows.size(), 0); // no crons: none
        const auto broken = VercelCrons::parse("{\n  \"crons\": [\n    {\"path\": \"/x\" \"schedule\": \"1\"}\n  ]\n}", QStringLiteral("v.json"));
        QVERIFY(!broken);
        QVERIFY2(broken.error().startsWith(QStringLiteral("v.json:3:")), qPrintable(broken.error()));
        const auto incomplete = VercelCrons::parse(R"({"crons":[{"path":"/x"}]})", QStringLiteral("v.json"));
        QCOMPARE(incomplete.error(), QStringLiteral("v.json: crons[0] needs a \"path\" and a \"schedule\""));
        QCOMPARE(VercelCrons::parse(R"({"crons":{}})", QStringLiteral("v.json")).error(), QStringLiteral("v.json: \"crons\" is not a list"));
        QVERIFY(VercelCrons::read(QStringLiteral("/nonexistent/vercel.json")).error().startsWith(QStringLiteral("cannot read /nonexistent/vercel.json")));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md")).value();
    }

    void shippedWiringBindsEveryStep()
    {
        QCOMPARE(WiringLoader::sidecarPath(m_rb.path), m_shipped);
        const Wiring w = WiringLoader::loadFile(m_shipped, &m_rb);
        for (const WiringMessage &m : w.messages)
            qWarning("%d:%d %s", m.line, m.column, qPrintable(m.message));
        QVERIFY(w.messages.isEmpty());
        const WiringCoverage c = wiringCoverage(m_rb, w);
        QCOMPARE(c.steps, 34);
        QCOMPARE(c.bound, 34);
        QVERIFY(c.unbound.isEmpty());
        QCOMPARE(c.probes + c.actions + c.links + c.manual, 34);
        QCOMPARE(c.line(), QStringLiteral("steps bound: 34/34 (17 probes, 5 actions, 3 links, 9 manual/info)"));
        QCOMPARE(w.defaultProfile, QStringLiteral("demo"));
        QCOMPARE(w.bindingsFor(QStringLiteral("handle-race-condition-detection/step-1")).first()->kind, BindingKind::Info);
        QCOMPARE(w.bindingsFor(QStringLiteral("handle-race-condition-detection/step-1")).first()->reason,
                 QStringLiteral("This is expected behavior under high contention."));
    }

    void profiles()
    {
        const Wiring w = WiringLoader::loadFile(m_shipped, &m_rb);
        const Profile *demo = w.profile(QStringLiteral("demo"));
        const Profile *prod = w.profile(QStringLiteral("production"));
        QVERIFY(demo && prod);
        QVERIFY(!demo->isProtected);
        QVERIFY(prod->isProtected);
        QCOMPARE(prod->color, QStringLiteral("#c53030"));
        QCOMPARE(demo->logSource()->logSourceSpec({{QStringLiteral("DATA"), QStringLiteral("/d")}}), QStringLiteral("file:/d/demo/logs/app.ndjson"));
        QCOMPARE(prod->logSource()->logSourceSpec(), QStringLiteral("datadog:https://api.datadoghq.com"));
        QCOMPARE(prod->logSource()->secrets.value(QStringLiteral("api_key")), QStringLiteral("env:DD_API_KEY"));
        // Every demo connector is served by the demo backend; `status: coming` still marks one that is not.
        for (const Connector &c : demo->connectors)
            QVERIFY2(!c.coming, qPrintable(c.name));
        const Wiring coming = WiringLoader::parse("version: 1\nprofiles:\n  p:\n    connectors:\n      payments: { kind: stripe, base_url: \"http://127.0.0.1:1\", "
                                                  "key: env:STRIPE_SECRET_KEY, status: coming }\n",
                                                  QStringLiteral("t.wiring.yaml"), &m_rb);
        QVERIFY(coming.profile(QStringLiteral("p"))->connector(QStringLiteral("payments"))->coming);
        QVERIFY(!demo->connector(QStringLiteral("blob"))->coming);
        QVERIFY(!prod->connector(QStringLiteral("payments"))->coming);
        QCOMPARE(prod->connector(QStringLiteral("db"))->secrets.value(QStringLiteral("password")), QStringLiteral("env:PGPASSWORD"));
        QVERIFY(!w.profile(QStringLiteral("staging")));
    }

    void everyErrorKindWithItsPosition()
    {
        const QByteArray yaml = "version: 1\n"                                  // 1
                                "default_profile: prod\n"                       // 2
                                "profiles:\n"                                   // 3
                                "  demo:\n"                                     // 4
                                "    protected: maybe\n"                        // 5
                                "    colour: \"#fff\"\n"                        // 6
                                "    connectors:\n"                             // 7
                                "      logs: { kind: ftp }\n"                   // 8
                                "      pay: { kind: stripe, key: sk_live_SENTINEL_6f1d2c3b4a5e }\n" // 9
                                "      db: { kind: postgresql, hots: y }\n"     // 10
                                "      app: { kind: http, base_url: [1, 2] }\n" // 11
                                "      gh: { kind: http, base_url: ghp_abcdefghij }\n" // 12
                                "  demo:\n"                                     // 13
                                "    label: again\n"                            // 14
                                "bindings:\n"                                   // 15
                                "  no-such/step-1: { manual: because }\n"       // 16
                                "  cron-job-health/step-2: { probe: { type: http_status, connector: nowhere } }\n" // 17
                                "  cron-job-health/step-3: { manual: x, info: y }\n" // 18
                                "  cron-job-health/step-4: { link: { path: x } }\n"  // 19
                                "  cron-job-health/step-1: { frob: 1 }\n";           // 20
        const Wiring w = WiringLoader::parse(yaml, QStringLiteral("w.yaml"), &m_rb);
        QVERIFY(w.hasErrors());
        QVERIFY(hasMessage(w, 2, 18, QStringLiteral("there is no profile \"prod\"")));
        QVERIFY(hasMessage(w, 5, 16, QStringLiteral("protected: expected true or false")));
        QVERIFY(hasMessage(w, 6, 5, QStringLiteral("unknown key \"colour\"")));
        QVERIFY(hasMessage(w, 8, 21, QStringLiteral("unknown connector kind \"ftp\"")));
        QVERIFY(hasMessage(w, 9, 33, QStringLiteral("pay.key: a secret must be a reference")));
        QVERIFY(hasMessage(w, 10, 31, QStringLiteral("unknown key \"hots\" for a postgresql connector")));
        QVERIFY(hasMessage(w, 11, 36, QStringLiteral("base_url: expected a text value")));
        QVERIFY(hasMessage(w, 12, 35, QStringLiteral("looks like a secret")));
        QVERIFY(hasMessage(w, 13, 3, QStringLiteral("duplicate profile \"demo\"")));
        QVERIFY(hasMessage(w, 16, 3, QStringLiteral("the runbook has no section, step")));
        QVERIFY(hasMessage(w, 17, 3, QStringLiteral("no profile has a connector \"nowhere\"")));
        QVERIFY(hasMessage(w, 18, 40, QStringLiteral("exactly one of probe, action, link, manual, info")));
        QVERIFY(hasMessage(w, 19, 35, QStringLiteral("link: missing \"connector\"")));
        QVERIFY(hasMessage(w, 20, 29, QStringLiteral("unknown key \"frob\"")));
        // No message repeats a secret.
        for (const WiringMessage &m : w.messages) {
            QVERIFY(!m.message.contains(kSentinel));
            QVERIFY(!m.message.contains(QStringLiteral("ghp_abcdefghij")));
        }
        // What could be read is still there.
        QVERIFY(w.profile(QStringLiteral("demo")));
        QCOMPARE(w.bindingsFor(QStringLiteral("no-such/step-1")).size(), 1);
    }

    void everyLogSourceKeyIsApplied()
    {
        // Keys the loader accepts reach the source: none is read and then dropped.
        qputenv("RB_TEST_LOKI_TOKEN", "loki-SENTINEL-token");
        const Wiring w = WiringLoader::parse("version: 1\nprofiles:\n"
                                             "  f:\n    connectors:\n      logs: { kind: file, path: /x.ndjson, time_field: ts, message_field: msg }\n"
                                             "  d:\n    connectors:\n      logs: { kind: datadog, base_url: \"https://api.datadoghq.eu\", api_key: env:RB_TEST_LOKI_TOKEN,"
                                             " app_key: env:RB_TEST_LOKI_TOKEN, indexes: [main, audit] }\n"
                                             "  l:\n    connectors:\n      logs: { kind: loki, base_url: \"https://loki.example.com\", selector: \"{job=\\\"web\\\"}\","
                                             " org_id: acme, token: env:RB_TEST_LOKI_TOKEN }\n",
                                             QStringLiteral("keys.wiring.yaml"), &m_rb);
        QVERIFY2(w.messages.isEmpty(), qPrintable(w.messages.isEmpty() ? QString() : w.messages.first().message));
        const auto f = ProfileTargets::logSource(*w.profile(QStringLiteral("f")), {});
        QVERIFY(f);
        QCOMPARE(f->options.fileFormat.timeField, QStringLiteral("ts"));
        QCOMPARE(f->options.fileFormat.messageField, QStringLiteral("msg"));
        const auto d = ProfileTargets::logSource(*w.profile(QStringLiteral("d")), {});
        QVERIFY2(d, qPrintable(d ? QString() : d.error()));
        QCOMPARE(d->options.datadogIndexes, (QStringList{QStringLiteral("main"), QStringLiteral("audit")}));
        const auto l = ProfileTargets::logSource(*w.profile(QStringLiteral("l")), {});
        QVERIFY2(l, qPrintable(l ? QString() : l.error()));
        QCOMPARE(l->options.lokiToken, QByteArray("loki-SENTINEL-token"));
        QCOMPARE(l->options.lokiOrgId, QStringLiteral("acme"));
        QCOMPARE(l->options.lokiSelector, QStringLiteral("{job=\"web\"}"));
        // A key no source knows is refused with its position.
        const Wiring bad = WiringLoader::parse("version: 1\nprofiles:\n  f:\n    connectors:\n      logs: { kind: loki, base_url: \"https://l\", tenant: x }\n",
                                               QStringLiteral("bad.wiring.yaml"), &m_rb);
        QVERIFY(!bad.messages.isEmpty());
        QCOMPARE(bad.messages.first().line, 5);
        QVERIFY(bad.messages.first().message.contains(QStringLiteral("unknown key \"tenant\"")));
        qunsetenv("RB_TEST_LOKI_TOKEN");
    }

    // A database password crosses the network only encrypted: a protected
    // profile, or any host off this machine, needs sslmode require, verify-ca
    // or verify-full — lint says so at the line, and the run refuses.
    void databasePasswordNeverInClearText()
    {
        qputenv("RB_TEST_PG_PW", kSentinel.toUtf8());
        const Wiring w = WiringLoader::parse("version: 1\nprofiles:\n"
                                             "  prod:\n    protected: true\n    connectors:\n"                                      // 3-5
                                             "      db: { kind: postgresql, host: db.example.com, password: env:RB_TEST_PG_PW, sslmode: prefer }\n" // 6
                                             "  produnset:\n    protected: true\n    connectors:\n"                                // 7-9
                                             "      db: { kind: postgresql, host: db.example.com, password: env:RB_TEST_PG_PW }\n" // 10
                                             "  remote:\n    connectors:\n"                                                        // 11-12
                                             "      db: { kind: postgresql, host: 10.1.2.3, password: env:RB_TEST_PG_PW, sslmode: disable }\n" // 13
                                             "  local:\n    connectors:\n"                                                         // 14-15
                                             "      db: { kind: postgresql, host: 127.0.0.1, password: env:RB_TEST_PG_PW }\n"      // 16
                                             "  good:\n    protected: true\n    connectors:\n"                                     // 17-19
                                             "      db: { kind: postgresql, host: db.example.com, password: env:RB_TEST_PG_PW, sslmode: verify-full }\n" // 20
                                             "  protectedlocal:\n    protected: true\n    connectors:\n"                           // 21-23
                                             "      db: { kind: postgresql, host: 127.0.0.1, password: env:RB_TEST_PG_PW, sslmode: disable }\n" // 24
                                             "  odd:\n    connectors:\n"                                                           // 25-26
                                             "      db: { kind: postgresql, host: 127.0.0.1, sslmode: sometimes }\n",              // 27
                                             QStringLiteral("db.wiring.yaml"), &m_rb);
        QStringList lines;
        for (const WiringMessage &m : w.messages) {
            lines.append(QString::number(m.line));
            QVERIFY2(!m.message.contains(kSentinel), qPrintable(m.message));
        }
        QCOMPARE(lines, (QStringList{QStringLiteral("6"), QStringLiteral("10"), QStringLiteral("13"), QStringLiteral("24"), QStringLiteral("27")}));
        QVERIFY(hasMessage(w, 6, 91, QStringLiteral("protected profile's database connection must be encrypted; with sslmode prefer")));
        QVERIFY(w.messages.at(1).message.contains(QStringLiteral("with no sslmode")));
        QVERIFY(hasMessage(w, 13, 85, QStringLiteral("10.1.2.3 is not this machine; with sslmode disable")));
        QVERIFY(w.messages.at(4).message.contains(QStringLiteral("sslmode \"sometimes\" is not one of")));
        // The run refuses too, before any connection, whatever lint said.
        for (const char *name : {"prod", "produnset", "remote", "protectedlocal"}) {
            const Profile *p = w.profile(QLatin1String(name));
            QVERIFY2(p && p->connector(QStringLiteral("db")), name);
            const auto t = ProfileTargets::sqlTarget(*p, *p->connector(QStringLiteral("db")), {});
            QVERIFY2(!t, name);
            QVERIFY2(t.error().contains(QStringLiteral("clear text")) && t.error().contains(QStringLiteral("verify-full")), qPrintable(t.error()));
            QVERIFY(!t.error().contains(kSentinel));
        }
        for (const char *name : {"local", "good"}) {
            const Profile *p = w.profile(QLatin1String(name));
            const auto t = ProfileTargets::sqlTarget(*p, *p->connector(QStringLiteral("db")), {});
            QVERIFY2(t, qPrintable(t ? QString() : t.error()));
            QCOMPARE(t->password, kSentinel);
        }
        QCOMPARE(ProfileTargets::sqlTarget(*w.profile(QStringLiteral("good")), *w.profile(QStringLiteral("good"))->connector(QStringLiteral("db")), {})->options,
                 QStringLiteral("sslmode=verify-full"));
        qunsetenv("RB_TEST_PG_PW");
    }

    void syntaxErrorsAndMissingFiles()
    {
        Wiring w = WiringLoader::parse("profiles:\n  demo: [a, b\nbindings: {}\n", QStringLiteral("w.yaml"), &m_rb);
        QCOMPARE(w.messages.size(), 1);
        QVERIFY(w.messages.first().message.startsWith(QStringLiteral("YAML syntax error")));
        QCOMPARE(w.messages.first().line, 3);
        w = WiringLoader::parse("", QStringLiteral("w.yaml"), &m_rb);
        QVERIFY(w.messages.first().message.contains(QStringLiteral("empty")));
        w = WiringLoader::parse("- a\n- b\n", QStringLiteral("w.yaml"), &m_rb);
        QVERIFY(w.messages.first().message.contains(QStringLiteral("expected a mapping")));
        w = WiringLoader::loadFile(QStringLiteral("/nonexistent/x.wiring.yaml"), &m_rb);
        QVERIFY(w.messages.first().message.contains(QStringLiteral("no such file")));
    }

    void secretsFromEnvAndKeychain()
    {
        qputenv("RB_TEST_TOKEN", "token-from-env-1234");
        auto v = SecretResolver::resolve(QStringLiteral("env:RB_TEST_TOKEN"), QStringLiteral("profile demo, connector app, bearer"));
        QCOMPARE(v.value(), QStringLiteral("token-from-env-1234"));
        qunsetenv("RB_TEST_TOKEN");
        v = SecretResolver::resolve(QStringLiteral("env:RB_TEST_TOKEN"), QStringLiteral("profile demo, connector app, bearer"));
        QCOMPARE(v.error(), QStringLiteral("profile demo, connector app, bearer: environment variable RB_TEST_TOKEN is not set"));

        SecretResolver::setKeychain(nullptr);
        v = SecretResolver::resolve(QStringLiteral("keychain:runbook/stripe"), QStringLiteral("profile production, connector payments, key"));
        QVERIFY(v.error().contains(QStringLiteral("no keychain is available")));
        auto fake = std::make_shared<FakeKeychain>();
        SecretResolver::setKeychain(fake);
        QVERIFY(!SecretResolver::isSet(QStringLiteral("keychain:runbook/stripe")));
        QVERIFY(fake->write(QStringLiteral("runbook"), QStringLiteral("stripe"), QStringLiteral("rk_from_keychain_99")));
        QVERIFY(SecretResolver::isSet(QStringLiteral("keychain:runbook/stripe")));
        QCOMPARE(SecretResolver::resolve(QStringLiteral("keychain:runbook/stripe"), QStringLiteral("x")).value(), QStringLiteral("rk_from_keychain_99"));
        fake->locked = true;
        // Read once, kept: a later use does not ask (or wait for) the keychain again.
        QCOMPARE(SecretResolver::resolve(QStringLiteral("keychain:runbook/stripe"), QStringLiteral("x")).value(), QStringLiteral("rk_from_keychain_99"));
        SecretResolver::forgetKeychainValues();
        v = SecretResolver::resolve(QStringLiteral("keychain:runbook/stripe"), QStringLiteral("profile production, connector payments, key"));
        QCOMPARE(v.error(), QStringLiteral("profile production, connector payments, key: keychain keychain:runbook/stripe: the keychain is locked"));
        QVERIFY(!SecretResolver::resolve(QStringLiteral("sk_live_x"), QStringLiteral("x")));
        SecretResolver::setKeychain(nullptr);
        // Resolved values are registered for redaction.
        QCOMPARE(Redactor::redact(QStringLiteral("a token-from-env-1234 b rk_from_keychain_99")), QStringLiteral("a •••• b ••••"));
    }

    void sentinelNeverLeaves()
    {
        qputenv("RB_SENTINEL", kSentinel.toUtf8());
        QVERIFY(SecretResolver::resolve(QStringLiteral("env:RB_SENTINEL"), QStringLiteral("test")));
        QTemporaryDir dir;

        // The store and the export.
        const QString storePath = dir.filePath(QStringLiteral("s.sqlite"));
        {
            IncidentStore store;
            QVERIFY(store.open(storePath));
            const QString id = store.createIncident(QStringLiteral("leak ") + kSentinel, m_rb, QStringLiteral("a"))->id;
            const Step &st = m_rb.sections.first().steps.first();
            QVERIFY(store.setStepNote(id, st.id, QStringLiteral("pasted ") + kSentinel, st.textHash, QStringLiteral("a")));
            QVERIFY(store.addNote(id, QStringLiteral("token=") + kSentinel, QStringLiteral("a")));
            const Incident inc = store.loadIncident(id).value();
            QVERIFY(!inc.title.contains(kSentinel));
            QVERIFY(inc.notes.first().text.contains(Redactor::mask));
            const QString md = ReportWriter::markdown(IncidentReport::build(inc, m_rb));
            QVERIFY(!md.contains(kSentinel));
            QVERIFY(md.contains(QStringLiteral("pasted ••••")));
        }
        for (const QString &f : QDir(dir.path()).entryList(QDir::Files)) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(kSentinel.toUtf8()), qPrintable(f));
        }

        // Log lines.
        Redactor::installMessageHandler();
        static QString captured;
        const auto previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) { captured += m; });
        Redactor::installMessageHandler(); // wraps the capturing handler
        qWarning("connecting with %s", qPrintable(kSentinel));
        qInstallMessageHandler(previous);
        QVERIFY(captured.contains(QStringLiteral("connecting with ••••")));
        QVERIFY(!captured.contains(kSentinel));

        // Error messages: a server that echoes the key back.
        QHttpServer server;
        server.route(QStringLiteral("/echo"), [](const QHttpServerRequest &r) {
            return QHttpServerResponse(QByteArray("bad key: ") + r.value("Authorization"), QHttpServerResponse::StatusCode::Forbidden);
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        HttpRequester http(QStringLiteral("Test"), {2000, 0, 1000, 10});
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/echo").arg(port)));
        req.setRawHeader("Authorization", "Bearer " + kSentinel.toUtf8());
        QString error;
        bool done = false;
        http.get(req, [&](const HttpResponse &r) {
            error = r.error;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(error.contains(QStringLiteral("HTTP 403: bad key: Bearer ••••")));
        QVERIFY(!error.contains(kSentinel));
    }

    void suggestOnThreeRunbooks_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("flagship") << QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md");
        QTest::newRow("playbook") << QStringLiteral(RUNBOOK_TEST_DATA "/database-failover.md");
        QTest::newRow("checklist") << QStringLiteral(RUNBOOK_TEST_DATA "/ops-checklist.md");
        for (const QString &f : QDir(QStringLiteral(RUNBOOK_TEST_DATA "/runbooks")).entryList({QStringLiteral("*.md")}))
            QTest::newRow(qPrintable(f)) << QStringLiteral(RUNBOOK_TEST_DATA "/runbooks/") + f;
    }
    void suggestOnThreeRunbooks()
    {
        QFETCH(QString, path);
        const Runbook rb = RunbookParser::parseFile(path).value();
        const QString yaml = WiringSuggester::suggest(rb);
        const Wiring w = WiringLoader::parse(yaml.toUtf8(), QStringLiteral("suggested.yaml"), &rb);
        for (const WiringMessage &m : w.messages)
            qWarning("%d:%d %s", m.line, m.column, qPrintable(m.message));
        QVERIFY(!w.hasErrors());
        const WiringCoverage c = wiringCoverage(rb, w);
        QCOMPARE(c.bound, c.steps);
        QVERIFY(c.steps > 0);
        // Every probe and action it writes runs in this build, or its connector is marked coming.
        const Profile *p = w.profile(w.defaultProfile);
        QVERIFY(p);
        for (const Binding &b : w.bindings) {
            if (b.kind != BindingKind::Probe && b.kind != BindingKind::Action)
                continue;
            const Connector *c = p->connector(b.connector);
            QVERIFY2(c, qPrintable(b.target));
            QVERIFY2(StepKinds::runnable(b.type) || c->coming, qPrintable(b.target + QStringLiteral(": ") + b.type));
            // What the Run… button and `probe run` do first: plan it on the profile (a coming connector says so).
            const auto plan = StepRunner::plan(w, p->name, b.target);
            QVERIFY2(plan || (c->coming && plan.error().contains(QStringLiteral("not available in this build"))),
                     qPrintable(b.target + QStringLiteral(": ") + (plan ? QString() : plan.error())));
        }
        // A PromQL step is a runnable prometheus query (once base_url is filled in).
        for (const Section &s : rb.sections)
            for (const Step &st : s.steps)
                if (!st.blocks.isEmpty() && st.blocks.first().language == QStringLiteral("promql")) {
                    const Binding *b = w.bindingsFor(st.id).first();
                    QCOMPARE(b->type, QStringLiteral("promql"));
                    QCOMPARE(p->connector(b->connector)->kind, QStringLiteral("prometheus"));
                    QVERIFY(!p->connector(b->connector)->coming);
                    QVERIFY(StepKinds::runnableOn(*b, p));
                    QCOMPARE(b->params.value(QStringLiteral("query")).toString(), st.blocks.first().text);
                } else if (!st.blocks.isEmpty() && st.blocks.first().language == QStringLiteral("shell")) {
                    QCOMPARE(w.bindingsFor(st.id).first()->kind, BindingKind::Info);
                }
        if (rb.title.startsWith(QStringLiteral("Infrastructure"))) {
            QCOMPARE(w.bindingsFor(QStringLiteral("database-reconciliation/step-3")).first()->kind, BindingKind::Action);
            QCOMPARE(w.bindingsFor(QStringLiteral("database-reconciliation/step-3")).first()->params.value(QStringLiteral("sql")).toString(),
                     QStringLiteral("UPDATE profile_photos SET status = 'failed' WHERE id = :param"));
            QCOMPARE(w.bindingsFor(QStringLiteral("database-reconciliation/step-1")).first()->kind, BindingKind::Probe);
            QCOMPARE(w.bindingsFor(QStringLiteral("manual-blob-cleanup/step-1")).first()->connector, QStringLiteral("vercel_dashboard"));
            QCOMPARE(w.bindingsFor(QStringLiteral("cron-job-health/step-2")).first()->kind, BindingKind::Manual); // a secret is never read into the wiring
            QCOMPARE(w.bindingsFor(QStringLiteral("blob-storage-orphan-prevention/monitor-1")).first()->type, QStringLiteral("log_count"));
            QVERIFY(w.bindingsFor(QStringLiteral("blob-storage-orphan-prevention/monitor-1")).first()->params.contains(QStringLiteral("query")));
            QVERIFY(!w.bindingsFor(QStringLiteral("query/blob-cleanup-issues")).isEmpty());
        }
    }

    // Every value the draft suggests reads back from it byte for byte: a SQL
    // block with a "--" comment keeps its lines (folded onto one, its WHERE
    // went into the comment), and quotes, colons, '#', tabs and a first line
    // that starts with spaces survive too.
    void suggestedValuesReadBackByteEqual()
    {
        const QByteArray md = "# Values\n\n## Recovery\n\n"
                              "1. Count the stuck rows\n\n"
                              "   ```sql\n   SELECT id FROM profile_photos -- the orphans\n   WHERE status = 'pending: \"x\" # not a comment'\n   ```\n\n"
                              "2. Mark them failed\n\n"
                              "   ```sql\n   UPDATE profile_photos\n   -- only the old ones\n   SET status = 'failed'\n   WHERE created_at < now() - interval '1 day'\n   ```\n\n"
                              "3. Check the rate\n\n"
                              "   ```promql\n     sum(rate(http_requests_total{code=~\"5..\"}[5m]))\n   /\tsum(rate(http_requests_total[5m]))\n   ```\n\n"
                              "4. Look at `SELECT * FROM jobs WHERE note = 'a: b # c'`\n";
        const Runbook rb = RunbookParser::parse(md, QStringLiteral("values.md"));
        const Section *sec = rb.section(QStringLiteral("recovery"));
        QVERIFY(sec);
        QCOMPARE(sec->steps.size(), 4);
        const QString yaml = WiringSuggester::suggest(rb);
        const Wiring w = WiringLoader::parse(yaml.toUtf8(), QStringLiteral("suggested.yaml"), &rb);
        QVERIFY2(!w.hasErrors(), qPrintable(yaml));
        auto param = [&](const QString &target, const QString &key) {
            const auto bs = w.bindingsFor(target);
            return bs.isEmpty() ? QStringLiteral("<unbound>") : bs.first()->params.value(key).toString();
        };
        for (int i = 0; i < 3; ++i) {
            const Step &st = sec->steps.at(i);
            QVERIFY(!st.blocks.isEmpty());
            QCOMPARE(param(st.id, i == 2 ? QStringLiteral("query") : QStringLiteral("sql")), st.blocks.first().text);
        }
        QVERIFY(param(sec->steps.at(0).id, QStringLiteral("sql")).contains(QStringLiteral("-- the orphans\nWHERE status")));
        QCOMPARE(w.bindingsFor(sec->steps.at(1).id).first()->kind, BindingKind::Action);
        QCOMPARE(param(sec->steps.at(3).id, QStringLiteral("sql")), QStringLiteral("SELECT * FROM jobs WHERE note = 'a: b # c'"));
    }
};

QTEST_GUILESS_MAIN(TestWiring)
#include "tst_wiring.moc"
