// Pushing the warehouse's stock to BigCommerce end to end: StockPushJob against the sandbox store over real HTTP, on
// SQLite and PostgreSQL. What BigCommerce ends up with is read from the sandbox itself (/__sandbox/inventory and its
// request counts), never from Packbench. Also Test connection's inventory probe.
#include "SandboxTestClient.h"
#include "core/bigcommerce/Client.h"
#include "core/bigcommerce/ConnectionTester.h"
#include "core/inventory/StockFile.h"
#include "core/inventory/StockPushJob.h"
#include "core/storage/Database.h"
#include "core/storage/StockRepository.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportJob.h"
#include "support/StoreOnSandbox.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Packbench;

namespace {

const QString kPut = QStringLiteral("PUT /v3/inventory/adjustments/absolute");
const QString kGet = QStringLiteral("GET /v3/inventory/items");

struct CatalogueItem
{
    QString sku;
    qint64 onHand = 0;
    bool trackedByProduct = false;
};

struct Fixture : StoreOnSandbox
{
    // A sandbox with 20 orders and a catalogue of 60 inventory items.
    explicit Fixture(TestDatabase::Backend backend, const std::function<void(SandboxOptions &)> &configure = {})
        : StoreOnSandbox(backend, sandboxOptions(configure))
    {
    }
    static SandboxOptions sandboxOptions(const std::function<void(SandboxOptions &)> &configure)
    {
        SandboxOptions options = sandboxTestOptions(20);
        options.inventoryItems = 60;
        if (configure)
            configure(options);
        return options;
    }

    // The sandbox's catalogue at location 1, in catalogue order.
    QList<CatalogueItem> catalogue()
    {
        QList<CatalogueItem> items;
        for (const QJsonValue &value : client->allInventory()) {
            const QJsonObject item = value.toObject();
            CatalogueItem entry;
            entry.sku = item.value(QLatin1String("identity")).toObject().value(QLatin1String("sku")).toString();
            entry.trackedByProduct = item.value(QLatin1String("tracked_by_product")).toBool();
            for (const QJsonValue &location : item.value(QLatin1String("locations")).toArray())
                if (location.toObject().value(QLatin1String("location_id")).toInt() == 1)
                    entry.onHand = location.toObject().value(QLatin1String("total_inventory_onhand")).toInteger();
            items.append(entry);
        }
        return items;
    }
    QList<CatalogueItem> trackedByVariant()
    {
        QList<CatalogueItem> items;
        for (const CatalogueItem &item : catalogue())
            if (!item.trackedByProduct)
                items.append(item);
        return items;
    }

