#include "ui/stock/StockSortModel.h"

#include "ui/stock/StockModel.h"

#include <QLocale>

namespace Packbench {

StockSortModel::StockSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Qt ignores numeric mode for the C locale (a bare environment, tests): collate as English then.
    if (QLocale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(StockModel::RawValueRole);
    setDynamicSortFilter(true);
}

void StockSortModel::setSourceModel(QAbstractItemModel *model)
{
    m_stock = qobject_cast<StockModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void StockSortModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void StockSortModel::setOnlyDifferences(bool only)
{
    if (only == m_onlyDifferences)
        return;
    m_onlyDifferences = only;
    invalidateFilter();
}

bool StockSortModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_stock || sourceParent.isValid())
        return true;
    const StockRow &row = m_stock->rowAt(sourceRow);
    if (m_onlyDifferences && !row.isDifference())
        return false;
    if (m_text.isEmpty())
        return true;
    const QString location = row.locationName.isEmpty() ? m_stock->locationText(row.locationId) : row.locationName;
    return row.sku.contains(m_text, Qt::CaseInsensitive) || location.contains(m_text, Qt::CaseInsensitive);
}

bool StockSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(StockModel::RawValueRole);
    const QVariant b = right.data(StockModel::RawValueRole);
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        const int order = m_collator.compare(a.toString(), b.toString());
        if (order != 0)
            return order < 0;
    } else if (a.toLongLong() != b.toLongLong()) {
        return a.toLongLong() < b.toLongLong();
    }
    // Equal: by SKU, then location, so the order never depends on how the rows came.
    if (!m_stock)
        return left.row() < right.row();
    const StockRow &x = m_stock->rowAt(left.row());
    const StockRow &y = m_stock->rowAt(right.row());
    const int sku = m_collator.compare(x.sku, y.sku);
    if (sku != 0)
        return sku < 0;
    return x.locationId < y.locationId;
}

} // namespace Packbench
