#pragma once
// Runbook: the parsed model of a Markdown runbook — sections with their
// checklists, monitors, metrics, alert thresholds and named log queries.
// Plain value types; RunbookParser builds them, everything else reads them.
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

enum class SectionKind { Monitoring, Procedure, Other };
enum class MonitorKind { LogPattern, EventType, ResponseField, HttpStatus };
enum class EntityKind { Sql, EnvVar, ApiPath, BlobPrefix, Dashboard };
enum class ThresholdUnit { Count, PercentOfTotal };
enum class WindowKind { Hour, Day, Run, Unspecified };

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

struct Step
{
    QString id;       // stable: "<section-id>/step-<position>"
    QString number;   // the author's number ("3"), empty for bullets
    QString text;     // inline Markdown as written (inline code kept in backticks)
    QString plainText;
    QString textHash; // to flag steps whose text changed since an incident recorded them
    QString code;     // a fenced block inside the list item, verbatim
    int depth = 0;    // nesting level of the list item
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
    int line = 0;
};

struct CodeBlock
{
    QString info;
    QString text;
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

    QString displayTitle() const { return number.isEmpty() ? title : number + QStringLiteral(". ") + title; }
};

struct ParseMessage
{
    enum Level { Warning, Error };
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
};
