#pragma once

#include <QList>
#include <QString>

namespace Packbench {

// BigCommerce order statuses (status_id 0-14, the /v2/order_statuses table). Stores may relabel them; these are the
// system names, translated for display. An id outside 0-14 (a future API) is kept and shown as "Status N".
class OrderStatus
{
public:
    static constexpr int kFirst = 0;
    static constexpr int kLast = 14;

    enum Id : int
    {
        Incomplete = 0,
        Pending = 1,
        Shipped = 2,
        PartiallyShipped = 3,
        Refunded = 4,
        Cancelled = 5,
        Declined = 6,
        AwaitingPayment = 7,
        AwaitingPickup = 8,
        AwaitingShipment = 9,
        Completed = 10,
        AwaitingFulfillment = 11,
        ManualVerificationRequired = 12,
        Disputed = 13,
        PartiallyRefunded = 14,
    };

    static bool isKnown(int id) { return id >= kFirst && id <= kLast; }
    static QList<int> allIds();
    // The system label BigCommerce uses (English, as the API sends it).
    static QString systemName(int id);
    // The label shown to the user, in the user's language.
    static QString displayName(int id);

    // Statuses imported by default: 9 Awaiting Shipment, 11 Awaiting Fulfillment.
    static QList<int> defaultImportStatuses() { return {AwaitingShipment, AwaitingFulfillment}; }
    // Statuses that mean an imported order was fulfilled elsewhere: 2 Shipped, 10 Completed.
    static QList<int> defaultUpdateStatuses() { return {Shipped, Completed}; }
};

} // namespace Packbench
