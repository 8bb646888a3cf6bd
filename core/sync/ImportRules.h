#pragma once

#include "core/domain/Shipment.h"
#include "core/domain/StoreConfig.h"

#include <optional>

namespace Packbench {

// What an order's BigCommerce status means for its shipments in Packbench. One place, so the import, the refresh
// and "why is this order not here?" agree.
class ImportRules
{
public:
    // Statuses a refresh fetches: the import statuses, the update statuses, and those that tell of partial
    // shipping, refunds and cancellation.
    static QList<int> refreshStatuses(const StoreConfig &store);

    // Whether an order in this status may create shipments (it is one of the statuses being imported).
    static bool createsShipments(const QList<int> &importStatuses, int statusId);

    // The state of an existing or new shipment after an import saw its order in `statusId`. A shipment already
    // printed or written back keeps that state: Packbench's own work is never undone by an import.
    static ShipmentState stateFor(const StoreConfig &store, const QList<int> &importStatuses, int statusId,
                                  int quantityToShip, std::optional<ShipmentState> previous);
};

} // namespace Packbench
