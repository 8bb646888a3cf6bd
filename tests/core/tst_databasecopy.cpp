// DatabaseCopy: a station's SQLite database, filled through the real repositories (stores, an import, rules, accounts,
// carriers, saved views, a print with its write-back), copied to PostgreSQL and to another SQLite file. Every row must
// arrive as it was, a target with data of its own or a cancelled copy must be left as it was, and the copy must be a
// working database afterwards.
#include "core/domain/Account.h"
#include "core/shipping/Carrier.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/CarrierRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseCopy.h"
#include "core/storage/RuleRepository.h"
#include "core/storage/SavedViewRepository.h"
#include "core/storage/ShipmentQuery.h"
#include "core/storage/ShipmentRepository.h"
#include "core/storage/StoreRepository.h"
#include "core/writeback/Outbox.h"
#include "support/TestDatabase.h"
#include "support/TestStores.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Packbench;

namespace {

// Beyond 32 bits (order ids, customer ids, product ids) and beyond a double's 53 bits (a later table's BIGINT).
constexpr qint64 kBigOrderId = 3'000'000'001;
constexpr qint64 kBeyondDouble = 9'007'199'254'740'993; // 2^53 + 1

// The tables of schema 5; fill() leaves none of them empty.
const QStringList kFilledTables = {
    QStringLiteral("meta"),
    QStringLiteral("stores"),
    QStringLiteral("store_channels"),
    QStringLiteral("store_status_labels"),
    QStringLiteral("orders"),
    QStringLiteral("shipments"),
    QStringLiteral("shipment_items"),
    QStringLiteral("shipment_tags"),
    QStringLiteral("shipment_events"),
    QStringLiteral("import_skips"),
    QStringLiteral("sync_state"),
    QStringLiteral("accounts"),
    QStringLiteral("rules"),
    QStringLiteral("saved_views"),
    QStringLiteral("carriers"),
    QStringLiteral("outbox"),
};

// A table a later schema step might add, and one that refers to it: the copy must take them without knowing them, the
// referring one after the other although its name comes first.
const QStringList kLaterTables = {
    QStringLiteral("CREATE TABLE zz_later_parent (id BIGINT PRIMARY KEY, amount DOUBLE PRECISION, note TEXT, "
                   "counter INTEGER)"),
    QStringLiteral("CREATE TABLE aa_later_child (parent_id BIGINT NOT NULL REFERENCES zz_later_parent(id), "
                   "label TEXT NOT NULL)"),
};

bool exec(QSqlDatabase db, const QString &statement, const QVariantList &values = {}, QString *error = nullptr)
{
    QSqlQuery query(db);
    const bool ok = values.isEmpty() ? query.exec(statement) : query.prepare(statement);
    if (ok && values.isEmpty())
        return true;
    if (ok) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
    }
    const QString message = statement + QStringLiteral(": ") + query.lastError().text();
    if (error)
        *error = message;
    qWarning("%s", qPrintable(message));
    return false;
}

QStringList tablesOf(Database &db)
{
    QStringList tables;
    for (const QString &table : db.connection().tables())
        if (!table.startsWith(QLatin1String("sqlite_")))
            tables.append(table);
    tables.sort();
    return tables;
}

// A value as text that keeps NULL apart from '', integers apart from reals and text apart from both.
QString canonical(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QStringLiteral("int:") + value.toString();
    case QMetaType::Double:
        return QStringLiteral("real:") + QString::number(value.toDouble(), 'g', 17);
    default:
        return QStringLiteral("text:") + value.toString();
    }
}

// Every row of a table, sorted, so two databases compare whatever order they read them in.
QStringList dump(Database &db, const QString &table)
{
    QSqlDatabase connection = db.connection();
    const QSqlRecord record = connection.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    columns.sort();
    QSqlQuery query(connection);
    QStringList rows;
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table))) {
        rows.append(QStringLiteral("cannot read: ") + query.lastError().text());
        return rows;
    }
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i)
            values.append(columns.at(i) + QLatin1Char('=') + canonical(query.value(i)));
        rows.append(values.join(QStringLiteral(" | ")));
    }
    rows.sort();
    return rows;
}

