#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// What an import leaves in the database for one store, written straight with SQL (both backends), so tests of a
// store's removal can check that every row goes with it and that nothing of another store does.
namespace ImportedRows {

struct Counts
{
    int orders = 0;
    int shipments = 0;
    int items = 0;
    int tags = 0;
    int skips = 0;
    int syncState = 0;
    int channels = 0;

    bool operator==(const Counts &) const = default;
    bool isEmpty() const { return *this == Counts{}; }
    QString toString() const
    {
        return QStringLiteral("orders %1, shipments %2, items %3, tags %4, skips %5, sync state %6, channels %7")
            .arg(orders)
            .arg(shipments)
            .arg(items)
            .arg(tags)
            .arg(skips)
            .arg(syncState)
            .arg(channels);
    }
};

// Shipment keys start with the store id, so items and tags left without their shipment would still be counted.
inline QString shipmentKey(const QString &storeId, qint64 orderId, const QString &kind)
{
    return QStringLiteral("%1/%2/%3").arg(storeId).arg(orderId).arg(kind);
}

inline bool exec(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    *error = query.lastError().text() + QStringLiteral(" in ") + query.lastQuery();
    return false;
}

// For each order: the order, a shipping and a pickup shipment (waiting to ship) with one item each, two tags on the
// shipping one and a skipped order; once per store: its import state and a channel name.
inline bool insert(QSqlDatabase db, const QString &storeId, const QList<qint64> &orderIds, QString *error)
{
    const QString now = QStringLiteral("2026-01-05T10:00:00.000Z");
    QSqlQuery query(db);
    for (const qint64 orderId : orderIds) {
        query.prepare(QStringLiteral(
            "INSERT INTO orders (store_id, order_id, status_id, channel_id, date_created, date_modified, customer_id, "
            "customer_name, email, phone, customer_message, staff_notes, total, currency, atl, content_hash, "
            "imported_at, updated_at) VALUES (?, ?, 11, 1, ?, ?, 7, 'Ada', 'ada@example.com', '', '', '', '10.00', "
            "'USD', '', 'h', ?, ?)"));
        if (!exec(query, {storeId, orderId, now, now, now, now}, error))
            return false;
        int consignment = 1;
        for (const QString &kind : {QStringLiteral("shipping"), QStringLiteral("pickup")}) {
            const QString key = shipmentKey(storeId, orderId, kind);
            query.prepare(QStringLiteral(
                "INSERT INTO shipments (shipment_key, store_id, order_id, kind, consignment_id, state, bc_status_id, "
                "channel_id, recipient, company, street_1, street_2, city, region, zip, country, country_iso2, phone, "
                "email, shipping_method, pickup_location, atl, item_count, date_created, changed_fields, changed_at, "
                "content_hash, imported_at, updated_at) VALUES (?, ?, ?, ?, ?, 'to-ship', 11, 1, 'Ada', '', "
                "'1 Main St', '', 'Sydney', 'NSW', '2000', 'Australia', 'AU', '', 'ada@example.com', 'Standard', "
                "'', '', 1, ?, '', NULL, 'h', ?, ?)"));
            if (!exec(query, {key, storeId, orderId, kind, consignment++, now, now, now}, error))
                return false;
            query.prepare(QStringLiteral(
                "INSERT INTO shipment_items (shipment_key, order_product_id, product_id, sku, name, quantity, "
                "quantity_shipped, quantity_refunded, weight, parent_order_product_id, size, color, hs_code) "
                "VALUES (?, ?, 5, 'SKU-1', 'Mug', 1, 0, 0, 0.35, 0, '', '', '')"));
            if (!exec(query, {key, orderId * 10 + consignment}, error))
                return false;
        }
        for (const QString &tag : {QStringLiteral("2"), QStringLiteral("fragile")}) {
            query.prepare(QStringLiteral("INSERT INTO shipment_tags (shipment_key, tag) VALUES (?, ?)"));
            if (!exec(query, {shipmentKey(storeId, orderId, QStringLiteral("shipping")), tag}, error))
                return false;
        }
        query.prepare(QStringLiteral(
            "INSERT INTO import_skips (store_id, order_id, reason, recorded_at) VALUES (?, ?, 'no consignment', ?)"));
        if (!exec(query, {storeId, orderId + 100000, now}, error))
            return false;
    }
    query.prepare(QStringLiteral("INSERT INTO sync_state (store_id, last_success_at, last_attempt_at, last_error) "
                                 "VALUES (?, ?, ?, '')"));
    if (!exec(query, {storeId, now, now}, error))
        return false;
    query.prepare(QStringLiteral("INSERT INTO store_channels (store_id, channel_id, name) VALUES (?, 2, 'Kids')"));
    return exec(query, {storeId}, error);
}

inline int count(QSqlDatabase db, const QString &sql, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

inline Counts count(QSqlDatabase db, const QString &storeId)
{
    const QString keyPrefix = storeId + QStringLiteral("/%");
    Counts counts;
    counts.orders = count(db, QStringLiteral("SELECT count(*) FROM orders WHERE store_id = ?"), storeId);
    counts.shipments = count(db, QStringLiteral("SELECT count(*) FROM shipments WHERE store_id = ?"), storeId);
    counts.items =
        count(db, QStringLiteral("SELECT count(*) FROM shipment_items WHERE shipment_key LIKE ?"), keyPrefix);
    counts.tags = count(db, QStringLiteral("SELECT count(*) FROM shipment_tags WHERE shipment_key LIKE ?"), keyPrefix);
    counts.skips = count(db, QStringLiteral("SELECT count(*) FROM import_skips WHERE store_id = ?"), storeId);
    counts.syncState = count(db, QStringLiteral("SELECT count(*) FROM sync_state WHERE store_id = ?"), storeId);
    counts.channels = count(db, QStringLiteral("SELECT count(*) FROM store_channels WHERE store_id = ?"), storeId);
    return counts;
}

} // namespace ImportedRows
