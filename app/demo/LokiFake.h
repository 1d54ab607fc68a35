#pragma once
// LokiFake: Grafana Loki's query_range over the demo's log lines — a matrix
// for count_over_time, streams for a log query (LogQlEvaluator's subset of
// LogQL) — optionally requiring an X-Scope-OrgID.
#include "DemoHttp.h"

#include <vector>

class FaultInjector;
class QHttpServer;
class QHttpServerRequest;

class LokiFake
{
public:
    LokiFake(FaultInjector &faults, const std::vector<DemoLogEntry> &events);
    void addRoutes(QHttpServer &server);
    void setRequireOrgId(const QString &orgId) { m_lokiOrgId = orgId; }

private:
    QHttpServerResponse queryRange(const QHttpServerRequest &req);

    FaultInjector &m_faults;
    const std::vector<DemoLogEntry> &m_events; // sorted by time
    QString m_lokiOrgId;
};
