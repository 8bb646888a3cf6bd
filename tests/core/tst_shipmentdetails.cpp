// ShipmentDetailsQuery on both backends: the details pane's data for a shipment the import wrote (address, items with
// options, the order's message and notes, total, the rule fields) and its history as the import records it.
#include "core/storage/Database.h"
#include "core/storage/ShipmentDetails.h"
#include "core/storage/ShipmentRepository.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportRules.h"
#include "support/TestDatabase.h"
#include "support/TestStores.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Packbench;

namespace {

StoreConfig addStore(Database &db, const QString &name, QString *error)
{
    const StoreConfig store = TestStores::bigCommerce(name, name.toLower(), QStringLiteral("client"));
    if (StoreRepository(db).insert(store, error) != StoreRepository::Outcome::Ok)
        return {};
    return store;
}

LineItem item(qint64 orderProductId, const QString &sku, const QString &name, int quantity)
{
    LineItem line;
    line.orderProductId = orderProductId;
    line.productId = orderProductId * 10;
    line.sku = sku;
    line.name = name;
    line.quantity = quantity;
    line.weight = 0.25;
    return line;
}

// An order as the mapper makes it: one shipping consignment to Jane, a T-shirt with options and gift wrap without SKU.
ImportedOrder order(qint64 orderId, int statusId = 11)
{
    ImportedOrder o;
    o.orderId = orderId;
    o.statusId = statusId;
    o.channelId = 1;
    o.dateCreated = QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC);
    o.dateModified = o.dateCreated;
    o.billing.firstName = QStringLiteral("Bill");
    o.billing.lastName = QStringLiteral("Payer");
    o.billing.email = QStringLiteral("bill@example.com");
    o.customerMessage = QStringLiteral("Please leave it at the back door.");
    o.staffNotes = QStringLiteral("Regular customer; pack with care.");
    o.total = QStringLiteral("123.4500");
    o.currency = QStringLiteral("NZD");
    o.atl = AuthorityToLeave::SignatureRequired;

    Shipment shipment;
    shipment.consignmentId = 99;
    shipment.shippingMethod = QStringLiteral("Courier overnight");
    Address &a = shipment.address;
    a.firstName = QStringLiteral("Jane");
    a.lastName = QStringLiteral("Doe");
    a.company = QStringLiteral("Acme Ltd");
    a.street1 = QStringLiteral("1 Queen St");
    a.street2 = QStringLiteral("Level 2");
    a.city = QStringLiteral("Auckland");
    a.state = QStringLiteral("Auckland Region");
    a.zip = QStringLiteral("1010");
    a.country = QStringLiteral("New Zealand");
    a.countryIso2 = QStringLiteral("NZ");
    a.phone = QStringLiteral("+64 9 123 4567");
    a.email = QStringLiteral("jane@example.com");
    LineItem shirt = item(5, QStringLiteral("TS-M-RED"), QStringLiteral("T-shirt"), 3);
    shirt.quantityShipped = 1;
    shirt.size = QStringLiteral("M");
    shirt.color = QStringLiteral("Red");
    shirt.hsCode = QStringLiteral("6109.10");
    shipment.items = {shirt, item(6, QString(), QStringLiteral("Gift wrap"), 1)};
    o.shipments = {shipment};
    return o;
}

bool write(Database &db, const StoreConfig &store, const SyncScope &scope, const QList<ImportedOrder> &orders,
           QString *error)
{
    PageWriteResult result;
    return ShipmentRepository(db).writePage(store, scope, orders, {}, &result, error);
}

QString keyOf(const StoreConfig &store, const ImportedOrder &o)
{
    return ShipmentRepository::shipmentKey(store.id, o.orderId, o.shipments.constFirst());
}

QStringList kinds(const QList<ShipmentEvent> &events)
{
    QStringList list;
    for (const ShipmentEvent &event : events)
        list << event.kind;
    return list;
}

} // namespace