QMap<QString, QStringList> dumpAll(Database &db)
{
    QMap<QString, QStringList> tables;
    for (const QString &table : tablesOf(db))
        tables.insert(table, dump(db, table));
    return tables;
}

qint64 count(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QVariant value(Database &db, const QString &statement, const QVariantList &binds = {})
{
    QSqlQuery query(db.connection());
    query.prepare(statement);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        return QStringLiteral("no row: ") + query.lastError().text();
    return query.value(0);
}

ImportedOrder makeOrder(qint64 orderId, const QString &name, const QString &countryIso2, int channelId)
{
    ImportedOrder order;
    order.orderId = orderId;
    order.statusId = 11; // Awaiting Fulfillment: to ship
    order.channelId = channelId;
    order.dateCreated = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    order.dateModified = order.dateCreated.addSecs(60);
    order.customerId = orderId + 7;
    order.billing.firstName = name;
    order.total = QStringLiteral("123.4500");
    order.currency = QStringLiteral("NZD");
    order.staffNotes = QStringLiteral("Line one\nO'Brien \\ \"quoted\"\ttab");
    Shipment shipment;
    shipment.consignmentId = orderId % 100000 + 1;
    shipment.address.firstName = name;
    shipment.address.lastName = QStringLiteral("Ngā");
    shipment.address.street1 = QStringLiteral("1 Queen St");
    shipment.address.city = QStringLiteral("Ōtautahi");
    shipment.address.zip = QStringLiteral("8011");
    shipment.address.country = QStringLiteral("New Zealand");
    shipment.address.countryIso2 = countryIso2;
    shipment.shippingMethod = QStringLiteral("Courier");
    for (int i = 1; i <= 2; ++i) {
        LineItem item;
        item.orderProductId = orderId * 10 + i;
        item.productId = orderId + 1000 + i;
        item.sku = i == 1 ? QStringLiteral("MUG-☕") : QStringLiteral("CAP");
        item.name = i == 1 ? QStringLiteral("Mug 🐧 «grün»") : QStringLiteral("Cap");
        item.quantity = i;
        item.weight = i == 1 ? 0.1 : 1.0 / 3.0; // doubles that have no short decimal form
        item.unitPrice = 19.99;
        item.size = i == 1 ? QStringLiteral("M") : QString();
        shipment.items.append(item);
    }
    order.shipments.append(shipment);
    return order;
}

struct Filled
{
    StoreConfig store;
    QStringList keys;   // every shipment, in order
    QString printedKey; // printed on the source (own sequence, serial 1)
    QString printedTracking;
    QString unprintedKey; // never printed: printed_at NULL
};

// Fills the station's database as a user's work would, so that every table Packbench has holds rows.
bool fill(Database &db, Filled *filled, QString *error)
{
    filled->store = TestStores::bigCommerce(QStringLiteral("Zoë's Shop ☕"));
    filled->store.channelTags = true;
    StoreRepository stores(db);
    if (stores.insert(filled->store, error) != StoreRepository::Outcome::Ok ||
        !stores.saveChannels(filled->store.id, {{1, QStringLiteral("Main")}, {2, QStringLiteral("Kinder 子供")}},
                             error) ||
        !stores.saveStatusLabels(filled->store.id, {{11, QStringLiteral("Ready to pick")}}, error))
        return false;

    Account depot;
    depot.id = QUuid::createUuid();
    depot.name = QStringLiteral("Ōtautahi Depot");
    depot.sender.city = QStringLiteral("Christchurch");
    if (AccountRepository(db).add(depot, error) != AccountRepository::Outcome::Ok)
        return false;
    Carrier courier;
    courier.id = QUuid::createUuid();
    courier.name = QStringLiteral("CourierPost");
    courier.kind = Carrier::Kind::Manual;
    courier.trackingCarrier = QStringLiteral("courierpost");
    if (CarrierRepository(db).add(courier, error) != CarrierRepository::Outcome::Ok)
        return false;
    Rule rule;
    rule.id = QUuid::createUuid();
    rule.name = QStringLiteral("Australia to the depot");
    RuleCondition condition;
    if (!RuleCondition::parse(QStringLiteral("country=AU"), &condition, error))
        return false;
    rule.conditions = {condition};
    rule.action = RuleAction::Account;
    rule.actionValue = depot.id.toString(QUuid::WithoutBraces);
    if (RuleRepository(db).add(rule, 0, error) != RuleRepository::Outcome::Ok)
        return false;
    SavedView view;
    view.name = QStringLiteral("Kinder to ship");
    view.filter.tags = {QStringLiteral("2")};
    view.filter.state = ShipmentState::ToShip;
    if (!SavedViewRepository(db).save(view, error))
        return false;

    QList<ImportedOrder> orders = {makeOrder(101, QStringLiteral("Ada"), QStringLiteral("NZ"), 1),
                                   makeOrder(102, QStringLiteral("Émile"), QStringLiteral("AU"), 2),
                                   makeOrder(kBigOrderId, QStringLiteral("李小龍"), QStringLiteral("NZ"), 2)};
    PageWriteResult written;
    ShipmentRepository shipments(db);
    if (!shipments.writePage(filled->store, SyncScope::import(), orders,
                             {OrderSkip{104, QStringLiteral("no consignment"), true}}, &written, error))
        return false;
    const QDateTime started = QDateTime(QDate(2026, 3, 5), QTime(6, 0), Qt::UTC);
    if (!shipments.recordSync(filled->store.id, started, started.addDays(-7), SyncCoverage::Full, QString(), error))
        return false;
    for (const ImportedOrder &order : std::as_const(orders))
        filled->keys.append(ShipmentRepository::shipmentKey(filled->store.id, order.orderId, order.shipments.first()));
    filled->printedKey = filled->keys.at(2);
    filled->unprintedKey = filled->keys.at(0);

    PrintRequest request;
    request.shipmentKey = filled->printedKey;
    const PrintResult printed = Outbox(db).print(request, {});
    if (!printed.isOk()) {
        *error = printed.message;
        return false;
    }
    filled->printedTracking = printed.trackingNumbers.value(0);

    // A store removed since, with what was imported for it: its row stays (removed_at set), its shipments go.
    const StoreConfig old = TestStores::bigCommerce(QStringLiteral("Old shop"), QStringLiteral("old1"));
    if (stores.insert(old, error) != StoreRepository::Outcome::Ok ||
        !shipments.writePage(old, SyncScope::import(), {makeOrder(7, QStringLiteral("Bo"), QStringLiteral("NZ"), 1)},
                             {}, &written, error))
        return false;
    return stores.markRemoved(old.id, error) == StoreRepository::Outcome::Ok;
}

// The database's triggers (their definitions, or whether they are enabled), to see that a copy leaves them as it
// found them.
QStringList triggersOf(Database &db)
{
    QSqlQuery query(db.connection());
    query.exec(db.backend() == DatabaseLocation::Backend::SQLite
                   ? QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'trigger'")
                   : QStringLiteral("SELECT tgname || ': ' || tgenabled::text FROM pg_trigger WHERE NOT tgisinternal"));
    QStringList triggers;
    while (query.next())
        triggers.append(query.value(0).toString());
    triggers.sort();
    return triggers;
}

// The tables of kLaterTables in a database, with values that test the copy's fidelity, and a trigger that derives
// data as the change feed's do: the copy brings the derived values as they are, it must not derive them again.
bool addLaterTables(Database &db, bool withRows, QString *error)
{
    for (const QString &statement : kLaterTables)
        if (!exec(db.connection(), statement, {}, error))
            return false;
    const QStringList trigger =
        db.backend() == DatabaseLocation::Backend::SQLite
            ? QStringList{QStringLiteral("CREATE TRIGGER later_derived AFTER INSERT ON aa_later_child BEGIN "
                                         "UPDATE zz_later_parent SET counter = counter + 1000 WHERE id = "
                                         "NEW.parent_id; END")}
            : QStringList{QStringLiteral("CREATE FUNCTION later_derived() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                         "BEGIN UPDATE zz_later_parent SET counter = counter + 1000 WHERE id = "
                                         "NEW.parent_id; RETURN NEW; END $$"),
                          QStringLiteral("CREATE TRIGGER later_derived AFTER INSERT ON aa_later_child FOR EACH ROW "
                                         "EXECUTE FUNCTION later_derived()")};
    for (const QString &statement : trigger)
        if (!exec(db.connection(), statement, {}, error))
            return false;
    if (!withRows)
        return true;
    const QString insert =
        QStringLiteral("INSERT INTO zz_later_parent (id, amount, note, counter) VALUES (?, ?, ?, ?)");
    const QList<QVariantList> rows = {
        {kBeyondDouble, 0.1, QStringLiteral(""), 0},
        {qint64(-2147483649LL), 1e-300, QVariant(QMetaType::fromType<QString>()), -1},
        {qint64(2147483648LL), 123456.789, QStringLiteral("O'Brien \\n \"x\"\n🐧 ﷽ e\u0301"), 2147483647},
        {qint64(1), QVariant(QMetaType::fromType<double>()), QStringLiteral("NULL"),
         QVariant(QMetaType::fromType<int>())},
    };
    for (const QVariantList &row : rows)
        if (!exec(db.connection(), insert, row, error))
            return false;
    return exec(db.connection(), QStringLiteral("INSERT INTO aa_later_child (parent_id, label) VALUES (?, ?)"),
                {kBeyondDouble, QStringLiteral("child")}, error);
}

} // namespace