    bool importFile(const QByteArray &csv)
    {
        const StockFile::Contents contents = StockFile::read(csv, StockColumns(), kDefaultLocationId);
        if (!contents.error.isEmpty()) {
            qWarning("%s", qPrintable(contents.error));
            return false;
        }
        return importLevels(contents.levels);
    }
    bool importLevels(const QList<StockLevel> &levels)
    {
        StockImportRecord record;
        record.fileName = QStringLiteral("stock.csv");
        record.station = QStringLiteral("Bench 1");
        record.importedAt = QDateTime::currentDateTimeUtc();
        record.levels = static_cast<int>(levels.size());
        QString error;
        const bool ok = StockRepository(*database).importLevels(store.id, levels, record, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    StockPushReport push(const StockPushRequest &request = {}, const QString &token = {},
                         const std::function<void(StockPushJob &)> &whileRunning = {})
    {
        StockPushJob job(*database, ImportSource{store, token.isEmpty() ? options.token : token}, request);
        std::optional<StockPushReport> report;
        QObject::connect(&job, &StockPushJob::finished, &job, [&report](const StockPushReport &r) { report = r; });
        job.start();
        if (whileRunning)
            whileRunning(job);
        QElapsedTimer clock;
        clock.start();
        while (!report && clock.elapsed() < 60000)
            QTest::qWait(10);
        return report.value_or(StockPushReport{});
    }

    bool importOrders()
    {
        ImportRequest request;
        request.days = 3650;
        ImportJob job(*database, request, {ImportSource{store, options.token}});
        std::optional<ImportReport> report;
        QObject::connect(&job, &ImportJob::finished, &job, [&report](const ImportReport &r) { report = r; });
        job.start();
        QElapsedTimer clock;
        clock.start();
        while (!report && clock.elapsed() < 60000)
            QTest::qWait(10);
        return report && report->isOk();
    }

    int endpoint(const QString &name)
    {
        return client->stats().value(QLatin1String("by_endpoint")).toObject().value(name).toInt();
    }
    int adjustedItems() { return client->stats().value(QLatin1String("adjusted_items")).toInt(); }
};

QByteArray csvOf(const QList<QPair<QString, qint64>> &levels)
{
    QByteArray csv = "sku,quantity\n";
    for (const auto &[sku, quantity] : levels)
        csv += sku.toUtf8() + ',' + QByteArray::number(quantity) + '\n';
    return csv;
}

const StockPushResult *resultFor(const StockPushReport &report, const QString &sku, int locationId = 1)
{
    for (const StockPushResult &result : report.results)
        if (result.change.sku == sku && result.change.locationId == locationId)
            return &result;
    return nullptr;
}

const StockProblem *problemFor(const StockPushReport &report, const QString &sku, StockProblemKind kind)
{
    for (const StockProblem &problem : report.problems)
        if (problem.sku == sku && problem.kind == kind)
            return &problem;
    return nullptr;
}

QString describe(const StockPushReport &report)
{
    QStringList lines{report.error};
    for (const StockProblem &problem : report.problems)
        lines.append(problem.sku + QStringLiteral(": ") + problem.message);
    return lines.join(QLatin1Char('\n'));
}

// A minimal BigCommerce API on loopback for what the sandbox cannot show: each request (method, target as sent,
// body) is answered by `handle` with a status line and a JSON body.
class FakeStore : public QObject
{
public:
    struct Answer
    {
        QByteArray status = "200 OK";
        QByteArray body = "[]";
    };
    using Handler = std::function<Answer(const QByteArray &method, const QByteArray &target, const QByteArray &body)>;

    explicit FakeStore(Handler handle)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this, handle] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, handle] {
                    buffer->append(socket->readAll());
                    const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                    if (headerEnd < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(headerEnd).split('\n'))
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    if (buffer->size() < headerEnd + 4 + length)
                        return;
                    const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
                    const Answer answer =
                        handle(requestLine.value(0), requestLine.value(1), buffer->mid(headerEnd + 4, length));
                    buffer->clear();
                    socket->write(
                        "HTTP/1.1 " + answer.status + "\r\nContent-Type: application/json\r\nContent-Length: " +
                        QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n\r\n" + answer.body);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString apiPath() const
    {
        return QStringLiteral("http://127.0.0.1:%1/stores/fake1/v3/").arg(m_server.serverPort());
    }

private:
    QTcpServer m_server;
};

// A store whose token reads orders, channels and statuses, but not inventory.
FakeStore::Answer withoutInventoryScope(const QByteArray &, const QByteArray &target, const QByteArray &)
{
    const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    if (path.endsWith("/v2/store"))
        return {"200 OK", "{\"name\":\"Scoped Store\",\"plan_name\":\"Standard\",\"weight_units\":\"kg\"}"};
    if (path.endsWith("/v3/channels"))
        return {"200 OK", "{\"data\":[{\"id\":1,\"name\":\"Main\"}],\"meta\":{}}"};
    if (path.endsWith("/v3/inventory/items"))
        return {"403 Forbidden",
                "{\"status\":403,\"title\":\"You don't have a required scope to access the endpoint\"}"};
    return {};
}

ConnectionReport testConnection(const QString &apiPath, const QString &token)
{
    Client client(ApiPath::parse(apiPath), QStringLiteral("client"), token);
    ConnectionTester tester(&client, true);
    std::optional<ConnectionReport> report;
    QObject::connect(&tester, &ConnectionTester::finished, &tester,
                     [&report](const ConnectionReport &r) { report = r; });
    tester.start();
    QElapsedTimer clock;
    clock.start();
    while (!report && clock.elapsed() < 20000)
        QTest::qWait(10);
    return report.value_or(ConnectionReport{});
}

#define FIXTURE(...)                                                                                                   \
    QFETCH(TestDatabase::Backend, backend);                                                                            \
    {                                                                                                                  \
        TestDatabase probe(backend);                                                                                   \
        PACKBENCH_REQUIRE_DATABASE(probe);                                                                             \
    }                                                                                                                  \
    Fixture f(backend __VA_OPT__(, ) __VA_ARGS__);                                                                     \
    QVERIFY(f.isReady())

void sqliteOnly()
{
    QTest::addColumn<TestDatabase::Backend>("backend");
    QTest::newRow("sqlite") << TestDatabase::Backend::SQLite;
}

} // namespace

class TestStockPush : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("PACKBENCH_HTTP_TIMEOUT_MS", "2000");
        qputenv("PACKBENCH_RETRY_BASE_MS", "10");
    }

