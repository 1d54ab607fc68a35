#include "prometheus/ApiAuth.h"

QNetworkRequest apiRequest(const QUrl &base, const QString &path, const QUrlQuery &query, const ApiAuth &auth)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    QNetworkRequest r(url);
    r.setRawHeader("Accept", "application/json");
    if (!auth.bearer.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + auth.bearer.toUtf8());
    else if (!auth.user.isEmpty())
        r.setRawHeader("Authorization", "Basic " + (auth.user + QLatin1Char(':') + auth.password).toUtf8().toBase64());
    return r;
}

QString contentTypeOf(const HttpResponse &response)
{
    for (const auto &h : response.headers)
        if (h.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(h.second);
    return {};
}
