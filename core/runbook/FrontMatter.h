#pragma once
// FrontMatter: the metadata block a static-site generator puts first — YAML
// between `---` lines (Hugo, Jekyll, mkdocs, Docusaurus) or TOML between
// `+++` lines (Hugo). Read with yaml-cpp (YAML) or toml++ (TOML); its keys are kept as written. Never a section or a step.
#include <QByteArray>
#include <QList>
#include <QString>

struct FrontMatter
{
    bool present = false;
    int endLine = 0;   // the closing fence's 1-based line
    QList<std::pair<QString, QString>> keys; // top-level keys; lists joined with ", "
    QString error;     // when the block could not be read (its keys then are empty)
    int errorLine = 0;

    QString value(const QString &key) const;
    // Reads a leading block of `source` (after a BOM) when there is one closed within 400 lines.
    static FrontMatter read(const QByteArray &source);
};