    // 1,000 changed SKUs among 1,200: exactly those are set; a second push sends nothing; a dry run sends nothing.
    void pushesExactlyTheChangedSkus_data() { TestDatabase::addBackendRows(); }
    void pushesExactlyTheChangedSkus()
    {
        FIXTURE([](SandboxOptions &options) { options.inventoryItems = 1300; });
        const QList<CatalogueItem> catalogue = f.catalogue();
        QVERIFY(catalogue.size() >= 1200);
        QList<QPair<QString, qint64>> file;
        QMap<QString, qint64> expected = f.client->inventoryOnHand(1);
        int byProduct = 0;
        for (int index = 0; index < 1200; ++index) {
            const CatalogueItem &item = catalogue.at(index);
            const qint64 quantity = index < 1000 ? item.onHand + 1 + index % 7 : item.onHand;
            file.append({item.sku, quantity});
            expected[item.sku] = quantity;
            if (index < 1000 && item.trackedByProduct)
                ++byProduct;
        }
        QVERIFY2(byProduct > 0, "every 50th item is tracked by product");
        QVERIFY(f.importFile(csvOf(file)));

        const StockPushReport report = f.push();
        QVERIFY2(report.error.isEmpty(), qPrintable(describe(report)));
        QCOMPARE(report.failure, StockPushReport::Failure::None);
        QCOMPARE(report.changes.size(), 1000);
        QCOMPARE(report.unchanged, 200);
        QCOMPARE(report.results.size(), 1000);
        int pushedByProduct = 0;
        for (const StockPushResult &result : report.results) {
            QVERIFY2(result.outcome == StockPushOutcome::Pushed || result.outcome == StockPushOutcome::PushedByProduct,
                     qPrintable(result.change.sku + QLatin1Char(' ') + result.message));
            pushedByProduct += result.outcome == StockPushOutcome::PushedByProduct ? 1 : 0;
        }
        QCOMPARE(pushedByProduct, byProduct);
        // What BigCommerce has now: the 1,000 levels, nothing else touched.
        QCOMPARE(f.client->inventoryOnHand(1), expected);
        QCOMPARE(f.adjustedItems(), 1000);
        // The batch of 1,000 once, refused for the items tracked by product, then again with those by product id.
        QCOMPARE(f.endpoint(kPut), 2);
        QVERIFY(report.requests >= f.endpoint(kPut) + 2); // the look-up takes several short URLs

        // Saved: the results and BigCommerce's levels as they are after the push.
        StockRepository repository(*f.database);
        QCOMPARE(repository.lastPushResults(f.store.id).size(), 1000);
        QMap<QString, qint64> remote;
        for (const RemoteStock &stock : repository.remote(f.store.id))
            if (stock.locationId == 1)
                remote.insert(stock.sku, stock.onHand);
        for (const auto &[sku, quantity] : std::as_const(file))
            QCOMPARE(remote.value(sku, -1), quantity);

        // Again: everything is right already.
        const StockPushReport again = f.push();
        QVERIFY2(again.error.isEmpty(), qPrintable(describe(again)));
        QCOMPARE(again.changes.size(), 0);
        QCOMPARE(again.unchanged, 1200);
        QCOMPARE(f.endpoint(kPut), 2);

        // A dry run shows what would change and sends nothing.
        QList<QPair<QString, qint64>> changed;
        for (int index = 0; index < 5; ++index)
            changed.append({file.at(index).first, file.at(index).second + 10});
        QVERIFY(f.importFile(csvOf(changed)));
        StockPushRequest dryRun;
        dryRun.dryRun = true;
        const StockPushReport preview = f.push(dryRun);
        QVERIFY2(preview.error.isEmpty(), qPrintable(describe(preview)));
        QVERIFY(preview.dryRun);
        QCOMPARE(preview.changes.size(), 5);
        for (const StockChange &change : preview.changes) {
            if (change.sku == changed.constFirst().first) {
                QCOMPARE(change.target, changed.constFirst().second);
                QCOMPARE(change.remote, file.constFirst().second);
            }
        }
        QVERIFY(preview.results.isEmpty());
        QCOMPARE(f.endpoint(kPut), 2);
        QCOMPARE(f.client->inventoryOnHand(1), expected);
        QCOMPARE(repository.lastPushResults(f.store.id).size(), 1000); // a dry run is no push
    }

