// Printing and write-back in the window, as a packer uses it: Ctrl+P on a selection, scan then Enter, Void, the
// conflict of a label printed twice, the grid's Write-back column, the status bar's counts and the Write-backs
// panel's Retry. Real database (SQLite, and PostgreSQL when the suite has one), real PDF files in a folder
// (Settings > Printing "pdf:DIR"), no network: the store has no token on this station, so its write-backs stay
// queued where the tests can see them.
#include "core/integrations/StoreService.h"
#include "core/settings/AppSettings.h"
#include "core/settings/Profile.h"
#include "core/storage/ShipmentRepository.h"
#include "core/storage/StoreRepository.h"
#include "core/writeback/Outbox.h"
#include "support/FakeSecretStore.h"
#include "support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/printing/PrintController.h"
#include "ui/printing/PrintOptionsDialog.h"
#include "ui/printing/WritebackPanel.h"
#include "ui/shipments/ShipmentDetailsPane.h"
#include "ui/shipments/ShipmentsModel.h"
#include "ui/shipments/ShipmentsSortModel.h"
#include "ui/shipments/ShipmentsView.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Packbench;

// The controller's actions end with `finished`; some end inside the call that starts them (a question answered).
#define WAIT_FINISHED(spy, count) QTRY_COMPARE_WITH_TIMEOUT((spy).size(), (count), 20000)

namespace {

// One packing station: a profile whose labels go to a PDF folder, a store with orders to ship (one shipping
// consignment each), and no token for it here.
struct Bench
{
    QTemporaryDir profileDir;
    QTemporaryDir labelDir;
    Profile profile = Profile::open(profileDir.path());
    Database &database;
    FakeSecretStore secrets;
    StoreService stores;
    StoreConfig store;

    explicit Bench(Database &db, WritebackMode writeback = WritebackMode::OnPrint)
        : database(db)
        , stores(profile, db, secrets)
    {
        database.setStationName(QStringLiteral("Bench 2"));
        store = StoreConfig::withDefaults();
        store.name = QStringLiteral("Main");
        store.apiPath = QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/");
        store.storeHash = QStringLiteral("abc123");
        store.clientId = QStringLiteral("client-1");
        store.writeback = writeback;
        QString error;
        if (StoreRepository(database).insert(store, &error) != StoreRepository::Outcome::Ok)
            qWarning("store: %s", qPrintable(error));
        LabelPrinting printing;
        printing.output = QStringLiteral("pdf:") + labelDir.path();
        AppSettings settings(profile);
        settings.setLabelPrinting(printing);
        settings.sync();
    }

    // Each order with `shipments` shipments (consignments id * 10, id * 10 + 1, ...).
    bool import(const QList<qint64> &orderIds, int shipments = 1)
    {
        QList<ImportedOrder> orders;
        for (const qint64 id : orderIds) {
            ImportedOrder order;
            order.orderId = id;
            order.statusId = 11;
            order.channelId = 1;
            order.dateCreated = QDateTime(QDate(2026, 11, 1), QTime(9, 0)).addSecs(id * 60);
            order.dateModified = order.dateCreated;
            for (int part = 0; part < shipments; ++part) {
                Shipment shipment;
                shipment.consignmentId = id * 10 + part;
                shipment.address.firstName = QStringLiteral("Customer");
                shipment.address.lastName = QString::number(id);
                shipment.address.street1 = QStringLiteral("%1 Queen St").arg(id);
                shipment.address.city = QStringLiteral("Auckland");
                shipment.address.country = QStringLiteral("New Zealand");
                shipment.address.countryIso2 = QStringLiteral("NZ");
                LineItem item;
                item.orderProductId = id * 100 + 1 + part;
                item.productId = 5;
                item.sku = QStringLiteral("SKU-%1").arg(id);
                item.name = QStringLiteral("Mug %1").arg(id);
                item.quantity = 1;
                item.weight = 0.4;
                shipment.items << item;
                order.shipments << shipment;
            }
            orders << order;
        }
        PageWriteResult result;
        QString error;
        const bool ok = ShipmentRepository(database).writePage(store, SyncScope::import(), orders, {}, &result, &error);
        if (!ok)
            qWarning("import: %s", qPrintable(error));
        return ok;
    }

    QString keyOf(qint64 orderId, int part = 0) const
    {
        return QStringLiteral("%1/%2/shipping:%3")
            .arg(store.id.toString(QUuid::WithoutBraces))
            .arg(orderId)
            .arg(orderId * 10 + part);
    }

