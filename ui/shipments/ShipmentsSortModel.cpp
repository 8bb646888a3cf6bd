#include "ui/shipments/ShipmentsSortModel.h"

#include "ui/shipments/ShipmentsModel.h"

#include <QLocale>

namespace Packbench {

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
    if (filter == m_matcher.filter())
        return;
    m_matcher = ShipmentMatcher(filter);
    // Not invalidateFilter(): it signals every run of rows that comes or goes, and QHeaderView (Qt 6.4) walks all
    // its sections for each such signal, so hiding 50,000 scattered rows took seconds. One layout change instead:
    // the proxy filters and sorts again; persistent indexes (selection, current row) follow their rows.
    invalidate();
}

bool ShipmentsSortModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_shipments || sourceParent.isValid())
        return true;
    return m_matcher.matches(m_shipments->rowAt(sourceRow));
}

bool ShipmentsSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_shipments)
        return QSortFilterProxyModel::lessThan(left, right);
    // One number per row, made once per sort (ShipmentsModel::sortValues): a sort of 100,000 rows asks this about
    // two million times.
    const ShipmentsModel::SortValues &values = m_shipments->sortValues(left.column(), m_collator);
    const auto a = static_cast<size_t>(left.row());
    const auto b = static_cast<size_t>(right.row());
    if (values.value[a] != values.value[b])
        return values.value[a] < values.value[b];
    // Equal values: keep a stable order by order number, then shipment key.
    if (values.orderId[a] != values.orderId[b])
        return values.orderId[a] < values.orderId[b];
    return m_shipments->rowAt(left.row()).key < m_shipments->rowAt(right.row()).key;
}

} // namespace Packbench
