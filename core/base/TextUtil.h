#pragma once
// Small text helpers shared by the parser, the store and the exporters.
#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <functional>
#include <QStringList>

namespace TextUtil {
// Lower-case ASCII slug: "1. Blob Storage (Suggested)" -> "blob-storage-suggested".
// A leading section number is dropped so renumbering keeps ids stable.
QString slugify(const QString &text);
// Hex SHA-256 of the bytes.
QString sha256Hex(const QByteArray &bytes);
// Short content hash of a text (first 16 hex digits of SHA-256 of its UTF-8).
QString shortHash(const QString &text);
// Plain text of inline Markdown as the reader reconstructs it (code spans, emphasis, links).
QString stripInlineMarkdown(const QString &markdown);
// Contents of every `code span` in inline Markdown, in order.
QStringList codeSpans(const QString &markdown);
// `markdown` with each code span's content replaced by `map(content)`, its
// backticks kept; a span `map` leaves as it is stays byte for byte.
QString mapCodeSpans(const QString &markdown, const std::function<QString(const QString &)> &map);
// Who is acting (who-did-what): RUNBOOK_USER when set, else the OS login name.
QString currentUserName();
// "text" with backslashes and double quotes escaped: a Datadog phrase, a LogQL
// (Go) string, a YAML double-quoted scalar.
QString doubleQuoted(const QString &text);
// The text cut to at most max characters, ending in "…" when cut: what an
// error message quotes of a query or line the user gave, however long.
// The "X" a runbook writes for a number ("Deleted X orphaned records"): a
// capital X standing alone. The one pattern every reader of it uses.
const QRegularExpression &numberPlaceholder();
QString elided(const QString &text, qsizetype max = 80);
} // namespace TextUtil
