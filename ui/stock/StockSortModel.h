#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Packbench {

class StockModel;

// Sorts and filters the Stock screen's table: numbers by value, SKUs and names with numeric collation ("SKU-2"
// before "SKU-10"), case-insensitively. The filters are typed setters that filter again only when the value changed.
class StockSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit StockSortModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Rows whose SKU or location name contains the text (case-insensitive); empty: every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // Only the rows a push would change or cannot send (StockRow::isDifference()).
    void setOnlyDifferences(bool only);
    bool onlyDifferences() const { return m_onlyDifferences; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    StockModel *m_stock = nullptr;
    QString m_text;
    bool m_onlyDifferences = false;
    QCollator m_collator;
};

} // namespace Packbench