class TestDatabaseCopy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copiesEveryRowExactly_data() { TestDatabase::addBackendRows(); }
    void copiesEveryRowExactly()
    {
        QFETCH(TestDatabase::Backend, backend);
        TestDatabase sourceDatabase(TestDatabase::Backend::SQLite);
        TestDatabase targetDatabase(backend);
        PACKBENCH_REQUIRE_DATABASE(targetDatabase);
        QString error;
        std::unique_ptr<Database> source = sourceDatabase.open(&error);
        QVERIFY2(source, qPrintable(error));
        std::unique_ptr<Database> target = targetDatabase.open(&error);
        QVERIFY2(target, qPrintable(error));
        Filled filled;
        QVERIFY2(fill(*source, &filled, &error), qPrintable(error));
        QVERIFY2(addLaterTables(*source, true, &error), qPrintable(error));
        QVERIFY2(addLaterTables(*target, false, &error), qPrintable(error));
        const QStringList triggers = triggersOf(*target);
        QVERIFY2(triggers.size() > 0, qPrintable(triggers.join(u',')));
        const QMap<QString, QStringList> before = dumpAll(*source);
        QVERIFY2(
            before.value(QStringLiteral("zz_later_parent")).join(u'\n').contains(QStringLiteral("counter=int:1000")),
            "the source's trigger derived a value");
        for (const QString &table : kFilledTables)
            QVERIFY2(!before.value(table).isEmpty(), qPrintable(QStringLiteral("the test leaves %1 empty").arg(table)));

        QStringList progressed;
        DatabaseCopy::Report report;
        const bool copied = DatabaseCopy::copy(
            *source, *target,
            [&progressed](const QString &table, qint64 done, qint64 total) {
                if (done == total && !progressed.contains(table))
                    progressed.append(table);
                return true;
            },
            &report, &error);
        QVERIFY2(copied, qPrintable(error));

        // The report: every table, the same count on both sides, in an order that respects the foreign keys.
        QStringList reported;
        qint64 rows = 0;
        for (const DatabaseCopy::TableCount &table : std::as_const(report.tables)) {
            reported.append(table.table);
            QCOMPARE(table.target, table.source);
            QCOMPARE(table.source, count(*source, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table.table)));
            rows += table.table == QLatin1String("meta") ? table.source - 1 : table.source; // schema_version stays
        }
        QCOMPARE(report.rows, rows);
        QStringList sorted = reported;
        sorted.sort();
        QCOMPARE(sorted, tablesOf(*source));
        QVERIFY(reported.indexOf(QStringLiteral("stores")) < reported.indexOf(QStringLiteral("orders")));
        QVERIFY(reported.indexOf(QStringLiteral("orders")) < reported.indexOf(QStringLiteral("shipments")));
        QVERIFY(reported.indexOf(QStringLiteral("shipments")) < reported.indexOf(QStringLiteral("shipment_items")));
        QVERIFY(reported.indexOf(QStringLiteral("zz_later_parent")) <
                reported.indexOf(QStringLiteral("aa_later_child")));
        // Tables the copy does not know come after the ones it knows.
        QVERIFY(reported.indexOf(QStringLiteral("zz_later_parent")) > reported.indexOf(QStringLiteral("outbox")));
        QVERIFY2(progressed.contains(QStringLiteral("shipments")), qPrintable(progressed.join(u',')));

        // Every row, every column (NULL apart from '', integers apart from reals).
        for (auto table = before.cbegin(); table != before.cend(); ++table)
            QCOMPARE(dump(*target, table.key()), table.value());
        QCOMPARE(dumpAll(*source), before);      // the source is only read
        QCOMPARE(triggersOf(*target), triggers); // back as they were, and working
        QVERIFY(exec(target->connection(),
                     QStringLiteral("INSERT INTO aa_later_child (parent_id, label) VALUES (-2147483649, 'x')")));
        QCOMPARE(value(*target, QStringLiteral("SELECT counter FROM zz_later_parent WHERE id = -2147483649")).toInt(),
                 999);

        // A few values read back as the application reads them.
        QCOMPARE(value(*target, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt(),
                 Database::kSchemaVersion);
        QCOMPARE(value(*target, QStringLiteral("SELECT next_number FROM carriers WHERE id = ?"),
                       {Carrier::ownSequenceId().toString(QUuid::WithoutBraces)})
                     .toLongLong(),
                 qint64(2));
        QCOMPARE(value(*target, QStringLiteral("SELECT customer_id FROM orders WHERE order_id = ?"), {kBigOrderId})
                     .toLongLong(),
                 kBigOrderId + 7);
        QCOMPARE(value(*target, QStringLiteral("SELECT id FROM zz_later_parent WHERE note = ''")).toLongLong(),
                 kBeyondDouble);
        QCOMPARE(value(*target, QStringLiteral("SELECT amount FROM zz_later_parent WHERE id = 2147483648")).toDouble(),
                 123456.789);
        QCOMPARE(value(*target, QStringLiteral("SELECT note FROM zz_later_parent WHERE id = 2147483648")).toString(),
                 QStringLiteral("O'Brien \\n \"x\"\n🐧 ﷽ e\u0301"));
        QVERIFY(value(*target, QStringLiteral("SELECT note FROM zz_later_parent WHERE id = -2147483649")).isNull());
        QVERIFY(value(*target, QStringLiteral("SELECT printed_at FROM shipments WHERE shipment_key = ?"),
                      {filled.unprintedKey})
                    .isNull());
        QVERIFY(!value(*target, QStringLiteral("SELECT printed_at FROM shipments WHERE shipment_key = ?"),
                       {filled.printedKey})
                     .toString()
                     .isEmpty());
        QCOMPARE(
            value(*target, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE shipment_key = ?"), {filled.printedKey})
                .toInt(),
            1);
        QVERIFY(!value(*target, QStringLiteral("SELECT removed_at FROM stores WHERE name = 'Old shop'")).isNull());
        QVERIFY(value(*target, QStringLiteral("SELECT removed_at FROM stores WHERE id = ?"),
                      {filled.store.id.toString(QUuid::WithoutBraces)})
                    .isNull());

        ShipmentFilter filter;
        filter.withItems = true;
        filter.keys = {filled.printedKey};
        const QList<ShipmentRow> printed = ShipmentQuery(*target).list(filter, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(printed.size(), 1);
        const ShipmentRow &row = printed.constFirst();
        QCOMPARE(row.orderId, kBigOrderId);
        QCOMPARE(row.customer, QStringLiteral("李小龍 Ngā"));
        QCOMPARE(row.state, ShipmentState::Printed);
        QCOMPARE(row.trackingNumber, filled.printedTracking);
        QCOMPARE(row.tags, QStringList{QStringLiteral("2")});
        QCOMPARE(row.items.size(), 2);
        QCOMPARE(row.items.at(0).name, QStringLiteral("Mug 🐧 «grün»"));
        QCOMPARE(row.items.at(0).weight, 0.1);
        QCOMPARE(row.items.at(1).weight, 1.0 / 3.0);
        QCOMPARE(row.items.at(1).size, QString(QStringLiteral("")));
        QCOMPARE(row.items.at(0).orderProductId, kBigOrderId * 10 + 1);
    }

    // After the copy the target is the station's database: the grid reads it, and the next print takes the number
    // after the copied counter (never one the source already gave out).
    void theCopyWorks_data() { TestDatabase::addBackendRows(); }
    void theCopyWorks()
    {
        QFETCH(TestDatabase::Backend, backend);
        TestDatabase sourceDatabase(TestDatabase::Backend::SQLite);
        TestDatabase targetDatabase(backend);
        PACKBENCH_REQUIRE_DATABASE(targetDatabase);
        QString error;
        std::unique_ptr<Database> source = sourceDatabase.open(&error);
        QVERIFY2(source, qPrintable(error));
        Filled filled;
        QVERIFY2(fill(*source, &filled, &error), qPrintable(error));
        {
            std::unique_ptr<Database> target = targetDatabase.open(&error);
            QVERIFY2(target, qPrintable(error));
            DatabaseCopy::Report report;
            QVERIFY2(DatabaseCopy::copy(*source, *target, {}, &report, &error), qPrintable(error));
        }
        std::unique_ptr<Database> target = targetDatabase.open(&error); // as a station opens it next
        QVERIFY2(target, qPrintable(error));
        QCOMPARE(ShipmentQuery(*target).list({}, &error).size(), filled.keys.size());
        ShipmentFilter kinder;
        kinder.tags = {QStringLiteral("2")};
        QCOMPARE(ShipmentQuery(*target).list(kinder, &error).size(), 2);
        QCOMPARE(SavedViewRepository(*target).find(QStringLiteral("kinder to ship"))->filter.tags,
                 QStringList{QStringLiteral("2")});

        PrintRequest request;
        request.shipmentKey = filled.unprintedKey;
        const PrintResult printed = Outbox(*target).print(request, {});
        QVERIFY2(printed.isOk(), qPrintable(printed.message));
        QCOMPARE(printed.trackingNumbers, QStringList{S10::format(QStringLiteral("PB"), 2, QStringLiteral("XX"))});
        QCOMPARE(filled.printedTracking, S10::format(QStringLiteral("PB"), 1, QStringLiteral("XX")));
        // The printed shipment stays printed: printing it again is refused.
        request.shipmentKey = filled.printedKey;
        QCOMPARE(Outbox(*target).print(request, {}).outcome, PrintResult::Outcome::Conflict);
        QCOMPARE(Outbox(*target).counts().queued, 2);
    }

    void refusesATargetWithDataOfItsOwn_data() { TestDatabase::addBackendRows(); }
    void refusesATargetWithDataOfItsOwn()
    {
        QFETCH(TestDatabase::Backend, backend);
        TestDatabase sourceDatabase(TestDatabase::Backend::SQLite);
        TestDatabase targetDatabase(backend);
        PACKBENCH_REQUIRE_DATABASE(targetDatabase);
        QString error;
        std::unique_ptr<Database> source = sourceDatabase.open(&error);
        std::unique_ptr<Database> target = targetDatabase.open(&error);
        QVERIFY2(source && target, qPrintable(error));
        Filled filled;
        QVERIFY2(fill(*source, &filled, &error), qPrintable(error));
        const StoreConfig theirs = TestStores::bigCommerce(QStringLiteral("Bench 2's store"), QStringLiteral("xyz9"));
        QCOMPARE(StoreRepository(*target).insert(theirs, &error), StoreRepository::Outcome::Ok);
        const QMap<QString, QStringList> before = dumpAll(*target);

        bool asked = false;
        DatabaseCopy::Report report;
        QVERIFY(!DatabaseCopy::copy(
            *source, *target,
            [&asked](const QString &, qint64, qint64) {
                asked = true;
                return true;
            },
            &report, &error));
        QVERIFY2(error.contains(QStringLiteral("1 store")) && error.contains(QStringLiteral("empty database")),
                 qPrintable(error));
        QVERIFY2(error.contains(target->location().displayName()), qPrintable(error));
        QVERIFY(!asked);
        QCOMPARE(report.rows, qint64(0));
        QCOMPARE(dumpAll(*target), before);
    }

    void aCancelLeavesTheTargetAsItWas_data() { TestDatabase::addBackendRows(); }
    void aCancelLeavesTheTargetAsItWas()
    {
        QFETCH(TestDatabase::Backend, backend);
        TestDatabase sourceDatabase(TestDatabase::Backend::SQLite);
        TestDatabase targetDatabase(backend);
        PACKBENCH_REQUIRE_DATABASE(targetDatabase);
        QString error;
        std::unique_ptr<Database> source = sourceDatabase.open(&error);
        std::unique_ptr<Database> target = targetDatabase.open(&error);
        QVERIFY2(source && target, qPrintable(error));
        Filled filled;
        QVERIFY2(fill(*source, &filled, &error), qPrintable(error));
        const QMap<QString, QStringList> before = dumpAll(*target);
        QVERIFY(!before.value(QStringLiteral("carriers")).isEmpty()); // the seed rows the copy would replace
        const QStringList triggers = triggersOf(*target);

        QStringList seen;
        DatabaseCopy::Report report;
        QVERIFY(!DatabaseCopy::copy(
            *source, *target,
            [&seen](const QString &table, qint64 done, qint64) {
                seen.append(table);
                return !(table == QLatin1String("shipment_items") && done > 0); // after the first batch of items
            },
            &report, &error));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY2(seen.contains(QStringLiteral("shipments")), qPrintable(seen.join(u',')));
        QCOMPARE(dumpAll(*target), before);
        QCOMPARE(triggersOf(*target), triggers);
        // Nothing half-done stops a later copy.
        QVERIFY2(DatabaseCopy::copy(*source, *target, {}, &report, &error), qPrintable(error));
        QCOMPARE(count(*target, QStringLiteral("SELECT COUNT(*) FROM shipments")), qint64(filled.keys.size()));
    }

    // A failure part-way (here: rows the target refuses) rolls back everything, and the error names the table.
    void aFailureRollsBackAndNamesTheTable_data() { TestDatabase::addBackendRows(); }
    void aFailureRollsBackAndNamesTheTable()
    {
        QFETCH(TestDatabase::Backend, backend);
        TestDatabase sourceDatabase(TestDatabase::Backend::SQLite);
        TestDatabase targetDatabase(backend);
        PACKBENCH_REQUIRE_DATABASE(targetDatabase);
        QString error;
        std::unique_ptr<Database> source = sourceDatabase.open(&error);
        std::unique_ptr<Database> target = targetDatabase.open(&error);
        QVERIFY2(source && target, qPrintable(error));
        Filled filled;
        QVERIFY2(fill(*source, &filled, &error), qPrintable(error));
        // Two shipments of the source have the tag "2".
        QVERIFY(exec(target->connection(), QStringLiteral("CREATE UNIQUE INDEX refuse_tags ON shipment_tags (tag)")));
        const QMap<QString, QStringList> before = dumpAll(*target);
        DatabaseCopy::Report report;
        QVERIFY(!DatabaseCopy::copy(*source, *target, {}, &report, &error));
        QVERIFY2(error.contains(QStringLiteral("Copying the table shipment_tags to ")) &&
                     error.contains(target->location().displayName()),
                 qPrintable(error));
        QCOMPARE(dumpAll(*target), before);
    }

    void refusesDifferentSchemasAndItself()
    {
        TestDatabase sourceDatabase(TestDatabase::Backend::SQLite);
        TestDatabase targetDatabase(TestDatabase::Backend::SQLite);
        QString error;
        std::unique_ptr<Database> source = sourceDatabase.open(&error);
        std::unique_ptr<Database> target = targetDatabase.open(&error);
        QVERIFY2(source && target, qPrintable(error));
        std::unique_ptr<Database> sameFile = sourceDatabase.open(&error);
        QVERIFY2(sameFile, qPrintable(error));
        DatabaseCopy::Report report;
        QVERIFY(!DatabaseCopy::copy(*source, *sameFile, {}, &report, &error));
        QVERIFY2(error.contains(QStringLiteral("already uses")), qPrintable(error));

        QVERIFY(exec(target->connection(), QStringLiteral("UPDATE meta SET value = '4' WHERE key = 'schema_version'")));
        QVERIFY(!DatabaseCopy::copy(*source, *target, {}, &report, &error));
        QVERIFY2(error.contains(QStringLiteral("schema 4")) && error.contains(QStringLiteral("Open both")),
                 qPrintable(error));
        QCOMPARE(count(*target, QStringLiteral("SELECT COUNT(*) FROM accounts")), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
