#include "ui/stock/StockModel.h"

#include "core/inventory/StockPlan.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>
#include <algorithm>

namespace Packbench {

namespace {
QColor blend(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(static_cast<float>(base.redF() + (tint.redF() - base.redF()) * amount),
                            static_cast<float>(base.greenF() + (tint.greenF() - base.greenF()) * amount),
                            static_cast<float>(base.blueF() + (tint.blueF() - base.blueF()) * amount));
}

// Tints over the palette's own base colour, so they read in a light and a dark theme alike; the text keeps the
// palette's colour. Colour is never the only sign: the cells say it in words too.
QColor differsColor()
{
    return blend(QGuiApplication::palette().color(QPalette::Base), QColor(0xff, 0xb3, 0x00), 0.30);
}

QColor problemColor()
{
    return blend(QGuiApplication::palette().color(QPalette::Base), QColor(0xe5, 0x39, 0x35), 0.24);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString signedNumber(qint64 value)
{
    return value > 0 ? QLocale().positiveSign() + number(value) : number(value);
}
} // namespace

StockModel::StockModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int StockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StockModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<StockRow> StockModel::makeRows(const QList<StockLevel> &levels, const QHash<QString, qint64> &allocated,
                                     const QList<RemoteStock> &remote, const QList<StockPushResult> &lastPush,
                                     const QSet<QString> &lookedUpSkus, const QSet<int> &knownLocations)
{
    // The allocation and the level a push sends come from StockPlan itself, not a copy of its rule.
    const QList<StockChange> targets = StockPlan::allocate(levels, allocated);
    QHash<QString, const StockChange *> planned;
    planned.reserve(targets.size());
    for (const StockChange &change : targets)
        planned.insert(StockRow::keyOf(change.sku, change.locationId), &change);

    QHash<QString, const RemoteStock *> remoteByKey;
    remoteByKey.reserve(remote.size());
    QSet<QString> remoteSkus;
    QHash<int, QString> locationNames;
    QSet<int> locations = knownLocations;
    const bool locationsGiven = !knownLocations.isEmpty();
    for (const RemoteStock &item : remote) {
        remoteByKey.insert(StockRow::keyOf(item.sku, item.locationId), &item);
        remoteSkus.insert(item.sku);
        if (!locationsGiven && item.locationId > 0)
            locations.insert(item.locationId);
        if (!item.locationName.isEmpty())
            locationNames.insert(item.locationId, item.locationName);
    }
    QHash<QString, const StockPushResult *> pushByKey;
    for (const StockPushResult &result : lastPush)
        pushByKey.insert(StockRow::keyOf(result.change.sku, result.change.locationId), &result);

    QList<StockRow> rows;
    rows.reserve(levels.size());
    QSet<QString> keys;
    for (const StockLevel &level : levels) {
        StockRow row;
        row.sku = level.sku;
        row.locationId = level.locationId;
        row.warehouse = level.quantity;
        if (const StockChange *change = planned.value(row.key())) {
            row.allocated = change->allocated;
            row.target = change->target;
        } else {
            row.target = std::max<qint64>(0, level.quantity);
        }
        row.locationName = locationNames.value(row.locationId);
        if (!locations.isEmpty() && !locations.contains(row.locationId)) {
            // As StockPlan sees it: a level at a location the store does not have is a problem, not a difference.
            row.status = StockRow::Status::UnknownLocation;
        } else if (remoteSkus.contains(row.sku)) {
            // An item BigCommerce has, without a level at this location yet, has none there (as StockPlan sees it).
            const RemoteStock *item = remoteByKey.value(row.key());
            row.atBigCommerce = true;
            row.remote = item ? item->onHand : 0;
            row.status = row.target == row.remote ? StockRow::Status::Same : StockRow::Status::Differs;
        } else {
            // Only a SKU the look-up asked about is known to be missing; one imported or counted since is not.
            row.status =
                lookedUpSkus.contains(row.sku) ? StockRow::Status::NotAtBigCommerce : StockRow::Status::NotLookedUp;
        }
        if (const StockPushResult *result = pushByKey.value(row.key()))
            row.lastPush = *result;
        keys.insert(row.key());
        rows.append(row);
    }
    // BigCommerce's other locations of the warehouse's SKUs: shown, left alone by a push.
    for (const RemoteStock &item : remote) {
        const QString key = StockRow::keyOf(item.sku, item.locationId);
        if (keys.contains(key))
            continue;
        StockRow row;
        row.sku = item.sku;
        row.locationId = item.locationId;
        row.locationName = item.locationName;
        row.inWarehouse = false;
        row.atBigCommerce = true;
        row.remote = item.onHand;
        row.status = StockRow::Status::OnlyAtBigCommerce;
        if (const StockPushResult *result = pushByKey.value(key))
            row.lastPush = *result;
        keys.insert(key);
        rows.append(row);
    }
    return rows;
}

void StockModel::setStock(const StockData &data)
{
    beginResetModel();
    m_allocated = data.allocated;
    m_remote = data.remote;
    m_lastPush = data.lastPush;
    m_lookedUpSkus = data.lookedUpSkus;
    m_remoteSkus.clear();
    m_locationNames.clear();
    m_knownLocations.clear();
    for (const RemoteStock &item : data.remote) {
        m_remoteSkus.insert(item.sku);
        if (item.locationId > 0)
            m_knownLocations.insert(item.locationId);
        if (!item.locationName.isEmpty())
            m_locationNames.insert(item.locationId, item.locationName);
    }
    m_rows = makeRows(data.levels, data.allocated, data.remote, data.lastPush, m_lookedUpSkus, m_knownLocations);
    rebuildIndex();
    endResetModel();
}

void StockModel::setWarehouseLevel(const QString &sku, int locationId, qint64 quantity)
{
    // The SKU's rows are made again: the allocation is spread over its locations, so one count can move it.
    QList<StockLevel> levels;
    for (const StockRow &row : std::as_const(m_rows)) {
        if (row.sku == sku && row.inWarehouse && row.locationId != locationId)
            levels.append({row.sku, row.locationId, row.warehouse, 0});
    }
    levels.append({sku, locationId, quantity, 0});
    QList<RemoteStock> remote;
    for (const RemoteStock &item : std::as_const(m_remote)) {
        if (item.sku == sku)
            remote.append(item);
    }
    QHash<QString, qint64> allocated;
    if (m_allocated.contains(sku))
        allocated.insert(sku, m_allocated.value(sku));
    QList<StockPushResult> pushed;
    for (const StockPushResult &result : std::as_const(m_lastPush)) {
        if (result.change.sku == sku)
            pushed.append(result);
    }
    // The store's look-up as a whole: which SKUs it asked about, which locations the store has.
    const QList<StockRow> made = makeRows(levels, allocated, remote, pushed, m_lookedUpSkus, m_knownLocations);
    QList<StockRow> added;
    for (const StockRow &row : std::as_const(made)) {
        const int at = m_index.value(row.key(), -1);
        if (at < 0) {
            added.append(row);
            continue;
        }
        m_rows[at] = row;
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
        for (const StockRow &row : std::as_const(added)) {
            m_index.insert(row.key(), static_cast<int>(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }
}

void StockModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).key(), i);
}

QList<StockLevel> StockModel::warehouseLevels() const
{
    QList<StockLevel> levels;
    for (const StockRow &row : m_rows) {
        if (row.inWarehouse)
            levels.append({row.sku, row.locationId, row.warehouse, 0});
    }
    return levels;
}

StockModel::Counts StockModel::counts() const
{
    Counts counts;
    QSet<QString> skus;
    for (const StockRow &row : m_rows) {
        if (!row.inWarehouse)
            continue;
        ++counts.rows;
        skus.insert(row.sku);
        if (row.status == StockRow::Status::Differs)
            ++counts.differ;
        else if (row.status == StockRow::Status::NotAtBigCommerce)
            ++counts.notFound;
        else if (row.status == StockRow::Status::NotLookedUp)
            ++counts.notLookedUp;
        else if (row.status == StockRow::Status::UnknownLocation)
            ++counts.unknownLocation;
        if (row.wasRefused())
            ++counts.refused;
    }
    counts.skus = static_cast<int>(skus.size());
    return counts;
}

QString StockModel::locationText(int locationId) const
{
    const QString name = m_locationNames.value(locationId);
    if (!name.isEmpty())
        return name;
    return tr("Location %1").arg(locationId);
}

QString StockModel::knownLocationsText() const
{
    QList<int> ids = m_knownLocations.values();
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    for (const int id : std::as_const(ids)) {
        const QString name = m_locationNames.value(id);
        parts << (name.isEmpty() ? QString::number(id) : tr("%1 (%2)", "location id (name)").arg(id).arg(name));
    }
    return parts.join(tr(", ", "list separator"));
}

QString StockModel::outcomeShortText(StockPushOutcome outcome)
{
    switch (outcome) {
    case StockPushOutcome::Pushed:
        return tr("Pushed");
    case StockPushOutcome::PushedByProduct:
        return tr("Pushed by product");
    case StockPushOutcome::Refused:
        return tr("Refused");
    case StockPushOutcome::NotSent:
        return tr("Not sent");
    }
    return QString();
}

QString StockModel::outcomeText(const StockPushResult &result)
{
    const QString outcome = outcomeShortText(result.outcome);
    if (result.outcome == StockPushOutcome::Refused && !result.message.isEmpty())
        return tr("%1: %2", "Refused: BigCommerce's message").arg(outcome, result.message);
    if (result.outcome == StockPushOutcome::Pushed || result.outcome == StockPushOutcome::PushedByProduct)
        return tr("%1 %2", "Pushed <level>").arg(outcome, number(result.change.target));
    return outcome;
}

QString StockModel::problemText(const StockProblem &problem)
{
    // The messages of the stock file, the plan and the push name their line and SKU themselves; others get them in
    // front, so no problem is ever shown without saying which SKU it is about.
    if (!problem.sku.isEmpty() ? problem.message.contains(problem.sku)
                               : (problem.line <= 0 || problem.message.contains(QString::number(problem.line))))
        return problem.message;
    QStringList where;
    if (problem.line > 0)
        where << tr("line %1").arg(problem.line);
    if (!problem.sku.isEmpty())
        where << tr("SKU %1").arg(problem.sku);
    if (problem.locationId != kDefaultLocationId)
        where << tr("location %1").arg(problem.locationId);
    return tr("%1: %2", "where: problem").arg(where.join(tr(", ", "list separator")), problem.message);
}

QVariant StockModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const StockRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::BackgroundRole:
        return background(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= Warehouse && index.column() <= BigCommerce)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        return rawValue(row, index.column());
    case KeyRole:
        return row.key();
    case StatusRole:
        return static_cast<int>(row.status);
    case DifferenceRole:
        return row.isDifference();
    default:
        return QVariant();
    }
}

