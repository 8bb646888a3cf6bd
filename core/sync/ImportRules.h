#pragma once

#include "core/domain/Shipment.h"
#include "core/domain/StoreConfig.h"

#include <QCoreApplication>
#include <optional>

namespace Packbench {

// What a sync asked for: an import of some statuses (the import dialog, `packbench import`), or a refresh (every
// order changed since the last successful sync, whatever its status).
struct SyncScope
{
    enum class Mode
    {
        Import,
        Refresh
    };
    Mode mode = Mode::Import;
    QList<int> statuses; // Import: the statuses asked for (empty: the store's import statuses)

    static SyncScope import(const QList<int> &statuses = {}) { return {Mode::Import, statuses}; }
    static SyncScope refresh() { return {Mode::Refresh, {}}; }
    // The statuses whose orders may create shipments: the store's import statuses, or those an import asked for.
    QList<int> creatingStatuses(const StoreConfig &store) const;
};

// What Packbench makes of one shipment after BigCommerce reported its order in a status.
struct ShipmentDecision
{
    bool create = false; // a shipment not yet in the database is inserted
    ShipmentState state = ShipmentState::ToShip;
    QString reason; // in words: why this state, or why it is not created
    // For a shipment Packbench already printed: what the packer must know ("order cancelled in BigCommerce after
    // printing"); empty when nothing is wrong. The state itself never goes back.
    QString flag;
};

// What an order's BigCommerce status means for its shipments in Packbench: one pure function that the import, the
// refresh, the repository and "why is this order not here?" all call, so they can never disagree.
class ImportRules
{
    Q_DECLARE_TR_FUNCTIONS(ImportRules)
public:
    // `previous`: the shipment's state in the database, none for a shipment not imported yet.
    // `quantityToShip`: what the consignment still has to ship (quantity - shipped - refunded over its items).
    static ShipmentDecision decide(const StoreConfig &store, const SyncScope &scope, int statusId,
                                   std::optional<ShipmentState> previous, int quantityToShip);

    // States an import or refresh never changes: only printing's void and write-back do.
    static bool isPackbenchOwned(ShipmentState state);
    // Statuses that cancel an order (4 Refunded, 5 Cancelled, 6 Declined) and that hold it (0, 1, 7, 12, 13 and ids
    // Packbench does not know).
    static bool cancels(int statusId);
    // A shipment whose write-back Packbench voided: BigCommerce still reports the order as it was before the void
    // (its shipment and Shipped status) until the void has been sent and the order changed after it. `voidGuard`:
    // '' (no void), 'pending' (being sent), or the order's date_modified after the void. True: the report is older
    // than the void and must not move the shipment (it would read as "shipped elsewhere").
    static bool readsVoidedWriteback(const QString &voidGuard, const QDateTime &orderModified);
    static bool holds(int statusId);
};

} // namespace Packbench
