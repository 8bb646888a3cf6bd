#include "core/storage/StoreRepository.h"

#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Packbench {

namespace {
const QString kColumns = QStringLiteral("id, name, api_path, store_hash, client_id, import_statuses, update_statuses, "
                                        "pickup_in_store, channel_tags, writeback, auto_import_minutes, "
                                        "default_channel_id, created_at");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

StoreConfig fromRow(const QSqlQuery &query)
{
    StoreConfig store;
    store.id = QUuid::fromString(query.value(0).toString());
    store.name = query.value(1).toString();
    store.apiPath = query.value(2).toString();
    store.storeHash = query.value(3).toString();
    store.clientId = query.value(4).toString();
    parseStatusIds(query.value(5).toString(), &store.importStatuses);
    parseStatusIds(query.value(6).toString(), &store.updateStatuses);
    store.pickupInStore = query.value(7).toInt() != 0;
    store.channelTags = query.value(8).toInt() != 0;
    writebackModeFromString(query.value(9).toString(), &store.writeback);
    store.autoImportMinutes = query.value(10).toInt();
    store.defaultChannelId = query.value(11).toInt();
    store.createdAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
    return store;
}

void bindStore(QSqlQuery &query, const StoreConfig &store)
{
    query.addBindValue(store.name.trimmed());
    query.addBindValue(store.apiPath);
    query.addBindValue(store.storeHash);
    query.addBindValue(store.clientId.trimmed());
    query.addBindValue(joinStatusIds(store.importStatuses));
    query.addBindValue(joinStatusIds(store.updateStatuses));
    query.addBindValue(store.pickupInStore ? 1 : 0);
    query.addBindValue(store.channelTags ? 1 : 0);
    query.addBindValue(writebackModeToString(store.writeback));
    query.addBindValue(store.autoImportMinutes);
    query.addBindValue(store.defaultChannelId);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Runs a prepared store query and reads its first row: none when nothing matches or on a database error.
std::optional<StoreConfig> firstStore(QSqlQuery &query, QString *error)
{
    QString message;
    if (!execQuery(query, &message)) {
        setError(error, message);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

} // namespace

StoreRepository::StoreRepository(Database &database)
    : m_database(database)
{
}

QList<StoreConfig> StoreRepository::list(QString *error)
{
    QList<StoreConfig> stores;
    QSqlQuery query(m_database.connection());
    QString message;
    if (!execQuery(query,
                   QStringLiteral("SELECT %1 FROM stores WHERE removed_at IS NULL ORDER BY lower(name)").arg(kColumns),
                   &message)) {
        setError(error, message);
        return stores;
    }
    while (query.next())
        stores.append(fromRow(query));
    return stores;
}

std::optional<StoreConfig> StoreRepository::findByName(const QString &name, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM stores WHERE removed_at IS NULL AND lower(name) = lower(?)").arg(kColumns));
    query.addBindValue(name.trimmed());
    return firstStore(query, error);
}

std::optional<StoreConfig> StoreRepository::findById(const QUuid &id, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM stores WHERE id = ?").arg(kColumns));
    query.addBindValue(idText(id));
    return firstStore(query, error);
}

std::optional<StoreConfig> StoreRepository::findByStoreHash(const QString &storeHash, const QUuid &exceptId,
                                                            QString *error)
{
    QSqlQuery query(m_database.connection());
    // Store hashes are ASCII letters and digits, so lower() compares them the same way on both backends.
    query.prepare(QStringLiteral("SELECT %1 FROM stores WHERE removed_at IS NULL AND lower(store_hash) = lower(?) "
                                 "AND id <> ? ORDER BY created_at")
                      .arg(kColumns));
    query.addBindValue(storeHash.trimmed());
    query.addBindValue(idText(exceptId));
    return firstStore(query, error);
}

bool StoreRepository::nameTakenByOther(const QString &name, const QUuid &exceptId, bool *taken, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT count(*) FROM stores WHERE removed_at IS NULL AND lower(name) = lower(?) AND id <> ?"));
    query.addBindValue(name.trimmed());
    query.addBindValue(idText(exceptId));
    if (!execQuery(query, error))
        return false;
    *taken = query.next() && query.value(0).toInt() > 0;
    return true;
}

bool StoreRepository::checkFree(const StoreConfig &store, Outcome *outcome, StoreConfig *existing, QString *error)
{
    if (m_database.backend() == DatabaseLocation::Backend::PostgreSQL) {
        // No unique index guards the store hash: writers of store rows take turns (SQLite's BEGIN IMMEDIATE does
        // the same), so a second station sees the first one's row before it checks.
        QSqlQuery lock(m_database.connection());
        if (!execQuery(lock, QStringLiteral("SELECT pg_advisory_xact_lock(7263002)"), error))
            return false;
    }
    bool taken = false;
    if (!nameTakenByOther(store.name, store.id, &taken, error))
        return false;
    if (taken) {
        *outcome = Outcome::NameTaken;
        return false;
    }
    QString lookupError;
    const std::optional<StoreConfig> other = findByStoreHash(store.storeHash, store.id, &lookupError);
    if (!lookupError.isEmpty()) {
        *error = lookupError;
        return false;
    }
    if (other) {
        if (existing)
            *existing = *other;
        *outcome = Outcome::StoreTaken;
        return false;
    }
    return true;
}

StoreRepository::Outcome StoreRepository::insert(const StoreConfig &store, QString *error, StoreConfig *existing)
{
    Outcome outcome = Outcome::Failed;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            if (!checkFree(store, &outcome, existing, stepError))
                return false;
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO stores (name, api_path, store_hash, client_id, "
                                         "import_statuses, update_statuses, pickup_in_store, channel_tags, "
                                         "writeback, auto_import_minutes, default_channel_id, id, created_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            bindStore(query, store);
            query.addBindValue(idText(store.id));
            query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!execQuery(query, stepError))
                return false;
            outcome = Outcome::Ok;
            return true;
        },
        error);
    if (!written && outcome == Outcome::Ok)
        outcome = Outcome::Failed; // the commit failed
    return outcome;
}

StoreRepository::Outcome StoreRepository::update(const StoreConfig &store, QString *error, StoreConfig *existing)
{
    Outcome outcome = Outcome::Failed;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            if (!checkFree(store, &outcome, existing, stepError))
                return false;
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE stores SET name = ?, api_path = ?, store_hash = ?, client_id = ?, "
                                         "import_statuses = ?, update_statuses = ?, pickup_in_store = ?, "
                                         "channel_tags = ?, writeback = ?, auto_import_minutes = ?, "
                                         "default_channel_id = ? WHERE id = ? AND removed_at IS NULL"));
            bindStore(query, store);
            query.addBindValue(idText(store.id));
            if (!execQuery(query, stepError))
                return false;
            if (query.numRowsAffected() != 1) {
                outcome = Outcome::NotFound;
                return false;
            }
            outcome = Outcome::Ok;
            return true;
        },
        error);
    if (!written && outcome == Outcome::Ok)
        outcome = Outcome::Failed; // the commit failed
    return outcome;
}