    QString scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery query(database.connection());
        query.prepare(sql);
        for (const QVariant &bind : binds)
            query.addBindValue(bind);
        if (!query.exec() || !query.next())
            return QStringLiteral("<%1>").arg(query.lastError().text());
        return query.value(0).toString();
    }
    int outboxRows() const { return scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(); }
    QString state(qint64 orderId) const
    {
        return scalar(QStringLiteral("SELECT state FROM shipments WHERE shipment_key = ?"), {keyOf(orderId)});
    }
    QString outboxState(qint64 orderId) const
    {
        return scalar(QStringLiteral("SELECT state FROM outbox WHERE shipment_key = ? AND kind <> 'void' ORDER BY seq "
                                     "DESC LIMIT 1"),
                      {keyOf(orderId)});
    }
    QString tracking(qint64 orderId) const
    {
        return scalar(QStringLiteral("SELECT tracking_number FROM shipments WHERE shipment_key = ?"), {keyOf(orderId)});
    }
    QStringList pdfs() const
    {
        QStringList files = QDir(labelDir.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        return files;
    }
};

// The window as a packer has it: shown, active, the grid loaded.
struct Window
{
    MainWindow window;
    ShipmentsView *view = nullptr;

    explicit Window(Bench &bench)
        : window(bench.profile, bench.database, bench.stores, QStringLiteral("Bench 2"))
    {
        window.resize(1500, 800);
        window.show();
        window.activateWindow();
        view = window.shipmentsView();
    }

    bool ready()
    {
        if (!QTest::qWaitForWindowActive(&window) || !view)
            return false;
        return QTest::qWaitFor([this] { return !view->isLoading(); });
    }

    QModelIndex indexOf(const QString &key, int column = ShipmentsModel::Order) const
    {
        const int row = view->model()->rowOfKey(key);
        return row < 0 ? QModelIndex() : view->sortModel()->mapFromSource(view->model()->index(row, column));
    }
    QString cell(const QString &key, int column) const
    {
        const int row = view->model()->rowOfKey(key);
        return row < 0 ? QStringLiteral("<gone>") : view->model()->index(row, column).data().toString();
    }
    void select(const QStringList &keys)
    {
        QItemSelection selection;
        for (const QString &key : keys) {
            const QModelIndex index = indexOf(key);
            selection.select(index, index.sibling(index.row(), ShipmentsModel::ColumnCount - 1));
        }
        view->table()->selectionModel()->setCurrentIndex(indexOf(keys.constFirst()), QItemSelectionModel::NoUpdate);
        view->table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        view->table()->setFocus();
    }
    QString feedback() const { return view->printFeedback()->text(); }
    bool feedbackIsProblem() const { return view->printFeedback()->property("problem").toBool(); }
};

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ctrlPPrintsTheWholeSelection_data() { TestDatabase::addBackendRows(); }
    void ctrlPPrintsTheWholeSelection()
    {
        OPEN_TEST_DATABASE();
        Bench bench(*db);
        QVERIFY(bench.import({101, 102, 103, 104}));
        Window w(bench);
        QVERIFY(w.ready());
        // The All view: the printed rows stay in the grid and show their write-back.
        w.view->setStateFilter(std::nullopt);
        QTRY_VERIFY(!w.view->isLoading());
        QCOMPARE(w.cell(bench.keyOf(101), ShipmentsModel::Writeback), QString());
        QVERIFY(!w.window.writebackFailedButton()->isVisible());
        QTRY_COMPARE(w.window.writebackPendingButton()->text(), QStringLiteral("Write-backs pending: 0"));

        const QStringList three{bench.keyOf(101), bench.keyOf(102), bench.keyOf(103)};
        w.select(three);
        QVERIFY(w.view->printAction()->isEnabled());
        QVERIFY(!w.view->reprintAction()->isEnabled()); // nothing printed yet
        QSignalSpy finished(w.window.printController(), &PrintController::finished);
        // The print's reads and transactions, and the grid's and the panel's refreshes after it, run on their
        // workers: the GUI thread never asks the database.
        db->watchGuiThread(true);
        QTest::keyClick(w.view->table(), Qt::Key_P, Qt::ControlModifier);
        WAIT_FINISHED(finished, 1);
        for (const qint64 order : {101, 102, 103})
            QTRY_COMPARE(w.cell(bench.keyOf(order), ShipmentsModel::Writeback), QStringLiteral("queued"));
        QTRY_COMPARE(w.window.writebackPendingButton()->text(), QStringLiteral("Write-backs pending: 3"));
        QCOMPARE(db->guiThreadUses(), 0);
        db->watchGuiThread(false);

        // Three labels, three write-backs, one transaction each; the fourth shipment untouched.
        QCOMPARE(bench.pdfs().size(), 3);
        QCOMPARE(bench.outboxRows(), 3);
        for (const qint64 order : {101, 102, 103}) {
            QCOMPARE(bench.state(order), QStringLiteral("printed"));
            QCOMPARE(bench.outboxState(order), QStringLiteral("queued"));
            const QString tracking = bench.tracking(order);
            QVERIFY2(tracking.startsWith(QStringLiteral("PB")), qPrintable(tracking));
            QVERIFY2(bench.pdfs().contains(QStringLiteral("order-%1-%2.pdf").arg(order).arg(tracking)),
                     qPrintable(bench.pdfs().join(QLatin1Char(' '))));
            QTRY_COMPARE(w.cell(bench.keyOf(order), ShipmentsModel::Writeback), QStringLiteral("queued"));
            QCOMPARE(w.cell(bench.keyOf(order), ShipmentsModel::State), QStringLiteral("Printed"));
            QVERIFY(!w.cell(bench.keyOf(order), ShipmentsModel::Printed).isEmpty());
        }
        QCOMPARE(bench.state(104), QStringLiteral("to-ship"));
        QVERIFY2(w.feedback().startsWith(QStringLiteral("Printed 3 shipments: #101, #102, #103")),
                 qPrintable(w.feedback()));
        QVERIFY2(w.feedback().contains(QStringLiteral("3 write-backs queued")), qPrintable(w.feedback()));
        QVERIFY(!w.feedbackIsProblem());
        QTRY_COMPARE(w.window.writebackPendingButton()->text(), QStringLiteral("Write-backs pending: 3"));
        // Printed rows can be printed again or voided now.
        QTRY_VERIFY(w.view->reprintAction()->isEnabled());
        QVERIFY(w.view->voidAction()->isEnabled());
        // The Default account has no sender address yet: the labels say nothing of who sends, and the packer is told.
        QVERIFY2(w.feedback().contains(QStringLiteral("no sender address")), qPrintable(w.feedback()));
        QSqlQuery sender(db->connection());
        QVERIFY(sender.exec(QStringLiteral("UPDATE accounts SET sender_name = 'Warehouse', sender_street_1 = '1 Dock "
                                           "Rd', sender_city = 'Auckland'")));
        w.select({bench.keyOf(104)});
        QTest::keyClick(w.view->table(), Qt::Key_P, Qt::ControlModifier);
        WAIT_FINISHED(finished, 2);
        QVERIFY2(w.feedback().startsWith(QStringLiteral("Printed #104")), qPrintable(w.feedback()));
        QVERIFY2(!w.feedback().contains(QStringLiteral("sender")), qPrintable(w.feedback()));
    }

