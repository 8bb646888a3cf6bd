#include "core/storage/ShipmentQuery.h"
#include "core/storage/ShipmentRepository.h"
#include "core/storage/StockRepository.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/RefreshScheduler.h"
#include "core/writeback/Outbox.h"
#include "core/writeback/WritebackRunner.h"
#include "support/ImportedRows.h"
#include "support/SandboxFixture.h"
#include "support/TestStation.h"
#include "ui/ConnectStorePrompt.h"
#include "ui/MainWindow.h"
#include "ui/settings/IntegrationsPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shipments/ShipmentsModel.h"
#include "ui/shipments/ShipmentsSortModel.h"
#include "ui/shipments/ShipmentsView.h"
#include "ui/stock/StockScreen.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

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

// A store connected to the sandbox, its token in the station's (fake) keychain, as `packbench store add` leaves it.
std::optional<StoreConfig> addSandboxStore(TestStation &station, SandboxFixture &sandbox)
{
    StoreConfig store = StoreConfig::withDefaults();
    store.name = QStringLiteral("Main");
    store.apiPath = sandbox.apiPath();
    store.clientId = QStringLiteral("client-1");
    std::optional<StoreService::Result> result;
    station.stores->addStore(store, sandbox.token(), QString(), nullptr,
                             [&result](const StoreService::Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000) || !result->isOk()) {
        qWarning("addStore: %s", result ? qPrintable(result->message) : "no answer");
        return std::nullopt;
    }
    return StoreRepository(*station.database).findById(store.id);
}

// The number of an order the sandbox has in the given status.
qint64 sandboxOrder(SandboxFixture &sandbox, int statusId)
{
    QNetworkAccessManager network;
    QUrl url = sandbox.server().rootUrl();
    url.setPath(QStringLiteral("/stores/sandbox1/v2/orders"));
    url.setQuery(QStringLiteral("status_id=%1&limit=1").arg(statusId));
    QNetworkRequest request(url);
    request.setRawHeader("X-Auth-Token", sandbox.token().toUtf8());
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return 0;
    const qint64 orderId = QJsonDocument::fromJson(reply->readAll()).array().at(0)[QLatin1String("id")].toInteger();
    reply->deleteLater();
    return orderId;
}

