#pragma once
// LokiLogSource: counts with `sum(count_over_time(… [bucket]))` over
// query_range (a matrix, one point per bucket), samples as streams; the
// query is the AST translated to LogQL inside a configurable selector.
#include "HttpRequester.h"
#include "LogSource.h"
#include "QueryMatcher.h"

#include <QUrl>

class LokiLogSource : public LogSource
{
    Q_OBJECT
public:
    LokiLogSource(QUrl baseUrl, LogSourceOptions options, QObject *parent = nullptr);
    void start(const LogRequest &request) override;
    void cancel() override;
    QString description() const override { return QStringLiteral("loki:") + m_base.toString(); }

private:
    QNetworkRequest makeRequest(const QUrlQuery &query) const;
    void done();

    QUrl m_base;
    LogSourceOptions m_options;
    HttpRequester *m_http;
    LogRequest m_request;
    LogResult m_result;
    std::vector<QueryMatcher> m_matchers;
    int m_pending = 0;
    int m_total = 0;
    quint64 m_generation = 0;
};
