#include "core/storage/ShipmentRepository.h"

#include "core/storage/Database.h"
#include "core/sync/ImportRules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace Packbench {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString dateText(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString();
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Hashes of what an edit in BigCommerce can change, kept per part so the grid can say what changed.
QByteArray digest(const QStringList &parts)
{
    return QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
}

QByteArray addressDigest(const Shipment &shipment)
{
    const Address &a = shipment.address;
    return digest({a.firstName, a.lastName, a.company, a.street1, a.street2, a.city, a.state, a.zip, a.country,
                   a.countryIso2, a.phone, a.email, shipment.shippingMethod, shipment.pickupLocation});
}

QByteArray itemsDigest(const Shipment &shipment)
{
    QStringList parts;
    for (const LineItem &item : shipment.items) {
        parts << QString::number(item.orderProductId) << QString::number(item.productId) << item.sku << item.name
              << QString::number(item.quantity) << QString::number(item.quantityShipped)
              << QString::number(item.quantityRefunded) << QString::number(item.weight, 'g', 10)
              << QString::number(item.parentOrderProductId) << item.size << item.color << item.hsCode;
    }
    return digest(parts);
}

QByteArray notesDigest(const ImportedOrder &order)
{
    return digest({order.customerMessage, order.staffNotes, authorityToLeaveToString(order.atl)});
}

QString shipmentHash(const ImportedOrder &order, const Shipment &shipment)
{
    return QStringLiteral("a:%1;i:%2;n:%3;s:%4")
        .arg(QString::fromLatin1(addressDigest(shipment)), QString::fromLatin1(itemsDigest(shipment)),
             QString::fromLatin1(notesDigest(order)))
        .arg(order.statusId);
}

QString orderHash(const ImportedOrder &order)
{
    QStringList parts{QString::number(order.statusId),
                      QString::number(order.channelId),
                      dateText(order.dateModified),
                      order.billing.fullName(),
                      order.billing.email,
                      order.total,
                      order.currency,
                      QString::fromLatin1(notesDigest(order))};
    for (const Shipment &shipment : order.shipments)
        parts << shipment.consignmentKey() << QString::fromLatin1(addressDigest(shipment))
              << QString::fromLatin1(itemsDigest(shipment));
    return QString::fromLatin1(digest(parts));
}

// Which parts differ between two shipment hashes: "address", "items", "notes", "status".
QStringList changedParts(const QString &before, const QString &after)
{
    QStringList changed;
    const QStringList a = before.split(QLatin1Char(';'));
    const QStringList b = after.split(QLatin1Char(';'));
    const QList<QPair<QString, QString>> names = {{QStringLiteral("a:"), QStringLiteral("address")},
                                                  {QStringLiteral("i:"), QStringLiteral("items")},
                                                  {QStringLiteral("n:"), QStringLiteral("notes")},
                                                  {QStringLiteral("s:"), QStringLiteral("status")}};
    for (const auto &[prefix, name] : names) {
        QString left;
        QString right;
        for (const QString &part : a)
            if (part.startsWith(prefix))
                left = part;
        for (const QString &part : b)
            if (part.startsWith(prefix))
                right = part;
        if (left != right)
            changed << name;
    }
    return changed;
}

// QtSql binds a null QString as NULL; the text columns are NOT NULL, so send empty text instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

struct ExistingShipment
{
    QString state;
    QString hash;
    QString changedFields;
};

} // namespace

ShipmentRepository::ShipmentRepository(Database &database)
    : m_database(database)
{
}

QString ShipmentRepository::shipmentKey(const QUuid &storeId, qint64 orderId, const Shipment &shipment)
{
    return QStringLiteral("%1/%2/%3").arg(idText(storeId)).arg(orderId).arg(shipment.consignmentKey());
}

