// The sync engine end to end: ImportJob against the sandbox store over real HTTP, into SQLite and PostgreSQL.
// Expected figures come from the sandbox's own listing (independent of Packbench's mapper and storage).
#include "SandboxTestClient.h"
#include "core/storage/Database.h"
#include "core/storage/SearchText.h"
#include "core/storage/ShipmentRepository.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportJob.h"
#include "support/ExpectedImport.h"
#include "support/SandboxFixture.h"
#include "support/TestDatabase.h"
#include "support/TestStores.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Packbench;

namespace {

using Expected = ExpectedImport::Counts;
using ExpectedImport::isoUtc;

StoreConfig storeFor(const SandboxServer &server, Database &database, const QString &name = QStringLiteral("Main"))
{
    StoreConfig store = StoreConfig::withDefaults();
    store.name = name;
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
    TestDatabase testDatabase;
    std::unique_ptr<Database> database;
    SandboxOptions options;
    std::unique_ptr<SandboxServer> server;
    StoreConfig store;

    explicit Fixture(int orders, const std::function<void(SandboxOptions &)> &configure = {},
                     TestDatabase::Backend backend = TestDatabase::Backend::SQLite)
        : testDatabase(backend)
    {
        QString error;
        database = testDatabase.open(&error);
        options = loopbackSandboxOptions(orders, configure);
        server = startSandbox(options);
        if (database && server)
            store = storeFor(*server, *database);
    }
    bool isReady() const { return database && server; }
};

// A server that answers every request with the same canned JSON: a BigCommerce that ignores a filter or pages
// without progress.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray body)
        : m_body(std::move(body))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    m_buffer.remove(socket);
                    ++requests;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QString apiPath() const { return QStringLiteral("http://127.0.0.1:%1/stores/canned/v3/").arg(serverPort()); }
    int requests = 0;

private:
    QByteArray m_body;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

QList<ShipmentState> statesOf(Database &database, const QUuid &storeId, qint64 orderId)
{
    QList<ShipmentState> states;
    for (const ShipmentRow &row : ShipmentQuery(database).forOrder(storeId, orderId))
        states.append(row.state);
    return states;
}

int endpointCount(SandboxTestClient &client, const QString &endpoint)
{
    return client.get(QStringLiteral("/__sandbox/stats"))
        .object()
        .value(QLatin1String("by_endpoint"))
        .toObject()
        .value(endpoint)
        .toInt();
}

bool execSql(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (query.exec(sql))
        return true;
    qWarning() << sql << query.lastError().text();
    return false;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
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
        QFETCH(QList<int>, statuses);
        QFETCH(int, days);
        OPEN_TEST_DATABASE();

        SandboxOptions options;
        options.port = 0;
        options.orders = 1500;
        options.quota = 0;
        std::unique_ptr<SandboxServer> server = startSandbox(options);
        QVERIFY(server);
        SandboxTestClient client(server->rootUrl(), options.storeHash, options.token);
        const Expected expected = ExpectedImport::of(client, StoreConfig::withDefaults(), statuses, days);
        QVERIFY(expected.orders > 0);
        const StoreConfig store = storeFor(*server, *db);

        ImportRequest request;
        request.days = days;
        request.statuses = statuses;
        const qint64 before = requestsSoFar(client);
        const ImportReport report = runImport(*db, store, options.token, request);
        const qint64 requests = requestsSoFar(client) - before;
        QVERIFY2(report.isOk(), qPrintable(report.error));
        QCOMPARE(report.newOrders, expected.orders);
        QCOMPARE(report.updatedOrders, 0);
        QCOMPARE(report.skipped.size(), expected.skipped);
        QCOMPARE(report.shipmentsNew, expected.shipments);
        QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM shipments")), expected.shipments);
        QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM orders")), expected.orders);
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
        const ImportReport again = runImport(*db, store, options.token, request);
        QVERIFY2(again.isOk(), qPrintable(again.error));
        QCOMPARE(again.newOrders, 0);
        QCOMPARE(again.updatedOrders, 0);
        QCOMPARE(again.unchangedOrders, expected.orders);
        QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM shipments")), expected.shipments);
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
        const QList<ShipmentRow> rows = ShipmentQuery(database).list(filter);
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
        const QList<ShipmentRow> before = ShipmentQuery(database).list(toShip);
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

        ShipmentQuery shipments(database);
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
        const Expected expected = ExpectedImport::of(twinClient, StoreConfig::withDefaults(), {9, 11}, 30);

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

    // A refresh lists every changed order in one stream and applies the one decision table: each status move,
    // through the sandbox, on both databases; never-imported orders in statuses that do not create stay out.
    void refreshFollowsEveryStatusMove_data() { TestDatabase::addBackendRows(); }
    void refreshFollowsEveryStatusMove()
    {
        QFETCH(TestDatabase::Backend, backend);
        Fixture f(800, {}, backend);
        PACKBENCH_REQUIRE_DATABASE(f.testDatabase);
        QVERIFY(f.isReady());
        Database &database = *f.database;
        const StoreConfig &store = f.store;
        SandboxTestClient client(f.server->rootUrl(), f.options.storeHash, f.options.token);
        ImportRequest request;
        request.days = 60;
        QVERIFY(runImport(database, store, f.options.token, request).isOk());

        // Orders with one shipment to ship, one per move.
        ShipmentFilter toShip;
        toShip.state = ShipmentState::ToShip;
        toShip.withItems = true;
        QList<qint64> candidates;
        QHash<qint64, int> perOrder;
        const QList<ShipmentRow> rows = ShipmentQuery(database).list(toShip);
        for (const ShipmentRow &row : rows)
            ++perOrder[row.orderId];
        for (const ShipmentRow &row : rows) {
            // One shipment, whole in the order list (not over 50 items): the refresh needs no other request.
            if (perOrder.value(row.orderId) == 1 && row.items.size() <= 50 && !candidates.contains(row.orderId))
                candidates.append(row.orderId);
        }
        const QList<QPair<int, ShipmentState>> moves = {
            {0, ShipmentState::OnHold},    {1, ShipmentState::OnHold},     {2, ShipmentState::Elsewhere},
            {3, ShipmentState::ToShip},    {4, ShipmentState::Cancelled},  {5, ShipmentState::Cancelled},
            {6, ShipmentState::Cancelled}, {7, ShipmentState::OnHold},     {8, ShipmentState::Elsewhere},
            {9, ShipmentState::ToShip},    {10, ShipmentState::Elsewhere}, {12, ShipmentState::OnHold},
            {13, ShipmentState::OnHold},   {14, ShipmentState::ToShip}};
        QVERIFY(candidates.size() > moves.size() + 3);
        auto move = [&](qint64 orderId, int status) {
            return client.post(QStringLiteral("/__sandbox/orders/%1").arg(orderId), QJsonObject{{"status_id", status}})
                .status;
        };
        for (qsizetype i = 0; i < moves.size(); ++i)
            QCOMPARE(move(candidates.at(i), moves.at(i).first), 200);
        // Printed at this station, then cancelled and held in BigCommerce: the state stays, the packer is told.
        const qint64 printedCancelled = candidates.at(moves.size());
        const qint64 printedHeld = candidates.at(moves.size() + 1);
        for (qint64 id : {printedCancelled, printedHeld})
            QVERIFY(execSql(database,
                            QStringLiteral("UPDATE shipments SET state = 'printed' WHERE order_id = %1").arg(id)));
        QCOMPARE(move(printedCancelled, 5), 200);
        QCOMPARE(move(printedHeld, 13), 200);

        // Orders never imported, in statuses that do not create shipments, changed now.
        QList<qint64> outsiders;
        for (int status : {2, 3, 4, 5, 10, 14}) {
            const QJsonArray orders = client.allOrders(QStringLiteral("status_id=%1").arg(status));
            for (const QJsonValue &order : orders) {
                const qint64 id = order.toObject().value(QLatin1String("id")).toInteger();
                if (statesOf(database, store.id, id).isEmpty()) {
                    QCOMPARE(client
                                 .post(QStringLiteral("/__sandbox/orders/%1").arg(id),
                                       QJsonObject{{"customer_message", "changed"}})
                                 .status,
                             200);
                    outsiders.append(id);
                    break;
                }
            }
        }
        QCOMPARE(outsiders.size(), 6);

        const int listsBefore = endpointCount(client, QStringLiteral("GET /v2/orders"));
        const qint64 requestsBefore = requestsSoFar(client);
        ImportRequest refresh;
        refresh.refresh = true;
        const ImportReport report = runImport(database, store, f.options.token, refresh);
        QVERIFY2(report.isOk(), qPrintable(report.error));
        // Fewer than 250 changes: one order-list request, plus the storefront names (channel tags are on).
        QCOMPARE(endpointCount(client, QStringLiteral("GET /v2/orders")) - listsBefore, 1);
        QCOMPARE(requestsSoFar(client) - requestsBefore, 2);
        QCOMPARE(report.requests, 2);

        for (qsizetype i = 0; i < moves.size(); ++i)
            QVERIFY2(
                statesOf(database, store.id, candidates.at(i)) == QList<ShipmentState>{moves.at(i).second},
                qPrintable(QStringLiteral("order %1 moved to %2: %3")
                               .arg(candidates.at(i))
                               .arg(moves.at(i).first)
                               .arg(shipmentStateToString(statesOf(database, store.id, candidates.at(i)).value(0)))));
        for (qint64 id : outsiders)
            QVERIFY2(statesOf(database, store.id, id).isEmpty(), qPrintable(QString::number(id)));
        for (qint64 id : {printedCancelled, printedHeld}) {
            const QList<ShipmentRow> printed = ShipmentQuery(database).forOrder(store.id, id);
            QCOMPARE(printed.size(), 1);
            QCOMPARE(printed.at(0).state, ShipmentState::Printed);
        }
        QSqlQuery flags(database.connection());
        QVERIFY(flags.exec(QStringLiteral("SELECT order_id, flag FROM shipments WHERE flag <> '' ORDER BY order_id")));
        QStringList flagged;
        while (flags.next())
            flagged << QStringLiteral("%1:%2").arg(flags.value(0).toLongLong()).arg(flags.value(1).toString());
        QCOMPARE(flagged.size(), 2);
        QVERIFY2(flagged.join(' ').contains(QStringLiteral("cancelled in BigCommerce after printing")),
                 qPrintable(flagged.join(' ')));

        // A held order that returns to an import status is to ship again.
        const qint64 held = candidates.at(7); // moved to 7 Awaiting Payment above
        QCOMPARE(statesOf(database, store.id, held), QList<ShipmentState>{ShipmentState::OnHold});
        QCOMPARE(move(held, 11), 200);
        QVERIFY(runImport(database, store, f.options.token, refresh).isOk());
        QCOMPARE(statesOf(database, store.id, held), QList<ShipmentState>{ShipmentState::ToShip});
    }

    // Orders listed without consignments: their consignments are fetched, and every shipping shipment gets the
    // shipping address of its consignment (the sandbox's billing addresses differ on purpose).
    void ordersWithoutConsignmentsGetTheirShippingAddress()
    {
        const qint64 baseTime = QDateTime::currentSecsSinceEpoch();
        Fixture f(700, [baseTime](SandboxOptions &options) {
            options.withoutConsignments = 0.3;
            options.baseTime = baseTime;
        });
        QVERIFY(f.isReady());
        Database &database = *f.database;
        SandboxTestClient client(f.server->rootUrl(), f.options.storeHash, f.options.token);
        // The expected shipments from a twin that embeds every order's consignments.
        SandboxOptions clean = f.options;
        clean.withoutConsignments = 0;
        std::unique_ptr<SandboxServer> twin = startSandbox(clean);
        QVERIFY(twin);
        SandboxTestClient twinClient(twin->rootUrl(), clean.storeHash, clean.token);
        const Expected expected = ExpectedImport::of(twinClient, f.store, {9, 11}, 30);

        ImportRequest request;
        request.days = 30;
        const ImportReport report = runImport(database, f.store, f.options.token, request);
        QVERIFY2(report.isOk(), qPrintable(report.error));
        QVERIFY(endpointCount(client, QStringLiteral("GET /v2/orders/{id}/consignments")) > 10);
        QCOMPARE(report.newOrders, expected.orders);
        QCOMPARE(report.shipmentsNew, expected.shipments);

        ShipmentFilter all;
        const QList<ShipmentRow> rows = ShipmentQuery(database).list(all);
        QSet<QString> keys;
        int shipping = 0;
        for (const ShipmentRow &row : rows) {
            keys.insert(QStringLiteral("%1/%2").arg(row.orderId).arg(row.consignment));
            if (!row.consignment.startsWith(QLatin1String("shipping:")))
                continue;
            ++shipping;
            const QJsonObject address = client
                                            .get(QStringLiteral("/stores/%1/v2/orders/%2/shipping_addresses/%3")
                                                     .arg(f.options.storeHash)
                                                     .arg(row.orderId)
                                                     .arg(row.consignment.section(QLatin1Char(':'), 1)))
                                            .object();
            const QString name = QStringLiteral("%1 %2").arg(address.value("first_name").toString(),
                                                             address.value("last_name").toString());
            QCOMPARE(row.customer, name.trimmed());
            QCOMPARE(row.city, address.value("city").toString());
            QCOMPARE(row.zip, address.value("zip").toString());
            QCOMPARE(row.countryIso2, address.value("country_iso2").toString());
        }
        QVERIFY(shipping > 100);
        QCOMPARE(keys, expected.consignments); // the same keys as through embedded consignments
    }

    // A page that cannot be written ends that store's import as failed, with the reason; the pages before it stay,
    // the sync mark does not move, and the next store still imports and is reported on its own.
    void aPageThatFailsToWriteFailsItsStoreOnly()
    {
        Fixture f(2500);
        QVERIFY(f.isReady());
        Database &database = *f.database;
        SandboxTestClient client(f.server->rootUrl(), f.options.storeHash, f.options.token);
        QList<qint64> ids;
        const QJsonArray orders =
            client.allOrders(QStringLiteral("status_id=11&min_date_modified=%1")
                                 .arg(isoUtc(QDateTime::currentDateTimeUtc().addSecs(-60LL * 24 * 3600 + 120))));
        for (const QJsonValue &order : orders)
            ids.append(order.toObject().value(QLatin1String("id")).toInteger());
        std::sort(ids.begin(), ids.end());
        QVERIFY2(ids.size() > 300, "status 11 needs more than one page");
        const qint64 lastOfPage1 = ids.at(249);
        // The disk fills up while page 2 is written.
        QVERIFY(execSql(database, QStringLiteral("CREATE TRIGGER disk_full BEFORE INSERT ON orders WHEN NEW.order_id "
                                                 "> %1 BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
                                      .arg(lastOfPage1)));

        SandboxOptions secondOptions;
        secondOptions.port = 0;
        secondOptions.orders = 80;
        secondOptions.quota = 0;
        secondOptions.storeHash = QStringLiteral("second");
        std::unique_ptr<SandboxServer> second = startSandbox(secondOptions);
        QVERIFY(second);
        const StoreConfig secondStore = storeFor(*second, database, QStringLiteral("Second"));

        ImportRequest request;
        request.days = 60;
        request.statuses = {11};
        ImportJob job(database, request,
                      {ImportSource{f.store, f.options.token}, ImportSource{secondStore, secondOptions.token}});
        std::optional<ImportReport> result;
        QObject::connect(&job, &ImportJob::finished, &job, [&result](const ImportReport &r) { result = r; });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 120000);
        const ImportReport report = *result;
        QCOMPARE(report.failure, ImportFailure::Database);
        QCOMPARE(report.stores.size(), 2);
        QCOMPARE(report.stores.at(0).failure, ImportFailure::Database);
        QVERIFY2(report.stores.at(0).error.contains(QStringLiteral("full")), qPrintable(report.stores.at(0).error));
        QVERIFY2(report.stores.at(1).isOk(), qPrintable(report.stores.at(1).error));
        QVERIFY(report.stores.at(1).newOrders > 0);
        QVERIFY(report.error.startsWith(QStringLiteral("Main: ")));
        QVERIFY(!report.error.contains(QStringLiteral("Second")));

        // Page 1 all there, nothing of page 2 (all or nothing), the mark not moved, the error recorded.
        QCOMPARE(
            countRows(database, QStringLiteral("SELECT count(*) FROM orders WHERE store_id = '%1' AND order_id > %2")
                                    .arg(f.store.id.toString(QUuid::WithoutBraces))
                                    .arg(lastOfPage1)),
            0);
        QVERIFY(countRows(database, QStringLiteral("SELECT count(*) FROM orders WHERE store_id = '%1'")
                                        .arg(f.store.id.toString(QUuid::WithoutBraces))) > 200);
        const SyncState failed = ShipmentRepository(database).syncState(f.store.id);
        QVERIFY(!failed.lastSuccessAt.isValid());
        QVERIFY(failed.lastError.contains(QStringLiteral("full")));
        QVERIFY(ShipmentRepository(database).syncState(secondStore.id).lastSuccessAt.isValid() == false);
        // (Second imported one status only: a partial import does not move its mark either.)
    }

    // The "last successful sync" mark moves only when every import status was covered back to the last mark.
    void theSyncMarkMovesOnlyForAFullWindow()
    {
        Fixture f(300);
        QVERIFY(f.isReady());
        Database &database = *f.database;
        ShipmentRepository repository(database);
        ImportRequest oneStatus;
        oneStatus.days = 30;
        oneStatus.statuses = {11};
        QVERIFY(runImport(database, f.store, f.options.token, oneStatus).isOk());
        QVERIFY(!repository.syncState(f.store.id).lastSuccessAt.isValid());

        ImportRequest full;
        full.days = 30;
        QVERIFY(runImport(database, f.store, f.options.token, full).isOk());
        const SyncState first = repository.syncState(f.store.id);
        QVERIFY(first.lastSuccessAt.isValid());
        QVERIFY(first.coveredSince.isValid());
        QVERIFY(qAbs(first.coveredSince.secsTo(QDateTime::currentDateTimeUtc()) - 30LL * 24 * 3600) < 600);

        // Three days without a sync: a one-day import leaves a gap, so the mark stays.
        const QString threeDaysAgo = QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODateWithMs);
        QVERIFY(execSql(database, QStringLiteral("UPDATE sync_state SET last_success_at = '%1'").arg(threeDaysAgo)));
        ImportRequest oneDay;
        oneDay.days = 1;
        QVERIFY(runImport(database, f.store, f.options.token, oneDay).isOk());
        QCOMPARE(repository.syncState(f.store.id).lastSuccessAt.toString(Qt::ISODateWithMs), threeDaysAgo);
        // A refresh covers the gap: the mark moves and the covered window still reaches back 30 days.
        ImportRequest refresh;
        refresh.refresh = true;
        QVERIFY(runImport(database, f.store, f.options.token, refresh).isOk());
        const SyncState after = repository.syncState(f.store.id);
        QVERIFY(after.lastSuccessAt > first.lastSuccessAt);
        QCOMPARE(after.coveredSince, first.coveredSince);
    }

