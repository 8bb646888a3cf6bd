// Printing and writing back end to end: Outbox (print, reprint, void, dispatch) and WritebackWorker against the
// sandbox store over real HTTP, on SQLite and PostgreSQL. What BigCommerce ends up with is read from the sandbox
// itself (its shipments, its order statuses, its request counts), never from Packbench.
#include "SandboxTestClient.h"
#include "core/domain/OrderStatus.h"
#include "core/storage/Database.h"
#include "core/storage/ShipmentQuery.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportJob.h"
#include "core/writeback/Outbox.h"
#include "core/writeback/WritebackWorker.h"
#include "support/SandboxFixture.h"
#include "support/StoreOnSandbox.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Packbench;

namespace {

struct Fixture : StoreOnSandbox
{
    // A sandbox with `orders` orders, all of them imported.
    explicit Fixture(TestDatabase::Backend backend, int orders = 80,
                     const std::function<void(StoreConfig &)> &configureStore = {},
                     const std::function<void(SandboxOptions &)> &configureSandbox = {})
        : StoreOnSandbox(backend, loopbackSandboxOptions(orders, configureSandbox), configureStore)
    {
        if (!isReady())
            return;
        ImportRequest request;
        request.days = 3650;
        ImportJob job(*database, request, {ImportSource{store, options.token}});
        bool finished = false;
        QObject::connect(&job, &ImportJob::finished, &job, [&finished](const ImportReport &) { finished = true; });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);
    }

    QList<ShipmentRow> toShip(const std::function<bool(const ShipmentRow &)> &also = {})
    {
        ShipmentFilter filter;
        filter.state = ShipmentState::ToShip;
        filter.withItems = true;
        QList<ShipmentRow> rows;
        for (const ShipmentRow &row : ShipmentQuery(*database).list(filter))
            if (!also || also(row))
                rows.append(row);
        return rows;
    }

    // A shipping shipment whose order has no other open shipment (so writing it back ships the whole order).
    std::optional<ShipmentRow> singleShippingShipment(int minimumQuantity = 1)
    {
        for (const ShipmentRow &row : toShip()) {
            if (!row.consignment.startsWith(QLatin1String("shipping:")) || row.itemCount < minimumQuantity)
                continue;
            if (ShipmentQuery(*database).forOrder(row.storeId, row.orderId).size() == 1 && row.bcStatusId == 11)
                return row;
        }
        return std::nullopt;
    }

    // Runs a worker until `done` holds or the time is up.
    bool drain(const std::function<bool()> &done, int timeoutMs = 60000)
    {
        WritebackWorker worker(*database);
        worker.setStores({{store, options.token}});
        worker.start();
        QElapsedTimer clock;
        clock.start();
        while (!done() && clock.elapsed() < timeoutMs)
            QTest::qWait(20);
        worker.stop();
        return done();
    }
    bool drainAll(int timeoutMs = 60000)
    {
        Outbox outbox(*database);
        return drain([&outbox] { return outbox.counts().pending() == 0; }, timeoutMs);
    }

    // The test's own reads are retried: the sandbox's faults hit them too.
    HttpResult reliably(const QString &path)
    {
        HttpResult result;
        for (int attempt = 0; attempt < 50; ++attempt) {
            result = client->request("GET", path, {}, std::nullopt, 400);
            if ((result.status == 200 && !result.json().isNull()) || result.status == 204 || result.status == 404)
                return result;
        }
        return result;
    }
    QJsonObject order(qint64 orderId)
    {
        return reliably(client->v2(QStringLiteral("orders/%1").arg(orderId))).json().object();
    }
    QJsonArray shipmentsOf(qint64 orderId)
    {
        return reliably(client->v2(QStringLiteral("orders/%1/shipments").arg(orderId))).array();
    }
    QJsonObject stats() { return client->get(QStringLiteral("/__sandbox/stats")).json().object(); }
    int endpoint(const QString &name)
    {
        return stats().value(QLatin1String("by_endpoint")).toObject().value(name).toInt();
    }

