#pragma once
// WiringSuggester: drafts a wiring file from what the parser recognised —
// log patterns → counts on the default log source, SQL → a query probe or a
// parameterised action, API paths → HTTP probes, environment variable names →
// secret references, dashboard mentions → link placeholders, the rest manual.
#include "runbook/Runbook.h"

class WiringSuggester
{
public:
    static QString suggest(const Runbook &runbook);
};
