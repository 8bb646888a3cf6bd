#include "core/domain/OrderStatus.h"

#include <QTest>

using namespace Packbench;

class TestOrderStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coversTheFifteenBigCommerceStatuses()
    {
        const QList<int> ids = OrderStatus::allIds();
        QCOMPARE(ids.size(), 15);
        QCOMPARE(ids.first(), 0);
        QCOMPARE(ids.last(), 14);
        QCOMPARE(OrderStatus::systemName(OrderStatus::AwaitingFulfillment), QStringLiteral("Awaiting Fulfillment"));
        QCOMPARE(OrderStatus::systemName(8), QStringLiteral("Awaiting Pickup"));
        QCOMPARE(OrderStatus::systemName(14), QStringLiteral("Partially Refunded"));
    }

    void unknownStatusFromAFutureApiIsKeptNotFatal()
    {
        QVERIFY(!OrderStatus::isKnown(15));
        QVERIFY(!OrderStatus::isKnown(-1));
        QCOMPARE(OrderStatus::displayName(99), QStringLiteral("Status 99"));
    }

    void defaultsMatchTheIntegrationsForm()
    {
        QCOMPARE(OrderStatus::defaultImportStatuses(), (QList<int>{9, 11}));
        QCOMPARE(OrderStatus::defaultUpdateStatuses(), (QList<int>{2, 10}));
    }
};

QTEST_GUILESS_MAIN(TestOrderStatus)
#include "tst_orderstatus.moc"
