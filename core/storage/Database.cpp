#include "core/storage/Database.h"

#include "core/domain/Shipment.h"
#include "core/settings/Profile.h"
#include "core/storage/ConnectionCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <atomic>
#include <libpq-fe.h>

namespace Packbench {

namespace {

// write()'s transactions under way on this thread (connection() must not swap the connection under one).
thread_local int t_transactionDepth = 0;

// Step-by-step schema: entry N brings version N-1 to N. Never edit a released step; add one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE stores ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " api_path TEXT NOT NULL,"
                           " store_hash TEXT NOT NULL,"
                           " client_id TEXT NOT NULL,"
                           " import_statuses TEXT NOT NULL,"
                           " update_statuses TEXT NOT NULL,"
                           " pickup_in_store INTEGER NOT NULL DEFAULT 0,"
                           " channel_tags INTEGER NOT NULL DEFAULT 0,"
                           " writeback TEXT NOT NULL DEFAULT 'on',"
                           " auto_import_minutes INTEGER NOT NULL DEFAULT 0,"
                           " default_channel_id INTEGER NOT NULL DEFAULT 1,"
                           " created_at TEXT NOT NULL,"
                           " removed_at TEXT)"),
            // Names are unique among the stores in use, whatever their case; a removed store's name is free again.
            QStringLiteral("CREATE UNIQUE INDEX stores_active_name ON stores (lower(name)) WHERE removed_at IS NULL"),
            QStringLiteral("CREATE TABLE store_channels ("
                           " store_id TEXT NOT NULL REFERENCES stores(id),"
                           " channel_id INTEGER NOT NULL,"
                           " name TEXT NOT NULL,"
                           " PRIMARY KEY (store_id, channel_id))"),
            QStringLiteral("CREATE TABLE store_status_labels ("
                           " store_id TEXT NOT NULL REFERENCES stores(id),"
                           " status_id INTEGER NOT NULL,"
                           " label TEXT NOT NULL,"
                           " PRIMARY KEY (store_id, status_id))"),
        },
        {
            // Step 2: imported orders and their shipments (one per shipping consignment or pickup consignment).
            QStringLiteral("CREATE TABLE orders ("
                           " store_id TEXT NOT NULL REFERENCES stores(id),"
                           " order_id BIGINT NOT NULL,"
                           " status_id INTEGER NOT NULL,"
                           " channel_id INTEGER NOT NULL,"
                           " date_created TEXT,"
                           " date_modified TEXT,"
                           " customer_id BIGINT,"
                           " customer_name TEXT NOT NULL,"
                           " email TEXT NOT NULL,"
                           " phone TEXT NOT NULL,"
                           " customer_message TEXT NOT NULL,"
                           " staff_notes TEXT NOT NULL,"
                           " total TEXT NOT NULL,"
                           " currency TEXT NOT NULL,"
                           " atl TEXT NOT NULL,"
                           " content_hash TEXT NOT NULL,"
                           " imported_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (store_id, order_id))"),
            QStringLiteral("CREATE TABLE shipments ("
                           " shipment_key TEXT PRIMARY KEY,"
                           " store_id TEXT NOT NULL,"
                           " order_id BIGINT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " consignment_id BIGINT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " bc_status_id INTEGER NOT NULL,"
                           " channel_id INTEGER NOT NULL,"
                           " tags TEXT NOT NULL,"
                           " recipient TEXT NOT NULL,"
                           " company TEXT NOT NULL,"
                           " street_1 TEXT NOT NULL,"
                           " street_2 TEXT NOT NULL,"
                           " city TEXT NOT NULL,"
                           " region TEXT NOT NULL,"
                           " zip TEXT NOT NULL,"
                           " country TEXT NOT NULL,"
                           " country_iso2 TEXT NOT NULL,"
                           " phone TEXT NOT NULL,"
                           " email TEXT NOT NULL,"
                           " shipping_method TEXT NOT NULL,"
                           " pickup_location TEXT NOT NULL,"
                           " atl TEXT NOT NULL,"
                           " item_count INTEGER NOT NULL,"
                           " date_created TEXT,"
                           " changed_fields TEXT NOT NULL,"
                           " changed_at TEXT,"
                           " content_hash TEXT NOT NULL,"
                           " imported_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " FOREIGN KEY (store_id, order_id) REFERENCES orders(store_id, order_id))"),
            QStringLiteral(
                "CREATE UNIQUE INDEX shipments_identity ON shipments (store_id, order_id, kind, consignment_id)"),
            QStringLiteral("CREATE INDEX shipments_state ON shipments (state, store_id)"),
            QStringLiteral("CREATE TABLE shipment_items ("
                           " shipment_key TEXT NOT NULL REFERENCES shipments(shipment_key),"
                           " order_product_id BIGINT NOT NULL,"
                           " product_id BIGINT NOT NULL,"
                           " sku TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " quantity INTEGER NOT NULL,"
                           " quantity_shipped INTEGER NOT NULL,"
                           " quantity_refunded INTEGER NOT NULL,"
                           " weight DOUBLE PRECISION NOT NULL,"
                           " parent_order_product_id BIGINT NOT NULL,"
                           " size TEXT NOT NULL,"
                           " color TEXT NOT NULL,"
                           " hs_code TEXT NOT NULL,"
                           " PRIMARY KEY (shipment_key, order_product_id))"),
            QStringLiteral("CREATE TABLE import_skips ("
                           " store_id TEXT NOT NULL,"
                           " order_id BIGINT NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " recorded_at TEXT NOT NULL,"
                           " PRIMARY KEY (store_id, order_id))"),
            QStringLiteral("CREATE TABLE sync_state ("
                           " store_id TEXT PRIMARY KEY,"
                           " last_success_at TEXT,"
                           " last_attempt_at TEXT,"
                           " last_error TEXT NOT NULL DEFAULT '')"),
        },
        {
            // Step 3: tags as rows, a folded search column (Unicode case folding done by Packbench, since SQLite's
            // lower() folds ASCII only), a flag for the packer on shipments whose order changed after printing, and
            // the window of the last import (for "why").
            QStringLiteral("CREATE TABLE shipment_tags ("
                           " shipment_key TEXT NOT NULL REFERENCES shipments(shipment_key),"
                           " tag TEXT NOT NULL,"
                           " PRIMARY KEY (shipment_key, tag))"),
            QStringLiteral("CREATE INDEX shipment_tags_tag ON shipment_tags (tag, shipment_key)"),
            QStringLiteral("INSERT INTO shipment_tags (shipment_key, tag) SELECT shipment_key, tags FROM shipments "
                           "WHERE tags <> ''"),
            QStringLiteral("ALTER TABLE shipments DROP COLUMN tags"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE shipments SET search_text = lower(recipient || ' ' || company || ' ' || city || ' ' "
                           "|| zip || ' ' || country)"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN flag TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX shipments_order ON shipments (store_id, order_id)"),
            QStringLiteral("ALTER TABLE sync_state ADD COLUMN window_start TEXT"),
            // Skips that an import should try again (a request that failed), as opposed to orders with nothing to
            // ship: a refresh fetches them again by id.
            QStringLiteral("ALTER TABLE import_skips ADD COLUMN retry INTEGER NOT NULL DEFAULT 0"),
        },
        {
            // Step 4: the grid's columns kept on the shipment (weight to ship, SKUs, product options), sending
            // accounts with a "Default" every shipment starts with, ordered rules and the rule that matched, tags a
            // rule added (source = the rule's id; '' = the import's channel tag), saved views and each shipment's
            // history.
            QStringLiteral("CREATE TABLE accounts ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " sender_name TEXT NOT NULL DEFAULT '',"
                           " sender_company TEXT NOT NULL DEFAULT '',"
                           " sender_street_1 TEXT NOT NULL DEFAULT '',"
                           " sender_street_2 TEXT NOT NULL DEFAULT '',"
                           " sender_city TEXT NOT NULL DEFAULT '',"
                           " sender_region TEXT NOT NULL DEFAULT '',"
                           " sender_zip TEXT NOT NULL DEFAULT '',"
                           " sender_country TEXT NOT NULL DEFAULT '',"
                           " sender_phone TEXT NOT NULL DEFAULT '',"
                           " sender_email TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX accounts_name ON accounts (lower(name))"),
            QStringLiteral("INSERT INTO accounts (id, name, created_at) VALUES "
                           "('00000000-0000-4000-8000-000000000001', 'Default', '2026-01-01T00:00:00.000Z')"),
            QStringLiteral("CREATE TABLE rules ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " conditions TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " action_value TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX rules_name ON rules (lower(name))"),
            QStringLiteral("CREATE TABLE saved_views ("
                           " name TEXT PRIMARY KEY,"
                           " filter TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE shipment_events ("
                           " shipment_key TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " station TEXT NOT NULL,"
                           " detail TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX shipment_events_key ON shipment_events (shipment_key, at)"),
            QStringLiteral("ALTER TABLE shipment_tags ADD COLUMN source TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN account_id TEXT NOT NULL DEFAULT "
                           "'00000000-0000-4000-8000-000000000001'"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN rule TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN carrier TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN tracking_number TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN weight DOUBLE PRECISION NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN skus TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN option_size TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN option_color TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN option_hs_code TEXT NOT NULL DEFAULT ''"),
            // Shipments imported before this step: their summary columns are filled from their items in C++
            // (ShipmentSummary), since SQLite and PostgreSQL aggregate text differently.
            QStringLiteral("INSERT INTO shipment_events (shipment_key, at, kind, station, detail) "
                           "SELECT shipment_key, imported_at, 'imported', '', '' FROM shipments"),
        },
        {
            // Step 5: labels and write-back. Carriers (own sequence with its counter, manual, pickup in store) and
            // each account's default carrier; what printing recorded on the shipment (who, when, carrier, every
            // parcel's tracking number, a split part of which consignment); quantities held by printed parts that
            // BigCommerce does not know yet; the outbox of write-backs, written in the same transaction as the print,
            // and the write-back state the grid shows. void_guard: a voided write-back's order, whose Shipped status
            // a refresh must not read as "shipped elsewhere" ('pending' while the void is sent, then the order's
            // date_modified after it).
            QStringLiteral("CREATE TABLE carriers ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " prefix TEXT NOT NULL DEFAULT '',"
                           " country TEXT NOT NULL DEFAULT '',"
                           " tracking_link TEXT NOT NULL DEFAULT '',"
                           " shipping_provider TEXT NOT NULL DEFAULT '',"
                           " tracking_carrier TEXT NOT NULL DEFAULT '',"
                           " next_number BIGINT NOT NULL DEFAULT 1,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX carriers_name ON carriers (lower(name))"),
            QStringLiteral("INSERT INTO carriers (id, name, kind, prefix, country, created_at) VALUES "
                           "('00000000-0000-4000-8000-000000000002', 'Own sequence', 'own-sequence', 'PB', 'XX', "
                           "'2026-01-01T00:00:00.000Z')"),
            QStringLiteral("INSERT INTO carriers (id, name, kind, created_at) VALUES "
                           "('00000000-0000-4000-8000-000000000003', 'Pickup in store', 'pickup', "
                           "'2026-01-01T00:00:00.000Z')"),
            QStringLiteral("ALTER TABLE accounts ADD COLUMN carrier_id TEXT NOT NULL DEFAULT "
                           "'00000000-0000-4000-8000-000000000002'"),
            QStringLiteral("ALTER TABLE stores ADD COLUMN weight_unit TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN part INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("DROP INDEX shipments_identity"),
            QStringLiteral("CREATE UNIQUE INDEX shipments_identity ON shipments (store_id, order_id, kind, "
                           "consignment_id, part)"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN parent_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN carrier_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN tracking_numbers TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN parcels INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN printed_at TEXT"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN printed_station TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN writeback TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN writeback_note TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN writeback_at TEXT"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN void_guard TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipment_items ADD COLUMN quantity_held INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE shipment_items ADD COLUMN unit_price DOUBLE PRECISION NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE outbox ("
                           " id TEXT PRIMARY KEY,"
                           " seq BIGINT NOT NULL,"
                           " shipment_key TEXT NOT NULL,"
                           " store_id TEXT NOT NULL,"
                           " order_id BIGINT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_at TEXT,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " bc_shipment_id BIGINT NOT NULL DEFAULT 0,"
                           " previous_status_id INTEGER NOT NULL DEFAULT -1,"
                           " created_at TEXT NOT NULL,"
                           " sent_at TEXT,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX outbox_state ON outbox (state, next_attempt_at)"),
            QStringLiteral("CREATE INDEX outbox_order ON outbox (store_id, order_id, seq)"),
            QStringLiteral("CREATE INDEX outbox_shipment ON outbox (shipment_key, seq)"),
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('outbox_seq', '0')"),
        },
        {
            // Step 6: several stations on one database.
            // - A change sequence: every shipment written (or its tags, or deleted) is marked -1 by a trigger, and
            //   Database::write gives the marked rows the next number of meta 'change_seq' just before it commits.
            //   The number is taken under the meta row's lock, so numbers commit in order and a station that read
            //   the counter at N has seen every change up to N (ChangeFeed).
            // - A lease per store: one station at a time runs a store's automatic import and write-backs.
            // - A print claim: the station printing a shipment right now, so another says "Bench 3 is printing this".
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('change_seq', '0')"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX shipments_change_seq ON shipments (change_seq)"),
            QStringLiteral("CREATE TABLE shipment_deletions ("
                           " shipment_key TEXT NOT NULL,"
                           " change_seq BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX shipment_deletions_change_seq ON shipment_deletions (change_seq)"),
            QStringLiteral("sqlite:CREATE TRIGGER shipments_changed_insert AFTER INSERT ON shipments "
                           "BEGIN UPDATE shipments SET change_seq = -1 WHERE shipment_key = NEW.shipment_key; END"),
            QStringLiteral("sqlite:CREATE TRIGGER shipments_changed_update AFTER UPDATE ON shipments "
                           "WHEN NEW.change_seq = OLD.change_seq "
                           "BEGIN UPDATE shipments SET change_seq = -1 WHERE shipment_key = NEW.shipment_key; END"),
            QStringLiteral("sqlite:CREATE TRIGGER shipments_changed_delete AFTER DELETE ON shipments "
                           "BEGIN INSERT INTO shipment_deletions (shipment_key, change_seq) "
                           "VALUES (OLD.shipment_key, -1); END"),
            QStringLiteral("sqlite:CREATE TRIGGER shipment_tags_changed_insert AFTER INSERT ON shipment_tags "
                           "BEGIN UPDATE shipments SET change_seq = -1 WHERE shipment_key = NEW.shipment_key; END"),
            QStringLiteral("sqlite:CREATE TRIGGER shipment_tags_changed_delete AFTER DELETE ON shipment_tags "
                           "BEGIN UPDATE shipments SET change_seq = -1 WHERE shipment_key = OLD.shipment_key; END"),
            QStringLiteral("postgresql:CREATE FUNCTION packbench_shipment_changed() RETURNS trigger LANGUAGE plpgsql "
                           "AS $$ BEGIN "
                           "IF TG_OP = 'INSERT' OR NEW.change_seq = OLD.change_seq THEN NEW.change_seq := -1; END IF; "
                           "RETURN NEW; END $$"),
            QStringLiteral("postgresql:CREATE TRIGGER shipments_changed BEFORE INSERT OR UPDATE ON shipments "
                           "FOR EACH ROW EXECUTE FUNCTION packbench_shipment_changed()"),
            QStringLiteral("postgresql:CREATE FUNCTION packbench_shipment_deleted() RETURNS trigger LANGUAGE plpgsql "
                           "AS $$ BEGIN INSERT INTO shipment_deletions (shipment_key, change_seq) "
                           "VALUES (OLD.shipment_key, -1); RETURN OLD; END $$"),
            QStringLiteral("postgresql:CREATE TRIGGER shipments_deleted AFTER DELETE ON shipments "
                           "FOR EACH ROW EXECUTE FUNCTION packbench_shipment_deleted()"),
            QStringLiteral("postgresql:CREATE FUNCTION packbench_tag_changed() RETURNS trigger LANGUAGE plpgsql "
                           "AS $$ BEGIN IF TG_OP = 'DELETE' THEN "
                           "UPDATE shipments SET change_seq = -1 WHERE shipment_key = OLD.shipment_key; "
                           "ELSE UPDATE shipments SET change_seq = -1 WHERE shipment_key = NEW.shipment_key; END IF; "
                           "RETURN NULL; END $$"),
            QStringLiteral("postgresql:CREATE TRIGGER shipment_tags_changed AFTER INSERT OR DELETE ON shipment_tags "
                           "FOR EACH ROW EXECUTE FUNCTION packbench_tag_changed()"),
            QStringLiteral("CREATE TABLE store_leases ("
                           " store_id TEXT PRIMARY KEY,"
                           " holder TEXT NOT NULL,"
                           " station TEXT NOT NULL,"
                           " host TEXT NOT NULL,"
                           " pid BIGINT NOT NULL,"
                           " expires_at BIGINT NOT NULL,"
                           " taken_at BIGINT NOT NULL)"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN printing_station TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE shipments ADD COLUMN printing_until BIGINT NOT NULL DEFAULT 0"),
        },
        {
            // Step 7: inventory sync. The warehouse's levels per store, SKU and BigCommerce location (from a stock
            // file or counted in the Stock screen), the imports (the last one is shown), BigCommerce's levels as last
            // looked up and the result per SKU of the last push. Removing a store only marks its row (its name stays
            // in history), so a trigger deletes its stock with it; ON DELETE CASCADE covers a row really deleted.
            // IF NOT EXISTS / OR REPLACE: a database put back to an earlier schema by hand keeps these objects, and
            // running the step again must not fail on them.
            QStringLiteral("CREATE TABLE IF NOT EXISTS stock_levels ("
                           " store_id TEXT NOT NULL REFERENCES stores(id) ON DELETE CASCADE,"
                           " sku TEXT NOT NULL,"
                           " location_id INTEGER NOT NULL,"
                           " quantity BIGINT NOT NULL,"
                           " line INTEGER NOT NULL DEFAULT 0,"
                           " counted_by TEXT NOT NULL DEFAULT '',"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (store_id, sku, location_id))"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS stock_imports ("
                           " store_id TEXT NOT NULL REFERENCES stores(id) ON DELETE CASCADE,"
                           " seq BIGINT NOT NULL,"
                           " file_name TEXT NOT NULL,"
                           " station TEXT NOT NULL,"
                           " imported_at TEXT NOT NULL,"
                           " levels INTEGER NOT NULL,"
                           " problems INTEGER NOT NULL,"
                           " PRIMARY KEY (store_id, seq))"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS stock_remote ("
                           " store_id TEXT NOT NULL REFERENCES stores(id) ON DELETE CASCADE,"
                           " sku TEXT NOT NULL,"
                           " location_id INTEGER NOT NULL,"
                           " location_name TEXT NOT NULL DEFAULT '',"
                           " product_id BIGINT NOT NULL DEFAULT 0,"
                           " variant_id BIGINT NOT NULL DEFAULT 0,"
                           " on_hand BIGINT NOT NULL DEFAULT 0,"
                           " available BIGINT NOT NULL DEFAULT 0,"
                           " fetched_at TEXT NOT NULL,"
                           " PRIMARY KEY (store_id, sku, location_id))"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS stock_push_results ("
                           " store_id TEXT NOT NULL REFERENCES stores(id) ON DELETE CASCADE,"
                           " sku TEXT NOT NULL,"
                           " location_id INTEGER NOT NULL,"
                           " location_name TEXT NOT NULL DEFAULT '',"
                           " warehouse BIGINT NOT NULL,"
                           " allocated BIGINT NOT NULL,"
                           " target BIGINT NOT NULL,"
                           " remote BIGINT NOT NULL,"
                           " product_id BIGINT NOT NULL DEFAULT 0,"
                           " variant_id BIGINT NOT NULL DEFAULT 0,"
                           " outcome TEXT NOT NULL,"
                           " message TEXT NOT NULL DEFAULT '',"
                           " pushed_at TEXT NOT NULL,"
                           " PRIMARY KEY (store_id, sku, location_id))"),
            QStringLiteral("sqlite:CREATE TRIGGER IF NOT EXISTS stores_removed_stock AFTER UPDATE OF removed_at ON "
                           "stores WHEN OLD.removed_at IS NULL AND NEW.removed_at IS NOT NULL BEGIN "
                           "DELETE FROM stock_levels WHERE store_id = NEW.id; "
                           "DELETE FROM stock_imports WHERE store_id = NEW.id; "
                           "DELETE FROM stock_remote WHERE store_id = NEW.id; "
                           "DELETE FROM stock_push_results WHERE store_id = NEW.id; END"),
            QStringLiteral("postgresql:CREATE OR REPLACE FUNCTION packbench_store_removed_stock() RETURNS trigger "
                           "LANGUAGE plpgsql AS $$ BEGIN "
                           "DELETE FROM stock_levels WHERE store_id = NEW.id; "
                           "DELETE FROM stock_imports WHERE store_id = NEW.id; "
                           "DELETE FROM stock_remote WHERE store_id = NEW.id; "
                           "DELETE FROM stock_push_results WHERE store_id = NEW.id; "
                           "RETURN NULL; END $$"),
            // Quietly: "does not exist, skipping" is a NOTICE that libpq prints on the station's terminal.
            QStringLiteral("postgresql:SET LOCAL client_min_messages = warning"),
            QStringLiteral("postgresql:DROP TRIGGER IF EXISTS stores_removed_stock ON stores"),
            QStringLiteral("postgresql:CREATE TRIGGER stores_removed_stock AFTER UPDATE OF removed_at ON stores "
                           "FOR EACH ROW WHEN (OLD.removed_at IS NULL AND NEW.removed_at IS NOT NULL) "
                           "EXECUTE FUNCTION packbench_store_removed_stock()"),
        },
        {
            // Step 8: the machine a lease holder runs on (StoreLeases::machineIdentity()), beside its host name: two
            // machines may share a host name, and only on the holder's own machine does its pid say it is gone.
            QStringLiteral("ALTER TABLE store_leases ADD COLUMN machine TEXT NOT NULL DEFAULT ''"),
        },
    };
    return steps;
}

// Schema step 4: the summary columns of the shipments written before it, from their items.
bool fillShipmentSummaries(QSqlDatabase &db, QString *error)
{
    QSqlQuery items(db);
    items.setForwardOnly(true);
    if (!execQuery(items,
                   QStringLiteral("SELECT shipment_key, sku, quantity, quantity_shipped, quantity_refunded, weight, "
                                  "parent_order_product_id, size, color, hs_code FROM shipment_items "
                                  "ORDER BY shipment_key, order_product_id"),
                   error))
        return false;
    QList<std::pair<QString, ShipmentSummary>> summaries;
    QString key;
    QList<LineItem> lines;
    auto flush = [&]() {
        if (!key.isEmpty())
            summaries.append({key, ShipmentSummary::of(lines)});
        lines.clear();
    };
    while (items.next()) {
        if (items.value(0).toString() != key) {
            flush();
            key = items.value(0).toString();
        }
        LineItem item;
        item.sku = items.value(1).toString();
        item.quantity = items.value(2).toInt();
        item.quantityShipped = items.value(3).toInt();
        item.quantityRefunded = items.value(4).toInt();
        item.weight = items.value(5).toDouble();
        item.parentOrderProductId = items.value(6).toLongLong();
        item.size = items.value(7).toString();
        item.color = items.value(8).toString();
        item.hsCode = items.value(9).toString();
        lines.append(item);
    }
    flush();
    items.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE shipments SET weight = ?, skus = ?, option_size = ?, option_color = ?, "
                                  "option_hs_code = ? WHERE shipment_key = ?"));
    for (const auto &[shipmentKey, summary] : std::as_const(summaries)) {
        update.addBindValue(summary.weight);
        update.addBindValue(summary.skus.isNull() ? QStringLiteral("") : summary.skus);
        update.addBindValue(summary.size.isNull() ? QStringLiteral("") : summary.size);
        update.addBindValue(summary.color.isNull() ? QStringLiteral("") : summary.color);
        update.addBindValue(summary.hsCode.isNull() ? QStringLiteral("") : summary.hsCode);
        update.addBindValue(shipmentKey);
        if (!execQuery(update, error))
            return false;
    }
    return true;
}

} // namespace

Database::Database(const DatabaseLocation &location)
    : m_location(location)
    , m_connectionPrefix(QStringLiteral("packbench-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    // Connections of other threads cannot be touched from here; removing the names releases them.
    std::lock_guard lock(m_mutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<Database> Database::open(const DatabaseLocation &location, QString *error)
{
    std::unique_ptr<Database> database(new Database(location));
    if (location.backend == DatabaseLocation::Backend::SQLite) {
        const QFileInfo file(location.sqlitePath);
        if (!QDir().mkpath(file.absolutePath())) {
            *error = tr("Cannot create the folder %1 for the database.").arg(file.absolutePath());
            return nullptr;
        }
    }
    QSqlDatabase db = database->connection();
    if (!db.isOpen()) {
        // PostgreSQL: what the failure means and what to do (password, TLS, server, database missing).
        *error =
            location.backend == DatabaseLocation::Backend::PostgreSQL
                ? ConnectionCheck::explain(db.lastError(), location)
                : tr("Cannot open the database %1: %2").arg(location.displayName(), Database::describe(db.lastError()));
        return nullptr;
    }
    if (!database->migrate(error))
        return nullptr;
    database->m_stampChanges = true;
    return database;
}

bool Database::openConnection(QSqlDatabase &db, QString *error) const
{
    if (m_location.backend == DatabaseLocation::Backend::SQLite) {
        db.setDatabaseName(m_location.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setDatabaseName(m_location.databaseName);
        db.setConnectOptions(m_location.connectOptions());
    }
    if (!db.open()) {
        *error = describe(db.lastError());
        return false;
    }
    if (m_location.backend == DatabaseLocation::Backend::SQLite) {
        QSqlQuery pragma(db);
        // WAL: readers never block the writer; synchronous=FULL: a committed print (and its outbox row) survives a
        // power cut, not only a crash; foreign keys are off by default in SQLite.
        for (const char *statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            if (!pragma.exec(QString::fromLatin1(statement))) {
                *error = describe(pragma.lastError());
                return false;
            }
        }
    }
    return true;
}

void Database::watchGuiThread(bool on)
{
    m_watchGuiThread = on;
}

QSqlDatabase Database::connection()
{
    if (m_watchGuiThread.load() && QCoreApplication::instance() &&
        QThread::currentThread() == QCoreApplication::instance()->thread()) {
        ++m_guiThreadUses;
        qWarning("Packbench: the GUI thread used the database (it must never wait on it)");
    }
    // A number per thread for its whole life: a thread's address can be reused by a later thread, which must not
    // inherit a connection that belongs to a finished one.
    static std::atomic<quint64> threadCounter{0};
    thread_local const quint64 threadNumber = ++threadCounter;
    const QString name = m_connectionPrefix + QLatin1Char('-') + QString::number(threadNumber);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // Never inside a transaction of this thread: a new connection there would run the rest of the transaction's
        // statements outside it. write() checks before it begins.
        if (t_transactionDepth > 0)
            return db;
        bool usable = db.isOpen() && !connectionBroken(db);
        if (usable && m_location.backend == DatabaseLocation::Backend::PostgreSQL) {
            // A connection idle for a moment (100 ms) may have been cut by a server restart without libpq knowing: one
            // round trip finds out, so the caller's first read after a restart goes through instead of failing.
            thread_local QHash<QString, qint64> lastUse;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const qint64 last = lastUse.value(name, now);
            lastUse.insert(name, now);
            if (now - last > 100) {
                QSqlQuery ping(db);
                usable = ping.exec(QStringLiteral("SELECT 1")) || !isConnectionLost(ping.lastError());
            }
        }
        if (!usable) {
            // The server restarted or the network dropped the connection: a new one, quietly. When the server is
            // still away, queries fail with "cannot connect" and the next call tries again.
            db.close();
            QString ignored;
            openConnection(db, &ignored);
        }
        return db;
    }

    const QString driver =
        m_location.backend == DatabaseLocation::Backend::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    {
        std::lock_guard lock(m_mutex);
        m_connectionNames.append(name);
    }
    closeWhenThreadEnds(name);
    QString ignored;
    openConnection(db, &ignored);
    return db;
}

void Database::closeWhenThreadEnds(const QString &name)
{
    const QCoreApplication *application = QCoreApplication::instance();
    QThread *thread = QThread::currentThread();
    // The application's own thread keeps its connection until the Database goes.
    if (!application || thread == application->thread())
        return;
    // A worker's connection goes with its thread: a shared server counts connections (max_connections), and every
    // background read or write of a window runs on a thread of its own. finished is emitted on the ending thread,
    // the only one that may close its connection. After the application is gone (process exit) QtSql's connection
    // list may be gone too: nothing is done then.
    QObject::connect(
        thread, &QThread::finished, thread,
        [name] {
            if (QCoreApplication::instance())
                QSqlDatabase::removeDatabase(name);
        },
        Qt::DirectConnection);
}

int Database::schemaVersion()
{
    QSqlDatabase db = connection();
    if (!db.tables().contains(QStringLiteral("meta")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Database::connectionBroken(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    return connection == nullptr || PQstatus(connection) == CONNECTION_BAD;
}

bool Database::begin(QSqlDatabase &db, QString *error)
{
    const QString statement = m_location.backend == DatabaseLocation::Backend::SQLite
                                  ? QStringLiteral("BEGIN IMMEDIATE")
                                  : QStringLiteral("BEGIN");
    // Twice at most: a connection the server dropped while it was idle is only found out by using it, and nothing
    // has been done yet when BEGIN fails.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!db.isOpen() || connectionBroken(db)) {
            db.close();
            QString reason;
            if (!openConnection(db, &reason)) {
                // One line: it is shown in the window's feedback and the status bar (libpq's text has line breaks and
                // tabs).
                *error = tr("The database %1 is not available: %2")
                             .arg(m_location.displayName(),
                                  reason.simplified().replace(QStringLiteral("( "), QStringLiteral("(")));
                return false;
            }
        }
        QSqlQuery query(db);
        if (query.exec(statement)) {
            error->clear(); // a first attempt on a dropped connection said why it failed; this one went through
            return true;
        }
        *error = describe(query.lastError());
        if (!isConnectionLost(query.lastError()))
            return false;
        db.close();
    }
    return false;
}

// Gives the shipments this transaction marked (-1, by the triggers of schema step 6) the next change number.
bool Database::stampChanges(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!execQuery(query,
                   QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM shipments WHERE change_seq = -1) OR EXISTS "
                                  "(SELECT 1 FROM shipment_deletions WHERE change_seq = -1)"),
                   error))
        return false;
    if (!query.next())
        return true;
    query.finish();
    if (!execQuery(query,
                   QStringLiteral("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = "
                                  "'change_seq' RETURNING value"),
                   error))
        return false;
    if (!query.next()) {
        *error = tr("The database has no change counter (meta change_seq).");
        return false;
    }
    const qint64 number = query.value(0).toLongLong();
    query.finish();
    for (const char *table : {"shipments", "shipment_deletions"}) {
        query.prepare(QStringLiteral("UPDATE %1 SET change_seq = ? WHERE change_seq = -1").arg(QLatin1String(table)));
        query.addBindValue(number);
        if (!execQuery(query, error))
            return false;
    }
    return true;
}

bool Database::write(const std::function<bool(QSqlDatabase &, QString *)> &work, QString *error)
{
    QSqlDatabase db = connection();
    if (!begin(db, error))
        return false;
    struct Depth
    {
        Depth() { ++t_transactionDepth; }
        ~Depth() { --t_transactionDepth; }
    } depth;
    QString workError;
    if (!work(db, &workError) || (m_stampChanges.load() && !stampChanges(db, &workError))) {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        *error = workError;
        return false;
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        *error = describe(commit.lastError());
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

bool Database::migrate(QString *error)
{
    const QList<QStringList> &steps = migrations();
    return write(
        [this, &steps](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            if (m_location.backend == DatabaseLocation::Backend::PostgreSQL) {
                // Stations starting at the same time: one migrates, the others wait for it.
                if (!execQuery(query, QStringLiteral("SELECT pg_advisory_xact_lock(7263001)"), stepError))
                    return false;
            }
            int version = 0;
            if (db.tables().contains(QStringLiteral("meta"))) {
                if (!execQuery(query, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"), stepError))
                    return false;
                if (query.next())
                    version = query.value(0).toInt();
            }
            if (version > static_cast<int>(steps.size())) {
                *stepError = tr("The database was written by a newer Packbench (schema %1; this one knows up to %2). "
                                "Update Packbench on this station.")
                                 .arg(version)
                                 .arg(steps.size());
                return false;
            }
            for (int step = version; step < static_cast<int>(steps.size()); ++step) {
                for (QString statement : steps.at(step)) {
                    // "sqlite:" and "postgresql:" statements run on that backend only (triggers differ).
                    const bool onSqlite = m_location.backend == DatabaseLocation::Backend::SQLite;
                    if (statement.startsWith(QLatin1String("sqlite:"))) {
                        if (!onSqlite)
                            continue;
                        statement = statement.mid(7);
                    } else if (statement.startsWith(QLatin1String("postgresql:"))) {
                        if (onSqlite)
                            continue;
                        statement = statement.mid(11);
                    }
                    if (!query.exec(statement)) {
                        *stepError = tr("Upgrading the database to schema %1 failed: %2")
                                         .arg(step + 1)
                                         .arg(describe(query.lastError()));
                        return false;
                    }
                }
                if (step == 3 && !fillShipmentSummaries(db, stepError))
                    return false;
            }
            if (version != static_cast<int>(steps.size())) {
                query.prepare(version == 0
                                  ? QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)")
                                  : QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"));
                query.addBindValue(QString::number(steps.size()));
                if (!execQuery(query, stepError))
                    return false;
            }
            return true;
        },
        error);
}

QString Database::stationName() const
{
    return m_stationName.isEmpty() ? QSysInfo::machineHostName() : m_stationName;
}

void Database::setStationName(const QString &name)
{
    m_stationName = name;
}

QString Database::describe(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLite result codes: 13 SQLITE_FULL, 5 SQLITE_BUSY, 8 SQLITE_READONLY, 14 SQLITE_CANTOPEN, 11 SQLITE_CORRUPT.
    if (native == QLatin1String("13") || text.contains(QLatin1String("disk is full")) ||
        native == QLatin1String("53100"))
        return tr("the disk is full. Free some space and try again; nothing was saved.");
    if (native == QLatin1String("5") || native == QLatin1String("6"))
        return tr("the database is busy (another program holds a lock). Try again in a moment.");
    if (native == QLatin1String("8"))
        return tr("the database file is read-only. Check its permissions.");
    if (native == QLatin1String("14"))
        return tr("the database file cannot be opened. Check that its folder exists and is writable.");
    if (native == QLatin1String("11") || native == QLatin1String("26"))
        return tr("the database file is damaged (%1). Restore it from a backup.").arg(text);
    if (error.type() == QSqlError::ConnectionError &&
        (text.contains(QLatin1String("connect"), Qt::CaseInsensitive) ||
         text.contains(QLatin1String("server closed"), Qt::CaseInsensitive) ||
         text.contains(QLatin1String("timeout"), Qt::CaseInsensitive)))
        return tr("cannot connect to the database server (%1). Check that it is running and reachable.").arg(text);
    if (text.trimmed().isEmpty())
        return tr("no connection to the database server. Check that it is running and reachable.");
    return text;
}

bool Database::isConnectionLost(const QSqlError &error)
{
    // SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server shutting down or starting), or libpq's
    // own words when the socket went away before an answer.
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P0")))
        return true;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    for (const char *words : {"server closed the connection", "no connection to the server", "terminating connection",
                              "could not receive data", "could not send data", "connection to server",
                              "SSL connection has been closed", "SSL SYSCALL error", "EOF detected"}) {
        if (text.contains(QLatin1String(words), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString Database::nowMsSql() const
{
    return m_location.backend == DatabaseLocation::Backend::SQLite
               ? QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)")
               : QStringLiteral("CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)");
}

bool execQuery(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = Database::describe(query.lastError());
    return false;
}

bool execQuery(QSqlQuery &query, const QString &statement, QString *error)
{
    if (query.exec(statement))
        return true;
    *error = Database::describe(query.lastError());
    return false;
}

} // namespace Packbench
