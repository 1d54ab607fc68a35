#pragma once
// LokiLogSource: counts with `sum(count_over_time(… [bucket]))` over
// query_range (a matrix, one point per bucket), samples as streams; the
// query is the AST translated to LogQL inside a configurable selector.
#include "net/HttpRequester.h"
#include "logs/LogSource.h"
#include "logs/QueryMatcher.h"

#include <QUrl>

class LokiLogSource : public RemoteLogSource
{
    Q_OBJECT
public:
    LokiLogSource(QUrl baseUrl, LogSourceOptions options, QObject *parent = nullptr);
    void start(const LogRequest &request) override;
    QString description() const override { return QStringLiteral("loki:") + m_base.toString(); }

private:
    QNetworkRequest makeRequest(const QUrlQuery &query) const;
    static Result<QJsonObject> replyData(const HttpResponse &resp, const QString &resultType);

    QUrl m_base;
};
