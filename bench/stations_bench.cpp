// packbench-stations-bench: several stations on one database (issue 11), on PostgreSQL next to SQLite (README.md).
//  1. change propagation: a print at one station (its own Database and connection) until its key arrives at another
//     station's ChangeFeed (its own Database and connection, the feed's real poll interval): median, p95, max of N;
//  2. the grid's load for 100,000 to-ship shipments: what ShipmentsView's worker runs for the default view (the first
//     screenful by order number, then the whole set and the split orders), on SQLite and on PostgreSQL. The SQLite
//     database is filled with direct inserts (as an import leaves the tables, bypassing the import), then moved to
//     PostgreSQL with DatabaseCopy (what `packbench database migrate` runs), so both hold the same rows.
// PostgreSQL: --postgres URL, else PACKBENCH_TEST_POSTGRES_URL with PACKBENCH_TEST_POSTGRES_PASSWORD (the test
// server of scripts/lib/postgres.sh); the bench creates a database of its own there and drops it at the end.
#include "SandboxServer.h"
#include "core/domain/Shipment.h"
#include "core/settings/Profile.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseCopy.h"
#include "core/storage/SearchText.h"
#include "core/storage/ShipmentQuery.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportJob.h"
#include "core/writeback/Outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <cstdio>

using namespace Packbench;

namespace {

QTextStream out(stdout);

void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

// A database of the bench's own on the PostgreSQL server (dropped at the end), or a SQLite file.
class BenchDatabase
{
public:
    ~BenchDatabase()
    {
        if (m_admin.isEmpty())
            return;
        {
            QSqlDatabase admin = QSqlDatabase::database(m_admin, false);
            if (admin.isOpen()) {
                QSqlQuery drop(admin);
                drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(location.databaseName));
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(m_admin);
    }

    bool sqlite(const QString &path)
    {
        location.backend = DatabaseLocation::Backend::SQLite;
        location.sqlitePath = path;
        return true;
    }

    bool postgres(const QString &url, const QString &password, QString *error)
    {
        if (!DatabaseLocation::parse(url, Profile::open(m_profile.path()), &location, error))
            return false;
        location.password = password;
        const QString name = QStringLiteral("pb_bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        m_admin = QStringLiteral("bench-admin-") + name;
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_admin);
        admin.setHostName(location.host);
        admin.setPort(location.port);
        admin.setUserName(location.user);
        admin.setPassword(location.password);
        admin.setDatabaseName(location.databaseName);
        admin.setConnectOptions(location.connectOptions());
        if (!admin.open()) {
            *error = admin.lastError().text();
            return false;
        }
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            *error = create.lastError().text();
            return false;
        }
        location.databaseName = name;
        return true;
    }

