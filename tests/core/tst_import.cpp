// The sync engine end to end: ImportJob against the sandbox store over real HTTP, into SQLite and PostgreSQL.
// Expected figures come from the sandbox's own listing (independent of Packbench's mapper and storage).
#include "SandboxTestClient.h"
#include "core/storage/Database.h"
#include "core/storage/ShipmentRepository.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportJob.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Packbench;

Q_DECLARE_METATYPE(TestDatabase::Backend)

namespace {

struct Expected
{
    int orders = 0;    // orders with something to ship
    int skipped = 0;   // digital only or nothing to ship
    int shipments = 0; // shipping + pickup consignments
    QSet<qint64> ids;
};

QString isoUtc(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

// What an import of these statuses over these days must give, from the sandbox's listing.
Expected expectedFor(SandboxTestClient &client, const QList<int> &statuses, int days)
{
    Expected expected;
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-static_cast<qint64>(days) * 24 * 3600 + 60);
    for (int status : statuses) {
        const QJsonArray orders =
            client.allOrders(QStringLiteral("status_id=%1&min_date_modified=%2&include=consignments.line_items&"
                                            "consignment_structure=object")
                                 .arg(status)
                                 .arg(isoUtc(since)));
        for (const QJsonValue &value : orders) {
            const QJsonObject order = value.toObject();
            const QJsonObject consignments = order.value(QLatin1String("consignments")).toObject();
            const int count = static_cast<int>(consignments.value(QLatin1String("shipping")).toArray().size() +
                                               consignments.value(QLatin1String("pickups")).toArray().size());
            if (count == 0) {
                ++expected.skipped;
                continue;
            }
            ++expected.orders;
            expected.shipments += count;
            expected.ids.insert(order.value(QLatin1String("id")).toInteger());
        }
    }
    return expected;
}

StoreConfig storeFor(const SandboxServer &server, Database &database)
{
    StoreConfig store = StoreConfig::withDefaults();
    store.name = QStringLiteral("Main");
    store.apiPath = server.apiPath();
    store.storeHash = server.options().storeHash;
    store.clientId = QStringLiteral("client");
    store.channelTags = true;
    QString error;
    StoreRepository(database).insert(store, &error);
    return store;
}

ImportReport runImport(Database &database, const StoreConfig &store, const QString &token, ImportRequest request)
{
    ImportJob job(database, request, {ImportSource{store, token}});
    std::optional<ImportReport> report;
    QObject::connect(&job, &ImportJob::finished, &job, [&report](const ImportReport &r) { report = r; });
    job.start();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 120000);
    }();
    return report.value_or(ImportReport{});
}

