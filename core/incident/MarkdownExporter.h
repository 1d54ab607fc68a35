#pragma once
// MarkdownExporter: an incident as Markdown incident notes — header, each
// section's checklist with state, note and who/when, free notes, timeline.
#include "incident/Incident.h"
#include "runbook/Runbook.h"

#include <QCoreApplication>

class MarkdownExporter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExporter)

public:
    // `runbook` may be a different revision than the incident recorded; steps
    // whose text changed since are flagged, and recorded steps the runbook no
    // longer has are listed at the end so nothing recorded is lost.
    static QString exportIncident(const Incident &incident, const Runbook &runbook);
};
