#include "core/storage/ShipmentRepository.h"

#include "core/storage/Database.h"
#include "core/storage/RuleRepository.h"
#include "core/storage/SearchText.h"
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
    QString voidGuard;
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

QString ShipmentRepository::searchTextFor(const Shipment &shipment)
{
    const Address &a = shipment.address;
    QStringList parts{a.fullName(), a.company, a.city, a.state, a.zip, a.country, shipment.pickupLocation};
    for (const LineItem &item : shipment.items)
        parts << item.sku << item.name;
    return SearchText::join(parts);
}

bool ShipmentRepository::writePage(const StoreConfig &store, const SyncScope &scope, const QList<ImportedOrder> &orders,
                                   const QList<OrderSkip> &skips, PageWriteResult *result, QString *error)
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
            // Split parts printed from a consignment are Packbench's own rows: BigCommerce never lists them.
            findShipments.prepare(
                QStringLiteral("SELECT shipment_key, state, content_hash, changed_fields, void_guard FROM "
                               "shipments WHERE store_id = ? AND order_id = ? AND part = 0"));
            // What printed parts hold of each consignment's items until their write-back reaches BigCommerce.
            QSqlQuery findHeld(db);
            findHeld.prepare(QStringLiteral(
                "SELECT s.parent_key, i.order_product_id, SUM(i.quantity) FROM shipments s JOIN shipment_items i ON "
                "i.shipment_key = s.shipment_key WHERE s.store_id = ? AND s.order_id = ? AND s.part > 0 AND "
                "s.state IN ('printed', 'write-back-failed') GROUP BY s.parent_key, i.order_product_id"));
            // The state and flag columns decide in SQL whether the row is Packbench's own (printed, written back,
            // write-back failed) at the moment of the write: such a row keeps its state and gets the flag for the
            // packer; any other row takes the new state and loses its flag. No read-then-write race with another
            // station that prints in between.
            const QString owned = QStringLiteral("shipments.state IN ('printed', 'written-back', 'write-back-failed')");
            QSqlQuery upsertShipment(db);
            upsertShipment.prepare(
                QStringLiteral(
                    "INSERT INTO shipments (shipment_key, store_id, order_id, kind, consignment_id, state, "
                    "bc_status_id, "
                    "channel_id, recipient, company, street_1, street_2, city, region, zip, country, "
                    "country_iso2, phone, email, shipping_method, pickup_location, atl, item_count, date_created, "
                    "changed_fields, changed_at, content_hash, imported_at, updated_at, search_text, weight, skus, "
                    "option_size, option_color, option_hs_code, flag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '') "
                    "ON CONFLICT (shipment_key) DO UPDATE SET "
                    "state = CASE WHEN %1 THEN shipments.state ELSE excluded.state END, "
                    "flag = CASE WHEN %1 THEN ? ELSE '' END, "
                    "bc_status_id = excluded.bc_status_id, channel_id = excluded.channel_id, "
                    "recipient = excluded.recipient, company = excluded.company, street_1 = excluded.street_1, "
                    "street_2 = excluded.street_2, city = excluded.city, region = excluded.region, zip = excluded.zip, "
                    "country = excluded.country, country_iso2 = excluded.country_iso2, phone = excluded.phone, "
                    "email = excluded.email, shipping_method = excluded.shipping_method, "
                    "pickup_location = excluded.pickup_location, atl = excluded.atl, item_count = excluded.item_count, "
                    "date_created = excluded.date_created, changed_fields = excluded.changed_fields, "
                    "changed_at = excluded.changed_at, content_hash = excluded.content_hash, "
                    "updated_at = excluded.updated_at, search_text = excluded.search_text, weight = excluded.weight, "
                    "skus = excluded.skus, option_size = excluded.option_size, option_color = excluded.option_color, "
                    "option_hs_code = excluded.option_hs_code")
                    .arg(owned));
            QSqlQuery deleteItems(db);
            deleteItems.prepare(QStringLiteral("DELETE FROM shipment_items WHERE shipment_key = ?"));
            QSqlQuery insertItem(db);
            insertItem.prepare(QStringLiteral(
                "INSERT INTO shipment_items (shipment_key, order_product_id, product_id, sku, name, quantity, "
                "quantity_shipped, quantity_refunded, weight, parent_order_product_id, size, color, hs_code, "
                "quantity_held, unit_price) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            QSqlQuery deleteTags(db);
            // The import's own tags only; the tags rules added stay.
            deleteTags.prepare(QStringLiteral("DELETE FROM shipment_tags WHERE shipment_key = ? AND source = ''"));
            QSqlQuery insertEvent(db);
            insertEvent.prepare(QStringLiteral(
                "INSERT INTO shipment_events (shipment_key, at, kind, station, detail) VALUES (?, ?, ?, ?, ?)"));
            auto recordEvent = [&](const QString &key, const QString &at, const QString &kind, const QString &detail) {
                insertEvent.addBindValue(key);
                insertEvent.addBindValue(at);
                insertEvent.addBindValue(kind);
                insertEvent.addBindValue(text(m_database.stationName()));
                insertEvent.addBindValue(text(detail));
                return execQuery(insertEvent, stepError);
            };
            QSqlQuery insertTag(db);
            // A rule may have added the same text already: the row stays (it is the same tag).
            insertTag.prepare(QStringLiteral("INSERT INTO shipment_tags (shipment_key, tag) VALUES (?, ?) ON CONFLICT "
                                             "(shipment_key, tag) DO NOTHING"));
            // A consignment BigCommerce no longer lists: cancelled, unless Packbench already printed it.
            QSqlQuery cancelRemoved(db);
            cancelRemoved.prepare(
                QStringLiteral(
                    "UPDATE shipments SET state = CASE WHEN %1 THEN state ELSE ? END, "
                    "flag = CASE WHEN %1 THEN ? ELSE flag END, changed_fields = ?, changed_at = ?, updated_at = ? "
                    "WHERE shipment_key = ? AND (state IN ('to-ship', 'on-hold') OR (state IN ('printed', "
                    "'written-back', 'write-back-failed') AND flag = ''))")
                    .arg(QString(owned).replace(QStringLiteral("shipments.state"), QStringLiteral("state"))));
            QSqlQuery clearSkip(db);
            clearSkip.prepare(QStringLiteral("DELETE FROM import_skips WHERE store_id = ? AND order_id = ?"));
            QSqlQuery recordSkip(db);
            recordSkip.prepare(QStringLiteral(
                "INSERT INTO import_skips (store_id, order_id, reason, recorded_at, retry) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (store_id, order_id) DO UPDATE SET reason = excluded.reason, "
                "recorded_at = excluded.recorded_at, retry = excluded.retry"));

            // A store removed meanwhile (at another station) takes its shipments with it: an import still under
            // way must not bring them back. Checked inside the transaction that would write them.
            QSqlQuery storeRow(db);
            storeRow.prepare(QStringLiteral("SELECT removed_at FROM stores WHERE id = ?"));
            storeRow.addBindValue(storeId);
            if (!execQuery(storeRow, stepError))
                return false;
            if (!storeRow.next() || !storeRow.value(0).isNull()) {
                *stepError = QCoreApplication::translate("ShipmentRepository",
                                                         "the store \"%1\" was removed while it was being imported; "
                                                         "nothing more was saved for it")
                                 .arg(store.name);
                return false;
            }
            storeRow.finish();

            const QString timestamp = now();
            auto skip = [&](const OrderSkip &skipped) {
                page.skipped.append(skipped);
                recordSkip.addBindValue(storeId);
                recordSkip.addBindValue(skipped.orderId);
                recordSkip.addBindValue(text(skipped.reason));
                recordSkip.addBindValue(timestamp);
                recordSkip.addBindValue(skipped.retry ? 1 : 0);
                return execQuery(recordSkip, stepError);
            };
            for (const OrderSkip &skipped : skips) {
                if (!skip(skipped))
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

                QHash<QString, ExistingShipment> existing;
                if (exists) {
                    findShipments.addBindValue(storeId);
                    findShipments.addBindValue(order.orderId);
                    if (!execQuery(findShipments, stepError))
                        return false;
                    while (findShipments.next())
                        existing.insert(findShipments.value(0).toString(),
                                        {findShipments.value(1).toString(), findShipments.value(2).toString(),
                                         findShipments.value(3).toString(), findShipments.value(4).toString()});
                    findShipments.finish();
                }
                QHash<QString, QHash<qint64, int>> held; // parent key -> order product id -> quantity
                if (exists) {
                    findHeld.addBindValue(storeId);
                    findHeld.addBindValue(order.orderId);
                    if (!execQuery(findHeld, stepError))
                        return false;
                    while (findHeld.next())
                        held[findHeld.value(0).toString()][findHeld.value(1).toLongLong()] += findHeld.value(2).toInt();
                    findHeld.finish();
                }
                QList<Shipment> shipments = order.shipments;
                for (Shipment &shipment : shipments) {
                    const auto parts = held.constFind(shipmentKey(store.id, order.orderId, shipment));
                    if (parts == held.cend())
                        continue;
                    for (LineItem &item : shipment.items)
                        item.quantityHeld = parts->value(item.orderProductId);
                }

                // What each consignment becomes (ImportRules::decide); an order none of whose shipments exists or
                // may be created is not written at all.
                QList<ShipmentDecision> decisions;
                bool anyWritten = false;
                for (const Shipment &shipment : std::as_const(shipments)) {
                    const auto previous = existing.constFind(shipmentKey(store.id, order.orderId, shipment));
                    std::optional<ShipmentState> previousState;
                    ShipmentState state;
                    if (previous != existing.cend() && shipmentStateFromString(previous->state, &state))
                        previousState = state;
                    else if (previous != existing.cend())
                        previousState = ShipmentState::ToShip;
                    decisions.append(
                        ImportRules::decide(store, scope, order.statusId, previousState, shipment.quantityToShip()));
                    anyWritten = anyWritten || previousState || decisions.constLast().create;
                }
                if (!exists && !anyWritten) {
                    const QString reason =
                        decisions.isEmpty()
                            ? QCoreApplication::translate("ShipmentRepository",
                                                          "no shipping address or pickup: nothing to ship")
                            : decisions.constFirst().reason;
                    if (!skip({order.orderId, reason, false}))
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

                for (qsizetype index = 0; index < shipments.size(); ++index) {
                    const Shipment &shipment = shipments.at(index);
                    const ShipmentDecision &decision = decisions.at(index);
                    const QString key = shipmentKey(store.id, order.orderId, shipment);
                    const QString shipmentContent = shipmentHash(order, shipment);
                    const auto previous = existing.constFind(key);
                    QString changedFields;
                    QString changedAt;
                    QString eventKind = QStringLiteral("imported");
                    QStringList eventDetail;
                    const QString previousState = previous != existing.cend() ? previous->state : QString();
                    if (previous != existing.cend() &&
                        ImportRules::readsVoidedWriteback(previous->voidGuard, order.dateModified)) {
                        existing.remove(key); // BigCommerce has not caught up with the void yet: keep the row
                        continue;
                    }
                    if (previous != existing.cend()) {
                        eventKind = QStringLiteral("changed");
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
                        eventDetail = changedNow;
                        changedFields = parts.join(QLatin1Char(','));
                        changedAt = timestamp;
                        existing.remove(key);
                    } else if (decision.create) {
                        ++page.shipmentsNew;
                    } else {
                        continue; // a new consignment of an order in a status that does not create shipments
                    }
                    // The flag this shipment gets should it turn out to be printed when the row is written.
                    const QString flagIfPrinted = ImportRules::decide(store, scope, order.statusId,
                                                                      ShipmentState::Printed, shipment.quantityToShip())
                                                      .flag;
                    const Address &a = shipment.address;
                    const ShipmentSummary summary = ShipmentSummary::of(shipment.items);
                    for (const QVariant &value :
                         {QVariant(key),
                          QVariant(storeId),
                          QVariant(order.orderId),
                          QVariant(shipment.kind == Shipment::Kind::Pickup ? QStringLiteral("pickup")
                                                                           : QStringLiteral("shipping")),
                          QVariant(shipment.consignmentId),
                          QVariant(shipmentStateToString(decision.state)),
                          QVariant(order.statusId),
                          QVariant(order.channelId),
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
                          QVariant(timestamp),
                          text(searchTextFor(shipment)),
                          QVariant(summary.weight),
                          text(summary.skus),
                          text(summary.size),
                          text(summary.color),
                          text(summary.hsCode),
                          text(flagIfPrinted)})
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
                              QVariant(item.parentOrderProductId), text(item.size), text(item.color), text(item.hsCode),
                              QVariant(item.quantityHeld), QVariant(item.unitPrice)})
                            insertItem.addBindValue(value);
                        if (!execQuery(insertItem, stepError))
                            return false;
                    }
                    deleteTags.addBindValue(key);
                    if (!execQuery(deleteTags, stepError))
                        return false;
                    if (store.channelTags) {
                        insertTag.addBindValue(key);
                        insertTag.addBindValue(QString::number(order.channelId));
                        if (!execQuery(insertTag, stepError))
                            return false;
                    }
                    if (previousState != shipmentStateToString(decision.state))
                        eventDetail << QStringLiteral("state:") + shipmentStateToString(decision.state);
                    if (!recordEvent(key, timestamp, eventKind, eventDetail.join(QLatin1Char(','))))
                        return false;
                    if (eventKind == QLatin1String("imported"))
                        page.newShipmentKeys.append(key);
                    page.changedShipmentKeys.append(key);
                }
                // A consignment BigCommerce no longer lists (address merged, items moved): nothing to ship there.
                for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
                    cancelRemoved.addBindValue(shipmentStateToString(ShipmentState::Cancelled));
                    cancelRemoved.addBindValue(QCoreApplication::translate(
                        "ShipmentRepository", "BigCommerce no longer lists this consignment after printing"));
                    cancelRemoved.addBindValue(QStringLiteral("removed"));
                    cancelRemoved.addBindValue(timestamp);
                    cancelRemoved.addBindValue(timestamp);
                    cancelRemoved.addBindValue(it.key());
                    if (!execQuery(cancelRemoved, stepError))
                        return false;
                    if (cancelRemoved.numRowsAffected() > 0) {
                        if (!recordEvent(it.key(), timestamp, QStringLiteral("changed"), QStringLiteral("removed")))
                            return false;
                        page.changedShipmentKeys.append(it.key());
                    }
                }
            }
            // New shipments go through the rules (account, tags) in the same transaction: none is ever seen
            // without them.
            int ruled = 0;
            return RuleRepository::applyInTransaction(db, page.newShipmentKeys, &ruled, stepError);
        },
        error);
    if (written && result)
        *result = page;
    return written;
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

