#pragma once
// What the Prometheus and Alertmanager clients share: their credentials (a
// bearer, or basic auth) and a JSON request to a path under a base URL that
// may have its own path (https://host/prometheus).
#include "net/HttpRequester.h"

#include <QUrl>
#include <QUrlQuery>

struct ApiAuth
{
    QString bearer;   // Authorization: Bearer …
    QString user;     // basic auth, when `bearer` is empty
    QString password;
};

QNetworkRequest apiRequest(const QUrl &base, const QString &path, const QUrlQuery &query, const ApiAuth &auth);
QString contentTypeOf(const HttpResponse &response);
