#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Packbench {

// Sorts the shipments grid by ShipmentsModel::RawValueRole: numbers and dates by value, text with numeric collation
// (order 2 before order 10, "Bench 2" before "Bench 10"), case-insensitively. Filtering happens in the database
// query, so this proxy only sorts.
class ShipmentsSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ShipmentsSortModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace Packbench
