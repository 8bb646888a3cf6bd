// Shipments > Import… driven like a user against the sandbox store over real HTTP: a temporary profile with its own
// SQLite database and an in-memory keychain holding the sandbox token. Also the main window's grid after an import.
#include "core/settings/AppSettings.h"
#include "core/storage/ShipmentRepository.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportRunner.h"
#include "core/sync/RefreshScheduler.h"
#include "support/SandboxFixture.h"
#include "support/TestStation.h"
#include "ui/ConnectStorePrompt.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/shipments/ShipmentsModel.h"
#include "ui/shipments/ShipmentsView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Packbench;

namespace {
constexpr int kImportTimeoutMs = 120000;

template <typename T> T *child(QWidget *root, const QString &name)
{
    T *widget = root->findChild<T *>(name);
    if (!widget)
        qWarning("no widget %s", qPrintable(name));
    return widget;
}

// A station with one store that points at an in-process sandbox.
struct Harness
{
    SandboxFixture sandbox;
    TestStation station;
    StoreConfig store;

    explicit Harness(int orders, std::function<void(SandboxOptions &)> configure = {},
                     TestDatabase::Backend backend = TestDatabase::Backend::SQLite)
        : sandbox(orders, std::move(configure))
        , station(backend)
    {
    }

    bool addStore()
    {
        if (!sandbox.isListening()) {
            qWarning("sandbox: %s", qPrintable(sandbox.error()));
            return false;
        }
        store = StoreConfig::withDefaults();
        store.name = QStringLiteral("Main");
        store.apiPath = sandbox.apiPath();
        store.clientId = QStringLiteral("client-1");
        std::optional<StoreService::Result> result;
        station.stores->addStore(store, sandbox.token(), QString(), nullptr,
                                 [&result](const StoreService::Result &r) { result = r; });
        QElapsedTimer clock;
        clock.start();
        while (!result && clock.elapsed() < 10000)
            QTest::qWait(10);
        if (!result || !result->isOk()) {
            qWarning("addStore: %s", result ? qPrintable(result->message) : "no answer");
            return false;
        }
        // The token sits in this station's (fake) keychain, under the profile and the store's id.
        return station.secrets.entries.value(SecretStore::accessTokenKey(station.profile, store.id)) == sandbox.token();
    }

    QList<ShipmentRow> shipments(std::optional<ShipmentState> state = std::nullopt)
    {
        ShipmentFilter filter;
        filter.state = state;
        return ShipmentQuery(*station.database).list(filter);
    }

    int ordersInDatabase()
    {
        QSet<qint64> orders;
        const QList<ShipmentRow> rows = shipments();
        for (const ShipmentRow &row : rows)
            orders.insert(row.orderId);
        return static_cast<int>(orders.size());
    }
};

bool postToSandbox(SandboxFixture &sandbox, const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager network;
    QUrl url = sandbox.server().rootUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("X-Auth-Token", sandbox.token().toUtf8());
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    const bool answered = done.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!answered || status / 100 != 2)
        qWarning("sandbox POST %s: %d %s", qPrintable(path), status, reply->readAll().constData());
    reply->deleteLater();
    return answered && status / 100 == 2;
}

// Chooses a store once the dialog has read them (on its worker thread).
void chooseStore(ImportDialog &dialog, const QString &name)
{
    if (!QTest::qWaitFor([&dialog] { return !dialog.isLoadingStores(); }))
        qWarning("the stores never came");
    auto *combo = child<QComboBox>(&dialog, QStringLiteral("importStoreCombo"));
    combo->setCurrentIndex(combo->findText(name));
}