    // An order skipped because a request failed is fetched again by the next refresh, by its id.
    void skippedOrdersAreRetriedByTheNextRefresh()
    {
        Fixture f(300);
        QVERIFY(f.isReady());
        Database &database = *f.database;
        ImportRequest request;
        request.days = 60;
        QVERIFY(runImport(database, f.store, f.options.token, request).isOk());
        const qint64 orderId = ShipmentQuery(database).list({}).at(3).orderId;
        // As if its consignments could not be fetched: not in the database, a skip to retry.
        for (const char *sql :
             {"DELETE FROM shipment_items WHERE shipment_key IN (SELECT shipment_key FROM shipments WHERE "
              "order_id = %1)",
              "DELETE FROM shipment_tags WHERE shipment_key IN (SELECT shipment_key FROM shipments WHERE "
              "order_id = %1)",
              "DELETE FROM shipments WHERE order_id = %1", "DELETE FROM orders WHERE order_id = %1"})
            QVERIFY(execSql(database, QString::fromLatin1(sql).arg(orderId)));
        QVERIFY(execSql(database, QStringLiteral("INSERT INTO import_skips (store_id, order_id, reason, recorded_at, "
                                                 "retry) VALUES ('%1', %2, 'its consignments could not be read', "
                                                 "'2026-01-01T00:00:00Z', 1)")
                                      .arg(f.store.id.toString(QUuid::WithoutBraces))
                                      .arg(orderId)));
        QCOMPARE(ShipmentRepository(database).ordersToRetry(f.store.id), QList<qint64>{orderId});
        ImportRequest refresh;
        refresh.refresh = true;
        const ImportReport report = runImport(database, f.store, f.options.token, refresh);
        QVERIFY2(report.isOk(), qPrintable(report.error));
        QCOMPARE(report.newOrders, 1);
        QVERIFY(!statesOf(database, f.store.id, orderId).isEmpty());
        QVERIFY(ShipmentRepository(database).ordersToRetry(f.store.id).isEmpty());
        QVERIFY(ShipmentRepository(database).skipReason(f.store.id, orderId).isEmpty());
    }

