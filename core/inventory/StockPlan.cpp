#include "core/inventory/StockPlan.h"

#include <QMap>
#include <QStringList>
#include <algorithm>

namespace Packbench {

namespace {

bool bySkuThenLocation(const QString &skuA, int locationA, const QString &skuB, int locationB)
{
    const int order = QString::compare(skuA, skuB);
    return order != 0 ? order < 0 : locationA < locationB;
}

} // namespace

StockPlan StockPlan::make(const Input &input)
{
    StockPlan plan;

    // What BigCommerce shows, by SKU (any location: product and variant ids) and by SKU and location (the level).
    QHash<QString, QHash<int, const RemoteStock *>> remoteBySku;
    QHash<int, QString> locationNames;
    for (const RemoteStock &remote : input.remote) {
        remoteBySku[remote.sku].insert(remote.locationId, &remote);
        if (!remote.locationName.isEmpty())
            locationNames.insert(remote.locationId, remote.locationName);
    }
    QList<int> known = input.knownLocations.values();
    std::sort(known.begin(), known.end());
    QStringList knownText;
    for (const int id : std::as_const(known))
        knownText.append(locationNames.contains(id) ? QStringLiteral("%1 (%2)").arg(id).arg(locationNames.value(id))
                                                    : QString::number(id));

    // The warehouse's levels that can be pushed.
    QList<StockLevel> pushable;
    pushable.reserve(input.warehouse.size());
    for (const StockLevel &level : input.warehouse) {
        if (!input.knownLocations.isEmpty() && !input.knownLocations.contains(level.locationId)) {
            plan.problems.append(
                {StockProblemKind::UnknownLocation, level.sku, level.locationId, level.line,
                 tr("SKU %1: the store has no location %2. Count it at one of the store's locations "
                    "(%3) and import or count it again.")
                     .arg(level.sku, QString::number(level.locationId), knownText.join(QStringLiteral(", ")))});
            continue;
        }
        if (!remoteBySku.contains(level.sku)) {
            plan.problems.append({StockProblemKind::SkuNotFound, level.sku, level.locationId, level.line,
                                  tr("BigCommerce has no inventory item with SKU %1. Check the SKU in the stock file, "
                                     "or give the product or variant this SKU in BigCommerce.")
                                      .arg(level.sku)});
            continue;
        }
        pushable.append(level);
    }

    for (StockChange change : allocate(pushable, input.allocated, input.defaultLocationId)) {
        const QHash<int, const RemoteStock *> &remote = remoteBySku[change.sku];
        const RemoteStock *anyRemote =
            *std::min_element(remote.cbegin(), remote.cend(),
                              [](const RemoteStock *a, const RemoteStock *b) { return a->locationId < b->locationId; });
        // Known to BigCommerce but without a level at this (existing) location: it has none there yet.
        const RemoteStock *here = remote.value(change.locationId);
        change.remote = here ? here->onHand : 0;
        change.locationName =
            here && !here->locationName.isEmpty() ? here->locationName : locationNames.value(change.locationId);
        change.productId = here ? here->productId : anyRemote->productId;
        change.variantId = here ? here->variantId : anyRemote->variantId;
        if (change.target == change.remote)
            ++plan.unchanged;
        else
            plan.changes.append(change);
    }

    std::sort(plan.changes.begin(), plan.changes.end(), [](const StockChange &a, const StockChange &b) {
        return bySkuThenLocation(a.sku, a.locationId, b.sku, b.locationId);
    });
    std::stable_sort(plan.problems.begin(), plan.problems.end(), [](const StockProblem &a, const StockProblem &b) {
        return bySkuThenLocation(a.sku, a.locationId, b.sku, b.locationId);
    });
    return plan;
}

QList<StockChange> StockPlan::allocate(const QList<StockLevel> &warehouse, const QHash<QString, qint64> &allocated,
                                       int defaultLocationId)
{
    // Per SKU by location (one level per SKU and location: the last wins).
    QMap<QString, QMap<int, const StockLevel *>> levels;
    for (const StockLevel &level : warehouse)
        levels[level.sku].insert(level.locationId, &level);

    QList<StockChange> changes;
    changes.reserve(warehouse.size());
    for (auto sku = levels.cbegin(); sku != levels.cend(); ++sku) {
        // Allocated goods are taken off the default location first, then off the others in ascending id (QMap order).
        QList<const StockLevel *> order;
        if (const StockLevel *atDefault = sku.value().value(defaultLocationId))
            order.append(atDefault);
        for (const StockLevel *level : sku.value())
            if (level->locationId != defaultLocationId)
                order.append(level);
        qint64 toAllocate = std::max<qint64>(0, allocated.value(sku.key()));
        for (const StockLevel *level : std::as_const(order)) {
            StockChange change;
            change.sku = level->sku;
            change.locationId = level->locationId;
            change.warehouse = level->quantity;
            change.allocated = std::clamp<qint64>(toAllocate, 0, std::max<qint64>(0, level->quantity));
            toAllocate -= change.allocated;
            change.target = std::max<qint64>(0, level->quantity - change.allocated);
            changes.append(change);
        }
    }
    return changes;
}

} // namespace Packbench
