#pragma once

#include "core/inventory/Stock.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Packbench {

// The push preview's table: what a push changes (StockChange), then, after the push, what happened to each.
class StockChangesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Sku,
        Location,
        Warehouse,
        Allocated,
        Pushing,
        BigCommerce,
        Result,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole + 1 // numbers as numbers, for sorting
    };

    explicit StockChangesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces every row; the results go with them.
    void setChanges(const QList<StockChange> &changes);
    // The outcome per change (by SKU and location); a result for a change not shown is added as a row.
    void setResults(const QList<StockPushResult> &results);

    const QList<StockChange> &changes() const { return m_changes; }
    // The result of row `row`, or nullptr before the push.
    const StockPushResult *resultAt(int row) const;

private:
    QList<StockChange> m_changes;
    QHash<QString, StockPushResult> m_results; // StockRow::keyOf(sku, location) -> result
};

} // namespace Packbench
