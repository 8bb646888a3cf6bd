#include "SandboxData.h"

#include "OrderGenerator.h"

#include <algorithm>
#include <map>

const std::vector<OrderStatusInfo> &SandboxData::statuses()
{
    // Names and descriptions from the spec's /order_statuses table; two custom labels as a merchant would set them,
    // so clients must not match on labels.
    static const std::vector<OrderStatusInfo> table = {
        {0, "Incomplete", "Incomplete",
         "An incomplete order happens when a shopper reached the payment page, but did not complete the transaction.",
         0},
        {1, "Pending", "Pending", "Customer started the checkout process, but did not complete it.", 1},
        {2, "Shipped", "Shipped",
         "Order has been shipped, but receipt has not been confirmed; seller has used the Ship Items action.", 8},
        {3, "Partially Shipped", "Partially Shipped",
         "Only some items in the order have been shipped, due to some products being pre-order only or other reasons.",
         6},
        {4, "Refunded", "Refunded", "Seller has used the Refund action.", 11},
        {5, "Cancelled", "Cancelled", "Seller has cancelled an order, due to a stock inconsistency or other reasons.",
         9},
        {6, "Declined", "Declined",
         "Seller has marked the order as declined for lack of manual payment, or other reasons.", 10},
        {7, "Awaiting Payment", "Awaiting Payment",
         "Customer has completed checkout process, but payment has yet to be confirmed.", 2},
        {8, "Awaiting Pickup", "Awaiting Pickup",
         "Order has been pulled, and is awaiting customer pickup from a seller-specified location.", 5},
        {9, "Awaiting Shipment", "Packed - awaiting courier",
         "Order has been pulled and packaged, and is awaiting collection from a shipping provider.", 4},
        {10, "Completed", "Completed",
         "Client has paid for their digital product and their file(s) are available for download.", 7},
        {11, "Awaiting Fulfillment", "Ready to pick",
         "Customer has completed the checkout process and payment has been confirmed.", 3},
        {12, "Manual Verification Required", "Manual Verification Required",
         "Order is on hold while some aspect needs to be manually confirmed.", 13},
        {13, "Disputed", "Disputed",
         "Customer has initiated a dispute resolution process for the PayPal transaction that paid for the order.", 12},
        {14, "Partially Refunded", "Partially Refunded", "Seller has partially refunded the order.", 14},
    };
    return table;
}

const OrderStatusInfo *SandboxData::statusInfo(int id)
{
    const auto &table = statuses();
    if (id < 0 || id >= static_cast<int>(table.size()))
        return nullptr;
    return &table[static_cast<std::size_t>(id)];
}

SandboxData::SandboxData(const SandboxOptions &options, qint64 baseTime)
    : m_baseTime(baseTime)
{
    OrderGenerator generator(options.seed, options.channels, baseTime);
    m_orders = generator.generate(options.orders);
    generator.markWithoutConsignments(m_orders, options.withoutConsignments);
    m_nextShipmentId = generator.nextShipmentId();
    // Channel names allow Latin letters, digits, dashes and underscores only.
    static const char *const names[] = {"Main-Storefront", "Kids", "Wholesale", "Outlet", "Pop-up_Store"};
    for (int i = 0; i < options.channels; ++i)
        m_channelNames << (i < 5 ? QString::fromLatin1(names[i]) : QStringLiteral("Storefront-%1").arg(i + 1));
}

const SandboxOrder *SandboxData::findOrder(int id) const
{
    const qint64 index = static_cast<qint64>(id) - OrderGenerator::FirstOrderId;
    if (index < 0 || index >= static_cast<qint64>(m_orders.size()))
        return nullptr;
    return &m_orders[static_cast<std::size_t>(index)];
}

SandboxOrder *SandboxData::findOrder(int id)
{
    return const_cast<SandboxOrder *>(static_cast<const SandboxData *>(this)->findOrder(id));
}

std::vector<const SandboxOrder *> SandboxData::query(const OrderQuery &q) const
{
    std::vector<const SandboxOrder *> result;
    for (const SandboxOrder &order : m_orders) {
        if (q.statusId && order.statusId != *q.statusId)
            continue;
        if (q.minId && order.id < *q.minId)
            continue;
        if (q.maxId && order.id > *q.maxId)
            continue;
        if (q.channelId && order.channelId != *q.channelId)
            continue;
        if (q.customerId && order.customerId != *q.customerId)
            continue;
        if (q.minDateCreated && order.dateCreated < *q.minDateCreated)
            continue;
        if (q.maxDateCreated && order.dateCreated > *q.maxDateCreated)
            continue;
        if (q.minDateModified && order.dateModified < *q.minDateModified)
            continue;
        if (q.maxDateModified && order.dateModified > *q.maxDateModified)
            continue;
        result.push_back(&order);
    }
    auto keyOf = [&q](const SandboxOrder *order) -> qint64 {
        switch (q.sort) {
        case OrderQuery::SortField::Id:
            return order->id;
        case OrderQuery::SortField::DateCreated:
            return order->dateCreated;
        case OrderQuery::SortField::DateModified:
            return order->dateModified;
        case OrderQuery::SortField::StatusId:
            return order->statusId;
        case OrderQuery::SortField::ChannelId:
            return order->channelId;
        case OrderQuery::SortField::CustomerId:
            return order->customerId;
        }
        return order->id;
    };
    if (q.sort == OrderQuery::SortField::Id) {
        if (q.descending)
            std::reverse(result.begin(), result.end()); // storage is already ascending by id
    } else {
        // Ties keep id order (ascending) so pages are stable.
        std::stable_sort(result.begin(), result.end(), [&](const SandboxOrder *a, const SandboxOrder *b) {
            const qint64 ka = keyOf(a);
            const qint64 kb = keyOf(b);
            if (ka != kb)
                return q.descending ? ka > kb : ka < kb;
            return a->id < b->id;
        });
    }
    return result;
}

