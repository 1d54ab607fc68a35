#pragma once
// DatadogQueryWriter: a QueryNode as a Datadog log search string, with the
// caveats Datadog's own matching has (e.g. '[' ']' are not searchable in a
// message, so such phrases match on their words and need an exact post-filter).
#include "logs/QueryNode.h"

#include <QCoreApplication>

class DatadogQueryWriter
{
    Q_DECLARE_TR_FUNCTIONS(DatadogQueryWriter)

public:
    struct Output
    {
        QString query;
        QStringList warnings;
        bool needsPostFilter = false; // Datadog's match is looser than the local one
    };
    static Output write(const QueryNode &root);
};