    // Goods on shipments to ship are taken off the warehouse's count before it is pushed, never below zero.
    void allocatedStockIsSubtracted_data() { sqliteOnly(); } // the query on both: tst_stockrepository
    void allocatedStockIsSubtracted()
    {
        FIXTURE([](SandboxOptions &options) { options.orders = 60; });
        QVERIFY(f.importOrders());
        const QHash<QString, qint64> allocated = StockRepository(*f.database).allocated(f.store.id);
        QList<QString> skus;
        for (auto it = allocated.cbegin(); it != allocated.cend(); ++it)
            if (it.value() > 0 && f.client->onHand(it.key()))
                skus.append(it.key());
        std::sort(skus.begin(), skus.end());
        QVERIFY2(skus.size() >= 2, "the imported shipments allocate at least two SKUs of the catalogue");
        const QString covered = skus.at(0);   // warehouse: allocated + 5 -> 5
        const QString overdrawn = skus.at(1); // warehouse: allocated - 1 -> 0, never negative
        for (const QString &sku : {covered, overdrawn})
            f.client->setInventoryLevel(sku, 500);
        QVERIFY(f.importFile(csvOf({{covered, allocated.value(covered) + 5},
                                    {overdrawn, std::max<qint64>(0, allocated.value(overdrawn) - 1)}})));

        const StockPushReport report = f.push();
        QVERIFY2(report.error.isEmpty(), qPrintable(describe(report)));
        QCOMPARE(report.changes.size(), 2);
        const StockPushResult *first = resultFor(report, covered);
        QVERIFY(first);
        QCOMPARE(first->change.allocated, allocated.value(covered));
        QCOMPARE(first->change.target, 5);
        QCOMPARE(first->change.remote, 500);
        QCOMPARE(*f.client->onHand(covered), 5);
        QCOMPARE(*f.client->onHand(overdrawn), 0);
    }

    // BigCommerce refuses a SKU tracked by product (the whole batch, naming it): it goes again by product id and
    // the rest of the batch still goes through.
    void trackedByProductGoesByProductId_data() { sqliteOnly(); }
    void trackedByProductGoesByProductId()
    {
        FIXTURE();
        const QList<CatalogueItem> items = f.trackedByVariant();
        QVERIFY(items.size() >= 4);
        const QString tracked = items.at(2).sku;
        QCOMPARE(f.client->setTrackedByProduct(tracked).status, 200);
        QList<QPair<QString, qint64>> file;
        for (int index = 0; index < 4; ++index)
            file.append({items.at(index).sku, items.at(index).onHand + 3});
        QVERIFY(f.importFile(csvOf(file)));

        const StockPushReport report = f.push();
        QVERIFY2(report.error.isEmpty(), qPrintable(describe(report)));
        QCOMPARE(report.results.size(), 4);
        for (const auto &[sku, quantity] : std::as_const(file)) {
            QCOMPARE(resultFor(report, sku)->outcome,
                     sku == tracked ? StockPushOutcome::PushedByProduct : StockPushOutcome::Pushed);
            QCOMPARE(*f.client->onHand(sku), quantity);
        }
        const StockProblem *note = problemFor(report, tracked, StockProblemKind::TrackedByProduct);
        QVERIFY(note);
        QVERIFY2(note->message.contains(QLatin1String("product id")), qPrintable(note->message));
        QCOMPARE(f.endpoint(kPut), 2);
    }

