#pragma once
// The Pushgateway, Prometheus and Alertmanager scripts/test starts
// (RUNBOOK_TEST_PROMETHEUS, RUNBOOK_TEST_ALERTMANAGER, RUNBOOK_TEST_PUSHGATEWAY):
// a test run alone starts its own through the same script and stops it at
// exit. Never a skip: a test that cannot reach them fails with why. Values go
// in through the Pushgateway, each test under its own job and labels.
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrl>
#include <QtTest>

#include "../core/TestServers.h"

inline QString ensureTestProm()
{
    if (!qEnvironmentVariableIsEmpty("RUNBOOK_TEST_PROMETHEUS") && !qEnvironmentVariableIsEmpty("RUNBOOK_TEST_ALERTMANAGER")
        && !qEnvironmentVariableIsEmpty("RUNBOOK_TEST_PUSHGATEWAY") && !qEnvironmentVariableIsEmpty("RUNBOOK_TEST_PROMETHEUS_AUTH"))
        return {};
    static const QString failure = startTestServers(QStringLiteral(RUNBOOK_SOURCE_DIR "/scripts/prom-test-servers.sh"), "PROM_TEST_DIR", 120000);
    return failure;
}

#define REQUIRE_TEST_PROM()                                                                                                                          \
    do {                                                                                                                                             \
        if (const QString why = ensureTestProm(); !why.isEmpty())                                                                                  \
            QFAIL(qPrintable(why));                                                                                                                  \
    } while (false)

inline QString promUrl() { return qEnvironmentVariable("RUNBOOK_TEST_PROMETHEUS"); }
inline QString alertmanagerUrl() { return qEnvironmentVariable("RUNBOOK_TEST_ALERTMANAGER"); }
inline QString pushgatewayUrl() { return qEnvironmentVariable("RUNBOOK_TEST_PUSHGATEWAY"); }
// The Prometheus that asks for basic auth (user runbook) and its password, read from the script's file.
inline QString promAuthUrl() { return qEnvironmentVariable("RUNBOOK_TEST_PROMETHEUS_AUTH"); }
inline QString promAuthPassword()
{
    QFile f(qEnvironmentVariable("RUNBOOK_TEST_PROMETHEUS_AUTH_FILE"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

// One HTTP call, waited for (test setup only): status and body.
inline std::pair<int, QByteArray> promHttp(const QByteArray &verb, const QUrl &url, const QByteArray &body = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain; version=0.0.4"));
    QNetworkReply *reply = nam.sendCustomRequest(r, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray out = reply->readAll();
    delete reply;
    return {status, out};
}

// Pushes `metric{labels} value` as group job=`job` (replacing that group).
inline bool pushMetric(const QString &job, const QString &metricLine)
{
    const auto [status, body] = promHttp("PUT", QUrl(pushgatewayUrl() + QStringLiteral("/metrics/job/") + job), metricLine.toUtf8() + '\n');
    return status >= 200 && status < 300;
}

inline bool deleteGroup(const QString &job)
{
    return promHttp("DELETE", QUrl(pushgatewayUrl() + QStringLiteral("/metrics/job/") + job)).first == 202;
}

// Waits (up to `ms`) until Prometheus's instant `query` returns `n` series.
inline bool waitForSeries(const QString &query, int n, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QUrl url(promUrl() + QStringLiteral("/api/v1/query"));
        url.setQuery(QStringLiteral("query=") + QString::fromLatin1(QUrl::toPercentEncoding(query)));
        const auto [status, body] = promHttp("GET", url);
        if (status == 200 && QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray().size() == n)
            return true;
        QTest::qWait(250);
    }
    return false;
}

// Waits until the Alertmanager has `n` alerts matching `matcher` (pod="x").
inline QJsonArray waitForAlerts(const QString &matcher, int n, int ms = 30000)
{
    QElapsedTimer t;
    t.start();
    QJsonArray last;
    while (t.elapsed() < ms) {
        QUrl url(alertmanagerUrl() + QStringLiteral("/api/v2/alerts"));
        url.setQuery(QStringLiteral("filter=") + QString::fromLatin1(QUrl::toPercentEncoding(matcher)));
        const auto [status, body] = promHttp("GET", url);
        last = QJsonDocument::fromJson(body).array();
        if (status == 200 && last.size() == n)
            return last;
        QTest::qWait(250);
    }
    return last;
}