QSet<qint64> ShipmentRepository::existingOrders(const QUuid &storeId, const QList<qint64> &orderIds, QString *error)
{
    QSet<qint64> found;
    if (orderIds.isEmpty())
        return found;
    QStringList marks;
    for (qsizetype i = 0; i < orderIds.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT order_id FROM orders WHERE store_id = ? AND order_id IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
    query.addBindValue(idText(storeId));
    for (qint64 id : orderIds)
        query.addBindValue(id);
    if (!execQuery(query, error))
        return found;
    while (query.next())
        found.insert(query.value(0).toLongLong());
    return found;
}

QList<qint64> ShipmentRepository::ordersToRetry(const QUuid &storeId)
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT order_id FROM import_skips WHERE store_id = ? AND retry = 1 ORDER BY order_id"));
    query.addBindValue(idText(storeId));
    QString ignored;
    if (!execQuery(query, &ignored))
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

SyncState ShipmentRepository::syncState(const QUuid &storeId)
{
    SyncState state;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT last_success_at, last_attempt_at, last_error, window_start FROM sync_state "
                                 "WHERE store_id = ?"));
    query.addBindValue(idText(storeId));
    QString ignored;
    if (!execQuery(query, &ignored) || !query.next())
        return state;
    state.lastSuccessAt = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    state.lastAttemptAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    state.lastError = query.value(2).toString();
    state.coveredSince = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    return state;
}

