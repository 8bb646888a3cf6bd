#pragma once

#include "SandboxData.h"

#include <QByteArray>

class JsonWriter;

// Renders the sandbox store's records in BigCommerce's JSON shapes (orders.v2.oas2.yml, store_information.v2.yml,
// channels.v3.yml): field names, types and formats as the schema gives them.
class SandboxRenderer
{
public:
    enum class Consignments
    {
        Resource,  // no include: {url, resource}
        LineLinks, // include=consignments: line_items as resource links
        LineItems, // include=consignments.line_items: full orderProducts, at most 50 per consignment
    };

    // apiBase: "http://127.0.0.1:PORT/stores/HASH", without a trailing slash.
    SandboxRenderer(const SandboxData &data, QByteArray apiBase, QByteArray storeHash);

    QByteArray orders(const std::vector<const SandboxOrder *> &orders, Consignments detail) const;
    QByteArray order(const SandboxOrder &order, Consignments detail) const;
    QByteArray products(const SandboxOrder &order, qsizetype first, qsizetype count) const;
    QByteArray product(const SandboxOrder &order, const SandboxLineItem &item) const;
    QByteArray shippingAddresses(const SandboxOrder &order) const;
    QByteArray shippingAddress(const SandboxOrder &order, const SandboxShippingAddress &address) const;
    QByteArray consignments(const SandboxOrder &order, Consignments detail) const;
    QByteArray shipments(const SandboxOrder &order, qsizetype first, qsizetype count) const;
    QByteArray shipment(const SandboxOrder &order, const SandboxShipment &shipment) const;
    QByteArray orderStatuses() const;
    QByteArray ordersCount(const std::vector<const SandboxOrder *> &orders) const;
    QByteArray store() const;
    QByteArray channels(int page, int limit) const;
    QByteArray channel(int id) const;

    static QByteArray rfc2822(qint64 secondsSinceEpoch);
    static QByteArray iso8601(qint64 secondsSinceEpoch);

private:
    void writeOrder(JsonWriter &json, const SandboxOrder &order, Consignments detail) const;
    void writeProduct(JsonWriter &json, const SandboxOrder &order, const SandboxLineItem &item) const;
    void writeAddressFields(JsonWriter &json, const SandboxAddress &address) const;
    void writeShippingAddress(JsonWriter &json, const SandboxOrder &order, const SandboxShippingAddress &address) const;
    void writeConsignments(JsonWriter &json, const SandboxOrder &order, Consignments detail) const;
    void writeConsignmentLineItems(JsonWriter &json, const SandboxOrder &order,
                                   const std::vector<const SandboxLineItem *> &items, Consignments detail) const;
    void writeShipment(JsonWriter &json, const SandboxOrder &order, const SandboxShipment &shipment) const;
    void writeResource(JsonWriter &json, const char *key, const QByteArray &resource) const;
    void writeChannel(JsonWriter &json, int id) const;

    const SandboxData &m_data;
    QByteArray m_apiBase;
    QByteArray m_storeHash;
};
