// Confirmation tokens: keyed (a token for a digest cannot be made without the
// key), bound to exactly what was previewed, single-use across processes'
// shared record, and good for ten minutes.
#include "secrets/ActionTokens.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestActionTokens : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_digest = QStringLiteral("sql\x1d/data/app.sqlite\x1d" "database-reconciliation/step-3\x1did=ph_001");

private Q_SLOTS:
    void init()
    {
        ActionTokens::setFolderForTesting(m_dir.path());
        ActionTokens::setNowForTesting(0);
    }

    void aTokenRunsOnceForWhatWasPreviewed()
    {
        const QString t = ActionTokens::issue(m_digest);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-z]+\\.[0-9a-f]{8}\\.[0-9a-f]{20}$")).match(t).hasMatch());
        QVERIFY(ActionTokens::check(t, m_digest));
        QVERIFY(ActionTokens::check(t, m_digest)); // checking does not use it up
        const Status other = ActionTokens::redeem(t, m_digest + QStringLiteral(",id=ph_002"));
        QVERIFY(!other);
        QVERIFY(other.error().contains(QStringLiteral("not the one of this preview")));
        QVERIFY(ActionTokens::redeem(t, m_digest));
        const Status replay = ActionTokens::redeem(t, m_digest);
        QVERIFY(!replay);
        QVERIFY(replay.error().contains(QStringLiteral("used already")));
        QVERIFY(!ActionTokens::check(t, m_digest));
        // A new preview of the same thing gives a new token.
        QVERIFY(ActionTokens::redeem(ActionTokens::issue(m_digest), m_digest));
    }

    void forgedTokensAreRefused()
    {
        const QString t = ActionTokens::issue(m_digest);
        const QString expiry = t.section(QLatin1Char('.'), 0, 0), nonce = t.section(QLatin1Char('.'), 1, 1), mac = t.section(QLatin1Char('.'), 2);
        QString flipped = mac;
        flipped[0] = flipped.at(0) == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        const QString later = QString::number(expiry.toLongLong(nullptr, 36) + 3600, 36);
        const QString dot = QStringLiteral(".");
        for (const QString &f : {QString(), mac, expiry + dot + nonce + dot + flipped, later + dot + nonce + dot + mac, expiry + dot + QStringLiteral("00000000") + dot + mac,
                                 QStringLiteral("zzz.00000000.0123456789abcdef0123"),
                                 QStringLiteral("..."), QString(5000, QLatin1Char('.'))})
            QVERIFY2(!ActionTokens::redeem(f, m_digest), qPrintable(f.left(40)));
        // The unkeyed hash of the digest (what tokens used to be) is no token.
        QVERIFY(!ActionTokens::redeem(QString::fromLatin1(QCryptographicHash::hash(m_digest.toUtf8(), QCryptographicHash::Sha256).toHex().left(16)), m_digest));
        QVERIFY(ActionTokens::redeem(t, m_digest)); // the real one still works
    }

    void tokensExpireAfterTenMinutes()
    {
        const qint64 t0 = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        ActionTokens::setNowForTesting(t0);
        const QString t = ActionTokens::issue(m_digest);
        const QString u = ActionTokens::issue(m_digest);
        ActionTokens::setNowForTesting(t0 + 9 * 60'000);
        QVERIFY(ActionTokens::redeem(u, m_digest));
        ActionTokens::setNowForTesting(t0 + 10 * 60'000 + 1000);
        const Status late = ActionTokens::redeem(t, m_digest);
        QVERIFY(!late);
        QVERIFY(late.error().contains(QStringLiteral("expired")));
    }

    void theKeyIsPrivateAndPerFolder()
    {
        const QString t = ActionTokens::issue(m_digest);
        const QFile key(m_dir.filePath(QStringLiteral("action-tokens.key")));
        QVERIFY(key.exists());
        QCOMPARE(key.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
        // Another user data folder has another key: its tokens do not fit here.
        QTemporaryDir other;
        ActionTokens::setFolderForTesting(other.path());
        QVERIFY(!ActionTokens::check(t, m_digest));
        const QString there = ActionTokens::issue(m_digest);
        ActionTokens::setFolderForTesting(m_dir.path());
        QVERIFY(!ActionTokens::check(there, m_digest));
        QVERIFY(ActionTokens::check(t, m_digest));
    }
};

QTEST_GUILESS_MAIN(TestActionTokens)
#include "tst_actiontokens.moc"
