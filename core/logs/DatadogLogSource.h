#pragma once
// DatadogLogSource: counts through logs/analytics/aggregate (server-side
// timeseries — never by paging raw events), samples through
// logs/events/search with cursor paging, keys from DD_API_KEY / DD_APP_KEY.
// Phrases Datadog cannot search exactly are reported and fetched events are
// post-filtered with the local matcher.
#include "net/HttpRequester.h"
#include "logs/LogSource.h"
#include "logs/QueryMatcher.h"

#include <QUrl>

class DatadogLogSource : public RemoteLogSource
{
    Q_OBJECT
public:
    DatadogLogSource(QUrl baseUrl, LogSourceOptions options, QObject *parent = nullptr);
    void start(const LogRequest &request) override;
    QString description() const override { return QStringLiteral("datadog:") + m_base.toString(); }

private:
    QNetworkRequest makeRequest(const QString &path) const;
    QJsonObject filter(const QString &query) const;
    void fetchEvents(size_t q, const QString &query, const QString &cursor, int pagesLeft, int limit, bool all);

    QUrl m_base;
};
