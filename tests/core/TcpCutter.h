#pragma once
// TcpCutter: a loopback TCP relay in front of a real server whose line the
// test can cut — every connection through it is dropped, and new ones are
// closed the moment they arrive — and restore. What a responder's laptop sees
// when the network to the team store goes away.
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

class TcpCutter : public QObject
{
public:
    explicit TcpCutter(quint16 upstreamPort, QObject *parent = nullptr) : QObject(parent), m_server(new QTcpServer(this)), m_upstream(upstreamPort)
    {
        m_server->listen(QHostAddress::LocalHost);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *in = m_server->nextPendingConnection()) {
                if (m_cut) {
                    in->abort();
                    in->deleteLater();
                    continue;
                }
                auto *out = new QTcpSocket(this);
                in->setParent(this);
                m_pairs.append(std::make_pair(QPointer<QTcpSocket>(in), QPointer<QTcpSocket>(out)));
                connect(in, &QTcpSocket::readyRead, out, [in, out] { out->write(in->readAll()); });
                connect(out, &QTcpSocket::readyRead, in, [in, out] { in->write(out->readAll()); });
                connect(out, &QTcpSocket::connected, out, [in, out] { out->write(in->readAll()); });
                connect(in, &QTcpSocket::disconnected, out, &QTcpSocket::disconnectFromHost);
                connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
                out->connectToHost(QHostAddress::LocalHost, m_upstream);
            }
        });
    }
    quint16 port() const { return m_server->serverPort(); }
    void cut()
    {
        m_cut = true;
        for (const auto &p : std::as_const(m_pairs)) {
            if (p.first)
                p.first->abort();
            if (p.second)
                p.second->abort();
        }
        m_pairs.clear();
    }
    void restore() { m_cut = false; }
    bool isCut() const { return m_cut; }

private:
    QTcpServer *m_server; // a child: it moves to the relay's thread with it
    quint16 m_upstream;
    bool m_cut = false;
    QList<std::pair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_pairs;
};
