#include "SandboxInventory.h"

#include "Prng.h"

#include <map>

namespace {

// Keys of the PRNG streams, so inventory data never shares a stream with the orders or the faults.
constexpr quint64 LevelStream = 0x494E56454E544F52ULL;
constexpr quint64 TransactionStream = 0x5452414E53414354ULL;

QString identityOf(const AbsoluteAdjustment &adjustment)
{
    switch (adjustment.by) {
    case AbsoluteAdjustment::By::Sku:
        return QStringLiteral("sku %1").arg(QString::fromUtf8(adjustment.sku));
    case AbsoluteAdjustment::By::VariantId:
        return QStringLiteral("variant_id %1").arg(adjustment.id);
    case AbsoluteAdjustment::By::ProductId:
        return QStringLiteral("product_id %1").arg(adjustment.id);
    }
    return {};
}

} // namespace

bool InventoryFilter::selects(const SandboxLocation &location) const
{
    if (locationIds && !locationIds->contains(location.id))
        return false;
    if (locationCodes && !locationCodes->contains(location.code))
        return false;
    return true;
}

SandboxInventory::SandboxInventory(const SandboxOptions &options, const std::vector<SandboxOrder> &orders)
    : m_seed(options.seed)
{
    m_locations.push_back({1, "default", "Default", true});
    for (int id = 2; id <= options.locations; ++id)
        m_locations.push_back({id, "warehouse-" + QByteArray::number(id), "Warehouse " + QByteArray::number(id), true});

    // Every SKU sold in the generated orders, with the product, variant and bin of its first line item; sorted by
    // SKU so the catalogue does not depend on which order sold it first.
    struct FirstSale
    {
        int productId;
        int variantId;
        QByteArray binPickingNumber;
    };
    std::map<QByteArray, FirstSale> soldSkus;
    for (const SandboxOrder &order : orders)
        for (const SandboxLineItem &line : order.items)
            if (!line.sku.isEmpty())
                soldSkus.try_emplace(line.sku, FirstSale{line.productId, line.variantId, line.binPickingNumber});

    const std::size_t total = std::max(static_cast<std::size_t>(std::max(0, options.inventoryItems)), soldSkus.size());
    m_items.reserve(total);
    int nextProductId = FirstExtraProductId;
    int nextVariantId = FirstExtraVariantId;
    // The generator gives a bundle the product (and variants) of one of its goods; an item of its own here.
    for (const auto &[sku, sale] : soldSkus) {
        SandboxInventoryItem item;
        item.sku = sku;
        item.productId = m_byProductId.contains(sale.productId) ? nextProductId++ : sale.productId;
        item.variantId = m_byVariantId.contains(sale.variantId) ? nextVariantId++ : sale.variantId;
        addItem(std::move(item));
        m_items.back().levels.front().binPickingNumber = sale.binPickingNumber;
    }
    for (int extra = 1; m_items.size() < total; ++extra) {
        SandboxInventoryItem item;
        item.sku = "SBX-" + QByteArray::number(extra).rightJustified(6, '0');
        item.productId = nextProductId++;
        item.variantId = nextVariantId++;
        addItem(std::move(item));
    }
}

void SandboxInventory::addItem(SandboxInventoryItem item)
{
    const auto index = static_cast<qsizetype>(m_items.size());
    Prng rng = Prng::derive(m_seed ^ LevelStream, static_cast<std::uint64_t>(index));
    item.skuId = FirstSkuId + static_cast<int>(index);
    item.trackedByProduct = index % TrackedByProductEvery == TrackedByProductEvery - 1;
    for (const SandboxLocation &location : m_locations) {
        SandboxStockLevel level;
        level.onHand = rng.range(0, 200);
        level.safetyStock = rng.chance(0.1) ? rng.range(1, 5) : 0;
        level.warningLevel = rng.range(0, 2) * 5;
        if (location.id == 1)
            level.binPickingNumber = "BIN-" + QByteArray::number(index % 7 + 1);
        item.levels.push_back(std::move(level));
    }
    m_bySku.insert(item.sku, index);
    m_byVariantId.insert(item.variantId, index);
    m_byProductId.insert(item.productId, index);
    m_items.push_back(std::move(item));
}

const SandboxLocation *SandboxInventory::findLocation(qint64 id) const
{
    if (id < 1 || id > static_cast<qint64>(m_locations.size()))
        return nullptr;
    return &m_locations[static_cast<std::size_t>(id - 1)];
}

SandboxInventoryItem *SandboxInventory::findBySku(const QByteArray &sku)
{
    const auto found = m_bySku.constFind(sku);
    return found == m_bySku.cend() ? nullptr : &m_items[static_cast<std::size_t>(*found)];
}

