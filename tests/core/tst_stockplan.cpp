// StockPlan: what a push sends, decided without the network: allocation subtracted, only differences, problems per SKU.
#include "core/inventory/StockPlan.h"

#include <QTest>

using namespace Packbench;

namespace {

StockLevel level(const QString &sku, int locationId, qint64 quantity, int line = 0)
{
    return {sku, locationId, quantity, line};
}

RemoteStock remote(const QString &sku, int locationId, qint64 onHand, qint64 productId = 100, qint64 variantId = 200)
{
    RemoteStock stock;
    stock.sku = sku;
    stock.locationId = locationId;
    stock.onHand = onHand;
    stock.availableToSell = onHand;
    stock.productId = productId;
    stock.variantId = variantId;
    stock.locationName = locationId == 1 ? QStringLiteral("Default") : QStringLiteral("Warehouse %1").arg(locationId);
    return stock;
}

// "SKU@location: warehouse - allocated = target (remote)" for each change.
QStringList changesOf(const StockPlan &plan)
{
    QStringList changes;
    for (const StockChange &change : plan.changes)
        changes.append(QStringLiteral("%1@%2: %3-%4=%5 (%6)")
                           .arg(change.sku)
                           .arg(change.locationId)
                           .arg(change.warehouse)
                           .arg(change.allocated)
                           .arg(change.target)
                           .arg(change.remote));
    return changes;
}

QStringList targetsOf(const QList<StockChange> &targets)
{
    StockPlan plan;
    plan.changes = targets;
    QStringList texts = changesOf(plan);
    for (QString &text : texts)
        text.chop(4); // " (0)": nothing is known of BigCommerce yet
    return texts;
}

} // namespace

class TestStockPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pushesOnlyDifferencesAndCountsTheRest()
    {
        StockPlan::Input input;
        input.warehouse = {level("MUG", 1, 5), level("CAP", 1, 3), level("HAT", 1, 0)};
        input.remote = {remote("MUG", 1, 5), remote("CAP", 1, 4), remote("HAT", 1, 2)};
        const StockPlan plan = StockPlan::make(input);
        QCOMPARE(changesOf(plan), (QStringList{"CAP@1: 3-0=3 (4)", "HAT@1: 0-0=0 (2)"}));
        QCOMPARE(plan.unchanged, 1);
        QVERIFY(plan.problems.isEmpty());
    }

    void subtractsAllocatedStockAtTheDefaultLocationFirst()
    {
        StockPlan::Input input;
        input.defaultLocationId = 3;
        input.warehouse = {level("MUG", 1, 10), level("MUG", 2, 10), level("MUG", 3, 4), level("CAP", 3, 9)};
        input.allocated = {{"MUG", 7}, {"CAP", 2}, {"SOLD-OUT", 5}};
        input.remote = {remote("MUG", 1, 50), remote("MUG", 2, 50), remote("MUG", 3, 50), remote("CAP", 3, 50)};
        const StockPlan plan = StockPlan::make(input);
        // MUG: 4 off the default location 3, the other 3 off location 1 (the lowest id), none off location 2.
        QCOMPARE(changesOf(plan),
                 (QStringList{"CAP@3: 9-2=7 (50)", "MUG@1: 10-3=7 (50)", "MUG@2: 10-0=10 (50)", "MUG@3: 4-4=0 (50)"}));
    }

    // The Stock screen shows allocated and "to push" before any look-up: the same rule, for every level, also the
    // ones a push would leave alone, and SKUs BigCommerce may not have.
    void allocatesEveryLevelBeforeBigCommerceIsAsked()
    {
        const QList<StockLevel> warehouse = {level("MUG", 2, 10), level("MUG", 1, 1), level("CAP", 1, 4),
                                             level("CAP", 1, 6), level("NEW", 1, 3)};
        const QHash<QString, qint64> allocated = {{"MUG", 3}, {"NEW", 5}};
        // MUG: 1 off the default location, 2 off location 2; CAP: the last line of a SKU and location wins.
        QCOMPARE(targetsOf(StockPlan::allocate(warehouse, allocated)),
                 (QStringList{"CAP@1: 6-0=6", "MUG@1: 1-1=0", "MUG@2: 10-2=8", "NEW@1: 3-3=0"}));
    }

    void neverPushesBelowZero()
    {
        StockPlan::Input input;
        input.warehouse = {level("MUG", 1, 3), level("MUG", 2, 1)};
        input.allocated = {{"MUG", 10}};
        input.remote = {remote("MUG", 1, 8), remote("MUG", 2, 8)};
        const StockPlan plan = StockPlan::make(input);
        QCOMPARE(changesOf(plan), (QStringList{"MUG@1: 3-3=0 (8)", "MUG@2: 1-1=0 (8)"}));
    }

    void allocationCanMakeALevelRight()
    {
        // BigCommerce already took the 2 sold off its 8: the warehouse's 10 on the shelf is right.
        StockPlan::Input input;
        input.warehouse = {level("MUG", 1, 10)};
        input.allocated = {{"MUG", 2}};
        input.remote = {remote("MUG", 1, 8)};
        const StockPlan plan = StockPlan::make(input);
        QVERIFY(plan.changes.isEmpty());
        QCOMPARE(plan.unchanged, 1);
    }

    void reportsSkusBigCommerceDoesNotHave()
    {
        StockPlan::Input input;
        input.warehouse = {level("MUG", 1, 5, 2), level("GHOST", 1, 4, 3)};
        input.remote = {remote("MUG", 1, 1)};
        const StockPlan plan = StockPlan::make(input);
        QCOMPARE(changesOf(plan), QStringList{QStringLiteral("MUG@1: 5-0=5 (1)")});
        QCOMPARE(plan.problems.size(), 1);
        const StockProblem &problem = plan.problems.constFirst();
        QCOMPARE(problem.kind, StockProblemKind::SkuNotFound);
        QCOMPARE(problem.sku, QStringLiteral("GHOST"));
        QCOMPARE(problem.line, 3);
        QVERIFY2(problem.message.contains(QStringLiteral("GHOST")), qPrintable(problem.message));
        QCOMPARE(plan.unchanged, 0);
    }

    void reportsLocationsTheStoreDoesNotHave()
    {
        StockPlan::Input input;
        input.warehouse = {level("MUG", 1, 5), level("MUG", 2, 6), level("MUG", 7, 4)};
        input.remote = {remote("MUG", 1, 5)}; // known to BigCommerce, but with no level at location 2 yet
        input.knownLocations = {1, 2};
        const StockPlan plan = StockPlan::make(input);
        QCOMPARE(changesOf(plan), QStringList{QStringLiteral("MUG@2: 6-0=6 (0)")});
        QCOMPARE(plan.unchanged, 1);
        QCOMPARE(plan.problems.size(), 1);
        QCOMPARE(plan.problems.constFirst().kind, StockProblemKind::UnknownLocation);
        QCOMPARE(plan.problems.constFirst().locationId, 7);
        QVERIFY2(plan.problems.constFirst().message.contains(QStringLiteral("1 (Default), 2")),
                 qPrintable(plan.problems.constFirst().message));

        // Without the store's locations nothing is checked.
        input.knownLocations.clear();
        const StockPlan unchecked = StockPlan::make(input);
        QVERIFY(unchecked.problems.isEmpty());
        QCOMPARE(unchecked.changes.size(), 2);
    }

    void sortsBySkuThenLocationAndCarriesTheIds()
    {
        StockPlan::Input input;
        input.warehouse = {level("b", 2, 1),     level("a", 10, 1), level("B", 1, 1),    level("a", 2, 1),
                           level("GHOST", 1, 1), level("a", 1, 1),  level("ALPHA", 1, 1)};
        input.remote = {remote("a", 1, 0, 11, 21), remote("a", 2, 0, 11, 21), remote("b", 2, 0, 12, 22),
                        remote("B", 1, 0, 13, 23), remote("ALPHA", 1, 0, 14, 24)};
        input.remote[1].locationName = QStringLiteral("Back room");
        const StockPlan plan = StockPlan::make(input);
        QStringList order;
        for (const StockChange &change : plan.changes)
            order.append(QStringLiteral("%1@%2").arg(change.sku).arg(change.locationId));
        QCOMPARE(order, (QStringList{"ALPHA@1", "B@1", "a@1", "a@2", "a@10", "b@2"}));
        const StockChange &backRoom = plan.changes.at(3);
        QCOMPARE(backRoom.locationName, QStringLiteral("Back room"));
        QCOMPARE(backRoom.productId, 11);
        QCOMPARE(backRoom.variantId, 21);
        // At a location BigCommerce shows no level for: the item's ids all the same, the name from another item.
        const StockChange &elsewhere = plan.changes.at(4);
        QCOMPARE(elsewhere.productId, 11);
        QCOMPARE(elsewhere.remote, 0);
        QCOMPARE(plan.changes.at(5).productId, 12);
        QCOMPARE(plan.changes.at(1).productId, 13);
        QCOMPARE(plan.problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStockPlan)
#include "tst_stockplan.moc"