class TestShipmentDetails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Everything the pane shows of a shipment the import wrote, and the history of an import, a change of its
    // address and BigCommerce cancelling the order, with times and the station that saw them.
    void detailsOfAWrittenShipment_data() { TestDatabase::addBackendRows(); }
    void detailsOfAWrittenShipment()
    {
        OPEN_TEST_DATABASE();
        db->setStationName(QStringLiteral("Bench 2"));
        const StoreConfig store = addStore(*db, QStringLiteral("Main"), &error);
        QVERIFY2(!store.id.isNull(), qPrintable(error));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        ImportedOrder imported = order(100);
        QVERIFY2(write(*db, store, SyncScope::import(), {imported}, &error), qPrintable(error));
        const QString key = keyOf(store, imported);

        std::optional<ShipmentDetails> details = ShipmentDetailsQuery(*db).load(key, &error);
        QVERIFY2(details, qPrintable(error));
        const ShipmentRow &row = details->row;
        QCOMPARE(row.key, key);
        QCOMPARE(row.orderId, 100);
        QCOMPARE(row.storeName, QStringLiteral("Main"));
        QCOMPARE(row.customer, QStringLiteral("Jane Doe"));
        QCOMPARE(row.company, QStringLiteral("Acme Ltd"));
        QCOMPARE(row.city, QStringLiteral("Auckland"));
        QCOMPARE(row.region, QStringLiteral("Auckland Region"));
        QCOMPARE(row.zip, QStringLiteral("1010"));
        QCOMPARE(row.countryIso2, QStringLiteral("NZ"));
        QCOMPARE(row.atl, AuthorityToLeave::SignatureRequired);
        QCOMPARE(row.state, ShipmentState::ToShip);
        QCOMPARE(row.accountName, QStringLiteral("Default"));
        QVERIFY(row.rule.isEmpty());
        QCOMPARE(details->street1, QStringLiteral("1 Queen St"));
        QCOMPARE(details->street2, QStringLiteral("Level 2"));
        QCOMPARE(details->phone, QStringLiteral("+64 9 123 4567"));
        QCOMPARE(details->email, QStringLiteral("jane@example.com"));
        QCOMPARE(details->shippingMethod, QStringLiteral("Courier overnight"));
        QCOMPARE(details->customerMessage, QStringLiteral("Please leave it at the back door."));
        QCOMPARE(details->staffNotes, QStringLiteral("Regular customer; pack with care."));
        QCOMPARE(details->billingName, QStringLiteral("Bill Payer"));
        QCOMPARE(details->total, QStringLiteral("123.4500"));
        QCOMPARE(details->currency, QStringLiteral("NZD"));

        // The items, with their options, the item without SKU included.
        QCOMPARE(row.items.size(), 2);
        QCOMPARE(row.items.at(0), imported.shipments.constFirst().items.at(0));
        QCOMPARE(row.items.at(0).quantityToShip(), 2);
        QCOMPARE(row.items.at(0).size, QStringLiteral("M"));
        QCOMPARE(row.items.at(0).color, QStringLiteral("Red"));
        QCOMPARE(row.items.at(0).hsCode, QStringLiteral("6109.10"));
        QCOMPARE(row.items.at(1).name, QStringLiteral("Gift wrap"));
        QVERIFY(row.items.at(1).sku.isEmpty());
        QVERIFY(row.missingSku);

        QCOMPARE(details->events.size(), 1);
        const ShipmentEvent &first = details->events.constFirst();
        QCOMPARE(first.kind, QStringLiteral("imported"));
        QCOMPARE(first.station, QStringLiteral("Bench 2"));
        QVERIFY2(first.detail.split(QLatin1Char(',')).contains(QStringLiteral("state:to-ship")),
                 qPrintable(first.detail));
        QVERIFY(first.at.isValid());
        QVERIFY(first.at >= before && first.at <= QDateTime::currentDateTimeUtc().addSecs(1));

        // The customer moves the parcel to another address (at another station), then the order is cancelled.
        QThread::msleep(5);
        db->setStationName(QStringLiteral("Bench 7"));
        ImportedOrder moved = imported;
        moved.shipments.first().address.street1 = QStringLiteral("2 Albert St");
        moved.dateModified = moved.dateModified.addSecs(60);
        QVERIFY2(write(*db, store, SyncScope::refresh(), {moved}, &error), qPrintable(error));
        QThread::msleep(5);
        ImportedOrder cancelled = moved;
        cancelled.statusId = 5;
        cancelled.dateModified = cancelled.dateModified.addSecs(60);
        QVERIFY2(write(*db, store, SyncScope::refresh(), {cancelled}, &error), qPrintable(error));

        details = ShipmentDetailsQuery(*db).load(key, &error);
        QVERIFY2(details, qPrintable(error));
        QCOMPARE(details->street1, QStringLiteral("2 Albert St"));
        QCOMPARE(details->row.state, ShipmentState::Cancelled);
        QCOMPARE(kinds(details->events),
                 (QStringList{QStringLiteral("imported"), QStringLiteral("changed"), QStringLiteral("changed")}));
        QCOMPARE(details->events.at(0).station, QStringLiteral("Bench 2"));
        QCOMPARE(details->events.at(1).station, QStringLiteral("Bench 7"));
        QCOMPARE(details->events.at(1).detail, QStringLiteral("address"));
        QVERIFY2(details->events.at(2).detail.split(QLatin1Char(',')).contains(QStringLiteral("state:cancelled")),
                 qPrintable(details->events.at(2).detail));
        // Oldest first.
        QVERIFY(details->events.at(0).at < details->events.at(1).at);
        QVERIFY(details->events.at(1).at < details->events.at(2).at);
    }

    // The history comes back in time order whatever order its rows were written in.
    void historyIsOldestFirst_data() { TestDatabase::addBackendRows(); }
    void historyIsOldestFirst()
    {
        OPEN_TEST_DATABASE();
        const StoreConfig store = addStore(*db, QStringLiteral("Main"), &error);
        QVERIFY2(!store.id.isNull(), qPrintable(error));
        const ImportedOrder imported = order(100);
        QVERIFY2(write(*db, store, SyncScope::import(), {imported}, &error), qPrintable(error));
        const QString key = keyOf(store, imported);
        // Written back later, at a time before a printing written afterwards (clocks of two stations).
        for (const auto &[at, kind] :
             {std::pair{QStringLiteral("2099-01-01T10:05:00.000Z"), QStringLiteral("written-back")},
              std::pair{QStringLiteral("2099-01-01T10:00:00.000Z"), QStringLiteral("printed")}}) {
            QSqlQuery insert(db->connection());
            insert.prepare(QStringLiteral("INSERT INTO shipment_events (shipment_key, at, kind, station, detail) "
                                          "VALUES (?, ?, ?, 'Bench 1', '')"));
            insert.addBindValue(key);
            insert.addBindValue(at);
            insert.addBindValue(kind);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        const std::optional<ShipmentDetails> details = ShipmentDetailsQuery(*db).load(key, &error);
        QVERIFY2(details, qPrintable(error));
        QCOMPARE(kinds(details->events),
                 (QStringList{QStringLiteral("imported"), QStringLiteral("printed"), QStringLiteral("written-back")}));
        QCOMPARE(details->events.at(1).at, QDateTime(QDate(2099, 1, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(details->events.at(1).station, QStringLiteral("Bench 1"));
    }

    // Two stores can have the same order number: the order's message and notes are those of the shipment's store.
    void orderFieldsComeFromTheShipmentsStore_data() { TestDatabase::addBackendRows(); }
    void orderFieldsComeFromTheShipmentsStore()
    {
        OPEN_TEST_DATABASE();
        const StoreConfig main = addStore(*db, QStringLiteral("Main"), &error);
        QVERIFY2(!main.id.isNull(), qPrintable(error));
        const StoreConfig kids = addStore(*db, QStringLiteral("Kids"), &error);
        QVERIFY2(!kids.id.isNull(), qPrintable(error));
        ImportedOrder mainOrder = order(100);
        QVERIFY2(write(*db, main, SyncScope::import(), {mainOrder}, &error), qPrintable(error));
        ImportedOrder kidsOrder = order(100);
        kidsOrder.customerMessage = QStringLiteral("Kids: ring twice");
        kidsOrder.staffNotes = QString();
        kidsOrder.total = QStringLiteral("5.0000");
        QVERIFY2(write(*db, kids, SyncScope::import(), {kidsOrder}, &error), qPrintable(error));

        std::optional<ShipmentDetails> details = ShipmentDetailsQuery(*db).load(keyOf(kids, kidsOrder), &error);
        QVERIFY2(details, qPrintable(error));
        QCOMPARE(details->row.storeName, QStringLiteral("Kids"));
        QCOMPARE(details->customerMessage, QStringLiteral("Kids: ring twice"));
        QVERIFY(details->staffNotes.isEmpty());
        QCOMPARE(details->total, QStringLiteral("5.0000"));
        QCOMPARE(details->events.size(), 1);
        details = ShipmentDetailsQuery(*db).load(keyOf(main, mainOrder), &error);
        QVERIFY2(details, qPrintable(error));
        QCOMPARE(details->customerMessage, QStringLiteral("Please leave it at the back door."));
        QCOMPARE(details->events.size(), 1);
    }

    // A key no shipment has (removed meanwhile): nothing, and no error.
    void anUnknownKeyGivesNothing_data() { TestDatabase::addBackendRows(); }
    void anUnknownKeyGivesNothing()
    {
        OPEN_TEST_DATABASE();
        const StoreConfig store = addStore(*db, QStringLiteral("Main"), &error);
        QVERIFY2(!store.id.isNull(), qPrintable(error));
        const ImportedOrder imported = order(100);
        QVERIFY2(write(*db, store, SyncScope::import(), {imported}, &error), qPrintable(error));
        error.clear();
        const QString unknown = keyOf(store, imported).replace(QStringLiteral("/100/"), QStringLiteral("/101/"));
        QVERIFY(!ShipmentDetailsQuery(*db).load(unknown, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!ShipmentDetailsQuery(*db).load(QString(), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(ShipmentDetailsQuery(*db).load(keyOf(store, imported), &error));
    }
};

QTEST_GUILESS_MAIN(TestShipmentDetails)
#include "tst_shipmentdetails.moc"