// Types `text` into the next input dialog and accepts it. A timer that keeps looking: the dialog comes from a queued
// answer of the window's reads, inside any event loop, and its own loop is where it must be answered.
void answerInput(const QString &text)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        dialog->setTextValue(text);
        dialog->accept();
    });
    timer->start();
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
    // A narrow window cuts the status bar's long texts short ("…", whole on hover) and keeps the fields on the right
    // whole: the station's name and the write-backs button were clipped mid-word.
    void aNarrowWindowKeepsTheStatusFieldsWhole()
    {
        TestStation station;
        MainWindow window(station.profile, *station.database, *station.stores, QStringLiteral("Bench 2"));
        window.resize(560, 420);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *store = window.findChild<QLabel *>(QStringLiteral("storeStatusLabel"));
        QVERIFY(store);
        QTRY_COMPARE(store->text(), QStringLiteral("No store connected"));
        const QString longSync(QStringLiteral("Last sync 10:26 (Main store, Wholesale store, Kids store, Outlet)"));
        window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"))->setText(longSync);
        QTest::qWait(50);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"))->text(), longSync);
        int permanent = 0;
        for (QWidget *field : window.statusBar()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (field == store || !field->isVisible() || field->objectName() == QLatin1String("syncStatusLabel") ||
                !(qobject_cast<QLabel *>(field) || qobject_cast<QToolButton *>(field)))
                continue;
            ++permanent;
            QVERIFY2(field->width() >= field->sizeHint().width(),
                     qPrintable(QStringLiteral("%1 is %2 px wide of %3")
                                    .arg(field->objectName().isEmpty() ? field->property("text").toString()
                                                                       : field->objectName())
                                    .arg(field->width())
                                    .arg(field->sizeHint().width())));
        }
        QVERIFY(permanent >= 2); // the write-backs button and the station
    }

    void emptyProfileShowsTheConnectCallToAction()
    {
        TestStation station;
        MainWindow window(station.profile, *station.database, *station.stores, QStringLiteral("Bench 2"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QPushButton *button = window.findChild<QPushButton *>(QStringLiteral("connectStoreButton"));
        QVERIFY(button);
        // Once the stores are read (on a worker thread) and none is there.
        QTRY_VERIFY(button->isVisible());
        QVERIFY(!window.shipmentsView()->isVisible());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("storeStatusLabel"))->text(),
                 QStringLiteral("No store connected"));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("refreshNowAction"))->isEnabled());
        // No stock without a store: the prompt stays.
        QVERIFY(!window.stockScreenAction()->isEnabled());
        window.showStockScreen();
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
        QTRY_VERIFY(window.connectStorePrompt()->isVisible());

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

    // Start-up with a store (its list, its last sync, the write-back's stores), Refresh now, "why" asked from the menu
    // and for a given order: the window, the refresh, the write-back and "why" read the database on a worker thread,
    // never on the GUI thread (on a shared server far away, each read there would freeze the window).
    void theGuiThreadNeverWaitsOnTheDatabase()
    {
        SandboxFixture sandbox(20);
        QVERIFY2(sandbox.isListening(), qPrintable(sandbox.error()));
        TestStation station;
        const std::optional<StoreConfig> store = addSandboxStore(station, sandbox);
        QVERIFY(store);
        QString error;
        const QDateTime synced = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY2(ShipmentRepository(*station.database)
                     .recordSync(store->id, synced, synced.addDays(-7), SyncCoverage::Full, QString(), &error),
                 qPrintable(error));
        const qint64 held = sandboxOrder(sandbox, 7); // Awaiting Payment: not imported
        QVERIFY(held > 0);

        station.database->watchGuiThread(true);
        {
            MainWindow window(station.profile, *station.database, *station.stores, QStringLiteral("Bench 2"));
            QSignalSpy writebackStarted(window.writebackRunner(), &WritebackRunner::started);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *storeLabel = window.findChild<QLabel *>(QStringLiteral("storeStatusLabel"));
            auto *syncLabel = window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
            QTRY_COMPARE(storeLabel->text(), QStringLiteral("Connected: Main"));
            QVERIFY2(syncLabel->text().startsWith(QStringLiteral("Last sync ")), qPrintable(syncLabel->text()));
            QVERIFY(syncLabel->text().endsWith(QStringLiteral("(Main)")));
            QVERIFY(window.shipmentsView()->isVisible());
            QVERIFY(!window.connectStorePrompt()->isVisible());
            QTRY_VERIFY(!window.shipmentsView()->isLoading());
            QTRY_VERIFY(!writebackStarted.isEmpty());
            QVERIFY(window.writebackRunner()->storesWithoutToken().isEmpty());

            // Refresh now: "Syncing" at once; the store's settings are read on the worker before the import.
            QSignalSpy refreshed(window.refreshScheduler(), &RefreshScheduler::refreshFinished);
            auto *refreshAction = window.findChild<QAction *>(QStringLiteral("refreshNowAction"));
            QVERIFY(refreshAction->isEnabled());
            refreshAction->trigger();
            QCOMPARE(syncLabel->text(), QStringLiteral("Syncing Main…"));
            QVERIFY(refreshed.wait(30000));
            const ImportReport report = refreshed.constFirst().at(1).value<ImportReport>();
            QVERIFY2(report.isOk(), qPrintable(report.error));
            QCOMPARE(refreshed.constFirst().at(0).toString(), QStringLiteral("Main"));

            // "Why" from the menu: the stores read first (one store: only the number is asked), then the order.
            QSignalSpy explained(&window, &MainWindow::orderExplained);
            answerInput(QStringLiteral("#%1").arg(held));
            window.findChild<QAction *>(QStringLiteral("whyAction"))->trigger();
            QVERIFY(explained.wait(20000));
            QString text = explained.constLast().constFirst().toStringList().join(QLatin1Char('\n'));
            QVERIFY2(text.contains(QStringLiteral("Order #%1 in Main").arg(held)), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("on hold")), qPrintable(text));

            // "Why" for a given store and order.
            window.explainOrder(store->id, held);
            QVERIFY(explained.wait(20000));
            text = explained.constLast().constFirst().toStringList().join(QLatin1Char('\n'));
            QVERIFY2(text.contains(QStringLiteral("Order #%1 in Main").arg(held)), qPrintable(text));

            // The store changed in Settings > Integrations: the window, the refresh timers and the write-back read
            // the stores again.
            window.openIntegrations();
            SettingsDialog *dialog = window.settingsDialog();
            auto *page = dialog->findChild<IntegrationsPage *>();
            QTRY_VERIFY(!page->isLoading() && page->currentStoreId() == store->id);
            dialog->findChild<QSpinBox *>(QStringLiteral("autoImportSpin"))->setValue(30);
            QVERIFY(page->isModified());
            QSignalSpy shown(&window, &MainWindow::storesShown);
            QSignalSpy applied(dialog, &SettingsDialog::applied);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
            QVERIFY(applied.wait(20000));
            QVERIFY(applied.constFirst().constFirst().toBool());
            QTRY_VERIFY(!shown.isEmpty());
            QTRY_COMPARE(writebackStarted.count(), 2);
            dialog->close();

            QCOMPARE(station.database->guiThreadUses(), 0);
            QVERIFY(window.close());
        }
        station.database->watchGuiThread(false);
    }

    // A label printed at a station without the store's lease (no token there, or another station holds it): the
    // holder sends its write-back within seconds, having heard of it through the change feed, not at its own next
    // print.
    void writebacksQueuedAtAnotherStationAreSentSoon()
    {
        SandboxFixture sandbox(20);
        QVERIFY2(sandbox.isListening(), qPrintable(sandbox.error()));
        TestStation station;
        const std::optional<StoreConfig> store = addSandboxStore(station, sandbox);
        QVERIFY(store);
        MainWindow window(station.profile, *station.database, *station.stores, QStringLiteral("Bench 2"));
        QSignalSpy writebackStarted(window.writebackRunner(), &WritebackRunner::started);
        QSignalSpy refreshed(window.refreshScheduler(), &RefreshScheduler::refreshFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!writebackStarted.isEmpty());
        window.refreshNow();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(refreshed.constFirst().at(1).value<ImportReport>().isOk());

        // Bench 3 prints one, on the same database, not through this window.
        QString error;
        std::unique_ptr<Database> bench3 = Database::open(station.database->location(), &error);
        QVERIFY2(bench3, qPrintable(error));
        bench3->setStationName(QStringLiteral("Bench 3"));
        ShipmentFilter toShip;
        toShip.storeId = store->id;
        toShip.state = ShipmentState::ToShip;
        const QList<ShipmentRow> rows = ShipmentQuery(*bench3).list(toShip, &error);
        QVERIFY2(!rows.isEmpty(), qPrintable(error));
        PrintRequest request;
        request.shipmentKey = rows.constFirst().key;
        const PrintResult printed = Outbox(*bench3).print(request, {});
        QVERIFY2(printed.isOk(), qPrintable(printed.message));

        const auto outboxState = [&] {
            QSqlQuery query(bench3->connection());
            query.prepare(QStringLiteral("SELECT state FROM outbox WHERE shipment_key = ?"));
            query.addBindValue(request.shipmentKey);
            return query.exec() && query.next() ? query.value(0).toString() : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(outboxState(), QStringLiteral("sent"), 15000);
    }

    // A read still under way when the window goes: its answer is dropped, nothing reaches the window.
    void aWindowGoneBeforeItsReadsAnswerIsFine()
    {
        TestStation station;
        addStore(station, QStringLiteral("Main"), QStringLiteral("abc123"), {100});
        const QUuid storeId = station.stores->stores().constFirst().id;
        for (int i = 0; i < 3; ++i) {
            auto *window = new MainWindow(station.profile, *station.database, *station.stores, QString());
            window->show();
            window->explainOrder(storeId, 100);
            window->askWhyOrderMissing();
            window->refreshNow();
            delete window;
            QTest::qWait(50);
        }
        // And the reads of the next window still answer.
        MainWindow window(station.profile, *station.database, *station.stores, QString());
        QVERIFY(window.isReadingStores());
        window.show();
        QTRY_VERIFY(!window.isReadingStores());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("storeStatusLabel"))->text(),
                 QStringLiteral("Connected: Main"));
    }

    // The Stock screen is beside the grid (View > Stock, Alt+2, the toolbar). The grid's printing actions go with
    // their shortcuts while it shows: Ctrl+P during a count never prints the grid's selection.
    void stockScreenIsBesideShipments()
    {
        TestStation station;
        const StoreConfig store = addStore(station, QStringLiteral("Main"), QStringLiteral("abc123"), {100, 101});
        MainWindow window(station.profile, *station.database, *station.stores, QStringLiteral("Bench 2"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(!window.isReadingStores());
        auto *central = qobject_cast<QStackedWidget *>(window.centralWidget());
        QVERIFY(central);
        QCOMPARE(central->currentWidget(), window.shipmentsView());
        QVERIFY(!window.stockScreen()); // made when first shown
        auto *print = window.findChild<QAction *>(QStringLiteral("printAction"));
        QVERIFY(print);
        QTRY_VERIFY(window.shipmentsView()->sortModel()->rowCount() > 0);
        window.shipmentsView()->table()->selectRow(0);
        QTRY_VERIFY(print->isEnabled());
        QVERIFY(print->isVisible());

        QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
        StockScreen *stock = window.stockScreen();
        QVERIFY(stock);
        QCOMPARE(central->currentWidget(), stock);
        QVERIFY(window.stockScreenAction()->isChecked());
        QVERIFY(!print->isVisible());
        QTRY_COMPARE(stock->storeId(), store.id);
        QTRY_COMPARE(QApplication::focusWidget(), stock->scanEdit());
        QSignalSpy printed(print, &QAction::triggered);
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(printed.count(), 0);

        QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(central->currentWidget(), window.shipmentsView());
        QVERIFY(window.shipmentsScreenAction()->isChecked());
        QVERIFY(print->isVisible());
        QVERIFY(print->isEnabled());
        QCOMPARE(QApplication::focusWidget(), window.shipmentsView()->scanEdit());
    }

    // A packer who scans a shelf and closes the window at once loses no scan: the window waits for the counts to be
    // saved (they are saved on the Stock screen's worker thread, one after the other) and then closes by itself.
    void closingWaitsForTheCountsScanned()
    {
        TestStation station;
        const StoreConfig store = addStore(station, QStringLiteral("Main"), QStringLiteral("abc123"), {100});
        auto *window = new MainWindow(station.profile, *station.database, *station.stores, QStringLiteral("Bench 2"));
        window->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<MainWindow> guard(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showStockScreen();
        StockScreen *stock = window->stockScreen();
        QTRY_COMPARE(stock->storeId(), store.id);
        QTRY_VERIFY(!stock->isLoadingStock());

        constexpr int kScans = 200;
        for (int i = 0; i < kScans; ++i) {
            stock->scanEdit()->setText(QStringLiteral("SKU-%1").arg(i));
            QTest::keyClick(stock->scanEdit(), Qt::Key_Return);
        }
        QVERIFY(stock->isBusy());
        QVERIFY(!window->close()); // not yet
        QVERIFY(guard);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 30000);

        const QList<StockLevel> levels = StockRepository(*station.database).levels(store.id);
        QCOMPARE(levels.size(), kScans);
        for (const StockLevel &level : levels)
            QCOMPARE(level.quantity, 1);
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