    // A server that ignores the status filter, or pages without progress, stops the store's import with the reason
    // after the page it could trust; it never loops.
    void aServerThatIgnoresFiltersIsStopped_data()
    {
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<int>("pagesWritten");
        QTest::newRow("status filter ignored") << QList<int>{9} << 0;
        QTest::newRow("paging without progress") << QList<int>{11} << 1;
    }
    void aServerThatIgnoresFiltersIsStopped()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(int, pagesWritten);
        // A real page of 250 orders in status 11, served for every request.
        Fixture f(3000);
        QVERIFY(f.isReady());
        SandboxTestClient client(f.server->rootUrl(), f.options.storeHash, f.options.token);
        const HttpResult page =
            client.get(QStringLiteral("/stores/%1/v2/orders?status_id=11&limit=250&include=consignments.line_items&"
                                      "consignment_structure=object")
                           .arg(f.options.storeHash));
        QJsonArray orders = QJsonDocument::fromJson(page.body).array();
        QCOMPARE(orders.size(), 250);
        // Every order whole in the list (no 50-item warning), so the page needs no other request.
        for (QJsonValueRef order : orders) {
            QJsonObject object = order.toObject();
            QJsonObject consignments = object.value(QLatin1String("consignments")).toObject();
            for (const char *kind : {"shipping", "pickups"}) {
                QJsonArray list = consignments.value(QLatin1String(kind)).toArray();
                for (QJsonValueRef consignment : list) {
                    QJsonObject c = consignment.toObject();
                    c.remove(QLatin1String("__warning__"));
                    consignment = c;
                }
                consignments.insert(QLatin1String(kind), list);
            }
            object.insert(QLatin1String("consignments"), consignments);
            order = object;
        }
        CannedServer canned(QJsonDocument(orders).toJson(QJsonDocument::Compact));
        QVERIFY(canned.isListening());
        StoreConfig store = f.store;
        store.apiPath = canned.apiPath();
        store.storeHash = QStringLiteral("canned");
        store.channelTags = false;
        ImportRequest request;
        request.days = 3650;
        request.statuses = statuses;
        const ImportReport report = runImport(*f.database, store, QStringLiteral("token"), request);
        QCOMPARE(report.failure, ImportFailure::FilterIgnored);
        QVERIFY2(report.error.contains(QStringLiteral("ignored a filter")), qPrintable(report.error));
        QCOMPARE(canned.requests, pagesWritten + 1);
        QCOMPARE(countRows(*f.database, QStringLiteral("SELECT count(*) FROM orders")) > 0, pagesWritten > 0);
        QVERIFY(!ShipmentRepository(*f.database).syncState(store.id).lastSuccessAt.isValid());
    }

    // The repository's page write, with orders made by hand: a consignment BigCommerce no longer lists is
    // cancelled; a printed shipment is never moved by an import, even when another station prints it between
    // this transaction's read and its write (the rule is in the SQL, not only in the read).
    void pageWriteKeepsPrintedAndCancelsRemoved_data() { TestDatabase::addBackendRows(); }
    void pageWriteKeepsPrintedAndCancelsRemoved()
    {
        OPEN_TEST_DATABASE();
        const StoreConfig store =
            TestStores::bigCommerce(QStringLiteral("Main"), QStringLiteral("abc"), QStringLiteral("c"));
        QCOMPARE(StoreRepository(*db).insert(store, &error), StoreRepository::Outcome::Ok);
        ShipmentRepository repository(*db);

        auto makeOrder = [](qint64 id, int status, QList<qint64> consignments) {
            ImportedOrder order;
            order.orderId = id;
            order.statusId = status;
            order.billing.firstName = QStringLiteral("Łucja");
            for (qint64 consignment : consignments) {
                Shipment shipment;
                shipment.consignmentId = consignment;
                shipment.address.firstName = QStringLiteral("Łucja");
                shipment.address.city = QStringLiteral("Łódź");
                LineItem item;
                item.orderProductId = consignment * 10;
                item.sku = QStringLiteral("SKU-%1").arg(consignment);
                item.quantity = 1;
                shipment.items.append(item);
                order.shipments.append(shipment);
            }
            return order;
        };
        auto stateOf = [&](qint64 orderId, qint64 consignment) {
            QSqlQuery query(db->connection());
            query.prepare(
                QStringLiteral("SELECT state, flag FROM shipments WHERE order_id = ? AND consignment_id = ?"));
            query.addBindValue(orderId);
            query.addBindValue(consignment);
            if (!query.exec() || !query.next())
                return QStringLiteral("none");
            return query.value(0).toString() + (query.value(1).toString().isEmpty() ? QString() : QStringLiteral("!"));
        };
        PageWriteResult written;
        QVERIFY2(repository.writePage(store, SyncScope::import(), {makeOrder(1, 11, {10, 20}), makeOrder(2, 11, {30})},
                                      {}, &written, &error),
                 qPrintable(error));
        QCOMPARE(written.shipmentsNew, 3);
        QCOMPARE(stateOf(1, 10), QStringLiteral("to-ship"));
        // Folded for search as the grid shows it.
        QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM shipments WHERE search_text LIKE '%%1%'")
                                    .arg(SearchText::fold(QStringLiteral("ŁÓDŹ")))),
                 3);

        // Consignment 20 is gone from BigCommerce; 10 was printed meanwhile.
        QVERIFY(execSql(*db, QStringLiteral("UPDATE shipments SET state = 'printed' WHERE consignment_id = 10")));
        QVERIFY(repository.writePage(store, SyncScope::refresh(), {makeOrder(1, 11, {10})}, {}, &written, &error));
        QCOMPARE(stateOf(1, 20), QStringLiteral("cancelled"));
        QCOMPARE(stateOf(1, 10), QStringLiteral("printed"));
        // BigCommerce cancels the printed order: the state stays, flagged for the packer.
        QVERIFY(repository.writePage(store, SyncScope::refresh(), {makeOrder(1, 5, {10})}, {}, &written, &error));
        QCOMPARE(stateOf(1, 10), QStringLiteral("printed!"));

        // Another station prints order 2 between this write's read and its write: a trigger on the order row
        // (written after the shipments are read, before they are written) plays that station.
        if (backend == TestDatabase::Backend::SQLite) {
            QVERIFY(execSql(*db, QStringLiteral("CREATE TRIGGER other_station AFTER UPDATE ON orders BEGIN "
                                                "UPDATE shipments SET state = 'printed' WHERE order_id = "
                                                "NEW.order_id; END")));
        } else {
            QVERIFY(execSql(*db, QStringLiteral("CREATE FUNCTION other_station() RETURNS trigger LANGUAGE "
                                                "plpgsql AS $$ BEGIN UPDATE shipments SET state = 'printed' "
                                                "WHERE order_id = NEW.order_id; RETURN NEW; END $$")));
            QVERIFY(execSql(*db, QStringLiteral("CREATE TRIGGER other_station AFTER UPDATE ON orders FOR EACH "
                                                "ROW EXECUTE FUNCTION other_station()")));
        }
        QCOMPARE(stateOf(2, 30), QStringLiteral("to-ship"));
        QVERIFY2(repository.writePage(store, SyncScope::refresh(), {makeOrder(2, 5, {30})}, {}, &written, &error),
                 qPrintable(error));
        QCOMPARE(stateOf(2, 30), QStringLiteral("printed!"));

        // The store is removed at another station while this one still imports: nothing comes back.
        QCOMPARE(StoreRepository(*db).markRemoved(store.id, &error), StoreRepository::Outcome::Ok);
        QVERIFY(!repository.writePage(store, SyncScope::import(), {makeOrder(3, 11, {40})}, {}, &written, &error));
        QVERIFY2(error.contains(QStringLiteral("removed")), qPrintable(error));
        QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM orders")), 0);
    }

    // A host that refuses the connection: a manual import says so at once (no retries); the automatic refresh,
    // which nobody waits for, keeps trying.
    void anUnreachableHostFailsFastWhenSomeoneWaits()
    {
        TestDatabase testDatabase(TestDatabase::Backend::SQLite);
        QString error;
        std::unique_ptr<Database> database = testDatabase.open(&error);
        QVERIFY2(database, qPrintable(error));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        StoreConfig store = StoreConfig::withDefaults();
        store.name = QStringLiteral("Down");
        store.apiPath = QStringLiteral("http://127.0.0.1:%1/stores/down/v3/").arg(port);
        store.storeHash = QStringLiteral("down");
        store.clientId = QStringLiteral("c");
        QCOMPARE(StoreRepository(*database).insert(store, &error), StoreRepository::Outcome::Ok);

        ImportRequest manual;
        const ImportReport report = runImport(*database, store, QStringLiteral("token"), manual);
        QCOMPARE(report.failure, ImportFailure::Network);
        QCOMPARE(report.requests, 1);
        QCOMPARE(report.retries, 0);
        QVERIFY2(report.error.contains(QStringLiteral("refused")), qPrintable(report.error));

        ImportRequest background;
        background.refresh = true;
        background.interactive = false;
        const ImportReport refresh = runImport(*database, store, QStringLiteral("token"), background);
        QCOMPARE(refresh.failure, ImportFailure::Network);
        QVERIFY(refresh.retries > 0);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
