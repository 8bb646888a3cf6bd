#pragma once

#include "SandboxOptions.h"
#include "SandboxOrder.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <algorithm>
#include <optional>
#include <vector>

// One BigCommerce location (inventory.v3.yml, ItemResponse.locations[]).
struct SandboxLocation
{
    int id = 0;
    QByteArray code;
    QByteArray name;
    bool enabled = true;
};

// An item's stock and settings at one location.
struct SandboxStockLevel
{
    qint64 onHand = 0; // total_inventory_onhand
    int safetyStock = 0;
    int warningLevel = 0;
    bool isInStock = true;
    QByteArray binPickingNumber;

    // available_to_sell: on hand minus safety stock, never below 0.
    qint64 availableToSell() const { return std::max<qint64>(0, onHand - safetyStock); }
};

// One inventory item: in the sandbox every product has exactly one item, so product_id, variant_id and sku each
// identify it.
struct SandboxInventoryItem
{
    QByteArray sku;
    int productId = 0;
    int variantId = 0;
    int skuId = 0; // rendered null while the item is tracked by product (a base variant has no V2 SKU id)
    // Inventory tracked on the product rather than the variant: adjustments must address it by product_id.
    bool trackedByProduct = false;
    std::vector<SandboxStockLevel> levels; // one per location, index = location id - 1
};

// GET /v3/inventory/items filters; an unset filter selects everything.
struct InventoryFilter
{
    std::optional<QSet<QByteArray>> skus;
    std::optional<QSet<int>> variantIds;
    std::optional<QSet<int>> productIds;
    std::optional<QSet<int>> locationIds;
    std::optional<QSet<QByteArray>> locationCodes;

    bool selects(const SandboxLocation &location) const;
};

// One entry of PUT /v3/inventory/adjustments/absolute, already read from JSON. `problem` is set when the entry
// itself is malformed (a missing or mistyped field); such an entry is refused like any other.
struct AbsoluteAdjustment
{
    enum class By
    {
        Sku,
        VariantId,
        ProductId,
    };
    By by = By::Sku;
    QByteArray sku;
    qint64 id = 0; // variant_id or product_id
    qint64 locationId = 0;
    qint64 quantity = 0;
    QString problem;
};

struct AdjustmentRefusal
{
    int index = 0; // position in the request's items array
    QString message;
};

// The sandbox store's inventory: a catalogue generated from the seed that holds every SKU of the generated orders
// (so allocations match real items) plus extra items up to --inventory-items, at --locations locations.
class SandboxInventory
{
public:
    // BigCommerce's highest level per item and location (docs: store-operations/catalog/inventory-adjustments).
    static constexpr qint64 MaxLevel = 2147483647;
    // Every TrackedByProductEvery-th item of the catalogue is tracked by product.
    static constexpr int TrackedByProductEvery = 50;
    static constexpr int FirstExtraProductId = 1001;
    static constexpr int FirstExtraVariantId = 100001;
    static constexpr int FirstSkuId = 500001;

    SandboxInventory(const SandboxOptions &options, const std::vector<SandboxOrder> &orders);

    const std::vector<SandboxInventoryItem> &items() const { return m_items; }
    const std::vector<SandboxLocation> &locations() const { return m_locations; }
    const SandboxLocation *findLocation(qint64 id) const;

    SandboxInventoryItem *findBySku(const QByteArray &sku);
    SandboxInventoryItem *findByVariantId(qint64 variantId);
    SandboxInventoryItem *findByProductId(qint64 productId);

    // Items matching the filter, in catalogue order. An item is listed when it has a level at a selected location.
    std::vector<const SandboxInventoryItem *> query(const InventoryFilter &filter) const;

    // All or nothing, as BigCommerce does it: if any entry is refused nothing is applied and the refusals (one per
    // refused entry, in request order) are returned; otherwise every level is set.
    std::vector<AdjustmentRefusal> adjustAbsolute(const std::vector<AbsoluteAdjustment> &adjustments);

    // Adjustment counters for /__sandbox/stats (reset by /__sandbox/reset-stats): batches applied, items they set.
    qint64 adjustments() const { return m_adjustments; }
    qint64 adjustedItems() const { return m_adjustedItems; }
    void resetCounters();

    // A fresh transaction id in UUID form, derived from the seed and a counter (identical between runs).
    QByteArray nextTransactionId();

private:
    QString refusalOf(const AbsoluteAdjustment &adjustment, SandboxInventoryItem **item);
    void addItem(SandboxInventoryItem item);

    quint64 m_seed;
    std::vector<SandboxLocation> m_locations;
    std::vector<SandboxInventoryItem> m_items;
    QHash<QByteArray, qsizetype> m_bySku;
    QHash<qint64, qsizetype> m_byVariantId;
    QHash<qint64, qsizetype> m_byProductId;
    qint64 m_adjustments = 0;
    qint64 m_adjustedItems = 0;
    quint64 m_transactions = 0;
};
