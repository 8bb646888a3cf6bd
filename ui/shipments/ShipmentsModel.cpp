#include "ui/shipments/ShipmentsModel.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QStyle>
#include <algorithm>

namespace Packbench {

namespace {
// A row edited in BigCommerce since its first import carries this mark after its order number.
const QString kChangedMark = QStringLiteral(" \u2022");

// Consecutive row numbers as [first, last] ranges.
QList<QPair<int, int>> rangesOf(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<QPair<int, int>> ranges;
    for (int row : std::as_const(rows)) {
        if (!ranges.isEmpty() && ranges.last().second + 1 == row)
            ranges.last().second = row;
        else
            ranges.append({row, row});
    }
    return ranges;
}
} // namespace

ShipmentsModel::ShipmentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ShipmentsModel::~ShipmentsModel() = default;

int ShipmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ShipmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ShipmentsModel::stateText(ShipmentState state)
{
    switch (state) {
    case ShipmentState::ToShip:
        return tr("To ship");
    case ShipmentState::Printed:
        return tr("Printed");
    case ShipmentState::WrittenBack:
        return tr("Written back");
    case ShipmentState::WritebackFailed:
        return tr("Write-back failed");
    case ShipmentState::Elsewhere:
        return tr("Shipped elsewhere");
    case ShipmentState::Cancelled:
        return tr("Cancelled");
    case ShipmentState::OnHold:
        return tr("On hold");
    }
    return QString();
}

QString ShipmentsModel::atlText(AuthorityToLeave atl)
{
    switch (atl) {
    case AuthorityToLeave::AuthorityToLeave:
        return tr("Authority to leave");
    case AuthorityToLeave::SignatureRequired:
        return tr("Signature required");
    case AuthorityToLeave::Unspecified:
        break;
    }
    return QString();
}

QString ShipmentsModel::storefrontText(const ShipmentRow &row)
{
    if (row.channelName.isEmpty())
        return QString::number(row.channelId);
    return tr("%1 (%2)", "storefront name (channel id)").arg(row.channelName).arg(row.channelId);
}

bool ShipmentsModel::isPickup(const ShipmentRow &row)
{
    return row.consignment.startsWith(QLatin1String("pickup:"));
}

QString ShipmentsModel::destinationText(const ShipmentRow &row)
{
    if (isPickup(row))
        return row.pickupLocation.isEmpty() ? tr("Pickup in store") : row.pickupLocation;
    const QString country = row.countryIso2.isEmpty() ? row.country : row.countryIso2;
    if (row.city.isEmpty())
        return country;
    if (country.isEmpty())
        return row.city;
    return tr("%1, %2", "city, country code").arg(row.city, country);
}

QString ShipmentsModel::orderText(qint64 orderId, const ShipmentPart &part)
{
    if (part.count < 2)
        return QString::number(orderId);
    return tr("%1 (%2 of %3)", "order number (shipment number of count)").arg(orderId).arg(part.number).arg(part.count);
}

QString ShipmentsModel::changedFieldsText(const QString &fields) const
{
    QStringList words;
    const QStringList parts = fields.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString field = part.trimmed();
        if (field == QLatin1String("address"))
            words << tr("address");
        else if (field == QLatin1String("items"))
            words << tr("items");
        else if (field == QLatin1String("notes"))
            words << tr("notes");
        else if (field == QLatin1String("status"))
            words << tr("status");
        else
            words << field;
    }
    return words.join(tr(", ", "list separator"));
}

