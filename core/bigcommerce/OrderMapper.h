#pragma once

#include "core/domain/Shipment.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Packbench {

// Turns BigCommerce order JSON (GET /v2/orders with include=consignments.line_items&consignment_structure=object,
// orders.v2.oas2.yml) into ImportedOrder. Strict and total: it never crashes, never returns half an order; a payload
// it cannot trust gives an error with the reason, and the caller skips that order and goes on.
class OrderMapper
{
public:
    struct Result
    {
        bool ok = false;
        ImportedOrder order;
        qint64 orderId = 0; // when known, also on failure (for the skip report)
        QString error;      // why the order was skipped, in words for the user
    };

    static Result map(const QJsonObject &order);

    struct PageResult
    {
        bool ok = false;      // the body is a JSON array of objects (or empty)
        QString error;        // when not
        QList<Result> orders; // one per element, in order
    };
    // A whole page body; an element that is not an object becomes a failed Result.
    static PageResult mapPage(const QByteArray &body);

    // Reads the body of GET /v2/orders/{id}/consignments?include=consignments.line_items (the same shape as the
    // consignments embedded in an order list) into the order's shipments, for an order that came without them.
    // The order may then still need its products (over 50 items per consignment). False with *error when the
    // body cannot be trusted.
    static bool applyConsignments(ImportedOrder *order, const QByteArray &body, QString *error);

    // Fills in the line items of shipments from GET /v2/orders/{id}/products (all pages joined), for orders
    // whose consignments were truncated at 50 items or came without consignments. Returns false with *error when
    // the products do not make sense (unknown address, wrong types).
    static bool completeItems(ImportedOrder *order, const QJsonArray &products, QString *error);
};

} // namespace Packbench