    // Each problem is reported for its SKU while the rest goes through: not in BigCommerce, a location the store does
    // not have, a SKU the filter cannot look up, a level BigCommerce refuses (with its own words).
    void problemsPerSkuWhileTheRestGoesThrough_data() { sqliteOnly(); }
    void problemsPerSkuWhileTheRestGoesThrough()
    {
        FIXTURE([](SandboxOptions &options) { options.locations = 2; });
        const QList<CatalogueItem> items = f.trackedByVariant();
        QVERIFY(items.size() >= 4);
        const QString tooMany = items.at(1).sku;
        QList<StockLevel> levels{{items.at(0).sku, 1, items.at(0).onHand + 1, 2},
                                 {tooMany, 1, qint64(3000000000), 3},
                                 {items.at(2).sku, 1, items.at(2).onHand + 2, 4},
                                 {items.at(3).sku, 2, *f.client->onHand(items.at(3).sku, 2) + 1, 5},
                                 {QStringLiteral("NO-SUCH-SKU"), 1, 4, 6},
                                 {items.at(0).sku, 7, 4, 7},
                                 {QStringLiteral("A,B"), 1, 4, 8}};
        QVERIFY(f.importLevels(levels));

        const StockPushReport report = f.push();
        QVERIFY2(report.error.isEmpty(), qPrintable(describe(report)));
        QCOMPARE(report.failure, StockPushReport::Failure::None);
        QCOMPARE(resultFor(report, items.at(0).sku)->outcome, StockPushOutcome::Pushed);
        QCOMPARE(resultFor(report, items.at(2).sku)->outcome, StockPushOutcome::Pushed);
        QCOMPARE(resultFor(report, items.at(3).sku, 2)->outcome, StockPushOutcome::Pushed);
        QCOMPARE(*f.client->onHand(items.at(0).sku), items.at(0).onHand + 1);
        QCOMPARE(*f.client->onHand(items.at(2).sku), items.at(2).onHand + 2);
        QCOMPARE(*f.client->onHand(items.at(3).sku, 2), levels.at(3).quantity);

        const StockPushResult *refused = resultFor(report, tooMany);
        QVERIFY(refused);
        QCOMPARE(refused->outcome, StockPushOutcome::Refused);
        QVERIFY2(refused->message.contains(QLatin1String("too large")), qPrintable(refused->message)); // BigCommerce's
        QCOMPARE(*f.client->onHand(tooMany), items.at(1).onHand);
        const StockProblem *refusal = problemFor(report, tooMany, StockProblemKind::Refused);
        QVERIFY(refusal);
        QCOMPARE(refusal->line, 3);
        QVERIFY2(refusal->message.contains(refused->message), qPrintable(refusal->message));

        const StockProblem *unknown = problemFor(report, QStringLiteral("NO-SUCH-SKU"), StockProblemKind::SkuNotFound);
        QVERIFY(unknown);
        QCOMPARE(unknown->line, 6);
        QVERIFY(problemFor(report, items.at(0).sku, StockProblemKind::UnknownLocation));
        const StockProblem *comma = problemFor(report, QStringLiteral("A,B"), StockProblemKind::SkuNotFound);
        QVERIFY(comma);
        QVERIFY2(comma->message.contains(QLatin1String("comma")), qPrintable(comma->message));
    }

    // A token without the modify scope: nothing is set, and the scope to add is named.
    void readOnlyTokenReportsTheMissingScope_data() { sqliteOnly(); }
    void readOnlyTokenReportsTheMissingScope()
    {
        FIXTURE();
        const QList<CatalogueItem> items = f.trackedByVariant();
        QVERIFY(f.importFile(csvOf({{items.at(0).sku, items.at(0).onHand + 1}, {items.at(1).sku, 0}})));
        const QMap<QString, qint64> before = f.client->inventoryOnHand(1);

        const StockPushReport report = f.push({}, f.options.readOnlyToken);
        QCOMPARE(report.failure, StockPushReport::Failure::Refused);
        QVERIFY2(report.error.contains(QLatin1String("Store Inventory: modify")), qPrintable(report.error));
        bool named = false;
        for (const StockProblem &problem : report.problems)
            named = named || (problem.kind == StockProblemKind::MissingScope &&
                              problem.message.contains(QLatin1String("Store Inventory: modify")));
        QVERIFY(named);
        for (const StockPushResult &result : report.results)
            QCOMPARE(result.outcome, StockPushOutcome::NotSent);
        QCOMPARE(f.endpoint(kPut), 1);
        QCOMPARE(f.client->inventoryOnHand(1), before);
    }

