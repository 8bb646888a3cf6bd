// Several stations on one database, on both backends: every write numbers the shipments it changed so other
// stations see exactly those (ChangeFeed), and one station at a time holds a store's lease (StoreLeases).
#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"
#include "core/sync/StoreLease.h"
#include "core/writeback/Outbox.h"
#include "support/TestDatabase.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>
#include <QThread>

using namespace Packbench;

namespace {

const QString kStore = QStringLiteral("6f1c1f0e-0000-4000-8000-00000000000a");

bool run(QSqlDatabase &db, const QString &statement, const QVariantList &binds, QString *error)
{
    QSqlQuery query(db);
    query.prepare(statement);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    return execQuery(query, error);
}

bool addStore(Database &database, QString *error)
{
    return database.write(
        [](QSqlDatabase &db, QString *stepError) {
            return run(db,
                       QStringLiteral("INSERT INTO stores (id, name, api_path, store_hash, client_id, "
                                      "import_statuses, update_statuses, created_at) VALUES (?, 'Shop', 'x', 'abc', "
                                      "'c', '9,11', '2', '2026-01-01T00:00:00Z')"),
                       {kStore}, stepError);
        },
        error);
}

QString keyOf(qint64 orderId)
{
    return QStringLiteral("%1/%2/shipping:1").arg(kStore).arg(orderId);
}

bool addShipment(QSqlDatabase &db, qint64 orderId, QString *error)
{
    const QString at = QStringLiteral("2026-11-29T10:00:00.000Z");
    return run(db,
               QStringLiteral("INSERT INTO orders (store_id, order_id, status_id, channel_id, customer_name, email, "
                              "phone, customer_message, staff_notes, total, currency, atl, content_hash, imported_at, "
                              "updated_at) VALUES (?, ?, 11, 1, 'Jane', '', '', '', '', '1.00', 'USD', '', 'h', ?, ?)"),
               {kStore, orderId, at, at}, error) &&
           run(db,
               QStringLiteral("INSERT INTO shipments (shipment_key, store_id, order_id, kind, consignment_id, state, "
                              "bc_status_id, channel_id, recipient, company, street_1, street_2, city, region, zip, "
                              "country, country_iso2, phone, email, shipping_method, pickup_location, atl, "
                              "item_count, changed_fields, content_hash, imported_at, updated_at) VALUES (?, ?, ?, "
                              "'shipping', 1, 'to-ship', 11, 1, 'Jane', '', 'Main St 1', '', 'Town', '', '1010', "
                              "'NZ', 'NZ', '', '', '', '', '', 1, '', 'h', ?, ?)"),
               {keyOf(orderId), kStore, orderId, at, at}, error);
}

qint64 counter(Database &database)
{
    qint64 value = -1;
    QString error;
    if (!ChangeFeed::current(database, &value, &error))
        qWarning("%s", qPrintable(error));
    return value;
}

QStringList changedSince(Database &database, qint64 since, qint64 *upTo)
{
    QStringList keys;
    QString error;
    if (!ChangeFeed::read(database, since, upTo, &keys, &error))
        qWarning("%s", qPrintable(error));
    keys.sort();
    return keys;
}

} // namespace

class TestStationSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesNumberTheShipmentsTheyChange_data() { TestDatabase::addBackendRows(); }
    void writesNumberTheShipmentsTheyChange()
    {
        OPEN_TEST_DATABASE();
        QVERIFY2(addStore(*db, &error), qPrintable(error));
        // Another station: a Database of its own on the same location (its own connections).
        std::unique_ptr<Database> other = testDatabase.open(&error);
        QVERIFY2(other, qPrintable(error));
        const qint64 start = counter(*other);
        QVERIFY(start >= 0);

        QVERIFY2(db->write(
                     [](QSqlDatabase &connection, QString *stepError) {
                         return addShipment(connection, 100, stepError) && addShipment(connection, 101, stepError);
                     },
                     &error),
                 qPrintable(error));
        qint64 upTo = 0;
        QCOMPARE(changedSince(*other, start, &upTo), (QStringList{keyOf(100), keyOf(101)}));
        QCOMPARE(upTo, start + 1); // one number per transaction
        // Nothing marked is left behind for the next writer.
        QSqlQuery marked(other->connection());
        QVERIFY(marked.exec(QStringLiteral("SELECT COUNT(*) FROM shipments WHERE change_seq = -1")) && marked.next());
        QCOMPARE(marked.value(0).toInt(), 0);
        marked.finish(); // an open SQLite statement would keep this connection's snapshot from moving on

        // Only the shipment changed, after the last number seen; a write that changes no shipment takes no number.
        const qint64 seen = upTo;
        QVERIFY2(db->write(
                     [](QSqlDatabase &connection, QString *stepError) {
                         return run(connection,
                                    QStringLiteral("UPDATE shipments SET state = 'printed' WHERE shipment_key = ?"),
                                    {keyOf(101)}, stepError);
                     },
                     &error),
                 qPrintable(error));
        QVERIFY2(db->write(
                     [](QSqlDatabase &connection, QString *stepError) {
                         return run(connection, QStringLiteral("UPDATE stores SET name = 'Shop 2'"), {}, stepError);
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(changedSince(*other, seen, &upTo), QStringList{keyOf(101)});
        QCOMPARE(upTo, seen + 1);

        // A tag added (rules, the import) changes its shipment's row in the grid.
        const qint64 beforeTag = upTo;
        QVERIFY2(db->write(
                     [](QSqlDatabase &connection, QString *stepError) {
                         return run(
                             connection,
                             QStringLiteral("INSERT INTO shipment_tags (shipment_key, tag) VALUES (?, 'Amazon')"),
                             {keyOf(100)}, stepError);
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(changedSince(*other, beforeTag, &upTo), QStringList{keyOf(100)});

        // A shipment deleted (a store's data removed, a split part voided) is a change too: its key comes back.
        const qint64 beforeDelete = upTo;
        QVERIFY2(db->write(
                     [](QSqlDatabase &connection, QString *stepError) {
                         return run(connection, QStringLiteral("DELETE FROM shipment_tags WHERE shipment_key = ?"),
                                    {keyOf(100)}, stepError) &&
                                run(connection, QStringLiteral("DELETE FROM shipments WHERE shipment_key = ?"),
                                    {keyOf(100)}, stepError);
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(changedSince(*other, beforeDelete, &upTo), QStringList{keyOf(100)});

        // A transaction rolled back numbers nothing.
        const qint64 beforeRollback = upTo;
        QVERIFY(!db->write(
            [](QSqlDatabase &connection, QString *stepError) {
                run(connection, QStringLiteral("UPDATE shipments SET state = 'to-ship'"), {}, stepError);
                *stepError = QStringLiteral("changed my mind");
                return false;
            },
            &error));
        QCOMPARE(changedSince(*other, beforeRollback, &upTo), QStringList());
        QCOMPARE(upTo, beforeRollback);
    }

    void feedSignalsTheChangedKeys_data() { TestDatabase::addBackendRows(); }
    void feedSignalsTheChangedKeys()
    {
        qputenv("PACKBENCH_CHANGE_POLL_MS", "50");
        OPEN_TEST_DATABASE();
        QVERIFY2(addStore(*db, &error), qPrintable(error));
        std::unique_ptr<Database> other = testDatabase.open(&error);
        QVERIFY2(other, qPrintable(error));
        ChangeFeed feed(*other);
        QSignalSpy changed(&feed, &ChangeFeed::shipmentsChanged);
        feed.start();
        QTest::qWait(150); // the feed has read where it starts
        QVERIFY2(db->write([](QSqlDatabase &connection,
                              QString *stepError) { return addShipment(connection, 200, stepError); },
                           &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{keyOf(200)});
        QTest::qWait(200);
        QCOMPARE(changed.size(), 1); // nothing new, nothing signalled
    }

    void aShipmentBeingPrintedElsewhereSaysWho_data() { TestDatabase::addBackendRows(); }
    void aShipmentBeingPrintedElsewhereSaysWho()
    {
        OPEN_TEST_DATABASE();
        QVERIFY2(addStore(*db, &error), qPrintable(error));
        QVERIFY2(db->write([](QSqlDatabase &connection,
                              QString *stepError) { return addShipment(connection, 300, stepError); },
                           &error),
                 qPrintable(error));
        db->setStationName(QStringLiteral("Bench 3"));
        std::unique_ptr<Database> other = testDatabase.open(&error);
        QVERIFY2(other, qPrintable(error));
        other->setStationName(QStringLiteral("Bench 1"));
        Outbox bench3(*db);
        Outbox bench1(*other);

        // Bench 3 claims it (its print under way); Bench 1 is told who has it, and its print is refused at once.
        QCOMPARE(bench3.claimForPrint(keyOf(300), &error), QString());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(bench1.claimForPrint(keyOf(300), &error), QStringLiteral("Bench 3"));
        PrintRequest request;
        request.shipmentKey = keyOf(300);
        const PrintResult refused = bench1.print(request, [](const QList<LabelContent> &, QString *) { return true; });
        QCOMPARE(refused.outcome, PrintResult::Outcome::Conflict);
        QVERIFY2(refused.message.contains(QStringLiteral("Bench 3")), qPrintable(refused.message));
        // Claiming again at the same station is not a conflict (a second try after a printer error).
        QCOMPARE(bench3.claimForPrint(keyOf(300), &error), QString());

        // Given back (its print failed): the other station may print it.
        bench3.releasePrintClaim(keyOf(300));
        QCOMPARE(bench1.claimForPrint(keyOf(300), &error), QString());
        QCOMPARE(bench3.claimForPrint(keyOf(300), &error), QStringLiteral("Bench 1"));
    }

    void oneHolderAtATime_data() { TestDatabase::addBackendRows(); }
    void oneHolderAtATime()
    {
        OPEN_TEST_DATABASE();
        const QUuid store(kStore);
        StoreLeases bench1(*db, QStringLiteral("holder-1"));
        StoreLeases bench2(*db, QStringLiteral("holder-2"));
        QCOMPARE(bench1.acquire(store, 60000, &error), StoreLeases::Result::Taken);
        QCOMPARE(bench1.acquire(store, 60000, &error), StoreLeases::Result::Held);
        // The holder is alive (this process): the other waits for the lease to expire.
        QCOMPARE(bench2.acquire(store, 60000, &error), StoreLeases::Result::Elsewhere);
        const std::optional<StoreLeases::Holder> holder = bench2.holder(store, &error);
        QVERIFY(holder);
        QCOMPARE(holder->holder, QStringLiteral("holder-1"));
        QCOMPARE(holder->pid, QCoreApplication::applicationPid());

        // A holder that stops cleanly hands over at once.
        QVERIFY(bench1.release(store, &error));
        QCOMPARE(bench2.acquire(store, 300, &error), StoreLeases::Result::Taken);
        QCOMPARE(bench1.acquire(store, 300, &error), StoreLeases::Result::Elsewhere);
        // A holder that stops renewing (hung, cut off) loses it when it expires, by the database's clock.
        QTest::qWait(450);
        QCOMPARE(bench1.acquire(store, 60000, &error), StoreLeases::Result::Taken);
        QCOMPARE(bench2.acquire(store, 60000, &error), StoreLeases::Result::Elsewhere);
    }

    void deadHolderOnThisMachineIsTakenOverAtOnce_data() { TestDatabase::addBackendRows(); }
    void deadHolderOnThisMachineIsTakenOverAtOnce()
    {
        OPEN_TEST_DATABASE();
        // A process that has ended: its pid is free (and not reused within this test, almost surely).
        QProcess finished;
        finished.start(QStringLiteral("true"), {});
        QVERIFY(finished.waitForFinished());
        const qint64 deadPid = finished.processId() > 0 ? finished.processId() : 999999;
        QVERIFY(!StoreLeases::processAlive(deadPid) || deadPid == 999999);
        QVERIFY2(db->write(
                     [deadPid](QSqlDatabase &connection, QString *stepError) {
                         return run(connection,
                                    QStringLiteral("INSERT INTO store_leases (store_id, holder, station, host, "
                                                   "machine, pid, expires_at, taken_at) VALUES (?, 'killed', "
                                                   "'Bench 3', ?, ?, ?, ?, 0)"),
                                    {kStore, QSysInfo::machineHostName(), StoreLeases::machineIdentity(), deadPid,
                                     QDateTime::currentMSecsSinceEpoch() + 3600000},
                                    stepError);
                     },
                     &error),
                 qPrintable(error));
        StoreLeases bench1(*db, QStringLiteral("holder-1"));
        QCOMPARE(bench1.acquire(QUuid(kStore), 60000, &error), StoreLeases::Result::Taken);

        // The same lease held by a process on another machine is not judged from here: it must expire.
        QVERIFY2(db->write(
                     [deadPid](QSqlDatabase &connection, QString *stepError) {
                         return run(connection,
                                    QStringLiteral("UPDATE store_leases SET holder = 'elsewhere', host = "
                                                   "'another-machine', pid = ?"),
                                    {deadPid}, stepError);
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(bench1.acquire(QUuid(kStore), 60000, &error), StoreLeases::Result::Elsewhere);

        // Nor is one on another machine that has the same host name (cloned workstations): its pid means nothing here.
        QVERIFY2(db->write(
                     [deadPid](QSqlDatabase &connection, QString *stepError) {
                         return run(connection,
                                    QStringLiteral("UPDATE store_leases SET holder = 'clone', host = ?, machine = "
                                                   "'another-machine-id:another-boot', pid = ?"),
                                    {QSysInfo::machineHostName(), deadPid}, stepError);
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(bench1.acquire(QUuid(kStore), 60000, &error), StoreLeases::Result::Elsewhere);
    }

    // A holder cut off from the database (or just slow) past its lease may still have a write-back's POST on the way.
    // The station taking the lease verifies a row that holder claimed moments ago only once that request must have
    // ended: asked at once, BigCommerce would not have the shipment yet, and it would be sent twice. An old claim is
    // verified at once.
    void takeoverWaitsForTheLastHoldersRequest_data() { TestDatabase::addBackendRows(); }
    void takeoverWaitsForTheLastHoldersRequest()
    {
        OPEN_TEST_DATABASE();
        QVERIFY2(addStore(*db, &error), qPrintable(error));
        QVERIFY2(db->write(
                     [](QSqlDatabase &connection, QString *stepError) {
                         const QString at = QStringLiteral("2026-11-29T10:00:00.000Z");
                         for (const qint64 orderId : {500, 501}) {
                             if (!addShipment(connection, orderId, stepError) ||
                                 !run(connection,
                                      QStringLiteral("INSERT INTO outbox (id, seq, shipment_key, store_id, order_id, "
                                                     "kind, state, body, created_at, updated_at) VALUES (?, ?, ?, ?, "
                                                     "?, 'shipment', 'queued', '{}', ?, ?)"),
                                      {QUuid::createUuid().toString(QUuid::WithoutBraces), orderId, keyOf(orderId),
                                       kStore, orderId, at, at},
                                      stepError))
                                 return false;
                         }
                         return true;
                     },
                     &error),
                 qPrintable(error));
        std::unique_ptr<Database> other = testDatabase.open(&error);
        QVERIFY2(other, qPrintable(error));
        const QUuid store(kStore);
        StoreLeases lease1(*db, QStringLiteral("holder-1"));
        StoreLeases lease2(*other, QStringLiteral("holder-2"));
        Outbox bench1(*db);
        Outbox bench2(*other);
        QCOMPARE(lease1.acquire(store, 60000, &error), StoreLeases::Result::Taken);

        // Bench 1 claims both; one claim is made an hour old (a holder that hung long ago).
        const QDateTime beforeClaim = QDateTime::currentDateTimeUtc();
        const std::optional<OutboxRow> fresh = bench1.claimNext({store}, &error, QStringLiteral("holder-1"));
        const QDateTime afterClaim = QDateTime::currentDateTimeUtc();
        QVERIFY2(fresh, qPrintable(error));
        const std::optional<OutboxRow> old = bench1.claimNext({store}, &error, QStringLiteral("holder-1"));
        QVERIFY2(old, qPrintable(error));
        QVERIFY2(db->write(
                     [&old](QSqlDatabase &connection, QString *stepError) {
                         return run(
                             connection, QStringLiteral("UPDATE outbox SET updated_at = ? WHERE id = ?"),
                             {QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs), old->id},
                             stepError);
                     },
                     &error),
                 qPrintable(error));

        // Bench 1 is cut off; Bench 2 takes the lease (released here: quicker than waiting for it to expire).
        QVERIFY2(lease1.release(store, &error), qPrintable(error));
        QCOMPARE(lease2.acquire(store, 60000, &error), StoreLeases::Result::Taken);
        constexpr qint64 limitMs = 1500; // Outbox::inFlightLimitMs() of a worker with 500 ms requests
        QCOMPARE(Outbox::inFlightLimitMs(500), limitMs);
        QCOMPARE(bench2.recoverInterrupted(limitMs, &error, store), 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // The old claim is due at once; the fresh one is not.
        const std::optional<OutboxRow> first = bench2.claimNext({store}, &error, QStringLiteral("holder-2"));
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->id, old->id);
        // Bench 1, back, records the outcome of its own claim late: Bench 2's claim stands.
        QVERIFY2(bench1.recordRetry(*old, QDateTime::currentDateTimeUtc(), QStringLiteral("late"), &error),
                 qPrintable(error));
        QCOMPARE(bench2.find(old->id, &error)->state, QStringLiteral("sending"));
        QVERIFY(!bench2.claimNext({store}, &error, QStringLiteral("holder-2")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // It waits until Bench 1's request must have ended, and says why.
        const std::optional<OutboxRow> waiting = bench2.find(fresh->id, &error);
        QVERIFY2(waiting, qPrintable(error));
        QCOMPARE(waiting->state, QStringLiteral("retrying"));
        QVERIFY2(waiting->nextAttemptAt >= beforeClaim.addMSecs(limitMs - 1) &&
                     waiting->nextAttemptAt <= afterClaim.addMSecs(limitMs + 1),
                 qPrintable(waiting->nextAttemptAt.toString(Qt::ISODateWithMs)));
        QCOMPARE(bench2.nextDue(&error, QList<QUuid>{store}), waiting->nextAttemptAt);
        QVERIFY2(waiting->lastError.contains(QLatin1String("BigCommerce is asked after")),
                 qPrintable(waiting->lastError));

        // Then it is due: claimed and, having been sent before, verified first (attempts > 1).
        QTest::qWait(static_cast<int>(
            std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(waiting->nextAttemptAt) + 20)));
        const std::optional<OutboxRow> second = bench2.claimNext({store}, &error, QStringLiteral("holder-2"));
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->id, fresh->id);
        QCOMPARE(second->attempts, 2);
    }
};

QTEST_GUILESS_MAIN(TestStationSync)
#include "tst_stationsync.moc"