QVariant StockModel::displayValue(const StockRow &row, int column) const
{
    const QString none = QStringLiteral("\u2014");
    switch (column) {
    case Sku:
        return row.sku;
    case Location:
        return row.locationName.isEmpty() ? locationText(row.locationId) : row.locationName;
    case Warehouse:
        return row.inWarehouse ? number(row.warehouse) : none;
    case Allocated:
        return row.inWarehouse ? number(row.allocated) : none;
    case ToPush:
        if (!row.inWarehouse)
            return none;
        // The change in words beside the number: a difference never rests on the colour alone.
        if (row.status == StockRow::Status::Differs)
            return tr("%1 (%2)", "level to push (change at BigCommerce)")
                .arg(number(row.target), signedNumber(row.target - row.remote));
        return number(row.target);
    case BigCommerce:
        switch (row.status) {
        case StockRow::Status::NotLookedUp:
            return none;
        case StockRow::Status::NotAtBigCommerce:
            return tr("not found");
        case StockRow::Status::UnknownLocation:
            return tr("unknown location");
        default:
            return number(row.remote);
        }
    case LastPush:
        return row.lastPush ? outcomeText(*row.lastPush) : QString();
    default:
        return QVariant();
    }
}

QVariant StockModel::rawValue(const StockRow &row, int column) const
{
    switch (column) {
    case Sku:
        return row.sku;
    case Location:
        return row.locationId;
    case Warehouse:
        return row.inWarehouse ? row.warehouse : qint64(-1);
    case Allocated:
        return row.inWarehouse ? row.allocated : qint64(-1);
    case ToPush:
        return row.inWarehouse ? row.target : qint64(-1);
    case BigCommerce:
        return row.atBigCommerce ? row.remote : qint64(-1);
    case LastPush:
        return row.lastPush ? outcomeText(*row.lastPush) : QString();
    default:
        return QVariant();
    }
}

