#pragma once

#include "FaultInjector.h"
#include "HttpResponse.h"
#include "RateLimiter.h"
#include "SandboxOptions.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>
#include <memory>

class HttpConnection;
class SandboxData;
class SandboxInventoryApi;
class SandboxRenderer;
struct HttpRequest;
struct OrderQuery;

// The BigCommerce sandbox store: the API endpoints Packbench uses, BigCommerce's rate limit, injected faults and
// the /__sandbox control endpoints, on 127.0.0.1 only.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(QString *error);
    quint16 port() const { return m_tcpServer.serverPort(); }
    // "http://127.0.0.1:PORT/stores/HASH/v3/", the API Path a merchant copies from BigCommerce.
    QString apiPath() const;
    // "http://127.0.0.1:PORT"
    QUrl rootUrl() const;
    const SandboxOptions &options() const { return m_options; }
    // Faults from now on (benchmarks import a store first, then let the write-backs meet the faults).
    void setFaults(const std::vector<FaultSpec> &faults);

private:
    enum class ApiVersion
    {
        V2,
        V3,
    };

    void acceptConnections();
    void handleRequest(HttpConnection *connection, const HttpRequest &request);
    HttpResponse handleApi(const HttpRequest &request, const QByteArray &storeHash, ApiVersion version,
                           const QList<QByteArray> &segments);
    HttpResponse routeV2(const HttpRequest &request, const QList<QByteArray> &segments);
    HttpResponse routeV3(const HttpRequest &request, const QList<QByteArray> &segments);
    HttpResponse handleControl(const HttpRequest &request);

    HttpResponse listOrders(const HttpRequest &request);
    HttpResponse countOrders(const HttpRequest &request);
    HttpResponse updateOrder(const HttpRequest &request, int orderId);
    HttpResponse createShipment(const HttpRequest &request, int orderId);
    HttpResponse merchantChange(const HttpRequest &request, int orderId);
    HttpResponse stats() const;

    std::optional<HttpResponse> parseOrderQuery(const HttpRequest &request, OrderQuery *query) const;
    void addRateLimitHeaders(HttpResponse &response, const RateLimiter::Decision &decision) const;
    static QString endpointTemplate(const QByteArray &method, ApiVersion version, const QList<QByteArray> &segments);

    SandboxOptions m_options;
    std::unique_ptr<SandboxData> m_data;
    std::unique_ptr<SandboxRenderer> m_renderer;
    std::unique_ptr<SandboxInventoryApi> m_inventory;
    RateLimiter m_rateLimiter;
    FaultInjector m_faults;
    QTcpServer m_tcpServer;
    qint64 m_requests = 0;
    qint64 m_quotaRefusals = 0; // 429s because the window's quota was used up (a client that ignores the headers)
    QMap<QString, qint64> m_requestsByEndpoint;
};
