#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

// Server side of one keep-alive HTTP/1.1 connection on a raw socket. A hand-made parser instead of QtHttpServer:
// the fault injection needs socket-level control (reset the connection after a write, never answer) and
// per-connection sequencing. Requests are handled one at a time; the next one is read after the answer is sent.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);

    void send(const HttpResponse &response);
    // Drops the connection with a TCP reset (SO_LINGER 0), as a crashing proxy or load balancer would.
    void reset();
    // The client will wait in vain: nothing more is read or written on this connection.
    void stall();

signals:
    void requestReceived(HttpConnection *connection, const HttpRequest &request);
    void closed(HttpConnection *connection);

private:
    void readAvailable();
    void processBuffer();
    void fail(int status, const QByteArray &message);

    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    bool m_busy = false; // a request is being answered
    bool m_stalled = false;
    bool m_closeAfterResponse = false;
};
