#include "logs/LogRequest.h"

#include <QJsonArray>

void NumberStats::add(double v, qint64 ms)
{
    ++count;
    sum += v;
    min = std::min(min, v);
    max = std::max(max, v);
    if (ms >= lastMs) {
        lastMs = ms;
        last = v;
    }
}

void NumberStats::merge(const NumberStats &o)
{
    if (o.count == 0)
        return;
    count += o.count;
    sum += o.sum;
    min = std::min(min, o.min);
    max = std::max(max, o.max);
    if (o.lastMs >= lastMs) {
        lastMs = o.lastMs;
        last = o.last;
    }
}

QJsonObject NumberStats::toJson() const
{
    if (count == 0)
        return {{QStringLiteral("count"), 0}};
    return {{QStringLiteral("count"), count}, {QStringLiteral("sum"), sum}, {QStringLiteral("min"), min},
            {QStringLiteral("max"), max},     {QStringLiteral("last"), last}, {QStringLiteral("last_at"), LogTime::toIso(lastMs)}};
}

void LogResult::init(const LogRequest &r)
{
    queries.assign(r.queries.size(), {});
    for (size_t i = 0; i < queries.size(); ++i) {
        queries[i].query = i < size_t(r.queryTexts.size()) ? r.queryTexts.at(qsizetype(i)) : QString();
        queries[i].buckets.assign(size_t(r.bucketCount()), 0);
        queries[i].bucketNumbers.assign(size_t(r.bucketCount()), {});
    }
}

QJsonObject LogResult::toJson(const LogRequest &r) const
{
    QJsonArray qs;
    for (const LogQueryResult &q : queries) {
        QJsonArray buckets, samples;
        for (size_t b = 0; b < q.buckets.size(); ++b) {
            QJsonObject bo{{QStringLiteral("start"), LogTime::toIso(r.firstBucketStart() + qint64(b) * r.bucketMs)},
                           {QStringLiteral("count"), q.buckets[b]}};
            if (q.extracts)
                bo.insert(QStringLiteral("extracted"), q.bucketNumbers[b].toJson());
            buckets.append(bo);
        }
        for (const LogEvent &e : q.samples)
            samples.append(e.toJson());
        QJsonObject o{{QStringLiteral("query"), q.query}, {QStringLiteral("total"), q.total}, {QStringLiteral("buckets"), buckets},
                      {QStringLiteral("samples"), samples}};
        o.insert(QStringLiteral("extracted"), q.extracts ? q.numbers.toJson() : QJsonObject());
        if (!q.warnings.isEmpty())
            o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(q.warnings));
        qs.append(o);
    }
    QJsonObject o{{QStringLiteral("queries"), qs},
                  {QStringLiteral("from"), LogTime::toIso(r.fromMs)},
                  {QStringLiteral("to"), LogTime::toIso(r.toMs)},
                  {QStringLiteral("bucket_seconds"), r.bucketMs / 1000},
                  {QStringLiteral("scanned"), scanned},
                  {QStringLiteral("skipped"), skipped},
                  {QStringLiteral("partial"), partial}};
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    if (!skippedExamples.isEmpty())
        o.insert(QStringLiteral("skipped_examples"), QJsonArray::fromStringList(skippedExamples));
    return o;
}
