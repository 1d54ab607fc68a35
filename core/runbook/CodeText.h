#pragma once
// CodeText: what a runbook's code blocks are and how they are copied — the
// language (the info string, else recognised from the text and the heading it
// stands under), the placeholders it uses (`$NODE`, `${NAMESPACE}`,
// `<pod-name>`, `{{ $labels.instance }}`, `{{PLACEHOLDER}}`, named in one
// upper-case form so one value fills them all: NODE, NAMESPACE, POD_NAME,
// INSTANCE), and the text Copy puts on the clipboard (shell prompts and output
// lines dropped, placeholders filled). Nothing here runs anything. Linear in
// the input: no backtracking pattern over user text.
#include <QHash>
#include <QString>
#include <QStringList>

namespace CodeText {
// "shell", "promql", "sql", "logql", "datadog", "yaml", "json", another info
// word as written ("python"), or empty when nothing is sure. `context` is the
// heading the block stands under ("PromQL queries", "Datadog Log Queries").
QString language(const QString &info, const QString &text, const QString &context = {});
// A language a log source counts in (the flagship's Datadog-syntax queries).
bool isLogQueryLanguage(const QString &language);
// The placeholders of `text`, by name, in order of first use. `inCode`: the
// text is a code block (angle-bracket placeholders count only there).
QStringList variables(const QString &text, bool inCode = true);
// One name for every spelling: "pod-name" → "POD_NAME", "$labels.instance" → "INSTANCE".
QString variableName(const QString &spelling);
// What Copy gives: shell prompts ("$ ", "# " of a root prompt line is kept as
// a comment) removed with the output lines after them, placeholders with a
// value filled in; others left as written.
QString forCopy(const QString &text, const QString &language, const QHash<QString, QString> &values);
// The commands inline Markdown gives in code spans: a span of two words or
// more that reads as a shell command or SQL ("`kubectl -n $NAMESPACE get pod
// $POD`"); a pattern, a name or a path alone is not one.
QStringList inlineCommands(const QString &markdown);
// `markdown` with the placeholders of its code spans filled where they have a
// value: the step's text once the incident's NAMESPACE is set.
QString fillInline(const QString &markdown, const QHash<QString, QString> &values);
// A PromQL block with its placeholders filled for Prometheus: a value inside
// a string literal is escaped for it ("…\"…"), one outside is a quoted
// string (namespace=$NAMESPACE → namespace="shop") unless it is a number or,
// inside [ ], a duration. Names without a value go to *missing (in order)
// and stay as written.
QString fillPromQl(const QString &text, const QHash<QString, QString> &values, QStringList *missing = nullptr);
} // namespace CodeText
