#include "core/sync/ImportRules.h"

#include "core/domain/OrderStatus.h"

namespace Packbench {

QList<int> SyncScope::creatingStatuses(const StoreConfig &store) const
{
    if (mode == Mode::Import && !statuses.isEmpty())
        return statuses;
    return store.importStatuses;
}

bool ImportRules::isPackbenchOwned(ShipmentState state)
{
    return state == ShipmentState::Printed || state == ShipmentState::WrittenBack ||
           state == ShipmentState::WritebackFailed;
}

bool ImportRules::cancels(int statusId)
{
    return statusId == OrderStatus::Refunded || statusId == OrderStatus::Cancelled || statusId == OrderStatus::Declined;
}

bool ImportRules::readsVoidedWriteback(const QString &voidGuard, const QDateTime &orderModified)
{
    if (voidGuard.isEmpty())
        return false;
    if (voidGuard == QLatin1String("pending"))
        return true;
    const QDateTime guard = QDateTime::fromString(voidGuard, Qt::ISODate);
    return !guard.isValid() || !orderModified.isValid() || orderModified < guard;
}

bool ImportRules::holds(int statusId)
{
    switch (statusId) {
    case OrderStatus::Incomplete:
    case OrderStatus::Pending:
    case OrderStatus::AwaitingPayment:
    case OrderStatus::ManualVerificationRequired:
    case OrderStatus::Disputed:
        return true;
    default:
        return !OrderStatus::isKnown(statusId);
    }
}

ShipmentDecision ImportRules::decide(const StoreConfig &store, const SyncScope &scope, int statusId,
                                     std::optional<ShipmentState> previous, int quantityToShip)
{
    const QString status = OrderStatus::isKnown(statusId)
                               ? tr("%1 (%2)").arg(OrderStatus::displayName(statusId)).arg(statusId)
                               : tr("status %1").arg(statusId);
    ShipmentDecision decision;

    // Packbench's own work is never undone by an import: only void and write-back move these. The packer is told
    // when BigCommerce cancels or holds such an order.
    if (previous && isPackbenchOwned(*previous)) {
        decision.state = *previous;
        decision.reason = tr("already printed in Packbench; BigCommerce status %1").arg(status);
        if (cancels(statusId))
            decision.flag = tr("order cancelled in BigCommerce after printing (%1)").arg(status);
        else if (holds(statusId))
            decision.flag = tr("order put on hold in BigCommerce after printing (%1)").arg(status);
        return decision;
    }

    if (cancels(statusId)) {
        decision.state = ShipmentState::Cancelled;
        decision.reason = tr("the order is %1 in BigCommerce: nothing to ship").arg(status);
    } else if (holds(statusId)) {
        decision.state = ShipmentState::OnHold;
        decision.reason = OrderStatus::isKnown(statusId)
                              ? tr("the order is %1 in BigCommerce: on hold until it returns to a status that is "
                                   "imported")
                                    .arg(status)
                              : tr("BigCommerce reports status %1, which Packbench does not know: on hold until it "
                                   "returns to a status that is imported")
                                    .arg(statusId);
    } else if (quantityToShip <= 0) {
        decision.state = ShipmentState::Elsewhere;
        decision.reason = tr("every item of this shipment is shipped or refunded in BigCommerce (%1)").arg(status);
    } else if (store.updateStatuses.contains(statusId) || statusId == OrderStatus::AwaitingPickup) {
        // Awaiting Pickup set outside Packbench; the labels issue tells Packbench's own write-backs apart.
        decision.state = ShipmentState::Elsewhere;
        decision.reason = tr("the order is %1 in BigCommerce: handled outside Packbench").arg(status);
    } else if (statusId == OrderStatus::PartiallyShipped || statusId == OrderStatus::PartiallyRefunded ||
               scope.creatingStatuses(store).contains(statusId) || store.importStatuses.contains(statusId)) {
        decision.state = ShipmentState::ToShip;
        decision.reason = tr("the order is %1 in BigCommerce and has items to ship").arg(status);
    } else if (previous) {
        // A status that is neither imported nor an update status (e.g. 9 in a store that imports only 11): nothing
        // says the parcel went anywhere, so it stays as it was.
        decision.state = *previous;
        decision.reason = tr("the order is %1 in BigCommerce, which is neither imported nor an update status: "
                             "unchanged")
                              .arg(status);
    } else {
        decision.state = ShipmentState::OnHold;
        decision.reason = tr("status %1 is not among the statuses imported").arg(status);
    }

    if (!previous) {
        decision.create = decision.state == ShipmentState::ToShip && scope.creatingStatuses(store).contains(statusId);
        if (!decision.create && decision.state == ShipmentState::ToShip)
            decision.reason = tr("status %1 is not among the statuses imported").arg(status);
    }
    return decision;
}

} // namespace Packbench
