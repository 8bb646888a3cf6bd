// ShipmentQuery on both backends: search that finds what the grid shows (Unicode case, order number prefix, literal
// '%' and '_', storefront names), tags as rows, and the streaming read that `packbench shipments --json` uses.
#include "core/storage/Database.h"
#include "core/storage/SearchText.h"
#include "core/storage/ShipmentQuery.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using namespace Packbench;

namespace {

const QString kStoreA = QStringLiteral("6f1c1f0e-0000-4000-8000-00000000000a");
const QString kStoreB = QStringLiteral("6f1c1f0e-0000-4000-8000-00000000000b");

struct Item
{
    qint64 orderProductId = 0;
    QString sku;
    QString name;
    int quantity = 1;
};

struct Spec
{
    QString storeId = kStoreA;
    qint64 orderId = 0;
    qint64 consignmentId = 1;
    int channelId = 1;
    QString recipient = QStringLiteral("Jane Doe");
    QString company;
    QString city = QStringLiteral("Auckland");
    QString region;
    QString zip = QStringLiteral("1010");
    QString country = QStringLiteral("New Zealand");
    QStringList tags;
    QList<Item> items;
};

QString keyOf(const Spec &spec)
{
    return QStringLiteral("%1/%2/shipping:%3").arg(spec.storeId).arg(spec.orderId).arg(spec.consignmentId);
}

bool exec(QSqlQuery &query, const QVariantList &binds)
{
    // QtSql binds a null QString as NULL; the text columns are NOT NULL.
    for (const QVariant &value : binds)
        query.addBindValue(
            value.typeId() == QMetaType::QString && value.toString().isNull() ? QVariant(QStringLiteral("")) : value);
    if (query.exec())
        return true;
    qWarning("%s", qPrintable(query.lastError().text()));
    return false;
}

bool addStore(Database &db, const QString &id, const QString &name, const QList<QPair<int, QString>> &channels)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO stores (id, name, api_path, store_hash, client_id, import_statuses, "
                                 "update_statuses, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!exec(query, {id, name, QStringLiteral("https://api.bigcommerce.com/stores/abc/v3/"), QStringLiteral("abc"),
                      QStringLiteral("client"), QStringLiteral("9,11"), QStringLiteral("2"),
                      QStringLiteral("2026-01-01T00:00:00Z")}))
        return false;
    for (const auto &[channelId, channelName] : channels) {
        QSqlQuery channel(db.connection());
        channel.prepare(QStringLiteral("INSERT INTO store_channels (store_id, channel_id, name) VALUES (?, ?, ?)"));
        if (!exec(channel, {id, channelId, channelName}))
            return false;
    }
    return true;
}