QString ShipmentsModel::toolTip(const ShipmentRow &row, int column) const
{
    QStringList lines;
    if (column == Order) {
        const ShipmentPart part = m_parts.value(row.key);
        if (part.count > 1)
            lines << tr("Order %1 is split into %2 shipments (one per address or pickup); this is shipment %3.",
                        "order, count, number")
                         .arg(row.orderId)
                         .arg(part.count)
                         .arg(part.number);
        if (!row.changedFields.isEmpty()) {
            const QString at = row.changedAt.isValid()
                                   ? QLocale().toString(row.changedAt.toLocalTime().time(), QLocale::ShortFormat)
                                   : tr("an unknown time");
            lines << tr("Changed in BigCommerce at %1: %2").arg(at, changedFieldsText(row.changedFields));
        }
        if (row.missingSku)
            lines << tr("An item has no SKU");
    } else if (column == Destination) {
        const QString text = destinationText(row);
        // The grid clips long pickup locations; the tooltip shows them whole.
        if (isPickup(row) && !text.isEmpty())
            lines << text;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant ShipmentsModel::displayValue(const ShipmentRow &row, int column) const
{
    switch (column) {
    case Order: {
        const QString number = orderText(row.orderId, m_parts.value(row.key));
        return row.changedFields.isEmpty() ? number : number + kChangedMark;
    }
    case Store:
        return row.storeName;
    case Storefront:
        return storefrontText(row);
    case Date:
        return row.dateCreated.isValid() ? QLocale().toString(row.dateCreated.toLocalTime(), QLocale::ShortFormat)
                                         : QString();
    case Customer:
        return row.company.isEmpty() || row.customer.isEmpty()
                   ? (row.customer.isEmpty() ? row.company : row.customer)
                   : tr("%1 (%2)", "customer (company)").arg(row.customer, row.company);
    case Destination:
        return destinationText(row);
    case Items:
        return row.itemCount;
    case Atl:
        return atlText(row.atl);
    case State:
        return stateText(row.state);
    case Skus:
        return row.summary.skus;
    case Weight:
        return row.summary.weight > 0 ? QLocale().toString(row.summary.weight, 'f', 2) : QString();
    case Account:
        return row.accountName;
    case Carrier:
        return row.carrier;
    case TrackingNumber:
        return row.trackingNumber;
    case Rule:
        return row.rule;
    case Size:
        return row.summary.size;
    case Color:
        return row.summary.color;
    case HsCode:
        return row.summary.hsCode;
    default:
        break;
    }
    return QVariant();
}

bool ShipmentsModel::shownByDefault(int column)
{
    switch (column) {
    case Skus:
    case Weight:
    case Carrier:
    case TrackingNumber:
    case Rule:
    case Size:
    case Color:
    case HsCode:
        return false;
    default:
        return column >= 0 && column < ColumnCount;
    }
}

QVariant ShipmentsModel::rawValue(const ShipmentRow &row, int column) const
{
    // Numbers and dates by value; text columns sort by the text shown.
    switch (column) {
    case Order:
        return row.orderId;
    case Storefront:
        return row.channelId;
    case Date:
        return row.dateCreated;
    case Items:
        return row.itemCount;
    case Weight:
        return row.summary.weight;
    case Atl:
        return static_cast<int>(row.atl);
    case State:
        return static_cast<int>(row.state);
    default:
        return displayValue(row, column);
    }
}

QVariant ShipmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ShipmentRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case RawValueRole:
        return rawValue(row, column);
    case KeyRole:
        return row.key;
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::FontRole:
        if (!row.changedFields.isEmpty()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::DecorationRole:
        if (column == Order && row.missingSku) {
            if (m_warningIcon.isNull() && qobject_cast<QApplication *>(QCoreApplication::instance()))
                m_warningIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            return m_warningIcon;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Order || column == Items || column == Weight)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant ShipmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Order:
        return tr("Order");
    case Store:
        return tr("Store");
    case Storefront:
        return tr("Storefront");
    case Date:
        return tr("Date");
    case Customer:
        return tr("Customer");
    case Destination:
        return tr("Destination");
    case Items:
        return tr("Items");
    case Atl:
        return tr("ATL");
    case State:
        return tr("State");
    case Skus:
        return tr("SKUs");
    case Weight:
        return tr("Weight");
    case Account:
        return tr("Account");
    case Carrier:
        return tr("Carrier");
    case TrackingNumber:
        return tr("Tracking number");
    case Rule:
        return tr("Rule");
    case Size:
        return tr("Size");
    case Color:
        return tr("Colour");
    case HsCode:
        return tr("HS Code");
    default:
        break;
    }
    return QVariant();
}

void ShipmentsModel::setRows(const QList<ShipmentRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    rebuildIndex();
    endResetModel();
}

void ShipmentsModel::upsertRows(const QList<ShipmentRow> &rows)
{
    QList<int> changed;
    QList<ShipmentRow> added;
    QHash<QString, qsizetype> addedIndex;
    for (const ShipmentRow &row : rows) {
        const auto existing = m_index.constFind(row.key);
        if (existing != m_index.cend()) {
            m_rows[*existing] = row;
            changed.append(*existing);
            continue;
        }
        // The same key twice in one batch: the later row wins.
        const auto pending = addedIndex.constFind(row.key);
        if (pending != addedIndex.cend()) {
            added[*pending] = row;
            continue;
        }
        addedIndex.insert(row.key, added.size());
        added.append(row);
    }

    // One dataChanged per run of neighbouring rows; scattered rows collapse into one range rather than a storm of
    // signals (the proxy re-checks the rows in between, which costs less than hundreds of signals).
    const QList<QPair<int, int>> ranges = rangesOf(changed);
    constexpr qsizetype kMaxRanges = 8;
    if (ranges.size() > kMaxRanges) {
        Q_EMIT dataChanged(index(ranges.first().first, 0), index(ranges.last().second, ColumnCount - 1));
    } else {
        for (const auto &[first, last] : ranges)
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }

    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
        for (qsizetype i = 0; i < added.size(); ++i)
            m_index.insert(added.at(i).key, first + static_cast<int>(i));
        m_rows.append(added);
        endInsertRows();
    }
}

void ShipmentsModel::removeKeys(const QStringList &keys)
{
    QList<int> rows;
    for (const QString &key : keys) {
        const auto found = m_index.constFind(key);
        if (found != m_index.cend())
            rows.append(*found);
    }
    if (rows.isEmpty())
        return;
    const QList<QPair<int, int>> ranges = rangesOf(rows);
    // From the bottom up, so the row numbers of the ranges still to remove stay valid.
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
        beginRemoveRows(QModelIndex(), it->first, it->second);
        m_rows.remove(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
    rebuildIndex();
}

void ShipmentsModel::setParts(const QHash<QString, ShipmentPart> &parts)
{
    if (parts == m_parts)
        return;
    m_parts = parts;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Order), index(rowCount() - 1, Order), {Qt::DisplayRole, Qt::ToolTipRole});
}

void ShipmentsModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).key, static_cast<int>(i));
}

} // namespace Packbench