    DatabaseLocation location;

private:
    QTemporaryDir m_profile;
    QString m_admin;
};

// ---------------------------------------------------------------------------------------------------------------
// 1. A change at one station until another station's feed has it

struct Propagation
{
    QList<double> ms;
    QList<double> printMs;
    int missed = 0;
};

Propagation propagation(const DatabaseLocation &location, int changes, int pollMs, QString *error)
{
    Propagation result;
    // Two stations: each its own Database, so its own connections (on SQLite: the same file, as two processes).
    const std::unique_ptr<Database> printing = Database::open(location, error);
    const std::unique_ptr<Database> watching = printing ? Database::open(location, error) : nullptr;
    if (!watching)
        return result;
    SandboxOptions options;
    options.port = 0;
    options.orders = std::max(200, changes * 4);
    options.quota = 0;
    SandboxServer server(options);
    if (!server.listen(error))
        return result;
    StoreConfig store = StoreConfig::withDefaults();
    store.name = QStringLiteral("Bench");
    store.apiPath = server.apiPath();
    store.storeHash = options.storeHash;
    store.clientId = QStringLiteral("bench");
    StoreRepository(*printing).insert(store, error);
    ImportRequest request;
    request.days = 3650;
    ImportJob job(*printing, request, {ImportSource{store, options.token}});
    bool imported = false;
    QObject::connect(&job, &ImportJob::finished, &job, [&imported](const ImportReport &) { imported = true; });
    job.start();
    waitUntil([&imported] { return imported; }, 300000);
    ShipmentFilter filter;
    filter.state = ShipmentState::ToShip;
    QStringList keys;
    for (const ShipmentRow &row : ShipmentQuery(*printing).list(filter))
        if (row.consignment.startsWith(QLatin1String("shipping:")) && keys.size() < changes)
            keys << row.key;
    if (keys.size() < changes) {
        *error = QStringLiteral("only %1 shipments to print").arg(keys.size());
        return result;
    }

    QElapsedTimer clock;
    clock.start();
    QHash<QString, qint64> arrived; // key -> clock ns when the feed's signal reached this (the watching) thread
    ChangeFeed feed(*watching);
    QObject::connect(&feed, &ChangeFeed::shipmentsChanged, &feed, [&arrived, &clock](const QStringList &changed) {
        const qint64 now = clock.nsecsElapsed();
        for (const QString &key : changed)
            arrived.insert(key, now);
    });
    feed.start();
    pause(2 * pollMs);
    QRandomGenerator random(20261130);
    for (const QString &key : std::as_const(keys)) {
        // At a random moment of the feed's poll cycle, as a packer's print is.
        pause(static_cast<int>(random.bounded(pollMs)));
        PrintRequest print;
        print.shipmentKey = key;
        const qint64 start = clock.nsecsElapsed();
        const PrintResult printed = Outbox(*printing).print(print, {});
        result.printMs << (clock.nsecsElapsed() - start) / 1e6;
        if (!printed.isOk()) {
            *error = printed.message;
            return result;
        }
        waitUntil([&arrived, &key] { return arrived.contains(key); }, 20 * pollMs);
        if (!arrived.contains(key)) {
            ++result.missed;
            continue;
        }
        result.ms << (arrived.value(key) - start) / 1e6;
    }
    return result;
}

// ---------------------------------------------------------------------------------------------------------------
// 2. The grid's load

// One transaction of direct inserts, as an import of that many orders leaves the tables: orders, to-ship shipments
// with the summary columns and the folded search text, 1-3 items each, a channel tag, an 'imported' event; 5 % of
// the orders in two consignments (split orders the grid numbers).
bool fill(Database &database, int shipments, QString *error)
{
    const QStringList names = {QStringLiteral("Jane Doe"),        QStringLiteral("Aroha Ngata"),
                               QStringLiteral("Łukasz Kowalski"), QStringLiteral("Zoë Ångström"),
                               QStringLiteral("Kenji Takahashi"), QStringLiteral("Chloé Müller")};
    const QStringList cities = {QStringLiteral("Auckland"), QStringLiteral("Wellington"), QStringLiteral("Sydney"),
                                QStringLiteral("Münster"), QStringLiteral("Tokyo")};
    const QStringList skus = {QStringLiteral("TSH-ORG-M"), QStringLiteral("BNE-MER-OS"), QStringLiteral("BTL-750-OS"),
                              QStringLiteral("JKT-KID-S"), QStringLiteral("MUG-350-OS")};
    const QString storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return database.write(
        [&](QSqlDatabase &db, QString *stepError) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO stores (id, name, api_path, store_hash, client_id, "
                                         "import_statuses, update_statuses, channel_tags, created_at) VALUES "
                                         "(?, 'Bench', 'http://127.0.0.1:1/stores/bench/v3/', 'bench', 'bench', "
                                         "'9,11', '2', 1, '2026-01-01T00:00:00Z')"));
            query.addBindValue(storeId);
            if (!execQuery(query, stepError))
                return false;
            QSqlQuery order(db);
            order.prepare(QStringLiteral(
                "INSERT INTO orders (store_id, order_id, status_id, channel_id, date_created, date_modified, "
                "customer_id, customer_name, email, phone, customer_message, staff_notes, total, currency, atl, "
                "content_hash, imported_at, updated_at) VALUES (?, ?, 11, 1, ?, ?, 1, ?, ?, '', '', '', '10.00', "
                "'NZD', '', '0123456789abcdef', ?, ?)"));
            QSqlQuery shipment(db);
            shipment.prepare(QStringLiteral(
                "INSERT INTO shipments (shipment_key, store_id, order_id, kind, consignment_id, state, bc_status_id, "
                "channel_id, recipient, company, street_1, street_2, city, region, zip, country, country_iso2, phone, "
                "email, shipping_method, pickup_location, atl, item_count, date_created, changed_fields, "
                "content_hash, imported_at, updated_at, search_text, weight, skus, option_size, option_color, "
                "option_hs_code) VALUES (?, ?, ?, 'shipping', ?, 'to-ship', 11, 1, ?, '', ?, '', ?, 'Region', "
                "'1010', 'New Zealand', 'NZ', '', ?, 'Courier', '', '', ?, ?, '', "
                "'a:0123456789abcdef;i:0123456789abcdef;n:01234567;s:11', ?, ?, ?, ?, ?, '', '', '')"));
            QSqlQuery item(db);
            item.prepare(QStringLiteral(
                "INSERT INTO shipment_items (shipment_key, order_product_id, product_id, sku, name, quantity, "
                "quantity_shipped, quantity_refunded, weight, parent_order_product_id, size, color, hs_code) VALUES "
                "(?, ?, 1, ?, 'Product', ?, 0, 0, 0.25, 0, '', '', '')"));
            QSqlQuery tag(db);
            tag.prepare(QStringLiteral("INSERT INTO shipment_tags (shipment_key, tag, source) VALUES (?, '1', '')"));
            QSqlQuery event(db);
            event.prepare(QStringLiteral("INSERT INTO shipment_events (shipment_key, at, kind, station, detail) "
                                         "VALUES (?, ?, 'imported', '', '')"));
            QRandomGenerator random(20261129);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QString importedAt = now.toString(Qt::ISODateWithMs);
            qint64 orderId = 10000;
            qint64 orderProductId = 1;
            int written = 0;
            while (written < shipments) {
                ++orderId;
                const QString date =
                    now.addSecs(-60LL * 24 * 3600 * (shipments - written) / shipments).toString(Qt::ISODate);
                const QString customer = names.at(random.bounded(static_cast<int>(names.size())));
                for (const QVariant &value :
                     {QVariant(storeId), QVariant(orderId), QVariant(date), QVariant(date), QVariant(customer),
                      QVariant(QStringLiteral("customer%1@example.com").arg(orderId)), QVariant(importedAt),
                      QVariant(importedAt)})
                    order.addBindValue(value);
                if (!execQuery(order, stepError))
                    return false;
                const int consignments = written + 2 <= shipments && random.bounded(20) == 0 ? 2 : 1;
                for (int c = 0; c < consignments; ++c, ++written) {
                    const qint64 consignmentId = orderId * 10 + c;
                    const QString key =
                        QStringLiteral("%1/%2/shipping:%3").arg(storeId).arg(orderId).arg(consignmentId);
                    const QString city = cities.at(random.bounded(static_cast<int>(cities.size())));
                    const int items = random.bounded(1, 4);
                    QList<std::pair<QString, int>> lines; // SKU, quantity
                    QStringList lineSkus;
                    int quantity = 0;
                    for (int i = 0; i < items; ++i) {
                        lines.append({skus.at(random.bounded(static_cast<int>(skus.size()))), random.bounded(1, 4)});
                        lineSkus << lines.last().first;
                        quantity += lines.last().second;
                    }
                    lineSkus.removeDuplicates();
                    const QString street = QStringLiteral("%1 Queen Street").arg(random.bounded(1, 400));
                    for (const QVariant &value :
                         {QVariant(key), QVariant(storeId), QVariant(orderId), QVariant(consignmentId),
                          QVariant(customer), QVariant(street), QVariant(city),
                          QVariant(QStringLiteral("customer%1@example.com").arg(orderId)), QVariant(quantity),
                          QVariant(date), QVariant(importedAt), QVariant(importedAt),
                          QVariant(
                              SearchText::join(QStringList{customer, city, QStringLiteral("New Zealand")} + lineSkus)),
                          QVariant(0.25 * quantity), QVariant(lineSkus.join(QStringLiteral(", ")))})
                        shipment.addBindValue(value);
                    if (!execQuery(shipment, stepError))
                        return false;
                    for (const auto &[sku, count] : std::as_const(lines)) {
                        for (const QVariant &value :
                             {QVariant(key), QVariant(orderProductId++), QVariant(sku), QVariant(count)})
                            item.addBindValue(value);
                        if (!execQuery(item, stepError))
                            return false;
                    }
                    tag.addBindValue(key);
                    event.addBindValue(key);
                    event.addBindValue(importedAt);
                    if (!execQuery(tag, stepError) || !execQuery(event, stepError))
                        return false;
                }
            }
            return true;
        },
        error);
}

