#include "runbook/Runbook.h"

QString toText(SectionKind kind)
{
    switch (kind) {
    case SectionKind::Monitoring: return QStringLiteral("monitoring");
    case SectionKind::Procedure: return QStringLiteral("procedure");
    case SectionKind::Reading: return QStringLiteral("reading");
    case SectionKind::Other: break;
    }
    return QStringLiteral("other");
}

QString toText(StepType kind)
{
    switch (kind) {
    case StepType::Check: return QStringLiteral("check");
    case StepType::Command: return QStringLiteral("command");
    case StepType::Heading: return QStringLiteral("heading");
    }
    return {};
}

QString toText(MonitorKind kind)
{
    switch (kind) {
    case MonitorKind::LogPattern: return QStringLiteral("log_pattern");
    case MonitorKind::EventType: return QStringLiteral("event_type");
    case MonitorKind::ResponseField: return QStringLiteral("response_field");
    case MonitorKind::HttpStatus: return QStringLiteral("http_status");
    }
    return {};
}

QString toText(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Sql: return QStringLiteral("sql");
    case EntityKind::EnvVar: return QStringLiteral("env_var");
    case EntityKind::ApiPath: return QStringLiteral("api_path");
    case EntityKind::BlobPrefix: return QStringLiteral("blob_prefix");
    case EntityKind::Dashboard: return QStringLiteral("dashboard");
    }
    return {};
}

QString toText(ThresholdUnit unit)
{
    return unit == ThresholdUnit::PercentOfTotal ? QStringLiteral("percent_of_total") : QStringLiteral("count");
}

const Section *Runbook::section(const QString &id) const
{
    for (const Section &s : sections)
        if (s.id == id)
            return &s;
    return nullptr;
}

const Step *Runbook::step(const QString &stepId, const Section **owner) const
{
    for (const Section &s : sections)
        for (const Step &st : s.steps)
            if (st.id == stepId) {
                if (owner)
                    *owner = &s;
                return &st;
            }
    return nullptr;
}

int Runbook::stepCount() const
{
    int n = 0;
    for (const Section &s : sections)
        n += s.steps.size();
    return n;
}

int Runbook::monitorCount() const
{
    int n = 0;
    for (const Section &s : sections)
        n += s.monitors.size();
    return n;
}

int Runbook::metricCount() const
{
    int n = 0;
    for (const Section &s : sections)
        n += s.metrics.size();
    return n;
}

QList<ParseMessage> Runbook::problems() const
{
    QList<ParseMessage> out;
    for (const ParseMessage &m : messages)
        if (m.level != ParseMessage::Note)
            out.append(m);
    return out;
}

bool Runbook::hasErrors() const
{
    for (const ParseMessage &m : messages)
        if (m.level == ParseMessage::Error)
            return true;
    return false;
}