bool ShipmentRepository::writePage(const StoreConfig &store, const QList<int> &importStatuses,
                                   const QList<ImportedOrder> &orders, const QList<QPair<qint64, QString>> &skips,
                                   PageWriteResult *result, QString *error)
{
    PageWriteResult page;
    const QString storeId = idText(store.id);
    const bool written = m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery findOrder(db);
            findOrder.prepare(QStringLiteral("SELECT content_hash FROM orders WHERE store_id = ? AND order_id = ?"));
            QSqlQuery upsertOrder(db);
            upsertOrder.prepare(QStringLiteral(
                "INSERT INTO orders (store_id, order_id, status_id, channel_id, date_created, date_modified, "
                "customer_id, customer_name, email, phone, customer_message, staff_notes, total, currency, atl, "
                "content_hash, imported_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (store_id, order_id) DO UPDATE SET status_id = excluded.status_id, "
                "channel_id = excluded.channel_id, date_created = excluded.date_created, "
                "date_modified = excluded.date_modified, customer_id = excluded.customer_id, "
                "customer_name = excluded.customer_name, email = excluded.email, phone = excluded.phone, "
                "customer_message = excluded.customer_message, staff_notes = excluded.staff_notes, "
                "total = excluded.total, currency = excluded.currency, atl = excluded.atl, "
                "content_hash = excluded.content_hash, updated_at = excluded.updated_at"));
            QSqlQuery findShipments(db);
            findShipments.prepare(QStringLiteral("SELECT shipment_key, state, content_hash, changed_fields FROM "
                                                 "shipments WHERE store_id = ? AND order_id = ?"));
            QSqlQuery upsertShipment(db);
            upsertShipment.prepare(QStringLiteral(
                "INSERT INTO shipments (shipment_key, store_id, order_id, kind, consignment_id, state, bc_status_id, "
                "channel_id, tags, recipient, company, street_1, street_2, city, region, zip, country, "
                "country_iso2, phone, email, shipping_method, pickup_location, atl, item_count, date_created, "
                "changed_fields, changed_at, content_hash, imported_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (shipment_key) DO UPDATE SET state = excluded.state, "
                "bc_status_id = excluded.bc_status_id, channel_id = excluded.channel_id, tags = excluded.tags, "
                "recipient = excluded.recipient, company = excluded.company, street_1 = excluded.street_1, "
                "street_2 = excluded.street_2, city = excluded.city, region = excluded.region, zip = excluded.zip, "
                "country = excluded.country, country_iso2 = excluded.country_iso2, phone = excluded.phone, "
                "email = excluded.email, shipping_method = excluded.shipping_method, "
                "pickup_location = excluded.pickup_location, atl = excluded.atl, item_count = excluded.item_count, "
                "date_created = excluded.date_created, changed_fields = excluded.changed_fields, "
                "changed_at = excluded.changed_at, content_hash = excluded.content_hash, "
                "updated_at = excluded.updated_at"));
            QSqlQuery deleteItems(db);
            deleteItems.prepare(QStringLiteral("DELETE FROM shipment_items WHERE shipment_key = ?"));
            QSqlQuery insertItem(db);
            insertItem.prepare(QStringLiteral(
                "INSERT INTO shipment_items (shipment_key, order_product_id, product_id, sku, name, quantity, "
                "quantity_shipped, quantity_refunded, weight, parent_order_product_id, size, color, hs_code) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            QSqlQuery setState(db);
            setState.prepare(QStringLiteral("UPDATE shipments SET state = ?, changed_fields = ?, changed_at = ?, "
                                            "updated_at = ? WHERE shipment_key = ?"));
            QSqlQuery clearSkip(db);
            clearSkip.prepare(QStringLiteral("DELETE FROM import_skips WHERE store_id = ? AND order_id = ?"));
            QSqlQuery recordSkip(db);
            recordSkip.prepare(
                QStringLiteral("INSERT INTO import_skips (store_id, order_id, reason, recorded_at) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (store_id, order_id) DO UPDATE SET reason = excluded.reason, "
                               "recorded_at = excluded.recorded_at"));

            const QString timestamp = now();
            auto skip = [&](qint64 orderId, const QString &reason) {
                page.skipped.append({orderId, reason});
                recordSkip.addBindValue(storeId);
                recordSkip.addBindValue(orderId);
                recordSkip.addBindValue(text(reason));
                recordSkip.addBindValue(timestamp);
                return execQuery(recordSkip, stepError);
            };
            for (const auto &[orderId, reason] : skips) {
                if (!skip(orderId, reason))
                    return false;
            }

            for (const ImportedOrder &order : orders) {
                findOrder.addBindValue(storeId);
                findOrder.addBindValue(order.orderId);
                if (!execQuery(findOrder, stepError))
                    return false;
                const bool exists = findOrder.next();
                const QString previousHash = exists ? findOrder.value(0).toString() : QString();
                findOrder.finish();

                if (!exists && !ImportRules::createsShipments(importStatuses, order.statusId)) {
                    if (!skip(order.orderId, QCoreApplication::translate("ShipmentRepository",
                                                                         "status %1 is not among the statuses imported")
                                                 .arg(order.statusId)))
                        return false;
                    continue;
                }
                const QString hash = orderHash(order);
                page.writtenOrderIds.append(order.orderId);
                if (exists && hash == previousHash) {
                    ++page.unchangedOrders;
                    continue;
                }
                exists ? ++page.updatedOrders : ++page.newOrders;

                upsertOrder.addBindValue(storeId);
                upsertOrder.addBindValue(order.orderId);
                upsertOrder.addBindValue(order.statusId);
                upsertOrder.addBindValue(order.channelId);
                upsertOrder.addBindValue(text(dateText(order.dateCreated)));
                upsertOrder.addBindValue(text(dateText(order.dateModified)));
                upsertOrder.addBindValue(order.customerId);
                upsertOrder.addBindValue(text(order.billing.fullName()));
                upsertOrder.addBindValue(text(order.billing.email));
                upsertOrder.addBindValue(text(order.billing.phone));
                upsertOrder.addBindValue(text(order.customerMessage));
                upsertOrder.addBindValue(text(order.staffNotes));
                upsertOrder.addBindValue(text(order.total));
                upsertOrder.addBindValue(text(order.currency));
                upsertOrder.addBindValue(text(authorityToLeaveToString(order.atl)));
                upsertOrder.addBindValue(hash);
                upsertOrder.addBindValue(timestamp);
                upsertOrder.addBindValue(timestamp);
                if (!execQuery(upsertOrder, stepError))
                    return false;
                clearSkip.addBindValue(storeId);
                clearSkip.addBindValue(order.orderId);
                if (!execQuery(clearSkip, stepError))
                    return false;

                QHash<QString, ExistingShipment> existing;
                if (exists) {
                    findShipments.addBindValue(storeId);
                    findShipments.addBindValue(order.orderId);
                    if (!execQuery(findShipments, stepError))
                        return false;
                    while (findShipments.next())
                        existing.insert(findShipments.value(0).toString(),
                                        {findShipments.value(1).toString(), findShipments.value(2).toString(),
                                         findShipments.value(3).toString()});
                    findShipments.finish();
                }

                const QString tags = store.channelTags ? QString::number(order.channelId) : QString();
                for (const Shipment &shipment : order.shipments) {
                    const QString key = shipmentKey(store.id, order.orderId, shipment);
                    const QString shipmentContent = shipmentHash(order, shipment);
                    const auto previous = existing.constFind(key);
                    std::optional<ShipmentState> previousState;
                    QString changedFields;
                    QString changedAt;
                    if (previous != existing.cend()) {
                        ShipmentState state;
                        if (shipmentStateFromString(previous->state, &state))
                            previousState = state;
                        changedFields = previous->changedFields;
                        if (previous->hash == shipmentContent) {
                            existing.remove(key);
                            continue;
                        }
                        QStringList parts = changedFields.split(QLatin1Char(','), Qt::SkipEmptyParts);
                        const QStringList changedNow = changedParts(previous->hash, shipmentContent);
                        for (const QString &part : changedNow) {
                            if (!parts.contains(part))
                                parts << part;
                        }
                        changedFields = parts.join(QLatin1Char(','));
                        changedAt = timestamp;
                        existing.remove(key);
                    } else {
                        ++page.shipmentsNew;
                    }
                    const ShipmentState state = ImportRules::stateFor(store, importStatuses, order.statusId,
                                                                      shipment.quantityToShip(), previousState);
                    const Address &a = shipment.address;
                    for (const QVariant &value :
                         {QVariant(key),
                          QVariant(storeId),
                          QVariant(order.orderId),
                          QVariant(shipment.kind == Shipment::Kind::Pickup ? QStringLiteral("pickup")
                                                                           : QStringLiteral("shipping")),
                          QVariant(shipment.consignmentId),
                          QVariant(shipmentStateToString(state)),
                          QVariant(order.statusId),
                          QVariant(order.channelId),
                          text(tags),
                          text(a.fullName()),
                          text(a.company),
                          text(a.street1),
                          text(a.street2),
                          text(a.city),
                          text(a.state),
                          text(a.zip),
                          text(a.country),
                          text(a.countryIso2),
                          text(a.phone),
                          text(a.email),
                          text(shipment.shippingMethod),
                          text(shipment.pickupLocation),
                          text(authorityToLeaveToString(order.atl)),
                          QVariant(shipment.quantityToShip()),
                          text(dateText(order.dateCreated)),
                          text(changedFields),
                          changedAt.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(changedAt),
                          QVariant(shipmentContent),
                          QVariant(timestamp),
                          QVariant(timestamp)})
                        upsertShipment.addBindValue(value);
                    if (!execQuery(upsertShipment, stepError))
                        return false;
                    deleteItems.addBindValue(key);
                    if (!execQuery(deleteItems, stepError))
                        return false;
                    for (const LineItem &item : shipment.items) {
                        for (const QVariant &value :
                             {QVariant(key), QVariant(item.orderProductId), QVariant(item.productId), text(item.sku),
                              text(item.name), QVariant(item.quantity), QVariant(item.quantityShipped),
                              QVariant(item.quantityRefunded), QVariant(item.weight),
                              QVariant(item.parentOrderProductId), text(item.size), text(item.color),
                              text(item.hsCode)})
                            insertItem.addBindValue(value);
                        if (!execQuery(insertItem, stepError))
                            return false;
                    }
                    page.changedShipmentKeys.append(key);
                }
                // A consignment BigCommerce no longer lists (address merged, items moved): nothing to ship there.
                for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
                    ShipmentState state;
                    if (shipmentStateFromString(it->state, &state) && state != ShipmentState::ToShip &&
                        state != ShipmentState::OnHold)
                        continue;
                    setState.addBindValue(shipmentStateToString(ShipmentState::Cancelled));
                    setState.addBindValue(QStringLiteral("removed"));
                    setState.addBindValue(timestamp);
                    setState.addBindValue(timestamp);
                    setState.addBindValue(it.key());
                    if (!execQuery(setState, stepError))
                        return false;
                    page.changedShipmentKeys.append(it.key());
                }
            }
            return true;
        },
        error);
    if (written && result)
        *result = page;
    return written;
}

