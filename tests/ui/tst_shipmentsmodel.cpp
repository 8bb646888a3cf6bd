// ShipmentsModel: the grid's rows under QAbstractItemModelTester through every way rows change, sorting by raw
// values, in-place updates and the marks on changed rows.
#include "ui/shipments/ShipmentsModel.h"
#include "ui/shipments/ShipmentsSortModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Packbench;

namespace {
const QUuid kStore = QUuid::fromString(QStringLiteral("{5d2d5c1e-0f6a-4c57-9a51-0c1b1f0e2a10}"));

ShipmentRow row(qint64 orderId, const QString &consignment = QStringLiteral("shipping:1"))
{
    ShipmentRow r;
    r.key = QStringLiteral("%1/%2/%3").arg(kStore.toString(QUuid::WithoutBraces)).arg(orderId).arg(consignment);
    r.storeId = kStore;
    r.storeName = QStringLiteral("Main");
    r.orderId = orderId;
    r.consignment = consignment;
    r.channelId = 1;
    r.customer = QStringLiteral("Customer %1").arg(orderId);
    r.city = QStringLiteral("Auckland");
    r.country = QStringLiteral("New Zealand");
    r.countryIso2 = QStringLiteral("NZ");
    r.dateCreated = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC).addSecs(orderId * 60);
    r.itemCount = static_cast<int>(orderId % 7) + 1;
    return r;
}

QList<ShipmentRow> rows(std::initializer_list<qint64> ids)
{
    QList<ShipmentRow> list;
    for (qint64 id : ids)
        list.append(row(id));
    return list;
}

QStringList orderColumn(const QAbstractItemModel &model)
{
    QStringList values;
    for (int i = 0; i < model.rowCount(); ++i)
        values << model.index(i, ShipmentsModel::Order).data(ShipmentsModel::RawValueRole).toString();
    return values;
}
} // namespace

class TestShipmentsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTesterThroughEveryChange()
    {
        ShipmentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ShipmentsSortModel sorted;
        sorted.setSourceModel(&model);
        sorted.sort(ShipmentsModel::Order);
        QAbstractItemModelTester sortedTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.columnCount(), int(ShipmentsModel::ColumnCount));
        model.setRows(rows({5, 3, 9, 1}));
        QCOMPARE(model.rowCount(), 4);
        model.upsertRows(rows({3, 7, 8}));
        QCOMPARE(model.rowCount(), 6);
        model.removeKeys({row(5).key, row(1).key, row(8).key, QStringLiteral("no such key")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(orderColumn(model), (QStringList{QStringLiteral("3"), QStringLiteral("9"), QStringLiteral("7")}));
        QCOMPARE(orderColumn(sorted), (QStringList{QStringLiteral("3"), QStringLiteral("7"), QStringLiteral("9")}));
        // The index follows the rows that moved up.
        QCOMPARE(model.rowOfKey(row(7).key), 2);
        QCOMPARE(model.rowOfKey(row(5).key), -1);
        model.upsertRows({});
        model.removeKeys({});
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(sorted.rowCount(), 0);
    }

    void sortsOrderNumbersByValue()
    {
        ShipmentsModel model;
        model.setRows(rows({10, 2, 100, 1}));
        ShipmentsSortModel sorted;
        sorted.setSourceModel(&model);
        sorted.sort(ShipmentsModel::Order, Qt::AscendingOrder);
        QCOMPARE(orderColumn(sorted),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("10"), QStringLiteral("100")}));
        QCOMPARE(model.index(0, ShipmentsModel::Order).data(ShipmentsModel::RawValueRole).typeId(),
                 int(QMetaType::LongLong));
        QCOMPARE(model.index(0, ShipmentsModel::Date).data(ShipmentsModel::RawValueRole).typeId(),
                 int(QMetaType::QDateTime));

        // Text columns collate numerically too: "Customer 2" before "Customer 10".
        sorted.sort(ShipmentsModel::Customer, Qt::AscendingOrder);
        QCOMPARE(sorted.index(1, ShipmentsModel::Customer).data().toString(), QStringLiteral("Customer 2"));
        QCOMPARE(sorted.index(2, ShipmentsModel::Customer).data().toString(), QStringLiteral("Customer 10"));
    }

    void splitOrdersSayWhichShipmentEachRowIs()
    {
        ShipmentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ShipmentsSortModel sorted;
        sorted.setSourceModel(&model);
        sorted.sort(ShipmentsModel::Order);
        const ShipmentRow first = row(348, QStringLiteral("shipping:1"));
        const ShipmentRow second = row(348, QStringLiteral("shipping:2"));
        model.setRows({row(1000), second, row(35), first});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setParts({{first.key, {1, 2}}, {second.key, {2, 2}}});
        QCOMPARE(changed.size(), 1);
        model.setParts({{first.key, {1, 2}}, {second.key, {2, 2}}}); // the same again: nothing to repaint
        QCOMPARE(changed.size(), 1);

        QStringList texts;
        for (int i = 0; i < sorted.rowCount(); ++i)
            texts << sorted.index(i, ShipmentsModel::Order).data().toString();
        // Still sorted by the order number as a number, the parts of one order side by side.
        QCOMPARE(texts, (QStringList{QStringLiteral("35"), QStringLiteral("348 (1 of 2)"),
                                     QStringLiteral("348 (2 of 2)"), QStringLiteral("1000")}));
        QCOMPARE(orderColumn(sorted), (QStringList{QStringLiteral("35"), QStringLiteral("348"), QStringLiteral("348"),
                                                   QStringLiteral("1000")}));
        const QModelIndex part = model.index(model.rowOfKey(second.key), ShipmentsModel::Order);
        QVERIFY2(part.data(Qt::ToolTipRole).toString().contains(QStringLiteral("split into 2 shipments")),
                 qPrintable(part.data(Qt::ToolTipRole).toString()));
        QCOMPARE(ShipmentsModel::orderText(348, {}), QStringLiteral("348"));

        // Edited in BigCommerce: the mark follows the part.
        ShipmentRow edited = first;
        edited.changedFields = QStringLiteral("address");
        model.upsertRows({edited});
        QCOMPARE(model.index(model.rowOfKey(first.key), ShipmentsModel::Order).data().toString(),
                 QStringLiteral("348 (1 of 2) \u2022"));
        // The other part shipped elsewhere and its order is whole again.
        model.setParts({});
        QCOMPARE(model.index(model.rowOfKey(second.key), ShipmentsModel::Order).data().toString(),
                 QStringLiteral("348"));
    }

    void upsertOfAKnownKeyChangesDataInPlace()
    {
        ShipmentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows({1, 2, 3, 4}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        ShipmentRow edited = row(2);
        edited.customer = QStringLiteral("Jane Doe");
        ShipmentRow edited3 = row(3);
        edited3.city = QStringLiteral("Wellington");
        model.upsertRows({edited3, edited});
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(reset.size(), 0);
        // Rows 1 and 2 are neighbours: one signal over both.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), ShipmentsModel::ColumnCount - 1);
        QCOMPARE(model.index(1, ShipmentsModel::Customer).data().toString(), QStringLiteral("Jane Doe"));
        QCOMPARE(model.index(2, ShipmentsModel::Destination).data().toString(), QStringLiteral("Wellington, NZ"));

        // New rows arrive in one insertion at the end, next to updates of known ones.
        changed.clear();
        model.upsertRows(rows({4, 20, 21, 22}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 4);
        QCOMPARE(inserted.at(0).at(2).toInt(), 6);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(5, 0).data(ShipmentsModel::KeyRole).toString(), row(21).key);
    }

    void changedRowsCarryTheMarkAndTheTooltip()
    {
        ShipmentsModel model;
        ShipmentRow changed = row(1042);
        changed.changedFields = QStringLiteral("address,items");
        changed.changedAt = QDateTime(QDate::currentDate(), QTime(9, 41));
        ShipmentRow noSku = row(1043);
        noSku.missingSku = true;
        model.setRows({changed, noSku, row(1044)});

        const QModelIndex order = model.index(0, ShipmentsModel::Order);
        const QString tip = order.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("Changed in BigCommerce at ")), qPrintable(tip));
        QVERIFY2(tip.contains(QLocale().toString(QTime(9, 41), QLocale::ShortFormat)), qPrintable(tip));
        QVERIFY2(tip.endsWith(QStringLiteral(": address, items")), qPrintable(tip));
        QVERIFY(order.data().toString().startsWith(QStringLiteral("1042")));
        QVERIFY(order.data().toString() != QStringLiteral("1042")); // marked
        QVERIFY(order.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.index(0, ShipmentsModel::Customer).data(Qt::FontRole).value<QFont>().bold());

        const QModelIndex missing = model.index(1, ShipmentsModel::Order);
        QCOMPARE(missing.data(Qt::ToolTipRole).toString(), QStringLiteral("An item has no SKU"));
        QVERIFY(!missing.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(missing.data().toString(), QStringLiteral("1043"));

        const QModelIndex plain = model.index(2, ShipmentsModel::Order);
        QVERIFY(!plain.data(Qt::ToolTipRole).isValid());
        QVERIFY(!plain.data(Qt::FontRole).isValid());
        QCOMPARE(plain.data().toString(), QStringLiteral("1044"));
    }

    void displayTexts()
    {
        ShipmentsModel model;
        ShipmentRow kids = row(1);
        kids.channelId = 2;
        kids.channelName = QStringLiteral("Kids");
        kids.atl = AuthorityToLeave::AuthorityToLeave;
        kids.state = ShipmentState::Elsewhere;
        ShipmentRow pickup = row(2, QStringLiteral("pickup:7"));
        pickup.pickupLocation = QStringLiteral("Austin store, 1 Main St");
        pickup.channelId = 3;
        pickup.atl = AuthorityToLeave::SignatureRequired;
        ShipmentRow plain = row(3);
        model.setRows({kids, pickup, plain});
        QCOMPARE(model.index(0, ShipmentsModel::Storefront).data().toString(), QStringLiteral("Kids (2)"));
        QCOMPARE(model.index(1, ShipmentsModel::Storefront).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(0, ShipmentsModel::Destination).data().toString(), QStringLiteral("Auckland, NZ"));
        QCOMPARE(model.index(1, ShipmentsModel::Destination).data().toString(),
                 QStringLiteral("Austin store, 1 Main St"));
        QCOMPARE(model.index(0, ShipmentsModel::Atl).data().toString(), QStringLiteral("Authority to leave"));
        QCOMPARE(model.index(1, ShipmentsModel::Atl).data().toString(), QStringLiteral("Signature required"));
        QCOMPARE(model.index(2, ShipmentsModel::Atl).data().toString(), QString());
        QCOMPARE(model.index(0, ShipmentsModel::State).data().toString(), QStringLiteral("Shipped elsewhere"));
        QCOMPARE(model.index(2, ShipmentsModel::State).data().toString(), QStringLiteral("To ship"));
        QCOMPARE(model.index(2, ShipmentsModel::Items).data(ShipmentsModel::RawValueRole).toInt(), plain.itemCount);
        QCOMPARE(model.index(2, ShipmentsModel::Date).data().toString(),
                 QLocale().toString(plain.dateCreated.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.headerData(ShipmentsModel::Order, Qt::Horizontal).toString(), QStringLiteral("Order"));
    }

    void aBatchOfThousandsIsOneInsertion()
    {
        ShipmentsModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QList<ShipmentRow> many;
        for (qint64 id = 1; id <= 5000; ++id)
            many.append(row(id));
        model.upsertRows(many);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(model.rowOfKey(row(4321).key), 4320);
        // Removing scattered rows keeps the index right.
        QStringList gone;
        for (qint64 id = 1; id <= 5000; id += 3)
            gone << row(id).key;
        model.removeKeys(gone);
        QCOMPARE(model.rowCount(), 5000 - static_cast<int>(gone.size()));
        for (int i = 0; i < model.rowCount(); i += 97)
            QCOMPARE(model.rowOfKey(model.rowAt(i).key), i);
    }
};

QTEST_MAIN(TestShipmentsModel)
#include "tst_shipmentsmodel.moc"
