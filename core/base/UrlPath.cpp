#include "base/UrlPath.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>

namespace UrlPath {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("UrlPath", text);
}
} // namespace

Result<QString> normalise(const QString &path)
{
    using R = Result<QString>;
    if (!path.startsWith(QLatin1Char('/')))
        return R::failure(tr("the path \"%1\" does not start with \"/\"").arg(path.left(200)));
    const QString lower = path.toLower();
    if (lower.contains(QLatin1String("%2f")) || lower.contains(QLatin1String("%5c")) || path.contains(QLatin1Char('\\')))
        return R::failure(tr("the path \"%1\" holds an encoded \"/\" or a \"\\\"; it could reach another route than the one checked").arg(path.left(200)));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(QByteArray::fromPercentEncoding(path.toUtf8()));
    if (utf8.hasError())
        return R::failure(tr("the path \"%1\" is not valid UTF-8 once decoded").arg(path.left(200)));
    if (decoded.contains(QLatin1Char('%')))
        return R::failure(tr("the path \"%1\" is encoded twice (a \"%\" is left after decoding)").arg(path.left(200)));
    for (const QChar c : decoded)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return R::failure(tr("the path \"%1\" holds a control character").arg(path.left(200)));
    QStringList out;
    const QStringList segments = decoded.mid(1).split(QLatin1Char('/'));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &s = segments.at(i);
        const bool last = i + 1 == segments.size();
        if (s == QLatin1String(".")) {
            if (last)
                out.append(QString());
            continue;
        }
        if (s == QLatin1String("..")) {
            if (out.isEmpty())
                return R::failure(tr("the path \"%1\" climbs above the root").arg(path.left(200)));
            out.removeLast();
            if (last)
                out.append(QString());
            continue;
        }
        out.append(s);
    }
    return QLatin1Char('/') + out.join(QLatin1Char('/'));
}

bool isUnder(const QString &path, const QString &prefix)
{
    if (prefix.isEmpty())
        return false;
    if (prefix.endsWith(QLatin1Char('/')))
        return path.startsWith(prefix) || path == prefix.chopped(1);
    return path == prefix || path.startsWith(prefix + QLatin1Char('/'));
}

QUrl join(const QUrl &base, const QString &normalisedPath, const QString &query)
{
    QUrl url = base;
    QString p = base.path(QUrl::FullyDecoded);
    if (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    url.setPath(p + normalisedPath, QUrl::DecodedMode);
    url.setQuery(query.isEmpty() ? QString() : query);
    return url;
}
} // namespace UrlPath
