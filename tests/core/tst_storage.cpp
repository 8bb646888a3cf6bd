// Database and StoreRepository on both backends: the same statements must work on SQLite and PostgreSQL.
#include "core/settings/Profile.h"
#include "core/storage/Database.h"
#include "core/storage/ShipmentQuery.h"
#include "core/storage/StoreRepository.h"
#include "support/ImportedRows.h"
#include "support/TestDatabase.h"
#include "support/TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Packbench;

class TestStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesToTheCurrentSchemaOnce_data() { TestDatabase::addBackendRows(); }
    void migratesToTheCurrentSchemaOnce()
    {
        QFETCH(TestDatabase::Backend, backend);
        TestDatabase testDatabase(backend);
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        QString error;
        {
            std::unique_ptr<Database> db = testDatabase.open(&error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        }
        // Opening again must not re-run the steps (they would fail on existing tables).
        std::unique_ptr<Database> again = testDatabase.open(&error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->schemaVersion(), Database::kSchemaVersion);
    }

    void refusesASchemaFromTheFuture_data() { TestDatabase::addBackendRows(); }
    void refusesASchemaFromTheFuture()
    {
        QFETCH(TestDatabase::Backend, backend);
        TestDatabase testDatabase(backend);
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        QString error;
        {
            std::unique_ptr<Database> db = testDatabase.open(&error);
            QVERIFY(db);
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
        }
        QVERIFY(!testDatabase.open(&error));
        QVERIFY2(error.contains(QStringLiteral("newer Packbench")), qPrintable(error));
    }

    // A profile of the previous Packbench (schema 3) with shipments: the upgrade fills the grid's new columns from
    // their items, gives every shipment the Default account and an "imported" history line.
    void upgradeFromSchema3FillsTheNewColumns_data() { TestDatabase::addBackendRows(); }
    void upgradeFromSchema3FillsTheNewColumns()
    {
        QFETCH(TestDatabase::Backend, backend);
        TestDatabase testDatabase(backend);
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        QString error;
        const StoreConfig store = TestStores::bigCommerce(QStringLiteral("Main"));
        const QString key = QStringLiteral("%1/7/shipping:70").arg(store.id.toString(QUuid::WithoutBraces));
        {
            std::unique_ptr<Database> db = testDatabase.open(&error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(StoreRepository(*db).insert(store, &error), StoreRepository::Outcome::Ok);
            QSqlQuery query(db->connection());
            // Back to schema 3: what steps 6, 5 and 4 added goes (step 6's triggers first, on each backend).
            const bool sqlite = backend == TestDatabase::Backend::SQLite;
            const QStringList triggers =
                sqlite ? QStringList{QStringLiteral("DROP TRIGGER shipments_changed_insert"),
                                     QStringLiteral("DROP TRIGGER shipments_changed_update"),
                                     QStringLiteral("DROP TRIGGER shipments_changed_delete"),
                                     QStringLiteral("DROP TRIGGER shipment_tags_changed_insert"),
                                     QStringLiteral("DROP TRIGGER shipment_tags_changed_delete")}
                       : QStringList{QStringLiteral("DROP TRIGGER shipments_changed ON shipments"),
                                     QStringLiteral("DROP TRIGGER shipments_deleted ON shipments"),
                                     QStringLiteral("DROP TRIGGER shipment_tags_changed ON shipment_tags"),
                                     QStringLiteral("DROP FUNCTION packbench_shipment_changed"),
                                     QStringLiteral("DROP FUNCTION packbench_shipment_deleted"),
                                     QStringLiteral("DROP FUNCTION packbench_tag_changed")};
            for (const QString &statement : triggers)
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            for (const char *statement :
                 {"DELETE FROM meta WHERE key = 'change_seq'", "DROP TABLE shipment_deletions",
                  "DROP TABLE store_leases", "DROP INDEX shipments_change_seq",
                  "ALTER TABLE shipments DROP COLUMN change_seq", "ALTER TABLE shipments DROP COLUMN printing_station",
                  "ALTER TABLE shipments DROP COLUMN printing_until"})
                QVERIFY2(query.exec(QString::fromLatin1(statement)), qPrintable(query.lastError().text()));
            for (const char *statement :
                 {"DROP TABLE carriers",
                  "DROP TABLE outbox",
                  "DELETE FROM meta WHERE key = 'outbox_seq'",
                  "ALTER TABLE stores DROP COLUMN weight_unit",
                  "DROP INDEX shipments_identity",
                  "CREATE UNIQUE INDEX shipments_identity ON shipments (store_id, order_id, kind, consignment_id)",
                  "ALTER TABLE shipments DROP COLUMN part",
                  "ALTER TABLE shipments DROP COLUMN parent_key",
                  "ALTER TABLE shipments DROP COLUMN carrier_id",
                  "ALTER TABLE shipments DROP COLUMN tracking_numbers",
                  "ALTER TABLE shipments DROP COLUMN parcels",
                  "ALTER TABLE shipments DROP COLUMN printed_at",
                  "ALTER TABLE shipments DROP COLUMN printed_station",
                  "ALTER TABLE shipments DROP COLUMN writeback",
                  "ALTER TABLE shipments DROP COLUMN writeback_note",
                  "ALTER TABLE shipments DROP COLUMN writeback_at",
                  "ALTER TABLE shipments DROP COLUMN void_guard",
                  "ALTER TABLE shipment_items DROP COLUMN quantity_held",
                  "ALTER TABLE shipment_items DROP COLUMN unit_price",
                  "DROP TABLE accounts",
                  "DROP TABLE rules",
                  "DROP TABLE saved_views",
                  "DROP TABLE shipment_events",
                  "ALTER TABLE shipment_tags DROP COLUMN source",
                  "ALTER TABLE shipments DROP COLUMN account_id",
                  "ALTER TABLE shipments DROP COLUMN rule",
                  "ALTER TABLE shipments DROP COLUMN carrier",
                  "ALTER TABLE shipments DROP COLUMN tracking_number",
                  "ALTER TABLE shipments DROP COLUMN weight",
                  "ALTER TABLE shipments DROP COLUMN skus",
                  "ALTER TABLE shipments DROP COLUMN option_size",
                  "ALTER TABLE shipments DROP COLUMN option_color",
                  "ALTER TABLE shipments DROP COLUMN option_hs_code",
                  "UPDATE meta SET value = '3' WHERE key = 'schema_version'"})
                QVERIFY2(query.exec(QString::fromLatin1(statement)), qPrintable(query.lastError().text()));
            const QString storeId = store.id.toString(QUuid::WithoutBraces);
            QVERIFY(query.exec(
                QStringLiteral(
                    "INSERT INTO orders (store_id, order_id, status_id, channel_id, customer_name, email, phone, "
                    "customer_message, staff_notes, total, currency, atl, content_hash, imported_at, updated_at) "
                    "VALUES "
                    "('%1', 7, 11, 1, '', '', '', '', '', '1', 'USD', '', 'h', '2026-01-01T00:00:00Z', "
                    "'2026-01-01T00:00:00Z')")
                    .arg(storeId)));
            QVERIFY2(
                query.exec(
                    QStringLiteral(
                        "INSERT INTO shipments (shipment_key, store_id, order_id, kind, consignment_id, state, "
                        "bc_status_id, channel_id, recipient, company, street_1, street_2, city, region, zip, country, "
                        "country_iso2, phone, email, shipping_method, pickup_location, atl, item_count, "
                        "changed_fields, "
                        "content_hash, imported_at, updated_at) VALUES ('%1', '%2', 7, 'shipping', 70, 'to-ship', 11, "
                        "1, 'Ada', '', '', '', '', '', '', '', 'NZ', '', '', '', '', '', 3, '', 'h', "
                        "'2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z')")
                        .arg(key, storeId)),
                qPrintable(query.lastError().text()));
            for (const QString &item : {QStringLiteral("1, 'MUG', 2, 0, 0, 0.5, 0, 'M', '', ''"),
                                        QStringLiteral("2, 'CAP', 1, 0, 0, 1.25, 0, '', 'Red', '6505.00'")})
                QVERIFY2(query.exec(QStringLiteral("INSERT INTO shipment_items (shipment_key, order_product_id, sku, "
                                                   "quantity, quantity_shipped, quantity_refunded, weight, "
                                                   "parent_order_product_id, size, color, hs_code, product_id, name) "
                                                   "VALUES ('%1', %2, 0, 'Item')")
                                        .arg(key, item)),
                         qPrintable(query.lastError().text()));
        }
        std::unique_ptr<Database> db = testDatabase.open(&error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        const QList<ShipmentRow> rows = ShipmentQuery(*db).list({});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().summary.weight, 2.25);
        QCOMPARE(rows.constFirst().summary.skus, QStringLiteral("MUG, CAP"));
        QCOMPARE(rows.constFirst().summary.size, QStringLiteral("M"));
        QCOMPARE(rows.constFirst().summary.color, QStringLiteral("Red"));
        QCOMPARE(rows.constFirst().summary.hsCode, QStringLiteral("6505.00"));
        QCOMPARE(rows.constFirst().accountName, QStringLiteral("Default"));
        QSqlQuery events(db->connection());
        QVERIFY(events.exec(QStringLiteral("SELECT kind, at FROM shipment_events")));
        QVERIFY(events.next());
        QCOMPARE(events.value(0).toString(), QStringLiteral("imported"));
        QCOMPARE(events.value(1).toString(), QStringLiteral("2026-01-02T03:04:05.000Z"));
    }

    void storesRoundTrip_data() { TestDatabase::addBackendRows(); }
    void storesRoundTrip()
    {
        OPEN_TEST_DATABASE();
        StoreRepository repository(*db);

        StoreConfig store = TestStores::bigCommerce(QStringLiteral("Zoë's Shop"));
        store.importStatuses = {9, 11, 12};
        store.updateStatuses = {2};
        store.pickupInStore = true;
        store.channelTags = true;
        store.writeback = WritebackMode::OnDispatch;
        store.autoImportMinutes = 15;
        store.defaultChannelId = 3;
        QCOMPARE(repository.insert(store, &error), StoreRepository::Outcome::Ok);

        const std::optional<StoreConfig> loaded = repository.findByName(QStringLiteral("zoë's shop"));
        QVERIFY(loaded);
        QCOMPARE(loaded->id, store.id);
        QCOMPARE(loaded->name, store.name);
        QCOMPARE(loaded->importStatuses, store.importStatuses);
        QCOMPARE(loaded->updateStatuses, store.updateStatuses);
        QVERIFY(loaded->pickupInStore);
        QVERIFY(loaded->channelTags);
        QCOMPARE(loaded->writeback, WritebackMode::OnDispatch);
        QCOMPARE(loaded->autoImportMinutes, 15);
        QCOMPARE(loaded->defaultChannelId, 3);
        QVERIFY(loaded->createdAt.isValid());

        StoreConfig changed = *loaded;
        changed.writeback = WritebackMode::Off;
        changed.name = QStringLiteral("Renamed");
        QCOMPARE(repository.update(changed, &error), StoreRepository::Outcome::Ok);
        QCOMPARE(repository.findById(store.id)->writeback, WritebackMode::Off);
        QCOMPARE(repository.list().size(), 1);
    }

    void namesAreUniqueWhateverTheirCase_data() { TestDatabase::addBackendRows(); }
    void namesAreUniqueWhateverTheirCase()
    {
        OPEN_TEST_DATABASE();
        StoreRepository repository(*db);
        const StoreConfig main = TestStores::bigCommerce(QStringLiteral("Main"));
        QCOMPARE(repository.insert(main, &error), StoreRepository::Outcome::Ok);
        QCOMPARE(repository.insert(TestStores::bigCommerce(QStringLiteral("MAIN")), &error),
                 StoreRepository::Outcome::NameTaken);

        StoreConfig other = TestStores::bigCommerce(QStringLiteral("Other"), QStringLiteral("other1"));
        QCOMPARE(repository.insert(other, &error), StoreRepository::Outcome::Ok);
        other.name = QStringLiteral("main");
        QCOMPARE(repository.update(other, &error), StoreRepository::Outcome::NameTaken);
        QCOMPARE(repository.findById(other.id)->name, QStringLiteral("Other"));
    }

    void aStoreHashIsConnectedOnceWhateverItsCase_data() { TestDatabase::addBackendRows(); }
    void aStoreHashIsConnectedOnceWhateverItsCase()
    {
        OPEN_TEST_DATABASE();
        StoreRepository repository(*db);
        StoreConfig main = TestStores::bigCommerce(QStringLiteral("Main"), QStringLiteral("abc123"));
        QCOMPARE(repository.insert(main, &error), StoreRepository::Outcome::Ok);

        StoreConfig existing;
        QCOMPARE(repository.insert(TestStores::bigCommerce(QStringLiteral("Second"), QStringLiteral("ABC123")), &error,
                                   &existing),
                 StoreRepository::Outcome::StoreTaken);
        QCOMPARE(existing.name, QStringLiteral("Main"));
        QCOMPARE(repository.list().size(), 1);
        QCOMPARE(repository.findByStoreHash(QStringLiteral("aBc123"))->id, main.id);
        QVERIFY(!repository.findByStoreHash(QStringLiteral("abc123"), main.id)); // itself is not "another"

        // Changing another store's API Path to the taken hash is refused and leaves it as it was.
        StoreConfig other = TestStores::bigCommerce(QStringLiteral("Other"), QStringLiteral("xyz9"));
        QCOMPARE(repository.insert(other, &error), StoreRepository::Outcome::Ok);
        StoreConfig moved = TestStores::bigCommerce(QStringLiteral("Other"), QStringLiteral("Abc123"));
        moved.id = other.id;
        existing = StoreConfig();
        QCOMPARE(repository.update(moved, &error, &existing), StoreRepository::Outcome::StoreTaken);
        QCOMPARE(existing.name, QStringLiteral("Main"));
        QCOMPARE(repository.findById(other.id)->storeHash, QStringLiteral("xyz9"));

        // A store keeps its own hash, in any case.
        StoreConfig recased = TestStores::bigCommerce(QStringLiteral("Main"), QStringLiteral("ABC123"));
        recased.id = main.id;
        QCOMPARE(repository.update(recased, &error), StoreRepository::Outcome::Ok);

        // Once removed, its hash is free again.
        QCOMPARE(repository.markRemoved(main.id, &error), StoreRepository::Outcome::Ok);
        QCOMPARE(repository.update(moved, &error), StoreRepository::Outcome::Ok);
        QCOMPARE(repository.findById(other.id)->storeHash, QStringLiteral("Abc123"));
    }

    void removingAStoreDeletesWhatWasImportedForIt_data() { TestDatabase::addBackendRows(); }
    void removingAStoreDeletesWhatWasImportedForIt()
    {
        OPEN_TEST_DATABASE();
        StoreRepository repository(*db);
        const StoreConfig main = TestStores::bigCommerce(QStringLiteral("Main"), QStringLiteral("abc123"));
        const StoreConfig other = TestStores::bigCommerce(QStringLiteral("Other"), QStringLiteral("xyz9"));
        QCOMPARE(repository.insert(main, &error), StoreRepository::Outcome::Ok);
        QCOMPARE(repository.insert(other, &error), StoreRepository::Outcome::Ok);
        const QString mainId = main.id.toString(QUuid::WithoutBraces);
        const QString otherId = other.id.toString(QUuid::WithoutBraces);
        QVERIFY2(ImportedRows::insert(db->connection(), mainId, {100, 101}, &error), qPrintable(error));
        QVERIFY2(ImportedRows::insert(db->connection(), otherId, {100}, &error), qPrintable(error));
        QVERIFY(repository.saveStatusLabels(main.id, {{11, QStringLiteral("Ready")}}, &error));
        const ImportedRows::Counts otherBefore = ImportedRows::count(db->connection(), otherId);
        QCOMPARE(ImportedRows::count(db->connection(), mainId).shipments, 4);
        QCOMPARE(ImportedRows::count(db->connection(), mainId).tags, 4);

        QCOMPARE(repository.markRemoved(main.id, &error), StoreRepository::Outcome::Ok);
        const ImportedRows::Counts left = ImportedRows::count(db->connection(), mainId);
        QVERIFY2(left.isEmpty(), qPrintable(left.toString()));
        QVERIFY(repository.statusLabels(main.id).isEmpty());
        QCOMPARE(ImportedRows::count(db->connection(), otherId), otherBefore);
        QVERIFY(repository.findById(main.id)); // the row stays, marked removed
        QCOMPARE(repository.list().size(), 1);
    }

    void aRemovalThatFailsHalfWayLeavesEverything_data() { TestDatabase::addBackendRows(); }
    void aRemovalThatFailsHalfWayLeavesEverything()
    {
        OPEN_TEST_DATABASE();
        StoreRepository repository(*db);
        const StoreConfig main = TestStores::bigCommerce(QStringLiteral("Main"));
        QCOMPARE(repository.insert(main, &error), StoreRepository::Outcome::Ok);
        const QString mainId = main.id.toString(QUuid::WithoutBraces);
        QVERIFY2(ImportedRows::insert(db->connection(), mainId, {100, 101}, &error), qPrintable(error));
        const ImportedRows::Counts before = ImportedRows::count(db->connection(), mainId);
        // The removal's last statement fails: everything before it (the shipments, the orders, the store's row) must
        // be rolled back with it.
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE store_status_labels")));

        QCOMPARE(repository.markRemoved(main.id, &error), StoreRepository::Outcome::Failed);
        QVERIFY(!error.isEmpty());
        QCOMPARE(ImportedRows::count(db->connection(), mainId), before);
        QCOMPARE(repository.list().size(), 1);
        QVERIFY(repository.findByName(QStringLiteral("Main")));
    }

    void removedStoreKeepsItsRowAndFreesItsName_data() { TestDatabase::addBackendRows(); }
    void removedStoreKeepsItsRowAndFreesItsName()
    {
        OPEN_TEST_DATABASE();
        StoreRepository repository(*db);
        const StoreConfig main = TestStores::bigCommerce(QStringLiteral("Main"));
        QCOMPARE(repository.insert(main, &error), StoreRepository::Outcome::Ok);
        QCOMPARE(repository.markRemoved(main.id, &error), StoreRepository::Outcome::Ok);
        QCOMPARE(repository.markRemoved(main.id, &error), StoreRepository::Outcome::NotFound);
        QVERIFY(repository.list().isEmpty());
        QVERIFY(!repository.findByName(QStringLiteral("Main")));
        QVERIFY(repository.findById(main.id)); // the row stays, marked removed
        QCOMPARE(repository.insert(TestStores::bigCommerce(QStringLiteral("Main")), &error),
                 StoreRepository::Outcome::Ok);
    }

    void channelsAndStatusLabelsAreReplacedWhole_data() { TestDatabase::addBackendRows(); }
    void channelsAndStatusLabelsAreReplacedWhole()
    {
        OPEN_TEST_DATABASE();
        StoreRepository repository(*db);
        const StoreConfig main = TestStores::bigCommerce(QStringLiteral("Main"));
        QCOMPARE(repository.insert(main, &error), StoreRepository::Outcome::Ok);
        QVERIFY(repository.saveChannels(main.id, {{1, QStringLiteral("Main")}, {2, QStringLiteral("Kids")}}, &error));
        QVERIFY(repository.saveChannels(main.id, {{2, QStringLiteral("Kids")}, {3, QStringLiteral("Outlet")}}, &error));
        const QList<ChannelInfo> channels = repository.channels(main.id);
        QCOMPARE(channels.size(), 2);
        QCOMPARE(channels.at(1).name, QStringLiteral("Outlet"));
        QVERIFY(repository.saveStatusLabels(main.id, {{11, QStringLiteral("Ready to pick")}}, &error));
        QCOMPARE(repository.statusLabels(main.id).constFirst().label, QStringLiteral("Ready to pick"));
    }

    void failedWriteRollsBackEverything_data() { TestDatabase::addBackendRows(); }
    void failedWriteRollsBackEverything()
    {
        OPEN_TEST_DATABASE();
        const bool written = db->write(
            [](QSqlDatabase &connection, QString *stepError) {
                QSqlQuery query(connection);
                if (!query.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('probe', 'x')")))
                    return false;
                *stepError = QStringLiteral("stop");
                return false; // as if a later statement failed
            },
            &error);
        QVERIFY(!written);
        QCOMPARE(error, QStringLiteral("stop"));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'probe'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void databaseUrls()
    {
        QTemporaryDir dir;
        const Profile profile = Profile::open(dir.path());
        DatabaseLocation location;
        QString error;
        QVERIFY(DatabaseLocation::parse(QString(), profile, &location, &error));
        QCOMPARE(location.sqlitePath, profile.databasePath());
        QVERIFY(DatabaseLocation::parse(QStringLiteral("postgresql://pack@db.local:5433/shared"), profile, &location,
                                        &error));
        QCOMPARE(location.backend, DatabaseLocation::Backend::PostgreSQL);
        QCOMPARE(location.host, QStringLiteral("db.local"));
        QCOMPARE(location.port, 5433);
        QCOMPARE(location.user, QStringLiteral("pack"));
        QCOMPARE(location.databaseName, QStringLiteral("shared"));
        // A password in the URL would end up in a command line: refused.
        QVERIFY(
            !DatabaseLocation::parse(QStringLiteral("postgresql://pack:secret@db/shared"), profile, &location, &error));
        QVERIFY(error.contains(QStringLiteral("keychain")));
        QVERIFY(!DatabaseLocation::parse(QStringLiteral("mysql://x/y"), profile, &location, &error));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
