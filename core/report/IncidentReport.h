#pragma once
// IncidentReport: the incident as a postmortem document — one model,
// rendered as Markdown, self-contained HTML, PDF (outside core, from the
// HTML) and JSON. Its sections follow the common postmortem structure:
// summary, impact, severity and status, timeline (UTC), detection, response
// (the walkthrough with notes and evidence), actions taken, root cause,
// follow-ups, metrics over the incident, notes. Every text in it is redacted.
#include "incident/Incident.h"
#include "runbook/Runbook.h"

#include <QCoreApplication>
#include <QJsonObject>

struct ReportBlock
{
    enum Kind {
        Heading,   // a runbook section or group inside Response (level 3, 4)
        Paragraph, // prose; `emphasis` for a condition or "nothing recorded"
        Fields,    // label: value lines
        Step,      // a checklist line: mark, text, meta (state, who, when)
        Code,      // a command or query, `language`
        Quote,     // a note
        Table,     // columns × rows, `footnote` ("12 more rows")
        Chart,     // a sparkline of `series`, `text` its caption
    };
    Kind kind = Paragraph;
    int level = 3;
    int indent = 0;        // 1: belongs to the step above it
    bool emphasis = false;
    QString text;
    QString mark;          // Step: done, skipped, n/a, pending
    QString meta;          // Step: " — done by alice at …"
    QString markdown;      // Step: the text as Markdown (inline code kept in backticks)
    QString language;      // Code
    QList<std::pair<QString, QString>> fields;
    QStringList columns;
    QList<QStringList> rows;
    QString footnote;
    QList<double> series;
};

struct ReportSection
{
    QString key;   // summary, impact, status, timeline, detection, response, actions, root-cause, follow-ups, metrics, notes
    QString title;
    QList<ReportBlock> blocks;
};

struct IncidentReport
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReport)

public:
    QString title;
    QString generatedAt; // UTC, as printed
    QList<ReportSection> sections;

    // `runbook` may be a different revision than the incident recorded: steps
    // whose text changed are flagged; recorded steps it no longer has are
    // listed after the walkthrough, so nothing recorded is lost.
    static IncidentReport build(const Incident &incident, const Runbook &runbook, const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());

    // Every text the report holds, as plain text — what each rendering must show.
    QStringList texts() const;
};

namespace ReportWriter {
QString markdown(const IncidentReport &report);
// Self-contained HTML: inline CSS, sparklines as inline SVG.
QString html(const IncidentReport &report);
// The sparkline of `series` as an SVG element (width × height px).
QString sparklineSvg(const QList<double> &series, int width = 160, int height = 32);

// JSON: {"format": "runbook-assistant.incident", "version": 1, "incident": {…the record…},
// "walkthrough": [the runbook's sections and steps as the report shows them],
// "derived": {detection, first action, mitigation, resolution, participants}}
// — docs/incident-schema.json. Only "incident" is read back (import).
constexpr int JsonVersion = 1;
QJsonObject json(const Incident &incident, const Runbook &runbook);
// The incident of an exported document; errors name the field.
Result<Incident> readJson(const QByteArray &data);
} // namespace ReportWriter