    // The answer to a write is lost after it was applied: the SKUs are looked up before anything goes again, and only
    // the level that is not at its target (sold meanwhile) is sent again.
    void unknownOutcomeIsCheckedBeforeResending_data() { sqliteOnly(); }
    void unknownOutcomeIsCheckedBeforeResending()
    {
        FIXTURE([](SandboxOptions &options) {
            options.faults = {{FaultKind::ResetAfterWrite, 1.0}};
            options.failWritesOnly = true;
        });
        // A pause long enough after the lost answer for the test to "sell" one unit first.
        qputenv("PACKBENCH_RETRY_BASE_MS", "1000");
        const auto restore = qScopeGuard([] { qputenv("PACKBENCH_RETRY_BASE_MS", "10"); });
        const QList<CatalogueItem> items = f.trackedByVariant();
        QList<QPair<QString, qint64>> file;
        for (int index = 0; index < 20; ++index)
            file.append({items.at(index).sku, items.at(index).onHand + 5});
        QVERIFY(f.importFile(csvOf(file)));
        const QString sold = file.at(3).first;

        const StockPushReport report = f.push({}, {}, [&](StockPushJob &) {
            QElapsedTimer clock;
            clock.start();
            while (f.endpoint(kPut) < 1 && clock.elapsed() < 10000)
                QTest::qWait(5);
            QCOMPARE(*f.client->onHand(sold), file.at(3).second); // applied, though the answer was lost
            f.client->setInventoryLevel(sold, file.at(3).second - 1);
        });
        QVERIFY2(report.error.isEmpty(), qPrintable(describe(report)));
        for (const auto &[sku, quantity] : std::as_const(file)) {
            QCOMPARE(resultFor(report, sku)->outcome, StockPushOutcome::Pushed);
            QCOMPARE(*f.client->onHand(sku), quantity);
        }
        // Not the 20 again: the one that was not at its target.
        QCOMPARE(f.endpoint(kPut), 2);
        QCOMPARE(f.adjustedItems(), 21);
        QVERIFY(f.endpoint(kGet) >= 3); // the look-up, then one check after each lost answer
    }

    // Cancel stops after the request in flight; what was not sent is reported so, per SKU.
    void cancelStopsAfterTheRequestInFlight_data() { sqliteOnly(); }
    void cancelStopsAfterTheRequestInFlight()
    {
        FIXTURE([](SandboxOptions &options) {
            options.inventoryItems = 2600;
            options.latencyMs = 40;
        });
        QList<QPair<QString, qint64>> file;
        const QList<CatalogueItem> items = f.trackedByVariant();
        QVERIFY(items.size() >= 2500);
        for (int index = 0; index < 2500; ++index)
            file.append({items.at(index).sku, items.at(index).onHand + 1});
        QVERIFY(f.importFile(csvOf(file)));
        const QMap<QString, qint64> before = f.client->inventoryOnHand(1);
        // Cancelled while the first adjustment (2,000 items) is on its way: its answer is waited for.
        const StockPushReport report = f.push({}, {}, [](StockPushJob &job) {
            auto once = std::make_shared<bool>(false);
            QObject::connect(&job, &StockPushJob::progress, &job, [&job, once](const StockPushProgress &progress) {
                if (progress.step == StockPushProgress::Step::Pushing && !*once) {
                    *once = true;
                    QTimer::singleShot(10, &job, [&job] { job.cancel(); });
                }
            });
        });
        QVERIFY(report.cancelled);
        QCOMPARE(report.results.size(), 2500);
        QCOMPARE(f.endpoint(kPut), 1);
        const QMap<QString, qint64> after = f.client->inventoryOnHand(1);
        int notSent = 0;
        for (const StockPushResult &result : report.results) {
            if (result.outcome == StockPushOutcome::NotSent) {
                ++notSent;
                QCOMPARE(after.value(result.change.sku), before.value(result.change.sku));
                QVERIFY(problemFor(report, result.change.sku, StockProblemKind::NotSent));
            } else {
                QCOMPARE(result.outcome, StockPushOutcome::Pushed);
                QCOMPARE(after.value(result.change.sku), result.change.target);
            }
        }
        QCOMPARE(notSent, 500); // the second batch
    }

