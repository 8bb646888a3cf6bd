#include "core/storage/StoreRepository.h"
#include "support/ImportedRows.h"
#include "support/TestStation.h"
#include "ui/ConnectStorePrompt.h"
#include "ui/MainWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shipments/ShipmentsModel.h"
#include "ui/shipments/ShipmentsSortModel.h"
#include "ui/shipments/ShipmentsView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Packbench;

namespace {
// A store row and what an import of `orders` leaves (each order split into a shipping and a pickup shipment),
// written straight to the database: the window needs no network for these tests.
StoreConfig addStore(TestStation &station, const QString &name, const QString &hash, const QList<qint64> &orders)
{
    StoreConfig store = StoreConfig::withDefaults();
    store.name = name;
    store.apiPath = QStringLiteral("https://api.bigcommerce.com/stores/%1/v3/").arg(hash);
    store.storeHash = hash;
    store.clientId = QStringLiteral("client-1");
    QString error;
    if (StoreRepository(*station.database).insert(store, &error) != StoreRepository::Outcome::Ok)
        qWarning("store: %s", qPrintable(error));
    if (!ImportedRows::insert(station.database->connection(), store.id.toString(QUuid::WithoutBraces), orders, &error))
        qWarning("rows: %s", qPrintable(error));
    return store;
}

QStringList displayedOrders(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, ShipmentsModel::Order).data().toString();
    return texts;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyProfileShowsTheConnectCallToAction()
    {
        TestStation station;
        MainWindow window(station.profile, *station.database, *station.stores, QStringLiteral("Bench 2"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QPushButton *button = window.findChild<QPushButton *>(QStringLiteral("connectStoreButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(button->text().startsWith(QStringLiteral("Connect a BigCommerce store")));
        QCOMPARE(window.windowTitle(), QStringLiteral("Packbench"));
    }

    void callToActionOpensSettingsOnIntegrations()
    {
        TestStation station;
        MainWindow window(station.profile, *station.database, *station.stores, QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.settingsDialog());

        QTest::mouseClick(window.connectStorePrompt()->connectButton(), Qt::LeftButton);
        SettingsDialog *dialog = window.settingsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Integrations);

        // A second click reuses the open dialog instead of stacking another.
        QTest::mouseClick(window.connectStorePrompt()->connectButton(), Qt::LeftButton);
        QCOMPARE(window.settingsDialog(), dialog);
        QCOMPARE(window.findChildren<SettingsDialog *>().size(), 1);

        dialog->close();
        QTRY_VERIFY(!window.settingsDialog());
    }

    void windowAndGridComeBackAfterARestart()
    {
        TestStation station;
        addStore(station, QStringLiteral("Main"), QStringLiteral("abc123"), {100, 101, 102});
        const StoreConfig kids = addStore(station, QStringLiteral("Kids"), QStringLiteral("kids9"), {200, 201});
        {
            MainWindow window(station.profile, *station.database, *station.stores, QString());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            ShipmentsView *view = window.shipmentsView();
            QVERIFY(view);
            QTRY_VERIFY(!view->isLoading());
            QCOMPARE(view->table()->model()->rowCount(), 10);

            window.setGeometry(60, 70, 900, 620);
            QHeaderView *header = view->table()->horizontalHeader();
            header->moveSection(header->visualIndex(ShipmentsModel::Customer), 0);
            header->resizeSection(ShipmentsModel::Store, 173);
            view->table()->sortByColumn(ShipmentsModel::Customer, Qt::DescendingOrder);
            // Filters as a user sets them, through the filter bar.
            auto *storeCombo = window.findChild<QComboBox *>(QStringLiteral("shipmentsStoreCombo"));
            storeCombo->setCurrentIndex(storeCombo->findText(QStringLiteral("Kids")));
            view->setStateFilter(std::nullopt); // the "All" view
            view->setSearchText(QStringLiteral("20"));
            QTRY_VERIFY(!view->isLoading());
            QCOMPARE(view->table()->model()->rowCount(), 4);
            QVERIFY(window.close());
        }

        MainWindow window(station.profile, *station.database, *station.stores, QString());
        // Size and position before the window is shown, so it never jumps.
        QCOMPARE(window.geometry(), QRect(60, 70, 900, 620));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(900, 620));
        ShipmentsView *view = window.shipmentsView();
        QVERIFY(view);
        QTRY_VERIFY(!view->isLoading());
        QHeaderView *header = view->table()->horizontalHeader();
        QCOMPARE(header->visualIndex(ShipmentsModel::Customer), 0);
        QCOMPARE(header->sectionSize(ShipmentsModel::Store), 173);
        QCOMPARE(header->sortIndicatorSection(), int(ShipmentsModel::Customer));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(view->sortModel()->sortColumn(), int(ShipmentsModel::Customer));
        QCOMPARE(view->sortModel()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(view->filter().storeId, std::optional<QUuid>(kids.id));
        QVERIFY(!view->filter().state);
        QCOMPARE(view->filter().search, QStringLiteral("20"));
        QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("shipmentsStoreCombo"))->currentText(),
                 QStringLiteral("Kids"));
        QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("shipmentsSearchEdit"))->text(), QStringLiteral("20"));
        QCOMPARE(view->table()->model()->rowCount(), 4);
    }

    void maximisedComesBackMaximised()
    {
        TestStation station;
        {
            MainWindow window(station.profile, *station.database, *station.stores, QString());
            window.showMaximized();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY(window.isMaximized());
            QVERIFY(window.close());
        }
        MainWindow window(station.profile, *station.database, *station.stores, QString());
        QVERIFY(window.windowState().testFlag(Qt::WindowMaximized));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isMaximized());
    }

    void destinationTakesTheExtraWidth()
    {
        TestStation station;
        addStore(station, QStringLiteral("Main"), QStringLiteral("abc123"), {100});
        MainWindow window(station.profile, *station.database, *station.stores, QString());
        // Wide enough that every shown column fits: the extra width then goes to Destination alone.
        window.resize(1800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView *header = window.shipmentsView()->table()->horizontalHeader();
        QVERIFY(!header->stretchLastSection());
        QTRY_COMPARE(header->length(), window.shipmentsView()->table()->viewport()->width());
        const int state = header->sectionSize(ShipmentsModel::State);
        const int destination = header->sectionSize(ShipmentsModel::Destination);
        window.resize(2200, 600);
        QTRY_VERIFY(header->sectionSize(ShipmentsModel::Destination) > destination + 300);
        QCOMPARE(header->sectionSize(ShipmentsModel::State), state);
        // Narrow: the grid scrolls sideways rather than squeeze Destination below its starting width.
        window.resize(900, 600);
        const int least = window.shipmentsView()->table()->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 22;
        QTRY_VERIFY(header->length() > window.shipmentsView()->table()->viewport()->width());
        QVERIFY2(header->sectionSize(ShipmentsModel::Destination) >= least,
                 qPrintable(QString::number(header->sectionSize(ShipmentsModel::Destination))));
        QCOMPARE(header->sectionSize(ShipmentsModel::State), state);
    }

    void ordersSplitIntoSeveralShipmentsSayWhichOne()
    {
        TestStation station;
        addStore(station, QStringLiteral("Main"), QStringLiteral("abc123"), {9, 348, 1000});
        MainWindow window(station.profile, *station.database, *station.stores, QString());
        window.show();
        ShipmentsView *view = window.shipmentsView();
        QTRY_VERIFY(!view->isLoading());
        const QAbstractItemModel *model = view->table()->model();
        QCOMPARE(model->rowCount(), 6);
        // Sorted by order number as a number (9 before 348 before 1000), not as text.
        QCOMPARE(displayedOrders(model),
                 (QStringList{QStringLiteral("9 (1 of 2)"), QStringLiteral("9 (2 of 2)"),
                              QStringLiteral("348 (1 of 2)"), QStringLiteral("348 (2 of 2)"),
                              QStringLiteral("1000 (1 of 2)"), QStringLiteral("1000 (2 of 2)")}));
        view->table()->sortByColumn(ShipmentsModel::Order, Qt::DescendingOrder);
        QCOMPARE(model->index(0, ShipmentsModel::Order).data(ShipmentsModel::RawValueRole).toLongLong(), 1000);
        QCOMPARE(model->index(5, ShipmentsModel::Order).data(ShipmentsModel::RawValueRole).toLongLong(), 9);
    }

    void whyWithoutAStoreSaysToConnectOneFirst()
    {
        TestStation station;
        MainWindow window(station.profile, *station.database, *station.stores, QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("whyAction"))->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("whyNoStoreBox"))) && box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("store must be connected first")), qPrintable(box->text()));
        QVERIFY(!window.settingsDialog());
        QPushButton *connectButton = nullptr;
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                connectButton = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(connectButton);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_VERIFY(window.settingsDialog() && window.settingsDialog()->isVisible());
        window.settingsDialog()->close();
    }

    void closesCleanly()
    {
        TestStation station;
        auto *window = new MainWindow(station.profile, *station.database, *station.stores, QString());
        window->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<MainWindow> guard(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->close());
        QTRY_VERIFY(guard.isNull());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
