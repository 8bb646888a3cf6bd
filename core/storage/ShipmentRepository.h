#pragma once

#include "core/domain/Shipment.h"
#include "core/domain/StoreConfig.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace Packbench {

class Database;

// One line of the shipments grid (and of `packbench shipments --json`).
struct ShipmentRow
{
    QString key;
    QUuid storeId;
    QString storeName;
    qint64 orderId = 0;
    QString consignment; // "shipping:99" / "pickup:7"
    int channelId = 1;
    QString channelName;
    QStringList tags;
    ShipmentState state = ShipmentState::ToShip;
    int bcStatusId = 0;
    QString customer;
    QString company;
    QString city;
    QString region;
    QString zip;
    QString country;
    QString countryIso2;
    QString pickupLocation;
    QDateTime dateCreated;
    int itemCount = 0;
    AuthorityToLeave atl = AuthorityToLeave::Unspecified;
    QString changedFields; // "address,items": edited in BigCommerce since the first import
    QDateTime changedAt;
    bool missingSku = false;
    QList<LineItem> items; // only when asked for
};

struct ShipmentFilter
{
    std::optional<QUuid> storeId;
    QStringList tags; // all must be present
    std::optional<ShipmentState> state;
    QString search;   // order id, customer, city, SKU
    QStringList keys; // only these shipments
    bool withItems = false;
};

// What writing one page of orders did.
struct PageWriteResult
{
    int newOrders = 0;
    int updatedOrders = 0;
    int unchangedOrders = 0;
    int shipmentsNew = 0;
    QStringList changedShipmentKeys;
    QList<QPair<qint64, QString>> skipped; // orders not written, with the reason
    QList<qint64> writtenOrderIds;         // new or updated or unchanged
};

struct SyncState
{
    QDateTime lastSuccessAt;
    QDateTime lastAttemptAt;
    QString lastError;
};

// Imported orders and their shipments. A page of orders is written in one transaction and idempotently on the
// shipment key (store + order + consignment kind + consignment id): writing the same page twice, or after a crash
// half-way, gives the same rows.
class ShipmentRepository
{
public:
    explicit ShipmentRepository(Database &database);

    static QString shipmentKey(const QUuid &storeId, qint64 orderId, const Shipment &shipment);

    // importStatuses: the statuses this import asked for (orders in others only update what exists).
    bool writePage(const StoreConfig &store, const QList<int> &importStatuses, const QList<ImportedOrder> &orders,
                   const QList<QPair<qint64, QString>> &skips, PageWriteResult *result, QString *error);

    QList<ShipmentRow> list(const ShipmentFilter &filter, QString *error = nullptr);
    int count(const QUuid &storeId, std::optional<ShipmentState> state);
    // The shipments of one order (for "why is order #N not here?").
    QList<ShipmentRow> forOrder(const QUuid &storeId, qint64 orderId);
    QString skipReason(const QUuid &storeId, qint64 orderId);

    SyncState syncState(const QUuid &storeId);
    bool recordSyncAttempt(const QUuid &storeId, const QDateTime &at, const QString &error, bool success,
                           QString *databaseError);

private:
    Database &m_database;
};

} // namespace Packbench
