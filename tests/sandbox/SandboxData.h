#pragma once

#include "SandboxOptions.h"
#include "SandboxOrder.h"

#include <QString>
#include <optional>
#include <vector>

struct OrderStatusInfo
{
    int id;
    const char *name;
    const char *customLabel;
    const char *description;
    int sortOrder;
};

// Filters and sort of GET /v2/orders and /v2/orders/count.
struct OrderQuery
{
    enum class SortField
    {
        Id,
        DateCreated,
        DateModified,
        StatusId,
        ChannelId,
        CustomerId,
    };
    std::optional<int> statusId;
    std::optional<int> minId;
    std::optional<int> maxId;
    std::optional<int> channelId;
    std::optional<int> customerId;
    std::optional<qint64> minDateCreated;
    std::optional<qint64> maxDateCreated;
    std::optional<qint64> minDateModified;
    std::optional<qint64> maxDateModified;
    SortField sort = SortField::Id;
    bool descending = false;
};

struct ShipmentRequest
{
    int orderAddressId = 0;
    std::vector<SandboxShipmentItem> items;
    QByteArray trackingNumber;
    QByteArray shippingProvider;
    QByteArray trackingCarrier;
    QByteArray trackingLink;
    QByteArray comments;
    QByteArray shippingMethod;
};

// The state of the sandbox store: generated orders plus everything clients and the control endpoints changed.
class SandboxData
{
public:
    SandboxData(const SandboxOptions &options, qint64 baseTime);

    qint64 baseTime() const { return m_baseTime; }
    const std::vector<SandboxOrder> &orders() const { return m_orders; }
    const SandboxOrder *findOrder(int id) const;
    SandboxOrder *findOrder(int id);
    std::vector<const SandboxOrder *> query(const OrderQuery &query) const;
    const QStringList &channelNames() const { return m_channelNames; }
    // Shipments created through the API (generated ones not counted), and deleted through the API.
    int shipmentsCreated() const { return m_shipmentsCreated; }
    int shipmentsDeleted() const { return m_shipmentsDeleted; }
    // Shipments that exist now over all orders, generated ones included.
    int shipmentsCurrent() const;

    // Validates like BigCommerce (422 reasons) and applies the shipment. Returns the error text, or the new
    // shipment in *created.
    QString createShipment(int orderId, const ShipmentRequest &request, qint64 now, const SandboxShipment **created);
    // DELETE /v2/orders/{id}/shipments/{id} as BigCommerce does it: the shipment's quantities are shippable again
    // (quantity_shipped goes down) but the order keeps its status, Shipped included; date_modified moves. False if
    // the order has no such shipment.
    bool deleteShipment(int orderId, int shipmentId, qint64 now);
    // DELETE /v2/orders/{id}/shipments: every shipment of the order, as deleteShipment. Returns how many.
    int deleteShipments(int orderId, qint64 now);
    // Status change as BigCommerce does it: date_modified, and date_shipped on Shipped.
    void setStatus(SandboxOrder &order, int statusId, qint64 now);

    static const OrderStatusInfo *statusInfo(int id);
    static const std::vector<OrderStatusInfo> &statuses();

private:
    qint64 m_baseTime;
    std::vector<SandboxOrder> m_orders;
    QStringList m_channelNames;
    int m_nextShipmentId = 1;
    int m_shipmentsCreated = 0;
    int m_shipmentsDeleted = 0;
};
