#pragma once
// BadHttpServer: a loopback HTTP server that answers every request the way a
// misconfigured or failing endpoint does — an HTML login page, 50 MB of
// bytes, nothing for 10 s — for the tests of what a client makes of it. It
// is no Prometheus or Alertmanager: it never speaks their API.
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

class BadHttpServer : public QObject
{
public:
    enum Mode { Html, Huge, Slow, HtmlError };
    explicit BadHttpServer(Mode mode, QObject *parent = nullptr) : QObject(parent), m_mode(mode)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_request += s->readAll();
                    if (!m_request.contains("\r\n\r\n") || s->property("answered").toBool())
                        return;
                    s->setProperty("answered", true);
                    ++m_requests;
                    answer(s);
                });
            }
        });
    }
    // The row's server: a mode, or Down (a port nothing listens on: `server` stays empty).
    static constexpr int Down = -1;
    static QString start(int mode, std::unique_ptr<BadHttpServer> &server)
    {
        if (mode == Down)
            return QStringLiteral("http://127.0.0.1:1");
        server = std::make_unique<BadHttpServer>(Mode(mode));
        return server->url();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int requests() const { return m_requests; }
    static constexpr qint64 HugeBytes = 50'000'000;

private:
    void answer(QTcpSocket *s)
    {
        switch (m_mode) {
        case Html:
        case HtmlError: {
            const QByteArray body = "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Password</form></body></html>";
            s->write((m_mode == Html ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 502 Bad Gateway\r\n") + QByteArray("Content-Type: text/html\r\nContent-Length: ")
                     + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            s->disconnectFromHost();
            break;
        }
        case Huge: {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(HugeBytes) + "\r\n\r\n");
            auto *sent = new qint64(0);
            auto more = [s, sent] {
                while (*sent < HugeBytes && s->bytesToWrite() < 4'000'000) {
                    const QByteArray chunk(1'000'000, '[');
                    s->write(chunk);
                    *sent += chunk.size();
                }
            };
            connect(s, &QTcpSocket::bytesWritten, s, more);
            connect(s, &QObject::destroyed, [sent] { delete sent; });
            more();
            break;
        }
        case Slow:
            QTimer::singleShot(10'000, s, [s] {
                const QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[]}})";
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
            break;
        }
    }
    Mode m_mode;
    QTcpServer m_server;
    QByteArray m_request;
    int m_requests = 0;
};
