#pragma once

#include "SandboxServer.h"

#include <QTest>
#include <functional>
#include <memory>

// A sandbox store's options for a test: `orders` orders, any free port, no rate limit, then `configure`.
inline SandboxOptions loopbackSandboxOptions(int orders, const std::function<void(SandboxOptions &)> &configure = {})
{
    SandboxOptions options;
    options.port = 0;
    options.orders = orders;
    options.quota = 0;
    if (configure)
        configure(options);
    return options;
}

// A sandbox store in the test process on a free port: real HTTP over loopback, answered by the test's event loop.
class SandboxFixture
{
public:
    explicit SandboxFixture(int orders = 60, const std::function<void(SandboxOptions &)> &configure = {})
    {
        m_server = std::make_unique<SandboxServer>(loopbackSandboxOptions(orders, configure));
        QString error;
        m_listening = m_server->listen(&error);
        m_error = error;
    }

    bool isListening() const { return m_listening; }
    QString error() const { return m_error; }
    SandboxServer &server() { return *m_server; }
    QString apiPath() const { return m_server->apiPath(); }
    QString token() const { return m_server->options().token; }
    QString readOnlyToken() const { return m_server->options().readOnlyToken; }
    quint16 port() const { return m_server->port(); }

private:
    std::unique_ptr<SandboxServer> m_server;
    bool m_listening = false;
    QString m_error;
};

// An API Path on loopback where nothing listens: "server down".
inline QString unreachableApiPath()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QStringLiteral("http://127.0.0.1:%1/stores/sandbox1/v3/").arg(port);
}
