#include "ui/shipments/ShipmentsSortModel.h"

#include "ui/shipments/ShipmentsModel.h"

#include <QDateTime>
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

bool ShipmentsSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(ShipmentsModel::RawValueRole);
    const QVariant b = right.data(ShipmentsModel::RawValueRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const int order = m_collator.compare(a.toString(), b.toString());
        if (order != 0)
            return order < 0;
    } else if (a.typeId() == QMetaType::QDateTime && b.typeId() == QMetaType::QDateTime) {
        const QDateTime da = a.toDateTime();
        const QDateTime db = b.toDateTime();
        // Rows without a date sort first.
        if (da != db)
            return !da.isValid() || (db.isValid() && da < db);
    } else {
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
    }
    // Equal values: keep a stable order by order number, then shipment key.
    const QModelIndex leftOrder = left.sibling(left.row(), ShipmentsModel::Order);
    const QModelIndex rightOrder = right.sibling(right.row(), ShipmentsModel::Order);
    const qint64 oa = leftOrder.data(ShipmentsModel::RawValueRole).toLongLong();
    const qint64 ob = rightOrder.data(ShipmentsModel::RawValueRole).toLongLong();
    if (oa != ob)
        return oa < ob;
    return left.data(ShipmentsModel::KeyRole).toString() < right.data(ShipmentsModel::KeyRole).toString();
}

} // namespace Packbench
