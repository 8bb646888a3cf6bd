#include "HttpConnection.h"

#include <sys/socket.h>

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 8 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Request Entity Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(socket, &QTcpSocket::disconnected, this, [this] { emit closed(this); });
}

void HttpConnection::readAvailable()
{
    if (!m_socket || m_stalled)
        return;
    m_buffer += m_socket->readAll();
    processBuffer();
}

void HttpConnection::fail(int status, const QByteArray &message)
{
    m_closeAfterResponse = true;
    m_busy = true;
    send(HttpResponse::json(status,
                            "[{\"status\":" + QByteArray::number(status) + ",\"message\":\"" + message + "\"}]"));
}

void HttpConnection::processBuffer()
{
    if (m_busy || m_stalled || !m_socket)
        return;
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            fail(400, "Request header too large.");
        return;
    }
    HttpRequest request;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400, "Malformed request line.");
        return;
    }
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    if (!request.header("transfer-encoding").isEmpty()) {
        fail(411, "Chunked request bodies are not supported; send Content-Length.");
        return;
    }
    bool lengthOk = true;
    const QByteArray lengthHeader = request.header("content-length");
    const qsizetype length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&lengthOk);
    if (!lengthOk || length < 0 || length > MaxBodyBytes) {
        fail(413, "Request body too large.");
        return;
    }
    if (m_buffer.size() < headerEnd + 4 + length)
        return; // wait for the rest of the body
    request.body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, headerEnd + 4 + length);

    const qsizetype question = request.target.indexOf('?');
    request.path = QByteArray::fromPercentEncoding(question < 0 ? request.target : request.target.left(question));
    if (question >= 0)
        request.query = HttpRequest::decodeQuery(request.target.mid(question + 1));
    m_closeAfterResponse = request.header("connection").toLower() == "close" || requestLine.at(2) == "HTTP/1.0";
    m_busy = true;
    emit requestReceived(this, request);
}

void HttpConnection::send(const HttpResponse &response)
{
    if (!m_socket || m_stalled)
        return;
    if (response.action == HttpResponse::Action::Reset) {
        reset();
        return;
    }
    if (response.action == HttpResponse::Action::NoAnswer) {
        stall();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    const bool noBody = response.status == 204 || response.status == 304;
    if (!noBody)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += m_closeAfterResponse ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    m_socket->write(head);
    if (!noBody) {
        m_socket->write(response.body);
    }
    m_busy = false;
    if (m_closeAfterResponse) {
        m_socket->disconnectFromHost();
        return;
    }
    processBuffer();
}

void HttpConnection::reset()
{
    if (!m_socket)
        return;
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor >= 0) {
        linger option{};
        option.l_onoff = 1;
        option.l_linger = 0;
        ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
    m_socket->abort();
    m_stalled = true;
    emit closed(this);
}

void HttpConnection::stall()
{
    m_stalled = true;
}
