#pragma once
// LogRequest / LogResult: what every log source answers — several queries,
// a window [from, to), a bucket size → per query a total, per-bucket counts,
// statistics of an extracted number, and up to N sample events.
#include "logs/LogEvent.h"
#include "logs/QueryNode.h"

#include <QJsonObject>
#include <limits>
#include <vector>

struct LogRequest
{
    QStringList queryTexts; // as written, for display
    std::vector<QueryNode> queries;
    // Per query (optional): read the number from this attribute of each
    // matching event (e.g. durationMs of request logs) instead of an X.
    QStringList valueFields;
    QString valueField(size_t q) const { return q < size_t(valueFields.size()) ? valueFields.at(qsizetype(q)) : QString(); }
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 bucketMs = 3'600'000;
    int samples = 5;

    // Buckets are aligned to UTC multiples of the bucket size.
    qint64 firstBucketStart() const { return fromMs - ((fromMs % bucketMs) + bucketMs) % bucketMs; }
    int bucketCount() const { return toMs <= fromMs ? 0 : int((toMs - firstBucketStart() + bucketMs - 1) / bucketMs); }
    int bucketOf(qint64 ms) const { return int((ms - firstBucketStart()) / bucketMs); }
};

struct NumberStats
{
    qint64 count = 0;
    double sum = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double last = 0;
    qint64 lastMs = std::numeric_limits<qint64>::min();

    void add(double v, qint64 ms);
    void merge(const NumberStats &o);
    QJsonObject toJson() const;
};

struct LogQueryResult
{
    QString query;
    qint64 total = 0;
    std::vector<qint64> buckets;
    bool extracts = false;
    NumberStats numbers;
    std::vector<NumberStats> bucketNumbers;
    QList<LogEvent> samples; // most recent first
    QStringList warnings;
};

struct LogResult
{
    std::vector<LogQueryResult> queries;
    qint64 scanned = 0; // lines (or events) looked at
    qint64 skipped = 0; // malformed lines among those that had to be read
    qint64 bytes = 0;
    bool partial = false;   // some data could not be read; counts are lower bounds
    bool cancelled = false;
    QStringList errors;
    QStringList warnings;
    QStringList skippedExamples; // "file@offset: why"

    QJsonObject toJson(const LogRequest &request) const;
    void init(const LogRequest &request); // sized, empty results
};
