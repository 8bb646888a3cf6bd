#pragma once

#include "core/inventory/Stock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <optional>

namespace Packbench {

class Database;

// The warehouse's stock per store (schema step 7): levels by SKU and location, the last import, the last look-up of
// BigCommerce's levels and the last push's result per SKU. Works on SQLite and PostgreSQL.
class StockRepository
{
    Q_DECLARE_TR_FUNCTIONS(StockRepository)

public:
    explicit StockRepository(Database &database);

    // In one transaction: upserts the levels (SKUs not in the file keep theirs) and records the import.
    bool importLevels(const QUuid &storeId, const QList<StockLevel> &levels, const StockImportRecord &record,
                      QString *error);
    // A count made in the Stock screen (scanning SKUs).
    bool setLevel(const QUuid &storeId, const StockLevel &level, const QString &station, QString *error);
    QList<StockLevel> levels(const QUuid &storeId, QString *error = nullptr);
    std::optional<StockImportRecord> lastImport(const QUuid &storeId, QString *error = nullptr);

    // Sum of item quantities by SKU over the store's shipments that are to ship, printed, or failed to write back
    // (goods BigCommerce has already taken off its stock that are still on the warehouse's shelves).
    QHash<QString, qint64> allocated(const QUuid &storeId, QString *error = nullptr);

    // BigCommerce's levels as last looked up, shown beside the warehouse's. `askedAt`: when the look-up read the
    // levels whose SKUs it asked for (default: now); levels changed after it were not asked about.
    bool saveRemote(const QUuid &storeId, const QList<RemoteStock> &remote, QString *error,
                    const QDateTime &askedAt = QDateTime());
    QList<RemoteStock> remote(const QUuid &storeId, QString *error = nullptr);
    // The SKUs the last look-up asked BigCommerce about: those with a level saved no later than the look-up read
    // the levels. Only these can be "not at BigCommerce"; a SKU imported or counted since was not looked up yet.
    QSet<QString> lookedUpSkus(const QUuid &storeId, QString *error = nullptr);

    // The result per SKU and location of the last push that sent it (not of dry runs): a push replaces the results of
    // the SKUs and locations it reports, the others keep theirs.
    bool savePushResults(const QUuid &storeId, const QList<StockPushResult> &results, QString *error);
    QList<StockPushResult> lastPushResults(const QUuid &storeId, QString *error = nullptr);

private:
    Database &m_database;
};

} // namespace Packbench