    // SKUs with characters a URL reserves are looked up percent-encoded ("+" would read as a space, "&" would end the
    // filter, "%41" would read as "A"), in filters that keep each URL under 2,000 characters, and sent as they are.
    void skusAreLookedUpPercentEncodedInShortUrls_data() { sqliteOnly(); }
    void skusAreLookedUpPercentEncodedInShortUrls()
    {
        FIXTURE();
        QStringList skus{QStringLiteral("A+B"),    QStringLiteral("50% off"), QStringLiteral("x&y=z"),
                         QStringLiteral("hash#1"), QStringLiteral("sp ace"),  QStringLiteral("Zoë/1"),
                         QStringLiteral("%41")};
        for (int index = 0; index < 400; ++index)
            skus.append(QStringLiteral("LONG-SKU-NUMBER-%1").arg(index, 5, 10, QLatin1Char('0')));
        QList<qsizetype> urlLengths;
        QSet<QString> lookedUp;
        QSet<QString> sent;
        FakeStore fake([&](const QByteArray &method, const QByteArray &target, const QByteArray &body) {
            if (method == "PUT") {
                for (const QJsonValue &item :
                     QJsonDocument::fromJson(body).object().value(QLatin1String("items")).toArray())
                    sent.insert(item.toObject().value(QLatin1String("sku")).toString());
                return FakeStore::Answer{"200 OK", "{\"transaction_id\":\"t1\"}"};
            }
            urlLengths.append(QByteArray("http://127.0.0.1:65535").size() + target.size());
            const qsizetype from = target.indexOf("sku:in=") + 7;
            const qsizetype to = target.indexOf('&', from);
            QJsonArray data;
            for (const QByteArray &encoded : target.mid(from, to - from).split(',')) {
                const QString sku = QUrl::fromPercentEncoding(encoded);
                lookedUp.insert(sku);
                data.append(
                    QJsonObject{{QStringLiteral("identity"),
                                 QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("product_id"), 7}}},
                                {QStringLiteral("locations"),
                                 QJsonArray{QJsonObject{{QStringLiteral("location_id"), 1},
                                                        {QStringLiteral("location_name"), QStringLiteral("Default")},
                                                        {QStringLiteral("total_inventory_onhand"), 0},
                                                        {QStringLiteral("available_to_sell"), 0}}}}});
            }
            return FakeStore::Answer{"200 OK", QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson()};
        });
        QList<StockLevel> levels;
        for (const QString &sku : std::as_const(skus))
            levels.append({sku, 1, 5, 0});
        QVERIFY(f.importLevels(levels));
        f.store.apiPath = fake.apiPath();

        const StockPushReport report = f.push();
        QVERIFY2(report.error.isEmpty(), qPrintable(describe(report)));
        const QSet<QString> asked(skus.cbegin(), skus.cend());
        QVERIFY2(lookedUp == asked,
                 qPrintable(QStringList((lookedUp - asked).values()).join(QLatin1Char('|')) + QStringLiteral(" / ") +
                            QStringList((asked - lookedUp).values()).join(QLatin1Char('|'))));
        QCOMPARE(sent, lookedUp);
        QVERIFY2(urlLengths.size() >= 4, "400 long SKUs do not fit one short URL");
        for (const qsizetype length : std::as_const(urlLengths))
            QVERIFY2(length <= 2000, qPrintable(QString::number(length)));
        for (const StockPushResult &result : report.results)
            QCOMPARE(result.outcome, StockPushOutcome::Pushed);
    }

    // Test connection reads inventory too; without that scope it warns (stock sync only) and still passes.
    void connectionTestWarnsWithoutTheInventoryScope()
    {
        FakeStore scoped(withoutInventoryScope);
        const ConnectionReport warned = testConnection(scoped.apiPath(), QStringLiteral("token"));
        QVERIFY2(warned.isOk(), qPrintable(warned.summary()));
        QCOMPARE(warned.warnings.size(), 1);
        QVERIFY2(warned.summary().contains(QLatin1String("Store Inventory")), qPrintable(warned.summary()));
        QVERIFY(warned.summary().contains(QLatin1String("Connected to Scoped Store")));

        const std::unique_ptr<SandboxServer> sandbox = startSandbox(sandboxTestOptions(5));
        QVERIFY(sandbox);
        for (const QString &token : {sandbox->options().token, sandbox->options().readOnlyToken}) {
            const ConnectionReport report = testConnection(sandbox->apiPath(), token);
            QVERIFY2(report.isOk(), qPrintable(report.summary()));
            QVERIFY2(report.warnings.isEmpty(), qPrintable(report.summary()));
        }
    }
};

QTEST_GUILESS_MAIN(TestStockPush)
#include "tst_stockpush.moc"
