#include "core/storage/ShipmentQuery.h"

#include "core/storage/Database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <optional>

namespace Packbench {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString placeholders(qsizetype count)
{
    QString marks;
    marks.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return marks;
}

// The columns of the statement, in order.
enum Column
{
    Key,
    StoreId,
    StoreName,
    OrderId,
    Kind,
    ConsignmentId,
    ChannelId,
    ChannelName,
    State,
    BcStatusId,
    Recipient,
    Company,
    City,
    Region,
    Zip,
    Country,
    CountryIso2,
    PickupLocation,
    DateCreated,
    ItemCount,
    Atl,
    ChangedFields,
    ChangedAt,
    Flag,
    AccountId,
    AccountName,
    Rule,
    Carrier,
    TrackingNumber,
    Weight,
    Skus,
    OptionSize,
    OptionColor,
    OptionHsCode,
    SearchTextColumn,
    Part,
    Parcels,
    TrackingNumbers,
    PrintedAt,
    PrintedStation,
    Writeback,
    WritebackNote,
    WritebackAt,
    MissingSku, // only without withItems: with them, the items tell
};

// Rows are completed (tags, items) a batch at a time: one query per batch and table rather than one per row.
constexpr qsizetype kBatch = 400;

// One copy of each text that many rows share (store, storefront and account names, countries, cities, options,
// carriers, rules): 100,000 rows would otherwise hold 100,000 copies of "New Zealand".
class Interner
{
public:
    QString operator()(const QString &text)
    {
        if (text.isEmpty())
            return text;
        const auto found = m_texts.constFind(text);
        if (found != m_texts.cend())
            return *found;
        m_texts.insert(text);
        return text;
    }

private:
    QSet<QString> m_texts;
};

ShipmentRow readRow(const QSqlQuery &query, bool withMissingSku, Interner &intern)
{
    ShipmentRow row;
    row.key = query.value(Key).toString();
    row.storeId = QUuid::fromString(query.value(StoreId).toString());
    row.storeName = intern(query.value(StoreName).toString());
    row.orderId = query.value(OrderId).toLongLong();
    row.consignment =
        QStringLiteral("%1:%2").arg(query.value(Kind).toString()).arg(query.value(ConsignmentId).toLongLong());
    row.channelId = query.value(ChannelId).toInt();
    row.channelName = intern(query.value(ChannelName).toString());
    shipmentStateFromString(query.value(State).toString(), &row.state);
    row.bcStatusId = query.value(BcStatusId).toInt();
    row.customer = query.value(Recipient).toString();
    row.company = query.value(Company).toString();
    row.city = intern(query.value(City).toString());
    row.region = intern(query.value(Region).toString());
    row.zip = query.value(Zip).toString();
    row.country = intern(query.value(Country).toString());
    row.countryIso2 = intern(query.value(CountryIso2).toString());
    row.pickupLocation = intern(query.value(PickupLocation).toString());
    row.dateCreated = QDateTime::fromString(query.value(DateCreated).toString(), Qt::ISODate);
    row.itemCount = query.value(ItemCount).toInt();
    row.atl = authorityToLeaveFromString(query.value(Atl).toString());
    row.changedFields = intern(query.value(ChangedFields).toString());
    const QString changedAt = query.value(ChangedAt).toString();
    if (!changedAt.isEmpty())
        row.changedAt = QDateTime::fromString(changedAt, Qt::ISODateWithMs);
    row.flag = intern(query.value(Flag).toString());
    row.accountId = QUuid::fromString(query.value(AccountId).toString());
    row.accountName = intern(query.value(AccountName).toString());
    row.rule = intern(query.value(Rule).toString());
    row.carrier = intern(query.value(Carrier).toString());
    row.trackingNumber = query.value(TrackingNumber).toString();
    row.summary.weight = query.value(Weight).toDouble();
    row.summary.skus = query.value(Skus).toString();
    row.summary.size = intern(query.value(OptionSize).toString());
    row.summary.color = intern(query.value(OptionColor).toString());
    row.summary.hsCode = intern(query.value(OptionHsCode).toString());
    row.searchText = query.value(SearchTextColumn).toString();
    row.part = query.value(Part).toInt();
    row.parcels = query.value(Parcels).toInt();
    row.trackingNumbers = query.value(TrackingNumbers).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    row.printedAt = QDateTime::fromString(query.value(PrintedAt).toString(), Qt::ISODateWithMs);
    row.printedStation = intern(query.value(PrintedStation).toString());
    row.writeback = intern(query.value(Writeback).toString());
    row.writebackNote = query.value(WritebackNote).toString();
    row.writebackAt = QDateTime::fromString(query.value(WritebackAt).toString(), Qt::ISODateWithMs);
    if (withMissingSku)
        row.missingSku = query.value(MissingSku).toInt() > 0;
    return row;
}

LineItem readItem(const QSqlQuery &query)
{
    LineItem item;
    item.orderProductId = query.value(1).toLongLong();
    item.productId = query.value(2).toLongLong();
    item.sku = query.value(3).toString();
    item.name = query.value(4).toString();
    item.quantity = query.value(5).toInt();
    item.quantityShipped = query.value(6).toInt();
    item.quantityRefunded = query.value(7).toInt();
    item.weight = query.value(8).toDouble();
    item.parentOrderProductId = query.value(9).toLongLong();
    item.size = query.value(10).toString();
    item.color = query.value(11).toString();
    item.hsCode = query.value(12).toString();
    item.quantityHeld = query.value(13).toInt();
    item.unitPrice = query.value(14).toDouble();
    return item;
}

// One statement of the form "... WHERE shipment_key IN (?, ...)", prepared again only when the batch size changes.
class KeyedStatement
{
public:
    KeyedStatement(QSqlDatabase db, QString sql)
        : m_db(std::move(db))
        , m_sql(std::move(sql))
    {
    }

