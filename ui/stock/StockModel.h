#pragma once

#include "core/inventory/Stock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace Packbench {

// What the Stock screen reads for one store (on its worker thread) and hands to the model.
struct StockData
{
    QList<StockLevel> levels;
    QHash<QString, qint64> allocated; // by SKU, StockRepository::allocated
    QList<RemoteStock> remote;        // BigCommerce's levels as last looked up
    QSet<QString> lookedUpSkus;       // the SKUs the last look-up asked about (StockRepository::lookedUpSkus)
    QList<StockPushResult> lastPush;  // the last push's result per SKU and location
    std::optional<StockImportRecord> lastImport;
};

// One row of the Stock screen: a SKU at a BigCommerce location, the warehouse's count beside what BigCommerce shows.
struct StockRow
{
    enum class Status
    {
        NotLookedUp,       // the last look-up did not ask about this SKU (none yet, or counted since)
        Same,              // BigCommerce shows what a push would send
        Differs,           // a push would change BigCommerce's level
        NotAtBigCommerce,  // looked up, but BigCommerce has no item with this SKU
        OnlyAtBigCommerce, // BigCommerce has it at this location; the warehouse has no count there (a push leaves it)
        UnknownLocation    // the store has no such location (as of the last look-up): a push cannot send it
    };

    QString sku;
    int locationId = kDefaultLocationId;
    QString locationName; // from the items' locations[]; empty: not known yet
    bool inWarehouse = true;
    qint64 warehouse = 0;
    qint64 allocated = 0; // subtracted before a push
    qint64 target = 0;    // what a push sends: warehouse - allocated, never below 0
    bool atBigCommerce = false;
    qint64 remote = 0; // BigCommerce's total_inventory_onhand
    std::optional<StockPushResult> lastPush;
    Status status = Status::NotLookedUp;

    QString key() const { return keyOf(sku, locationId); }
    static QString keyOf(const QString &sku, int locationId)
    {
        return sku + QLatin1Char('\n') + QString::number(locationId);
    }
    // A push would change something here, or cannot (a SKU BigCommerce does not have): what "Only differences" shows.
    bool isDifference() const
    {
        return status == Status::Differs || status == Status::NotAtBigCommerce || status == Status::UnknownLocation;
    }
    bool wasRefused() const { return lastPush && lastPush->outcome == StockPushOutcome::Refused; }
};

// The Stock screen's table: one row per SKU and location, in the order made; the screen's proxy sorts and filters.
// The allocation and the level a push sends are StockPlan's own decision (see makeRows), so the table and the push
// preview never disagree.
class StockModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Sku,
        Location,
        Warehouse,
        Allocated,
        ToPush,
        BigCommerce,
        LastPush,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // numbers as numbers, for sorting; -1 where there is no number
        KeyRole,                         // StockRow::key()
        StatusRole,                      // StockRow::Status as int
        DifferenceRole                   // bool: StockRow::isDifference()
    };

    explicit StockModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces every row (a model reset).
    void setStock(const StockData &data);
    // A count made on the screen: the SKU's rows are worked out again (the allocation may move between locations);
    // a new row is appended.
    void setWarehouseLevel(const QString &sku, int locationId, qint64 quantity);

    const QList<StockRow> &rows() const { return m_rows; }
    const StockRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &sku, int locationId) const { return m_index.value(StockRow::keyOf(sku, locationId), -1); }
    // The last look-up asked BigCommerce about this SKU and found no item with it.
    bool isNotAtBigCommerce(const QString &sku) const
    {
        return m_lookedUpSkus.contains(sku) && !m_remoteSkus.contains(sku);
    }
    // BigCommerce has an item with this SKU (at any location), as of the last look-up.
    bool isKnownAtBigCommerce(const QString &sku) const { return m_remoteSkus.contains(sku); }
    // The store's locations as the last look-up's items name them (empty: not known yet).
    const QSet<int> &knownLocations() const { return m_knownLocations; }
    // The location is not one of the store's (false while they are not known).
    bool isUnknownLocation(int locationId) const
    {
        return !m_knownLocations.isEmpty() && !m_knownLocations.contains(locationId);
    }
    // "1 (Default), 2 (Warehouse 2)": the known locations, for messages.
    QString knownLocationsText() const;
    // The location's name as BigCommerce gave it, or a generic one ("Location 3").
    QString locationText(int locationId) const;
    // The warehouse's levels as the rows hold them (after counts made on the screen).
    QList<StockLevel> warehouseLevels() const;

    struct Counts
    {
        int rows = 0;
        int skus = 0;
        int differ = 0;
        int notFound = 0;
        int refused = 0;
        int notLookedUp = 0;
        int unknownLocation = 0;
    };
    Counts counts() const;

    // Rows from what the repository holds: every warehouse level, and every location BigCommerce has for those SKUs.
    // A SKU BigCommerce lacks is "not at BigCommerce" only when it is in `lookedUpSkus`. `knownLocations`: the
    // store's locations (empty: those of `remote`); a level elsewhere is at an unknown location.
    static QList<StockRow> makeRows(const QList<StockLevel> &levels, const QHash<QString, qint64> &allocated,
                                    const QList<RemoteStock> &remote, const QList<StockPushResult> &lastPush,
                                    const QSet<QString> &lookedUpSkus, const QSet<int> &knownLocations = {});
    // "Pushed", "Refused: <BigCommerce's words>", ... (empty: no result).
    static QString outcomeText(const StockPushResult &result);
    static QString outcomeShortText(StockPushOutcome outcome);
    // One problem in words that name its SKU (and line): the message, with "line 12, SKU ABC-1: " in front when the
    // message does not name them itself.
    static QString problemText(const StockProblem &problem);
    // "1 request", "12 requests"; "1 problem", "3 problems" (English has no translation file to pick the plural
    // form from): for the screen and the push dialog alike.
    static QString requestsText(int count);
    static QString problemsText(int count);

private:
    QVariant displayValue(const StockRow &row, int column) const;
    QVariant rawValue(const StockRow &row, int column) const;
    QString toolTip(const StockRow &row, int column) const;
    QVariant background(const StockRow &row, int column) const;
    void rebuildIndex();

    QList<StockRow> m_rows;
    QHash<QString, int> m_index; // StockRow::key() -> row
    QHash<QString, qint64> m_allocated;
    QList<RemoteStock> m_remote;
    QList<StockPushResult> m_lastPush;
    QHash<int, QString> m_locationNames;
    QSet<QString> m_remoteSkus;
    QSet<QString> m_lookedUpSkus;
    QSet<int> m_knownLocations;
};

} // namespace Packbench