bool ShipmentRepository::recordSync(const QUuid &storeId, const QDateTime &startedAt, const QDateTime &windowStart,
                                    SyncCoverage coverage, const QString &error, QString *databaseError)
{
    return m_database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            const QString id = idText(storeId);
            QSqlQuery read(db);
            read.prepare(QStringLiteral("SELECT last_success_at, window_start FROM sync_state WHERE store_id = ?"));
            read.addBindValue(id);
            if (!execQuery(read, stepError))
                return false;
            QDateTime lastSuccess;
            QDateTime coveredSince;
            const bool exists = read.next();
            if (exists) {
                lastSuccess = QDateTime::fromString(read.value(0).toString(), Qt::ISODateWithMs);
                coveredSince = QDateTime::fromString(read.value(1).toString(), Qt::ISODateWithMs);
            }
            read.finish();

            const QDateTime attemptAt = coverage == SyncCoverage::Failed ? QDateTime::currentDateTimeUtc() : startedAt;
            if (coverage == SyncCoverage::Full) {
                // Seen without a gap since the earlier window when this one reaches back to the last mark.
                const bool contiguous = lastSuccess.isValid() && coveredSince.isValid() && windowStart <= lastSuccess;
                coveredSince = contiguous ? std::min(coveredSince, windowStart) : windowStart;
                lastSuccess = startedAt;
            }
            auto textOf = [](const QDateTime &date) {
                return date.isValid() ? QVariant(date.toUTC().toString(Qt::ISODateWithMs))
                                      : QVariant(QMetaType(QMetaType::QString));
            };
            QSqlQuery write(db);
            write.prepare(exists ? QStringLiteral("UPDATE sync_state SET last_success_at = ?, last_attempt_at = ?, "
                                                  "last_error = ?, window_start = ? WHERE store_id = ?")
                                 : QStringLiteral("INSERT INTO sync_state (last_success_at, last_attempt_at, "
                                                  "last_error, window_start, store_id) VALUES (?, ?, ?, ?, ?)"));
            write.addBindValue(textOf(lastSuccess));
            write.addBindValue(textOf(attemptAt));
            write.addBindValue(coverage == SyncCoverage::Failed ? error : QStringLiteral(""));
            write.addBindValue(textOf(coveredSince));
            write.addBindValue(id);
            return execQuery(write, stepError);
        },
        databaseError);
}

} // namespace Packbench