    // Runs it for `rows`' keys; `read` gets each result row with the index of the row it belongs to.
    bool run(const QList<ShipmentRow> &rows, const QHash<QString, qsizetype> &index,
             const std::function<void(const QSqlQuery &, qsizetype)> &read, QString *error)
    {
        if (!m_query || m_prepared != rows.size()) {
            m_query.emplace(m_db);
            m_query->setForwardOnly(true);
            if (!m_query->prepare(m_sql.arg(placeholders(rows.size())))) {
                *error = Database::describe(m_query->lastError());
                return false;
            }
            m_prepared = rows.size();
        }
        for (const ShipmentRow &row : rows)
            m_query->addBindValue(row.key);
        if (!execQuery(*m_query, error))
            return false;
        while (m_query->next()) {
            const auto at = index.constFind(m_query->value(0).toString());
            if (at != index.cend())
                read(*m_query, *at);
        }
        if (m_query->lastError().isValid()) {
            *error = Database::describe(m_query->lastError());
            return false;
        }
        m_query->finish();
        return true;
    }

private:
    QSqlDatabase m_db;
    QString m_sql;
    std::optional<QSqlQuery> m_query;
    qsizetype m_prepared = -1;
};

} // namespace

ShipmentQuery::ShipmentQuery(Database &database)
    : m_database(database)
{
}

