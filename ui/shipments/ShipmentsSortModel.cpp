#include "ui/shipments/ShipmentsSortModel.h"

#include "ui/shipments/ShipmentsModel.h"

#include <QDateTime>
#include <QLocale>

namespace Packbench {

namespace {

template <typename T> int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

ShipmentsSortModel::ShipmentsSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Qt compares plain code points for the C locale and ignores numeric mode there (a bare environment, tests):
    // collate as English then, so "Bench 2" still sorts before "Bench 10".
    if (QLocale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(ShipmentsModel::RawValueRole);
    setDynamicSortFilter(true);
}

void ShipmentsSortModel::setSourceModel(QAbstractItemModel *model)
{
    m_shipments = qobject_cast<ShipmentsModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ShipmentsSortModel::setShipmentFilter(const ShipmentFilter &filter)
{
    m_matcher = ShipmentMatcher(filter);
    invalidateFilter();
}

bool ShipmentsSortModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_shipments || sourceParent.isValid())
        return true;
    return m_matcher.matches(m_shipments->rowAt(sourceRow));
}

bool ShipmentsSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    int order = 0;
    if (m_shipments) {
        // The rows themselves rather than QVariants: sorting 100,000 rows asks this about two million times.
        const ShipmentRow &a = m_shipments->rowAt(left.row());
        const ShipmentRow &b = m_shipments->rowAt(right.row());
        switch (left.column()) {
        case ShipmentsModel::Order:
            order = compareValues(a.orderId, b.orderId);
            break;
        case ShipmentsModel::Storefront:
            order = compareValues(a.channelId, b.channelId);
            break;
        case ShipmentsModel::Date:
            // Rows without a date sort first.
            if (a.dateCreated.isValid() != b.dateCreated.isValid())
                order = a.dateCreated.isValid() ? 1 : -1;
            else
                order = compareValues(a.dateCreated, b.dateCreated);
            break;
        case ShipmentsModel::Items:
            order = compareValues(a.itemCount, b.itemCount);
            break;
        case ShipmentsModel::Weight:
            order = compareValues(a.summary.weight, b.summary.weight);
            break;
        case ShipmentsModel::Atl:
            order = compareValues(static_cast<int>(a.atl), static_cast<int>(b.atl));
            break;
        case ShipmentsModel::State:
            order = compareValues(static_cast<int>(a.state), static_cast<int>(b.state));
            break;
        default: {
            const QString ta = left.data(ShipmentsModel::RawValueRole).toString();
            const QString tb = right.data(ShipmentsModel::RawValueRole).toString();
            // Empty cells last in ascending order, whatever the collation says about them.
            if (ta.isEmpty() != tb.isEmpty())
                order = ta.isEmpty() ? 1 : -1;
            else
                order = m_collator.compare(ta, tb);
            break;
        }
        }
        if (order != 0)
            return order < 0;
        // Equal values: keep a stable order by order number, then shipment key.
        if (a.orderId != b.orderId)
            return a.orderId < b.orderId;
        return a.key < b.key;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Packbench
