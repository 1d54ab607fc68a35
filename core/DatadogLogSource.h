#pragma once
// DatadogLogSource: counts through logs/analytics/aggregate (server-side
// timeseries — never by paging raw events), samples through
// logs/events/search with cursor paging, keys from DD_API_KEY / DD_APP_KEY.
// Phrases Datadog cannot search exactly are reported and fetched events are
// post-filtered with the local matcher.
#include "HttpRequester.h"
#include "LogSource.h"
#include "QueryMatcher.h"

#include <QUrl>

class DatadogLogSource : public LogSource
{
    Q_OBJECT
public:
    DatadogLogSource(QUrl baseUrl, LogSourceOptions options, QObject *parent = nullptr);
    void start(const LogRequest &request) override;
    void cancel() override;
    QString description() const override { return QStringLiteral("datadog:") + m_base.toString(); }

private:
    QNetworkRequest makeRequest(const QString &path) const;
    QJsonObject filter(const QString &query) const;
    void fetchEvents(size_t q, const QString &query, const QString &cursor, int pagesLeft, int limit, bool all);
    void done();

    QUrl m_base;
    LogSourceOptions m_options;
    HttpRequester *m_http;
    LogRequest m_request;
    LogResult m_result;
    std::vector<QueryMatcher> m_matchers;
    std::vector<bool> m_postFilter;
    int m_pending = 0;
    int m_total = 0;
    quint64 m_generation = 0;
};
