#pragma once
// DatadogFake: Datadog Logs' events/search (cursor pages) and
// analytics/aggregate (count, total or timeseries) over the demo's log lines,
// in the wire format of apis.md; both need DD-API-KEY and DD-APPLICATION-KEY.
#include "DemoHttp.h"

#include <QJsonObject>
#include <functional>
#include <memory>
#include <vector>

class FaultInjector;
class QHttpServer;
class QHttpServerRequest;
class DatadogSearch;

class DatadogFake
{
public:
    DatadogFake(FaultInjector &faults, const std::vector<DemoLogEntry> &events, std::function<QString()> baseUrl);
    void addRoutes(QHttpServer &server);

private:
    struct Call
    {
        QJsonObject body;
        std::shared_ptr<DatadogSearch> matcher; // its own reading of the syntax, not the product's
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };
    std::optional<QHttpServerResponse> parse(const QHttpServerRequest &req, Call &call);
    QHttpServerResponse search(const QHttpServerRequest &req);
    QHttpServerResponse aggregate(const QHttpServerRequest &req);

    FaultInjector &m_faults;
    const std::vector<DemoLogEntry> &m_events; // sorted by time
    std::function<QString()> m_baseUrl;
};
