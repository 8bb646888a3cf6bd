#include "core/storage/ShipmentFilter.h"

#include <QJsonDocument>
#include <QTest>

using namespace Packbench;

namespace {

ShipmentRow row(qint64 orderId, const QStringList &tags = {}, int channelId = 1, const QString &channelName = {})
{
    ShipmentRow r;
    r.key = QStringLiteral("s/%1/shipping:1").arg(orderId);
    r.storeId = QUuid::fromString(QStringLiteral("11111111-1111-4111-8111-111111111111"));
    r.orderId = orderId;
    r.tags = tags;
    r.channelId = channelId;
    r.channelName = channelName;
    r.dateCreated = QDateTime(QDate(2026, 11, 20), QTime(12, 0));
    return r;
}

QList<qint64> matching(const QList<ShipmentRow> &rows, const ShipmentFilter &filter)
{
    const ShipmentMatcher matcher(filter);
    QList<qint64> ids;
    for (const ShipmentRow &r : rows) {
        if (matcher.matches(r))
            ids << r.orderId;
    }
    return ids;
}

} // namespace

class TestShipmentFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagsAreAnyOf()
    {
        const QList<ShipmentRow> rows = {row(1, {QStringLiteral("2")}), row(2, {QStringLiteral("3")}),
                                         row(3, {QStringLiteral("2"), QStringLiteral("rush")}), row(4)};
        ShipmentFilter filter;
        QCOMPARE(matching(rows, filter), (QList<qint64>{1, 2, 3, 4}));
        filter.tags = {QStringLiteral("2")};
        QCOMPARE(matching(rows, filter), (QList<qint64>{1, 3}));
        filter.tags = {QStringLiteral("2"), QStringLiteral("3")};
        QCOMPARE(matching(rows, filter), (QList<qint64>{1, 2, 3}));
        filter.tags = {QStringLiteral("nope")};
        QCOMPARE(matching(rows, filter), QList<qint64>{});
    }

    void everyConditionHolds()
    {
        const QUuid kids = QUuid::createUuid();
        QList<ShipmentRow> rows;
        for (qint64 id = 1; id <= 6; ++id)
            rows << row(id);
        rows[0].accountId = kids;
        rows[1].accountId = kids;
        rows[1].atl = AuthorityToLeave::AuthorityToLeave;
        rows[2].atl = AuthorityToLeave::AuthorityToLeave;
        rows[1].countryIso2 = QStringLiteral("NZ");
        rows[3].countryIso2 = QStringLiteral("nz");
        rows[4].dateCreated = QDateTime(QDate(2026, 11, 25), QTime(9, 0));
        rows[5].dateCreated = QDateTime();

        ShipmentFilter filter;
        filter.accountId = kids;
        QCOMPARE(matching(rows, filter), (QList<qint64>{1, 2}));
        filter = {};
        filter.atlOnly = true;
        QCOMPARE(matching(rows, filter), (QList<qint64>{2, 3}));
        filter = {};
        filter.countryIso2 = QStringLiteral("nz");
        QCOMPARE(matching(rows, filter), (QList<qint64>{2, 4}));
        filter = {};
        filter.from = QDate(2026, 11, 21);
        QCOMPARE(matching(rows, filter), QList<qint64>{5});
        filter = {};
        filter.to = QDate(2026, 11, 20);
        QCOMPARE(matching(rows, filter), (QList<qint64>{1, 2, 3, 4}));
        filter.from = QDate(2026, 11, 20);
        QCOMPARE(matching(rows, filter), (QList<qint64>{1, 2, 3, 4}));
        // Combined: all must hold.
        filter = {};
        filter.accountId = kids;
        filter.atlOnly = true;
        filter.countryIso2 = QStringLiteral("NZ");
        QCOMPARE(matching(rows, filter), QList<qint64>{2});
        filter.countryIso2 = QStringLiteral("DE");
        QCOMPARE(matching(rows, filter), QList<qint64>{});
    }

    void searchFindsOrderTextAndStorefront()
    {
        QList<ShipmentRow> rows = {row(1136, {}, 2, QStringLiteral("Kids Shop")), row(2113), row(3)};
        rows[2].searchText = QStringLiteral("łódź\x1f") + QStringLiteral("mug-1");
        ShipmentFilter filter;
        filter.search = QStringLiteral("#113");
        QCOMPARE(matching(rows, filter), QList<qint64>{1136});
        filter.search = QStringLiteral("ŁÓDŹ");
        QCOMPARE(matching(rows, filter), QList<qint64>{3});
        filter.search = QStringLiteral("kids");
        QCOMPARE(matching(rows, filter), QList<qint64>{1136});
        filter.search = QStringLiteral("MUG-1");
        QCOMPARE(matching(rows, filter), QList<qint64>{3});
    }

    void tagCountsFollowTheOtherFilters()
    {
        QList<ShipmentRow> rows = {row(1, {QStringLiteral("2")}, 2, QStringLiteral("Kids")),
                                   row(2, {QStringLiteral("2")}, 2, QStringLiteral("Kids")),
                                   row(3, {QStringLiteral("1"), QStringLiteral("rush")}, 1, QStringLiteral("Main")),
                                   row(4, {QStringLiteral("10")}, 10, QStringLiteral("Adults"))};
        rows[1].countryIso2 = QStringLiteral("NZ");
        ShipmentFilter filter;
        // Tags themselves do not narrow their own counts (multi-select).
        filter.tags = {QStringLiteral("2")};
        QCOMPARE(ShipmentFacets::tagCounts(rows, filter),
                 (QList<TagCount>{{QStringLiteral("10"), QStringLiteral("Adults"), 1},
                                  {QStringLiteral("2"), QStringLiteral("Kids"), 2},
                                  {QStringLiteral("1"), QStringLiteral("Main"), 1},
                                  {QStringLiteral("rush"), QStringLiteral("rush"), 1}}));
        filter.countryIso2 = QStringLiteral("NZ");
        QCOMPARE(ShipmentFacets::tagCounts(rows, filter),
                 (QList<TagCount>{{QStringLiteral("2"), QStringLiteral("Kids"), 1}}));
    }

    void savedViewJsonRoundTrips()
    {
        ShipmentFilter filter;
        filter.storeId = QUuid::createUuid();
        filter.tags = {QStringLiteral("2"), QStringLiteral("rush")};
        filter.accountId = QUuid::createUuid();
        filter.state = ShipmentState::ToShip;
        filter.atlOnly = true;
        filter.countryIso2 = QStringLiteral("NZ");
        filter.from = QDate(2026, 11, 1);
        filter.to = QDate(2026, 11, 29);
        filter.search = QStringLiteral("mug");
        const QByteArray json = QJsonDocument(filter.toJson()).toJson();
        QCOMPARE(ShipmentFilter::fromJson(QJsonDocument::fromJson(json).object()), filter);
        QCOMPARE(ShipmentFilter::fromJson({}), ShipmentFilter());
    }

    void coarseKeepsOnlyWhatTheDatabaseSelects()
    {
        ShipmentFilter filter;
        filter.storeId = QUuid::createUuid();
        filter.state = ShipmentState::Printed;
        filter.tags = {QStringLiteral("2")};
        filter.search = QStringLiteral("x");
        const ShipmentFilter coarse = filter.coarse();
        QCOMPARE(coarse.storeId, filter.storeId);
        QCOMPARE(coarse.state, filter.state);
        QVERIFY(coarse.tags.isEmpty());
        QVERIFY(coarse.search.isEmpty());
    }

    void summaryOfItems()
    {
        LineItem a;
        a.sku = QStringLiteral("MUG");
        a.quantity = 2;
        a.weight = 0.5;
        a.size = QStringLiteral("M");
        LineItem b;
        b.sku = QStringLiteral("CAP");
        b.quantity = 3;
        b.quantityShipped = 1;
        b.weight = 1;
        b.color = QStringLiteral("Red");
        LineItem child; // a bundle part: inside its bundle's weight
        child.sku = QStringLiteral("MUG");
        child.quantity = 1;
        child.weight = 9;
        child.parentOrderProductId = 1;
        const ShipmentSummary summary = ShipmentSummary::of({a, b, child});
        QCOMPARE(summary.weight, 3.0);
        QCOMPARE(summary.skus, QStringLiteral("MUG, CAP"));
        QCOMPARE(summary.size, QStringLiteral("M"));
        QCOMPARE(summary.color, QStringLiteral("Red"));
        // Everything shipped: the parcel's weight is what was ordered (not refunded).
        a.quantityShipped = 2;
        b.quantityShipped = 3;
        QCOMPARE(ShipmentSummary::of({a, b}).weight, 4.0);
    }
};

QTEST_GUILESS_MAIN(TestShipmentFilter)
#include "tst_shipmentfilter.moc"
