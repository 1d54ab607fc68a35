#include "logs/LiveLogQueries.h"

#include "logs/LogQueryParser.h"

LiveLogQueries::LiveLogQueries(QObject *parent) : QObject(parent) {}

void LiveLogQueries::setRunbook(const Runbook *runbook)
{
    cancel();
    m_items.clear();
    m_result.reset();
    if (!runbook)
        return;
    auto add = [this](const QString &text, Result<QueryNode> node) {
        if (indexOf(text) >= 0)
            return;
        m_items.push_back({text, node ? node.value() : QueryNode{}, node ? QString() : node.error()});
    };
    for (const Section &s : runbook->sections)
        for (const Monitor &m : s.monitors)
            if (m.kind == MonitorKind::LogPattern)
                add(m.value, QueryNode::fromRunbookPattern(m.value));
    for (const LogQuery &q : runbook->queries)
        add(q.query, LogQueryParser::parse(q.query));
}

QString LiveLogQueries::setSource(const QString &spec, const LogSourceOptions &options)
{
    cancel();
    auto src = LogSource::create(spec, options);
    if (!src)
        return src.error();
    m_source = src.value();
    m_spec = spec;
    connect(m_source.get(), &LogSource::progress, this, &LiveLogQueries::progress);
    connect(m_source.get(), &LogSource::finished, this, [this](const LogResult &r) {
        m_result = r;
        m_computedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT finished();
    });
    m_result.reset();
    Q_EMIT sourceChanged();
    return {};
}

void LiveLogQueries::setWindow(qint64 spanMs, qint64 bucketMs)
{
    m_spanMs = spanMs;
    m_bucketMs = bucketMs;
}

void LiveLogQueries::refresh(qint64 nowMs)
{
    if (!m_source)
        return;
    LogRequest req;
    const qint64 now = nowMs > 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
    req.toMs = now;
    req.fromMs = now - m_spanMs;
    req.bucketMs = m_bucketMs;
    req.samples = 20;
    for (const Item &it : m_items)
        if (it.error.isEmpty()) {
            req.queryTexts.append(it.text);
            req.queries.push_back(it.node);
        }
    m_request = req;
    Q_EMIT started();
    m_source->start(req);
}

void LiveLogQueries::cancel()
{
    if (m_source && m_source->isRunning())
        m_source->cancel();
}

int LiveLogQueries::indexOf(const QString &text) const
{
    for (size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].text == text)
            return int(i);
    return -1;
}

const LogQueryResult *LiveLogQueries::resultFor(const QString &text) const
{
    if (!m_result)
        return nullptr;
    for (const LogQueryResult &q : m_result->queries)
        if (q.query == text)
            return &q;
    return nullptr;
}
