#include "runbook/FrontMatter.h"

#include <QStringList>
#include <yaml-cpp/yaml.h>

QString FrontMatter::value(const QString &key) const
{
    for (const auto &kv : keys)
        if (kv.first.compare(key, Qt::CaseInsensitive) == 0)
            return kv.second;
    return {};
}

namespace {
QString scalarText(const YAML::Node &n, int depth = 0)
{
    if (depth > 8)
        return {};
    if (n.IsScalar())
        return QString::fromStdString(n.Scalar());
    if (n.IsSequence()) {
        QStringList parts;
        for (const auto &item : n)
            if (const QString t = scalarText(item, depth + 1); !t.isEmpty())
                parts.append(t);
        return parts.join(QStringLiteral(", "));
    }
    return {};
}

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.startsWith(QLatin1Char('"')) || v.startsWith(QLatin1Char('\''))) && v.endsWith(v.at(0)))
        return v.mid(1, v.size() - 2);
    if (v.startsWith(QLatin1Char('[')) && v.endsWith(QLatin1Char(']'))) {
        QStringList parts;
        for (const QString &p : v.mid(1, v.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts))
            parts.append(unquote(p));
        return parts.join(QStringLiteral(", "));
    }
    return v;
}
} // namespace

FrontMatter FrontMatter::read(const QByteArray &source)
{
    FrontMatter fm;
    const QList<QByteArray> lines = source.left(64 * 1024).split('\n');
    if (lines.isEmpty())
        return fm;
    const QByteArray fence = lines.first().trimmed();
    if (fence != "---" && fence != "+++")
        return fm;
    const bool toml = fence == "+++";
    int close = -1;
    for (int i = 1; i < lines.size() && i < 400; ++i) {
        const QByteArray t = lines.at(i).trimmed();
        if (t == fence || (!toml && t == "...")) {
            close = i;
            break;
        }
    }
    if (close < 1)
        return fm; // not closed: a thematic break, not front matter
    // "---" followed by a heading underline is CommonMark's; front matter has key: value lines.
    QByteArray body;
    for (int i = 1; i < close; ++i)
        body += lines.at(i) + '\n';
    bool keyLike = body.trimmed().isEmpty();
    for (int i = 1; i < close && !keyLike; ++i) {
        const QString t = QString::fromUtf8(lines.at(i)).trimmed();
        const qsizetype sep = t.indexOf(toml ? QLatin1Char('=') : QLatin1Char(':'));
        keyLike = sep > 0 && !t.left(sep).trimmed().contains(QLatin1Char(' ')) && !t.startsWith(QLatin1Char('#'));
    }
    if (!keyLike)
        return fm;
    fm.present = true;
    fm.endLine = close + 1;
    if (toml) {
        for (int i = 1; i < close; ++i) {
            const QString t = QString::fromUtf8(lines.at(i)).trimmed();
            const qsizetype eq = t.indexOf(QLatin1Char('='));
            if (t.isEmpty() || t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1Char('[')) || eq <= 0)
                continue;
            fm.keys.append({t.left(eq).trimmed(), unquote(t.mid(eq + 1))});
        }
        return fm;
    }
    try {
        const YAML::Node root = YAML::Load(body.toStdString());
        if (root.IsMap())
            for (const auto &kv : root) {
                const QString key = QString::fromStdString(kv.first.as<std::string>(std::string()));
                if (!key.isEmpty())
                    fm.keys.append({key, scalarText(kv.second)});
            }
    } catch (const YAML::Exception &e) {
        fm.error = QString::fromStdString(e.msg);
        fm.errorLine = e.mark.line >= 0 ? int(e.mark.line) + 2 : 1;
    }
    return fm;
}
