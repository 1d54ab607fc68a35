// The Svix and Stripe clients against the demo backend on 127.0.0.1, which
// speaks their wire formats (apis.md): failed attempts with iterator paging,
// resend and recover (task polling) only with the preview's token, Stripe
// events with failed deliveries (starting_after paging) and webhook
// endpoints; every fault — 401, 403, 404, 429 with its header, 500, malformed
// JSON, a slow reply — gives a clear message without the key, and nothing
// half-done.
#include "DemoBackend.h"
#include "DemoDatabase.h"
#include "DemoLogGenerator.h"
#include "../core/FakeKeychain.h"
#include "PreviewToken.h"
#include "connectors/StripeClient.h"
#include "connectors/SvixClient.h"
#include "logs/LogQueryParser.h"
#include "logs/LogSource.h"
#include "net/HttpProbe.h"
#include "secrets/Redactor.h"
#include "wiring/Wiring.h"

#include "CliProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// A loopback listener standing in for production: it answers every request
// with 200 {} (or what `reply` makes of its headers) and keeps each request's
// header block.
class HeaderRecorder : public QTcpServer
{
public:
    QStringList requests;
    std::function<QByteArray(const QString &headers)> reply;
    HeaderRecorder()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    buffer->append(s->readAll());
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    requests.append(QString::fromLatin1(buffer->left(buffer->indexOf("\r\n\r\n"))));
                    buffer->clear();
                    s->write(reply ? reply(requests.last())
                                   : QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"));
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, [s, buffer] {
                    delete buffer;
                    s->deleteLater();
                });
            }
        });
    }
};

template <typename T>
struct Wait
{
    Result<T> result = Result<T>::failure(QStringLiteral("no answer"));
    bool done = false;
    auto callback()
    {
        return [this](Result<T> r) {
            result = std::move(r);
            done = true;
        };
    }
};
} // namespace