StoreRepository::Outcome StoreRepository::markRemoved(const QUuid &id, QString *error)
{
    Outcome outcome = Outcome::Failed;
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE stores SET removed_at = ? WHERE id = ? AND removed_at IS NULL"));
            query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            query.addBindValue(idText(id));
            if (!execQuery(query, stepError))
                return false;
            if (query.numRowsAffected() != 1) {
                outcome = Outcome::NotFound;
                return false;
            }
            // Children before parents (foreign keys): tags and items, shipments, orders; then what has no key.
            static const QStringList statements = {
                QStringLiteral("DELETE FROM shipment_tags WHERE shipment_key IN "
                               "(SELECT shipment_key FROM shipments WHERE store_id = ?)"),
                QStringLiteral("DELETE FROM shipment_items WHERE shipment_key IN "
                               "(SELECT shipment_key FROM shipments WHERE store_id = ?)"),
                QStringLiteral("DELETE FROM shipments WHERE store_id = ?"),
                QStringLiteral("DELETE FROM orders WHERE store_id = ?"),
                QStringLiteral("DELETE FROM import_skips WHERE store_id = ?"),
                QStringLiteral("DELETE FROM sync_state WHERE store_id = ?"),
                QStringLiteral("DELETE FROM store_channels WHERE store_id = ?"),
                QStringLiteral("DELETE FROM store_status_labels WHERE store_id = ?"),
            };
            for (const QString &statement : statements) {
                QSqlQuery remove(db);
                remove.prepare(statement);
                remove.addBindValue(idText(id));
                if (!execQuery(remove, stepError))
                    return false;
            }
            outcome = Outcome::Ok;
            return true;
        },
        error);
    if (!written && outcome == Outcome::Ok)
        outcome = Outcome::Failed; // the commit failed
    return outcome;
}

