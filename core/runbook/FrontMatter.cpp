#include "runbook/FrontMatter.h"

#include <QStringList>
#include <yaml-cpp/yaml.h>

#include <toml++/toml.h>

#include <algorithm>
#include <sstream>
#include <vector>

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

// A TOML value as text: strings as they are, numbers, booleans and dates as
// TOML writes them, arrays joined with ", "; a table has no text of its own.
QString tomlText(const toml::node &n, int depth = 0)
{
    if (depth > 8)
        return {};
    if (const auto *str = n.as_string())
        return QString::fromStdString(str->get());
    if (const auto *arr = n.as_array()) {
        QStringList parts;
        for (const toml::node &item : *arr)
            if (const QString t = tomlText(item, depth + 1); !t.isEmpty())
                parts.append(t);
        return parts.join(QStringLiteral(", "));
    }
    if (n.is_table())
        return {};
    std::ostringstream out;
    n.visit([&out](const auto &v) {
        if constexpr (!toml::is_table<decltype(v)> && !toml::is_array<decltype(v)>)
            out << v;
    });
    return QString::fromStdString(out.str());
}

// The block between the +++ fences, read by toml++; its keys in the order
// written (toml++ keeps a table sorted), an error at its line.
void readToml(const QByteArray &body, FrontMatter &fm)
{
    const std::string text = body.toStdString();
    toml::table table;
    try {
        table = toml::parse(std::string_view(text), std::string_view("front matter"));
    } catch (const toml::parse_error &e) {
        fm.error = QString::fromUtf8(e.description().data(), qsizetype(e.description().size()));
        fm.errorLine = int(e.source().begin.line) + 1; // the block starts on the line after +++
        return;
    }
    struct Key
    {
        toml::source_position at;
        QString name, value;
    };
    std::vector<Key> keys;
    for (auto &&[k, v] : table)
        keys.push_back({k.source().begin, QString::fromUtf8(k.str().data(), qsizetype(k.str().size())), tomlText(v)});
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return a.at.line != b.at.line ? a.at.line < b.at.line : a.at.column < b.at.column;
    });
    for (const Key &k : keys)
        fm.keys.append({k.name, k.value});
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
        readToml(body, fm);
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
