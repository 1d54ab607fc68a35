#pragma once
// StoreListener: a team store's notifications (PostgreSQL LISTEN on its own
// connection), in the thread that made it (it needs that thread's event loop).
// When the connection is lost it is opened again, and `reconnected` says that
// notifications may have been missed meanwhile.
#include "base/Result.h"
#include "incident/StoreAddress.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

class StoreListener : public QObject
{
    Q_OBJECT
public:
    explicit StoreListener(QObject *parent = nullptr);
    ~StoreListener() override;

    Status listen(const QString &address);
    bool isListening() const { return m_listening; }
    void stop();

Q_SIGNALS:
    void notified(const QJsonObject &payload);
    void reconnected();
    void lost(const QString &error);

private:
    Status connectNow();
    void check();

    StoreAddress m_address;
    QString m_connection;
    QTimer m_health;
    bool m_listening = false;
};