bool StoreRepository::saveChannels(const QUuid &storeId, const QList<ChannelInfo> &channels, QString *error)
{
    return m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM store_channels WHERE store_id = ?"));
            query.addBindValue(idText(storeId));
            if (!execQuery(query, stepError))
                return false;
            query.prepare(QStringLiteral("INSERT INTO store_channels (store_id, channel_id, name) VALUES (?, ?, ?)"));
            for (const ChannelInfo &channel : channels) {
                query.addBindValue(idText(storeId));
                query.addBindValue(channel.id);
                query.addBindValue(channel.name);
                if (!execQuery(query, stepError))
                    return false;
            }
            return true;
        },
        error);
}

QString StoreRepository::weightUnit(const QUuid &storeId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT weight_unit FROM stores WHERE id = ?"));
    query.addBindValue(idText(storeId));
    QString ignored;
    if (!execQuery(query, &ignored) || !query.next())
        return {};
    return query.value(0).toString();
}

bool StoreRepository::saveWeightUnit(const QUuid &storeId, const QString &unit, QString *error)
{
    return m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE stores SET weight_unit = ? WHERE id = ?"));
            query.addBindValue(unit.left(20));
            query.addBindValue(idText(storeId));
            return execQuery(query, stepError);
        },
        error);
}

QList<ChannelInfo> StoreRepository::channels(const QUuid &storeId)
{
    QList<ChannelInfo> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT channel_id, name FROM store_channels WHERE store_id = ? ORDER BY channel_id"));
    query.addBindValue(idText(storeId));
    QString ignored;
    if (!execQuery(query, &ignored))
        return result;
    while (query.next())
        result.append({query.value(0).toInt(), query.value(1).toString()});
    return result;
}

bool StoreRepository::saveStatusLabels(const QUuid &storeId, const QList<StatusLabel> &labels, QString *error)
{
    return m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM store_status_labels WHERE store_id = ?"));
            query.addBindValue(idText(storeId));
            if (!execQuery(query, stepError))
                return false;
            query.prepare(
                QStringLiteral("INSERT INTO store_status_labels (store_id, status_id, label) VALUES (?, ?, ?)"));
            for (const StatusLabel &label : labels) {
                query.addBindValue(idText(storeId));
                query.addBindValue(label.id);
                query.addBindValue(label.label);
                if (!execQuery(query, stepError))
                    return false;
            }
            return true;
        },
        error);
}

QList<StatusLabel> StoreRepository::statusLabels(const QUuid &storeId)
{
    QList<StatusLabel> result;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT status_id, label FROM store_status_labels WHERE store_id = ? ORDER BY status_id"));
    query.addBindValue(idText(storeId));
    QString ignored;
    if (!execQuery(query, &ignored))
        return result;
    while (query.next())
        result.append({query.value(0).toInt(), query.value(1).toString()});
    return result;
}

} // namespace Packbench