class TestWebhooks : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoBackend> m_backend;
    const QString m_svixToken = QStringLiteral("testsk_SENTINEL_svix_91");
    const QString m_stripeKey = QStringLiteral("sk_test_SENTINEL_stripe_42");
    const QString m_app = QLatin1String(DemoBackend::svixApp);
    const QString m_endpoint = QLatin1String(DemoBackend::svixEndpoint);

    HttpRequester::Policy fast() const { return {3000, 2, 2000, 20}; }

    void freshBackend()
    {
        m_backend = std::make_unique<DemoBackend>();
        QVERIFY(m_backend->loadLogs(m_dir.filePath(QStringLiteral("logs/app.ndjson"))));
        m_backend->setSvixToken(m_svixToken);
        m_backend->setStripeKey(m_stripeKey);
        QVERIFY(m_backend->listen() > 0);
    }

    QList<SvixAttempt> failed(SvixClient &svix, const QDateTime &since = {})
    {
        Wait<QList<SvixAttempt>> w;
        svix.failedAttempts(m_app, m_endpoint, since, w.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(w.done, 15000); }();
        if (!w.result)
            qWarning("%s", qPrintable(w.result.error()));
        return w.result ? w.result.value() : QList<SvixAttempt>();
    }

    // The token shown with the preview of `stepId` (a webhook_resend step on a
    // wiring against the backend) with `ids` ticked — or, with `recoverSince`,
    // the recover preview.
    QString previewToken(const QString &stepId, const QStringList &ids, const QDateTime &recoverSince = {})
    {
        const QString yaml = QStringLiteral("version: 1\nprofiles:\n  p:\n    connectors:\n"
                                            "      webhooks: { kind: svix, base_url: \"%1\", token: \"keychain:svix/token\", app_id: %2, endpoint_id: %3 }\n"
                                            "bindings:\n  %4:\n    action: { type: webhook_resend, connector: webhooks, risk: write }\n")
                                 .arg(m_backend->baseUrl(), m_app, m_endpoint, stepId);
        if (recoverSince.isValid())
            return ::previewToken(yaml, stepId, {{QStringLiteral("recover_since"), recoverSince.toString(Qt::ISODateWithMs)}});
        return ::previewToken(yaml, stepId, {}, ids);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto keychain = std::make_shared<FakeKeychain>();
        keychain->entries.insert(QStringLiteral("svix/token"), m_svixToken);
        SecretResolver::setKeychain(keychain);
        DemoLogOptions o;
        o.days = 1;
        QVERIFY(DemoLogGenerator::write(m_dir.path(), o));
    }

    void init() { freshBackend(); }

    void svixFailedAttemptsPageThroughTheIterator()
    {
        const int total = m_backend->failedAttemptCount();
        QVERIFY2(total >= 24, "the demo plants at least the last hour's 24 Clerk webhook 500s");
        SvixClient svix(QUrl(m_backend->baseUrl()), m_svixToken, fast());
        svix.setPageSize(5);
        const int before = m_backend->requestCount(QStringLiteral("/api/v1/app"));
        const QList<SvixAttempt> all = failed(svix);
        QCOMPARE(all.size(), total);
        QCOMPARE(m_backend->requestCount(QStringLiteral("/api/v1/app")) - before, (total + 4) / 5); // the last page says done, even when it is full
        for (const SvixAttempt &a : all) {
            QCOMPARE(a.status, 2);
            QCOMPARE(a.responseStatusCode, 500);
            QVERIFY(a.msgId.startsWith(QStringLiteral("msg_")));
            QVERIFY(a.timestamp.isValid());
        }
        // Newest first, and `since` stops at the first older attempt.
        const QDateTime since = all.at(9).timestamp;
        const QList<SvixAttempt> recent = failed(svix, since);
        QVERIFY(recent.size() >= 10 && recent.size() < total);
        for (const SvixAttempt &a : recent)
            QVERIFY(a.timestamp >= since);
    }

    void svixResendNeedsThePreviewToken()
    {
        SvixClient svix(QUrl(m_backend->baseUrl()), m_svixToken, fast());
        svix.setActionId(QStringLiteral("force-retry-clerk-webhook/step-3"));
        const QList<SvixAttempt> all = failed(svix);
        const QStringList three = SvixClient::messageIds(all.mid(0, 3));
        const int before = m_backend->failedAttemptCount();
        const int posts = m_backend->requestCount(QStringLiteral("/api/v1/app/app_demo/msg"));

        Wait<int> refused;
        svix.resend(m_app, m_endpoint, three, QStringLiteral("not-the-token"), {}, refused.callback());
        QTRY_VERIFY(refused.done);
        QVERIFY(refused.result.error().startsWith(QStringLiteral("refused")));
        // The token of another list is refused too.
        const QString ofTwo = previewToken(QStringLiteral("force-retry-clerk-webhook/step-3"), three.mid(0, 2));
        QVERIFY(!ofTwo.isEmpty());
        Wait<int> other;
        svix.resend(m_app, m_endpoint, three, ofTwo, {}, other.callback());
        QTRY_VERIFY(other.done);
        QVERIFY(!other.result);
        QCOMPARE(m_backend->requestCount(QStringLiteral("/api/v1/app/app_demo/msg")), posts);
        QCOMPARE(m_backend->failedAttemptCount(), before);

        QList<int> progress;
        Wait<int> sent;
        svix.resend(m_app, m_endpoint, three, previewToken(QStringLiteral("force-retry-clerk-webhook/step-3"), three),
                    [&](int n, int total) { progress.append(n * 10 + total); }, sent.callback());
        QTRY_VERIFY(sent.done);
        QVERIFY2(sent.result, qPrintable(sent.result.error()));
        QCOMPARE(sent.result.value(), 3);
        QCOMPARE(progress, (QList<int>{13, 23, 33}));
        QCOMPARE(m_backend->failedAttemptCount(), before - 3);
        QVERIFY(m_backend->postsWithoutIdempotencyKey().isEmpty());
        // A message Svix no longer knows (gone between the preview and the
        // resend) stops the run with Svix's own words, saying how many went before.
        const QStringList next = SvixClient::messageIds(all.mid(3, 3));
        const QString nextToken = previewToken(QStringLiteral("force-retry-clerk-webhook/step-3"), next);
        DemoBackend::Fault gone;
        gone.status = 404;
        gone.body = R"({"code":"not_found","detail":"Message not found"})";
        m_backend->injectFault(QStringLiteral("/api/v1/app/app_demo/msg/%1/").arg(next.at(1)), gone);
        Wait<int> ghost;
        svix.resend(m_app, m_endpoint, next, nextToken, {}, ghost.callback());
        QTRY_VERIFY(ghost.done);
        QVERIFY2(ghost.result.error().contains(QStringLiteral("Svix: not_found: Message not found (HTTP 404)")), qPrintable(ghost.result.error()));
        QVERIFY(ghost.result.error().contains(next.at(1)));
        QVERIFY(ghost.result.error().contains(QStringLiteral("1 resent before it")));
        QCOMPARE(m_backend->failedAttemptCount(), before - 4);
    }

    void svixRecoverPollsTheTaskUntilItFinishes()
    {
        SvixClient svix(QUrl(m_backend->baseUrl()), m_svixToken, fast());
        svix.setPolling(30, 20);
        const QString step = QStringLiteral("recover-webhooks/step-1");
        svix.setActionId(step);
        const QList<SvixAttempt> all = failed(svix);
        const QDateTime since = all.at(7).timestamp;
        const QStringList ids = SvixClient::messageIds(failed(svix, since));
        const int olderStillFailed = m_backend->failedAttemptCount() - int(ids.size());

        // Refused when the failed messages changed since the preview (one was resent meanwhile).
        const QString token = previewToken(step, {}, since);
        QVERIFY(!token.isEmpty());
        Wait<int> one;
        svix.resend(m_app, m_endpoint, {ids.first()}, previewToken(step, {ids.first()}), {}, one.callback());
        QTRY_VERIFY(one.done);
        Wait<QString> stale;
        svix.recover(m_app, m_endpoint, since, token, {}, stale.callback());
        QTRY_VERIFY(stale.done);
        QVERIFY2(stale.result.error().startsWith(QStringLiteral("refused")), qPrintable(stale.result.error()));
        QCOMPARE(m_backend->requestCount(QStringLiteral("/api/v1/app/app_demo/endpoint")), 0);

        const QStringList now = SvixClient::messageIds(failed(svix, since));
        QStringList statuses;
        Wait<QString> recovered;
        QCOMPARE(now.size(), ids.size() - 1);
        svix.recover(m_app, m_endpoint, since, previewToken(step, {}, since),
                     [&](const QString &s) { statuses.append(s); }, recovered.callback());
        QTRY_VERIFY_WITH_TIMEOUT(recovered.done, 10000);
        QVERIFY2(recovered.result, qPrintable(recovered.result.error()));
        QCOMPARE(statuses, (QStringList{QStringLiteral("running"), QStringLiteral("running"), QStringLiteral("finished")}));
        QCOMPARE(m_backend->failedAttemptCount(), olderStillFailed);
        QVERIFY(failed(svix, since).isEmpty());
        QVERIFY(m_backend->postsWithoutIdempotencyKey().isEmpty());
    }

    void svixRecoverGivesUpWaitingAndCancels()
    {
        const QString step = QStringLiteral("recover-webhooks/step-1");
        SvixClient svix(QUrl(m_backend->baseUrl()), m_svixToken, fast());
        svix.setActionId(step);
        const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-600);
        const QString token = previewToken(step, {}, since);
        QVERIFY(!token.isEmpty());
        // Polling stops after its limit with a message that the task goes on.
        svix.setPolling(20, 1);
        Wait<QString> limited;
        svix.recover(m_app, m_endpoint, since, token, {}, limited.callback());
        QTRY_VERIFY_WITH_TIMEOUT(limited.done, 5000);
        QVERIFY2(limited.result.error().contains(QStringLiteral("still running")), qPrintable(limited.result.error()));

        freshBackend();
        SvixClient again(QUrl(m_backend->baseUrl()), m_svixToken, fast());
        again.setActionId(step);
        again.setPolling(60'000, 10);
        Wait<QString> cancelled;
        QStringList statuses;
        again.recover(m_app, m_endpoint, since, previewToken(step, {}, since), [&](const QString &s) { statuses.append(s); }, cancelled.callback());
        // The task's first answer has come; the next poll is a minute away.
        QTRY_COMPARE(statuses, QStringList{QStringLiteral("running")});
        QCOMPARE(m_backend->requestCount(QStringLiteral("/api/v1/app/app_demo/endpoint")), 1);
        QVERIFY(!cancelled.done);
        QElapsedTimer t;
        t.start();
        again.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(cancelled.done, 1000);
        QVERIFY(t.elapsed() < 1000);
        QVERIFY(cancelled.result.error().contains(QStringLiteral("stopped waiting")));
    }

    void svixFaults()
    {
        // 401: a wrong token; the message is Svix's, the token is not in it.
        SvixClient wrong(QUrl(m_backend->baseUrl()), QStringLiteral("testsk_WRONG_token_55"), fast());
        Wait<QList<SvixAttempt>> w;
        wrong.failedAttempts(m_app, m_endpoint, {}, w.callback());
        QTRY_VERIFY(w.done);
        QCOMPARE(w.result.error(), QStringLiteral("Svix: authentication_failed: Invalid token (HTTP 401)"));
        // 404: an endpoint that is not there.
        SvixClient svix(QUrl(m_backend->baseUrl()), m_svixToken, fast());
        Wait<QList<SvixAttempt>> nf;
        svix.failedAttempts(m_app, QStringLiteral("ep_nope"), {}, nf.callback());
        QTRY_VERIFY(nf.done);
        QCOMPARE(nf.result.error(), QStringLiteral("Svix: not_found: Endpoint not found (HTTP 404)"));
        // 403, 500 after the retries, malformed JSON.
        const struct
        {
            int status;
            QByteArray body;
            int times;
            QString expected;
        } cases[] = {{403, R"({"code":"forbidden","detail":"Token lacks access to app_demo"})", 1, QStringLiteral("Svix: forbidden: Token lacks access to app_demo (HTTP 403)")},
                     {500, R"({"code":"internal","detail":"oops"})", 3, QStringLiteral("Svix: internal: oops (HTTP 500)")},
                     {200, R"({"data":[{"id":)", 1, QStringLiteral("Svix: malformed reply")},
                     {200, R"({"items":[]})", 1, QStringLiteral("has no \"data\" list")}};
        for (const auto &c : cases) {
            DemoBackend::Fault f;
            f.status = c.status;
            f.body = c.body;
            f.times = c.times;
            m_backend->injectFault(QStringLiteral("/api/v1/app"), f);
            Wait<QList<SvixAttempt>> r;
            svix.failedAttempts(m_app, m_endpoint, {}, r.callback());
            QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
            QVERIFY2(r.result.error().contains(c.expected), qPrintable(r.result.error()));
        }
        // 429 with Retry-After: waits as asked, then succeeds; the resend happens once.
        DemoBackend::Fault limited;
        limited.status = 429;
        limited.body = R"({"code":"rate_limit","detail":"Too many requests"})";
        limited.headers = {{"Retry-After", "1"}};
        m_backend->injectFault(QStringLiteral("/api/v1/app/app_demo/msg"), limited);
        const QList<SvixAttempt> all = failed(svix);
        const int before = m_backend->failedAttemptCount();
        svix.setActionId(QStringLiteral("force-retry-clerk-webhook/step-3"));
        const QString token = previewToken(QStringLiteral("force-retry-clerk-webhook/step-3"), {all.first().msgId});
        QElapsedTimer t;
        t.start();
        Wait<int> sent;
        svix.resend(m_app, m_endpoint, {all.first().msgId}, token, {}, sent.callback());
        QTRY_VERIFY_WITH_TIMEOUT(sent.done, 10000);
        QVERIFY2(sent.result, qPrintable(sent.result.error()));
        QVERIFY(t.elapsed() >= 950);
        QCOMPARE(m_backend->failedAttemptCount(), before - 1);
        // A slow reply: the timeout names the service and path, retries, then gives up.
        DemoBackend::Fault slow;
        slow.delayMs = 1500;
        slow.times = 2;
        m_backend->injectFault(QStringLiteral("/api/v1/app"), slow);
        SvixClient impatient(QUrl(m_backend->baseUrl()), m_svixToken, {300, 1, 100, 20});
        Wait<QList<SvixAttempt>> late;
        impatient.failedAttempts(m_app, m_endpoint, {}, late.callback());
        QTRY_VERIFY_WITH_TIMEOUT(late.done, 10000);
        QVERIFY2(late.result.error().contains(QStringLiteral("Svix /api/v1/app/app_demo/attempt/endpoint/ep_demo: no answer within 0.3 s")),
                 qPrintable(late.result.error()));
        QVERIFY(!late.result.error().contains(m_svixToken));
    }

    void stripeEventsWithFailedDeliveries()
    {
        const int total = m_backend->failedEventCount();
        QVERIFY2(total >= 16, "the demo plants the last hour's 16 duplicate tip webhooks");
        StripeClient stripe(QUrl(m_backend->baseUrl()), m_stripeKey, fast());
        stripe.setPageSize(4);
        const int before = m_backend->requestCount(QStringLiteral("/v1/events"));
        Wait<QList<StripeEvent>> w;
        stripe.failedEvents(QStringLiteral("payment_intent.succeeded"), QDateTime::currentDateTimeUtc().addDays(-400), w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done, 10000);
        QVERIFY2(w.result, qPrintable(w.result.error()));
        QCOMPARE(w.result->size(), total);
        QCOMPARE(m_backend->requestCount(QStringLiteral("/v1/events")) - before, (total + 3) / 4);
        QSet<QString> ids;
        for (const StripeEvent &e : w.result.value()) {
            QCOMPARE(e.type, QStringLiteral("payment_intent.succeeded"));
            QVERIFY(e.pendingWebhooks > 0);
            ids.insert(e.id);
        }
        QCOMPARE(ids.size(), total); // starting_after: no event twice, none skipped
        // created[gte]: only the last hour.
        Wait<QList<StripeEvent>> hour;
        const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-3600);
        stripe.failedEvents(QStringLiteral("payment_intent.succeeded"), since, hour.callback());
        QTRY_VERIFY(hour.done);
        QVERIFY(hour.result->size() >= 16 && hour.result->size() <= total);
        for (const StripeEvent &e : hour.result.value())
            QVERIFY(e.created >= since.addSecs(-1));
        // Another type: none.
        Wait<QList<StripeEvent>> none;
        stripe.failedEvents(QStringLiteral("charge.refunded"), since, none.callback());
        QTRY_VERIFY(none.done);
        QVERIFY(none.result && none.result->isEmpty());
    }

    void stripeWebhookEndpointsAndFaults()
    {
        StripeClient stripe(QUrl(m_backend->baseUrl()), m_stripeKey, fast());
        Wait<QList<StripeWebhookEndpoint>> w;
        stripe.webhookEndpoints(w.callback());
        QTRY_VERIFY(w.done);
        QVERIFY2(w.result, qPrintable(w.result.error()));
        QCOMPARE(w.result->size(), 1);
        QCOMPARE(w.result->first().status, QStringLiteral("enabled"));
        QCOMPARE(w.result->first().url, m_backend->baseUrl() + QStringLiteral("/api/stripe/webhook"));
        QCOMPARE(w.result->first().enabledEvents, QStringList{QStringLiteral("payment_intent.succeeded")});

        StripeClient wrong(QUrl(m_backend->baseUrl()), QStringLiteral("sk_test_WRONG_key_12"), fast());
        Wait<QList<StripeWebhookEndpoint>> denied;
        wrong.webhookEndpoints(denied.callback());
        QTRY_VERIFY(denied.done);
        QCOMPARE(denied.result.error(), QStringLiteral("Stripe: api_key_invalid: Invalid API Key provided. (HTTP 401)"));
        const struct
        {
            int status;
            QByteArray body;
            QString expected;
        } cases[] = {{403, R"({"error":{"type":"invalid_request_error","code":"secret_key_required","message":"This key lacks the permission: sk_test_SENTINEL_stripe_42"}})",
                      QStringLiteral("Stripe: secret_key_required: This key lacks the permission: ••••")},
                     {404, R"({"error":{"type":"invalid_request_error","message":"Unrecognized request URL"}})", QStringLiteral("Stripe: invalid_request_error: Unrecognized request URL (HTTP 404)")},
                     {200, "not json", QStringLiteral("Stripe: malformed reply to /v1/webhook_endpoints")}};
        for (const auto &c : cases) {
            DemoBackend::Fault f;
            f.status = c.status;
            f.body = c.body;
            m_backend->injectFault(QStringLiteral("/v1/webhook_endpoints"), f);
            Wait<QList<StripeWebhookEndpoint>> r;
            stripe.webhookEndpoints(r.callback());
            QTRY_VERIFY(r.done);
            QVERIFY2(r.result.error().contains(c.expected), qPrintable(r.result.error()));
            QVERIFY(!r.result.error().contains(m_stripeKey));
        }
        // 429 then 500 then an answer: two retries, the last one succeeds.
        DemoBackend::Fault limited;
        limited.status = 429;
        limited.body = R"({"error":{"type":"rate_limit_error","message":"Too many requests"}})";
        limited.headers = {{"Retry-After", "0"}};
        m_backend->injectFault(QStringLiteral("/v1/events"), limited);
        DemoBackend::Fault broken;
        broken.status = 500;
        broken.body = R"({"error":{"type":"api_error","message":"Something went wrong"}})";
        m_backend->injectFault(QStringLiteral("/v1/events"), broken);
        const int before = m_backend->requestCount(QStringLiteral("/v1/events"));
        Wait<QList<StripeEvent>> retried;
        stripe.failedEvents(QStringLiteral("payment_intent.succeeded"), QDateTime::currentDateTimeUtc().addSecs(-3600), retried.callback());
        QTRY_VERIFY_WITH_TIMEOUT(retried.done, 10000);
        QVERIFY2(retried.result, qPrintable(retried.result.error()));
        QCOMPARE(m_backend->requestCount(QStringLiteral("/v1/events")) - before, 3);
    }

    // runbook-cli probe run / action preview|run for the Svix and Stripe
    // bindings of the flagship runbook, against this backend.
    void cliThroughAWiring()
    {
        const QString yaml = QStringLiteral("version: 1\nprofiles:\n  t:\n    connectors:\n"
                               "      webhooks: { kind: svix, base_url: \"%1\", token: env:SVIX_API_TOKEN, app_id: app_demo, endpoint_id: ep_demo }\n"
                               "      payments: { kind: stripe, base_url: \"%1\", key: env:STRIPE_SECRET_KEY }\n"
                               "      app: { kind: http, base_url: \"%1\" }\n"
                               "      clerk_dashboard: { kind: dashboard, url: \"https://dashboard.clerk.com/last-active?path=webhooks\" }\n"
                               "bindings:\n"
                               "  clerk-webhook-failures/step-1:\n    probe: { type: webhook_failed_attempts, connector: webhooks, dashboard: clerk_dashboard }\n"
                               "  force-retry-clerk-webhook/step-3:\n    action: { type: webhook_resend, connector: webhooks, risk: write, dashboard: clerk_dashboard }\n"
                               "  payment-tip-duplicate-detection/step-1:\n    probe: { type: stripe_failed_events, connector: payments, event_type: payment_intent.succeeded }\n"
                               "  payment-tip-duplicate-detection/step-2:\n    probe: { type: stripe_webhook_endpoints, connector: payments, latency_of: app, "
                               "path: /api/stripe/webhook, tries: \"3\", timeout_ms: \"10000\" }\n")
                                 .arg(m_backend->baseUrl());
        const QString runbook = flagshipWithWiring(m_dir.path(), QStringLiteral("rb"), yaml);
        QVERIFY(!runbook.isEmpty());
        const QString store = m_dir.filePath(QStringLiteral("incidents.sqlite"));
        auto cli = [&](QStringList args, QString &out, QString &err, const QString &svixToken = {}) {
            const CliOutput r = runCli(args + QStringList{QStringLiteral("--runbook"), runbook},
                                       {{QStringLiteral("SVIX_API_TOKEN"), svixToken.isEmpty() ? m_svixToken : svixToken},
                                        {QStringLiteral("STRIPE_SECRET_KEY"), m_stripeKey}});
            out = r.out;
            err = r.err;
            return r.code;
        };
        QString out, err;
        // Failed Clerk deliveries in the last 24 h, with the dashboard beside them.
        QCOMPARE(cli({QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("clerk-webhook-failures/step-1"), QStringLiteral("--json")}, out, err), 0);
        QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
        const int failedDay = int(o.value(QStringLiteral("rows")).toArray().size());
        QVERIFY2(failedDay >= 24 && failedDay <= m_backend->failedAttemptCount(), qPrintable(out + err));
        QCOMPARE(o.value(QStringLiteral("dashboard")).toString(), QStringLiteral("https://dashboard.clerk.com/last-active?path=webhooks"));
        QVERIFY(!out.contains(m_svixToken) && !err.contains(m_svixToken));
        QCOMPARE(cli({QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("clerk-webhook-failures/step-1")}, out, err, QStringLiteral("testsk_WRONG_1")), 1);
        QVERIFY2(err.contains(QStringLiteral("Svix: authentication_failed: Invalid token (HTTP 401)")), qPrintable(err));

        // Resend two messages: refused without the preview's token; with it, exactly those two.
        const QString m1 = o.value(QStringLiteral("rows")).toArray().at(0).toArray().at(0).toString();
        const QString m2 = o.value(QStringLiteral("rows")).toArray().at(1).toArray().at(0).toString();
        const QStringList two{QStringLiteral("--param"), QStringLiteral("msg=") + m1, QStringLiteral("--param"), QStringLiteral("msg=") + m2};
        QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("preview"), QStringLiteral("force-retry-clerk-webhook/step-3"), QStringLiteral("--json")} + two, out, err), 0);
        const QString token = QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("token")).toString();
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("messages")).toInt(), 2);
        const int before = m_backend->failedAttemptCount();
        QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("run"), QStringLiteral("force-retry-clerk-webhook/step-3")} + two, out, err), 3);
        QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("run"), QStringLiteral("force-retry-clerk-webhook/step-3"), QStringLiteral("--confirm"),
                                 QStringLiteral("0123456789abcdef")} + two, out, err), 3);
        QVERIFY2(err.contains(QStringLiteral("refused")), qPrintable(err));
        QCOMPARE(m_backend->failedAttemptCount(), before);
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("new"), runbook, QStringLiteral("--store"), store}, out, err), 0);
        const QString incident = out.trimmed();
        QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("run"), QStringLiteral("force-retry-clerk-webhook/step-3"), QStringLiteral("--confirm"), token,
                                 QStringLiteral("--store"), store, QStringLiteral("--incident"), incident} + two, out, err), 0);
        QVERIFY2(out.contains(QStringLiteral("2 message(s) resent")), qPrintable(out + err));
        QCOMPARE(m_backend->failedAttemptCount(), before - 2);
        {
            // The intent (with the message ids) and the outcome are on the incident's timeline.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("timeline"));
            db.setDatabaseName(store);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT coalesce(subject, '') || ' ' || coalesce(text, '') AS t FROM timeline WHERE kind LIKE 'action%' ORDER BY id")));
            QStringList texts;
            while (q.next())
                texts.append(q.value(0).toString());
            QCOMPARE(texts.size(), 2);
            QVERIFY2(texts.at(0).contains(m1) && texts.at(0).contains(m2), qPrintable(texts.at(0)));
            QVERIFY2(texts.at(1).contains(QStringLiteral("2 message(s) resent")), qPrintable(texts.at(1)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("timeline"));

        // Recover everything since a time: preview names the time; the run polls the task to its end.
        const QString since = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600).toString(Qt::ISODateWithMs);
        const QStringList recover{QStringLiteral("--param"), QStringLiteral("recover_since=") + since};
        QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("preview"), QStringLiteral("force-retry-clerk-webhook/step-3"), QStringLiteral("--json")} + recover, out, err), 0);
        o = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("mode")).toString(), QStringLiteral("recover"));
        const int toRecover = o.value(QStringLiteral("messages")).toInt();
        QVERIFY(toRecover > 0);
        QCOMPARE(cli(QStringList{QStringLiteral("action"), QStringLiteral("run"), QStringLiteral("force-retry-clerk-webhook/step-3"), QStringLiteral("--confirm"),
                                 o.value(QStringLiteral("token")).toString()} + recover, out, err), 0);
        QVERIFY2(err.contains(QStringLiteral("recover task: finished")), qPrintable(err));
        QCOMPARE(m_backend->failedAttemptCount(), before - 2 - toRecover);

        // Stripe: failed deliveries of the last 24 h; the webhook endpoint and the app's latency against the timeout.
        QCOMPARE(cli({QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("payment-tip-duplicate-detection/step-1"), QStringLiteral("--json")}, out, err), 0);
        QVERIFY(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("rows")).toArray().size() >= 16);
        QCOMPARE(cli({QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("payment-tip-duplicate-detection/step-2"), QStringLiteral("--json")}, out, err), 0);
        o = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("latency")).toObject().value(QStringLiteral("within_timeout")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("latency")).toObject().value(QStringLiteral("status")).toInt(), 405);
        // A slow webhook route is reported as over the timeout.
        DemoBackend::Fault slow;
        slow.delayMs = 400;
        m_backend->injectFault(QStringLiteral("/api/stripe/webhook"), slow);
        QVERIFY(!flagshipWithWiring(m_dir.path(), QStringLiteral("rb"), QString(yaml).replace(QStringLiteral("timeout_ms: \"10000\""), QStringLiteral("timeout_ms: \"300\""))).isEmpty());
        QCOMPARE(cli({QStringLiteral("probe"), QStringLiteral("run"), QStringLiteral("payment-tip-duplicate-detection/step-2")}, out, err), 1);
        QVERIFY2(err.contains(QStringLiteral("no answer within 0.3 s")), qPrintable(out + err));
    }

    // The production profile with none of its secrets set, every connector
    // pointed at a loopback listener that records what arrives: every probe
    // and action preview is refused with "not set" before anything is sent,
    // and not one credential reaches the listener.
    void productionWithoutSecretsSendsNoCredential()
    {
        HeaderRecorder recorder;
        QVERIFY(recorder.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(recorder.serverPort());
        QTemporaryDir data;
        QFile shipped(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.wiring.yaml"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QString all = QString::fromUtf8(shipped.readAll());
        const QString profiles = QStringLiteral(
            "version: 1\n"
            "default_profile: production\n"
            "profiles:\n"
            "  production:\n"
            "    protected: true\n"
            "    connectors:\n"
            "      logs: { kind: datadog, base_url: \"%1\", api_key: env:DD_API_KEY, app_key: env:DD_APP_KEY }\n"
            "      db: { kind: postgresql, host: 127.0.0.1, port: \"1\", database: tipjar, user: ro, password: env:PGPASSWORD, sslmode: require }\n"
            "      app: { kind: http, base_url: \"%1\", bearer: env:CRON_SECRET }\n"
            "      blob: { kind: vercel_blob, base_url: \"%1/api/blob\", token: env:BLOB_READ_WRITE_TOKEN }\n"
            "      webhooks: { kind: svix, base_url: \"%1\", token: env:SVIX_API_TOKEN, app_id: app_x, endpoint_id: ep_x }\n"
            "      payments: { kind: stripe, base_url: \"%1\", key: env:STRIPE_SECRET_KEY }\n"
            "      vercel: { kind: vercel, config_path: \"%2/vercel.json\", token: env:VERCEL_TOKEN }\n"
            "      vercel_blob_dashboard: { kind: dashboard, url: \"%1/stores\" }\n"
            "      clerk_dashboard: { kind: dashboard, url: \"%1/clerk\" }\n"
            "      stripe_dashboard: { kind: dashboard, url: \"%1/stripe\" }\n\n")
                                     .arg(url, data.path());
        const QString runbook = flagshipWithWiring(data.path(), QStringLiteral("prod"), profiles + all.mid(all.indexOf(QStringLiteral("\nbindings:")) + 1));
        QVERIFY(!runbook.isEmpty());
        QHash<QString, QString> env{{QStringLiteral("XDG_DATA_HOME"), data.path()}};
        for (const char *name : {"DD_API_KEY", "DD_APP_KEY", "PGPASSWORD", "CRON_SECRET", "BLOB_READ_WRITE_TOKEN", "SVIX_API_TOKEN", "STRIPE_SECRET_KEY", "VERCEL_TOKEN"})
            env.insert(QLatin1String(name), QString());
        const QStringList rb{QStringLiteral("--runbook"), runbook};
        CliOutput r = runCli(QStringList{QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--json")} + rb, env);
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 22);
        int refused = 0;
        for (const QJsonValue &v : list) {
            const QJsonObject b = v.toObject();
            const QString id = b.value(QStringLiteral("id")).toString();
            const bool probe = b.value(QStringLiteral("kind")).toString() == QStringLiteral("probe");
            r = runCli(QStringList{probe ? QStringLiteral("probe") : QStringLiteral("action"), probe ? QStringLiteral("run") : QStringLiteral("preview"), id} + rb, env);
            if (r.err.contains(QStringLiteral("is not set"))) {
                QVERIFY2(r.code == 1, qPrintable(id + QStringLiteral(": ") + r.err));
                ++refused;
            }
        }
        // Only the bindings that read a file (log counts, vercel.json) need no secret.
        QVERIFY2(refused >= 18, qPrintable(QString::number(refused)));
        for (const QString &req : std::as_const(recorder.requests))
            for (const char *h : {"authorization:", "dd-api-key:", "dd-application-key:"})
                QVERIFY2(!req.toLower().contains(QLatin1String(h)), qPrintable(req));
    }

    // A credential goes only where it was meant to: a redirect to another
    // origin is not followed (HttpProbe and the clients' HttpRequester), and a
    // protected profile does not send one over plain http to another host.
    void credentialsStayWithTheirOrigin()
    {
        HeaderRecorder elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
        HeaderRecorder redirecting;
        const QByteArray to = QStringLiteral("http://127.0.0.1:%1/stolen").arg(elsewhere.serverPort()).toUtf8();
        redirecting.reply = [to](const QString &) {
            return "HTTP/1.1 302 Found\r\nLocation: " + to + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        };
        QVERIFY(redirecting.listen(QHostAddress::LocalHost));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(redirecting.serverPort());
        HttpProbe probe;
        QSignalSpy done(&probe, &HttpProbe::finished);
        probe.start({QUrl(base + QStringLiteral("/api/cron/cleanup-photos")), "GET", QStringLiteral("cron-SENTINEL-secret"), 1, 3000});
        QVERIFY(done.wait(5000));
        QCOMPARE(done.at(0).at(0).value<HttpProbeResult>().status, 302);
        SvixClient svix(QUrl(base), m_svixToken, fast());
        Wait<QList<SvixAttempt>> attempts;
        svix.failedAttempts(m_app, m_endpoint, QDateTime::currentDateTimeUtc().addSecs(-3600), attempts.callback());
        QTRY_VERIFY(attempts.done);
        QVERIFY(!attempts.result);
        QVERIFY(!attempts.result.error().contains(m_svixToken));
        QTRY_COMPARE(redirecting.requests.size(), 2);
        // A JSON body that echoes a secret is masked before anyone sees it.
        HeaderRecorder echo;
        echo.reply = [](const QString &headers) {
            const QString auth = headers.section(QStringLiteral("Authorization: Bearer "), 1).section(QStringLiteral("\r\n"), 0, 0);
            const QByteArray body = "{\"ok\":true,\"seen\":\"" + auth.toUtf8() + "\"}";
            return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        };
        QVERIFY(echo.listen(QHostAddress::LocalHost));
        Redactor::add(QStringLiteral("cron-SENTINEL-echoed"));
        HttpProbe echoed;
        QSignalSpy echoDone(&echoed, &HttpProbe::finished);
        echoed.start({QUrl(QStringLiteral("http://127.0.0.1:%1/api/cron/x").arg(echo.serverPort())), "GET", QStringLiteral("cron-SENTINEL-echoed"), 1, 3000});
        QVERIFY(echoDone.wait(5000));
        const HttpProbeResult er = echoDone.at(0).at(0).value<HttpProbeResult>();
        QCOMPARE(er.field(QStringLiteral("seen")).toString(), QStringLiteral("••••"));
        QVERIFY(er.field(QStringLiteral("ok")).toBool());
        QVERIFY2(elsewhere.requests.isEmpty(), qPrintable(elsewhere.requests.join(QStringLiteral(" | "))));

        Profile prod;
        prod.name = QStringLiteral("production");
        prod.isProtected = true;
        Connector app;
        app.name = QStringLiteral("app");
        app.kind = QStringLiteral("http");
        app.secrets.insert(QStringLiteral("bearer"), QStringLiteral("env:RB_TEST_PROTECTED_BEARER"));
        qputenv("RB_TEST_PROTECTED_BEARER", "bearer-SENTINEL-value");
        app.fields.insert(QStringLiteral("base_url"), QStringLiteral("http://tipjar.example.com"));
        const auto plain = connectorSecret(prod, app, QStringLiteral("bearer"), {});
        QVERIFY(!plain);
        QVERIFY2(plain.error().contains(QStringLiteral("https only")), qPrintable(plain.error()));
        QVERIFY(!plain.error().contains(QStringLiteral("bearer-SENTINEL-value")));
        app.fields.insert(QStringLiteral("base_url"), QStringLiteral("https://tipjar.example.com"));
        QVERIFY(connectorSecret(prod, app, QStringLiteral("bearer"), {}));
        app.fields.insert(QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(connectorSecret(prod, app, QStringLiteral("bearer"), {}));
        // Per route: the cron secret goes to the cron routes only.
        app.fields.insert(QStringLiteral("bearer_paths"), QStringLiteral("/api/cron/"));
        QCOMPARE(bearerFor(prod, app, QUrl(QStringLiteral("http://127.0.0.1:9/api/cron/cleanup-photos")), {}).value(), QStringLiteral("bearer-SENTINEL-value"));
        QCOMPARE(bearerFor(prod, app, QUrl(QStringLiteral("http://127.0.0.1:9/api/social-links")), {}).value(), QString());
        QCOMPARE(bearerFor(prod, app, QUrl(QStringLiteral("http://127.0.0.1:9/api/cronjob")), {}).value(), QString());
        // Percent-encoding and dot segments do not get a route past the check:
        // a URL whose path reads differently on the server gets no bearer.
        for (const char *sneaky : {"/api/cron/%2e%2e/social-links", "/api/cron/%2E%2E/social-links", "/api/cron/.%2e/social-links",
                                   "/api/cron/..%2fsocial-links", "/api/cron/%252e%252e/social-links", "/api/cron/..%5csocial-links"}) {
            const auto b = bearerFor(prod, app, QUrl(QStringLiteral("http://127.0.0.1:9") + QLatin1String(sneaky)), {});
            QVERIFY2(!b || b.value().isEmpty(), sneaky);
            if (!b)
                QVERIFY(!b.error().contains(QStringLiteral("bearer-SENTINEL-value")));
        }
        const auto built = routeUrl(app, QStringLiteral("/api/cron/%2e%2e/social-links"), {});
        QVERIFY(built);
        QCOMPARE(built->path(QUrl::FullyEncoded), QStringLiteral("/api/social-links")); // normalised before any check
        QCOMPARE(bearerFor(prod, app, built.value(), {}).value(), QString());
        QVERIFY(!routeUrl(app, QStringLiteral("/api/cron/..%2fsocial-links"), {}));
        QCOMPARE(routeUrl(app, QStringLiteral("/api/cron/x/../cleanup-photos?dry=1"), {})->toString(),
                 QStringLiteral("http://127.0.0.1:9/api/cron/cleanup-photos?dry=1"));
        qunsetenv("RB_TEST_PROTECTED_BEARER");
    }

    // A Loki behind a gateway gets the wiring's token as a Bearer header.
    void lokiTokenIsSent()
    {
        HeaderRecorder loki;
        loki.reply = [](const QString &) {
            const QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[]}})";
            return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        };
        QVERIFY(loki.listen(QHostAddress::LocalHost));
        LogSourceOptions o;
        o.lokiToken = "loki-SENTINEL-gateway";
        o.lokiOrgId = QStringLiteral("acme");
        auto src = LogSource::create(QStringLiteral("loki:http://127.0.0.1:%1").arg(loki.serverPort()), o);
        QVERIFY(src);
        LogRequest req;
        req.toMs = QDateTime::currentMSecsSinceEpoch();
        req.fromMs = req.toMs - 3'600'000;
        req.bucketMs = 3'600'000;
        req.queryTexts = {QStringLiteral("error")};
        req.queries = {LogQueryParser::parse(QStringLiteral("error")).value()};
        bool finished = false;
        connect(src->get(), &LogSource::finished, this, [&](const LogResult &) { finished = true; });
        src.value()->start(req);
        QTRY_VERIFY(finished);
        QVERIFY(!loki.requests.isEmpty());
        QVERIFY2(loki.requests.first().contains(QStringLiteral("Authorization: Bearer loki-SENTINEL-gateway"), Qt::CaseInsensitive), qPrintable(loki.requests.first()));
        QVERIFY(loki.requests.first().contains(QStringLiteral("X-Scope-OrgID: acme"), Qt::CaseInsensitive));
    }

    // Datadog keys from the environment are masked in every output, even when
    // the server echoes them back in its error (text and --json).
    void datadogKeysFromTheEnvironmentAreMasked()
    {
        HeaderRecorder echo;
        echo.reply = [](const QString &headers) {
            QString key;
            for (const QString &line : headers.split(QStringLiteral("\r\n")))
                if (line.startsWith(QStringLiteral("DD-API-KEY:"), Qt::CaseInsensitive))
                    key = line.section(QLatin1Char(':'), 1).trimmed();
            const QByteArray body = "{\"errors\":[\"Forbidden: key " + key.toUtf8() + " is not valid\"]}";
            return "HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\nConnection: close\r\n\r\n" + body;
        };
        QVERIFY(echo.listen(QHostAddress::LocalHost));
        const QString api = QStringLiteral("ddapi_SENTINEL_0123456789abcdef");
        const QString app = QStringLiteral("ddapp_SENTINEL_fedcba9876543210");
        const QHash<QString, QString> env{{QStringLiteral("DD_API_KEY"), api}, {QStringLiteral("DD_APP_KEY"), app}};
        for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
            const CliOutput r = runCli(QStringList{QStringLiteral("query"), QStringLiteral("--source"),
                                                   QStringLiteral("datadog:http://127.0.0.1:%1").arg(echo.serverPort())}
                                           + extra + QStringList{QStringLiteral("error")},
                                       env);
            QCOMPARE(r.code, 1);
            QVERIFY2((r.out + r.err).contains(QStringLiteral("Forbidden: key ••••")), qPrintable(r.out + r.err));
            QVERIFY(!(r.out + r.err).contains(api) && !(r.out + r.err).contains(app));
        }
        QVERIFY(!echo.requests.isEmpty());
        QVERIFY(echo.requests.first().contains(api)); // it did go to the service that needs it
    }

    // The shipped wiring's demo profile as it is, with nothing else running
    // and no secret in the environment: runbook-cli starts the demo backend
    // itself (making the demo data in a fresh data folder); every probe runs
    // and every action previews, exit code 0.
    void everyBindingOfTheShippedDemoProfile()
    {
        QTemporaryDir data;
        QHash<QString, QString> env{{QStringLiteral("XDG_DATA_HOME"), data.path()}};
        for (const char *name : {"CRON_SECRET", "BLOB_READ_WRITE_TOKEN", "SVIX_API_TOKEN", "STRIPE_SECRET_KEY"})
            env.insert(QLatin1String(name), QString()); // set empty: "not set"
        QFile shipped(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.wiring.yaml"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QString yaml = QString::fromUtf8(shipped.readAll());
        const QString runbook = flagshipWithWiring(data.path(), QStringLiteral("sweep"), yaml);
        QVERIFY(!runbook.isEmpty());
        const QStringList rb{QStringLiteral("--runbook"), runbook, QStringLiteral("--profile"), QStringLiteral("demo")};
        CliOutput r = runCli(QStringList{QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--json")} + rb, env);
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 22);
        // What each binding must show on fresh demo data (the generator's planted counts).
        using Db = DemoDatabase::Counts;
        using Planted = DemoLogGenerator::Incident;
        auto rows = [](const QJsonObject &o) { return int(o.value(QStringLiteral("rows")).toArray().size()); };
        auto total = [](const QJsonObject &o) {
            int n = 0;
            for (const QJsonValue &q : o.value(QStringLiteral("queries")).toArray())
                n += q.toObject().value(QStringLiteral("total")).toInt();
            return n;
        };
        const QHash<QString, std::function<bool(const QJsonObject &)>> expected{
            {QStringLiteral("blob-storage-orphan-prevention/step-2"), [](const QJsonObject &o) { return o.value(QStringLiteral("valid")).toBool(); }},
            {QStringLiteral("blob-storage-orphan-prevention/step-3"), [&](const QJsonObject &o) { return rows(o) == Db::orphanBlobs && !o.value(QStringLiteral("token")).toString().isEmpty(); }},
            {QStringLiteral("payment-tip-duplicate-detection/step-1"), [&](const QJsonObject &o) { return rows(o) >= Planted::tipDuplicatesLastHour; }},
            {QStringLiteral("payment-tip-duplicate-detection/step-2"), [&](const QJsonObject &o) { return rows(o) == 1; }},
            {QStringLiteral("idempotency-key-conflicts/step-2"), [](const QJsonObject &o) { return o.value(QStringLiteral("status")).toInt() == 200; }},
            {QStringLiteral("clerk-webhook-failures/step-1"), [&](const QJsonObject &o) { return rows(o) >= Planted::clerk500sLastHour; }},
            {QStringLiteral("clerk-webhook-failures/step-2"), [&](const QJsonObject &o) { return rows(o) == 1; }},
            {QStringLiteral("clerk-webhook-failures/step-3"), [&](const QJsonObject &o) {
                 for (const QJsonValue &row : o.value(QStringLiteral("rows")).toArray())
                     if (!row.toArray().at(1).toBool())
                         return false;
                 return rows(o) == 4;
             }},
            {QStringLiteral("cron-job-health/step-1"), [&](const QJsonObject &o) { return total(o) > 0 && !o.value(QStringLiteral("partial")).toBool(); }},
            {QStringLiteral("cron-job-health/step-2"), [](const QJsonObject &o) {
                 return o.value(QStringLiteral("url")).toString().endsWith(QStringLiteral("/api/cron/cleanup-photos")) && !o.value(QStringLiteral("token")).toString().isEmpty();
             }},
            {QStringLiteral("cron-job-health/step-3"), [&](const QJsonObject &o) { return rows(o) >= 1; }},
            {QStringLiteral("cron-job-health/step-4"), [&](const QJsonObject &o) { return rows(o) == 3; }},
            {QStringLiteral("photo-cleanup-job/step-1"), [&](const QJsonObject &o) { return total(o) >= Planted::uploadErrorsLastDay && !o.value(QStringLiteral("partial")).toBool(); }},
            {QStringLiteral("photo-cleanup-job/step-2"), [](const QJsonObject &o) { return o.value(QStringLiteral("valid")).toBool(); }},
            {QStringLiteral("manual-blob-cleanup/step-2"), [](const QJsonObject &o) { return o.value(QStringLiteral("valid")).toBool() && o.value(QStringLiteral("blobs")).toInt() > Db::orphanBlobs; }},
            {QStringLiteral("manual-blob-cleanup/step-3"), [&](const QJsonObject &o) { return rows(o) == Db::orphanBlobs; }},
            {QStringLiteral("manual-blob-cleanup/step-4"), [&](const QJsonObject &o) { return rows(o) == Db::orphanBlobs && !o.value(QStringLiteral("token")).toString().isEmpty(); }},
            {QStringLiteral("force-retry-clerk-webhook/step-2"), [&](const QJsonObject &o) { return rows(o) >= Planted::clerk500sLastHour; }},
            {QStringLiteral("force-retry-clerk-webhook/step-3"), [&](const QJsonObject &o) {
                 return o.value(QStringLiteral("messages")).toInt() >= Planted::clerk500sLastHour && o.value(QStringLiteral("mode")).toString() == QStringLiteral("resend");
             }},
            {QStringLiteral("database-reconciliation/step-1"), [&](const QJsonObject &o) { return rows(o) == Db::users; }},
            {QStringLiteral("database-reconciliation/step-2"), [&](const QJsonObject &o) { return rows(o) == Db::readyWithMissingBlob; }},
            {QStringLiteral("database-reconciliation/step-3"), [&](const QJsonObject &o) { return rows(o) == Db::readyWithMissingBlob && !o.value(QStringLiteral("token")).toString().isEmpty(); }},
        };
        QCOMPARE(expected.size(), 22);
        for (const QJsonValue &v : list) {
            const QJsonObject b = v.toObject();
            const QString id = b.value(QStringLiteral("id")).toString();
            QVERIFY2(b.value(QStringLiteral("available")).toBool(), qPrintable(id));
            QVERIFY2(expected.contains(id), qPrintable(id));
            const bool probe = b.value(QStringLiteral("kind")).toString() == QStringLiteral("probe");
            r = runCli(QStringList{probe ? QStringLiteral("probe") : QStringLiteral("action"), probe ? QStringLiteral("run") : QStringLiteral("preview"), id,
                                   QStringLiteral("--json")} + rb,
                       env);
            QVERIFY2(r.code == 0, qPrintable(id + QStringLiteral(": ") + r.err));
            const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QVERIFY2(expected.value(id)(o), qPrintable(id + QStringLiteral(": ") + r.out.left(400)));
        }
    }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