    // A failure every shipment of a batch shares (the database does not answer, the disk fails) is told once, with
    // the orders it stopped: not a wall of the same text per shipment.
    void aSharedFailureIsToldOnce()
    {
        OPEN_TEST_DATABASE_ON(TestDatabase::Backend::SQLite);
        Bench bench(*db);
        QVERIFY(bench.import({101, 102, 103}));
        Window w(bench);
        QVERIFY(w.ready());
        QSqlQuery trigger(db->connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER broken BEFORE UPDATE ON shipments BEGIN "
                                            "SELECT RAISE(ABORT, 'disk I/O error'); END")));
        w.select({bench.keyOf(101), bench.keyOf(102), bench.keyOf(103)});
        QSignalSpy finished(w.window.printController(), &PrintController::finished);
        QTest::keyClick(w.view->table(), Qt::Key_P, Qt::ControlModifier);
        WAIT_FINISHED(finished, 1);
        const QString feedback = w.feedback();
        QVERIFY(w.feedbackIsProblem());
        QCOMPARE(feedback.count(QStringLiteral("disk I/O error")), 1);
        QVERIFY2(feedback.contains(QStringLiteral("Not printed: #101, #102, #103:")), qPrintable(feedback));
        for (const qint64 order : {101, 102, 103})
            QCOMPARE(bench.state(order), QStringLiteral("to-ship"));
        QCOMPARE(bench.pdfs().size(), 0);
    }

    // With nowhere for labels to go (the default output on a computer without a printer, a printer since removed),
    // nothing is printed. Recorded, the shipments would be written back (BigCommerce tells the customer they ship)
    // with no label on the parcels.
    void withNowhereToPrintNothingIsRecorded()
    {
        OPEN_TEST_DATABASE_ON(TestDatabase::Backend::SQLite);
        Bench bench(*db);
        QVERIFY(bench.import({101, 102}));
        LabelPrinting printing;
        printing.output = QStringLiteral("printer:No Such Printer 7");
        AppSettings settings(bench.profile);
        settings.setLabelPrinting(printing);
        settings.sync();
        Window w(bench);
        QVERIFY(w.ready());
        w.select({bench.keyOf(101), bench.keyOf(102)});
        QTest::keyClick(w.view->table(), Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(w.feedbackIsProblem());
        const QString feedback = w.feedback();
        QVERIFY2(feedback.startsWith(QStringLiteral("Not printed: the printer No Such Printer 7 is not available")),
                 qPrintable(feedback));
        QTest::qWait(300); // a print under way would have recorded by now
        for (const qint64 order : {101, 102})
            QCOMPARE(bench.state(order), QStringLiteral("to-ship"));
        QCOMPARE(Outbox(*db).counts().pending(), 0);
        QCOMPARE(w.window.printController()->actionsRunning(), 0);
    }

    // A batch is recorded first and its labels go out after: closing the window in between (a packer's Alt+F4, the
    // end of a shift) waits for the labels, then closes by itself. No shipment is left printed without its label.
    void closingDuringABatchWaitsForItsLabels_data() { TestDatabase::addBackendRows(); }
    void closingDuringABatchWaitsForItsLabels()
    {
        OPEN_TEST_DATABASE();
        Bench bench(*db);
        QList<qint64> orders;
        for (qint64 order = 201; order <= 240; ++order)
            orders << order;
        QVERIFY(bench.import(orders));
        // As the application has it: the window goes when it closes.
        auto *mainWindow = new MainWindow(bench.profile, bench.database, bench.stores, QStringLiteral("Bench 2"));
        mainWindow->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<MainWindow> window(mainWindow);
        const auto cleanup = qScopeGuard([&] { delete window.data(); });
        mainWindow->resize(1500, 800);
        mainWindow->show();
        mainWindow->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(mainWindow));
        ShipmentsView *view = mainWindow->shipmentsView();
        QTRY_VERIFY(!view->isLoading());
        QTRY_COMPARE(view->sortModel()->rowCount(), 40);
        view->table()->selectAll();
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(mainWindow->printController()->actionsRunning() > 0);
        QVERIFY(!mainWindow->close()); // not yet: the labels are not out
        QTRY_VERIFY_WITH_TIMEOUT(window.isNull(), 30000);

        QCOMPARE(bench.outboxRows(), 40);
        QCOMPARE(bench.pdfs().size(), 40);
        for (const qint64 order : std::as_const(orders))
            QCOMPARE(bench.state(order), QStringLiteral("printed"));
    }

    // Print with options: part of a shipment in two parcels; the rest stays to ship.
    void printWithOptionsShipsPartInParcels_data() { TestDatabase::addBackendRows(); }
    void printWithOptionsShipsPartInParcels()
    {
        OPEN_TEST_DATABASE();
        Bench bench(*db);
        QVERIFY(bench.import({101}));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE shipment_items SET quantity = 3")));
        QVERIFY(query.exec(QStringLiteral("UPDATE shipments SET item_count = 3")));
        Window w(bench);
        QVERIFY(w.ready());
        w.select({bench.keyOf(101)});
        QTest::keyClick(w.view->table(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        PrintOptionsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.window.findChild<PrintOptionsDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        auto *quantity =
            qobject_cast<QSpinBox *>(dialog->findChild<QTableWidget *>(QStringLiteral("itemsTable"))->cellWidget(0, 0));
        QVERIFY(quantity);
        QCOMPARE(quantity->value(), 3);
        quantity->setValue(0);
        auto *print = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!print->isEnabled()); // nothing to ship
        quantity->setValue(1);
        dialog->findChild<QSpinBox *>(QStringLiteral("parcelsSpin"))->setValue(2);
        QSignalSpy finished(w.window.printController(), &PrintController::finished);
        print->click();
        WAIT_FINISHED(finished, 1);
        const QString part = bench.keyOf(101) + QStringLiteral("#1");
        QCOMPARE(bench.scalar(QStringLiteral("SELECT state FROM shipments WHERE shipment_key = ?"), {part}),
                 QStringLiteral("printed"));
        QCOMPARE(bench.scalar(QStringLiteral("SELECT parcels FROM shipments WHERE shipment_key = ?"), {part}),
                 QStringLiteral("2"));
        QCOMPARE(bench.state(101), QStringLiteral("to-ship"));
        QCOMPARE(
            bench.scalar(QStringLiteral("SELECT item_count FROM shipments WHERE shipment_key = ?"), {bench.keyOf(101)}),
            QStringLiteral("2"));
        QCOMPARE(bench.pdfs().size(), 1);
    }

    void printingAPrintedShipmentIsRefused_data() { TestDatabase::addBackendRows(); }
    void printingAPrintedShipmentIsRefused()
    {
        OPEN_TEST_DATABASE();
        Bench bench(*db);
        QVERIFY(bench.import({201, 202}));
        Window w(bench);
        QVERIFY(w.ready());
        w.view->setStateFilter(std::nullopt);
        QTRY_VERIFY(!w.view->isLoading());
        w.select({bench.keyOf(201)});
        QSignalSpy finished(w.window.printController(), &PrintController::finished);
        QTest::keyClick(w.view->table(), Qt::Key_P, Qt::ControlModifier);
        WAIT_FINISHED(finished, 1);
        const QString tracking = bench.tracking(201);
        const QStringList files = bench.pdfs();
        QCOMPARE(files.size(), 1);
        QVERIFY2(w.feedback().startsWith(QStringLiteral("Printed #201: %1 — write-back queued").arg(tracking)),
                 qPrintable(w.feedback()));
        QTRY_COMPARE(w.cell(bench.keyOf(201), ShipmentsModel::Writeback), QStringLiteral("queued"));

        // Again: refused in plain words, in red; nothing printed, numbered or queued.
        w.select({bench.keyOf(201)});
        QTest::keyClick(w.view->table(), Qt::Key_P, Qt::ControlModifier);
        WAIT_FINISHED(finished, 2);
        QVERIFY2(w.feedback().contains(QStringLiteral("Order #201 was printed")), qPrintable(w.feedback()));
        QVERIFY2(w.feedback().contains(QStringLiteral("on Bench 2; use Reprint")), qPrintable(w.feedback()));
        QVERIFY(w.feedbackIsProblem());
        QVERIFY(w.view->printFeedback()->styleSheet().contains(QStringLiteral("#c62828")));
        QCOMPARE(bench.outboxRows(), 1);
        QCOMPARE(bench.tracking(201), tracking);
        QCOMPARE(bench.pdfs(), files);
        QCOMPARE(bench.state(202), QStringLiteral("to-ship"));

        // Reprint gives the same label and writes nothing back again.
        QVERIFY(QFile::remove(QDir(bench.labelDir.path()).filePath(files.constFirst())));
        QTest::keyClick(w.view->table(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        WAIT_FINISHED(finished, 3);
        QCOMPARE(bench.pdfs(), files);
        QCOMPARE(bench.outboxRows(), 1);
        QVERIFY2(w.feedback().startsWith(QStringLiteral("Reprinted #201: %1").arg(tracking)), qPrintable(w.feedback()));
    }

    void scanThenEnterPrintsTheScannedShipment_data() { TestDatabase::addBackendRows(); }
    void scanThenEnterPrintsTheScannedShipment()
    {
        OPEN_TEST_DATABASE();
        Bench bench(*db);
        QVERIFY(bench.import({301, 302, 303}));
        Window w(bench);
        QVERIFY(w.ready());
        QCOMPARE(w.view->model()->rowCount(), 3); // the To ship view
        QSignalSpy finished(w.window.printController(), &PrintController::finished);

        // F2, the scanner types the order number and Enter: found and selected, not printed yet.
        QTest::keyClick(w.view->table(), Qt::Key_F2);
        QLineEdit *scan = w.view->scanEdit();
        QVERIFY(scan->hasFocus());
        QTest::keyClicks(scan, QStringLiteral("#302"));
        QTest::keyClick(scan, Qt::Key_Return);
        QCOMPARE(w.view->selectedKeys(), QStringList{bench.keyOf(302)});
        QCOMPARE(w.view->armedKeys(), QStringList{bench.keyOf(302)});
        QVERIFY2(w.view->scanMessage()->text().contains(QStringLiteral("Enter")),
                 qPrintable(w.view->scanMessage()->text()));
        QTest::qWait(50);
        QCOMPARE(bench.outboxRows(), 0);

        // The second Enter prints exactly that one; the field is ready for the next scan.
        QTest::keyClick(scan, Qt::Key_Return);
        WAIT_FINISHED(finished, 1);
        QCOMPARE(bench.state(302), QStringLiteral("printed"));
        QCOMPARE(bench.state(301), QStringLiteral("to-ship"));
        QCOMPARE(bench.state(303), QStringLiteral("to-ship"));
        QCOMPARE(bench.outboxRows(), 1);
        QCOMPARE(bench.pdfs(), QStringList{QStringLiteral("order-302-%1.pdf").arg(bench.tracking(302))});
        QVERIFY(scan->hasFocus());
        QVERIFY(scan->text().isEmpty());
        QVERIFY(w.view->armedKeys().isEmpty());
        QVERIFY2(w.feedback().startsWith(QStringLiteral("Printed #302: ")), qPrintable(w.feedback()));
        // Printed, it leaves the To ship view.
        QTRY_COMPARE(w.view->model()->rowOfKey(bench.keyOf(302)), -1);

        // One Enter, one print: another Enter on its own prints nothing.
        QTest::keyClick(scan, Qt::Key_Return);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(bench.outboxRows(), 1);

        // A scan, then the selection moved by hand: Enter in the grid shows the details instead of printing.
        QTest::keyClicks(scan, QStringLiteral("301"));
        QTest::keyClick(scan, Qt::Key_Return);
        QCOMPARE(w.view->armedKeys(), QStringList{bench.keyOf(301)});
        w.select({bench.keyOf(303)});
        QVERIFY(w.view->armedKeys().isEmpty());
        QTest::keyClick(w.view->table(), Qt::Key_Return);
        QTest::qWait(100);
        QVERIFY(w.view->detailsPane()->isVisible());
        QCOMPARE(bench.outboxRows(), 1);

        // Scan, then Enter in the grid prints too.
        QTest::keyClick(w.view->table(), Qt::Key_F2);
        QTest::keyClicks(scan, QStringLiteral("303"));
        QTest::keyClick(scan, Qt::Key_Return);
        QCOMPARE(w.view->armedKeys(), QStringList{bench.keyOf(303)});
        w.view->table()->setFocus();
        QTest::keyClick(w.view->table(), Qt::Key_Return);
        WAIT_FINISHED(finished, 2);
        QCOMPARE(bench.state(303), QStringLiteral("printed"));
        QCOMPARE(bench.state(301), QStringLiteral("to-ship"));
        QCOMPARE(bench.outboxRows(), 2);

        // An order with two shipments (parcels to two addresses): its number selects both, and Enter prints both.
        QVERIFY(bench.import({304}, 2));
        w.view->reload();
        QTRY_VERIFY(w.view->model()->rowOfKey(bench.keyOf(304, 1)) >= 0);
        QTest::keyClick(w.view->table(), Qt::Key_F2);
        QTest::keyClicks(scan, QStringLiteral("304"));
        QTest::keyClick(scan, Qt::Key_Return);
        QCOMPARE(w.view->armedKeys().size(), 2);
        QVERIFY2(w.view->scanMessage()->text().contains(QStringLiteral("2 shipments")),
                 qPrintable(w.view->scanMessage()->text()));
        QTest::keyClick(scan, Qt::Key_Return);
        WAIT_FINISHED(finished, 3);
        QCOMPARE(bench.outboxRows(), 4);
        QCOMPARE(
            bench.scalar(QStringLiteral("SELECT count(*) FROM shipments WHERE order_id = 304 AND state = 'printed'")),
            QStringLiteral("2"));
    }

    void voidBeforeWritebackMakesItToShipAgain_data() { TestDatabase::addBackendRows(); }
    void voidBeforeWritebackMakesItToShipAgain()
    {
        OPEN_TEST_DATABASE();
        Bench bench(*db);
        QVERIFY(bench.import({401, 402}));
        Window w(bench);
        QVERIFY(w.ready());
        w.view->setStateFilter(std::nullopt);
        QTRY_VERIFY(!w.view->isLoading());
        QSignalSpy finished(w.window.printController(), &PrintController::finished);
        w.select({bench.keyOf(401), bench.keyOf(402)});
        QTest::keyClick(w.view->table(), Qt::Key_P, Qt::ControlModifier);
        WAIT_FINISHED(finished, 1);
        QTRY_COMPARE(w.window.writebackPendingButton()->text(), QStringLiteral("Write-backs pending: 2"));
        QTRY_COMPARE(w.cell(bench.keyOf(401), ShipmentsModel::Writeback), QStringLiteral("queued"));

        // Not sent yet: no question, the write-back is dropped and the shipment is to ship again.
        w.select({bench.keyOf(401)});
        QVERIFY(w.view->voidAction()->isEnabled());
        w.view->voidAction()->trigger();
        WAIT_FINISHED(finished, 2);
        QVERIFY(!w.window.findChild<QMessageBox *>(QStringLiteral("voidConfirmBox")));
        QCOMPARE(bench.state(401), QStringLiteral("to-ship"));
        QCOMPARE(bench.outboxState(401), QStringLiteral("dropped"));
        QCOMPARE(bench.tracking(401), QString());
        QCOMPARE(bench.state(402), QStringLiteral("printed"));
        QTRY_COMPARE(w.cell(bench.keyOf(401), ShipmentsModel::State), QStringLiteral("To ship"));
        QCOMPARE(w.cell(bench.keyOf(401), ShipmentsModel::Writeback), QString());
        QVERIFY2(w.feedback().startsWith(QStringLiteral("Voided #401: to ship again")), qPrintable(w.feedback()));
        QTRY_COMPARE(w.window.writebackPendingButton()->text(), QStringLiteral("Write-backs pending: 1"));
        // It prints again, with a new number.
        w.select({bench.keyOf(401)});
        QTest::keyClick(w.view->table(), Qt::Key_P, Qt::ControlModifier);
        WAIT_FINISHED(finished, 3);
        QCOMPARE(bench.state(401), QStringLiteral("printed"));
    }

    void voidAfterWritebackAsksFirst_data() { TestDatabase::addBackendRows(); }
    void voidAfterWritebackAsksFirst()
    {
        OPEN_TEST_DATABASE();
        Bench bench(*db);
        QVERIFY(bench.import({451}));
        // Printed and written back, as the worker records it.
        Outbox outbox(*db);
        PrintRequest request;
        request.shipmentKey = bench.keyOf(451);
        QVERIFY(outbox.print(request, {}).isOk());
        const std::optional<OutboxRow> claimed = outbox.claimNext({bench.store.id}, &error);
        QVERIFY2(claimed, qPrintable(error));
        QVERIFY2(outbox.recordSent(*claimed, 777, 11, QString(), &error), qPrintable(error));

        Window w(bench);
        QVERIFY(w.ready());
        w.view->setStateFilter(std::nullopt);
        QTRY_VERIFY(!w.view->isLoading());
        QVERIFY2(
            w.cell(bench.keyOf(451), ShipmentsModel::Writeback).contains(QStringLiteral("BigCommerce shipment 777")),
            qPrintable(w.cell(bench.keyOf(451), ShipmentsModel::Writeback)));
        QCOMPARE(w.indexOf(bench.keyOf(451), ShipmentsModel::Writeback).data(Qt::ForegroundRole).value<QColor>(),
                 ShipmentsModel::writebackColor(QStringLiteral("sent")));
        QSignalSpy finished(w.window.printController(), &PrintController::finished);
        w.select({bench.keyOf(451)});
        w.view->voidAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.window.findChild<QMessageBox *>(QStringLiteral("voidConfirmBox"))) && box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("#451")), qPrintable(box->text()));
        // Kept: nothing changes.
        box->findChild<QPushButton *>(QStringLiteral("voidKeepButton"))->click();
        WAIT_FINISHED(finished, 1);
        QCOMPARE(bench.state(451), QStringLiteral("written-back"));
        // Confirmed: a void write-back is queued and the shipment is to ship again.
        w.view->voidAction()->trigger();
        QTRY_VERIFY((box = w.window.findChild<QMessageBox *>(QStringLiteral("voidConfirmBox"))) && box->isVisible());
        box->findChild<QPushButton *>(QStringLiteral("voidConfirmButton"))->click();
        WAIT_FINISHED(finished, 2);
        QCOMPARE(bench.state(451), QStringLiteral("to-ship"));
        QCOMPARE(bench.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'void' AND state = 'queued'")),
                 QStringLiteral("1"));
    }

    // A store that writes back at the end of the day: printing waits, Mark dispatched sends.
    void markDispatchedQueuesTheWaitingWritebacks_data() { TestDatabase::addBackendRows(); }
    void markDispatchedQueuesTheWaitingWritebacks()
    {
        OPEN_TEST_DATABASE();
        Bench bench(*db, WritebackMode::OnDispatch);
        QVERIFY(bench.import({701, 702}));
        Window w(bench);
        QVERIFY(w.ready());
        w.view->setStateFilter(std::nullopt);
        QTRY_VERIFY(!w.view->isLoading());
        QVERIFY(w.view->dispatchAction()->isVisible());
        QSignalSpy finished(w.window.printController(), &PrintController::finished);
        w.select({bench.keyOf(701), bench.keyOf(702)});
        QTest::keyClick(w.view->table(), Qt::Key_P, Qt::ControlModifier);
        WAIT_FINISHED(finished, 1);
        QCOMPARE(bench.outboxState(701), QStringLiteral("waiting-dispatch"));
        QVERIFY2(w.feedback().contains(QStringLiteral("2 waiting for dispatch")), qPrintable(w.feedback()));
        QTRY_VERIFY(
            w.cell(bench.keyOf(701), ShipmentsModel::Writeback).startsWith(QStringLiteral("waiting for dispatch")));
        QTRY_COMPARE(w.window.writebackPendingButton()->text(),
                     QStringLiteral("Write-backs pending: 0 · 2 waiting for dispatch"));

        w.view->dispatchAction()->trigger();
        WAIT_FINISHED(finished, 2);
        QCOMPARE(bench.outboxState(701), QStringLiteral("queued"));
        QCOMPARE(bench.outboxState(702), QStringLiteral("queued"));
        QVERIFY2(w.feedback().startsWith(QStringLiteral("Marked dispatched: 2 write-backs queued")),
                 qPrintable(w.feedback()));
        QTRY_COMPARE(w.cell(bench.keyOf(701), ShipmentsModel::Writeback), QStringLiteral("queued"));
        QTRY_COMPARE(w.window.writebackPendingButton()->text(), QStringLiteral("Write-backs pending: 2"));
    }

    void panelRetriesAFailedWriteback_data() { TestDatabase::addBackendRows(); }
    void panelRetriesAFailedWriteback()
    {
        OPEN_TEST_DATABASE();
        Bench bench(*db);
        QVERIFY(bench.import({501, 502}));
        // Printed; BigCommerce refused it for good.
        Outbox outbox(*db);
        PrintRequest request;
        request.shipmentKey = bench.keyOf(501);
        QVERIFY(outbox.print(request, {}).isOk());
        const std::optional<OutboxRow> claimed = outbox.claimNext({bench.store.id}, &error);
        QVERIFY2(claimed, qPrintable(error));
        QVERIFY2(outbox.recordStopped(*claimed, false, QStringLiteral("the order was deleted in BigCommerce"), &error),
                 qPrintable(error));
        QCOMPARE(bench.state(501), QStringLiteral("write-back-failed"));

        Window w(bench);
        QVERIFY(w.ready());
        w.view->setStateFilter(std::nullopt);
        QTRY_VERIFY(!w.view->isLoading());
        QCOMPARE(w.cell(bench.keyOf(501), ShipmentsModel::Writeback),
                 QStringLiteral("failed because the order was deleted in BigCommerce"));
        QCOMPARE(w.indexOf(bench.keyOf(501), ShipmentsModel::Writeback).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(0xc6, 0x28, 0x28));
        // The status bar says so in red; a click opens the panel.
        QToolButton *failedButton = w.window.writebackFailedButton();
        QTRY_VERIFY(failedButton->isVisible());
        QCOMPARE(failedButton->text(), QStringLiteral("1 failed"));
        WritebackPanel *panel = w.window.writebackPanel();
        QVERIFY(!panel->isVisible());
        failedButton->click();
        QVERIFY(panel->isVisible());
        QTRY_COMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(panel->table()->item(0, WritebackPanel::OrderColumn)->text(), QStringLiteral("#501"));
        QCOMPARE(panel->table()->item(0, WritebackPanel::StateColumn)->text(),
                 QStringLiteral("failed because the order was deleted in BigCommerce"));

        auto *retry = panel->table()
                          ->cellWidget(0, WritebackPanel::ActionsColumn)
                          ->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry);
        retry->click();
        QTRY_COMPARE(bench.outboxState(501), QStringLiteral("queued"));
        QCOMPARE(bench.state(501), QStringLiteral("printed"));
        QTRY_COMPARE(w.cell(bench.keyOf(501), ShipmentsModel::Writeback), QStringLiteral("queued"));
        QTRY_VERIFY(!failedButton->isVisible());
        QTRY_COMPARE(w.window.writebackPendingButton()->text(), QStringLiteral("Write-backs pending: 1"));
        QTRY_COMPARE(panel->table()->item(0, WritebackPanel::StateColumn)->text(), QStringLiteral("queued"));
        QVERIFY(!panel->table()->cellWidget(0, WritebackPanel::ActionsColumn));
    }

    void detailsPaneShowsTheWriteback_data() { TestDatabase::addBackendRows(); }
    void detailsPaneShowsTheWriteback()
    {
        OPEN_TEST_DATABASE();
        Bench bench(*db);
        QVERIFY(bench.import({601}));
        Window w(bench);
        QVERIFY(w.ready());
        w.view->setStateFilter(std::nullopt);
        QTRY_VERIFY(!w.view->isLoading());
        w.select({bench.keyOf(601)});
        QSignalSpy shown(w.view, &ShipmentsView::detailsShown);
        QTest::keyClick(w.view->table(), Qt::Key_F4);
        QVERIFY(shown.wait());
        ShipmentDetailsPane *pane = w.view->detailsPane();
        QTRY_VERIFY(pane->printButton()->isVisible());
        QVERIFY(pane->printButton()->isEnabled());
        QVERIFY(!pane->reprintButton()->isEnabled());
        // The pane's own button prints the shipment it shows.
        QSignalSpy finished(w.window.printController(), &PrintController::finished);
        pane->printButton()->click();
        WAIT_FINISHED(finished, 1);
        const QString tracking = bench.tracking(601);
        QTRY_COMPARE(pane->writebackLabel()->text(), QStringLiteral("queued"));
        QCOMPARE(pane->trackingLabel()->text(), tracking);
        QVERIFY2(pane->printedLabel()->text().endsWith(QStringLiteral(" on Bench 2")),
                 qPrintable(pane->printedLabel()->text()));
        QVERIFY(!pane->printButton()->isEnabled());
        QVERIFY(pane->reprintButton()->isEnabled());
        QStringList history;
        for (int row = 0; row < pane->historyTable()->rowCount(); ++row)
            history << pane->historyTable()->item(row, ShipmentDetailsPane::HistoryEvent)->text();
        QVERIFY2(history.contains(QStringLiteral("Label printed: Own sequence %1").arg(tracking)),
                 qPrintable(history.join(QLatin1Char('|'))));
    }
};

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