int countRows(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

qint64 requestsSoFar(SandboxTestClient &client)
{
    return client.get(QStringLiteral("/__sandbox/stats")).object().value(QLatin1String("requests")).toInteger();
}

// A fresh SQLite database and a sandbox store with `orders` orders (no quota unless `configure` sets one).
struct Fixture
{
    TestDatabase testDatabase{TestDatabase::Backend::SQLite};
    std::unique_ptr<Database> database;
    SandboxOptions options;
    std::unique_ptr<SandboxServer> server;
    StoreConfig store;

    explicit Fixture(int orders, const std::function<void(SandboxOptions &)> &configure = {})
    {
        QString error;
        database = testDatabase.open(&error);
        options.port = 0;
        options.orders = orders;
        options.quota = 0;
        if (configure)
            configure(options);
        server = startSandbox(options);
        if (database && server)
            store = storeFor(*server, *database);
    }
    bool isReady() const { return database && server; }
};

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private:
    void addBackends()
    {
        QTest::addColumn<TestDatabase::Backend>("backend");
        QTest::newRow("sqlite") << TestDatabase::Backend::SQLite;
        QTest::newRow("postgresql") << TestDatabase::Backend::PostgreSQL;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Scaled-down retry timing: the faults below would otherwise cost minutes of backoff.
        qputenv("PACKBENCH_HTTP_TIMEOUT_MS", "1500");
        qputenv("PACKBENCH_RETRY_BASE_MS", "20");
    }

    void countsMatchTheSandbox_data()
    {
        QTest::addColumn<TestDatabase::Backend>("backend");
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<int>("days");
        for (auto backend : {TestDatabase::Backend::SQLite, TestDatabase::Backend::PostgreSQL}) {
            const QByteArray name = TestDatabase::backendName(backend).toLatin1();
            QTest::newRow(name + " 9+11, 7 days") << backend << QList<int>{9, 11} << 7;
            QTest::newRow(name + " 11, 30 days") << backend << QList<int>{11} << 30;
            QTest::newRow(name + " 3+9+11+12, 60 days") << backend << QList<int>{3, 9, 11, 12} << 60;
        }
    }

    void countsMatchTheSandbox()
    {
        QFETCH(TestDatabase::Backend, backend);
        QFETCH(QList<int>, statuses);
        QFETCH(int, days);
        TestDatabase testDatabase(backend);
        PACKBENCH_REQUIRE_DATABASE(testDatabase);
        QString error;
        std::unique_ptr<Database> database = testDatabase.open(&error);
        QVERIFY2(database, qPrintable(error));

        SandboxOptions options;
        options.port = 0;
        options.orders = 1500;
        options.quota = 0;
        std::unique_ptr<SandboxServer> server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->rootUrl(), options.storeHash, options.token);
        const Expected expected = expectedFor(client, statuses, days);
        QVERIFY(expected.orders > 0);
        const StoreConfig store = storeFor(*server, *database);

        ImportRequest request;
        request.days = days;
        request.statuses = statuses;
        const qint64 before = requestsSoFar(client);
        const ImportReport report = runImport(*database, store, options.token, request);
        const qint64 requests = requestsSoFar(client) - before;
        QVERIFY2(report.isOk(), qPrintable(report.error));
        QCOMPARE(report.newOrders, expected.orders);
        QCOMPARE(report.updatedOrders, 0);
        QCOMPARE(report.skipped.size(), expected.skipped);
        QCOMPARE(report.shipmentsNew, expected.shipments);
        QCOMPARE(countRows(*database, QStringLiteral("SELECT count(*) FROM shipments")), expected.shipments);
        QCOMPARE(countRows(*database, QStringLiteral("SELECT count(*) FROM orders")), expected.orders);
        QCOMPARE(report.requests, requests);

        // Budget: per status ceil(orders/250)+1 list requests, one for channels, plus /products only for orders
        // whose consignments were cut at 50 items.
        const QJsonObject byEndpoint =
            client.get(QStringLiteral("/__sandbox/stats")).object().value(QLatin1String("by_endpoint")).toObject();
        int budget = 1;
        for (int status : statuses) {
            const int inStatus = static_cast<int>(
                client
                    .allOrders(QStringLiteral("status_id=%1&min_date_modified=%2")
                                   .arg(status)
                                   .arg(isoUtc(QDateTime::currentDateTimeUtc().addSecs(-days * 24 * 3600 + 60))))
                    .size());
            budget += (inStatus + 249) / 250 + 1;
        }
        const int productCalls = byEndpoint.value(QLatin1String("GET /v2/orders/{id}/products")).toInt();
        QVERIFY2(requests - productCalls <= budget,
                 qPrintable(QStringLiteral("%1 requests (%2 for products), budget %3")
                                .arg(requests)
                                .arg(productCalls)
                                .arg(budget)));

        // A second import finds nothing new.
        const ImportReport again = runImport(*database, store, options.token, request);
        QVERIFY2(again.isOk(), qPrintable(again.error));
        QCOMPARE(again.newOrders, 0);
        QCOMPARE(again.updatedOrders, 0);
        QCOMPARE(again.unchangedOrders, expected.orders);
        QCOMPARE(countRows(*database, QStringLiteral("SELECT count(*) FROM shipments")), expected.shipments);
    }

    void everyKindOfOrderIsMapped()
    {
        Fixture f(3000);
        QVERIFY(f.isReady());
        Database &database = *f.database;
        const SandboxOptions &options = f.options;
        const StoreConfig &store = f.store;
        ImportRequest request;
        request.days = 60;
        request.statuses = {9, 11};
        const ImportReport report = runImport(database, store, options.token, request);
        QVERIFY2(report.isOk(), qPrintable(report.error));

        ShipmentFilter filter;
        filter.withItems = true;
        const QList<ShipmentRow> rows = ShipmentRepository(database).list(filter);
        QHash<qint64, int> shipmentsPerOrder;
        bool pickup = false, bundle = false, refunded = false, options3 = false, atl = false, signature = false,
             noSku = false, manyItems = false, tagged = true, nonAscii = false;
        for (const ShipmentRow &row : rows) {
            ++shipmentsPerOrder[row.orderId];
            pickup |= row.consignment.startsWith(QLatin1String("pickup:")) && !row.pickupLocation.isEmpty();
            atl |= row.atl == AuthorityToLeave::AuthorityToLeave;
            signature |= row.atl == AuthorityToLeave::SignatureRequired;
            tagged &= row.tags == QStringList{QString::number(row.channelId)};
            manyItems |= row.items.size() > 50;
            nonAscii |=
                std::any_of(row.customer.cbegin(), row.customer.cend(), [](QChar c) { return c.unicode() > 127; });
            for (const LineItem &item : row.items) {
                bundle |= item.parentOrderProductId != 0;
                refunded |= item.quantityRefunded > 0;
                options3 |= !item.size.isEmpty() && !item.color.isEmpty() && !item.hsCode.isEmpty();
                noSku |= item.sku.isEmpty();
            }
        }
        const bool twoAddresses =
            std::any_of(shipmentsPerOrder.cbegin(), shipmentsPerOrder.cend(), [](int n) { return n >= 2; });
        QVERIFY(twoAddresses);
        QVERIFY(pickup);
        QVERIFY(bundle);
        QVERIFY(refunded);
        QVERIFY(options3);
        QVERIFY(atl);
        QVERIFY(signature);
        QVERIFY(noSku);
        QVERIFY2(manyItems, "an order over 50 items must arrive complete (products fetched)");
        QVERIFY(tagged);
        QVERIFY(nonAscii);
        QVERIFY(std::any_of(report.skipped.cbegin(), report.skipped.cend(),
                            [](const SkippedOrder &s) { return s.reason.contains(QStringLiteral("digital")); }));
    }

    void refreshPicksUpEditsAndOrdersShippedElsewhere()
    {
        Fixture f(600);
        QVERIFY(f.isReady());
        Database &database = *f.database;
        const SandboxOptions &options = f.options;
        SandboxServer &server = *f.server;
        const StoreConfig &store = f.store;
        SandboxTestClient client(server.rootUrl(), options.storeHash, options.token);
        ImportRequest request;
        request.days = 60;
        QVERIFY(runImport(database, store, options.token, request).isOk());

        ShipmentFilter toShip;
        toShip.state = ShipmentState::ToShip;
        const QList<ShipmentRow> before = ShipmentRepository(database).list(toShip);
        QVERIFY(before.size() > 10);
        const qint64 edited = before.at(0).orderId;
        const qint64 shippedElsewhere = before.at(5).orderId;
        const qint64 cancelled = before.at(9).orderId;
        QCOMPARE(client
                     .post(QStringLiteral("/__sandbox/orders/%1").arg(edited),
                           QJsonObject{{QStringLiteral("customer_message"), QStringLiteral("Leave at the back door")}})
                     .status,
                 200);
        QCOMPARE(client
                     .post(QStringLiteral("/__sandbox/orders/%1").arg(shippedElsewhere),
                           QJsonObject{{QStringLiteral("status_id"), 2}})
                     .status,
                 200);
        QCOMPARE(client
                     .post(QStringLiteral("/__sandbox/orders/%1").arg(cancelled),
                           QJsonObject{{QStringLiteral("status_id"), 5}})
                     .status,
                 200);

        ImportRequest refresh;
        refresh.refresh = true;
        const ImportReport report = runImport(database, store, options.token, refresh);
        QVERIFY2(report.isOk(), qPrintable(report.error));
        QCOMPARE(report.updatedOrders, 3);
        QCOMPARE(report.newOrders, 0);

        ShipmentRepository shipments(database);
        const QList<ShipmentRow> editedRows = shipments.forOrder(store.id, edited);
        QVERIFY(!editedRows.isEmpty());
        QCOMPARE(editedRows.at(0).state, ShipmentState::ToShip);
        QVERIFY2(editedRows.at(0).changedFields.contains(QStringLiteral("notes")),
                 qPrintable(editedRows.at(0).changedFields));
        QCOMPARE(shipments.forOrder(store.id, shippedElsewhere).at(0).state, ShipmentState::Elsewhere);
        QCOMPARE(shipments.forOrder(store.id, cancelled).at(0).state, ShipmentState::Cancelled);
        const QList<ShipmentRow> after = shipments.list(toShip);
        for (const ShipmentRow &row : after)
            QVERIFY(row.orderId != shippedElsewhere && row.orderId != cancelled);
    }

    void faultsLoseAndDuplicateNothing()
    {
        Fixture f(2000, [](SandboxOptions &options) {
            // Pinned, so the fault-free twin below generates exactly the same orders.
            options.baseTime = QDateTime::currentSecsSinceEpoch();
            for (const char *fault : {"5xx:0.2", "429-bare:0.05", "reset-after-write:0.05", "timeout:0.02"}) {
                QString faultError;
                options.faults.push_back(*SandboxOptions::parseFault(QString::fromLatin1(fault), &faultError));
            }
        });
        QVERIFY(f.isReady());
        Database &database = *f.database;
        const SandboxOptions &options = f.options;
        SandboxServer &server = *f.server;
        const StoreConfig &store = f.store;

        // The expected figures from a fault-free twin with the same seed.
        SandboxOptions clean = options;
        clean.faults.clear();
        clean.baseTime = server.options().baseTime;
        std::unique_ptr<SandboxServer> twin = startSandbox(clean);
        QVERIFY(twin);
        SandboxTestClient twinClient(twin->rootUrl(), clean.storeHash, clean.token);
        const Expected expected = expectedFor(twinClient, {9, 11}, 30);

        ImportRequest request;
        request.days = 30;
        request.statuses = {9, 11};
        const ImportReport report = runImport(database, store, options.token, request);
        QVERIFY2(report.isOk(), qPrintable(report.error));
        QVERIFY2(report.retries > 0, "the faults must have been met");
        QCOMPARE(report.newOrders, expected.orders);
        QCOMPARE(countRows(database, QStringLiteral("SELECT count(*) FROM shipments")), expected.shipments);
        QCOMPARE(countRows(database, QStringLiteral("SELECT count(DISTINCT order_id) FROM shipments")),
                 expected.orders);
    }

    void quotaIsRespectedWithoutA429()
    {
        Fixture f(3000, [](SandboxOptions &options) {
            options.quota = 5;
            options.windowMs = 1500;
        });
        QVERIFY(f.isReady());
        Database &database = *f.database;
        const SandboxOptions &options = f.options;
        const StoreConfig &store = f.store;
        ImportRequest request;
        request.days = 60;
        request.statuses = {9, 11};
        const ImportReport report = runImport(database, store, options.token, request);
        QVERIFY2(report.isOk(), qPrintable(report.error));
        QVERIFY(report.requests > 2 * options.quota); // it had to wait for several windows
        QCOMPARE(report.tooManyRequests, 0);
        QVERIFY(report.newOrders > 1000);
    }

    void wrongTokenStopsWithTheDiagnosis()
    {
        Fixture f(50);
        QVERIFY(f.isReady());
        Database &database = *f.database;
        const StoreConfig &store = f.store;
        const ImportReport report = runImport(database, store, QStringLiteral("wrong"), ImportRequest{});
        QCOMPARE(report.failure, ImportReport::Failure::Refused);
        QVERIFY2(report.error.contains(QStringLiteral("401")), qPrintable(report.error));
        QCOMPARE(ShipmentRepository(database).syncState(store.id).lastError, report.error);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
