// The Stock screen driven like a user: a temporary profile with its own SQLite database (levels, BigCommerce's levels,
// allocations and push results written through StockRepository), and a push through the in-process sandbox store
// over real HTTP. The GUI thread must never ask the database: Database::watchGuiThread counts it.
#include "core/inventory/StockPushJob.h"
#include "core/storage/StockRepository.h"
#include "core/storage/StoreRepository.h"
#include "support/ImportedRows.h"
#include "support/SandboxFixture.h"
#include "support/TestStation.h"
#include "support/TestStores.h"
#include "ui/WheelGuard.h"
#include "ui/stock/StockChangesModel.h"
#include "ui/stock/StockImportDialog.h"
#include "ui/stock/StockModel.h"
#include "ui/stock/StockPushDialog.h"
#include "ui/stock/StockScreen.h"
#include "ui/stock/StockSortModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <memory>

using namespace Packbench;

namespace {
constexpr int kWaitMs = 20000;

template <typename T> T *child(QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

// What the test itself reads or writes on the GUI thread is not counted against the screen.
struct Unwatched
{
    explicit Unwatched(Database &db)
        : database(db)
    {
        database.watchGuiThread(false);
    }
    ~Unwatched() { database.watchGuiThread(true); }
    Database &database;
};

StoreConfig insertStore(Database &database, const QString &name, const QString &hash)
{
    StoreConfig store = TestStores::bigCommerce(name, hash);
    QString error;
    if (StoreRepository(database).insert(store, &error) != StoreRepository::Outcome::Ok)
        qFatal("store: %s", qPrintable(error));
    return store;
}

StockLevel level(const QString &sku, int locationId, qint64 quantity)
{
    StockLevel level;
    level.sku = sku;
    level.locationId = locationId;
    level.quantity = quantity;
    return level;
}

RemoteStock remote(const QString &sku, int locationId, const QString &locationName, qint64 onHand)
{
    RemoteStock item;
    item.sku = sku;
    item.locationId = locationId;
    item.locationName = locationName;
    item.onHand = onHand;
    item.availableToSell = onHand;
    item.productId = 100;
    item.variantId = 200;
    return item;
}

// The screen has read its stores and the chosen store's stock.
bool waitLoaded(StockScreen &screen)
{
    return QTest::qWaitFor([&screen] { return !screen.isLoadingStores() && !screen.isLoadingStock(); }, kWaitMs);
}

// The model row of a SKU at a location.
const StockRow &rowOf(StockScreen &screen, const QString &sku, int locationId)
{
    const int row = screen.model()->rowOf(sku, locationId);
    if (row < 0)
        qFatal("no row %s at %d", qPrintable(sku), locationId);
    return screen.model()->rowAt(row);
}

QString cell(StockScreen &screen, const QString &sku, int locationId, int column)
{
    const int row = screen.model()->rowOf(sku, locationId);
    return screen.model()->index(row, column).data().toString();
}

QStringList shownSkus(StockScreen &screen)
{
    QStringList skus;
    QAbstractItemModel *model = screen.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        skus << model->index(row, StockModel::Sku).data().toString();
    return skus;
}

// A turn of the mouse wheel over the widget, as when scrolling past it.
void wheel(QWidget *widget)
{
    const QPointF pos(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

void scan(StockScreen &screen, const QString &text)
{
    QLineEdit *edit = screen.scanEdit();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

std::optional<qint64> storedLevel(Database &database, const QUuid &storeId, const QString &sku, int locationId)
{
    Unwatched unwatched(database);
    const QList<StockLevel> levels = StockRepository(database).levels(storeId);
    for (const StockLevel &level : levels) {
        if (level.sku == sku && level.locationId == locationId)
            return level.quantity;
    }
    return std::nullopt;
}

QByteArray sandboxCall(SandboxFixture &sandbox, const QByteArray &verb, const QString &path, const QString &query,
                       const QJsonObject &body = {})
{
    QNetworkAccessManager network;
    QUrl url = sandbox.server().rootUrl();
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("X-Auth-Token", sandbox.token().toUtf8());
    QNetworkReply *reply = network.sendCustomRequest(request, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    const bool answered = done.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    if (!answered || status / 100 != 2) {
        qWarning("sandbox %s %s: %d %s", verb.constData(), qPrintable(path), status, answer.constData());
        return QByteArray();
    }
    return answer;
}

// The sandbox store connected through StoreService, its token in the station's keychain; a null id on failure.
StoreConfig addSandboxStore(TestStation &station, SandboxFixture &sandbox)
{
    StoreConfig store = StoreConfig::withDefaults();
    store.name = QStringLiteral("Main");
    store.apiPath = sandbox.apiPath();
    store.clientId = QStringLiteral("client-1");
    std::optional<StoreService::Result> added;
    station.stores->addStore(store, sandbox.token(), QString(), nullptr,
                             [&added](const StoreService::Result &result) { added = result; });
    if (!QTest::qWaitFor([&added] { return added.has_value(); }, kWaitMs) || !added->isOk()) {
        qWarning("addStore: %s", added ? qPrintable(added->message) : "no answer");
        return StoreConfig();
    }
    return store;
}

// The sandbox's on-hand level of a SKU at the default location.
qint64 sandboxOnHand(SandboxFixture &sandbox, const QString &sku)
{
    const QJsonObject item = QJsonDocument::fromJson(sandboxCall(sandbox, "GET", QStringLiteral("/__sandbox/inventory"),
                                                                 QStringLiteral("sku=%1").arg(sku)))
                                 .object();
    const QJsonArray locations = item.value(QLatin1String("locations")).toArray();
    for (const QJsonValue &location : locations) {
        if (location[QLatin1String("location_id")].toInt() == 1)
            return location[QLatin1String("total_inventory_onhand")].toInteger();
    }
    return -1;
}
} // namespace

class TestStockScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<StockPushReport>();
        qRegisterMetaType<StockImportRecord>();
        // As the application does: combo boxes and spin boxes take the wheel only when they have the focus.
        WheelGuard::install(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    }

    // The table from what the repository holds: the warehouse's levels, the allocation subtracted (default location
    // first), BigCommerce's levels and the last push; differences and SKUs BigCommerce lacks highlighted with words
    // beside the tint; the filters; the store chooser; and no database work on the GUI thread.
    void tableShowsLevelsBigCommerceAndAllocations()
    {
        TestStation station;
        QVERIFY2(station.database, qPrintable(station.error));
        Database &db = *station.database;
        const StoreConfig main = insertStore(db, QStringLiteral("Main"), QStringLiteral("main1"));
        const StoreConfig kids = insertStore(db, QStringLiteral("Kids"), QStringLiteral("kids1"));
        QString error;
        // Two orders with two shipments to ship, one SKU-1 each: 4 allocated.
        QVERIFY2(ImportedRows::insert(db.connection(), main.id.toString(QUuid::WithoutBraces), {1001, 1002}, &error),
                 qPrintable(error));
        StockRepository repository(db);
        StockImportRecord record;
        record.fileName = QStringLiteral("stock.csv");
        record.station = QStringLiteral("Bench 2");
        record.importedAt = QDateTime(QDate::currentDate(), QTime(0, 5)).toUTC();
        record.levels = 5;
        record.problems = 1;
        QVERIFY2(repository.importLevels(main.id,
                                         {level(QStringLiteral("SKU-1"), 1, 10), level(QStringLiteral("SKU-1"), 2, 1),
                                          level(QStringLiteral("SKU-2"), 1, 5), level(QStringLiteral("SKU-3"), 1, 7),
                                          level(QStringLiteral("SKU-10"), 1, 0)},
                                         record, &error),
                 qPrintable(error));
        QVERIFY2(repository.saveRemote(main.id,
                                       {remote(QStringLiteral("SKU-1"), 1, QStringLiteral("Default"), 6),
                                        remote(QStringLiteral("SKU-1"), 2, QStringLiteral("Warehouse 2"), 1),
                                        remote(QStringLiteral("SKU-1"), 3, QStringLiteral("Warehouse 3"), 2),
                                        remote(QStringLiteral("SKU-2"), 1, QStringLiteral("Default"), 3),
                                        remote(QStringLiteral("SKU-10"), 1, QStringLiteral("Default"), 0)},
                                       &error),
                 qPrintable(error));
        StockPushResult refused;
        refused.change.sku = QStringLiteral("SKU-2");
        refused.change.target = 5;
        refused.outcome = StockPushOutcome::Refused;
        refused.message = QStringLiteral("Item with sku SKU-2 is locked");
        StockPushResult pushed;
        pushed.change.sku = QStringLiteral("SKU-10");
        pushed.change.target = 0;
        pushed.outcome = StockPushOutcome::Pushed;
        QVERIFY2(repository.savePushResults(main.id, {refused, pushed}, &error), qPrintable(error));
        QVERIFY2(repository.setLevel(kids.id, level(QStringLiteral("KID-1"), 1, 4), QStringLiteral("Bench 3"), &error),
                 qPrintable(error));

        db.watchGuiThread(true);
        StockScreen screen(db, *station.stores, QStringLiteral("Bench 2"));
        QAbstractItemModelTester tester(screen.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        screen.setStore(main.id); // before the stores are read: kept until they are
        screen.resize(760, 520);
        screen.show();
        QVERIFY(waitLoaded(screen));
        auto *storeCombo = child<QComboBox>(&screen, "stockStoreCombo");
        QCOMPARE(storeCombo->count(), 2);
        QCOMPARE(storeCombo->currentText(), QStringLiteral("Main"));
        QCOMPARE(screen.storeId(), main.id);
        // Fits a small main window.
        QVERIFY2(
            screen.minimumSizeHint().width() <= 760 && screen.minimumSizeHint().height() <= 520,
            qPrintable(
                QStringLiteral("%1x%2").arg(screen.minimumSizeHint().width()).arg(screen.minimumSizeHint().height())));

        QCOMPARE(screen.model()->rowCount(), 6); // five levels and BigCommerce's third location of SKU-1
        const StockRow &atDefault = rowOf(screen, QStringLiteral("SKU-1"), 1);
        QCOMPARE(atDefault.warehouse, 10);
        QCOMPARE(atDefault.allocated, 4);
        QCOMPARE(atDefault.target, 6);
        QCOMPARE(atDefault.remote, 6);
        QCOMPARE(atDefault.status, StockRow::Status::Same);
        QCOMPARE(cell(screen, QStringLiteral("SKU-1"), 1, StockModel::Location), QStringLiteral("Default"));
        QCOMPARE(cell(screen, QStringLiteral("SKU-1"), 1, StockModel::ToPush), QStringLiteral("6"));
        const StockRow &second = rowOf(screen, QStringLiteral("SKU-1"), 2);
        QCOMPARE(second.allocated, 0);
        QCOMPARE(second.target, 1);
        QCOMPARE(second.status, StockRow::Status::Same);
        QCOMPARE(cell(screen, QStringLiteral("SKU-1"), 2, StockModel::Location), QStringLiteral("Warehouse 2"));
        const StockRow &third = rowOf(screen, QStringLiteral("SKU-1"), 3);
        QCOMPARE(third.status, StockRow::Status::OnlyAtBigCommerce);
        QCOMPARE(cell(screen, QStringLiteral("SKU-1"), 3, StockModel::Warehouse), QStringLiteral("\u2014"));
        QCOMPARE(cell(screen, QStringLiteral("SKU-1"), 3, StockModel::BigCommerce), QStringLiteral("2"));

        // A difference: tinted, and said in words (the change a push makes).
        QCOMPARE(rowOf(screen, QStringLiteral("SKU-2"), 1).status, StockRow::Status::Differs);
        QCOMPARE(cell(screen, QStringLiteral("SKU-2"), 1, StockModel::ToPush), QStringLiteral("5 (+2)"));
        QCOMPARE(cell(screen, QStringLiteral("SKU-2"), 1, StockModel::LastPush),
                 QStringLiteral("Refused: Item with sku SKU-2 is locked"));
        QCOMPARE(cell(screen, QStringLiteral("SKU-10"), 1, StockModel::LastPush), QStringLiteral("Pushed 0"));
        // Not at BigCommerce: tinted too, and says so.
        QCOMPARE(rowOf(screen, QStringLiteral("SKU-3"), 1).status, StockRow::Status::NotAtBigCommerce);
        QCOMPARE(cell(screen, QStringLiteral("SKU-3"), 1, StockModel::BigCommerce), QStringLiteral("not found"));
        auto background = [&screen](const QString &sku, int column) {
            return screen.model()->index(screen.model()->rowOf(sku, 1), column).data(Qt::BackgroundRole);
        };
        QVERIFY(!background(QStringLiteral("SKU-1"), StockModel::Sku).isValid());
        QVERIFY(background(QStringLiteral("SKU-2"), StockModel::Sku).canConvert<QColor>());
        QVERIFY(background(QStringLiteral("SKU-3"), StockModel::Sku).canConvert<QColor>());
        QVERIFY(background(QStringLiteral("SKU-2"), StockModel::Sku) !=
                background(QStringLiteral("SKU-3"), StockModel::Sku));
        QVERIFY(screen.model()->index(0, 0).data(Qt::ToolTipRole).toString().size() > 0);

        QCOMPARE(screen.summaryText(),
                 QStringLiteral("4 SKUs, 5 levels · 1 differ · 1 not found · 1 refused at the last push"));
        QCOMPARE(screen.lastImportText(),
                 QStringLiteral("Last import: stock.csv by Bench 2, %1")
                     .arg(QLocale().toString(record.importedAt.toLocalTime(), QStringLiteral("d MMM HH:mm"))));

        // Sorted by SKU with numbers as numbers, and by value.
        QCOMPARE(shownSkus(screen),
                 (QStringList{QStringLiteral("SKU-1"), QStringLiteral("SKU-1"), QStringLiteral("SKU-1"),
                              QStringLiteral("SKU-2"), QStringLiteral("SKU-3"), QStringLiteral("SKU-10")}));
        screen.table()->sortByColumn(StockModel::ToPush, Qt::DescendingOrder);
        QCOMPARE(shownSkus(screen).first(), QStringLiteral("SKU-3"));
        screen.table()->sortByColumn(StockModel::Sku, Qt::AscendingOrder);

        // Only differences: the SKU a push changes and the one it cannot send.
        QTest::mouseClick(child<QCheckBox>(&screen, "stockDifferencesCheck"), Qt::LeftButton);
        QCOMPARE(shownSkus(screen), (QStringList{QStringLiteral("SKU-2"), QStringLiteral("SKU-3")}));
        QVERIFY2(screen.summaryText().endsWith(QStringLiteral(" · 2 rows shown")), qPrintable(screen.summaryText()));
        screen.setOnlyDifferences(false);
        QVERIFY(!child<QCheckBox>(&screen, "stockDifferencesCheck")->isChecked());
        // The filter box: SKU or location name.
        QTest::keyClicks(child<QLineEdit>(&screen, "stockFilterEdit"), QStringLiteral("warehouse 3"));
        QCOMPARE(screen.table()->model()->rowCount(), 1);
        screen.setFilterText(QStringLiteral("sku-1"));
        QCOMPARE(shownSkus(screen).size(), 4); // SKU-1 three times and SKU-10
        screen.setFilterText(QString());
        QCOMPARE(screen.table()->model()->rowCount(), 6);

        // Another store: its own stock, its own last import.
        storeCombo->setCurrentIndex(storeCombo->findText(QStringLiteral("Kids")));
        QVERIFY(waitLoaded(screen));
        QCOMPARE(shownSkus(screen), QStringList{QStringLiteral("KID-1")});
        QCOMPARE(cell(screen, QStringLiteral("KID-1"), 1, StockModel::BigCommerce), QStringLiteral("\u2014"));
        QCOMPARE(screen.summaryText(), QStringLiteral("1 SKU, 1 level · not compared yet"));
        QCOMPARE(screen.lastImportText(), QStringLiteral("No stock file imported for this store yet."));

        QCOMPARE(db.guiThreadUses(), 0);
        db.watchGuiThread(false);
    }

    // A problem always names its SKU: in the message's own words, or in front of it.
    void problemsNameTheirSku()
    {
        StockProblem problem;
        problem.kind = StockProblemKind::Refused;
        problem.sku = QStringLiteral("X-1");
        problem.message = QStringLiteral("locked");
        QCOMPARE(StockModel::problemText(problem), QStringLiteral("SKU X-1: locked"));
        problem.line = 7;
        problem.locationId = 2;
        QCOMPARE(StockModel::problemText(problem), QStringLiteral("line 7, SKU X-1, location 2: locked"));
        problem.message = QStringLiteral("Line 7 (SKU X-1): the quantity is negative.");
        QCOMPARE(StockModel::problemText(problem), problem.message);
    }

    // The import preview: the columns preselected by their usual names, the quantity column chosen by hand, the
    // default location when there is no location column, every problem with its line; Import writes the levels and
    // the record on the worker thread.
    void importPreviewChoosesColumnsAndImports()
    {
        TestStation station;
        QVERIFY2(station.database, qPrintable(station.error));
        Database &db = *station.database;
        const StoreConfig main = insertStore(db, QStringLiteral("Main"), QStringLiteral("main1"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("counts.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("SKU;Count;Location\nA-1;5;1\nA-2;7;2\nA-3;x;1\nA-4;-2;1\n");
        }

        db.watchGuiThread(true);
        StockScreen screen(db, *station.stores, QStringLiteral("Bench 2"));
        screen.resize(760, 520);
        screen.show();
        QVERIFY(waitLoaded(screen));
        QCOMPARE(screen.lastImportText(), QStringLiteral("No stock file imported for this store yet."));
        QVERIFY(!child<QPushButton>(&screen, "stockPushButton")->isEnabled()); // nothing to push yet

        StockImportDialog *dialog = screen.openImportPreview(path);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QPointer<StockImportDialog> alive(dialog);
        QVERIFY(dialog->minimumSizeHint().width() <= 760 && dialog->minimumSizeHint().height() <= 520);
        auto *skuCombo = child<QComboBox>(dialog, "stockSkuColumnCombo");
        auto *quantityCombo = child<QComboBox>(dialog, "stockQuantityColumnCombo");
        auto *locationCombo = child<QComboBox>(dialog, "stockLocationColumnCombo");
        auto *locationSpin = child<QSpinBox>(dialog, "stockDefaultLocationSpin");
        auto *importButton = child<QPushButton>(dialog, "stockImportButton");
        auto *preview = child<QTableWidget>(dialog, "stockImportPreview");
        QCOMPARE(preview->columnCount(), 3);
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("A-2"));
        // The rows are numbered as the file's lines (the header is line 1), as the problems name them.
        QCOMPARE(preview->model()->headerData(0, Qt::Vertical).toString(), QStringLiteral("2"));
        QCOMPARE(preview->model()->headerData(2, Qt::Vertical).toString(), QStringLiteral("4"));
        // "SKU" and "Location" are the usual names; "Count" is not: the user chooses it.
        QCOMPARE(skuCombo->currentText(), QStringLiteral("SKU"));
        QCOMPARE(locationCombo->currentText(), QStringLiteral("Location"));
        QCOMPARE(quantityCombo->currentIndex(), -1);
        QVERIFY(!importButton->isEnabled());
        QCOMPARE(dialog->messageText(), QStringLiteral("Choose the column that holds the quantity."));
        QVERIFY(!locationSpin->isEnabled());

        quantityCombo->setCurrentIndex(quantityCombo->findText(QStringLiteral("Count")));
        QCOMPARE(dialog->contents().levels.size(), 2);
        QCOMPARE(dialog->contents().problems.size(), 2);
        auto *problems = child<QListWidget>(dialog, "stockImportProblems");
        QCOMPARE(problems->count(), 2);
        // Each with its line and SKU.
        QVERIFY2(problems->item(0)->text().contains(QStringLiteral("4")) &&
                     problems->item(0)->text().contains(QStringLiteral("A-3")),
                 qPrintable(problems->item(0)->text()));
        QVERIFY2(problems->item(1)->text().contains(QStringLiteral("5")) &&
                     problems->item(1)->text().contains(QStringLiteral("A-4")),
                 qPrintable(problems->item(1)->text()));
        QVERIFY(importButton->isEnabled());
        QCOMPARE(importButton->text(), QStringLiteral("&Import 2 levels"));
        QVERIFY(preview->horizontalHeaderItem(1)->text().contains(QStringLiteral("[quantity]")));

        // Without the location column every line goes to the location given.
        locationCombo->setCurrentIndex(0);
        QCOMPARE(locationCombo->currentText(), QStringLiteral("none: default location"));
        QVERIFY(locationSpin->isEnabled());
        locationSpin->setValue(3);
        QCOMPARE(dialog->contents().levels.size(), 2);
        for (const StockLevel &read : dialog->contents().levels)
            QCOMPARE(read.locationId, 3);
        locationCombo->setCurrentIndex(locationCombo->findText(QStringLiteral("Location")));
        // Scrolling past the choices does not change them.
        importButton->setFocus();
        wheel(quantityCombo);
        wheel(locationCombo);
        QCOMPARE(quantityCombo->currentText(), QStringLiteral("Count"));
        QCOMPARE(locationCombo->currentText(), QStringLiteral("Location"));

        QSignalSpy imported(&screen, &StockScreen::imported);
        QSignalSpy loaded(&screen, &StockScreen::stockLoaded);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QVERIFY(imported.wait(kWaitMs));
        QTRY_VERIFY(alive.isNull());                          // closed when saved
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kWaitMs); // read again
        QCOMPARE(storedLevel(db, main.id, QStringLiteral("A-1"), 1), std::optional<qint64>(5));
        QCOMPARE(storedLevel(db, main.id, QStringLiteral("A-2"), 2), std::optional<qint64>(7));
        QCOMPARE(storedLevel(db, main.id, QStringLiteral("A-3"), 1), std::nullopt);
        {
            Unwatched unwatched(db);
            const std::optional<StockImportRecord> last = StockRepository(db).lastImport(main.id);
            QVERIFY(last);
            QCOMPARE(last->fileName, QStringLiteral("counts.csv"));
            QCOMPARE(last->station, QStringLiteral("Bench 2"));
            QCOMPARE(last->levels, 2);
            QCOMPARE(last->problems, 2);
        }
        QCOMPARE(screen.model()->rowCount(), 2);
        QVERIFY2(screen.lastImportText().startsWith(QStringLiteral("Last import: counts.csv by Bench 2, ")),
                 qPrintable(screen.lastImportText()));
        QVERIFY2(screen.messageText().startsWith(QStringLiteral("Imported counts.csv into Main: 2 levels; 2 lines")),
                 qPrintable(screen.messageText()));
        QVERIFY(child<QPushButton>(&screen, "stockPushButton")->isEnabled());

        // A file that cannot be read says so, and nothing can be imported.
        StockImportDialog *missing = screen.openImportPreview(dir.filePath(QStringLiteral("gone.csv")));
        QVERIFY(missing);
        QVERIFY2(missing->messageText().contains(QStringLiteral("cannot be read")), qPrintable(missing->messageText()));
        QVERIFY(!child<QPushButton>(missing, "stockImportButton")->isEnabled());
        missing->reject();

        QCOMPARE(db.guiThreadUses(), 0);
        db.watchGuiThread(false);
    }

    // Count by scanning: each scan adds 1 (the first in a count sets 1), "SKU*12" sets 12, every count is saved at
    // once; an unknown SKU warns and is kept; a typing mistake is refused with no dialog.
    void scanningCountsAndSets()
    {
        TestStation station;
        QVERIFY2(station.database, qPrintable(station.error));
        Database &db = *station.database;
        const StoreConfig main = insertStore(db, QStringLiteral("Main"), QStringLiteral("main1"));
        QString error;
        StockRepository repository(db);
        // ZZ-9 was looked up and BigCommerce has no item with it.
        QVERIFY(repository.importLevels(main.id,
                                        {level(QStringLiteral("B-1"), 1, 50), level(QStringLiteral("ZZ-9"), 1, 5)},
                                        StockImportRecord(), &error));
        QVERIFY(repository.saveRemote(main.id,
                                      {remote(QStringLiteral("B-1"), 1, QStringLiteral("Default"), 50),
                                       remote(QStringLiteral("B-1"), 2, QStringLiteral("Warehouse 2"), 0)},
                                      &error));

        db.watchGuiThread(true);
        StockScreen screen(db, *station.stores, QStringLiteral("Bench 2"));
        screen.resize(760, 520);
        screen.show();
        QVERIFY(waitLoaded(screen));
        // The scanner types into the scan field: it has the focus when the screen comes.
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(screen.scanEdit()));
        QSignalSpy saved(&screen, &StockScreen::countSaved);
        auto savedCount = [&saved](int count) {
            return QTest::qWaitFor([&] { return saved.size() >= count; }, kWaitMs);
        };

        scan(screen, QStringLiteral("B-1"));
        QCOMPARE(screen.scanFeedbackText(), QStringLiteral("B-1: 1 counted at Default (was 50)"));
        QCOMPARE(rowOf(screen, QStringLiteral("B-1"), 1).warehouse, 1); // shown at once
        scan(screen, QStringLiteral("B-1"));
        scan(screen, QStringLiteral("B-1"));
        QCOMPARE(screen.scanFeedbackText(), QStringLiteral("B-1: 3 counted at Default"));
        QVERIFY(screen.scanEdit()->text().isEmpty()); // ready for the next scan
        QVERIFY(savedCount(3));
        QCOMPARE(saved.at(2).at(3).toString(), QString());
        QCOMPARE(storedLevel(db, main.id, QStringLiteral("B-1"), 1), std::optional<qint64>(3));

        scan(screen, QStringLiteral("B-1*12"));
        QCOMPARE(screen.scanFeedbackText(), QStringLiteral("B-1: 12 counted at Default"));
        scan(screen, QStringLiteral("B-1"));
        QVERIFY(savedCount(5));
        QCOMPARE(storedLevel(db, main.id, QStringLiteral("B-1"), 1), std::optional<qint64>(13));
        QCOMPARE(rowOf(screen, QStringLiteral("B-1"), 1).warehouse, 13);

        // A SKU BigCommerce does not have: counted, and a warning that stands out.
        scan(screen, QStringLiteral("ZZ-9"));
        QVERIFY2(screen.scanFeedbackText().contains(QStringLiteral("BigCommerce has no item with this SKU")),
                 qPrintable(screen.scanFeedbackText()));
        QVERIFY(child<QLabel>(&screen, "stockScanFeedback")->property("problem").toBool());
        QVERIFY(savedCount(6));
        QCOMPARE(storedLevel(db, main.id, QStringLiteral("ZZ-9"), 1), std::optional<qint64>(1));
        QCOMPARE(rowOf(screen, QStringLiteral("ZZ-9"), 1).status, StockRow::Status::NotAtBigCommerce);
        // A SKU the look-up did not ask about: counted, not looked up yet, no warning.
        scan(screen, QStringLiteral("NEW-1"));
        QCOMPARE(screen.scanFeedbackText(), QStringLiteral("NEW-1: 1 counted at Default"));
        QVERIFY(!child<QLabel>(&screen, "stockScanFeedback")->property("problem").toBool());
        QCOMPARE(rowOf(screen, QStringLiteral("NEW-1"), 1).status, StockRow::Status::NotLookedUp);
        QVERIFY(savedCount(7));

        // A typing mistake: refused, nothing saved, no dialog.
        scan(screen, QStringLiteral("B-1*x"));
        QVERIFY2(screen.scanFeedbackText().contains(QStringLiteral("not counted")),
                 qPrintable(screen.scanFeedbackText()));
        QVERIFY(!QApplication::activeModalWidget());
        QTest::qWait(50);
        QCOMPARE(saved.size(), 7);

        // Another location counts on its own.
        child<QSpinBox>(&screen, "stockScanLocationSpin")->setValue(2);
        scan(screen, QStringLiteral("B-1"));
        QCOMPARE(screen.scanFeedbackText(), QStringLiteral("B-1: 1 counted at Warehouse 2"));
        QVERIFY(savedCount(8));
        QCOMPARE(storedLevel(db, main.id, QStringLiteral("B-1"), 2), std::optional<qint64>(1));
        QCOMPARE(storedLevel(db, main.id, QStringLiteral("B-1"), 1), std::optional<qint64>(13));
        // A location the store does not have (as the look-up found its locations): refused in red, not saved.
        child<QSpinBox>(&screen, "stockScanLocationSpin")->setValue(7);
        scan(screen, QStringLiteral("B-1"));
        QCOMPARE(screen.scanFeedbackText(),
                 QStringLiteral("B-1: not counted: the store has no location 7 (its locations: 1 (Default), 2 "
                                "(Warehouse 2)). Set Location to one of them and scan again."));
        QVERIFY(child<QLabel>(&screen, "stockScanFeedback")->property("problem").toBool());
        QCOMPARE(screen.model()->rowOf(QStringLiteral("B-1"), 7), -1);
        QTest::qWait(50);
        QCOMPARE(saved.size(), 8);
        QCOMPARE(storedLevel(db, main.id, QStringLiteral("B-1"), 7), std::nullopt);
        child<QSpinBox>(&screen, "stockScanLocationSpin")->setValue(1);

        // A new count starts again from nothing.
        QTest::mouseClick(child<QPushButton>(&screen, "stockNewCountButton"), Qt::LeftButton);
        scan(screen, QStringLiteral("B-1"));
        QCOMPARE(screen.scanFeedbackText(), QStringLiteral("B-1: 1 counted at Default (was 13)"));
        QVERIFY(savedCount(9));

        // A read asked for before a scan is answered after it: the table keeps the scan.
        QSignalSpy loaded(&screen, &StockScreen::stockLoaded);
        screen.reload();
        scan(screen, QStringLiteral("B-1"));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kWaitMs);
        QCOMPARE(rowOf(screen, QStringLiteral("B-1"), 1).warehouse, 2);
        QVERIFY(savedCount(10));
        QCOMPARE(storedLevel(db, main.id, QStringLiteral("B-1"), 1), std::optional<qint64>(2));

        QCOMPARE(db.guiThreadUses(), 0);
        db.watchGuiThread(false);
    }

    // Only a SKU the last look-up asked about is "not found"; one imported or counted since is not looked up yet. A
    // level at a location the store does not have (as the look-up found its locations) says so.
    void lookUpCoversOnlyTheSkusItAskedFor()
    {
        TestStation station;
        QVERIFY2(station.database, qPrintable(station.error));
        Database &db = *station.database;
        const StoreConfig main = insertStore(db, QStringLiteral("Main"), QStringLiteral("main1"));
        QString error;
        StockRepository repository(db);
        QVERIFY2(repository.importLevels(main.id,
                                         {level(QStringLiteral("A-1"), 1, 5), level(QStringLiteral("GONE"), 1, 2)},
                                         StockImportRecord(), &error),
                 qPrintable(error));
        QTest::qWait(5);
        QVERIFY2(repository.saveRemote(main.id,
                                       {remote(QStringLiteral("A-1"), 1, QStringLiteral("Default"), 5),
                                        remote(QStringLiteral("A-1"), 2, QStringLiteral("Back room"), 0)},
                                       &error),
                 qPrintable(error));
        QTest::qWait(5);
        QVERIFY2(repository.importLevels(main.id,
                                         {level(QStringLiteral("LATE"), 1, 3), level(QStringLiteral("FAR"), 9, 4)},
                                         StockImportRecord(), &error),
                 qPrintable(error));

        db.watchGuiThread(true);
        StockScreen screen(db, *station.stores, QStringLiteral("Bench 2"));
        screen.resize(760, 520);
        screen.show();
        QVERIFY(waitLoaded(screen));
        QCOMPARE(rowOf(screen, QStringLiteral("A-1"), 1).status, StockRow::Status::Same);
        QCOMPARE(rowOf(screen, QStringLiteral("GONE"), 1).status, StockRow::Status::NotAtBigCommerce);
        QCOMPARE(rowOf(screen, QStringLiteral("LATE"), 1).status, StockRow::Status::NotLookedUp);
        QCOMPARE(cell(screen, QStringLiteral("LATE"), 1, StockModel::BigCommerce), QStringLiteral("\u2014"));
        QCOMPARE(rowOf(screen, QStringLiteral("FAR"), 9).status, StockRow::Status::UnknownLocation);
        QCOMPARE(cell(screen, QStringLiteral("FAR"), 9, StockModel::BigCommerce), QStringLiteral("unknown location"));
        const QModelIndex far = screen.model()->index(screen.model()->rowOf(QStringLiteral("FAR"), 9), StockModel::Sku);
        QVERIFY2(far.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no location 9")),
                 qPrintable(far.data(Qt::ToolTipRole).toString()));
        QVERIFY(far.data(Qt::BackgroundRole).canConvert<QColor>());
        QVERIFY(far.data(StockModel::DifferenceRole).toBool());
        QCOMPARE(screen.summaryText(),
                 QStringLiteral(
                     "4 SKUs, 4 levels · 0 differ · 1 not found · 1 not looked up yet · 1 at an unknown location"));

        // Scanning a SKU the look-up did not ask about: no false alarm.
        QSignalSpy saved(&screen, &StockScreen::countSaved);
        scan(screen, QStringLiteral("LATE"));
        QCOMPARE(screen.scanFeedbackText(), QStringLiteral("LATE: 1 counted at Default (was 3)"));
        QVERIFY(!child<QLabel>(&screen, "stockScanFeedback")->property("problem").toBool());
        QCOMPARE(rowOf(screen, QStringLiteral("LATE"), 1).status, StockRow::Status::NotLookedUp);
        scan(screen, QStringLiteral("GONE"));
        QVERIFY2(screen.scanFeedbackText().contains(QStringLiteral("BigCommerce has no item with this SKU")),
                 qPrintable(screen.scanFeedbackText()));
        QVERIFY(QTest::qWaitFor([&saved] { return saved.size() >= 2; }, kWaitMs));

        QCOMPARE(db.guiThreadUses(), 0);
        db.watchGuiThread(false);
    }

    // The import preview: a binary file is refused by name, long column names are elided, the mouse wheel does not
    // change a choice without a click (even without the application's WheelGuard), and the dialog's default size
    // shows the preview's rows on a large screen and stays within a small one.
    void importPreviewRefusesBinaryAndIgnoresTheWheel()
    {
        TestStation station;
        QVERIFY2(station.database, qPrintable(station.error));
        Database &db = *station.database;
        insertStore(db, QStringLiteral("Main"), QStringLiteral("main1"));
        QTemporaryDir dir;
        auto write = [&dir](const QString &name, const QByteArray &bytes) {
            const QString path = dir.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(path));
            file.write(bytes);
            return path;
        };
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        for (int i = 0; i < 2000; ++i)
            png.append(static_cast<char>(1 + (i * 37) % 250));
        const QString binary = write(QStringLiteral("photo.png"), png);
        const QString wide = write(QStringLiteral("wide.csv"), QByteArray(3000, 'X') + ",sku,quantity\nA,B-1,1\n");
        QByteArray many = "sku,quantity,location\n";
        for (int i = 0; i < 30; ++i)
            many += "M-" + QByteArray::number(i) + "," + QByteArray::number(i) + ",1\n";
        const QString rows = write(QStringLiteral("rows.csv"), many);

        StockScreen screen(db, *station.stores, QStringLiteral("Bench 2"));
        screen.resize(760, 520);
        screen.show();
        QVERIFY(waitLoaded(screen));

        StockImportDialog *dialog = screen.openImportPreview(binary);
        QVERIFY(dialog);
        QCOMPARE(dialog->messageText(),
                 QStringLiteral("photo.png is not a text (CSV) file. Export the stock as CSV and import that."));
        QCOMPARE(child<QComboBox>(dialog, "stockSkuColumnCombo")->count(), 0);
        QVERIFY(!child<QPushButton>(dialog, "stockImportButton")->isEnabled());
        dialog->reject();

        dialog = screen.openImportPreview(wide);
        QVERIFY(dialog);
        auto *skuCombo = child<QComboBox>(dialog, "stockSkuColumnCombo");
        QCOMPARE(skuCombo->count(), 3);
        QCOMPARE(skuCombo->itemText(0).size(), 40);
        QCOMPARE(skuCombo->itemData(0).toString().size(), 3000); // still read by its whole name
        QCOMPARE(skuCombo->currentText(), QStringLiteral("sku"));
        QVERIFY(child<QTableWidget>(dialog, "stockImportPreview")->horizontalHeaderItem(0)->text().size() <= 40);
        QVERIFY2(dialog->sizeHint().width() < 1200, qPrintable(QString::number(dialog->sizeHint().width())));
        QVERIFY(child<QPushButton>(dialog, "stockImportButton")->isEnabled());
        dialog->reject();

        // Without the application's guard (a dialog opened where it is not installed).
        delete qApp->findChild<WheelGuard *>();
        dialog = screen.openImportPreview(rows);
        QVERIFY(dialog);
        auto *quantityCombo = child<QComboBox>(dialog, "stockQuantityColumnCombo");
        auto *locationCombo = child<QComboBox>(dialog, "stockLocationColumnCombo");
        auto *locationSpin = child<QSpinBox>(dialog, "stockDefaultLocationSpin");
        QCOMPARE(quantityCombo->currentText(), QStringLiteral("quantity"));
        QCOMPARE(locationCombo->currentText(), QStringLiteral("location"));
        child<QPushButton>(dialog, "stockImportButton")->setFocus();
        wheel(quantityCombo);
        wheel(locationCombo);
        wheel(locationSpin);
        QCOMPARE(quantityCombo->currentText(), QStringLiteral("quantity"));
        QCOMPARE(locationCombo->currentText(), QStringLiteral("location"));
        QCOMPARE(locationSpin->value(), 1);
        // With the focus (clicked or tabbed to) the wheel still works.
        quantityCombo->setFocus();
        QTRY_VERIFY(quantityCombo->hasFocus());
        wheel(quantityCombo);
        QVERIFY(quantityCombo->currentText() != QStringLiteral("quantity"));
        WheelGuard::install(*qobject_cast<QApplication *>(QCoreApplication::instance()));

        // Most of the 20 preview rows on a 1600 x 1000 screen (not 5 as before); within a small screen.
        auto *preview = child<QTableWidget>(dialog, "stockImportPreview");
        QCOMPARE(preview->rowCount(), 20);
        dialog->resize(dialog->defaultSize(QRect(0, 0, 1600, 1000)));
        QTRY_VERIFY(preview->viewport()->height() > 0);
        QCoreApplication::processEvents();
        QVERIFY2(preview->viewport()->height() >= 15 * preview->verticalHeader()->defaultSectionSize(),
                 qPrintable(QString::number(preview->viewport()->height())));
        const QSize small = dialog->defaultSize(QRect(0, 0, 800, 600));
        QVERIFY(small.width() <= 720 && small.height() <= 540);
        dialog->reject();
    }

    // Counted and listed as problems: only what is to be fixed; levels a stopped push did not send are said apart.
    void pushSummaryCountsOnlyRealProblems()
    {
        StockPushReport report;
        StockChange change;
        change.sku = QStringLiteral("A-1");
        report.changes = {change, change, change};
        report.results = {{change, StockPushOutcome::PushedByProduct, {}},
                          {change, StockPushOutcome::NotSent, {}},
                          {change, StockPushOutcome::NotSent, {}}};
        report.problems = {{StockProblemKind::TrackedByProduct, QStringLiteral("A-1"), 1, 0, QStringLiteral("by id")},
                           {StockProblemKind::NotSent, QStringLiteral("A-1"), 1, 0, QStringLiteral("not sent")},
                           {StockProblemKind::NotSent, QStringLiteral("A-1"), 1, 0, QStringLiteral("not sent")}};
        report.requests = 1;
        report.cancelled = true;
        QString summary = StockPushDialog::summary(report);
        QVERIFY2(!summary.contains(QStringLiteral("problem")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("2 levels were not sent: push again to send them.")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 request in ")), qPrintable(summary));
        report.problems.append({StockProblemKind::Refused, QStringLiteral("B-2"), 1, 0, QStringLiteral("locked")});
        summary = StockPushDialog::summary(report);
        QVERIFY2(summary.contains(QStringLiteral("1 problem: see the list.")), qPrintable(summary));
    }

    // Cancel stops a look-up or a dry run under way with nothing written; a screen closed during a push cancels it.
    void cancellingAndClosingWhileRunning()
    {
        SandboxFixture sandbox(10, [](SandboxOptions &options) {
            options.inventoryItems = 50;
            options.latencyMs = 300;
        });
        QVERIFY2(sandbox.isListening(), qPrintable(sandbox.error()));
        TestStation station;
        QVERIFY2(station.database, qPrintable(station.error));
        Database &db = *station.database;
        const StoreConfig store = addSandboxStore(station, sandbox);
        QVERIFY(!store.id.isNull());
        const QJsonArray items =
            QJsonDocument::fromJson(sandboxCall(sandbox, "GET", QStringLiteral("/__sandbox/inventory"), QString()))
                .array();
        const QString sku = items.at(0)[QLatin1String("identity")][QLatin1String("sku")].toString();
        const qint64 before = sandboxOnHand(sandbox, sku);
        QString error;
        QVERIFY2(StockRepository(db).importLevels(store.id, {level(sku, 1, before + 7)}, StockImportRecord(), &error),
                 qPrintable(error));

        db.watchGuiThread(true);
        auto screen = std::make_unique<StockScreen>(db, *station.stores, QStringLiteral("Bench 2"));
        screen->show();
        QVERIFY(waitLoaded(*screen));

        // The look-up's own Cancel, on the screen.
        QSignalSpy lookedUp(screen.get(), &StockScreen::lookUpFinished);
        QTest::mouseClick(child<QPushButton>(screen.get(), "stockLookUpButton"), Qt::LeftButton);
        auto *cancel = child<QPushButton>(screen.get(), "stockCancelButton");
        QVERIFY(cancel->isVisible());
        QVERIFY(!child<QPushButton>(screen.get(), "stockPushButton")->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(lookedUp.wait(kWaitMs));
        QVERIFY(lookedUp.constFirst().constFirst().value<StockPushReport>().cancelled);
        QCOMPARE(screen->messageText(), QStringLiteral("Look-up cancelled."));
        QVERIFY(!cancel->isVisible());

        // The dialog's Cancel during the dry run: nothing to push, nothing sent.
        StockPushDialog *dialog = screen->push();
        QVERIFY(dialog);
        QCOMPARE(dialog->phase(), StockPushDialog::Phase::LookingUp);
        QSignalSpy ran(dialog, &StockPushDialog::runFinished);
        auto *close = child<QPushButton>(dialog, "stockPushCloseButton");
        QCOMPARE(close->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // a run under way is cancelled first, the dialog stays
        QVERIFY(ran.wait(kWaitMs));
        QVERIFY(ran.constFirst().constFirst().value<StockPushReport>().cancelled);
        QCOMPARE(dialog->phase(), StockPushDialog::Phase::Done);
        QVERIFY(!child<QPushButton>(dialog, "stockPushButton")->isVisible());
        QCOMPARE(close->text(), QStringLiteral("Close"));
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!screen->pushDialog());

        // Closed while a push dialog runs: the run is cancelled, nothing is left behind.
        QVERIFY(screen->push());
        QVERIFY(screen->isBusy());
        screen.reset();
        QTest::qWait(400);
        QCOMPARE(sandboxOnHand(sandbox, sku), before);

        QCOMPARE(db.guiThreadUses(), 0);
        db.watchGuiThread(false);
    }

    // Look up, then Push to BigCommerce… through the sandbox: the preview lists what changes and the problems, the
    // push sends exactly that (an item tracked by product again by product id), the table shows the results.
    void pushThroughTheSandbox()
    {
        SandboxFixture sandbox(10, [](SandboxOptions &options) { options.inventoryItems = 50; });
        QVERIFY2(sandbox.isListening(), qPrintable(sandbox.error()));
        TestStation station;
        QVERIFY2(station.database, qPrintable(station.error));
        Database &db = *station.database;
        const StoreConfig store = addSandboxStore(station, sandbox);
        QVERIFY(!store.id.isNull());

        // Four items of the sandbox at known levels; one tracked by product.
        const QJsonArray items =
            QJsonDocument::fromJson(sandboxCall(sandbox, "GET", QStringLiteral("/__sandbox/inventory"), QString()))
                .array();
        QStringList skus;
        for (const QJsonValue &item : items) {
            if (!item[QLatin1String("tracked_by_product")].toBool())
                skus << item[QLatin1String("identity")][QLatin1String("sku")].toString();
            if (skus.size() == 3)
                break;
        }
        QCOMPARE(skus.size(), 3);
        for (const QString &sku : std::as_const(skus))
            QVERIFY(!sandboxCall(sandbox, "POST", QStringLiteral("/__sandbox/inventory"), QString(),
                                 {{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), 10}})
                         .isEmpty());
        QVERIFY(!sandboxCall(sandbox, "POST", QStringLiteral("/__sandbox/inventory"), QString(),
                             {{QStringLiteral("sku"), skus.at(2)}, {QStringLiteral("tracked_by_product"), true}})
                     .isEmpty());
        QString error;
        QVERIFY2(
            StockRepository(db).importLevels(store.id,
                                             {level(skus.at(0), 1, 15), level(skus.at(1), 1, 10),
                                              level(skus.at(2), 1, 12), level(QStringLiteral("NO-SUCH-SKU"), 1, 3)},
                                             StockImportRecord(), &error),
            qPrintable(error));

        db.watchGuiThread(true);
        StockScreen screen(db, *station.stores, QStringLiteral("Bench 2"));
        screen.resize(760, 520);
        screen.show();
        QVERIFY(waitLoaded(screen));
        QCOMPARE(screen.summaryText(), QStringLiteral("4 SKUs, 4 levels · not compared yet"));

        // Look up: BigCommerce's levels beside the warehouse's; nothing written.
        QSignalSpy lookedUp(&screen, &StockScreen::lookUpFinished);
        QSignalSpy loaded(&screen, &StockScreen::stockLoaded);
        QTest::mouseClick(child<QPushButton>(&screen, "stockLookUpButton"), Qt::LeftButton);
        QVERIFY(lookedUp.wait(kWaitMs));
        const StockPushReport lookUp = lookedUp.constFirst().constFirst().value<StockPushReport>();
        QVERIFY2(lookUp.error.isEmpty(), qPrintable(lookUp.error));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kWaitMs);
        QCOMPARE(rowOf(screen, skus.at(0), 1).status, StockRow::Status::Differs);
        QCOMPARE(cell(screen, skus.at(0), 1, StockModel::ToPush), QStringLiteral("15 (+5)"));
        QCOMPARE(rowOf(screen, skus.at(1), 1).status, StockRow::Status::Same);
        QCOMPARE(rowOf(screen, QStringLiteral("NO-SUCH-SKU"), 1).status, StockRow::Status::NotAtBigCommerce);
        QCOMPARE(screen.summaryText(), QStringLiteral("4 SKUs, 4 levels · 2 differ · 1 not found"));
        QCOMPARE(sandboxOnHand(sandbox, skus.at(0)), 10);

        // The preview: the dry run's changes and problems.
        StockPushDialog *dialog = screen.push();
        QVERIFY(dialog);
        QSignalSpy previewed(dialog, &StockPushDialog::previewReady);
        QVERIFY(previewed.wait(kWaitMs));
        QCOMPARE(dialog->phase(), StockPushDialog::Phase::Preview);
        QVERIFY(dialog->minimumSizeHint().width() <= 760 && dialog->minimumSizeHint().height() <= 520);
        QCOMPARE(dialog->changesModel()->rowCount(), 2);
        auto *pushButton = child<QPushButton>(dialog, "stockPushButton");
        QCOMPARE(pushButton->text(), QStringLiteral("&Push 2 changes"));
        QVERIFY(pushButton->isEnabled());
        const QStringList problems = dialog->problemTexts();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().contains(QStringLiteral("NO-SUCH-SKU")), qPrintable(problems.first()));
        QCOMPARE(sandboxOnHand(sandbox, skus.at(0)), 10); // a dry run writes nothing
        // On a 1600 x 1000 screen every column shows without a horizontal scroll bar; a small one bounds it.
        auto *pushTable = child<QTableView>(dialog, "stockPushTable");
        dialog->resize(dialog->defaultSize(QRect(0, 0, 1600, 1000)));
        QTRY_VERIFY(pushTable->viewport()->width() > 0);
        QCoreApplication::processEvents();
        QVERIFY2(!pushTable->horizontalScrollBar()->isVisible(), qPrintable(QString::number(dialog->width())));
        QVERIFY(dialog->defaultSize(QRect(0, 0, 800, 600)).width() <= 720);
        QVERIFY(dialog->defaultSize(QRect(0, 0, 800, 600)).height() <= 540);

        // The push, then the result per SKU.
        QSignalSpy pushed(dialog, &StockPushDialog::pushFinished);
        QTest::mouseClick(pushButton, Qt::LeftButton);
        QVERIFY(pushed.wait(kWaitMs));
        const StockPushReport report = pushed.constFirst().constFirst().value<StockPushReport>();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(dialog->phase(), StockPushDialog::Phase::Done);
        QVERIFY2(dialog->summaryText().startsWith(
                     QStringLiteral("Pushed 2 (1 of them by product), refused 0, not sent 0; 1 already right.")),
                 qPrintable(dialog->summaryText()));
        // Sent again by product id is a success: listed and counted as problems it is not.
        QCOMPARE(dialog->problemTexts().size(), 1);
        QVERIFY2(dialog->summaryText().contains(QStringLiteral("\n1 problem: see the list.\n")),
                 qPrintable(dialog->summaryText()));
        QCOMPARE(sandboxOnHand(sandbox, skus.at(0)), 15);
        QCOMPARE(sandboxOnHand(sandbox, skus.at(2)), 12);
        QCOMPARE(sandboxOnHand(sandbox, skus.at(1)), 10);
        QCOMPARE(child<QPushButton>(dialog, "stockPushCloseButton")->text(), QStringLiteral("Close"));
        QTest::mouseClick(child<QPushButton>(dialog, "stockPushCloseButton"), Qt::LeftButton);
        QTRY_VERIFY(!screen.pushDialog());

        // The table: the results, and nothing differs any more.
        QTRY_COMPARE_WITH_TIMEOUT(cell(screen, skus.at(0), 1, StockModel::LastPush), QStringLiteral("Pushed 15"),
                                  kWaitMs);
        QCOMPARE(cell(screen, skus.at(2), 1, StockModel::LastPush), QStringLiteral("Pushed by product 12"));
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(screen, skus.at(0), 1).status, StockRow::Status::Same, kWaitMs);
        QVERIFY2(screen.messageText().startsWith(QStringLiteral("Push to BigCommerce: Pushed 2 ")),
                 qPrintable(screen.messageText()));

        // Nothing left to push: said plainly (not as an error), counting levels.
        StockPushDialog *again = screen.push();
        QVERIFY(again);
        QSignalSpy previewedAgain(again, &StockPushDialog::previewReady);
        QVERIFY(previewedAgain.wait(kWaitMs));
        QCOMPARE(again->phase(), StockPushDialog::Phase::Done);
        QVERIFY2(again->summaryText().startsWith(
                     QStringLiteral("Nothing to push: BigCommerce already shows every level (3 levels).")),
                 qPrintable(again->summaryText()));
        QCOMPARE(child<QLabel>(again, "stockPushSummary")->styleSheet(), QString());
        QTest::mouseClick(child<QPushButton>(again, "stockPushCloseButton"), Qt::LeftButton);
        QTRY_VERIFY(!screen.pushDialog());

        QCOMPARE(db.guiThreadUses(), 0);
        db.watchGuiThread(false);
    }
};

QTEST_MAIN(TestStockScreen)
#include "tst_stockscreen.moc"
