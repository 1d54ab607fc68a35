#pragma once
// LiveLogQueries: the runbook's log patterns and named queries, answered
// together (one request, one pass over the data) for the window the user
// picks, from the configured log source. What the GUI shows next to each
// monitor; results keep the time they were computed.
#include "logs/LogSource.h"
#include "runbook/Runbook.h"

#include <QDateTime>
#include <QObject>
#include <memory>

class LiveLogQueries : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        QString text;     // the pattern or query as written
        QueryNode node;
        QString error;    // the query does not parse
    };

    explicit LiveLogQueries(QObject *parent = nullptr);
    void setRunbook(const Runbook *runbook);
    // "file:PATH", "datadog:URL", "loki:URL"; an error text when it is not usable.
    QString setSource(const QString &spec, const LogSourceOptions &options = {});
    QString sourceSpec() const { return m_spec; }
    void setWindow(qint64 spanMs, qint64 bucketMs);
    qint64 spanMs() const { return m_spanMs; }

    void refresh(qint64 nowMs = 0);
    void cancel();
    bool isRunning() const { return m_source && m_source->isRunning(); }

    const std::vector<Item> &items() const { return m_items; }
    int indexOf(const QString &text) const;
    const LogResult *result() const { return m_result ? &*m_result : nullptr; }
    const LogQueryResult *resultFor(const QString &text) const;
    const LogRequest &lastRequest() const { return m_request; }
    QDateTime computedAt() const { return m_computedAt; }

Q_SIGNALS:
    void started();
    void progress(qint64 done, qint64 total);
    void finished();
    void sourceChanged();

private:
    std::vector<Item> m_items;
    std::shared_ptr<LogSource> m_source;
    QString m_spec;
    qint64 m_spanMs = 3'600'000;
    qint64 m_bucketMs = 300'000;
    LogRequest m_request;
    std::optional<LogResult> m_result;
    QDateTime m_computedAt;
};
