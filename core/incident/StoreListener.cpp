#include "incident/StoreListener.h"

#include "incident/IncidentStore.h"
#include "incident/SqlConnection.h"
#include "secrets/Redactor.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace {
std::atomic<int> counter{0};
}

StoreListener::StoreListener(QObject *parent) : QObject(parent)
{
    // The health check is also what notices a server that went away (a LISTEN connection is otherwise silent).
    m_health.setInterval(2000);
    connect(&m_health, &QTimer::timeout, this, &StoreListener::check);
}

StoreListener::~StoreListener()
{
    stop();
}

void StoreListener::stop()
{
    m_health.stop();
    m_listening = false;
    if (m_connection.isEmpty())
        return;
    if (QSqlDatabase db = QSqlDatabase::database(m_connection, false); db.isOpen())
        db.driver()->unsubscribeFromNotification(IncidentStore::notifyChannel());
    closeSqlConnection(m_connection);
}

Status StoreListener::listen(const QString &address)
{
    stop();
    const auto a = StoreAddress::parse(address);
    if (!a)
        return Status::failure(a.error());
    if (!a->isTeam())
        return Status::failure(tr("%1 is not a team store; there is nothing to listen to").arg(address));
    m_address = a.value();
    m_health.start();
    return connectNow();
}

Status StoreListener::connectNow()
{
    closeSqlConnection(m_connection);
    m_connection = QStringLiteral("incident-listener-%1").arg(counter.fetch_add(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (Status s = IncidentStore::configureConnection(db, m_address); !s)
        return s;
    m_listening = false;
    if (!db.open())
        return Status::failure(tr("cannot listen to the team store %1: %2").arg(m_address.display(), Redactor::redact(db.lastError().text().simplified())));
    connect(db.driver(), &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != IncidentStore::notifyChannel())
                    return;
                const QJsonDocument d = QJsonDocument::fromJson(payload.toString().toUtf8());
                if (d.isObject())
                    Q_EMIT notified(d.object());
            });
    if (!db.driver()->subscribeToNotification(IncidentStore::notifyChannel()))
        return Status::failure(tr("cannot listen to the team store %1: %2").arg(m_address.display(), db.driver()->lastError().text()));
    m_listening = true;
    return {};
}

void StoreListener::check()
{
    if (!m_connection.isEmpty() && m_listening) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (q.exec(QStringLiteral("SELECT 1")) && q.next())
            return;
        m_listening = false;
        Q_EMIT lost(tr("the team store %1 cannot be reached").arg(m_address.display()));
    }
    if (connectNow())
        Q_EMIT reconnected();
}