// Writes a shipment as the import does: its order, its row with the folded search column, its items and tag rows.
bool addShipment(Database &db, const Spec &spec)
{
    const QString when = QStringLiteral("2026-01-02T03:04:05Z");
    QSqlQuery order(db.connection());
    order.prepare(QStringLiteral(
        "INSERT INTO orders (store_id, order_id, status_id, channel_id, date_created, date_modified, customer_id, "
        "customer_name, email, phone, customer_message, staff_notes, total, currency, atl, content_hash, "
        "imported_at, updated_at) VALUES (?, ?, 11, ?, ?, ?, 0, ?, '', '', '', '', '10.0000', 'NZD', '', 'h', ?, ?) "
        "ON CONFLICT (store_id, order_id) DO NOTHING"));
    if (!exec(order, {spec.storeId, spec.orderId, spec.channelId, when, when, spec.recipient, when, when}))
        return false;

    QStringList parts{spec.recipient, spec.company, spec.city, spec.region, spec.zip, spec.country, QString()};
    int quantity = 0;
    for (const Item &item : spec.items) {
        parts << item.sku;
        quantity += item.quantity;
    }
    for (const Item &item : spec.items)
        parts << item.name;
    const QString key = keyOf(spec);
    QSqlQuery shipment(db.connection());
    shipment.prepare(QStringLiteral(
        "INSERT INTO shipments (shipment_key, store_id, order_id, kind, consignment_id, state, bc_status_id, "
        "channel_id, recipient, company, street_1, street_2, city, region, zip, country, country_iso2, phone, email, "
        "shipping_method, pickup_location, atl, item_count, date_created, changed_fields, content_hash, imported_at, "
        "updated_at, search_text) VALUES (?, ?, ?, 'shipping', ?, 'to-ship', 11, ?, ?, ?, '1 Queen St', '', ?, ?, "
        "?, ?, 'NZ', '', '', 'Courier', '', '', ?, ?, '', 'h', ?, ?, ?)"));
    if (!exec(shipment,
              {key, spec.storeId, spec.orderId, spec.consignmentId, spec.channelId, spec.recipient, spec.company,
               spec.city, spec.region, spec.zip, spec.country, quantity, when, when, when, SearchText::join(parts)}))
        return false;
    for (const Item &item : spec.items) {
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO shipment_items (shipment_key, order_product_id, product_id, sku, name, quantity, "
            "quantity_shipped, quantity_refunded, weight, parent_order_product_id, size, color, hs_code) VALUES "
            "(?, ?, ?, ?, ?, ?, 0, 0, 0.5, 0, 'M', '', '')"));
        if (!exec(insert, {key, item.orderProductId, item.orderProductId * 10, item.sku, item.name, item.quantity}))
            return false;
    }
    for (const QString &tag : spec.tags) {
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO shipment_tags (shipment_key, tag) VALUES (?, ?)"));
        if (!exec(insert, {key, tag}))
            return false;
    }
    return true;
}

QList<qint64> orderIds(const QList<ShipmentRow> &rows)
{
    QList<qint64> ids;
    for (const ShipmentRow &row : rows)
        ids << row.orderId;
    return ids;
}

QList<qint64> searchFor(Database &db, const QString &text)
{
    ShipmentFilter filter;
    filter.search = text;
    QString error;
    const QList<ShipmentRow> rows = ShipmentQuery(db).list(filter, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return orderIds(rows);
}

} // namespace

class TestShipmentQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // SQLite's lower() and LIKE fold ASCII only; the search column and the needle are folded by Packbench.
    void searchIgnoresCaseForAllOfUnicode_data() { TestDatabase::addBackendRows(); }
    void searchIgnoresCaseForAllOfUnicode()
    {
        OPEN_TEST_DATABASE();
        QVERIFY(addStore(*db, kStoreA, QStringLiteral("Main"), {{1, QStringLiteral("Main")}}));
        Spec lodz;
        lodz.orderId = 101;
        lodz.city = QStringLiteral("Łódź");
        lodz.country = QStringLiteral("Poland");
        QVERIFY(addShipment(*db, lodz));
        Spec ascii;
        ascii.orderId = 102;
        ascii.city = QStringLiteral("Lodz");
        QVERIFY(addShipment(*db, ascii));
        Spec zoe;
        zoe.orderId = 103;
        zoe.recipient = QStringLiteral("ZOË ÅNGSTRÖM");
        zoe.items = {{5, QStringLiteral("TSHIRT-ÉTÉ-M"), QStringLiteral("Été T-Shirt")}};
        QVERIFY(addShipment(*db, zoe));

        for (const QString &needle :
             {QStringLiteral("Łódź"), QStringLiteral("łódź"), QStringLiteral("ŁÓDŹ"), QStringLiteral("  łÓdŹ ")})
            QCOMPARE(searchFor(*db, needle), QList<qint64>{101});
        QCOMPARE(searchFor(*db, QStringLiteral("lodz")), QList<qint64>{102});
        QCOMPARE(searchFor(*db, QStringLiteral("zoë ångström")), QList<qint64>{103});
        QCOMPARE(searchFor(*db, QStringLiteral("tshirt-été")), QList<qint64>{103});  // a SKU
        QCOMPARE(searchFor(*db, QStringLiteral("ÉTÉ T-SHIRT")), QList<qint64>{103}); // an item's name
        QCOMPARE(searchFor(*db, QStringLiteral("POLAND")), QList<qint64>{101});
        // The parts of the search column are kept apart: no match across two fields.
        QCOMPARE(searchFor(*db, QStringLiteral("doe auckland")), QList<qint64>{});
    }

    void searchFindsOrderNumbersByTheirStart_data() { TestDatabase::addBackendRows(); }
    void searchFindsOrderNumbersByTheirStart()
    {
        OPEN_TEST_DATABASE();
        QVERIFY(addStore(*db, kStoreA, QStringLiteral("Main"), {}));
        for (qint64 id : {11, 113, 1136, 2113}) {
            Spec spec;
            spec.orderId = id;
            spec.zip = QStringLiteral("9999");
            QVERIFY(addShipment(*db, spec));
        }
        QCOMPARE(searchFor(*db, QStringLiteral("113")), (QList<qint64>{113, 1136}));
        QCOMPARE(searchFor(*db, QStringLiteral("#113")), (QList<qint64>{113, 1136}));
        QCOMPARE(searchFor(*db, QStringLiteral("#1136")), QList<qint64>{1136});
        QCOMPARE(searchFor(*db, QStringLiteral(" 2113 ")), QList<qint64>{2113});
        QCOMPARE(searchFor(*db, QStringLiteral("1")), (QList<qint64>{11, 113, 1136}));
        QCOMPARE(searchFor(*db, QStringLiteral("#5")), QList<qint64>{});
        // The order of one store's shipments for "why": exactly that order, not its prefix.
        QCOMPARE(orderIds(ShipmentQuery(*db).forOrder(QUuid::fromString(kStoreA), 113)), QList<qint64>{113});
    }

    void searchTakesPercentAndUnderscoreLiterally_data() { TestDatabase::addBackendRows(); }
    void searchTakesPercentAndUnderscoreLiterally()
    {
        OPEN_TEST_DATABASE();
        QVERIFY(addStore(*db, kStoreA, QStringLiteral("Main"), {}));
        Spec percent;
        percent.orderId = 201;
        percent.company = QStringLiteral("100% Cotton Ltd");
        QVERIFY(addShipment(*db, percent));
        Spec noPercent;
        noPercent.orderId = 202;
        noPercent.company = QStringLiteral("1000 Cotton Ltd");
        QVERIFY(addShipment(*db, noPercent));
        Spec underscore;
        underscore.orderId = 203;
        underscore.items = {{1, QStringLiteral("BOX_7"), QStringLiteral("Box")}};
        QVERIFY(addShipment(*db, underscore));
        Spec noUnderscore;
        noUnderscore.orderId = 204;
        noUnderscore.items = {{1, QStringLiteral("BOXX7"), QStringLiteral("Box")}};
        QVERIFY(addShipment(*db, noUnderscore));
        Spec backslash;
        backslash.orderId = 205;
        backslash.company = QStringLiteral("A\\B Trading");
        QVERIFY(addShipment(*db, backslash));

        QCOMPARE(searchFor(*db, QStringLiteral("100%")), QList<qint64>{201});
        QCOMPARE(searchFor(*db, QStringLiteral("100% cotton")), QList<qint64>{201});
        QCOMPARE(searchFor(*db, QStringLiteral("box_7")), QList<qint64>{203});
        QCOMPARE(searchFor(*db, QStringLiteral("%")), QList<qint64>{201});
        QCOMPARE(searchFor(*db, QStringLiteral("_")), QList<qint64>{203});
        QCOMPARE(searchFor(*db, QStringLiteral("a\\b")), QList<qint64>{205});
    }

    void searchFindsStorefrontNames_data() { TestDatabase::addBackendRows(); }
    void searchFindsStorefrontNames()
    {
        OPEN_TEST_DATABASE();
        QVERIFY(addStore(*db, kStoreA, QStringLiteral("Main"),
                         {{1, QStringLiteral("Main")},
                          {2, QStringLiteral("Kids Corner")},
                          {3, QStringLiteral("Ærøskøbing Outlet")}}));
        QVERIFY(addStore(*db, kStoreB, QStringLiteral("Second"),
                         {{1, QStringLiteral("Second")}, {2, QStringLiteral("Grown-ups")}}));
        const QList<QPair<QString, int>> shipments = {{kStoreA, 1}, {kStoreA, 2}, {kStoreA, 3}, {kStoreB, 2}};
        qint64 id = 300;
        for (const auto &[store, channel] : shipments) {
            Spec spec;
            spec.storeId = store;
            spec.orderId = ++id;
            spec.channelId = channel;
            QVERIFY(addShipment(*db, spec));
        }
        QCOMPARE(searchFor(*db, QStringLiteral("KIDS")), QList<qint64>{302});
        QCOMPARE(searchFor(*db, QStringLiteral("kids corner")), QList<qint64>{302});
        QCOMPARE(searchFor(*db, QStringLiteral("ÆRØSKØBING")), QList<qint64>{303});
        QCOMPARE(searchFor(*db, QStringLiteral("grown")), QList<qint64>{304}); // store B's channel 2 only
        QCOMPARE(searchFor(*db, QStringLiteral("outlet")), QList<qint64>{303});

        ShipmentFilter onlyB;
        onlyB.storeId = QUuid::fromString(kStoreB);
        onlyB.search = QStringLiteral("kids");
        QVERIFY(ShipmentQuery(*db).list(onlyB).isEmpty());
        const QList<ShipmentRow> rows = ShipmentQuery(*db).list({});
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1).channelName, QStringLiteral("Kids Corner"));
        QCOMPARE(rows.at(3).channelName, QStringLiteral("Grown-ups"));
    }

    // Tags are rows: a filter needs every tag it names, whole (tag "2" is not in "12"); rows read them back.
    void tagsAreRows_data() { TestDatabase::addBackendRows(); }
    void tagsAreRows()
    {
        OPEN_TEST_DATABASE();
        QVERIFY(addStore(*db, kStoreA, QStringLiteral("Main"), {}));
        const QList<QStringList> tagSets = {{QStringLiteral("2"), QStringLiteral("rush")},
                                            {QStringLiteral("2")},
                                            {QStringLiteral("rush")},
                                            {},
                                            {QStringLiteral("12"), QStringLiteral("a,b")}};
        qint64 id = 400;
        for (const QStringList &tags : tagSets) {
            Spec spec;
            spec.orderId = ++id;
            spec.tags = tags;
            QVERIFY(addShipment(*db, spec));
        }
        auto withTags = [&](const QStringList &tags) {
            ShipmentFilter filter;
            filter.tags = tags;
            QString queryError;
            const QList<ShipmentRow> rows = ShipmentQuery(*db).list(filter, &queryError);
            if (!queryError.isEmpty())
                qWarning("%s", qPrintable(queryError));
            return orderIds(rows);
        };
        QCOMPARE(withTags({QStringLiteral("2")}), (QList<qint64>{401, 402}));
        QCOMPARE(withTags({QStringLiteral("rush")}), (QList<qint64>{401, 403}));
        // Several tags: any of them (the storefront panel's multi-select, `--tag A --tag B`).
        QCOMPARE(withTags({QStringLiteral("2"), QStringLiteral("rush")}), (QList<qint64>{401, 402, 403}));
        QCOMPARE(withTags({QStringLiteral("12"), QStringLiteral("nope")}), QList<qint64>{405});
        QCOMPARE(withTags({QStringLiteral("12")}), QList<qint64>{405});
        QCOMPARE(withTags({QStringLiteral("a,b")}), QList<qint64>{405});
        QCOMPARE(withTags({QStringLiteral("a")}), QList<qint64>{});
        QCOMPARE(withTags({QStringLiteral("nope")}), QList<qint64>{});

        const QList<ShipmentRow> rows = ShipmentQuery(*db).list({});
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).tags, (QStringList{QStringLiteral("2"), QStringLiteral("rush")}));
        QCOMPARE(rows.at(1).tags, QStringList{QStringLiteral("2")});
        QCOMPARE(rows.at(3).tags, QStringList{});
        QCOMPARE(rows.at(4).tags, (QStringList{QStringLiteral("12"), QStringLiteral("a,b")}));
    }

    // forEach hands on the rows list() reads, in the same order, each with its own items, one at a time.
    void forEachStreamsTheRowsListReads_data() { TestDatabase::addBackendRows(); }
    void forEachStreamsTheRowsListReads()
    {
        OPEN_TEST_DATABASE();
        QVERIFY(addStore(*db, kStoreA, QStringLiteral("Main"), {{1, QStringLiteral("Main")}}));
        QVERIFY(addStore(*db, kStoreB, QStringLiteral("Second"), {}));
        QList<Spec> specs;
        // Inserted out of order; two stores share order 600, one order has two consignments; 0 to 3 items.
        for (int n = 0; n < 40; ++n) {
            Spec spec;
            spec.orderId = 600 + (n * 7) % 40;
            spec.recipient = QStringLiteral("Recipient %1").arg(n);
            spec.tags = n % 3 == 0 ? QStringList{QStringLiteral("2")} : QStringList{};
            for (int i = 0; i < n % 4; ++i)
                spec.items.append({1000 + n * 10 + (3 - i), QStringLiteral("SKU-%1-%2").arg(n).arg(i),
                                   QStringLiteral("Item %1").arg(i), i + 1});
            specs.append(spec);
        }
        Spec otherStore;
        otherStore.storeId = kStoreB;
        otherStore.orderId = 600;
        otherStore.items = {{1, QStringLiteral("B-1"), QStringLiteral("B")}, {2, QStringLiteral("B-2"), {}}};
        specs.append(otherStore);
        Spec secondConsignment;
        secondConsignment.orderId = 605;
        secondConsignment.consignmentId = 2;
        secondConsignment.items = {{7, QStringLiteral("C-7"), QStringLiteral("C")}};
        specs.append(secondConsignment);
        for (const Spec &spec : std::as_const(specs))
            QVERIFY(addShipment(*db, spec));

        ShipmentFilter filter;
        filter.withItems = true;
        ShipmentQuery query(*db);
        const QList<ShipmentRow> listed = query.list(filter, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<ShipmentRow> streamed;
        QVERIFY2(query.forEach(
                     filter,
                     [&streamed](const ShipmentRow &row) {
                         streamed.append(row);
                         return true;
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(streamed.size(), specs.size());
        QCOMPARE(listed.size(), specs.size());
        for (qsizetype i = 0; i < streamed.size(); ++i) {
            QCOMPARE(streamed.at(i).key, listed.at(i).key);
            QCOMPARE(streamed.at(i).items, listed.at(i).items);
            QCOMPARE(streamed.at(i).tags, listed.at(i).tags);
            if (i > 0)
                QVERIFY(streamed.at(i - 1).orderId <= streamed.at(i).orderId);
        }
        // Each row carries exactly its own items, by order_product_id.
        for (const Spec &spec : std::as_const(specs)) {
            const auto row = std::find_if(streamed.cbegin(), streamed.cend(),
                                          [&](const ShipmentRow &r) { return r.key == keyOf(spec); });
            QVERIFY(row != streamed.cend());
            QList<Item> expected = spec.items;
            std::sort(expected.begin(), expected.end(),
                      [](const Item &a, const Item &b) { return a.orderProductId < b.orderProductId; });
            QCOMPARE(row->items.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QCOMPARE(row->items.at(i).orderProductId, expected.at(i).orderProductId);
                QCOMPARE(row->items.at(i).sku, expected.at(i).sku);
                QCOMPARE(row->items.at(i).quantity, expected.at(i).quantity);
                QCOMPARE(row->items.at(i).size, QStringLiteral("M"));
            }
            QCOMPARE(row->tags, spec.tags);
        }
        // Without items: the same rows, no items, no repeats.
        filter.withItems = false;
        QList<QString> keys;
        QVERIFY(query.forEach(
            filter,
            [&keys](const ShipmentRow &row) {
                keys.append(row.key);
                return row.items.isEmpty();
            },
            &error));
        QCOMPARE(keys.size(), specs.size());
        for (qsizetype i = 0; i < keys.size(); ++i)
            QCOMPARE(keys.at(i), listed.at(i).key);
        // The visitor can stop it.
        int visited = 0;
        QVERIFY(query.forEach(
            filter, [&visited](const ShipmentRow &) { return ++visited < 3; }, &error));
        QCOMPARE(visited, 3);
        // Filters apply to the stream as to the list.
        filter.withItems = true;
        filter.search = QStringLiteral("sku-5-");
        QList<ShipmentRow> found;
        QVERIFY(query.forEach(
            filter,
            [&found](const ShipmentRow &row) {
                found.append(row);
                return true;
            },
            &error));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).customer, QStringLiteral("Recipient 5"));
    }

    // More rows than one batch: the tags and items of every batch land on their own rows, on both backends (on
    // PostgreSQL the batch queries run while the shipments query is still being read).
    void forEachReadsEveryBatch_data() { TestDatabase::addBackendRows(); }
    void forEachReadsEveryBatch()
    {
        OPEN_TEST_DATABASE();
        QVERIFY(addStore(*db, kStoreA, QStringLiteral("Main"), {}));
        constexpr int kShipments = 1000;
        const bool written = db->write(
            [&](QSqlDatabase &, QString *) {
                for (int n = 0; n < kShipments; ++n) {
                    Spec spec;
                    spec.orderId = 5000 + (n * 389) % kShipments; // inserted out of order
                    spec.recipient = QStringLiteral("R%1").arg(spec.orderId);
                    spec.tags = {QStringLiteral("t%1").arg(spec.orderId % 5)};
                    for (int i = 0; i < spec.orderId % 4; ++i)
                        spec.items.append({spec.orderId * 10 + i, QStringLiteral("S%1-%2").arg(spec.orderId).arg(i),
                                           QStringLiteral("N"), 1});
                    if (!addShipment(*db, spec))
                        return false;
                }
                return true;
            },
            &error);
        QVERIFY2(written, qPrintable(error));

        ShipmentFilter filter;
        filter.withItems = true;
        qint64 expectedOrder = 5000;
        QVERIFY2(ShipmentQuery(*db).forEach(
                     filter,
                     [&expectedOrder](const ShipmentRow &row) {
                         const qint64 id = expectedOrder++;
                         if (row.orderId != id || row.customer != QStringLiteral("R%1").arg(id) ||
                             row.tags != QStringList{QStringLiteral("t%1").arg(id % 5)} || row.items.size() != id % 4)
                             return false;
                         for (qsizetype i = 0; i < row.items.size(); ++i) {
                             if (row.items.at(i).sku != QStringLiteral("S%1-%2").arg(id).arg(i))
                                 return false;
                         }
                         return true;
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(expectedOrder, 5000 + kShipments); // none stopped it: every row was right

        int visited = 0;
        QVERIFY(ShipmentQuery(*db).forEach(filter, [&visited](const ShipmentRow &) { return ++visited < 450; }));
        QCOMPARE(visited, 450);
        filter.withItems = false;
        QCOMPARE(ShipmentQuery(*db).list(filter, &error).size(), kShipments);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestShipmentQuery)
#include "tst_shipmentquery.moc"
