#include "ui/stock/StockChangesModel.h"

#include "ui/stock/StockModel.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Packbench {

StockChangesModel::StockChangesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int StockChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

int StockChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void StockChangesModel::setChanges(const QList<StockChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    m_results.clear();
    endResetModel();
}

void StockChangesModel::setResults(const QList<StockPushResult> &results)
{
    beginResetModel();
    QSet<QString> shown;
    for (const StockChange &change : std::as_const(m_changes))
        shown.insert(StockRow::keyOf(change.sku, change.locationId));
    m_results.clear();
    for (const StockPushResult &result : results) {
        const QString key = StockRow::keyOf(result.change.sku, result.change.locationId);
        m_results.insert(key, result);
        if (!shown.contains(key)) {
            m_changes.append(result.change);
            shown.insert(key);
        }
    }
    endResetModel();
}

const StockPushResult *StockChangesModel::resultAt(int row) const
{
    const StockChange &change = m_changes.at(row);
    const auto it = m_results.constFind(StockRow::keyOf(change.sku, change.locationId));
    return it == m_results.cend() ? nullptr : &*it;
}

QVariant StockChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const StockChange &change = m_changes.at(index.row());
    const StockPushResult *result = resultAt(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        auto numberValue = [&](qint64 value) -> QVariant {
            return raw ? QVariant(value) : locale.toString(value);
        };
        switch (index.column()) {
        case Sku:
            return change.sku;
        case Location:
            if (raw)
                return change.locationId;
            return change.locationName.isEmpty() ? StockModel::tr("Location %1").arg(change.locationId)
                                                 : change.locationName;
        case Warehouse:
            return numberValue(change.warehouse);
        case Allocated:
            // Subtracted: shown as such, so the preview reads as a sum.
            return raw ? QVariant(change.allocated)
                       : QVariant(change.allocated > 0 ? locale.negativeSign() + locale.toString(change.allocated)
                                                       : locale.toString(change.allocated));
        case Pushing:
            return numberValue(change.target);
        case BigCommerce:
            return numberValue(change.remote);
        case Result:
            return result ? StockModel::outcomeText(*result) : QString();
        default:
            return QVariant();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Result && result)
        return StockModel::outcomeText(*result);
    if (role == Qt::TextAlignmentRole) {
        if (index.column() >= Warehouse && index.column() <= BigCommerce)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::BackgroundRole && result &&
        (result->outcome == StockPushOutcome::Refused || result->outcome == StockPushOutcome::NotSent)) {
        // A tint over the palette's base (light and dark themes); the cell says it in words too.
        const QColor base = QGuiApplication::palette().color(QPalette::Base);
        const QColor tint =
            result->outcome == StockPushOutcome::Refused ? QColor(0xe5, 0x39, 0x35) : QColor(0xff, 0xb3, 0x00);
        const float amount = 0.26F;
        return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
                                base.greenF() + (tint.greenF() - base.greenF()) * amount,
                                base.blueF() + (tint.blueF() - base.blueF()) * amount);
    }
    return QVariant();
}

QVariant StockChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Sku:
            return StockModel::tr("SKU");
        case Location:
            return StockModel::tr("Location");
        case Warehouse:
            return StockModel::tr("Warehouse");
        case Allocated:
            return tr("Allocated subtracted");
        case Pushing:
            return tr("Pushing");
        case BigCommerce:
            return StockModel::tr("BigCommerce now");
        case Result:
            return tr("Result");
        default:
            return QVariant();
        }
    }
    if (role == Qt::ToolTipRole && section == Allocated)
        return tr("On shipments to ship or printed but not yet written back: taken off the warehouse's count, so a "
                  "push never sells goods already sold");
    return QVariant();
}

} // namespace Packbench
