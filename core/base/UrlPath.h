#pragma once
// UrlPath: a request path as the server will read it, so that what is checked
// (bearer_paths, path_prefix) and what the preview's digest covers is exactly
// what is sent. One decoding pass, dot segments resolved; whatever would read
// differently on a server that decodes or normalises again is refused.
#include "base/Result.h"

#include <QString>
#include <QUrl>

namespace UrlPath {
// "/api/cron/%2e%2e/social-links" -> "/api/social-links". Refused, with why:
// an encoded separator (%2F, %5C) or a backslash, a "%" left after decoding
// (double encoding), NUL or a control character, invalid UTF-8, ".." above
// the root, a path that does not start with "/".
Result<QString> normalise(const QString &path);
// Whether a normalised path is the prefix or lies under it, by whole segments
// ("/api/cron/" and "/api/cron" both cover "/api/cron/x", not "/api/cronx").
bool isUnder(const QString &path, const QString &prefix);
// base (scheme, host, its own path) + a normalised path, set decoded so that
// QUrl encodes it once; the query is kept as given.
QUrl join(const QUrl &base, const QString &normalisedPath, const QString &query = {});
} // namespace UrlPath
