#pragma once

#include "core/inventory/Stock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Packbench {

// The one decision of what a push sends: pure, unit-tested, used by the push job, `stock push --dry-run` and the
// Stock screen's preview.
class StockPlan
{
    Q_DECLARE_TR_FUNCTIONS(StockPlan)

public:
    struct Input
    {
        QList<StockLevel> warehouse;
        // Quantities by SKU on this store's shipments that are to ship, or printed but not yet written back (see
        // StockRepository::allocated). Subtracted at the default location first, then at the SKU's other locations
        // in ascending id, never below 0.
        QHash<QString, qint64> allocated;
        QList<RemoteStock> remote; // BigCommerce's items for the warehouse's SKUs
        QSet<int> knownLocations;  // the store's locations (from the items' locations[]); empty: not checked
        int defaultLocationId = kDefaultLocationId;
    };

    QList<StockChange> changes; // target != remote, sorted by SKU then location
    int unchanged = 0;
    QList<StockProblem> problems; // SkuNotFound, UnknownLocation

    static StockPlan make(const Input &input);
    // What each warehouse level becomes once the allocated goods are taken off (warehouse, allocated and target of
    // every level; one per SKU and location, the last wins), before BigCommerce is asked: the Stock screen's numbers
    // before a look-up, and the first step of make().
    static QList<StockChange> allocate(const QList<StockLevel> &warehouse, const QHash<QString, qint64> &allocated,
                                       int defaultLocationId = kDefaultLocationId);
};

} // namespace Packbench
