// The pure decisions of printing: S10 numbers, carriers, and what a printed label writes back (WritebackPlan).
#include "core/shipping/Carrier.h"
#include "core/writeback/WritebackPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Packbench;

namespace {
StoreConfig storeWith(WritebackMode mode, bool pickupInStore)
{
    StoreConfig store = StoreConfig::withDefaults();
    store.name = QStringLiteral("Main");
    store.writeback = mode;
    store.pickupInStore = pickupInStore;
    return store;
}
} // namespace

class TestWritebackPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void s10CheckDigits_data()
    {
        QTest::addColumn<quint32>("serial");
        QTest::addColumn<int>("check");
        // Worked by hand from the UPU S10 weights 8 6 4 2 3 5 9 7.
        QTest::newRow("12345678") << 12345678u << 5; // 204 mod 11 = 6 -> 5
        QTest::newRow("00000001") << 1u << 4;        // 7 mod 11 = 7 -> 4
        QTest::newRow("00000010") << 10u << 2;       // 9 -> 2
        QTest::newRow("00000011") << 11u << 6;       // 9 + 7 = 16 mod 11 = 5 -> 6
    }
    void s10CheckDigits()
    {
        QFETCH(quint32, serial);
        QFETCH(int, check);
        QCOMPARE(S10::checkDigit(serial), check);
    }

    void s10SpecialRemainders()
    {
        // Sum mod 11 == 1 gives 10 -> 0; sum mod 11 == 0 gives 11 -> 5. Find serials for both and check the rule.
        bool sawZero = false;
        bool sawFive = false;
        static constexpr int weights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
        for (quint32 serial = 1; serial < 2000 && !(sawZero && sawFive); ++serial) {
            int sum = 0;
            quint32 rest = serial;
            for (int index = 7; index >= 0; --index) {
                sum += static_cast<int>(rest % 10) * weights[index];
                rest /= 10;
            }
            if (sum % 11 == 1) {
                QCOMPARE(S10::checkDigit(serial), 0);
                sawZero = true;
            }
            if (sum % 11 == 0) {
                QCOMPARE(S10::checkDigit(serial), 5);
                sawFive = true;
            }
        }
        QVERIFY(sawZero && sawFive);
    }

    void s10FormatAndValidate()
    {
        QCOMPARE(S10::format(QStringLiteral("rr"), 12345678, QStringLiteral("nz")), QStringLiteral("RR123456785NZ"));
        QCOMPARE(S10::format(QStringLiteral("PB"), 1, QStringLiteral("XX")), QStringLiteral("PB000000014XX"));
        QVERIFY(S10::isValid(QStringLiteral("RR123456785NZ")));
        QVERIFY(!S10::isValid(QStringLiteral("RR123456784NZ"))); // wrong check digit
        QVERIFY(!S10::isValid(QStringLiteral("RR12345678NZ")));  // seven digits and a check
        QVERIFY(!S10::isValid(QStringLiteral("R1123456785NZ")));
        QVERIFY(S10::format(QStringLiteral("P"), 1, QStringLiteral("XX")).isEmpty());
        QVERIFY(S10::format(QStringLiteral("PB"), 0, QStringLiteral("XX")).isEmpty());
        QVERIFY(S10::format(QStringLiteral("PB"), 100000000, QStringLiteral("XX")).isEmpty());
        QVERIFY(S10::format(QStringLiteral("PB"), 1, QStringLiteral("X1")).isEmpty());
    }

    void carrierValidation()
    {
        Carrier carrier;
        carrier.name = QStringLiteral("Own");
        carrier.kind = Carrier::Kind::OwnSequence;
        carrier.prefix = QStringLiteral("PB");
        carrier.country = QStringLiteral("NZ");
        QVERIFY(carrier.validate().isEmpty());
        carrier.prefix = QStringLiteral("P1");
        QVERIFY(!carrier.validate().isEmpty());
        carrier.prefix = QStringLiteral("PB");
        carrier.trackingLink = QStringLiteral("https://track.example.com/");
        QVERIFY2(carrier.validate().contains(QLatin1String("{tracking}")), qPrintable(carrier.validate()));
        carrier.trackingLink = QStringLiteral("https://track.example.com/{tracking}");
        QVERIFY(carrier.validate().isEmpty());
        QCOMPARE(carrier.trackingLinkFor(QStringLiteral("AB 1")), QStringLiteral("https://track.example.com/AB%201"));
        carrier.shippingProvider = QStringLiteral("auspost");
        carrier.trackingCarrier = QStringLiteral("dhl");
        QVERIFY(!carrier.validate().isEmpty()); // one or the other
        QVERIFY(!Carrier::validateTrackingNumber(QString()).isEmpty());
        QVERIFY(!Carrier::validateTrackingNumber(QString(51, QLatin1Char('1'))).isEmpty());
        QVERIFY(Carrier::validateTrackingNumber(QStringLiteral("1Z999AA10123456784")).isEmpty());
    }

    // Which write-back a print causes: one table, every combination.
    void decide_data()
    {
        QTest::addColumn<WritebackMode>("mode");
        QTest::addColumn<bool>("pickupInStore");
        QTest::addColumn<bool>("pickupConsignment");
        QTest::addColumn<Carrier::Kind>("carrier");
        QTest::addColumn<WritebackDecision::Action>("action");
        QTest::addColumn<bool>("waits");
        using A = WritebackDecision::Action;
        QTest::newRow("shipping, on print")
            << WritebackMode::OnPrint << false << false << Carrier::Kind::OwnSequence << A::PostShipment << false;
        QTest::newRow("manual, on dispatch")
            << WritebackMode::OnDispatch << false << false << Carrier::Kind::Manual << A::PostShipment << true;
        QTest::newRow("off") << WritebackMode::Off << true << false << Carrier::Kind::OwnSequence << A::None << false;
        QTest::newRow("pickup consignment, option on")
            << WritebackMode::OnPrint << true << true << Carrier::Kind::Pickup << A::AwaitingPickup << false;
        QTest::newRow("pickup consignment, option off")
            << WritebackMode::OnPrint << false << true << Carrier::Kind::Pickup << A::None << false;
        QTest::newRow("shipping given to pickup, option on")
            << WritebackMode::OnPrint << true << false << Carrier::Kind::Pickup << A::AwaitingPickup << false;
        QTest::newRow("pickup, on dispatch")
            << WritebackMode::OnDispatch << true << true << Carrier::Kind::Pickup << A::AwaitingPickup << true;
    }
    void decide()
    {
        QFETCH(WritebackMode, mode);
        QFETCH(bool, pickupInStore);
        QFETCH(bool, pickupConsignment);
        QFETCH(Carrier::Kind, carrier);
        QFETCH(WritebackDecision::Action, action);
        QFETCH(bool, waits);
        const WritebackDecision decision =
            WritebackPlan::decide(storeWith(mode, pickupInStore),
                                  pickupConsignment ? Shipment::Kind::Pickup : Shipment::Kind::Shipping, carrier);
        QCOMPARE(decision.action, action);
        QCOMPARE(decision.waitForDispatch, waits);
        QCOMPARE(decision.reason.isEmpty(), action != WritebackDecision::Action::None);
    }

    void shipmentBodyFollowsTheSpec()
    {
        Carrier own;
        own.kind = Carrier::Kind::OwnSequence;
        own.trackingLink = QStringLiteral("https://t.example/{tracking}");
        const QByteArray body = WritebackPlan::shipmentBody(
            99, {{5, 2}, {6, 1}}, {QStringLiteral("PB000000014XX"), QStringLiteral("PB000000022XX")}, own);
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QCOMPARE(json.value(QLatin1String("order_address_id")).toInteger(), 99);
        QCOMPARE(json.value(QLatin1String("items")).toArray().size(), 2);
        QCOMPARE(json.value(QLatin1String("items")).toArray().at(0).toObject().value(QLatin1String("quantity")).toInt(),
                 2);
        QCOMPARE(json.value(QLatin1String("tracking_number")).toString(), QStringLiteral("PB000000014XX"));
        QCOMPARE(json.value(QLatin1String("tracking_link")).toString(),
                 QStringLiteral("https://t.example/PB000000014XX"));
        QVERIFY(json.value(QLatin1String("comments")).toString().contains(QLatin1String("PB000000022XX")));
        QVERIFY(!json.contains(QLatin1String("shipping_provider")));

        Carrier dhl;
        dhl.kind = Carrier::Kind::Manual;
        dhl.trackingCarrier = QStringLiteral("dhl");
        const QJsonObject manual =
            QJsonDocument::fromJson(WritebackPlan::shipmentBody(7, {{1, 1}}, {QStringLiteral("JD0001")}, dhl)).object();
        QCOMPARE(manual.value(QLatin1String("tracking_carrier")).toString(), QStringLiteral("dhl"));
        QVERIFY(!manual.contains(QLatin1String("comments")));
        QVERIFY(!manual.contains(QLatin1String("tracking_link")));
    }

    // Reconciling an unknown outcome: the listed shipment is ours only with the same address, number and items.
    void matchesOnlyTheSameShipment()
    {
        Carrier own;
        own.kind = Carrier::Kind::OwnSequence;
        const QByteArray body = WritebackPlan::shipmentBody(99, {{5, 2}, {6, 1}}, {QStringLiteral("PB1")}, own);
        auto listed = [](qint64 address, const QString &tracking, const QJsonArray &items) {
            return QJsonObject{{QStringLiteral("id"), 1},
                               {QStringLiteral("order_address_id"), address},
                               {QStringLiteral("tracking_number"), tracking},
                               {QStringLiteral("items"), items}};
        };
        const QJsonArray same{QJsonObject{{QStringLiteral("order_product_id"), 6},
                                          {QStringLiteral("quantity"), 1},
                                          {QStringLiteral("product_id"), 60}},
                              QJsonObject{{QStringLiteral("order_product_id"), 5},
                                          {QStringLiteral("quantity"), 2},
                                          {QStringLiteral("product_id"), 50}}};
        QVERIFY(WritebackPlan::matches(body, listed(99, QStringLiteral("PB1"), same)));
        QVERIFY(!WritebackPlan::matches(body, listed(98, QStringLiteral("PB1"), same)));
        QVERIFY(!WritebackPlan::matches(body, listed(99, QStringLiteral("PB2"), same)));
        const QJsonArray fewer{QJsonObject{{QStringLiteral("order_product_id"), 5}, {QStringLiteral("quantity"), 2}}};
        QVERIFY(!WritebackPlan::matches(body, listed(99, QStringLiteral("PB1"), fewer)));
    }
};

QTEST_GUILESS_MAIN(TestWritebackPlan)
#include "tst_writebackplan.moc"
