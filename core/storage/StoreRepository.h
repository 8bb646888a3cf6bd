#pragma once

#include "core/domain/StoreConfig.h"

#include <QList>
#include <QString>
#include <optional>

namespace Packbench {

class Database;

// Connected stores, their channel names and status labels. Removing a store keeps its row (marked removed) so the
// history of its orders stays readable.
class StoreRepository
{
public:
    enum class Outcome
    {
        Ok,
        NameTaken,
        NotFound,
        Failed
    };

    explicit StoreRepository(Database &database);

    QList<StoreConfig> list(QString *error = nullptr);
    std::optional<StoreConfig> findByName(const QString &name, QString *error = nullptr);
    std::optional<StoreConfig> findById(const QUuid &id, QString *error = nullptr);

    Outcome insert(const StoreConfig &store, QString *error);
    Outcome update(const StoreConfig &store, QString *error);
    Outcome markRemoved(const QUuid &id, QString *error);

    bool saveChannels(const QUuid &storeId, const QList<ChannelInfo> &channels, QString *error);
    QList<ChannelInfo> channels(const QUuid &storeId);
    bool saveStatusLabels(const QUuid &storeId, const QList<StatusLabel> &labels, QString *error);
    QList<StatusLabel> statusLabels(const QUuid &storeId);

private:
    bool nameTakenByOther(const QString &name, const QUuid &exceptId, bool *taken, QString *error);

    Database &m_database;
};

} // namespace Packbench