void SandboxData::setStatus(SandboxOrder &order, int statusId, qint64 now)
{
    order.statusId = statusId;
    order.dateModified = std::max(now, order.dateCreated);
    if (statusId == 2 && order.dateShipped == 0)
        order.dateShipped = order.dateModified;
}

QString SandboxData::createShipment(int orderId, const ShipmentRequest &request, qint64 now,
                                    const SandboxShipment **created)
{
    SandboxOrder *order = findOrder(orderId);
    if (!order)
        return QStringLiteral("The requested order was not found.");
    if (request.orderAddressId == 0)
        return QStringLiteral("The field 'order_address_id' is required.");
    if (!order->findAddress(request.orderAddressId))
        return QStringLiteral("The field 'order_address_id' is invalid: address %1 is not a shipping address of "
                              "order %2.")
            .arg(request.orderAddressId)
            .arg(orderId);
    if (request.items.empty())
        return QStringLiteral("The field 'items' is required and must contain at least one item.");
    if (request.trackingNumber.size() > 50)
        return QStringLiteral("The field 'tracking_number' is invalid: it is longer than 50 characters.");
    if (request.trackingLink.size() > 500)
        return QStringLiteral("The field 'tracking_link' is invalid: it is longer than 500 characters.");

    // Sum repeated order_product_ids before checking what is left to ship.
    std::map<int, int> wanted;
    for (const SandboxShipmentItem &item : request.items) {
        const SandboxLineItem *line = order->findItem(item.orderProductId);
        if (!line)
            return QStringLiteral("The field 'items' is invalid: order product %1 does not belong to order %2.")
                .arg(item.orderProductId)
                .arg(orderId);
        if (line->addressId != request.orderAddressId)
            return QStringLiteral("The field 'items' is invalid: order product %1 is not shipped to address %2.")
                .arg(item.orderProductId)
                .arg(request.orderAddressId);
        if (item.quantity <= 0)
            return QStringLiteral("The field 'items' is invalid: the quantity of order product %1 must be greater "
                                  "than 0.")
                .arg(item.orderProductId);
        wanted[item.orderProductId] += item.quantity;
    }
    for (const auto &[orderProductId, quantity] : wanted) {
        const SandboxLineItem *line = order->findItem(orderProductId);
        if (quantity > line->quantityLeftToShip())
            return QStringLiteral("The field 'items' is invalid: the quantity of order product %1 (%2) is more than "
                                  "the quantity left to ship (%3).")
                .arg(orderProductId)
                .arg(quantity)
                .arg(line->quantityLeftToShip());
    }

    SandboxShipment shipment;
    shipment.id = m_nextShipmentId++;
    shipment.orderAddressId = request.orderAddressId;
    shipment.dateCreated = now;
    shipment.trackingNumber = request.trackingNumber;
    shipment.shippingProvider = request.shippingProvider;
    shipment.trackingCarrier = request.trackingCarrier;
    shipment.trackingLink = request.trackingLink;
    shipment.comments = request.comments;
    shipment.shippingMethod = request.shippingMethod.isEmpty() ? QByteArray("None") : request.shippingMethod;
    for (const auto &[orderProductId, quantity] : wanted) {
        SandboxLineItem *line = order->findItem(orderProductId);
        line->quantityShipped += quantity;
        shipment.items.push_back({orderProductId, line->productId, quantity});
    }
    order->shipments.push_back(std::move(shipment));
    ++m_shipmentsCreated;

    bool everythingShipped = true;
    for (const SandboxLineItem &item : order->items)
        if (item.isShippable() && item.quantityLeftToShip() > 0)
            everythingShipped = false;
    setStatus(*order, everythingShipped ? 2 : 3, now);
    if (created)
        *created = &order->shipments.back();
    return {};
}

int SandboxData::shipmentsCurrent() const
{
    std::size_t count = 0;
    for (const SandboxOrder &order : m_orders)
        count += order.shipments.size();
    return static_cast<int>(count);
}

namespace {

// Gives the shipment's units back to its line items: they can be shipped again.
void returnShippedUnits(SandboxOrder &order, const SandboxShipment &shipment)
{
    for (const SandboxShipmentItem &item : shipment.items)
        if (SandboxLineItem *line = order.findItem(item.orderProductId))
            line->quantityShipped = std::max(0, line->quantityShipped - item.quantity);
}

} // namespace

bool SandboxData::deleteShipment(int orderId, int shipmentId, qint64 now)
{
    SandboxOrder *order = findOrder(orderId);
    if (!order)
        return false;
    const auto found = std::find_if(order->shipments.begin(), order->shipments.end(),
                                    [shipmentId](const SandboxShipment &s) { return s.id == shipmentId; });
    if (found == order->shipments.end())
        return false;
    returnShippedUnits(*order, *found);
    order->shipments.erase(found);
    ++m_shipmentsDeleted;
    // Not setStatus: deleting a shipment does not move the order out of Shipped (or Partially Shipped).
    order->dateModified = std::max(now, order->dateCreated);
    return true;
}

int SandboxData::deleteShipments(int orderId, qint64 now)
{
    SandboxOrder *order = findOrder(orderId);
    if (!order)
        return 0;
    const int count = static_cast<int>(order->shipments.size());
    for (const SandboxShipment &shipment : order->shipments)
        returnShippedUnits(*order, shipment);
    order->shipments.clear();
    m_shipmentsDeleted += count;
    if (count > 0)
        order->dateModified = std::max(now, order->dateCreated);
    return count;
}