QList<ShipmentRow> ShipmentRepository::list(const ShipmentFilter &filter, QString *error)
{
    QList<ShipmentRow> rows;
    QString sql = QStringLiteral(
        "SELECT s.shipment_key, s.store_id, st.name, s.order_id, s.kind, s.consignment_id, s.channel_id, "
        "c.name, s.tags, s.state, s.bc_status_id, s.recipient, s.company, s.city, s.region, s.zip, s.country, "
        "s.country_iso2, s.pickup_location, s.date_created, s.item_count, s.atl, s.changed_fields, s.changed_at, "
        "(SELECT count(*) FROM shipment_items i WHERE i.shipment_key = s.shipment_key AND i.sku = '') "
        "FROM shipments s JOIN stores st ON st.id = s.store_id "
        "LEFT JOIN store_channels c ON c.store_id = s.store_id AND c.channel_id = s.channel_id WHERE 1 = 1");
    QVariantList binds;
    if (filter.storeId) {
        sql += QStringLiteral(" AND s.store_id = ?");
        binds << idText(*filter.storeId);
    }
    if (filter.state) {
        sql += QStringLiteral(" AND s.state = ?");
        binds << shipmentStateToString(*filter.state);
    }
    for (const QString &tag : filter.tags) {
        sql += QStringLiteral(" AND (',' || s.tags || ',') LIKE ?");
        binds << QStringLiteral("%,%1,%").arg(tag);
    }
    if (!filter.search.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (CAST(s.order_id AS TEXT) = ? OR lower(s.recipient) LIKE ? OR lower(s.city) "
                              "LIKE ? OR EXISTS (SELECT 1 FROM shipment_items i WHERE i.shipment_key = "
                              "s.shipment_key AND lower(i.sku) LIKE ?))");
        const QString needle = filter.search.trimmed().toLower();
        const QString like = QStringLiteral("%") + needle + QStringLiteral("%");
        binds << needle << like << like << like;
    }
    if (!filter.keys.isEmpty()) {
        QStringList marks;
        for (const QString &key : filter.keys) {
            marks << QStringLiteral("?");
            binds << key;
        }
        sql += QStringLiteral(" AND s.shipment_key IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" ORDER BY s.order_id, s.kind, s.consignment_id");

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    QString message;
    if (!execQuery(query, &message)) {
        if (error)
            *error = message;
        return rows;
    }
    while (query.next()) {
        ShipmentRow row;
        row.key = query.value(0).toString();
        row.storeId = QUuid::fromString(query.value(1).toString());
        row.storeName = query.value(2).toString();
        row.orderId = query.value(3).toLongLong();
        row.consignment = QStringLiteral("%1:%2").arg(query.value(4).toString()).arg(query.value(5).toLongLong());
        row.channelId = query.value(6).toInt();
        row.channelName = query.value(7).toString();
        row.tags = query.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        shipmentStateFromString(query.value(9).toString(), &row.state);
        row.bcStatusId = query.value(10).toInt();
        row.customer = query.value(11).toString();
        row.company = query.value(12).toString();
        row.city = query.value(13).toString();
        row.region = query.value(14).toString();
        row.zip = query.value(15).toString();
        row.country = query.value(16).toString();
        row.countryIso2 = query.value(17).toString();
        row.pickupLocation = query.value(18).toString();
        row.dateCreated = QDateTime::fromString(query.value(19).toString(), Qt::ISODate);
        row.itemCount = query.value(20).toInt();
        row.atl = authorityToLeaveFromString(query.value(21).toString());
        row.changedFields = query.value(22).toString();
        row.changedAt = QDateTime::fromString(query.value(23).toString(), Qt::ISODateWithMs);
        row.missingSku = query.value(24).toInt() > 0;
        rows.append(row);
    }
    if (filter.withItems && !rows.isEmpty()) {
        QHash<QString, qsizetype> index;
        for (qsizetype i = 0; i < rows.size(); ++i)
            index.insert(rows.at(i).key, i);
        QSqlQuery items(m_database.connection());
        items.setForwardOnly(true);
        QString itemSql = QStringLiteral(
            "SELECT shipment_key, order_product_id, product_id, sku, name, quantity, quantity_shipped, "
            "quantity_refunded, weight, parent_order_product_id, size, color, hs_code FROM shipment_items");
        if (rows.size() <= 500) {
            QStringList marks;
            for (qsizetype i = 0; i < rows.size(); ++i)
                marks << QStringLiteral("?");
            itemSql += QStringLiteral(" WHERE shipment_key IN (%1)").arg(marks.join(QLatin1Char(',')));
        }
        itemSql += QStringLiteral(" ORDER BY shipment_key, order_product_id");
        items.prepare(itemSql);
        if (rows.size() <= 500) {
            for (const ShipmentRow &row : std::as_const(rows))
                items.addBindValue(row.key);
        }
        if (execQuery(items, &message)) {
            while (items.next()) {
                const auto at = index.constFind(items.value(0).toString());
                if (at == index.cend())
                    continue;
                LineItem item;
                item.orderProductId = items.value(1).toLongLong();
                item.productId = items.value(2).toLongLong();
                item.sku = items.value(3).toString();
                item.name = items.value(4).toString();
                item.quantity = items.value(5).toInt();
                item.quantityShipped = items.value(6).toInt();
                item.quantityRefunded = items.value(7).toInt();
                item.weight = items.value(8).toDouble();
                item.parentOrderProductId = items.value(9).toLongLong();
                item.size = items.value(10).toString();
                item.color = items.value(11).toString();
                item.hsCode = items.value(12).toString();
                rows[*at].items.append(item);
            }
        }
    }
    return rows;
}

int ShipmentRepository::count(const QUuid &storeId, std::optional<ShipmentState> state)
{
    QSqlQuery query(m_database.connection());
    query.prepare(state ? QStringLiteral("SELECT count(*) FROM shipments WHERE store_id = ? AND state = ?")
                        : QStringLiteral("SELECT count(*) FROM shipments WHERE store_id = ?"));
    query.addBindValue(idText(storeId));
    if (state)
        query.addBindValue(shipmentStateToString(*state));
    QString ignored;
    if (!execQuery(query, &ignored) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<ShipmentRow> ShipmentRepository::forOrder(const QUuid &storeId, qint64 orderId)
{
    ShipmentFilter filter;
    filter.storeId = storeId;
    filter.search = QString::number(orderId);
    QList<ShipmentRow> rows = list(filter);
    rows.erase(
        std::remove_if(rows.begin(), rows.end(), [orderId](const ShipmentRow &row) { return row.orderId != orderId; }),
        rows.end());
    return rows;
}

QString ShipmentRepository::skipReason(const QUuid &storeId, qint64 orderId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT reason FROM import_skips WHERE store_id = ? AND order_id = ?"));
    query.addBindValue(idText(storeId));
    query.addBindValue(orderId);
    QString ignored;
    if (!execQuery(query, &ignored) || !query.next())
        return QString();
    return query.value(0).toString();
}

SyncState ShipmentRepository::syncState(const QUuid &storeId)
{
    SyncState state;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT last_success_at, last_attempt_at, last_error FROM sync_state WHERE "
                                 "store_id = ?"));
    query.addBindValue(idText(storeId));
    QString ignored;
    if (!execQuery(query, &ignored) || !query.next())
        return state;
    state.lastSuccessAt = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    state.lastAttemptAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    state.lastError = query.value(2).toString();
    return state;
}

bool ShipmentRepository::recordSyncAttempt(const QUuid &storeId, const QDateTime &at, const QString &error,
                                           bool success, QString *databaseError)
{
    return m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            query.prepare(success
                              ? QStringLiteral("INSERT INTO sync_state (store_id, last_success_at, last_attempt_at, "
                                               "last_error) VALUES (?, ?, ?, '') ON CONFLICT (store_id) DO UPDATE SET "
                                               "last_success_at = excluded.last_success_at, last_attempt_at = "
                                               "excluded.last_attempt_at, last_error = ''")
                              : QStringLiteral("INSERT INTO sync_state (store_id, last_success_at, "
                                               "last_attempt_at, last_error) VALUES (?, NULL, ?, ?) ON CONFLICT "
                                               "(store_id) DO UPDATE SET last_attempt_at = "
                                               "excluded.last_attempt_at, last_error = excluded.last_error"));
            query.addBindValue(idText(storeId));
            const QString when = at.toUTC().toString(Qt::ISODateWithMs);
            if (success) {
                query.addBindValue(when);
                query.addBindValue(when);
            } else {
                query.addBindValue(when);
                query.addBindValue(error);
            }
            return execQuery(query, stepError);
        },
        databaseError);
}

} // namespace Packbench