QString StockModel::toolTip(const StockRow &row, int column) const
{
    const QString location = row.locationName.isEmpty() ? locationText(row.locationId) : row.locationName;
    switch (column) {
    case Location:
        return tr("BigCommerce location %1").arg(row.locationId);
    case Allocated:
        if (!row.inWarehouse)
            return QString();
        return tr("On this store's shipments that are to ship, printed or failed to write back: BigCommerce has "
                  "already taken them off its stock, the shelf still has them. A push subtracts them.");
    case ToPush:
    case BigCommerce:
    case Sku:
    case Warehouse:
        switch (row.status) {
        case StockRow::Status::NotLookedUp:
            return tr("Not compared yet: Look up BigCommerce to see its level.");
        case StockRow::Status::Same:
            return tr("BigCommerce shows %1 at %2: nothing to push.").arg(number(row.remote), location);
        case StockRow::Status::Differs:
            return tr("Differs: a push sets %1 at %2 from %3 to %4.")
                .arg(row.sku, location, number(row.remote), number(row.target));
        case StockRow::Status::NotAtBigCommerce:
            return tr("BigCommerce has no item with SKU %1 (as of the last look-up). Check the SKU in the stock file "
                      "or give the product or variant this SKU in BigCommerce; a push leaves it out.")
                .arg(row.sku);
        case StockRow::Status::OnlyAtBigCommerce:
            return tr("The warehouse has no count of %1 at %2: a push leaves BigCommerce's level there as it is.")
                .arg(row.sku, location);
        case StockRow::Status::UnknownLocation:
            return tr("The store has no location %1 (its locations: %2). Count %3 at one of them or correct the "
                      "location in the stock file; a push leaves this level out.")
                .arg(QString::number(row.locationId), knownLocationsText(), row.sku);
        }
        break;
    case LastPush:
        return row.lastPush ? outcomeText(*row.lastPush) : QString();
    default:
        break;
    }
    return QString();
}

