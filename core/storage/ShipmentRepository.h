#pragma once

#include "core/domain/Shipment.h"
#include "core/domain/StoreConfig.h"
#include "core/storage/ShipmentQuery.h"
#include "core/sync/ImportRules.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace Packbench {

class Database;

// An order an import did not write, and why.
struct OrderSkip
{
    qint64 orderId = 0;
    QString reason;
    bool retry = false; // a request failed: the next import or refresh fetches it again
};

// What writing one page of orders did.
struct PageWriteResult
{
    int newOrders = 0;
    int updatedOrders = 0;
    int unchangedOrders = 0;
    int shipmentsNew = 0;
    QStringList changedShipmentKeys;
    QStringList newShipmentKeys;   // created by this page (the rules were applied to them)
    QList<OrderSkip> skipped;      // orders not written, with the reason
    QList<qint64> writtenOrderIds; // new or updated or unchanged
};

struct SyncState
{
    QDateTime lastSuccessAt; // the start of the last sync that covered every import status since the one before
    QDateTime lastAttemptAt;
    QString lastError;
    QDateTime coveredSince; // orders changed since then have been seen by syncs without a gap ("why")
};

// How far a finished sync of one store reached.
enum class SyncCoverage
{
    Failed,  // stopped with an error: nothing moves but the attempt and the error
    Partial, // succeeded, but some statuses or days were not asked for: the mark stays where it was
    Full     // every import status over a window that reaches back to the last mark: the mark advances
};

// Imported orders and their shipments. A page of orders is written in one transaction and idempotently on the
// shipment key (store + order + consignment kind + consignment id): writing the same page twice, or after a crash
// half-way, gives the same rows. What each shipment becomes is ImportRules::decide; the rule that a printed shipment
// never goes back is also in the SQL itself (a conditional upsert), since another station may print between this
// transaction's read and its write.
class ShipmentRepository
{
public:
    explicit ShipmentRepository(Database &database);

    static QString shipmentKey(const QUuid &storeId, qint64 orderId, const Shipment &shipment);
    // The folded search column of a shipment (see SearchText).
    static QString searchTextFor(const Shipment &shipment);

    bool writePage(const StoreConfig &store, const SyncScope &scope, const QList<ImportedOrder> &orders,
                   const QList<OrderSkip> &skips, PageWriteResult *result, QString *error);

    QString skipReason(const QUuid &storeId, qint64 orderId);
    // Which of these orders the database has for the store.
    QSet<qint64> existingOrders(const QUuid &storeId, const QList<qint64> &orderIds, QString *error);
    // Orders skipped because a request failed: a refresh fetches them again.
    QList<qint64> ordersToRetry(const QUuid &storeId);

    SyncState syncState(const QUuid &storeId);
    // Records how a sync of the store ended. `startedAt`: when it began (the next refresh starts there, with an
    // overlap); `windowStart`: the min_date_modified it asked for.
    bool recordSync(const QUuid &storeId, const QDateTime &startedAt, const QDateTime &windowStart,
                    SyncCoverage coverage, const QString &error, QString *databaseError);

private:
    Database &m_database;
};

} // namespace Packbench
