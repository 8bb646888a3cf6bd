#include "core/sync/ImportRules.h"

#include "core/domain/OrderStatus.h"

#include <algorithm>

namespace Packbench {

QList<int> ImportRules::refreshStatuses(const StoreConfig &store)
{
    QList<int> statuses = store.importStatuses + store.updateStatuses;
    for (int status :
         {OrderStatus::PartiallyShipped, OrderStatus::Refunded, OrderStatus::Cancelled, OrderStatus::PartiallyRefunded})
        statuses.append(status);
    std::sort(statuses.begin(), statuses.end());
    statuses.erase(std::unique(statuses.begin(), statuses.end()), statuses.end());
    return statuses;
}

bool ImportRules::createsShipments(const QList<int> &importStatuses, int statusId)
{
    return importStatuses.contains(statusId);
}

ShipmentState ImportRules::stateFor(const StoreConfig &store, const QList<int> &importStatuses, int statusId,
                                    int quantityToShip, std::optional<ShipmentState> previous)
{
    if (previous && (*previous == ShipmentState::Printed || *previous == ShipmentState::WrittenBack ||
                     *previous == ShipmentState::WritebackFailed))
        return *previous;
    if (statusId == OrderStatus::Cancelled || statusId == OrderStatus::Refunded || statusId == OrderStatus::Declined)
        return ShipmentState::Cancelled;
    if (store.updateStatuses.contains(statusId))
        return ShipmentState::Elsewhere;
    // Everything in this consignment shipped (partially shipped order) or refunded: nothing left to send.
    if (quantityToShip <= 0)
        return ShipmentState::Elsewhere;
    if (importStatuses.contains(statusId) || store.importStatuses.contains(statusId) ||
        statusId == OrderStatus::PartiallyShipped || statusId == OrderStatus::PartiallyRefunded)
        return ShipmentState::ToShip;
    // Pending, awaiting payment, manual verification, disputed, or a status from a future API: wait.
    return ShipmentState::OnHold;
}

} // namespace Packbench
