// StockRepository on both backends: levels, imports, allocation, BigCommerce's levels and push results (schema 7).
#include "core/domain/Shipment.h"
#include "core/storage/Database.h"
#include "core/storage/StockRepository.h"
#include "core/storage/StoreRepository.h"
#include "support/TestDatabase.h"
#include "support/TestStores.h"

#include <QSqlQuery>
#include <QTest>

using namespace Packbench;

namespace {

bool run(QSqlDatabase db, const QString &statement, const QVariantList &binds, QString *error)
{
    QSqlQuery query(db);
    query.prepare(statement);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    return execQuery(query, error);
}

int count(Database &database, const QString &table, const QUuid &storeId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE store_id = ?").arg(table));
    query.addBindValue(storeId.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

// "SKU@location=quantity" of each level.
QStringList levelsOf(StockRepository &repository, const QUuid &storeId)
{
    QStringList levels;
    QString error;
    for (const StockLevel &level : repository.levels(storeId, &error))
        levels.append(QStringLiteral("%1@%2=%3").arg(level.sku).arg(level.locationId).arg(level.quantity));
    if (!error.isEmpty())
        levels.append(error);
    return levels;
}

StockImportRecord record(const QString &fileName, int levels = 0)
{
    return {fileName, QStringLiteral("Bench 2"), QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 890), Qt::UTC), levels, 1};
}

struct Item
{
    QString sku;
    int quantity = 1;
    int shipped = 0;
    int refunded = 0;
    int held = 0;
};

// An order with one shipment in `state` holding `items`.
bool addShipment(Database &database, const QUuid &storeId, qint64 orderId, const QString &state,
                 const QList<Item> &items, QString *error)
{
    const QString store = storeId.toString(QUuid::WithoutBraces);
    const QString key = QStringLiteral("%1/%2/shipping:1").arg(store).arg(orderId);
    const QString at = QStringLiteral("2026-03-01T10:00:00.000Z");
    return database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            if (!run(db,
                     QStringLiteral("INSERT INTO orders (store_id, order_id, status_id, channel_id, customer_name, "
                                    "email, phone, customer_message, staff_notes, total, currency, atl, content_hash, "
                                    "imported_at, updated_at) VALUES (?, ?, 11, 1, 'Jane', '', '', '', '', '1.00', "
                                    "'USD', '', 'h', ?, ?)"),
                     {store, orderId, at, at}, stepError) ||
                !run(db,
                     QStringLiteral("INSERT INTO shipments (shipment_key, store_id, order_id, kind, consignment_id, "
                                    "state, bc_status_id, channel_id, recipient, company, street_1, street_2, city, "
                                    "region, zip, country, country_iso2, phone, email, shipping_method, "
                                    "pickup_location, atl, item_count, changed_fields, content_hash, imported_at, "
                                    "updated_at) VALUES (?, ?, ?, 'shipping', 1, ?, 11, 1, 'Jane', '', 'Main St 1', "
                                    "'', 'Town', '', '1010', 'NZ', 'NZ', '', '', '', '', '', 1, '', 'h', ?, ?)"),
                     {key, store, orderId, state, at, at}, stepError))
                return false;
            qint64 orderProductId = 0;
            for (const Item &item : items) {
                if (!run(db,
                         QStringLiteral("INSERT INTO shipment_items (shipment_key, order_product_id, product_id, sku, "
                                        "name, quantity, quantity_shipped, quantity_refunded, weight, "
                                        "parent_order_product_id, size, color, hs_code, quantity_held) VALUES (?, ?, "
                                        "5, ?, 'Item', ?, ?, ?, 0.5, 0, '', '', '', ?)"),
                         {key, ++orderProductId, item.sku, item.quantity, item.shipped, item.refunded, item.held},
                         stepError))
                    return false;
            }
            return true;
        },
        error);
}

} // namespace

class TestStockRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importUpsertsAndKeepsOtherSkus_data() { TestDatabase::addBackendRows(); }
    void importUpsertsAndKeepsOtherSkus()
    {
        OPEN_TEST_DATABASE();
        const StoreConfig store = TestStores::bigCommerce(QStringLiteral("Main"));
        const StoreConfig other = TestStores::bigCommerce(QStringLiteral("Other"), QStringLiteral("def456"));
        StoreRepository stores(*db);
        QCOMPARE(stores.insert(store, &error), StoreRepository::Outcome::Ok);
        QCOMPARE(stores.insert(other, &error), StoreRepository::Outcome::Ok);
        StockRepository repository(*db);
        QVERIFY(!repository.lastImport(store.id, &error));
        QVERIFY(error.isEmpty());

        QVERIFY2(repository.importLevels(store.id, {{"MUG", 1, 5, 2}, {"CAP", 1, 3, 3}, {"CAP", 2, 1, 4}},
                                         record(QStringLiteral("first.csv"), 3), &error),
                 qPrintable(error));
        QVERIFY2(repository.importLevels(other.id, {{"MUG", 1, 99, 2}}, record(QStringLiteral("other.csv")), &error),
                 qPrintable(error));
        QVERIFY2(repository.importLevels(store.id, {{"CAP", 1, 0, 2}, {"HAT", 1, 7, 3}},
                                         record(QStringLiteral("second.csv"), 2), &error),
                 qPrintable(error));
        QCOMPARE(levelsOf(repository, store.id), (QStringList{"CAP@1=0", "CAP@2=1", "HAT@1=7", "MUG@1=5"}));
        QCOMPARE(levelsOf(repository, other.id), QStringList{QStringLiteral("MUG@1=99")});
        QCOMPARE(repository.levels(store.id).at(2).line, 3);

        // The last import, even when two carry the same time.
        const std::optional<StockImportRecord> last = repository.lastImport(store.id, &error);
        QVERIFY2(last, qPrintable(error));
        QCOMPARE(last->fileName, QStringLiteral("second.csv"));
        QCOMPARE(last->station, QStringLiteral("Bench 2"));
        QCOMPARE(last->importedAt, record({}).importedAt);
        QCOMPARE(last->levels, 2);
        QCOMPARE(last->problems, 1);
        QCOMPARE(repository.lastImport(other.id)->fileName, QStringLiteral("other.csv"));

        // A count in the Stock screen replaces one level.
        QVERIFY2(repository.setLevel(store.id, {"HAT", 1, 9, 0}, QStringLiteral("Bench 3"), &error), qPrintable(error));
        QVERIFY2(repository.setLevel(store.id, {"SCARF", 2, 1, 0}, QStringLiteral("Bench 3"), &error),
                 qPrintable(error));
        QCOMPARE(levelsOf(repository, store.id),
                 (QStringList{"CAP@1=0", "CAP@2=1", "HAT@1=9", "MUG@1=5", "SCARF@2=1"}));
        QVERIFY(!repository.setLevel(store.id, {"HAT", 1, -1, 0}, QStringLiteral("Bench 3"), &error));
        QVERIFY2(error.contains(QStringLiteral("negative")), qPrintable(error));
        QCOMPARE(levelsOf(repository, store.id).at(2), QStringLiteral("HAT@1=9"));
    }

    // Thousands of levels go in several statements; a failure in any part of the import keeps none of it.
    void aFailedImportKeepsNothing_data() { TestDatabase::addBackendRows(); }
    void aFailedImportKeepsNothing()
    {
        OPEN_TEST_DATABASE();
        const StoreConfig store = TestStores::bigCommerce(QStringLiteral("Main"));
        QCOMPARE(StoreRepository(*db).insert(store, &error), StoreRepository::Outcome::Ok);
        StockRepository repository(*db);
        QList<StockLevel> many;
        for (int i = 0; i < 2500; ++i)
            many.append({QStringLiteral("SKU-%1").arg(i, 5, 10, QLatin1Char('0')), 1 + i % 2, i, i + 2});
        QVERIFY2(repository.importLevels(store.id, many, record(QStringLiteral("big.csv"), 2500), &error),
                 qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("stock_levels"), store.id), 2500);
        QCOMPARE(repository.levels(store.id).at(1234).quantity, 1234);

        // The import's record cannot be written: the levels written before it in the same import go too.
        QSqlQuery query(db->connection());
        QVERIFY2(query.exec(QStringLiteral("DROP TABLE stock_imports")), qPrintable(query.lastError().text()));
        QList<StockLevel> changed;
        for (int i = 0; i < 2500; ++i)
            changed.append({QStringLiteral("SKU-%1").arg(i, 5, 10, QLatin1Char('0')), 1 + i % 2, 0, i + 2});
        changed.append({QStringLiteral("NEW"), 1, 1, 2503});
        error.clear();
        QVERIFY(!repository.importLevels(store.id, changed, record(QStringLiteral("again.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("nothing of it was kept")), qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("stock_levels"), store.id), 2500);
        QCOMPARE(repository.levels(store.id).at(1234).quantity, 1234);

        // Levels that cannot be stock are refused before anything is written.
        QVERIFY(!repository.importLevels(store.id, {{"MUG", 1, -4, 2}}, record(QStringLiteral("x.csv")), &error));
        QVERIFY(!repository.importLevels(store.id, {{" ", 1, 4, 2}}, record(QStringLiteral("x.csv")), &error));
    }

    void allocatedCountsWhatIsStillOnTheShelf_data() { TestDatabase::addBackendRows(); }
    void allocatedCountsWhatIsStillOnTheShelf()
    {
        OPEN_TEST_DATABASE();
        const StoreConfig store = TestStores::bigCommerce(QStringLiteral("Main"));
        const StoreConfig other = TestStores::bigCommerce(QStringLiteral("Other"), QStringLiteral("def456"));
        QCOMPARE(StoreRepository(*db).insert(store, &error), StoreRepository::Outcome::Ok);
        QCOMPARE(StoreRepository(*db).insert(other, &error), StoreRepository::Outcome::Ok);
        auto state = [](ShipmentState value) {
            return shipmentStateToString(value);
        };
        // Counted: to ship, printed, write-back failed; summed over shipments and lines.
        QVERIFY2(
            addShipment(*db, store.id, 1, state(ShipmentState::ToShip), {{"MUG", 2}, {"CAP", 1}, {"MUG", 1}}, &error),
            qPrintable(error));
        QVERIFY2(addShipment(*db, store.id, 2, state(ShipmentState::Printed), {{"MUG", 3}}, &error), qPrintable(error));
        QVERIFY2(addShipment(*db, store.id, 3, state(ShipmentState::WritebackFailed), {{"HAT", 4}}, &error),
                 qPrintable(error));
        // What is shipped, refunded or held by a printed part is not on this line's shelf any more (the part
        // counts it itself); a line cannot go below nothing; lines without a SKU cannot be matched.
        QVERIFY2(addShipment(*db, store.id, 4, state(ShipmentState::ToShip),
                             {{"CAP", 10, 2, 3, 4}, {"HAT", 1, 1, 1, 0}, {"", 5}, {"  ", 5}}, &error),
                 qPrintable(error));
        // Not counted: written back, elsewhere, cancelled, on hold, and other stores.
        int orderId = 10;
        for (ShipmentState ignored :
             {ShipmentState::WrittenBack, ShipmentState::Elsewhere, ShipmentState::Cancelled, ShipmentState::OnHold})
            QVERIFY2(addShipment(*db, store.id, ++orderId, state(ignored), {{"MUG", 100}}, &error), qPrintable(error));
        QVERIFY2(addShipment(*db, other.id, 1, state(ShipmentState::ToShip), {{"MUG", 1000}}, &error),
                 qPrintable(error));

        const QHash<QString, qint64> allocated = StockRepository(*db).allocated(store.id, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QHash<QString, qint64> expected = {{"MUG", 6}, {"CAP", 2}, {"HAT", 4}};
        QCOMPARE(allocated, expected);
        QCOMPARE(StockRepository(*db).allocated(other.id).value(QStringLiteral("MUG")), 1000);
    }

    void remoteLevelsAndPushResultsRoundTrip_data() { TestDatabase::addBackendRows(); }
    void remoteLevelsAndPushResultsRoundTrip()
    {
        OPEN_TEST_DATABASE();
        const StoreConfig store = TestStores::bigCommerce(QStringLiteral("Main"));
        QCOMPARE(StoreRepository(*db).insert(store, &error), StoreRepository::Outcome::Ok);
        StockRepository repository(*db);

        const RemoteStock mug{"MUG", 111, 222, 1, "Default", 5, 4};
        const RemoteStock cap{"CAP", 333, 0, 2, "Warehöuse 2", 3000000000LL, 0};
        QVERIFY2(repository.saveRemote(store.id, {mug, cap}, &error), qPrintable(error));
        QList<RemoteStock> loaded = repository.remote(store.id, &error);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).sku, QStringLiteral("CAP"));
        QCOMPARE(loaded.at(0).locationName, cap.locationName);
        QCOMPARE(loaded.at(0).onHand, cap.onHand);
        QCOMPARE(loaded.at(0).productId, cap.productId);
        QCOMPARE(loaded.at(1).variantId, mug.variantId);
        QCOMPARE(loaded.at(1).availableToSell, mug.availableToSell);
        // A later look-up updates what it saw and keeps the rest.
        QVERIFY2(repository.saveRemote(store.id, {{"MUG", 111, 222, 1, "Default", 9, 9}}, &error), qPrintable(error));
        loaded = repository.remote(store.id, &error);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(1).onHand, 9);

        StockChange change{"MUG", 1, "Default", 10, 2, 8, 5, 111, 222};
        const QList<StockPushResult> results = {
            {change, StockPushOutcome::Pushed, {}},
            {{"TBP", 2, "Warehouse 2", 4, 0, 4, 1, 444, 0}, StockPushOutcome::PushedByProduct, {}},
            {{"BAD", 1, "Default", 1, 0, 1, 0, 555, 666}, StockPushOutcome::Refused, "Item with sku BAD not found"},
            {{"LATE", 1, "Default", 2, 0, 2, 0, 777, 0}, StockPushOutcome::NotSent, {}},
        };
        QVERIFY2(repository.savePushResults(store.id, results, &error), qPrintable(error));
        const QList<StockPushResult> back = repository.lastPushResults(store.id, &error);
        QCOMPARE(back.size(), 4);
        QStringList summary;
        for (const StockPushResult &result : back)
            summary.append(QStringLiteral("%1@%2 %3 %4-%5=%6 (%7) %8/%9 %10 %11")
                               .arg(result.change.sku)
                               .arg(result.change.locationId)
                               .arg(result.change.locationName)
                               .arg(result.change.warehouse)
                               .arg(result.change.allocated)
                               .arg(result.change.target)
                               .arg(result.change.remote)
                               .arg(result.change.productId)
                               .arg(result.change.variantId)
                               .arg(static_cast<int>(result.outcome))
                               .arg(result.message));
        QCOMPARE(summary, (QStringList{"BAD@1 Default 1-0=1 (0) 555/666 2 Item with sku BAD not found",
                                       "LATE@1 Default 2-0=2 (0) 777/0 3 ", "MUG@1 Default 10-2=8 (5) 111/222 0 ",
                                       "TBP@2 Warehouse 2 4-0=4 (1) 444/0 1 "}));
        // A later push replaces the results of the SKUs and locations it sent; the others keep their last push.
        change.remote = 8;
        QVERIFY2(repository.savePushResults(store.id, {{change, StockPushOutcome::Pushed, {}}}, &error),
                 qPrintable(error));
        const QList<StockPushResult> later = repository.lastPushResults(store.id, &error);
        QStringList skus;
        for (const StockPushResult &result : later)
            skus << QStringLiteral("%1@%2=%3")
                        .arg(result.change.sku)
                        .arg(result.change.locationId)
                        .arg(static_cast<int>(result.outcome));
        QCOMPARE(skus, (QStringList{"BAD@1=2", "LATE@1=3", "MUG@1=0", "TBP@2=1"}));
        for (const StockPushResult &result : later) {
            if (result.change.sku == QStringLiteral("MUG"))
                QCOMPARE(result.change.remote, 8);
        }
    }

    // The SKUs the last look-up asked about: those with a level saved before it read the levels. A SKU imported or
    // counted after it was not looked up (and must not show "not at BigCommerce").
    void lookedUpSkusAreThoseReadBeforeTheLookUp_data() { TestDatabase::addBackendRows(); }
    void lookedUpSkusAreThoseReadBeforeTheLookUp()
    {
        OPEN_TEST_DATABASE();
        const StoreConfig store = TestStores::bigCommerce(QStringLiteral("Main"));
        QCOMPARE(StoreRepository(*db).insert(store, &error), StoreRepository::Outcome::Ok);
        StockRepository repository(*db);
        QVERIFY(repository.lookedUpSkus(store.id, &error).isEmpty()); // never looked up
        QVERIFY2(repository.importLevels(store.id, {{"MUG", 1, 5, 2}, {"GONE", 1, 3, 3}},
                                         record(QStringLiteral("a.csv")), &error),
                 qPrintable(error));
        QTest::qWait(5);
        const QDateTime askedAt = QDateTime::currentDateTimeUtc();
        QTest::qWait(5);
        // Counted while the look-up ran, after it read the levels: not asked about.
        QVERIFY2(repository.setLevel(store.id, {"LATE", 1, 1, 0}, QStringLiteral("Bench 2"), &error),
                 qPrintable(error));
        QVERIFY2(repository.saveRemote(store.id, {{"MUG", 111, 222, 1, "Default", 5, 5}}, &error, askedAt),
                 qPrintable(error));
        QTest::qWait(5);
        QVERIFY2(repository.importLevels(store.id, {{"NEW", 2, 4, 2}}, record(QStringLiteral("b.csv")), &error),
                 qPrintable(error));
        QSet<QString> asked = repository.lookedUpSkus(store.id, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(asked, (QSet<QString>{"MUG", "GONE"}));
        // The next look-up asks about them all.
        QTest::qWait(5);
        QVERIFY2(repository.saveRemote(store.id, {{"MUG", 111, 222, 1, "Default", 5, 5}}, &error), qPrintable(error));
        asked = repository.lookedUpSkus(store.id, &error);
        QCOMPARE(asked, (QSet<QString>{"MUG", "GONE", "LATE", "NEW"}));
    }

    void removingTheStoreRemovesItsStock_data() { TestDatabase::addBackendRows(); }
    void removingTheStoreRemovesItsStock()
    {
        OPEN_TEST_DATABASE();
        const StoreConfig store = TestStores::bigCommerce(QStringLiteral("Main"));
        const StoreConfig other = TestStores::bigCommerce(QStringLiteral("Other"), QStringLiteral("def456"));
        StoreRepository stores(*db);
        QCOMPARE(stores.insert(store, &error), StoreRepository::Outcome::Ok);
        QCOMPARE(stores.insert(other, &error), StoreRepository::Outcome::Ok);
        StockRepository repository(*db);
        for (const StoreConfig &each : {store, other}) {
            QVERIFY2(repository.importLevels(each.id, {{"MUG", 1, 5, 2}}, record(QStringLiteral("a.csv")), &error),
                     qPrintable(error));
            QVERIFY2(repository.saveRemote(each.id, {{"MUG", 1, 2, 1, "Default", 4, 4}}, &error), qPrintable(error));
            QVERIFY2(repository.savePushResults(
                         each.id, {{{"MUG", 1, "Default", 5, 0, 5, 4, 1, 2}, StockPushOutcome::Pushed, {}}}, &error),
                     qPrintable(error));
        }
        const QStringList tables = {QStringLiteral("stock_levels"), QStringLiteral("stock_imports"),
                                    QStringLiteral("stock_remote"), QStringLiteral("stock_push_results")};
        for (const QString &table : tables)
            QCOMPARE(count(*db, table, store.id), 1);

        QCOMPARE(stores.markRemoved(store.id, &error), StoreRepository::Outcome::Ok);
        for (const QString &table : tables) {
            QVERIFY2(count(*db, table, store.id) == 0, qPrintable(table));
            QVERIFY2(count(*db, table, other.id) == 1, qPrintable(table));
        }
        QVERIFY(!repository.lastImport(store.id));

        // A store row really deleted (not something Packbench does itself) takes its stock too.
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM store_channels")));
        query.prepare(QStringLiteral("DELETE FROM stores WHERE id = ?"));
        query.addBindValue(other.id.toString(QUuid::WithoutBraces));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        for (const QString &table : tables)
            QVERIFY2(count(*db, table, other.id) == 0, qPrintable(table));
    }
};

QTEST_GUILESS_MAIN(TestStockRepository)
#include "tst_stockrepository.moc"
