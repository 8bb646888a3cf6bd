#include "ui/shipments/ShipmentsModel.h"

#include "core/writeback/Outbox.h"

#include <QApplication>
#include <QCollator>
#include <QFont>
#include <QLocale>
#include <QStyle>
#include <algorithm>
#include <limits>
#include <numeric>

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

QString ShipmentsModel::writebackText(const ShipmentRow &row)
{
    if (row.writeback.isEmpty())
        return QString();
    return Outbox::describe(row.writeback, row.writebackNote, row.writebackAt);
}

QColor ShipmentsModel::writebackColor(const QString &state)
{
    if (state == QLatin1String("sent"))
        return QColor(0x2e, 0x7d, 0x32); // green
    if (state == QLatin1String("retrying"))
        return QColor(0xb2, 0x6a, 0x00); // amber, dark enough to read on white
    if (state == QLatin1String("failed") || state == QLatin1String("held"))
        return QColor(0xc6, 0x28, 0x28); // red
    return QColor();
}

QString ShipmentsModel::printedText(const ShipmentRow &row)
{
    if (!row.printedAt.isValid())
        return QString();
    const QDateTime local = row.printedAt.toLocalTime();
    const QLocale locale;
    const QString when = local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                              : locale.toString(local, QLocale::ShortFormat);
    if (row.printedStation.isEmpty())
        return when;
    return tr("%1 on %2", "printed time on station").arg(when, row.printedStation);
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
    } else if (column == Writeback) {
        // The reasons are long; the cell clips them.
        const QString text = writebackText(row);
        if (!text.isEmpty())
            lines << text;
        if (row.writeback == QLatin1String("failed") || row.writeback == QLatin1String("held"))
            lines << tr("Retry or Dismiss it in the Write-backs panel (View > Write-backs).");
    } else if (column == Printed && row.printedAt.isValid()) {
        lines << QLocale().toString(row.printedAt.toLocalTime(), QLocale::LongFormat);
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
    case Writeback:
        return writebackText(row);
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
    case Printed:
        return printedText(row);
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
    case Printed:
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
    case Printed:
        return row.printedAt;
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
    case Qt::ForegroundRole:
        if (column == Writeback) {
            const QColor color = writebackColor(row.writeback);
            if (color.isValid())
                return color;
        }
        break;
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
        if (column == Writeback && qobject_cast<QApplication *>(QCoreApplication::instance())) {
            if (row.writeback == QLatin1String("retrying")) {
                if (m_warningIcon.isNull())
                    m_warningIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
                return m_warningIcon;
            }
            if (row.writeback == QLatin1String("failed") || row.writeback == QLatin1String("held")) {
                if (m_criticalIcon.isNull())
                    m_criticalIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
                return m_criticalIcon;
            }
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
    case Writeback:
        return tr("Write-back");
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
    case Printed:
        return tr("Printed");
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

const ShipmentsModel::SortValues &ShipmentsModel::sortValues(int column, const QCollator &collator) const
{
    const auto count = static_cast<size_t>(m_rows.size());
    if (column == m_sortValuesColumn && m_sortValues.value.size() == count)
        return m_sortValues;
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    std::vector<double> &value = m_sortValues.value;
    value.assign(count, 0);
    m_sortValues.orderId.resize(count);
    for (size_t i = 0; i < count; ++i)
        m_sortValues.orderId[i] = m_rows.at(static_cast<qsizetype>(i)).orderId;
    auto each = [&](auto of) {
        for (size_t i = 0; i < count; ++i)
            value[i] = of(m_rows.at(static_cast<qsizetype>(i)));
    };
    switch (column) {
    case Order:
        each([](const ShipmentRow &row) { return static_cast<double>(row.orderId); });
        break;
    case Storefront:
        each([](const ShipmentRow &row) { return static_cast<double>(row.channelId); });
        break;
    case Date:
        each([kInfinity](const ShipmentRow &row) {
            return row.dateCreated.isValid() ? static_cast<double>(row.dateCreated.toMSecsSinceEpoch()) : -kInfinity;
        });
        break;
    case Printed:
        each([kInfinity](const ShipmentRow &row) {
            return row.printedAt.isValid() ? static_cast<double>(row.printedAt.toMSecsSinceEpoch()) : -kInfinity;
        });
        break;
    case Items:
        each([](const ShipmentRow &row) { return static_cast<double>(row.itemCount); });
        break;
    case Weight:
        each([](const ShipmentRow &row) { return row.summary.weight; });
        break;
    case Atl:
        each([](const ShipmentRow &row) { return static_cast<double>(row.atl); });
        break;
    case State:
        each([](const ShipmentRow &row) { return static_cast<double>(row.state); });
        break;
    default: {
        // Each distinct text is collated once; rows get its place.
        QHash<QString, int> distinct;
        QStringList texts;
        std::vector<int> textOf(count);
        for (size_t i = 0; i < count; ++i) {
            const QString text = rawValue(m_rows.at(static_cast<qsizetype>(i)), column).toString();
            auto found = distinct.constFind(text);
            if (found == distinct.cend()) {
                found = distinct.insert(text, static_cast<int>(texts.size()));
                texts.append(text);
            }
            textOf[i] = *found;
        }
        std::vector<QCollatorSortKey> keys;
        keys.reserve(static_cast<size_t>(texts.size()));
        for (const QString &text : std::as_const(texts))
            keys.push_back(collator.sortKey(text));
        std::vector<int> order(keys.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&keys](int a, int b) { return keys[a].compare(keys[b]) < 0; });
        std::vector<double> place(keys.size());
        double rank = 0;
        for (size_t i = 0; i < order.size(); ++i) {
            // Texts the collator finds equal ("abc", "ABC") share a place.
            if (i > 0 && keys[order[i - 1]].compare(keys[order[i]]) != 0)
                ++rank;
            // Empty cells last in ascending order, whatever the collation says about them.
            place[order[i]] = texts.at(order[i]).isEmpty() ? kInfinity : rank;
        }
        for (size_t i = 0; i < count; ++i)
            value[i] = place[textOf[i]];
        break;
    }
    }
    m_sortValuesColumn = column;
    return m_sortValues;
}

void ShipmentsModel::setRows(const QList<ShipmentRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_sortValuesColumn = -1;
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

    // One dataChanged per run of neighbouring rows: only those rows are re-checked by the proxy and repainted. (One
    // range from the first to the last changed row made the proxy re-filter and re-sort every row in between.)
    m_sortValuesColumn = -1;
    const QList<QPair<int, int>> ranges = rangesOf(changed);
    for (const auto &[first, last] : ranges)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));

    if (!added.isEmpty()) {
        m_sortValuesColumn = -1;
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
    m_sortValuesColumn = -1;
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