    std::optional<ShipmentRow> row(const QString &key)
    {
        ShipmentFilter filter;
        filter.keys = {key};
        filter.withItems = true;
        const QList<ShipmentRow> rows = ShipmentQuery(*database).list(filter);
        if (rows.isEmpty())
            return std::nullopt;
        return rows.constFirst();
    }

    PrintResult print(const QString &key, const QList<WritebackItem> &items = {})
    {
        PrintRequest request;
        request.shipmentKey = key;
        request.items = items;
        return Outbox(*database).print(request, {});
    }

    ImportReport refresh()
    {
        ImportRequest request;
        request.refresh = true;
        ImportJob job(*database, request, {ImportSource{store, options.token}});
        std::optional<ImportReport> report;
        QObject::connect(&job, &ImportJob::finished, &job, [&report](const ImportReport &r) { report = r; });
        job.start();
        QElapsedTimer clock;
        clock.start();
        while (!report && clock.elapsed() < 60000)
            QTest::qWait(20);
        return report.value_or(ImportReport{});
    }
};

QList<WritebackItem> itemsOf(const ShipmentRow &row)
{
    QList<WritebackItem> items;
    for (const LineItem &item : row.items)
        if (item.quantityToShip() > 0)
            items.append({item.orderProductId, item.quantityToShip()});
    return items;
}

QMap<qint64, qint64> quantitiesOf(const QJsonArray &items)
{
    QMap<qint64, qint64> result;
    for (const QJsonValue &item : items)
        result[item.toObject().value(QLatin1String("order_product_id")).toInteger()] +=
            item.toObject().value(QLatin1String("quantity")).toInteger();
    return result;
}

QMap<qint64, qint64> quantitiesOf(const QList<WritebackItem> &items)
{
    QMap<qint64, qint64> result;
    for (const WritebackItem &item : items)
        result[item.orderProductId] += item.quantity;
    return result;
}

void addBackends()
{
    QTest::addColumn<TestDatabase::Backend>("backend");
    for (auto backend : {TestDatabase::Backend::SQLite, TestDatabase::Backend::PostgreSQL})
        QTest::newRow(TestDatabase::backendName(backend).toLatin1()) << backend;
}

#define FIXTURE(...)                                                                                                   \
    QFETCH(TestDatabase::Backend, backend);                                                                            \
    {                                                                                                                  \
        TestDatabase probe(backend);                                                                                   \
        PACKBENCH_REQUIRE_DATABASE(probe);                                                                             \
    }                                                                                                                  \
    Fixture f(backend, __VA_ARGS__);                                                                                   \
    QVERIFY(f.isReady())

} // namespace

