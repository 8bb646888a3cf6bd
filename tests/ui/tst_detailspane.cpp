// ShipmentDetailsPane (offscreen): what it shows for a shipping shipment with an item without SKU, a pickup, a flagged
// shipment and nothing selected; history lines in words; keyboard (Tab reaches it, Escape stays the parent's); a
// narrow pane in German.
#include "core/i18n/Translations.h"
#include "ui/shipments/ShipmentDetailsPane.h"
#include "ui/shipments/ShipmentsModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

using namespace Packbench;

namespace {

const QUuid kStore = QUuid::fromString(QStringLiteral("{5d2d5c1e-0f6a-4c57-9a51-0c1b1f0e2a10}"));

LineItem item(qint64 orderProductId, const QString &sku, const QString &name, int quantity)
{
    LineItem line;
    line.orderProductId = orderProductId;
    line.sku = sku;
    line.name = name;
    line.quantity = quantity;
    return line;
}

ShipmentEvent event(const QDateTime &at, const QString &kind, const QString &detail,
                    const QString &station = QStringLiteral("Bench 2"))
{
    return {at, kind, station, detail};
}

// Order 1042 to Jane at Acme, signature required: a T-shirt (1 of 3 already shipped) and gift wrap without SKU.
ShipmentDetails shipping()
{
    ShipmentDetails d;
    ShipmentRow &r = d.row;
    r.key = QStringLiteral("%1/1042/shipping:99").arg(kStore.toString(QUuid::WithoutBraces));
    r.storeId = kStore;
    r.storeName = QStringLiteral("Main");
    r.orderId = 1042;
    r.consignment = QStringLiteral("shipping:99");
    r.channelId = 2;
    r.channelName = QStringLiteral("Kids");
    r.state = ShipmentState::ToShip;
    r.customer = QStringLiteral("Jane Doe");
    r.company = QStringLiteral("Acme Ltd");
    r.city = QStringLiteral("Auckland");
    r.region = QStringLiteral("Auckland Region");
    r.zip = QStringLiteral("1010");
    r.country = QStringLiteral("New Zealand");
    r.countryIso2 = QStringLiteral("NZ");
    r.atl = AuthorityToLeave::SignatureRequired;
    r.accountName = QStringLiteral("Default");
    LineItem shirt = item(5, QStringLiteral("TS-M-RED"), QStringLiteral("T-shirt"), 3);
    shirt.quantityShipped = 1;
    shirt.size = QStringLiteral("M");
    shirt.color = QStringLiteral("Red");
    shirt.hsCode = QStringLiteral("6109.10");
    r.items = {shirt, item(6, QString(), QStringLiteral("Gift wrap"), 1)};
    r.missingSku = true;
    r.itemCount = 3;
    d.street1 = QStringLiteral("1 Queen St");
    d.street2 = QStringLiteral("Level 2");
    d.phone = QStringLiteral("+64 9 123 4567");
    d.email = QStringLiteral("jane@example.com");
    d.shippingMethod = QStringLiteral("Courier overnight");
    d.customerMessage = QStringLiteral("<b>Fragile</b>, please");
    d.billingName = QStringLiteral("Bill Payer");
    d.total = QStringLiteral("123.4500");
    d.currency = QStringLiteral("NZD");
    const QDateTime at(QDate(2026, 3, 2), QTime(9, 12), Qt::UTC);
    d.events = {
        event(at, QStringLiteral("imported"), QStringLiteral("state:to-ship")),
        event(at.addSecs(600), QStringLiteral("changed"), QStringLiteral("address,items"), QStringLiteral("Bench 7")),
        event(at.addSecs(1200), QStringLiteral("changed"), QStringLiteral("state:cancelled"))};
    return d;
}

ShipmentDetails pickup()
{
    ShipmentDetails d = shipping();
    ShipmentRow &r = d.row;
    r.key = QStringLiteral("%1/1043/pickup:7").arg(kStore.toString(QUuid::WithoutBraces));
    r.orderId = 1043;
    r.consignment = QStringLiteral("pickup:7");
    r.company.clear();
    r.city.clear();
    r.region.clear();
    r.zip.clear();
    r.country.clear();
    r.countryIso2.clear();
    r.pickupLocation = QStringLiteral("Ponsonby shop, 5 Ponsonby Rd, Auckland");
    r.atl = AuthorityToLeave::Unspecified;
    r.items = {item(7, QStringLiteral("MUG-1"), QStringLiteral("Mug"), 2)};
    r.missingSku = false;
    d.street1.clear();
    d.street2.clear();
    d.shippingMethod.clear();
    d.customerMessage.clear();
    d.staffNotes = QStringLiteral("Customer collects after 3 pm");
    d.billingName = QStringLiteral("jane doe");
    return d;
}

QStringList column(const QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return texts;
}

// Records the Escape key that reaches it: the parent that closes or clears the pane.
class Host : public QWidget
{
public:
    int escapes = 0;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape)
            ++escapes;
        QWidget::keyPressEvent(event);
    }
};

} // namespace

class TestDetailsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsAPlaceholderWhenNothingIsSelected()
    {
        ShipmentDetailsPane pane;
        QVERIFY(!pane.isShowingDetails());
        QCOMPARE(pane.messageLabel()->text(), QStringLiteral("Select a shipment to see its details."));
        auto *stack = pane.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget(), pane.messageLabel());

        pane.setDetails(shipping());
        QVERIFY(pane.isShowingDetails());
        QCOMPARE(stack->currentWidget(), pane.scrollArea());
        pane.setDetails(std::nullopt);
        QVERIFY(!pane.isShowingDetails());
        QVERIFY(!pane.details());
        QCOMPARE(stack->currentWidget(), pane.messageLabel());
        QCOMPARE(pane.messageLabel()->text(), QStringLiteral("Select a shipment to see its details."));

        pane.setLoading();
        QVERIFY(!pane.isShowingDetails());
        QCOMPARE(stack->currentWidget(), pane.messageLabel());
        QVERIFY(pane.messageLabel()->text() != QStringLiteral("Select a shipment to see its details."));
        pane.setError(QStringLiteral("the disk is full"));
        QCOMPARE(stack->currentWidget(), pane.messageLabel());
        QVERIFY2(pane.messageLabel()->text().contains(QStringLiteral("the disk is full")),
                 qPrintable(pane.messageLabel()->text()));
    }

    void showsAShippingShipment()
    {
        ShipmentDetailsPane pane;
        pane.resize(420, 900);
        pane.show();
        pane.setDetails(shipping());
        QVERIFY(pane.isShowingDetails());

        QCOMPARE(pane.titleLabel()->text(), QStringLiteral("Order #1042"));
        QCOMPARE(pane.subtitleLabel()->text(), QStringLiteral("Main · Kids (2)"));
        QCOMPARE(pane.stateLabel()->text(), QStringLiteral("State: To ship"));
        QCOMPARE(pane.addressHeading()->text(), QStringLiteral("Ship to"));
        QCOMPARE(pane.addressLabel()->text(), QStringLiteral("Jane Doe\nAcme Ltd\n1 Queen St\nLevel 2\n"
                                                             "Auckland Auckland Region 1010\nNew Zealand\n"
                                                             "+64 9 123 4567\njane@example.com"));
        // Packers copy the address.
        QVERIFY(pane.addressLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(pane.addressLabel()->textInteractionFlags() & Qt::TextSelectableByKeyboard);

        // Signature required, prominently.
        QCOMPARE(pane.atlLabel()->text(), ShipmentsModel::atlText(AuthorityToLeave::SignatureRequired));
        QCOMPARE(pane.atlLabel()->text(), QStringLiteral("Signature required"));
        QVERIFY(pane.atlLabel()->font().bold());
        QVERIFY(pane.atlLabel()->property("signatureRequired").toBool());

        QCOMPARE(pane.shippingMethodLabel()->text(), QStringLiteral("Courier overnight"));
        QCOMPARE(pane.accountLabel()->text(), QStringLiteral("Default"));
        QCOMPARE(pane.ruleLabel()->text(), QStringLiteral("No rule matched"));
        QVERIFY(pane.ruleLabel()->isVisible());
        QVERIFY(!pane.flagLabel()->isVisible());

        // Items: name with its options, SKU, quantity to ship of quantity; the one without SKU is named.
        QTableWidget *items = pane.itemsTable();
        QCOMPARE(items->rowCount(), 2);
        QCOMPARE(items->item(0, ShipmentDetailsPane::ItemName)->text(),
                 QStringLiteral("T-shirt\nSize: M · Colour: Red · HS Code: 6109.10"));
        QCOMPARE(column(items, ShipmentDetailsPane::ItemSku),
                 (QStringList{QStringLiteral("TS-M-RED"), QStringLiteral("none")}));
        QCOMPARE(column(items, ShipmentDetailsPane::ItemQuantity),
                 (QStringList{QStringLiteral("2 of 3"), QStringLiteral("1")}));
        QCOMPARE(items->item(1, ShipmentDetailsPane::ItemName)->text(), QStringLiteral("Gift wrap"));
        QVERIFY(!items->item(1, ShipmentDetailsPane::ItemSku)->icon().isNull());
        QVERIFY(items->item(0, ShipmentDetailsPane::ItemSku)->icon().isNull());
        QVERIFY(pane.missingSkuLabel()->isVisible());
        QCOMPARE(pane.missingSkuLabel()->text(), QStringLiteral("“Gift wrap” has no SKU"));
        // The table is as tall as its rows: the pane scrolls, not the table.
        QTRY_COMPARE(items->height(), items->sizeHint().height());
        QCOMPARE(items->verticalHeader()->length(), items->viewport()->height());
        QVERIFY(items->rowHeight(0) > items->rowHeight(1)); // the options are a second line

        // The customer's words as written, never as markup; no notes, no heading for them.
        QCOMPARE(pane.customerMessageLabel()->text(), QStringLiteral("<b>Fragile</b>, please"));
        QCOMPARE(pane.customerMessageLabel()->textFormat(), Qt::PlainText);
        QVERIFY(pane.customerMessageLabel()->isVisible());
        QVERIFY(!pane.staffNotesLabel()->isVisible());

        // History, oldest first, in local time with the station.
        QTableWidget *history = pane.historyTable();
        QCOMPARE(history->rowCount(), 3);
        const ShipmentDetails d = shipping();
        QCOMPARE(history->item(0, ShipmentDetailsPane::HistoryTime)->text(),
                 QLocale().toString(d.events.at(0).at.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(column(history, ShipmentDetailsPane::HistoryStation),
                 (QStringList{QStringLiteral("Bench 2"), QStringLiteral("Bench 7"), QStringLiteral("Bench 2")}));
        QCOMPARE(column(history, ShipmentDetailsPane::HistoryEvent),
                 (QStringList{QStringLiteral("Imported"), QStringLiteral("Changed in BigCommerce: address, items"),
                              QStringLiteral("State: Cancelled")}));
    }

    void showsAPickupShipment()
    {
        ShipmentDetailsPane pane;
        pane.resize(420, 900);
        pane.show();
        pane.setDetails(shipping());
        pane.setDetails(pickup());
        QCOMPARE(pane.titleLabel()->text(), QStringLiteral("Order #1043"));
        QCOMPARE(pane.addressHeading()->text(), QStringLiteral("Pickup in store"));
        QCOMPARE(pane.addressLabel()->text(), QStringLiteral("Ponsonby shop, 5 Ponsonby Rd, Auckland\n\nJane Doe\n"
                                                             "+64 9 123 4567\njane@example.com"));
        QCOMPARE(pane.atlLabel()->text(), QStringLiteral("No delivery option given"));
        QVERIFY(!pane.atlLabel()->property("signatureRequired").toBool());
        QVERIFY(!pane.atlLabel()->font().bold());
        QVERIFY(!pane.shippingMethodLabel()->isVisible());
        // Nothing is left of the shipment before.
        QCOMPARE(pane.itemsTable()->rowCount(), 1);
        QCOMPARE(pane.itemsTable()->item(0, ShipmentDetailsPane::ItemName)->text(), QStringLiteral("Mug"));
        QCOMPARE(pane.itemsTable()->item(0, ShipmentDetailsPane::ItemQuantity)->text(), QStringLiteral("2"));
        QVERIFY(!pane.missingSkuLabel()->isVisible());
        QVERIFY(!pane.customerMessageLabel()->isVisible());
        QVERIFY(pane.staffNotesLabel()->isVisible());
        QCOMPARE(pane.staffNotesLabel()->text(), QStringLiteral("Customer collects after 3 pm"));
    }

    void showsTheFlagAndTheRule()
    {
        ShipmentDetails d = shipping();
        d.row.state = ShipmentState::Printed;
        d.row.flag = QStringLiteral("The order changed in BigCommerce after printing: check the address");
        d.row.accountName = QStringLiteral("Kids Warehouse");
        d.row.rule = QStringLiteral("Kids storefront, Heavy parcels");
        d.row.atl = AuthorityToLeave::AuthorityToLeave;
        ShipmentDetailsPane pane;
        pane.resize(420, 900);
        pane.show();
        pane.setDetails(d);
        QVERIFY(pane.flagLabel()->isVisible());
        QCOMPARE(pane.flagLabel()->text(), d.row.flag);
        QCOMPARE(pane.stateLabel()->text(), QStringLiteral("State: Printed"));
        QCOMPARE(pane.accountLabel()->text(), QStringLiteral("Kids Warehouse"));
        QCOMPARE(pane.ruleLabel()->text(), QStringLiteral("Kids storefront, Heavy parcels"));
        QCOMPARE(pane.atlLabel()->text(), QStringLiteral("Authority to leave"));
        QVERIFY(!pane.atlLabel()->property("signatureRequired").toBool());

        // The next shipment has no flag.
        pane.setDetails(pickup());
        QVERIFY(!pane.flagLabel()->isVisible());
    }

    void describesEvents_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("text");
        QTest::newRow("imported") << "imported"
                                  << "state:to-ship"
                                  << "Imported";
        QTest::newRow("imported on hold") << "imported"
                                          << "state:on-hold"
                                          << "Imported: On hold";
        QTest::newRow("changed") << "changed"
                                 << "address,items"
                                 << "Changed in BigCommerce: address, items";
        QTest::newRow("state") << "changed"
                               << "state:cancelled"
                               << "State: Cancelled";
        QTest::newRow("changed and state") << "changed"
                                           << "status,state:cancelled"
                                           << "Changed in BigCommerce: status\nState: Cancelled";
        QTest::newRow("removed") << "changed"
                                 << "removed"
                                 << "BigCommerce no longer lists this consignment";
        QTest::newRow("printed") << "printed"
                                 << ""
                                 << "Label printed";
        QTest::newRow("written back") << "written-back"
                                      << ""
                                      << "Written back to BigCommerce";
        QTest::newRow("unknown") << "weighed"
                                 << "2.5 kg"
                                 << "weighed\n2.5 kg";
    }
    void describesEvents()
    {
        QFETCH(QString, kind);
        QFETCH(QString, detail);
        QFETCH(QString, text);
        QCOMPARE(ShipmentDetailsPane::eventText({QDateTime::currentDateTimeUtc(), kind, QString(), detail}), text);
    }

    // Tab reaches the pane and its address; Escape is the parent's wherever the focus is in the pane.
    void keyboardReachesItAndLeavesEscapeToTheParent()
    {
        Host host;
        auto *layout = new QHBoxLayout(&host);
        auto *before = new QLineEdit(&host);
        layout->addWidget(before);
        auto *pane = new ShipmentDetailsPane(&host);
        layout->addWidget(pane);
        host.resize(900, 700);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        pane->setDetails(shipping());
        before->setFocus();
        QTRY_VERIFY(before->hasFocus());

        QTest::keyClick(before, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), pane->scrollArea());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), pane->addressLabel());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), pane->itemsTable());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), pane->historyTable());

        for (QWidget *widget :
             {static_cast<QWidget *>(pane->scrollArea()), static_cast<QWidget *>(pane->addressLabel()),
              static_cast<QWidget *>(pane->itemsTable()), static_cast<QWidget *>(pane->historyTable())}) {
            widget->setFocus();
            const int escapes = host.escapes;
            QTest::keyClick(widget, Qt::Key_Escape);
            QVERIFY2(host.escapes == escapes + 1, qPrintable(widget->objectName()));
        }
    }

    // A narrow pane (the side of a 1120x660 window) in German: no sideways scrolling, long words wrap.
    void fitsANarrowPaneInGerman()
    {
        const QLocale locale = Translations::install(*qApp, QStringLiteral("de"));
        QLocale::setDefault(locale);
        ShipmentDetails d = shipping();
        d.row.items.append(item(8, QStringLiteral("KIDS-GW-1"),
                                QStringLiteral("Geschenkverpackungsdienstleistung für Kinderbekleidungsartikel"), 1));
        d.customerMessage = QStringLiteral("Bitte beim Nachbarn abgeben, Hausnummer 12, Hinterhofeingangstür links");
        d.row.flag = QStringLiteral("Die Bestellung wurde nach dem Drucken in BigCommerce geändert");
        {
            ShipmentDetailsPane pane;
            pane.resize(340, 560);
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            pane.setDetails(d);
            QCoreApplication::processEvents();
            QTRY_VERIFY(!pane.scrollArea()->horizontalScrollBar()->isVisible());
            // Too tall for 560 pixels: the pane scrolls.
            QVERIFY(pane.scrollArea()->verticalScrollBar()->isVisible());
            // The long name wraps in its cell rather than being cut.
            QTableWidget *items = pane.itemsTable();
            QVERIFY(items->rowHeight(2) > items->rowHeight(1));
            QCOMPARE(items->height(), items->sizeHint().height());
        }
        Translations::install(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
