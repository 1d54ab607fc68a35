#pragma once
// StepEntityRecognizer: finds what a step's text mentions that a tool could act
// on — SQL statements and their placeholders, environment variables, API paths,
// blob prefixes and dashboard locations ("Vercel project → Storage → Blob").
#include "runbook/Runbook.h"

class StepEntityRecognizer
{
public:
    // `markdown` is a step's inline Markdown (code spans in backticks).
    static QList<StepEntity> recognize(const QString &markdown);
    // Placeholders in an SQL statement: quoted literals such as 'xxx', '<id>', '...'.
    static QStringList sqlPlaceholders(const QString &sql);
    static bool looksLikeSql(const QString &text);
};
