#pragma once
// Runbook: the parsed model of a Markdown runbook — sections with their
// checklists, monitors, metrics, alert thresholds and named log queries.
// Plain value types; RunbookParser builds them, everything else reads them.
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

enum class SectionKind { Monitoring, Procedure, Reading, Other };
enum class MonitorKind { LogPattern, EventType, ResponseField, HttpStatus };
enum class EntityKind { Sql, EnvVar, ApiPath, BlobPrefix, Dashboard };
enum class ThresholdUnit { Count, PercentOfTotal };
enum class WindowKind { Hour, Day, Run, Unspecified };
// What a step is: a list item to tick, a command (a code block with the
// sentence that introduces it), or a heading that is a step ("### Step 3: …").
enum class StepType { Check, Command, Heading };
QString toText(StepType type);

QString toText(SectionKind kind);
QString toText(MonitorKind kind);
QString toText(EntityKind kind);
QString toText(ThresholdUnit unit);

// Something a step mentions that a tool can act on: an SQL statement, an env
// variable, an API path, a blob prefix, a dashboard location.
struct StepEntity
{
    EntityKind kind = EntityKind::Sql;
    QString text;           // as written ("UPDATE … WHERE id = 'xxx'", "Vercel project → Storage → Blob")
    QStringList parameters; // placeholders in SQL ("xxx"), in order
    QString service;        // for dashboards: "Vercel", "Clerk", …
};

// A code block in a step or section, with its language: from the info
// string, else recognised (shell with `$` prompts, PromQL, SQL, LogQL, a
// Datadog log query, YAML, JSON), else empty.
struct CodeBlock
{
    QString info;
    QString text;
    QString language;      // shell, promql, sql, logql, datadog, yaml, json, … or empty
    QStringList variables; // placeholders it uses ($NODE, <pod-name>, {{ $labels.instance }}), by name
    int line = 0;
};

struct Step
{
    QString id;       // stable: "<section-id>/step-<position>"
    QString number;   // the author's number ("3"), empty for bullets
    QString text;     // inline Markdown as written (inline code kept in backticks)
    QString plainText;
    QString textHash; // to flag steps whose text changed since an incident recorded them
    QString code;     // the first code block of the step, verbatim (see `blocks` for all, with their languages)
    QList<CodeBlock> blocks;
    // Commands its text gives in code spans ("`kubectl -n $NAMESPACE get pod $POD`"):
    // copied like code blocks, with the variables filled in.
    QList<CodeBlock> inlineCommands;
    QStringList subItems; // nested list items: part of this step, shown under it
    QString details;  // the paragraphs under it (a heading step's explanation; a loose item's further text)
    QString group;    // the sub-heading it stands under inside its section ("CLI Checks")
    StepType type = StepType::Check;
    QStringList variables; // placeholders in its text and code, by name
    int line = 0;
    bool task = false; // a GFM task list item
    QList<StepEntity> entities;
};

struct Monitor
{
    QString id;
    MonitorKind kind = MonitorKind::LogPattern;
    QString value;       // the pattern, event type, field name or status code
    QString endpoint;    // response fields and HTTP status monitors: the API path
    QString description; // text after the value ("Number of DB records deleted")
    bool numberPlaceholder = false; // pattern has an `X` standing for a number
    int line = 0;
};

struct MetricSpec
{
    QString id;
    QString text; // inline Markdown
    int line = 0;
};

struct Threshold
{
    QString op; // ">", ">=", "<", "<=", "="
    double value = 0;
    ThresholdUnit unit = ThresholdUnit::Count;
    QString text; // the cell as written
};

struct ThresholdRule
{
    QString id;
    QString metric;     // "Blob deletion failures"
    QString metricText; // the whole cell, "Blob deletion failures per day"
    QString window;     // "per day", "per hour", "per cleanup run"
    WindowKind windowKind = WindowKind::Unspecified;
    Threshold warning;
    Threshold critical;
    QString sectionId; // the section whose metric this is, when it can be matched
    int line = 0;
};

struct LogQuery
{
    QString id;
    QString name;  // from the "# …" comment line
    QString query; // verbatim
    QString language = QStringLiteral("datadog"); // the syntax: only a source of that language runs it
    int line = 0;
};

struct Section
{
    QString id;
    QString number;  // "1" of "## 1. Blob Storage…", else empty
    QString title;   // heading text without the number
    QString heading; // heading text as written
    QString group;   // parent heading when subsections were promoted ("Recovery Procedures")
    SectionKind kind = SectionKind::Other;
    int level = 2;
    int line = 0;
    int endLine = 0;     // last source line of the section
    QString intro;       // paragraphs before the first list/subheading
    QString condition;   // "If blob deletion failures are frequent:"
    QString markdown;    // the section's source text, for display
    QList<Step> steps;   // the checklist
    QList<Monitor> monitors;
    QList<MetricSpec> metrics;
    QList<CodeBlock> codeBlocks;
    QList<QStringList> tableRows; // every table row (header first), cells as inline Markdown
    QStringList groups;   // the sub-headings that group its steps, in order
    QString alert;        // the alert it is about, when its title names one (a file of several alerts)
    QStringList alertExpressions; // thresholds written in its alert expressions or prose ("> 5", "exceeds 95%")

    QString displayTitle() const { return number.isEmpty() ? title : number + QStringLiteral(". ") + title; }
};

struct ParseMessage
{
    // Note: a guess the reader made about the document's structure, said with its line (not a problem).
    enum Level { Warning, Error, Note };
    static QString levelName(Level level) // "warning", "error", "note": as lint and --json print it
    {
        return level == Error ? QStringLiteral("error") : level == Note ? QStringLiteral("note") : QStringLiteral("warning");
    }
    Level level = Warning;
    int line = 0;
    QString message;
};

struct Runbook
{
    QString path;
    QString title;
    QString intro;
    QString hash; // SHA-256 of the file's bytes
    QList<std::pair<QString, QString>> metadata; // the front matter's keys (owner, severity, tags, …), as written
    QString alert;         // the Prometheus/Alertmanager alert it is for, when named (front matter or title)
    QStringList variables; // every placeholder of its commands and steps, by name, in order
    QList<Section> sections;
    QList<ThresholdRule> thresholds;
    QList<LogQuery> queries;
    QList<ParseMessage> messages;

    const Section *section(const QString &id) const;
    const Step *step(const QString &stepId, const Section **owner = nullptr) const;
    int stepCount() const;
    int monitorCount() const;
    int metricCount() const;
    bool hasErrors() const;
    // The warnings and errors: what is wrong with the document, without the notes on how it was read.
    QList<ParseMessage> problems() const;
};