bool ShipmentQuery::statement(const ShipmentFilter &filter, QString *sql, QVariantList *binds, QString * /*error*/)
{
    *sql = QStringLiteral("SELECT s.shipment_key, s.store_id, st.name, s.order_id, s.kind, s.consignment_id, "
                          "s.channel_id, c.name, s.state, s.bc_status_id, s.recipient, s.company, s.city, s.region, "
                          "s.zip, s.country, s.country_iso2, s.pickup_location, s.date_created, s.item_count, s.atl, "
                          "s.changed_fields, s.changed_at, s.flag, s.account_id, a.name, s.rule, s.carrier, "
                          "s.tracking_number, s.weight, s.skus, s.option_size, s.option_color, s.option_hs_code, "
                          "s.search_text, s.part, s.parcels, s.tracking_numbers, s.printed_at, s.printed_station, "
                          "s.writeback, s.writeback_note, s.writeback_at");
    if (!filter.withItems)
        *sql += QStringLiteral(", (SELECT count(*) FROM shipment_items m WHERE m.shipment_key = s.shipment_key AND "
                               "m.sku = '')");
    *sql += QStringLiteral(" FROM shipments s JOIN stores st ON st.id = s.store_id "
                           "LEFT JOIN store_channels c ON c.store_id = s.store_id AND c.channel_id = s.channel_id "
                           "LEFT JOIN accounts a ON a.id = s.account_id");
    *sql += QStringLiteral(" WHERE 1 = 1");

    if (filter.storeId) {
        *sql += QStringLiteral(" AND s.store_id = ?");
        *binds << idText(*filter.storeId);
    }
    if (filter.orderId) {
        *sql += QStringLiteral(" AND s.order_id = ?");
        *binds << *filter.orderId;
    }
    if (filter.state) {
        *sql += QStringLiteral(" AND s.state = ?");
        *binds << shipmentStateToString(*filter.state);
    }
    if (!filter.keys.isEmpty()) {
        *sql += QStringLiteral(" AND s.shipment_key IN (%1)").arg(placeholders(filter.keys.size()));
        for (const QString &key : filter.keys)
            *binds << key;
    }
    // The key last: two stores can have the same order number.
    if (filter.limit > 0) {
        *sql += QStringLiteral(" ORDER BY %1 %2, s.shipment_key LIMIT %3")
                    .arg(filter.byDate ? QStringLiteral("s.date_created") : QStringLiteral("s.order_id"),
                         filter.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"))
                    .arg(filter.limit);
    } else if (!filter.anyOrder) {
        *sql += QStringLiteral(" ORDER BY s.order_id, s.kind, s.consignment_id, s.shipment_key");
    }
    return true;
}

bool ShipmentQuery::forEach(const ShipmentFilter &filter, const std::function<bool(const ShipmentRow &)> &visit,
                            QString *error)
{
    QString message;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QString sql;
    QVariantList binds;
    if (!statement(filter.coarse(), &sql, &binds, &message))
        return fail(message);
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    // SQLite steps through the rows as they are read, and runs the batch queries beside it. A forward-only
    // PostgreSQL query streams too, but the connection then runs nothing else until it is done: there the result is
    // taken whole (by the client library) so the batch queries can run in between.
    query.setForwardOnly(m_database.backend() == DatabaseLocation::Backend::SQLite);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (!execQuery(query, &message))
        return fail(message);

    KeyedStatement tags(db, QStringLiteral("SELECT shipment_key, tag FROM shipment_tags WHERE shipment_key IN (%1)"));
    KeyedStatement items(
        db,
        QStringLiteral("SELECT shipment_key, order_product_id, product_id, sku, name, quantity, "
                       "quantity_shipped, quantity_refunded, weight, parent_order_product_id, "
                       "size, color, hs_code, quantity_held, unit_price FROM shipment_items WHERE shipment_key IN (%1) "
                       "ORDER BY shipment_key, order_product_id"));
    // Every shipment of a state: its tags in one read rather than a query per few hundred rows.
    std::optional<QHash<QString, QStringList>> allTags;
    if (filter.keys.isEmpty() && !filter.orderId && filter.limit == 0) {
        QSqlQuery tagQuery(db);
        tagQuery.setForwardOnly(true);
        if (!execQuery(tagQuery, QStringLiteral("SELECT shipment_key, tag FROM shipment_tags"), &message))
            return fail(message);
        allTags.emplace();
        while (tagQuery.next())
            (*allTags)[tagQuery.value(0).toString()].append(tagQuery.value(1).toString());
    }
    const ShipmentMatcher matcher(filter);
    Interner intern;
    QList<ShipmentRow> batch;
    batch.reserve(kBatch);
    QHash<QString, qsizetype> index;
    index.reserve(kBatch);
    bool stopped = false;
    // Tags and items of the rows in `batch`, then each row to `visit`.
    auto flush = [&]() {
        if (batch.isEmpty())
            return true;
        for (qsizetype i = 0; i < batch.size(); ++i)
            index.insert(batch.at(i).key, i);
        if (allTags) {
            for (ShipmentRow &row : batch)
                row.tags = allTags->value(row.key);
        } else if (!tags.run(
                       batch, index,
                       [&batch](const QSqlQuery &row, qsizetype at) { batch[at].tags.append(row.value(1).toString()); },
                       &message))
            return false;
        if (filter.withItems && !items.run(
                                    batch, index,
                                    [&batch](const QSqlQuery &row, qsizetype at) {
                                        ShipmentRow &shipment = batch[at];
                                        shipment.items.append(readItem(row));
                                        shipment.missingSku =
                                            shipment.missingSku || shipment.items.constLast().sku.isEmpty();
                                    },
                                    &message))
            return false;
        for (ShipmentRow &row : batch) {
            // The same order on both backends (their collations differ).
            std::sort(row.tags.begin(), row.tags.end());
            if (!matcher.matches(row))
                continue;
            if (!visit(row)) {
                stopped = true;
                break;
            }
        }
        batch.clear();
        index.clear();
        return true;
    };
    while (query.next()) {
        batch.append(readRow(query, !filter.withItems, intern));
        if (batch.size() == kBatch) {
            if (!flush())
                return fail(message);
            if (stopped)
                return true;
        }
    }
    if (query.lastError().isValid())
        return fail(Database::describe(query.lastError()));
    if (!flush())
        return fail(message);
    return true;
}

QList<ShipmentRow> ShipmentQuery::list(const ShipmentFilter &filter, QString *error)
{
    QList<ShipmentRow> rows;
    forEach(
        filter,
        [&rows](const ShipmentRow &row) {
            rows.append(row);
            return true;
        },
        error);
    return rows;
}

int ShipmentQuery::count(const QUuid &storeId, std::optional<ShipmentState> state)
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

QList<ShipmentRow> ShipmentQuery::forOrder(const QUuid &storeId, qint64 orderId)
{
    ShipmentFilter filter;
    filter.storeId = storeId;
    filter.orderId = orderId;
    return list(filter);
}

QHash<QString, ShipmentPart> ShipmentQuery::splitParts(const std::optional<QUuid> &storeId, QString *error)
{
    // Split orders are few: the index on (store_id, order_id) finds them without reading every row twice.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.shipment_key, s.store_id, s.order_id FROM shipments s JOIN "
                                 "(SELECT store_id, order_id FROM shipments %1 GROUP BY store_id, order_id "
                                 "HAVING count(*) > 1) m ON m.store_id = s.store_id AND m.order_id = s.order_id "
                                 "ORDER BY s.store_id, s.order_id, s.kind, s.consignment_id, s.shipment_key")
                      .arg(storeId ? QStringLiteral("WHERE store_id = ?") : QString()));
    if (storeId)
        query.addBindValue(idText(*storeId));
    QHash<QString, ShipmentPart> parts;
    QString message;
    if (!execQuery(query, &message)) {
        if (error)
            *error = message;
        return parts;
    }
    QStringList orderKeys; // the shipments of the order being read
    QString orderStore;
    qint64 orderId = -1;
    auto flush = [&]() {
        for (qsizetype i = 0; i < orderKeys.size(); ++i)
            parts.insert(orderKeys.at(i), {static_cast<int>(i) + 1, static_cast<int>(orderKeys.size())});
        orderKeys.clear();
    };
    while (query.next()) {
        const QString store = query.value(1).toString();
        const qint64 order = query.value(2).toLongLong();
        if (store != orderStore || order != orderId) {
            flush();
            orderStore = store;
            orderId = order;
        }
        orderKeys.append(query.value(0).toString());
    }
    flush();
    if (query.lastError().isValid()) {
        if (error)
            *error = Database::describe(query.lastError());
        return {};
    }
    return parts;
}

} // namespace Packbench
