#pragma once

#include "core/storage/ShipmentFilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>
#include <optional>

namespace Packbench {

class ShipmentsModel;

// Sorts and filters the shipments grid. Sorting is by value: numbers and dates as such, text with numeric collation
// (order 2 before order 10, "Bench 2" before "Bench 10"), case-insensitively. Filtering asks ShipmentMatcher, the
// same code `packbench shipments` filters with; the database query behind the model only narrows by store and view.
class ShipmentsSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ShipmentsSortModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Shows only the rows this filter matches (re-filters at once).
    void setShipmentFilter(const ShipmentFilter &filter);
    const ShipmentFilter &shipmentFilter() const { return m_matcher.filter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ShipmentsModel *m_shipments = nullptr;
    ShipmentMatcher m_matcher{ShipmentFilter()};
    QCollator m_collator;
};

} // namespace Packbench
