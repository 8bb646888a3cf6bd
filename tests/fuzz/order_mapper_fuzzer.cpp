// libFuzzer target for OrderMapper: whatever BigCommerce (or a proxy, or a bug) sends, the mapper must answer with
// an order or a reason, never crash, hang or leak. Inputs:
//  - a page body (JSON array of orders): mapPage, then completeItems on each good order with products made from that
//    order's own embedded line items (as /orders/{id}/products would list them);
//  - an object {"order": {...}, "products": [...]}: map and completeItems with those products, and applyConsignments
//    with the order's consignments as the body of /orders/{id}/consignments;
//  - any other object: map.
// Build: CC=clang CXX=clang++ cmake -DPACKBENCH_FUZZ=ON ...; see tests/fuzz/CMakeLists.txt.

#include "core/bigcommerce/OrderMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>

using Packbench::ImportedOrder;
using Packbench::OrderMapper;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort(); // an invariant of the mapper's contract broke: libFuzzer reports it as a crash
}

void checkResult(const OrderMapper::Result &result)
{
    if (result.ok) {
        check(result.error.isEmpty());
        check(result.order.orderId > 0);
        check(result.orderId == result.order.orderId);
        for (const Packbench::Shipment &shipment : result.order.shipments) {
            for (const Packbench::LineItem &item : shipment.items) {
                check(item.quantity >= 0 && item.quantityShipped >= 0 && item.quantityRefunded >= 0);
                check(item.quantityToShip() >= 0);
            }
        }
    } else {
        check(!result.error.isEmpty());
        check(result.order == ImportedOrder());
    }
}

void complete(ImportedOrder order, const QJsonArray &products)
{
    const ImportedOrder before = order;
    QString error;
    if (OrderMapper::completeItems(&order, products, &error)) {
        check(error.isEmpty());
        check(!order.needsProducts);
        check(order.orderId == before.orderId);
    } else {
        check(!error.isEmpty());
        check(order == before); // a failed completion leaves the order as it was
    }
}

// GET /v2/orders/{id}/consignments for an order that came without them: the shipments come from the body only.
void applyConsignments(ImportedOrder order, const QJsonValue &consignments)
{
    const ImportedOrder before = order;
    QString error;
    const QByteArray body = consignments.isObject() ? QJsonDocument(consignments.toObject()).toJson() : QByteArray();
    if (OrderMapper::applyConsignments(&order, body, &error)) {
        check(error.isEmpty());
        check(!order.needsConsignments);
        check(order.orderId == before.orderId);
        for (const Packbench::Shipment &shipment : order.shipments)
            check(shipment.consignmentId > 0);
    } else {
        check(!error.isEmpty());
        check(order == before); // a failed completion leaves the order as it was
    }
}

// What /orders/{id}/products would list for an order: every embedded line item, tagged with its consignment.
QJsonArray productsOf(const QJsonObject &order)
{
    QJsonArray products;
    const QJsonObject consignments = order.value(QLatin1String("consignments")).toObject();
    const struct
    {
        const char *list;
        const char *key;   // the product field that points at the consignment
        const char *idKey; // the consignment field it points at
    } kinds[] = {{"shipping", "order_address_id", "id"}, {"pickups", "order_pickup_method_id", "pickup_method_id"}};
    for (const auto &kind : kinds) {
        const QJsonArray list = consignments.value(QLatin1String(kind.list)).toArray();
        for (const QJsonValue &consignment : list) {
            const QJsonObject object = consignment.toObject();
            const QJsonValue id = object.value(QLatin1String(kind.idKey));
            const QJsonArray items = object.value(QLatin1String("line_items")).toArray();
            for (const QJsonValue &item : items) {
                QJsonObject product = item.toObject();
                if (!product.contains(QLatin1String(kind.key)))
                    product.insert(QLatin1String(kind.key), id.isUndefined() ? QJsonValue(1) : id);
                products.append(product);
            }
        }
    }
    return products;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const OrderMapper::PageResult page = OrderMapper::mapPage(body);
    check(page.ok || !page.error.isEmpty());
    for (const OrderMapper::Result &result : page.orders)
        checkResult(result);

    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray()) {
        const QJsonArray elements = document.array();
        check(page.ok && page.orders.size() == elements.size());
        for (qsizetype i = 0; i < elements.size() && i < page.orders.size(); ++i) {
            if (page.orders.at(i).ok)
                complete(page.orders.at(i).order, productsOf(elements.at(i).toObject()));
        }
    } else if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue order = object.value(QLatin1String("order"));
        const QJsonValue products = object.value(QLatin1String("products"));
        const OrderMapper::Result result = OrderMapper::map(order.isObject() ? order.toObject() : object);
        checkResult(result);
        if (result.ok) {
            complete(result.order, products.isArray() ? products.toArray() : productsOf(order.toObject()));
            complete(result.order, QJsonArray());
            applyConsignments(result.order,
                              (order.isObject() ? order.toObject() : object).value(QLatin1String("consignments")));
        }
    }
    return 0;
}