// Clicks Import and waits for the end of the run; the report, or nullopt on a timeout.
std::optional<ImportReport> runImport(ImportDialog &dialog)
{
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("startImportButton")), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(kImportTimeoutMs))
        return std::nullopt;
    return finished.constFirst().at(1).value<ImportReport>();
}
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ImportReport>(); }

    void prefillsTheStoresStatuses()
    {
        Harness h(10);
        QVERIFY(h.addStore());
        ImportDialog dialog(h.station.profile, *h.station.database, *h.station.stores);
        dialog.show();
        auto *combo = child<QComboBox>(&dialog, QStringLiteral("importStoreCombo"));
        QTRY_COMPARE(combo->count(), 2);
        QCOMPARE(combo->itemText(0), QStringLiteral("All stores"));
        chooseStore(dialog, QStringLiteral("Main"));
        const QList<int> defaults = StoreConfig::withDefaults().importStatuses;
        for (int id = 0; id <= 14; ++id) {
            auto *box = child<QCheckBox>(&dialog, QStringLiteral("importStatus-%1").arg(id));
            QVERIFY(box);
            QCOMPARE(box->isChecked(), defaults.contains(id));
        }
        auto *days = child<QSpinBox>(&dialog, QStringLiteral("importDaysSpin"));
        QCOMPARE(days->value(), 7);
        QCOMPARE(days->minimum(), 1);
        QCOMPARE(days->maximum(), 3650);
        QVERIFY(child<QProgressBar>(&dialog, QStringLiteral("importProgress")));
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("importProgressLabel")));
    }

    void namesStatusesAsTheStoreDoesAndRemembersTheLastChoicePerStore()
    {
        // Two stores straight in the database, no token on this station: an import starts and fails at once, which
        // is enough to remember what it was asked for.
        TestStation station;
        StoreRepository repository(*station.database);
        QString error;
        StoreConfig main = StoreConfig::withDefaults();
        main.name = QStringLiteral("Main");
        main.apiPath = QStringLiteral("https://api.bigcommerce.com/stores/abc123/v3/");
        main.storeHash = QStringLiteral("abc123");
        main.clientId = QStringLiteral("client-1");
        StoreConfig kids = main;
        kids.id = QUuid::createUuid();
        kids.name = QStringLiteral("Kids");
        kids.apiPath = QStringLiteral("https://api.bigcommerce.com/stores/kids9/v3/");
        kids.storeHash = QStringLiteral("kids9");
        QCOMPARE(repository.insert(main, &error), StoreRepository::Outcome::Ok);
        QCOMPARE(repository.insert(kids, &error), StoreRepository::Outcome::Ok);
        QVERIFY(repository.saveStatusLabels(main.id, {{11, QStringLiteral("Ready to pick")}}, &error));
        auto box = [](ImportDialog &dialog, int id) {
            return child<QCheckBox>(&dialog, QStringLiteral("importStatus-%1").arg(id));
        };
        {
            ImportDialog dialog(station.profile, *station.database, *station.stores);
            dialog.show();
            chooseStore(dialog, QStringLiteral("Main"));
            QCOMPARE(box(dialog, 11)->text(), QStringLiteral("Ready to pick"));
            QVERIFY2(box(dialog, 11)->toolTip().contains(QStringLiteral("Awaiting Fulfillment")),
                     qPrintable(box(dialog, 11)->toolTip()));
            QCOMPARE(box(dialog, 9)->text(), QStringLiteral("Awaiting Shipment"));
            chooseStore(dialog, QStringLiteral("Kids"));
            QCOMPARE(box(dialog, 11)->text(), QStringLiteral("Awaiting Fulfillment"));
            // All stores: the store's own name, as only Main renamed it.
            chooseStore(dialog, QStringLiteral("All stores"));
            QCOMPARE(box(dialog, 11)->text(), QStringLiteral("Ready to pick"));

            chooseStore(dialog, QStringLiteral("Main"));
            child<QSpinBox>(&dialog, QStringLiteral("importDaysSpin"))->setValue(30);
            box(dialog, 11)->setChecked(false);
            box(dialog, 12)->setChecked(true);
            const std::optional<ImportReport> report = runImport(dialog);
            QVERIFY(report);
            QVERIFY(!report->isOk()); // no token here
            // Another store keeps its own defaults.
            chooseStore(dialog, QStringLiteral("Kids"));
            QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("importDaysSpin"))->value(), 7);
            QVERIFY(box(dialog, 11)->isChecked());
            QVERIFY(!box(dialog, 12)->isChecked());
        }
        // A new dialog (a restart) on the same profile fills in Main's last choice.
        ImportDialog dialog(station.profile, *station.database, *station.stores);
        dialog.show();
        chooseStore(dialog, QStringLiteral("Main"));
        QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("importDaysSpin"))->value(), 30);
        for (int id = 0; id <= 14; ++id)
            QCOMPARE(box(dialog, id)->isChecked(), id == 9 || id == 12);
        chooseStore(dialog, QStringLiteral("Kids"));
        QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("importDaysSpin"))->value(), 7);
        // Another profile knows nothing of it.
        TestStation other;
        QVERIFY(!AppSettings(other.profile).importChoice(main.id));
        QCOMPARE(AppSettings(station.profile).importChoice(main.id)->days, 30);
    }

    void closingTheWindowDuringAnImportAsks()
    {
        Harness h(1500, [](SandboxOptions &options) { options.latencyMs = 200; });
        QVERIFY(h.addStore());
        MainWindow window(h.station.profile, *h.station.database, *h.station.stores, QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openImport();
        ImportDialog *dialog = window.importDialog();
        chooseStore(*dialog, QStringLiteral("Main"));
        child<QSpinBox>(dialog, QStringLiteral("importDaysSpin"))->setValue(3650);
        QSignalSpy finished(dialog, &ImportDialog::importFinished);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("startImportButton")), Qt::LeftButton);
        // Some pages in, more to come.
        QTRY_VERIFY_WITH_TIMEOUT(h.ordersInDatabase() > 0, 30000);

        // The window's close button: the question, and the window stays.
        QVERIFY(!window.close());
        auto *question = window.findChild<QMessageBox *>(QStringLiteral("closeDuringImportBox"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(window.isVisible());
        // Keep it open: the import goes on.
        QTest::mouseClick(child<QPushButton>(question, QStringLiteral("keepOpenButton")), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("closeDuringImportBox")));
        QVERIFY(window.isVisible());
        QVERIFY(dialog->isRunning());
        QVERIFY(finished.isEmpty());

        // File > Quit asks too; cancel the import: it stops after the page being saved, then the window closes.
        window.findChild<QAction *>(QStringLiteral("quitAction"))->trigger();
        question = window.findChild<QMessageBox *>(QStringLiteral("closeDuringImportBox"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(window.isVisible());
        QTest::mouseClick(child<QPushButton>(question, QStringLiteral("cancelImportAndCloseButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QTRY_VERIFY(!window.isVisible());
        const ImportReport report = finished.constFirst().at(1).value<ImportReport>();
        QCOMPARE(report.failure, ImportReport::Failure::Cancelled);
        // What was imported stays.
        QVERIFY(report.newOrders > 0);
        QCOMPARE(h.ordersInDatabase(), report.newOrders);
    }

    void aTerminationRequestCancelsTheImportWithoutAsking()
    {
        Harness h(1500, [](SandboxOptions &options) { options.latencyMs = 200; });
        QVERIFY(h.addStore());
        auto window =
            std::make_unique<MainWindow>(h.station.profile, *h.station.database, *h.station.stores, QString());
        window->show();
        window->openImport();
        ImportDialog *dialog = window->importDialog();
        chooseStore(*dialog, QStringLiteral("Main"));
        child<QSpinBox>(dialog, QStringLiteral("importDaysSpin"))->setValue(3650);
        QSignalSpy finished(dialog, &ImportDialog::importFinished);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("startImportButton")), Qt::LeftButton);
        // Some pages in, more to come.
        QTRY_VERIFY_WITH_TIMEOUT(h.ordersInDatabase() > 0, 30000);
        window->closeForTermination();
        // Closed at once, no question in the way.
        QVERIFY(!window->isVisible());
        QVERIFY(!window->findChild<QMessageBox *>(QStringLiteral("closeDuringImportBox")));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(finished.constFirst().at(1).value<ImportReport>().failure, ImportReport::Failure::Cancelled);
        window.reset(); // the runner's thread ends with the window
        QVERIFY(h.ordersInDatabase() > 0);
    }

    // The stores and their status names are read on the dialog's worker thread, and the import runs on the runner's:
    // opening the dialog, choosing a store, importing and reading the stores again never ask the database on the GUI
    // thread. A read under way keeps what the dialog shows, and only the newest read's answer is shown.
    void theGuiThreadNeverWaitsOnTheDatabase()
    {
        Harness h(10);
        QVERIFY(h.addStore());
        h.station.database->watchGuiThread(true);
        ImportDialog dialog(h.station.profile, *h.station.database, *h.station.stores);
        dialog.show();
        QVERIFY(dialog.isLoadingStores());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("startImportButton"))->isEnabled());
        chooseStore(dialog, QStringLiteral("Main"));
        QVERIFY(child<QPushButton>(&dialog, QStringLiteral("startImportButton"))->isEnabled());
        const std::optional<ImportReport> report = runImport(dialog);
        QVERIFY(report);
        QVERIFY2(report->isOk(), qPrintable(report->error));

        // Two reads in a row: one answer is shown, the newer one; the choice stays meanwhile.
        QSignalSpy loaded(&dialog, &ImportDialog::storesLoaded);
        dialog.reloadStores();
        dialog.reloadStores();
        QVERIFY(dialog.isLoadingStores());
        QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("importStoreCombo"))->currentText(), QStringLiteral("Main"));
        QTRY_VERIFY(!dialog.isLoadingStores());
        QTest::qWait(50);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("importStoreCombo"))->currentText(), QStringLiteral("Main"));

        QCOMPARE(h.station.database->guiThreadUses(), 0);
        h.station.database->watchGuiThread(false);
        QCOMPARE(h.ordersInDatabase(), report->newOrders);
    }

    void noStatusShowsAnInlineError()
    {
        Harness h(10);
        QVERIFY(h.addStore());
        ImportDialog dialog(h.station.profile, *h.station.database, *h.station.stores);
        dialog.show();
        chooseStore(dialog, QStringLiteral("Main"));
        for (int id = 0; id <= 14; ++id)
            child<QCheckBox>(&dialog, QStringLiteral("importStatus-%1").arg(id))->setChecked(false);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("startImportButton")), Qt::LeftButton);
        QVERIFY(!dialog.isRunning());
        QVERIFY2(dialog.resultText().contains(QStringLiteral("at least one order status")),
                 qPrintable(dialog.resultText()));
        QVERIFY(dialog.isVisible());
    }

    // What the dialog's import wrote is read back from the station's database: on both backends.
    void importsAndReimportsNothingNew_data() { TestDatabase::addBackendRows(); }
    void importsAndReimportsNothingNew()
    {
        QFETCH(TestDatabase::Backend, backend);
        Harness h(300, {}, backend);
        PACKBENCH_REQUIRE_DATABASE(h.station.testDatabase);
        QVERIFY2(h.station.database, qPrintable(h.station.error));
        QVERIFY(h.addStore());
        ImportDialog dialog(h.station.profile, *h.station.database, *h.station.stores);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseStore(dialog, QStringLiteral("Main"));
        child<QSpinBox>(&dialog, QStringLiteral("importDaysSpin"))->setValue(30);

        QSignalSpy started(&dialog, &ImportDialog::importStarted);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("startImportButton")), Qt::LeftButton);
        QCOMPARE(started.size(), 1);
        QVERIFY(dialog.isRunning());
        // Inputs wait while the import runs.
        QVERIFY(!child<QComboBox>(&dialog, QStringLiteral("importStoreCombo"))->isEnabled());
        QVERIFY(!child<QSpinBox>(&dialog, QStringLiteral("importDaysSpin"))->isEnabled());
        QVERIFY(!child<QCheckBox>(&dialog, QStringLiteral("importStatus-11"))->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("startImportButton"))->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, QStringLiteral("cancelImportButton"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kImportTimeoutMs);

        const ImportReport report = finished.constFirst().at(1).value<ImportReport>();
        QVERIFY2(report.isOk(), qPrintable(report.error));
        QVERIFY(report.newOrders > 0);
        QCOMPARE(report.newOrders, h.ordersInDatabase());
        const QString result = dialog.resultText();
        QVERIFY2(result.startsWith(QStringLiteral("%1 new, ").arg(report.newOrders)), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("%1 skipped").arg(report.skipped.size())), qPrintable(result));
        QCOMPARE(child<QProgressBar>(&dialog, QStringLiteral("importProgress"))->value(),
                 child<QProgressBar>(&dialog, QStringLiteral("importProgress"))->maximum());
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("importProgressLabel"))->text().size() > 0);
        QVERIFY(child<QPushButton>(&dialog, QStringLiteral("startImportButton"))->isEnabled());
        // Again: everything is known already.
        const std::optional<ImportReport> again = runImport(dialog);
        QVERIFY(again);
        QVERIFY2(again->isOk(), qPrintable(again->error));
        QCOMPARE(again->newOrders, 0);
        QCOMPARE(again->unchangedOrders, report.newOrders);
        QVERIFY2(dialog.resultText().startsWith(QStringLiteral("0 new, 0 updated, %1 unchanged").arg(report.newOrders)),
                 qPrintable(dialog.resultText()));
        QCOMPARE(h.ordersInDatabase(), report.newOrders);
    }

    void theWindowKeepsRespondingWhileImporting()
    {
        // Enough orders for a few seconds of parsing and writing, all of it off the GUI thread. The sandbox itself
        // answers on the GUI thread, so the gaps include its own work of rendering each page.
        Harness h(3000);
        QVERIFY(h.addStore());
        ImportDialog dialog(h.station.profile, *h.station.database, *h.station.stores);
        dialog.show();
        chooseStore(dialog, QStringLiteral("Main"));
        child<QSpinBox>(&dialog, QStringLiteral("importDaysSpin"))->setValue(3650);

        // The GUI thread keeps turning while the import runs on its worker thread.
        QElapsedTimer clock;
        qint64 lastTick = 0;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(50);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - lastTick);
            lastTick = now;
            ++ticks;
        });

        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        clock.start();
        ticker.start();
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("startImportButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kImportTimeoutMs);
        ticker.stop();
        const qint64 elapsed = clock.elapsed();
        const ImportReport report = finished.constFirst().at(1).value<ImportReport>();
        QVERIFY2(report.isOk(), qPrintable(report.error));
        qInfo("import: %d new in %lld ms; %d ticks of 50 ms, longest gap %lld ms", report.newOrders, elapsed, ticks,
              longestGap);
        QVERIFY(report.newOrders > 1000);
        QVERIFY2(longestGap < 750, qPrintable(QString::number(longestGap)));
        QVERIFY2(ticks >= elapsed / 50 / 3, qPrintable(QString::number(ticks)));
    }

    void skippedOrdersAreGroupedByReason()
    {
        ImportReport report;
        report.newOrders = 5;
        report.skipped = {{QStringLiteral("Main"), 1, QStringLiteral("digital only: nothing to ship")},
                          {QStringLiteral("Main"), 2, QStringLiteral("no shipping address or pickup: nothing to ship")},
                          {QStringLiteral("Main"), 3, QStringLiteral("digital only: nothing to ship")}};
        const QString text = ImportDialog::summary(report);
        QVERIFY2(text.startsWith(QStringLiteral("5 new, 0 updated, 0 unchanged, 3 skipped")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("3 skipped: digital only: nothing to ship (2), no shipping address or "
                                              "pickup: nothing to ship (1)")),
                 qPrintable(text));
    }

    // Several stores: each store's outcome, so one that failed is never hidden by one that worked.
    void eachStoresOutcomeIsListed()
    {
        ImportReport report;
        report.newOrders = 3;
        StoreImportOutcome main;
        main.storeName = QStringLiteral("Main");
        main.newOrders = 3;
        StoreImportOutcome kids;
        kids.storeName = QStringLiteral("Kids");
        kids.failure = ImportFailure::Database;
        kids.error = QStringLiteral("the disk is full");
        report.stores = {main, kids};
        report.failure = ImportFailure::Database;
        report.error = QStringLiteral("Kids: the disk is full");
        const QString text = ImportDialog::summary(report);
        QVERIFY2(text.contains(QStringLiteral("Main: done, 3 new, 0 updated, 0 unchanged, 0 skipped.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Kids: failed: the disk is full")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Main: failed")));
    }

    void cancelKeepsWhatWasImportedAndStaysUsable()
    {
        Harness h(1500, [](SandboxOptions &options) { options.latencyMs = 200; });
        QVERIFY(h.addStore());
        ImportDialog dialog(h.station.profile, *h.station.database, *h.station.stores);
        dialog.show();
        chooseStore(dialog, QStringLiteral("Main"));
        child<QSpinBox>(&dialog, QStringLiteral("importDaysSpin"))->setValue(3650);

        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        auto *cancel = child<QPushButton>(&dialog, QStringLiteral("cancelImportButton"));
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("startImportButton")), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        // Let the first page come in, then cancel.
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&dialog, QStringLiteral("importProgressLabel"))->text().contains(QStringLiteral("requests")),
            30000);
        QVERIFY(finished.isEmpty());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // Cancel while running does not close
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        const ImportReport report = finished.constFirst().at(1).value<ImportReport>();
        QCOMPARE(report.failure, ImportReport::Failure::Cancelled);
        QVERIFY2(dialog.resultText().contains(QStringLiteral("Cancelled")), qPrintable(dialog.resultText()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isRunning());
        // What was imported before the cancel stays.
        QCOMPARE(h.ordersInDatabase(), report.newOrders);

        // Usable again: inputs back, and a second import runs to the end.
        QVERIFY(child<QPushButton>(&dialog, QStringLiteral("startImportButton"))->isEnabled());
        QVERIFY(child<QSpinBox>(&dialog, QStringLiteral("importDaysSpin"))->isEnabled());
        QCOMPARE(cancel->text(), QStringLiteral("Close"));
        const std::optional<ImportReport> rest = runImport(dialog);
        QVERIFY(rest);
        QVERIFY2(rest->isOk(), qPrintable(rest->error));
        QCOMPARE(h.ordersInDatabase(), report.newOrders + rest->newOrders);

        // Idle, Cancel closes.
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }

    void mainWindowShowsTheImportedRows()
    {
        Harness h(300);
        QVERIFY(h.addStore());
        MainWindow window(h.station.profile, *h.station.database, *h.station.stores, QStringLiteral("Bench 2"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ShipmentsView *view = window.shipmentsView();
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QVERIFY(!window.connectStorePrompt()->isVisible());
        auto *table = window.findChild<QTableView *>(QStringLiteral("shipmentsTable"));
        QVERIFY(table);
        QTRY_VERIFY(!view->isLoading());
        QCOMPARE(table->model()->rowCount(), 0);

        window.openImport();
        ImportDialog *dialog = window.importDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        chooseStore(*dialog, QStringLiteral("Main"));
        child<QSpinBox>(dialog, QStringLiteral("importDaysSpin"))->setValue(30);
        auto *sync = window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
        QVERIFY(sync);
        QSignalSpy finished(dialog, &ImportDialog::importFinished);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("startImportButton")), Qt::LeftButton);
        QCOMPARE(sync->text(), QStringLiteral("Syncing Main…"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kImportTimeoutMs);
        const ImportReport report = finished.constFirst().at(1).value<ImportReport>();
        QVERIFY2(report.isOk(), qPrintable(report.error));
        QVERIFY2(sync->text().startsWith(QStringLiteral("Last sync ")), qPrintable(sync->text()));
        QVERIFY(sync->text().endsWith(QStringLiteral("(Main)")));

        const int toShip = static_cast<int>(h.shipments(ShipmentState::ToShip).size());
        QVERIFY(toShip > 0);
        QTRY_COMPARE(table->model()->rowCount(), toShip);
        auto *count = window.findChild<QLabel *>(QStringLiteral("shipmentsCountLabel"));
        QTRY_COMPARE(count->text(), QStringLiteral("%1 shipments").arg(toShip));

        // A fresh query of the same filter gives the same rows as the incremental updates did.
        QSignalSpy loaded(view, &ShipmentsView::loaded);
        view->reload();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(table->model()->rowCount(), toShip);
        // Sorted by order number, by value.
        qint64 previous = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const qint64 order =
                table->model()->index(row, ShipmentsModel::Order).data(ShipmentsModel::RawValueRole).toLongLong();
            QVERIFY(order >= previous);
            previous = order;
        }
        // The merchant ships an order outside Packbench; Shipments > Refresh now takes it out of To ship.
        const ShipmentRow shippedElsewhere = view->model()->rowAt(0);
        QVERIFY(postToSandbox(
            h.sandbox, QStringLiteral("/__sandbox/orders/%1").arg(shippedElsewhere.orderId),
            QJsonObject{{QStringLiteral("status_id"), 2}, {QStringLiteral("date_modified"), QStringLiteral("now")}}));
        QSignalSpy refreshed(window.refreshScheduler(), &RefreshScheduler::refreshFinished);
        auto *refreshAction = window.findChild<QAction *>(QStringLiteral("refreshNowAction"));
        QVERIFY(refreshAction && refreshAction->isEnabled());
        refreshAction->trigger();
        QCOMPARE(sync->text(), QStringLiteral("Syncing Main…"));
        QVERIFY(refreshed.wait(30000));
        const ImportReport refreshReport = refreshed.constFirst().at(1).value<ImportReport>();
        QVERIFY2(refreshReport.isOk(), qPrintable(refreshReport.error));
        QVERIFY(sync->text().startsWith(QStringLiteral("Last sync ")));
        const int stillToShip = static_cast<int>(h.shipments(ShipmentState::ToShip).size());
        QVERIFY(stillToShip < toShip);
        QTRY_COMPARE(table->model()->rowCount(), stillToShip);
        QCOMPARE(view->model()->rowOfKey(shippedElsewhere.key), -1);
        QCOMPARE(count->text(), QStringLiteral("%1 shipments").arg(stillToShip));

        // All states shows at least as many.
        view->setStateFilter(std::nullopt);
        QTRY_VERIFY(!view->isLoading());
        QCOMPARE(table->model()->rowCount(), static_cast<int>(h.shipments().size()));
        dialog->close();
    }

    void whyExplainsAnOrderFromTheWindow()
    {
        Harness h(200);
        QVERIFY(h.addStore());
        MainWindow window(h.station.profile, *h.station.database, *h.station.stores, QString());
        window.show();
        QSignalSpy explained(&window, &MainWindow::orderExplained);
        // An order in a status that is not imported (7 Awaiting Payment), straight from the sandbox.
        QNetworkAccessManager network;
        QUrl url = h.sandbox.server().rootUrl();
        url.setPath(QStringLiteral("/stores/sandbox1/v2/orders"));
        url.setQuery(QStringLiteral("status_id=7&limit=1"));
        QNetworkRequest request(url);
        request.setRawHeader("X-Auth-Token", h.sandbox.token().toUtf8());
        QNetworkReply *reply = network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const qint64 orderId = QJsonDocument::fromJson(reply->readAll()).array().at(0)[QLatin1String("id")].toInteger();
        reply->deleteLater();
        QVERIFY(orderId > 0);

        window.explainOrder(h.store.id, orderId);
        QTRY_COMPARE_WITH_TIMEOUT(explained.count(), 1, 20000);
        const QString text = explained.constFirst().constFirst().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("on hold")), qPrintable(text)); // 7 Awaiting Payment
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("whyMessageBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QString::number(orderId)));
    }

    void mainWindowShowsSyncFailures()
    {
        Harness h(10);
        QVERIFY(h.addStore());
        // This station's token no longer works (revoked in BigCommerce).
        h.station.secrets.entries.insert(SecretStore::accessTokenKey(h.station.profile, h.store.id),
                                         QStringLiteral("revoked-token"));
        MainWindow window(h.station.profile, *h.station.database, *h.station.stores, QString());
        window.show();
        window.openImport();
        ImportDialog *dialog = window.importDialog();
        chooseStore(*dialog, QStringLiteral("Main"));
        const std::optional<ImportReport> report = runImport(*dialog);
        QVERIFY(report);
        QVERIFY(!report->isOk());
        auto *sync = window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
        QVERIFY2(sync->text().startsWith(QStringLiteral("Sync failed (Main): ")), qPrintable(sync->text()));
        QCOMPARE(sync->toolTip(), report->error);
        QVERIFY(dialog->resultText().contains(report->error.section(QLatin1Char('\n'), 0, 0)));
        QVERIFY(dialog->isVisible());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
