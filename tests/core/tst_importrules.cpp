#include "core/domain/OrderStatus.h"
#include "core/sync/ImportRules.h"

#include <QTest>

using namespace Packbench;

Q_DECLARE_METATYPE(std::optional<Packbench::ShipmentState>)

namespace {
StoreConfig store()
{
    StoreConfig config = StoreConfig::withDefaults(); // imports 9, 11; update statuses 2, 10
    return config;
}
const ShipmentState T = ShipmentState::ToShip;
const ShipmentState H = ShipmentState::OnHold;
const ShipmentState E = ShipmentState::Elsewhere;
const ShipmentState C = ShipmentState::Cancelled;
} // namespace

// The one decision every path calls (import, refresh, repository, "why"): every status, known or not, against every
// previous state, for an import and a refresh.
class TestImportRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusTable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<ShipmentState>("state"); // for an existing to-ship shipment
        QTest::addColumn<bool>("importCreates");  // a new shipment, import of the store's statuses
        QTest::addColumn<bool>("refreshCreates"); // a new shipment, refresh
        QTest::newRow("0 incomplete") << 0 << 1 << H << false << false;
        QTest::newRow("1 pending") << 1 << 1 << H << false << false;
        QTest::newRow("2 shipped") << 2 << 1 << E << false << false;
        QTest::newRow("3 partially shipped, items left") << 3 << 1 << T << false << false;
        QTest::newRow("3 partially shipped, none left") << 3 << 0 << E << false << false;
        QTest::newRow("4 refunded") << 4 << 1 << C << false << false;
        QTest::newRow("5 cancelled") << 5 << 1 << C << false << false;
        QTest::newRow("6 declined") << 6 << 1 << C << false << false;
        QTest::newRow("7 awaiting payment") << 7 << 1 << H << false << false;
        QTest::newRow("8 awaiting pickup") << 8 << 1 << E << false << false;
        QTest::newRow("9 awaiting shipment") << 9 << 1 << T << true << true;
        QTest::newRow("9 awaiting shipment, nothing left") << 9 << 0 << E << false << false;
        QTest::newRow("10 completed") << 10 << 1 << E << false << false;
        QTest::newRow("11 awaiting fulfillment") << 11 << 2 << T << true << true;
        QTest::newRow("12 manual verification") << 12 << 1 << H << false << false;
        QTest::newRow("13 disputed") << 13 << 1 << H << false << false;
        QTest::newRow("14 partially refunded, items left") << 14 << 1 << T << false << false;
        QTest::newRow("14 partially refunded, none left") << 14 << 0 << E << false << false;
        QTest::newRow("15 unknown") << 15 << 1 << H << false << false;
        QTest::newRow("99 unknown") << 99 << 1 << H << false << false;
        QTest::newRow("-1 unknown") << -1 << 1 << H << false << false;
    }
    void statusTable()
    {
        QFETCH(int, status);
        QFETCH(int, quantity);
        QFETCH(ShipmentState, state);
        QFETCH(bool, importCreates);
        QFETCH(bool, refreshCreates);
        for (const SyncScope &scope : {SyncScope::import(), SyncScope::refresh()}) {
            const ShipmentDecision existing = ImportRules::decide(store(), scope, status, T, quantity);
            QCOMPARE(existing.state, state);
            QVERIFY(!existing.create); // it exists already
            QVERIFY(!existing.reason.isEmpty());
            QVERIFY(existing.flag.isEmpty());
            // On hold returns to to-ship and back, whatever it was before.
            QCOMPARE(ImportRules::decide(store(), scope, status, H, quantity).state, state);
        }
        const ShipmentDecision imported = ImportRules::decide(store(), SyncScope::import(), status, {}, quantity);
        QCOMPARE(imported.create, importCreates);
        QVERIFY(!imported.reason.isEmpty());
        if (importCreates)
            QCOMPARE(imported.state, T);
        QCOMPARE(ImportRules::decide(store(), SyncScope::refresh(), status, {}, quantity).create, refreshCreates);
    }

    // Packbench's own work is never undone by an import or a refresh: printed, written back and write-back failed
    // keep their state, and the packer is told when BigCommerce cancels or holds such an order.
    void printedNeverGoesBack_data()
    {
        QTest::addColumn<ShipmentState>("previous");
        QTest::newRow("printed") << ShipmentState::Printed;
        QTest::newRow("written back") << ShipmentState::WrittenBack;
        QTest::newRow("write-back failed") << ShipmentState::WritebackFailed;
    }
    void printedNeverGoesBack()
    {
        QFETCH(ShipmentState, previous);
        QVERIFY(ImportRules::isPackbenchOwned(previous));
        for (int status = -1; status <= 16; ++status) {
            for (int quantity : {0, 1}) {
                const ShipmentDecision decision =
                    ImportRules::decide(store(), SyncScope::refresh(), status, previous, quantity);
                QCOMPARE(decision.state, previous);
                QVERIFY(!decision.create);
                const bool cancels = status == 4 || status == 5 || status == 6;
                const bool holds = status == 0 || status == 1 || status == 7 || status == 12 || status == 13 ||
                                   !OrderStatus::isKnown(status);
                QCOMPARE(!decision.flag.isEmpty(), cancels || holds);
                if (cancels)
                    QVERIFY2(decision.flag.contains(QStringLiteral("cancelled")), qPrintable(decision.flag));
            }
        }
    }

    void otherStatesFollowBigCommerce()
    {
        for (ShipmentState previous : {ShipmentState::Elsewhere, ShipmentState::Cancelled}) {
            QVERIFY(!ImportRules::isPackbenchOwned(previous));
            // The merchant re-opens the order: it is to ship again.
            QCOMPARE(ImportRules::decide(store(), SyncScope::refresh(), 11, previous, 1).state, T);
        }
    }

    // An import of statuses the store does not import by default creates what it was asked for; a refresh never.
    void anImportCreatesWhatItAskedFor()
    {
        const SyncScope partial = SyncScope::import({3, 12});
        QVERIFY(ImportRules::decide(store(), partial, 3, {}, 1).create);
        QVERIFY(!ImportRules::decide(store(), partial, 3, {}, 0).create);  // nothing left to ship
        QVERIFY(!ImportRules::decide(store(), partial, 12, {}, 1).create); // held: never a new to-ship
        QVERIFY(!ImportRules::decide(store(), SyncScope::refresh(), 3, {}, 1).create);
        QCOMPARE(partial.creatingStatuses(store()), (QList<int>{3, 12}));
        QCOMPARE(SyncScope::refresh().creatingStatuses(store()), (QList<int>{9, 11}));
    }

    // The store's own settings: a status made an update status means "done elsewhere"; a status that is neither
    // imported nor an update status leaves an existing shipment as it was.
    void storeSettingsDecide()
    {
        StoreConfig custom = store();
        custom.importStatuses = {11};
        custom.updateStatuses = {2, 9, 10};
        QCOMPARE(ImportRules::decide(custom, SyncScope::refresh(), 9, T, 1).state, E);
        QVERIFY(!ImportRules::decide(custom, SyncScope::refresh(), 9, {}, 1).create);
        custom.updateStatuses = {10};
        QCOMPARE(ImportRules::decide(custom, SyncScope::refresh(), 9, T, 1).state, T);
        QCOMPARE(ImportRules::decide(custom, SyncScope::refresh(), 2, T, 1).state, T);
        QCOMPARE(ImportRules::decide(custom, SyncScope::refresh(), 2, T, 0).state, E);
    }
};

QTEST_GUILESS_MAIN(TestImportRules)
#include "tst_importrules.moc"
