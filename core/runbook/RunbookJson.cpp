#include "runbook/RunbookJson.h"

#include <QJsonArray>

namespace RunbookJson {

namespace {
QJsonObject thresholdJson(const Threshold &t)
{
    return {{QStringLiteral("op"), t.op}, {QStringLiteral("value"), t.value},
            {QStringLiteral("unit"), toText(t.unit)}, {QStringLiteral("text"), t.text}};
}

QJsonObject codeJson(const CodeBlock &c)
{
    QJsonObject o{{QStringLiteral("info"), c.info}, {QStringLiteral("language"), c.language}, {QStringLiteral("text"), c.text}, {QStringLiteral("line"), c.line}};
    if (!c.variables.isEmpty())
        o.insert(QStringLiteral("variables"), QJsonArray::fromStringList(c.variables));
    return o;
}

QJsonObject stepJson(const Step &s)
{
    QJsonArray entities;
    for (const StepEntity &e : s.entities) {
        QJsonObject o{{QStringLiteral("kind"), toText(e.kind)}, {QStringLiteral("text"), e.text}};
        if (!e.parameters.isEmpty())
            o.insert(QStringLiteral("parameters"), QJsonArray::fromStringList(e.parameters));
        if (!e.service.isEmpty())
            o.insert(QStringLiteral("service"), e.service);
        entities.append(o);
    }
    QJsonObject o{{QStringLiteral("id"), s.id},         {QStringLiteral("number"), s.number},
                  {QStringLiteral("text"), s.text},     {QStringLiteral("plain_text"), s.plainText},
                  {QStringLiteral("line"), s.line},
                  {QStringLiteral("hash"), s.textHash}, {QStringLiteral("entities"), entities}};
    o.insert(QStringLiteral("type"), toText(s.type));
    if (!s.code.isEmpty())
        o.insert(QStringLiteral("code"), s.code);
    if (!s.blocks.isEmpty()) {
        QJsonArray blocks;
        for (const CodeBlock &c : s.blocks)
            blocks.append(codeJson(c));
        o.insert(QStringLiteral("blocks"), blocks);
    }
    if (!s.inlineCommands.isEmpty()) {
        QJsonArray commands;
        for (const CodeBlock &c : s.inlineCommands)
            commands.append(codeJson(c));
        o.insert(QStringLiteral("inline_commands"), commands);
    }
    if (!s.group.isEmpty())
        o.insert(QStringLiteral("group"), s.group);
    if (!s.subItems.isEmpty())
        o.insert(QStringLiteral("sub_items"), QJsonArray::fromStringList(s.subItems));
    if (!s.details.isEmpty())
        o.insert(QStringLiteral("details"), s.details);
    if (!s.variables.isEmpty())
        o.insert(QStringLiteral("variables"), QJsonArray::fromStringList(s.variables));
    return o;
}
} // namespace

QJsonObject toJson(const ThresholdRule &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("metric"), r.metric},
            {QStringLiteral("metric_text"), r.metricText},
            {QStringLiteral("window"), r.window},
            {QStringLiteral("warning"), thresholdJson(r.warning)},
            {QStringLiteral("critical"), thresholdJson(r.critical)},
            {QStringLiteral("section"), r.sectionId},
            {QStringLiteral("line"), r.line}};
}

QJsonObject toJson(const Section &s)
{
    QJsonArray steps, monitors, metrics, code, tables;
    for (const Step &st : s.steps)
        steps.append(stepJson(st));
    for (const Monitor &m : s.monitors) {
        QJsonObject o{{QStringLiteral("id"), m.id},
                      {QStringLiteral("kind"), toText(m.kind)},
                      {QStringLiteral("value"), m.value},
                      {QStringLiteral("line"), m.line}};
        if (!m.endpoint.isEmpty())
            o.insert(QStringLiteral("endpoint"), m.endpoint);
        if (!m.description.isEmpty())
            o.insert(QStringLiteral("description"), m.description);
        if (m.kind == MonitorKind::LogPattern)
            o.insert(QStringLiteral("number_placeholder"), m.numberPlaceholder);
        monitors.append(o);
    }
    for (const MetricSpec &m : s.metrics)
        metrics.append(QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("text"), m.text}, {QStringLiteral("line"), m.line}});
    for (const CodeBlock &c : s.codeBlocks)
        code.append(codeJson(c));
    for (const QStringList &row : s.tableRows)
        tables.append(QJsonArray::fromStringList(row));
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("number"), s.number},
                  {QStringLiteral("title"), s.title},
                  {QStringLiteral("heading"), s.heading},
                  {QStringLiteral("kind"), toText(s.kind)},
                  {QStringLiteral("line"), s.line},
                  {QStringLiteral("condition"), s.condition},
                  {QStringLiteral("steps"), steps},
                  {QStringLiteral("monitors"), monitors},
                  {QStringLiteral("metrics"), metrics}};
    if (!s.group.isEmpty())
        o.insert(QStringLiteral("group"), s.group);
    if (!s.groups.isEmpty())
        o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(s.groups));
    if (!s.alert.isEmpty())
        o.insert(QStringLiteral("alert"), s.alert);
    if (!s.alertExpressions.isEmpty())
        o.insert(QStringLiteral("alert_thresholds"), QJsonArray::fromStringList(s.alertExpressions));
    if (!s.intro.isEmpty())
        o.insert(QStringLiteral("intro"), s.intro);
    if (!code.isEmpty())
        o.insert(QStringLiteral("code_blocks"), code);
    if (!tables.isEmpty())
        o.insert(QStringLiteral("table"), tables);
    return o;
}

QJsonObject toJson(const Runbook &rb)
{
    QJsonArray sections, thresholds, queries, warnings;
    for (const Section &s : rb.sections)
        sections.append(toJson(s));
    for (const ThresholdRule &r : rb.thresholds)
        thresholds.append(toJson(r));
    for (const LogQuery &q : rb.queries)
        queries.append(QJsonObject{{QStringLiteral("id"), q.id}, {QStringLiteral("name"), q.name}, {QStringLiteral("query"), q.query},
                                   {QStringLiteral("language"), q.language}, {QStringLiteral("line"), q.line}});
    QJsonObject metadata;
    for (const auto &kv : rb.metadata)
        metadata.insert(kv.first, kv.second);
    for (const ParseMessage &m : rb.messages)
        warnings.append(QJsonObject{{QStringLiteral("line"), m.line},
                                    {QStringLiteral("level"), ParseMessage::levelName(m.level)},
                                    {QStringLiteral("message"), m.message}});
    return {{QStringLiteral("title"), rb.title},
            {QStringLiteral("path"), rb.path},
            {QStringLiteral("hash"), rb.hash},
            {QStringLiteral("intro"), rb.intro},
            {QStringLiteral("metadata"), metadata},
            {QStringLiteral("alert"), rb.alert},
            {QStringLiteral("variables"), QJsonArray::fromStringList(rb.variables)},
            {QStringLiteral("sections"), sections},
            {QStringLiteral("thresholds"), thresholds},
            {QStringLiteral("queries"), queries},
            {QStringLiteral("warnings"), warnings},
            {QStringLiteral("counts"), QJsonObject{{QStringLiteral("sections"), rb.sections.size()},
                                                   {QStringLiteral("steps"), rb.stepCount()},
                                                   {QStringLiteral("monitors"), rb.monitorCount()},
                                                   {QStringLiteral("metrics"), rb.metricCount()},
                                                   {QStringLiteral("thresholds"), rb.thresholds.size()},
                                                   {QStringLiteral("queries"), rb.queries.size()}}}};
}

} // namespace RunbookJson