struct GridLoad
{
    QList<double> firstScreen; // the first 300 rows by order number
    QList<double> whole;       // every to-ship row
    QList<double> splits;      // the split orders' numbering
    int rows = 0;
};

// What ShipmentsView::reload() runs on its worker for the default view ("To ship", sorted by order number), each
// part timed.
GridLoad gridLoad(Database &database, int runs)
{
    GridLoad load;
    ShipmentFilter view;
    view.state = ShipmentState::ToShip;
    ShipmentFilter query = view.coarse();
    query.anyOrder = true;
    ShipmentFilter first = query;
    first.limit = 300;
    for (int run = 0; run < runs; ++run) {
        ShipmentQuery repository(database);
        QString error;
        QElapsedTimer clock;
        clock.start();
        const QList<ShipmentRow> top = repository.list(first, &error);
        load.firstScreen << clock.nsecsElapsed() / 1e6;
        clock.restart();
        const QList<ShipmentRow> rows = repository.list(query, &error);
        load.whole << clock.nsecsElapsed() / 1e6;
        clock.restart();
        repository.splitParts(query.storeId, &error);
        load.splits << clock.nsecsElapsed() / 1e6;
        load.rows = static_cast<int>(rows.size());
        if (!error.isEmpty())
            out << "  query failed: " << error << Qt::endl;
    }
    return load;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Several stations on one database: change propagation and the "
                                                    "grid's load, PostgreSQL next to SQLite."));
    parser.addHelpOption();
    const QCommandLineOption postgres(QStringLiteral("postgres"),
                                      QStringLiteral("PostgreSQL server URL (default: PACKBENCH_TEST_POSTGRES_URL; "
                                                     "password: PACKBENCH_TEST_POSTGRES_PASSWORD)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption changes(QStringLiteral("changes"), QStringLiteral("Prints to time (50)."),
                                     QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption pollMs(QStringLiteral("poll-ms"),
                                    QStringLiteral("The feed's poll interval (default: PACKBENCH_CHANGE_POLL_MS, else "
                                                   "ChangeFeed's own, 1000)."),
                                    QStringLiteral("MS"));
    const QCommandLineOption shipments(QStringLiteral("shipments"), QStringLiteral("Shipments in the grid (100000)."),
                                       QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Grid loads per backend (5)."),
                                  QStringLiteral("R"), QStringLiteral("5"));
    parser.addOptions({postgres, changes, pollMs, shipments, runs});
    parser.process(app);
    if (parser.isSet(pollMs))
        qputenv("PACKBENCH_CHANGE_POLL_MS", parser.value(pollMs).toUtf8());
    bool ok = false;
    int poll = qEnvironmentVariableIntValue("PACKBENCH_CHANGE_POLL_MS", &ok);
    if (!ok || poll <= 0)
        poll = 1000;
    const QString url =
        parser.isSet(postgres) ? parser.value(postgres) : qEnvironmentVariable("PACKBENCH_TEST_POSTGRES_URL");
    const QString password = qEnvironmentVariable("PACKBENCH_TEST_POSTGRES_PASSWORD");
    int exitCode = 0;
    QTemporaryDir folder;
    QString error;

    out << "1. A print at one station until its key reaches another station's ChangeFeed (" << parser.value(changes)
        << " prints, poll every " << poll << " ms; two Database objects, two connections)" << Qt::endl;
    out << "   backend      median      p95      max   print median   missed" << Qt::endl;
    for (const bool onPostgres : {false, true}) {
        BenchDatabase database;
        if (onPostgres) {
            if (url.isEmpty()) {
                out << "   postgresql   skipped: no --postgres URL and no PACKBENCH_TEST_POSTGRES_URL" << Qt::endl;
                continue;
            }
            if (!database.postgres(url, password, &error)) {
                out << "   postgresql   " << error << Qt::endl;
                exitCode = 1;
                continue;
            }
        } else {
            database.sqlite(folder.filePath(QStringLiteral("changes.sqlite")));
        }
        const Propagation result = propagation(database.location, parser.value(changes).toInt(), poll, &error);
        if (result.ms.isEmpty()) {
            out << "   " << (onPostgres ? "postgresql" : "sqlite    ") << "   failed: " << error << Qt::endl;
            exitCode = 1;
            continue;
        }
        out << QStringLiteral("   %1 %2 ms %3 ms %4 ms %5 ms %6")
                   .arg(onPostgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite    "))
                   .arg(percentile(result.ms, 0.5), 7, 'f', 0)
                   .arg(percentile(result.ms, 0.95), 5, 'f', 0)
                   .arg(percentile(result.ms, 1.0), 5, 'f', 0)
                   .arg(percentile(result.printMs, 0.5), 10, 'f', 1)
                   .arg(result.missed, 8)
            << Qt::endl;
        if (result.missed > 0)
            exitCode = 1;
    }

    const int count = parser.value(shipments).toInt();
    const int loads = std::max(1, parser.value(runs).toInt());
    out << Qt::endl
        << "2. The grid's load of " << count << " to-ship shipments (ShipmentsView's worker, default view; median of "
        << loads << ")" << Qt::endl;
    BenchDatabase sqliteDatabase;
    sqliteDatabase.sqlite(folder.filePath(QStringLiteral("grid.sqlite")));
    const std::unique_ptr<Database> sqlite = Database::open(sqliteDatabase.location, &error);
    if (!sqlite) {
        out << "   sqlite: " << error << Qt::endl;
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    if (!fill(*sqlite, count, &error)) {
        out << "   fill: " << error << Qt::endl;
        return 1;
    }
    out << "   filled SQLite in " << clock.elapsed() / 1000.0 << " s (direct inserts, not an import)" << Qt::endl;
    BenchDatabase postgresDatabase;
    std::unique_ptr<Database> shared;
    if (url.isEmpty()) {
        out << "   postgresql skipped: no --postgres URL and no PACKBENCH_TEST_POSTGRES_URL" << Qt::endl;
    } else if (!postgresDatabase.postgres(url, password, &error) ||
               !(shared = Database::open(postgresDatabase.location, &error))) {
        out << "   postgresql: " << error << Qt::endl;
        exitCode = 1;
    } else {
        clock.restart();
        DatabaseCopy::Report report;
        if (!DatabaseCopy::copy(*sqlite, *shared, {}, &report, &error)) {
            out << "   copy to PostgreSQL: " << error << Qt::endl;
            shared.reset();
            exitCode = 1;
        } else {
            out << "   copied to PostgreSQL in " << clock.elapsed() / 1000.0 << " s (DatabaseCopy, " << report.rows
                << " rows: what `packbench database migrate` does)" << Qt::endl;
            // As a server that has been running a while: statistics for the planner.
            QSqlQuery analyze(shared->connection());
            analyze.exec(QStringLiteral("ANALYZE"));
        }
    }
    out << "   backend      rows   first 300    whole set   split orders   whole load" << Qt::endl;
    for (Database *database : {sqlite.get(), shared.get()}) {
        if (!database)
            continue;
        const GridLoad load = gridLoad(*database, loads);
        const bool onPostgres = database->backend() == DatabaseLocation::Backend::PostgreSQL;
        QList<double> total;
        for (qsizetype i = 0; i < load.whole.size(); ++i)
            total << load.whole.at(i) + load.splits.at(i);
        out << QStringLiteral("   %1 %2 %3 ms %4 ms %5 ms %6 ms")
                   .arg(onPostgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite    "))
                   .arg(load.rows, 7)
                   .arg(percentile(load.firstScreen, 0.5), 8, 'f', 1)
                   .arg(percentile(load.whole, 0.5), 9, 'f', 0)
                   .arg(percentile(load.splits, 0.5), 11, 'f', 0)
                   .arg(percentile(total, 0.5), 9, 'f', 0)
            << Qt::endl;
        if (load.rows != count)
            exitCode = 1;
    }
    return exitCode;
}