SandboxInventoryItem *SandboxInventory::findByVariantId(qint64 variantId)
{
    const auto found = m_byVariantId.constFind(variantId);
    return found == m_byVariantId.cend() ? nullptr : &m_items[static_cast<std::size_t>(*found)];
}

SandboxInventoryItem *SandboxInventory::findByProductId(qint64 productId)
{
    const auto found = m_byProductId.constFind(productId);
    return found == m_byProductId.cend() ? nullptr : &m_items[static_cast<std::size_t>(*found)];
}

std::vector<const SandboxInventoryItem *> SandboxInventory::query(const InventoryFilter &filter) const
{
    std::vector<const SandboxInventoryItem *> result;
    // Every item has a level at every location, so either some item or none has one at a selected location.
    if (std::none_of(m_locations.cbegin(), m_locations.cend(),
                     [&filter](const SandboxLocation &location) { return filter.selects(location); }))
        return result;
    for (const SandboxInventoryItem &item : m_items) {
        if (filter.skus && !filter.skus->contains(item.sku))
            continue;
        if (filter.variantIds && !filter.variantIds->contains(item.variantId))
            continue;
        if (filter.productIds && !filter.productIds->contains(item.productId))
            continue;
        result.push_back(&item);
    }
    return result;
}

QString SandboxInventory::refusalOf(const AbsoluteAdjustment &adjustment, SandboxInventoryItem **item)
{
    if (!adjustment.problem.isEmpty())
        return adjustment.problem;
    if (!findLocation(adjustment.locationId))
        return QStringLiteral("Location %1 not found").arg(adjustment.locationId);
    const QString identity = identityOf(adjustment);
    switch (adjustment.by) {
    case AbsoluteAdjustment::By::Sku:
        *item = findBySku(adjustment.sku);
        break;
    case AbsoluteAdjustment::By::VariantId:
        *item = findByVariantId(adjustment.id);
        break;
    case AbsoluteAdjustment::By::ProductId:
        *item = findByProductId(adjustment.id);
        break;
    }
    if (!*item)
        return QStringLiteral("Item with %1 not found").arg(identity);
    const bool byProduct = adjustment.by == AbsoluteAdjustment::By::ProductId;
    if ((*item)->trackedByProduct && !byProduct)
        return QStringLiteral("Item with %1 is tracked by product, please update stock by product id").arg(identity);
    if (!(*item)->trackedByProduct && byProduct)
        return QStringLiteral("Item with %1 is tracked by variant, please update stock by variant id or sku")
            .arg(identity);
    if (adjustment.quantity < 0)
        return QStringLiteral("Item with %1: quantity %2 is negative; an absolute adjustment sets a level of 0 or more")
            .arg(identity)
            .arg(adjustment.quantity);
    if (adjustment.quantity > MaxLevel)
        return QStringLiteral("Item with %1: quantity %2 is too large; the level at one location is at most %3")
            .arg(identity)
            .arg(adjustment.quantity)
            .arg(MaxLevel);
    return {};
}

std::vector<AdjustmentRefusal> SandboxInventory::adjustAbsolute(const std::vector<AbsoluteAdjustment> &adjustments)
{
    std::vector<AdjustmentRefusal> refusals;
    std::vector<std::pair<SandboxInventoryItem *, const AbsoluteAdjustment *>> accepted;
    accepted.reserve(adjustments.size());
    for (std::size_t i = 0; i < adjustments.size(); ++i) {
        SandboxInventoryItem *item = nullptr;
        const QString refusal = refusalOf(adjustments[i], &item);
        if (refusal.isEmpty())
            accepted.emplace_back(item, &adjustments[i]);
        else
            refusals.push_back({static_cast<int>(i), refusal});
    }
    if (!refusals.empty())
        return refusals;
    // In request order: an item named twice ends at its last quantity.
    for (const auto &[item, adjustment] : accepted)
        item->levels[static_cast<std::size_t>(adjustment->locationId - 1)].onHand = adjustment->quantity;
    ++m_adjustments;
    m_adjustedItems += static_cast<qint64>(adjustments.size());
    return refusals;
}

void SandboxInventory::resetCounters()
{
    m_adjustments = 0;
    m_adjustedItems = 0;
}

QByteArray SandboxInventory::nextTransactionId()
{
    Prng rng = Prng::derive(m_seed ^ TransactionStream, ++m_transactions);
    std::uint64_t high = rng.next();
    std::uint64_t low = rng.next();
    high = (high & ~0xF000ULL) | 0x4000ULL;           // version 4
    low = (low & ~(0xC0ULL << 56)) | (0x80ULL << 56); // RFC 4122 variant
    const QByteArray hex = QByteArray::number(static_cast<qulonglong>(high), 16).rightJustified(16, '0') +
                           QByteArray::number(static_cast<qulonglong>(low), 16).rightJustified(16, '0');
    return hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' + hex.mid(20, 12);
}
