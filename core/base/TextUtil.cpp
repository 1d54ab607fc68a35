#include "base/TextUtil.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <vector>

namespace TextUtil {

QString slugify(const QString &text)
{
    static const QRegularExpression leadingNumber(QStringLiteral("^\\s*\\d+(\\.\\d+)*[.)]?\\s+"));
    QString t = text;
    t.remove(leadingNumber);
    QString out;
    out.reserve(t.size());
    for (QChar c : t.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // "é" -> "e"
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out.append(c.toLower());
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    if (out.isEmpty())
        out = QStringLiteral("section");
    return out;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString shortHash(const QString &text)
{
    return sha256Hex(text.toUtf8()).left(16);
}

namespace {

struct CodeSpan
{
    qsizetype start = 0; // the opening backtick
    qsizetype end = 0;   // one past the closing backtick
    QString content;
};

// Code spans as CommonMark reads them: a run of N backticks up to the next run
// of exactly N; the content loses one space at each end when it has both.
// Linear: every backtick run is listed once and each length keeps a cursor.
std::vector<CodeSpan> findCodeSpans(const QString &t)
{
    struct Run
    {
        qsizetype pos, len;
    };
    std::vector<Run> runs;
    for (qsizetype i = 0; i < t.size();) {
        if (t.at(i) != QLatin1Char('`')) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < t.size() && t.at(j) == QLatin1Char('`'))
            ++j;
        runs.push_back({i, j - i});
        i = j;
    }
    QHash<qsizetype, std::vector<size_t>> byLength; // run indices of each length, in order
    for (size_t r = 0; r < runs.size(); ++r)
        byLength[runs[r].len].push_back(r);
    QHash<qsizetype, size_t> cursor;
    std::vector<CodeSpan> spans;
    for (size_t r = 0; r < runs.size(); ++r) {
        const std::vector<size_t> &same = byLength[runs[r].len];
        size_t &k = cursor[runs[r].len];
        while (k < same.size() && same[k] <= r)
            ++k;
        if (k == same.size())
            continue; // no closing run: literal backticks
        const size_t close = same[k];
        CodeSpan s;
        s.start = runs[r].pos;
        s.end = runs[close].pos + runs[close].len;
        const qsizetype from = runs[r].pos + runs[r].len;
        s.content = t.mid(from, runs[close].pos - from);
        if (s.content.size() >= 2 && s.content.startsWith(QLatin1Char(' ')) && s.content.endsWith(QLatin1Char(' '))
            && !s.content.trimmed().isEmpty())
            s.content = s.content.mid(1, s.content.size() - 2);
        spans.push_back(std::move(s));
        r = close; // runs inside the span are content
    }
    return spans;
}

// The next `ch` at or after `from`, or -1. Searches only forward: callers ask
// with growing `from`, so a whole pass reads the text about once.
struct NextOf
{
    const QString &text;
    QChar ch;
    qsizetype found = -2; // -2: not searched yet; -1: none left
    qsizetype at(qsizetype from)
    {
        if (found == -1 || (found >= from))
            return found;
        found = text.indexOf(ch, from);
        return found;
    }
};

// "[text](target)" → "text", one pass.
QString stripLinks(const QString &t)
{
    QString out;
    out.reserve(t.size());
    NextOf bracket{t, QLatin1Char(']')}, paren{t, QLatin1Char(')')};
    qsizetype i = 0;
    while (i < t.size()) {
        if (t.at(i) != QLatin1Char('[')) { // plain text up to the next '[' at once
            qsizetype j = t.indexOf(QLatin1Char('['), i);
            if (j < 0)
                j = t.size();
            out += QStringView(t).mid(i, j - i);
            i = j;
            continue;
        }
        {
            const qsizetype close = bracket.at(i + 1);
            if (close > 0 && close + 1 < t.size() && t.at(close + 1) == QLatin1Char('(')) {
                const qsizetype end = paren.at(close + 2);
                if (end > 0) {
                    out += QStringView(t).mid(i + 1, close - i - 1);
                    i = end + 1;
                    continue;
                }
            }
        }
        out += t.at(i++);
    }
    return out;
}

// One pass of "**x**", "*x*", "~~x~~" → "x": a delimiter followed by a
// non-space, up to the nearest same delimiter that follows a non-space.
// Closers are looked up by a cursor per delimiter, so the pass stays linear.
QString stripEmphasis(const QString &t)
{
    const QString delims[] = {QStringLiteral("**"), QStringLiteral("~~"), QStringLiteral("*")};
    // Positions where each delimiter could close (preceded by a non-space).
    std::vector<qsizetype> closers[3];
    for (int d = 0; d < 3; ++d)
        for (qsizetype p = t.indexOf(delims[d], 1); p >= 0; p = t.indexOf(delims[d], p + 1))
            if (!t.at(p - 1).isSpace())
                closers[d].push_back(p);
    size_t cursor[3] = {0, 0, 0};
    NextOf newline{t, QLatin1Char('\n')}; // emphasis ends on its own line
    QString out;
    out.reserve(t.size());
    qsizetype i = 0;
    while (i < t.size()) {
        if (t.at(i) != QLatin1Char('*') && t.at(i) != QLatin1Char('~')) { // plain text up to the next delimiter at once
            qsizetype j = i + 1;
            while (j < t.size() && t.at(j) != QLatin1Char('*') && t.at(j) != QLatin1Char('~'))
                ++j;
            out += QStringView(t).mid(i, j - i);
            i = j;
            continue;
        }
        bool done = false;
        for (int d = 0; d < 3 && !done; ++d) {
            const qsizetype len = delims[d].size();
            if (!QStringView(t).mid(i).startsWith(delims[d]) || i + len >= t.size() || t.at(i + len).isSpace())
                continue;
            std::vector<qsizetype> &c = closers[d];
            size_t &k = cursor[d];
            while (k < c.size() && c[k] < i + len + 1)
                ++k;
            const qsizetype eol = newline.at(i);
            if (k == c.size() || (eol >= 0 && c[k] > eol))
                continue;
            out += QStringView(t).mid(i + len, c[k] - i - len);
            i = c[k] + len;
            done = true;
        }
        if (!done)
            out += t.at(i++);
    }
    return out;
}

} // namespace

QStringList codeSpans(const QString &markdown)
{
    QStringList spans;
    for (const CodeSpan &s : findCodeSpans(markdown))
        spans.append(s.content);
    return spans;
}

QString mapCodeSpans(const QString &markdown, const std::function<QString(const QString &)> &map)
{
    QString out;
    qsizetype last = 0;
    for (const CodeSpan &s : findCodeSpans(markdown)) {
        const QString mapped = map(s.content);
        if (mapped == s.content)
            continue;
        // The span's own fence, made longer than any run of backticks the new content holds.
        qsizetype ticks = 0, run = 0, longestRun = 0;
        while (markdown.at(s.start + ticks) == QLatin1Char('`'))
            ++ticks;
        for (const QChar c : mapped) {
            run = c == QLatin1Char('`') ? run + 1 : 0;
            longestRun = std::max(longestRun, run);
        }
        const QString fence(std::max(ticks, longestRun + 1), QLatin1Char('`'));
        // Padded when the content touches a backtick, as CommonMark asks.
        const bool pad = mapped.startsWith(QLatin1Char('`')) || mapped.endsWith(QLatin1Char('`'));
        out += QStringView(markdown).mid(last, s.start - last);
        out += fence + (pad ? QStringLiteral(" ") : QString()) + mapped + (pad ? QStringLiteral(" ") : QString()) + fence;
        last = s.end;
    }
    if (last == 0)
        return markdown;
    out += QStringView(markdown).mid(last);
    return out;
}

QString stripInlineMarkdown(const QString &markdown)
{
    // Code spans are kept verbatim: swapped out before links and emphasis.
    QStringList saved;
    QString out;
    qsizetype last = 0;
    for (const CodeSpan &s : findCodeSpans(markdown)) {
        out += QStringView(markdown).mid(last, s.start - last);
        out += QLatin1Char('\x01') + QString::number(saved.size()) + QLatin1Char('\x02');
        saved.append(s.content);
        last = s.end;
    }
    out += QStringView(markdown).mid(last);
    out = stripLinks(out);
    for (int i = 0; i < 2; ++i)
        out = stripEmphasis(out);
    if (saved.isEmpty())
        return out;
    QString result;
    result.reserve(out.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        const qsizetype end = out.at(i) == QLatin1Char('\x01') ? out.indexOf(QLatin1Char('\x02'), i) : -1;
        bool ok = false;
        const qsizetype n = end > 0 ? QStringView(out).mid(i + 1, end - i - 1).toLongLong(&ok) : -1;
        if (ok && n >= 0 && n < saved.size()) {
            result += saved.at(n);
            i = end;
        } else {
            result += out.at(i);
        }
    }
    return result;
}

QString currentUserName()
{
    // RUNBOOK_USER names someone else on a shared account; otherwise the
    // operating system's login name, whatever the environment says.
    if (const QString v = qEnvironmentVariable("RUNBOOK_USER").trimmed(); !v.isEmpty())
        return v;
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

QString doubleQuoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

const QRegularExpression &numberPlaceholder()
{
    static const QRegularExpression x(QStringLiteral("(?<![A-Za-z0-9_])X(?![A-Za-z0-9_])"));
    return x;
}

QString elided(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    qsizetype cut = max - 1;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}
} // namespace TextUtil