QVariant StockModel::background(const StockRow &row, int column) const
{
    if (column == LastPush && row.wasRefused())
        return problemColor();
    if (row.status == StockRow::Status::NotAtBigCommerce || row.status == StockRow::Status::UnknownLocation)
        return problemColor();
    if (row.status == StockRow::Status::Differs)
        return differsColor();
    return QVariant();
}

QVariant StockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Sku:
            return tr("SKU");
        case Location:
            return tr("Location");
        case Warehouse:
            return tr("Warehouse");
        case Allocated:
            return tr("Allocated");
        case ToPush:
            return tr("To push");
        case BigCommerce:
            return tr("BigCommerce now");
        case LastPush:
            return tr("Last push");
        default:
            return QVariant();
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Warehouse:
            return tr("The warehouse's count: from the last stock file, or counted here by scanning");
        case Allocated:
            return tr("On shipments to ship or printed but not yet written back; subtracted before a push");
        case ToPush:
            return tr("What a push sends: warehouse minus allocated, never below 0; the change in brackets");
        case BigCommerce:
            return tr("BigCommerce's level (on hand) at the last look-up");
        case LastPush:
            return tr("What happened to this SKU at the last push");
        default:
            break;
        }
    }
    return QVariant();
}

QString StockModel::requestsText(int count)
{
    return count == 1 ? tr("1 request") : tr("%Ln requests", nullptr, count);
}

QString StockModel::problemsText(int count)
{
    return count == 1 ? tr("1 problem") : tr("%Ln problems", nullptr, count);
}

} // namespace Packbench
