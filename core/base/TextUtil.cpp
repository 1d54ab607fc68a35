#include "base/TextUtil.h"

#include <QCryptographicHash>
#include <QRegularExpression>

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

QStringList codeSpans(const QString &markdown)
{
    // The reader writes a code span as N backticks, optional space, content, and the same fence.
    static const QRegularExpression re(QStringLiteral("(`+)(?: (?=.*` ))?(.+?)(?: )?\\1(?!`)"));
    QStringList spans;
    auto it = re.globalMatch(markdown);
    while (it.hasNext())
        spans.append(it.next().captured(2));
    return spans;
}

QString stripInlineMarkdown(const QString &markdown)
{
    static const QRegularExpression code(QStringLiteral("(`+) ?(.+?) ?\\1(?!`)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression emph(QStringLiteral("(\\*\\*|\\*|~~)(?=\\S)(.+?)(?<=\\S)\\1"));
    QString t = markdown;
    // Protect code spans from the emphasis pass by swapping them out first.
    QStringList saved;
    QString out;
    qsizetype last = 0;
    auto it = code.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        out += t.mid(last, m.capturedStart() - last);
        out += QStringLiteral("\x01%1\x02").arg(saved.size());
        saved.append(m.captured(2));
        last = m.capturedEnd();
    }
    out += t.mid(last);
    out.replace(link, QStringLiteral("\\1"));
    for (int i = 0; i < 2; ++i)
        out.replace(emph, QStringLiteral("\\2"));
    for (qsizetype i = 0; i < saved.size(); ++i)
        out.replace(QStringLiteral("\x01%1\x02").arg(i), saved.at(i));
    return out;
}

QString currentUserName()
{
    for (const char *var : {"RUNBOOK_USER", "USER", "LOGNAME", "USERNAME"}) {
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
} // namespace TextUtil