class TestWriteback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("PACKBENCH_HTTP_TIMEOUT_MS", "300");
        qputenv("PACKBENCH_RETRY_BASE_MS", "10");
        qputenv("PACKBENCH_WRITEBACK_RETRY_BASE_MS", "20");
        qputenv("PACKBENCH_WRITEBACK_RETRY_CAP_MS", "200");
        qputenv("PACKBENCH_WRITEBACK_CONCURRENCY", "8");
    }

    void printCreatesExactlyOneShipment_data() { addBackends(); }
    void printCreatesExactlyOneShipment()
    {
        FIXTURE(80);
        const std::optional<ShipmentRow> row = f.singleShippingShipment();
        QVERIFY(row);
        const QList<WritebackItem> items = itemsOf(*row);
        const PrintResult printed = f.print(row->key);
        QVERIFY2(printed.isOk(), qPrintable(printed.message));
        QCOMPARE(printed.trackingNumbers.size(), 1);
        QVERIFY(S10::isValid(printed.trackingNumbers.constFirst()));
        QCOMPARE(f.row(row->key)->state, ShipmentState::Printed);
        QCOMPARE(f.endpoint(QStringLiteral("POST /v2/orders/{id}/shipments")), 0); // printing never waits on it

        QVERIFY(f.drainAll());
        const QJsonArray shipments = f.shipmentsOf(row->orderId);
        QCOMPARE(shipments.size(), 1);
        const QJsonObject shipment = shipments.at(0).toObject();
        QCOMPARE(shipment.value(QLatin1String("order_address_id")).toInteger(),
                 row->consignment.section(QLatin1Char(':'), 1).toLongLong());
        QCOMPARE(shipment.value(QLatin1String("tracking_number")).toString(), printed.trackingNumbers.constFirst());
        QCOMPARE(quantitiesOf(shipment.value(QLatin1String("items")).toArray()), quantitiesOf(items));
        QCOMPARE(f.order(row->orderId).value(QLatin1String("status_id")).toInt(), int(OrderStatus::Shipped));
        const std::optional<ShipmentRow> after = f.row(row->key);
        QCOMPARE(after->state, ShipmentState::WrittenBack);
        QCOMPARE(after->writeback, QStringLiteral("sent"));
        QCOMPARE(after->writebackNote, QString::number(shipment.value(QLatin1String("id")).toInteger()));

        // Printing it again is refused, and the refresh does not read Packbench's own write-back as "elsewhere".
        const PrintResult again = f.print(row->key);
        QCOMPARE(again.outcome, PrintResult::Outcome::Conflict);
        QVERIFY2(again.message.contains(QLatin1String("Reprint")), qPrintable(again.message));
        f.refresh();
        QCOMPARE(f.row(row->key)->state, ShipmentState::WrittenBack);
        QCOMPARE(f.stats().value(QLatin1String("shipments")).toInt(), 1);
    }

    void splitShipsPartOfAShipment_data() { addBackends(); }
    void splitShipsPartOfAShipment()
    {
        FIXTURE(120);
        const std::optional<ShipmentRow> row = f.singleShippingShipment(2);
        QVERIFY(row);
        // One unit of the first item: the rest stays to ship under the original key.
        const WritebackItem first{row->items.constFirst().orderProductId, 1};
        const int before = row->itemCount;
        const PrintResult part = f.print(row->key, {first});
        QVERIFY2(part.isOk(), qPrintable(part.message));
        QVERIFY(part.shipmentKey != row->key);
        QVERIFY(part.shipmentKey.startsWith(row->key + QLatin1Char('#')));
        QCOMPARE(f.row(row->key)->state, ShipmentState::ToShip);
        QCOMPARE(f.row(row->key)->itemCount, before - 1);
        QCOMPARE(f.row(part.shipmentKey)->itemCount, 1);

        // A refresh before the write-back keeps the printed part's quantity held back.
        f.refresh();
        QCOMPARE(f.row(row->key)->itemCount, before - 1);

        QVERIFY(f.drainAll());
        QCOMPARE(f.shipmentsOf(row->orderId).size(), 1);
        QCOMPARE(f.order(row->orderId).value(QLatin1String("status_id")).toInt(), int(OrderStatus::PartiallyShipped));
        QCOMPARE(f.row(row->key)->itemCount, before - 1);
        f.refresh();
        QCOMPARE(f.row(row->key)->itemCount, before - 1);
        QCOMPARE(f.row(row->key)->state, ShipmentState::ToShip);

        // The rest: the order is shipped.
        const PrintResult rest = f.print(row->key);
        QVERIFY2(rest.isOk(), qPrintable(rest.message));
        QCOMPARE(rest.shipmentKey, row->key);
        QVERIFY(f.drainAll());
        QCOMPARE(f.shipmentsOf(row->orderId).size(), 2);
        QCOMPARE(f.order(row->orderId).value(QLatin1String("status_id")).toInt(), int(OrderStatus::Shipped));

        // Bad splits are refused before anything happens.
        const std::optional<ShipmentRow> other = f.singleShippingShipment(2);
        QVERIFY(other);
        QCOMPARE(f.print(other->key, {{424242, 1}}).outcome, PrintResult::Outcome::Invalid);
        QCOMPARE(f.print(other->key, {{other->items.constFirst().orderProductId, 999}}).outcome,
                 PrintResult::Outcome::Invalid);
        QCOMPARE(f.row(other->key)->state, ShipmentState::ToShip);
    }

    void pickupBecomesAwaitingPickup_data() { addBackends(); }
    void pickupBecomesAwaitingPickup()
    {
        FIXTURE(200, [](StoreConfig &store) { store.pickupInStore = true; });
        const QList<ShipmentRow> pickups =
            f.toShip([](const ShipmentRow &row) { return row.consignment.startsWith(QLatin1String("pickup:")); });
        QVERIFY2(!pickups.isEmpty(), "the sandbox should have pickup orders");
        const ShipmentRow &row = pickups.constFirst();
        const PrintResult printed = f.print(row.key);
        QVERIFY2(printed.isOk(), qPrintable(printed.message));
        QVERIFY(printed.trackingNumbers.isEmpty());
        QVERIFY(f.drainAll());
        QCOMPARE(f.order(row.orderId).value(QLatin1String("status_id")).toInt(), int(OrderStatus::AwaitingPickup));
        QCOMPARE(f.endpoint(QStringLiteral("POST /v2/orders/{id}/shipments")), 0);
        QCOMPARE(f.row(row.key)->state, ShipmentState::WrittenBack);
    }

    void pickupWithTheOptionOffSendsNothing()
    {
        QTest::addColumn<TestDatabase::Backend>("backend");
        Fixture f(TestDatabase::Backend::SQLite, 200);
        QVERIFY(f.isReady());
        const QList<ShipmentRow> pickups =
            f.toShip([](const ShipmentRow &row) { return row.consignment.startsWith(QLatin1String("pickup:")); });
        QVERIFY(!pickups.isEmpty());
        const PrintResult printed = f.print(pickups.constFirst().key);
        QVERIFY2(printed.isOk(), qPrintable(printed.message));
        QCOMPARE(printed.decision.action, WritebackDecision::Action::None);
        QVERIFY(f.drainAll());
        QCOMPARE(f.endpoint(QStringLiteral("PUT /v2/orders/{id}")), 0);
        const std::optional<ShipmentRow> after = f.row(pickups.constFirst().key);
        QCOMPARE(after->writeback, QStringLiteral("not-sent"));
        QVERIFY(after->writebackNote.contains(QLatin1String("Pickup in Store")));
    }

    void reprintSendsNothing()
    {
        Fixture f(TestDatabase::Backend::SQLite);
        QVERIFY(f.isReady());
        const std::optional<ShipmentRow> row = f.singleShippingShipment();
        QVERIFY(row);
        const PrintResult printed = f.print(row->key);
        QVERIFY(printed.isOk());
        QVERIFY(f.drainAll());
        const int requests = f.stats().value(QLatin1String("requests")).toInt();
        int rendered = 0;
        const PrintResult again =
            Outbox(*f.database).reprint(row->key, [&rendered](const QList<LabelContent> &labels, QString *) {
                rendered = int(labels.size());
                return true;
            });
        QVERIFY2(again.isOk(), qPrintable(again.message));
        QCOMPARE(rendered, 1);
        QCOMPARE(again.trackingNumbers, printed.trackingNumbers);
        QCOMPARE(again.labels.constFirst().trackingNumber, printed.trackingNumbers.constFirst());
        QVERIFY(f.drainAll());
        QCOMPARE(f.stats().value(QLatin1String("requests")).toInt(), requests);
        QCOMPARE(f.shipmentsOf(row->orderId).size(), 1);
    }

    void voidBeforeSendingDropsTheWriteback_data() { addBackends(); }
    void voidBeforeSendingDropsTheWriteback()
    {
        FIXTURE(80);
        const std::optional<ShipmentRow> row = f.singleShippingShipment();
        QVERIFY(row);
        QVERIFY(f.print(row->key).isOk());
        const PrintResult voided = Outbox(*f.database).voidPrint(row->key);
        QVERIFY2(voided.isOk(), qPrintable(voided.message));
        QCOMPARE(f.row(row->key)->state, ShipmentState::ToShip);
        QVERIFY(f.row(row->key)->trackingNumber.isEmpty());
        QVERIFY(f.drainAll());
        QCOMPARE(f.stats().value(QLatin1String("requests")).toInt() - f.endpoint(QStringLiteral("GET /v2/orders")) -
                     f.endpoint(QStringLiteral("GET /v3/channels")) - f.endpoint(QStringLiteral("GET /v2/store")) -
                     f.endpoint(QStringLiteral("GET /v2/order_statuses")),
                 0);
        QCOMPARE(f.shipmentsOf(row->orderId).size(), 0);
        // To ship again: a new print gets a new number and is written back once.
        const PrintResult again = f.print(row->key);
        QVERIFY2(again.isOk(), qPrintable(again.message));
        QVERIFY(f.drainAll());
        QCOMPARE(f.shipmentsOf(row->orderId).size(), 1);
    }

    void voidAfterSendingDeletesAndRestores_data() { addBackends(); }
    void voidAfterSendingDeletesAndRestores()
    {
        FIXTURE(80);
        const std::optional<ShipmentRow> row = f.singleShippingShipment();
        QVERIFY(row);
        const int statusBefore = f.order(row->orderId).value(QLatin1String("status_id")).toInt();
        QVERIFY(f.print(row->key).isOk());
        QVERIFY(f.drainAll());
        QCOMPARE(f.shipmentsOf(row->orderId).size(), 1);
        QCOMPARE(f.order(row->orderId).value(QLatin1String("status_id")).toInt(), int(OrderStatus::Shipped));

        const PrintResult voided = Outbox(*f.database).voidPrint(row->key);
        QVERIFY2(voided.isOk(), qPrintable(voided.message));
        QCOMPARE(f.row(row->key)->state, ShipmentState::ToShip);
        // While the void is on its way, a refresh reads the order as still Shipped: not "elsewhere".
        f.refresh();
        QCOMPARE(f.row(row->key)->state, ShipmentState::ToShip);

        QVERIFY(f.drain([&] {
            for (const OutboxRow &r : Outbox(*f.database).rows(false, 0))
                if (r.kind == OutboxRow::Kind::Void)
                    return r.state == QLatin1String("sent");
            return false;
        }));
        QCOMPARE(f.shipmentsOf(row->orderId).size(), 0);
        QCOMPARE(f.order(row->orderId).value(QLatin1String("status_id")).toInt(), statusBefore);
        QCOMPARE(f.stats().value(QLatin1String("shipments_deleted")).toInt(), 1);
        f.refresh();
        QCOMPARE(f.row(row->key)->state, ShipmentState::ToShip);
    }

    void writebackOffSendsNothing()
    {
        Fixture f(TestDatabase::Backend::SQLite, 80, [](StoreConfig &store) { store.writeback = WritebackMode::Off; });
        QVERIFY(f.isReady());
        const std::optional<ShipmentRow> row = f.singleShippingShipment();
        QVERIFY(row);
        const PrintResult printed = f.print(row->key);
        QVERIFY(printed.isOk());
        QCOMPARE(printed.decision.action, WritebackDecision::Action::None);
        QVERIFY(f.drainAll());
        QCOMPARE(f.endpoint(QStringLiteral("POST /v2/orders/{id}/shipments")), 0);
        QCOMPARE(f.row(row->key)->writeback, QStringLiteral("not-sent"));
        QVERIFY(f.row(row->key)->writebackNote.contains(QLatin1String("off")));
    }

    void onDispatchSendsAtDispatch()
    {
        Fixture f(TestDatabase::Backend::SQLite, 80,
                  [](StoreConfig &store) { store.writeback = WritebackMode::OnDispatch; });
        QVERIFY(f.isReady());
        const std::optional<ShipmentRow> row = f.singleShippingShipment();
        QVERIFY(row);
        QVERIFY(f.print(row->key).isOk());
        QVERIFY(f.drainAll(500));
        QCOMPARE(f.endpoint(QStringLiteral("POST /v2/orders/{id}/shipments")), 0);
        QCOMPARE(Outbox(*f.database).counts().waitingDispatch, 1);
        QString error;
        QCOMPARE(Outbox(*f.database).dispatch(std::nullopt, {}, &error), 1);
        QVERIFY(f.drainAll());
        QCOMPARE(f.shipmentsOf(row->orderId).size(), 1);
        QCOMPARE(Outbox(*f.database).counts().waitingDispatch, 0);
    }

    void cancelledAfterPrintingIsHeld()
    {
        Fixture f(TestDatabase::Backend::SQLite);
        QVERIFY(f.isReady());
        const std::optional<ShipmentRow> row = f.singleShippingShipment();
        QVERIFY(row);
        QVERIFY(f.print(row->key).isOk());
        f.client->post(QStringLiteral("/__sandbox/orders/%1").arg(row->orderId),
                       QJsonObject{{QStringLiteral("status_id"), 5}});
        QVERIFY(f.drainAll());
        QCOMPARE(f.shipmentsOf(row->orderId).size(), 0);
        const std::optional<ShipmentRow> after = f.row(row->key);
        QCOMPARE(after->state, ShipmentState::WritebackFailed);
        QCOMPARE(after->writeback, QStringLiteral("held"));
        QVERIFY2(after->writebackNote.contains(QLatin1String("pull the parcel")), qPrintable(after->writebackNote));
        // Resolved by hand: Dismiss keeps the label printed and sends nothing.
        const QList<OutboxRow> rows = Outbox(*f.database).rows(true, 0);
        QCOMPARE(rows.size(), 1);
        QString error;
        QVERIFY2(Outbox(*f.database).dismiss(rows.constFirst().id, &error), qPrintable(error));
        QCOMPARE(f.row(row->key)->state, ShipmentState::Printed);
        QCOMPARE(Outbox(*f.database).counts().held, 0);
    }

    void refusedWritebackFailsWithTheReason()
    {
        Fixture f(TestDatabase::Backend::SQLite);
        QVERIFY(f.isReady());
        const std::optional<ShipmentRow> row = f.singleShippingShipment();
        QVERIFY(row);
        QVERIFY(f.print(row->key).isOk());
        // Shipped by someone else in BigCommerce meanwhile: the POST is refused (nothing left to ship).
        f.client->post(
            f.client->v2(QStringLiteral("orders/%1/shipments").arg(row->orderId)),
            QJsonObject{
                {QStringLiteral("order_address_id"), row->consignment.section(QLatin1Char(':'), 1).toLongLong()},
                {QStringLiteral("items"), [&] {
                     QJsonArray items;
                     for (const WritebackItem &item : itemsOf(*row))
                         items.append(QJsonObject{{QStringLiteral("order_product_id"), item.orderProductId},
                                                  {QStringLiteral("quantity"), item.quantity}});
                     return items;
                 }()}});
        QVERIFY(f.drainAll());
        const std::optional<ShipmentRow> after = f.row(row->key);
        QCOMPARE(after->writeback, QStringLiteral("failed"));
        QCOMPARE(after->state, ShipmentState::WritebackFailed);
        QVERIFY2(after->writebackNote.contains(QLatin1String("quantity")), qPrintable(after->writebackNote));
        QCOMPARE(f.shipmentsOf(row->orderId).size(), 1);
    }

    // The outcome of a POST is unknown when the connection drops after BigCommerce applied it: the worker lists the
    // order's shipments and finds it instead of posting it again.
    void unknownOutcomeIsReconciled()
    {
        Fixture f(TestDatabase::Backend::SQLite, 80, {}, [](SandboxOptions &options) {
            options.faults = {{FaultKind::ResetAfterWrite, 1.0}};
            options.failWritesOnly = true;
        });
        QVERIFY(f.isReady());
        const std::optional<ShipmentRow> row = f.singleShippingShipment();
        QVERIFY(row);
        QVERIFY(f.print(row->key).isOk());
        Outbox outbox(*f.database);
        QVERIFY(f.drain([&] { return f.row(row->key)->writeback == QLatin1String("sent"); }));
        QCOMPARE(f.shipmentsOf(row->orderId).size(), 1);
        QCOMPARE(f.endpoint(QStringLiteral("POST /v2/orders/{id}/shipments")), 1);
        QVERIFY(f.endpoint(QStringLiteral("GET /v2/orders/{id}/shipments")) >= 1);
    }

    // At least once, never twice: with 30% of requests failing in every way, every printed label ends as exactly one
    // BigCommerce shipment. (Full size, 1,000 labels at the real timeouts: bench/writeback_bench.)
    void faultsNeverDuplicate()
    {
        const int labels = qEnvironmentVariableIntValue("PACKBENCH_FAULT_LABELS") > 0
                               ? qEnvironmentVariableIntValue("PACKBENCH_FAULT_LABELS")
                               : 1000;
        Fixture f(TestDatabase::Backend::SQLite, labels * 2);
        QVERIFY(f.isReady());
        // The store is imported; from here on 30% of the requests fail.
        f.server->setFaults({{FaultKind::ServerError, 0.075},
                             {FaultKind::BareTooMany, 0.075},
                             {FaultKind::ResetAfterWrite, 0.075},
                             {FaultKind::Timeout, 0.075}});
        QList<ShipmentRow> rows =
            f.toShip([](const ShipmentRow &row) { return row.consignment.startsWith(QLatin1String("shipping:")); });
        QVERIFY2(rows.size() >= labels, qPrintable(QString::number(rows.size())));
        rows = rows.mid(0, labels);
        const int before = f.stats().value(QLatin1String("shipments")).toInt();
        for (const ShipmentRow &row : std::as_const(rows)) {
            const PrintResult printed = f.print(row.key);
            QVERIFY2(printed.isOk(), qPrintable(printed.message));
        }
        Outbox outbox(*f.database);
        QVERIFY(f.drain([&outbox] { return outbox.counts().pending() == 0; }, 240000));
        const OutboxCounts counts = outbox.counts();
        QCOMPARE(counts.failed + counts.held, 0);
        QCOMPARE(counts.sent, labels);
        QCOMPARE(f.stats().value(QLatin1String("shipments")).toInt() - before, labels);
        f.server->setFaults({}); // the checks below read the sandbox as it is
        for (const ShipmentRow &row : std::as_const(rows)) {
            const std::optional<ShipmentRow> after = f.row(row.key);
            QCOMPARE(after->state, ShipmentState::WrittenBack);
            int withItsNumber = 0;
            for (const QJsonValue &shipment : f.shipmentsOf(row.orderId))
                withItsNumber +=
                    shipment.toObject().value(QLatin1String("tracking_number")).toString() == after->trackingNumber;
            QCOMPARE(withItsNumber, 1);
        }
    }

    // The window runs the worker on a thread of its own: its retries must fire there.
    void retriesOnTheWorkersOwnThread()
    {
        Fixture f(TestDatabase::Backend::SQLite, 80, {}, [](SandboxOptions &options) {
            options.faults = {{FaultKind::ServerError, 1.0}};
            options.failWritesOnly = true;
        });
        QVERIFY(f.isReady());
        const std::optional<ShipmentRow> row = f.singleShippingShipment();
        QVERIFY(row);
        QVERIFY(f.print(row->key).isOk());
        QThread thread;
        auto *worker = new WritebackWorker(*f.database);
        worker->setStores({{f.store, f.options.token}});
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
        // Stopped and joined however the test ends.
        const auto stop = qScopeGuard([&] {
            QMetaObject::invokeMethod(worker, &WritebackWorker::stop, Qt::BlockingQueuedConnection);
            thread.quit();
            thread.wait();
        });
        QMetaObject::invokeMethod(worker, &WritebackWorker::start);
        // Refused twice or more: the retry timer fired on the worker's thread.
        QTRY_VERIFY_WITH_TIMEOUT(f.endpoint(QStringLiteral("POST /v2/orders/{id}/shipments")) >= 2, 30000);
        QCOMPARE(f.shipmentsOf(row->orderId).size(), 0);
        f.server->setFaults({});
        QTRY_COMPARE_WITH_TIMEOUT(f.row(row->key)->writeback, QStringLiteral("sent"), 30000);
        QCOMPARE(f.shipmentsOf(row->orderId).size(), 1);
    }

    void ownSequenceNumbersAreUniqueAndChecked()
    {
        Fixture f(TestDatabase::Backend::SQLite);
        QVERIFY(f.isReady());
        QSet<QString> numbers;
        for (const ShipmentRow &row : f.toShip().mid(0, 5)) {
            PrintRequest request;
            request.shipmentKey = row.key;
            request.parcels = 2;
            const PrintResult printed = Outbox(*f.database).print(request, {});
            QVERIFY2(printed.isOk(), qPrintable(printed.message));
            QCOMPARE(printed.trackingNumbers.size(), 2);
            QCOMPARE(printed.labels.size(), 2);
            QCOMPARE(printed.labels.at(1).parcelNumber, 2);
            for (const QString &number : printed.trackingNumbers) {
                QVERIFY2(S10::isValid(number), qPrintable(number));
                QVERIFY(!numbers.contains(number));
                numbers.insert(number);
            }
        }
    }

    void failedRenderRecordsNothing()
    {
        Fixture f(TestDatabase::Backend::SQLite);
        QVERIFY(f.isReady());
        const std::optional<ShipmentRow> row = f.singleShippingShipment();
        QVERIFY(row);
        PrintRequest request;
        request.shipmentKey = row->key;
        const PrintResult failed = Outbox(*f.database).print(request, [](const QList<LabelContent> &, QString *error) {
            *error = QStringLiteral("disk full");
            return false;
        });
        QCOMPARE(failed.outcome, PrintResult::Outcome::Failed);
        QCOMPARE(failed.message, QStringLiteral("disk full"));
        QCOMPARE(f.row(row->key)->state, ShipmentState::ToShip);
        QCOMPARE(Outbox(*f.database).counts().queued, 0);
        // The number was not used up either: the next print gets the first number.
        const PrintResult printed = f.print(row->key);
        QVERIFY(printed.isOk());
        QCOMPARE(printed.trackingNumbers.constFirst().mid(2, 8), QStringLiteral("00000001"));
    }

    // A read that fails inside a print (the server restarting under it) is a failure to try again, never a refusal:
    // a refused print is not tried again, and the station's claim would keep the others from printing it.
    void aReadErrorInAPrintIsTriedAgain()
    {
        Fixture f(TestDatabase::Backend::SQLite);
        QVERIFY(f.isReady());
        const std::optional<ShipmentRow> row = f.singleShippingShipment();
        QVERIFY(row);
        f.database->setStationName(QStringLiteral("Bench 1"));
        auto exec = [&f](const QString &statement) {
            QString error;
            const bool done = f.database->write(
                [&](QSqlDatabase &db, QString *stepError) {
                    QSqlQuery query(db);
                    return execQuery(query, statement, stepError);
                },
                &error);
            if (!done)
                qWarning("%s", qPrintable(error));
            return done;
        };
        QVERIFY(exec(QStringLiteral("ALTER TABLE carriers RENAME TO carriers_away")));
        const PrintResult failed = f.print(row->key);
        QCOMPARE(failed.outcome, PrintResult::Outcome::Failed);
        QVERIFY(!failed.message.isEmpty());
        QCOMPARE(f.row(row->key)->state, ShipmentState::ToShip);

        // Given back: another station may print it at once.
        QString error;
        std::unique_ptr<Database> other = f.testDatabase.open(&error);
        QVERIFY2(other, qPrintable(error));
        other->setStationName(QStringLiteral("Bench 2"));
        QCOMPARE(Outbox(*other).claimForPrint(row->key, &error), QString());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Outbox(*other).releasePrintClaim(row->key);

        QVERIFY(exec(QStringLiteral("ALTER TABLE carriers_away RENAME TO carriers")));
        QVERIFY(f.print(row->key).isOk());
    }
};

QTEST_GUILESS_MAIN(TestWriteback)
#include "tst_writeback.moc"
