#pragma once
// ActionTokens: the confirmation token of a preview. A preview describes
// exactly what an action will change as a canonical `digest` (the action, the
// profile, the parameters, the previewed rows or ids); the token is an
// HMAC-SHA256 of that digest and an expiry under a random key kept in the
// user's data folder (0600), so it cannot be forged or computed by anyone who
// only knows the digest. A token is good for 10 minutes and for one run:
// redeem() checks it against the digest as the run re-establishes it and
// records it as used (across processes, under a lock file).
#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

class ActionTokens
{
    Q_DECLARE_TR_FUNCTIONS(ActionTokens)

public:
    static constexpr qint64 LifetimeMs = 10 * 60 * 1000;

    // "EXPIRY.NONCE.MAC": EXPIRY in base 36 seconds since the epoch, a random
    // NONCE (8 hex digits), MAC 20 hex digits over both and the digest.
    static QString issue(const QString &digest);
    // Ok when `token` was issued for `digest`, has not expired and was not used; then it is used.
    static Status redeem(const QString &token, const QString &digest);
    // The same checks without using the token up (to refuse before anything is recorded).
    static Status check(const QString &token, const QString &digest);

    // Where the key and the used tokens live (default: the app's data folder). For tests.
    static void setFolderForTesting(const QString &folder);
    // "Now" for expiry, in ms since the epoch (0: the system clock). For tests.
    static void setNowForTesting(qint64 nowMs);
};
