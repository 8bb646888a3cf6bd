#pragma once

#include "core/domain/StoreConfig.h"

#include <QList>
#include <QString>
#include <optional>

namespace Packbench {

class Database;

// Connected stores, their channel names and status labels. A BigCommerce store (its store hash, whatever the case) is
// connected at most once per profile. Removing a store marks its row removed and deletes everything imported for it.
class StoreRepository
{
public:
    enum class Outcome
    {
        Ok,
        NameTaken,
        StoreTaken, // another active store has the same store hash
        NotFound,
        Failed
    };

    explicit StoreRepository(Database &database);

    QList<StoreConfig> list(QString *error = nullptr);
    std::optional<StoreConfig> findByName(const QString &name, QString *error = nullptr);
    std::optional<StoreConfig> findById(const QUuid &id, QString *error = nullptr);
    // The active store other than `exceptId` connected to this store hash (compared case-insensitively), if any.
    std::optional<StoreConfig> findByStoreHash(const QString &storeHash, const QUuid &exceptId = QUuid(),
                                               QString *error = nullptr);

    // Insert and update check name and store hash in the same write transaction as the write, so two stations cannot
    // both connect the same store. On StoreTaken, *existing (when given) is the store that has the hash.
    Outcome insert(const StoreConfig &store, QString *error, StoreConfig *existing = nullptr);
    Outcome update(const StoreConfig &store, QString *error, StoreConfig *existing = nullptr);
    // Marks the store removed and deletes its orders, shipments (with their items and tags), skipped orders, import
    // state, channel names and status labels: all in one transaction.
    Outcome markRemoved(const QUuid &id, QString *error);

    bool saveChannels(const QUuid &storeId, const QList<ChannelInfo> &channels, QString *error);
    QList<ChannelInfo> channels(const QUuid &storeId);
    // The store's weight unit as /v2/store weight_units says ("kg", "lbs", ...; "" until read), for labels.
    QString weightUnit(const QUuid &storeId);
    bool saveWeightUnit(const QUuid &storeId, const QString &unit, QString *error);
    bool saveStatusLabels(const QUuid &storeId, const QList<StatusLabel> &labels, QString *error);
    QList<StatusLabel> statusLabels(const QUuid &storeId);

private:
    bool nameTakenByOther(const QString &name, const QUuid &exceptId, bool *taken, QString *error);
    // Checks name and store hash inside a write transaction; false with `outcome` set when taken or on error.
    bool checkFree(const StoreConfig &store, Outcome *outcome, StoreConfig *existing, QString *error);

    Database &m_database;
};

} // namespace Packbench
