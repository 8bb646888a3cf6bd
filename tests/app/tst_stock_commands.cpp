// `packbench stock import` and `stock push` as scripts run them: the real binary, the real keychain, SQLite, and the
// sandbox store over real HTTP. What BigCommerce ends up with is read from the sandbox itself.
#include "SandboxTestClient.h"
#include "core/settings/Profile.h"
#include "core/storage/Database.h"
#include "core/storage/StockRepository.h"
#include "core/storage/StoreRepository.h"
#include "support/PackbenchRun.h"
#include "support/TestSecrets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Packbench;

namespace {

using Run = PackbenchRun;

const QString kPut = QStringLiteral("PUT /v3/inventory/adjustments/absolute");

QJsonObject changeFor(const QJsonObject &report, const QString &sku)
{
    for (const QJsonValue &change : report.value(QLatin1String("changes")).toArray())
        if (change.toObject().value(QLatin1String("sku")).toString() == sku)
            return change.toObject();
    return {};
}

bool hasProblem(const QJsonObject &report, const QString &sku, const QString &kind)
{
    for (const QJsonValue &problem : report.value(QLatin1String("problems")).toArray())
        if (problem.toObject().value(QLatin1String("sku")).toString() == sku &&
            problem.toObject().value(QLatin1String("kind")).toString() == kind)
            return true;
    return false;
}

} // namespace

class TestStockCommands : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_profile;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PACKBENCH_HTTP_TIMEOUT_MS"), QStringLiteral("3000"));
        env.insert(QStringLiteral("PACKBENCH_RETRY_BASE_MS"), QStringLiteral("20"));
        return runPackbench(m_profile.path(), arguments, input, env);
    }

    void startSandbox()
    {
        SandboxOptions options = sandboxTestOptions(20);
        options.inventoryItems = 60;
        m_server = ::startSandbox(options);
        QVERIFY(m_server);
        m_client = std::make_unique<SandboxTestClient>(m_server->rootUrl(), options.storeHash, options.token);
        addStore(QStringLiteral("Main"), options.token);
    }

    void addStore(const QString &name, const QString &token, const QString &apiPath = {})
    {
        const Run added = run({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("--name"), name,
                               QStringLiteral("--api-path"), apiPath.isEmpty() ? m_server->apiPath() : apiPath,
                               QStringLiteral("--client-id"), QStringLiteral("c1")},
                              token.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    // SKUs of the catalogue tracked by variant, with their level at location 1.
    QList<QPair<QString, qint64>> skus(int count)
    {
        QList<QPair<QString, qint64>> result;
        for (const QJsonValue &value : m_client->allInventory()) {
            const QJsonObject item = value.toObject();
            if (item.value(QLatin1String("tracked_by_product")).toBool() || result.size() >= count)
                continue;
            const QString sku = item.value(QLatin1String("identity")).toObject().value(QLatin1String("sku")).toString();
            result.append({sku, *m_client->onHand(sku)});
        }
        return result;
    }

    QString writeFile(const QByteArray &contents)
    {
        const QString path = m_profile.filePath(QStringLiteral("count.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    int puts() { return m_client->stats().value(QLatin1String("by_endpoint")).toObject().value(kPut).toInt(); }

private Q_SLOTS:
    void initTestCase() { PACKBENCH_REQUIRE_KEYCHAIN(); }

    void init()
    {
        m_profile.~QTemporaryDir();
        new (&m_profile) QTemporaryDir;
    }

    void importThenPush()
    {
        startSandbox();
        const QList<QPair<QString, qint64>> items = skus(3);
        QCOMPARE(items.size(), 3);
        // A WMS export with its own column names; line 5 has no number, line 6 a SKU BigCommerce does not have.
        const QByteArray csv = "Item Code,Count\n" + items.at(0).first.toUtf8() + ',' +
                               QByteArray::number(items.at(0).second + 4) + '\n' + items.at(1).first.toUtf8() + ',' +
                               QByteArray::number(items.at(1).second + 1) + '\n' + items.at(2).first.toUtf8() + ',' +
                               QByteArray::number(items.at(2).second) + "\n" + "WHAT-1,many\nNO-SUCH-SKU,3\n";
        const QString file = writeFile(csv);

        const Run imported =
            run({QStringLiteral("--station"), QStringLiteral("Bench 7"), QStringLiteral("stock"),
                 QStringLiteral("import"), file, QStringLiteral("--sku-column"), QStringLiteral("Item Code"),
                 QStringLiteral("--quantity-column"), QStringLiteral("Count")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QLatin1String("4 stock level(s) imported from count.csv for Main")),
                 qPrintable(imported.out));
        QVERIFY2(imported.out.contains(QLatin1String("Line 5")), qPrintable(imported.out));
        {
            QString error;
            DatabaseLocation location;
            location.sqlitePath = Packbench::Profile::open(m_profile.path()).databasePath();
            const std::unique_ptr<Database> database = Database::open(location, &error);
            QVERIFY2(database, qPrintable(error));
            const QList<StoreConfig> stores = StoreRepository(*database).list(&error);
            QCOMPARE(stores.size(), 1);
            const std::optional<StockImportRecord> record = StockRepository(*database).lastImport(stores.at(0).id);
            QVERIFY(record);
            QCOMPARE(record->station, QStringLiteral("Bench 7"));
            QCOMPARE(record->fileName, QStringLiteral("count.csv"));
            QCOMPARE(record->levels, 4);
            QCOMPARE(record->problems, 1);
        }

        // Dry run: the preview, nothing sent.
        const Run preview = run({QStringLiteral("stock"), QStringLiteral("push"), QStringLiteral("--store"),
                                 QStringLiteral("Main"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
        const QJsonObject planned = QJsonDocument::fromJson(preview.out.toUtf8()).object();
        for (const char *key : {"store", "dry_run", "changes", "unchanged", "problems", "requests"})
            QVERIFY2(planned.contains(QLatin1String(key)), key);
        QCOMPARE(planned.value(QLatin1String("store")).toString(), QStringLiteral("Main"));
        QVERIFY(planned.value(QLatin1String("dry_run")).toBool());
        QCOMPARE(planned.value(QLatin1String("changes")).toArray().size(), 2);
        QCOMPARE(planned.value(QLatin1String("unchanged")).toInt(), 1);
        const QJsonObject first = changeFor(planned, items.at(0).first);
        for (const char *key :
             {"sku", "location_id", "warehouse", "allocated", "target", "remote", "outcome", "message"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QLatin1String("target")).toInteger(), items.at(0).second + 4);
        QCOMPARE(first.value(QLatin1String("remote")).toInteger(), items.at(0).second);
        QCOMPARE(first.value(QLatin1String("location_id")).toInt(), 1);
        QVERIFY(first.value(QLatin1String("outcome")).isNull());
        QVERIFY(hasProblem(planned, QStringLiteral("NO-SUCH-SKU"), QStringLiteral("sku-not-found")));
        QVERIFY(planned.value(QLatin1String("requests")).toInt() >= 1);
        QCOMPARE(puts(), 0);
        QCOMPARE(*m_client->onHand(items.at(0).first), items.at(0).second);

        // The push, as a person reads it.
        const Run pushed =
            run({QStringLiteral("stock"), QStringLiteral("push"), QStringLiteral("--store"), QStringLiteral("Main")});
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.out + pushed.err));
        for (const QString &word : {QStringLiteral("SKU"), QStringLiteral("Warehouse"), QStringLiteral("Allocated"),
                                    QStringLiteral("Pushing"), QStringLiteral("BigCommerce now"),
                                    QStringLiteral("pushed"), QStringLiteral("NO-SUCH-SKU"), items.at(0).first})
            QVERIFY2(pushed.out.contains(word), qPrintable(pushed.out));
        QCOMPARE(*m_client->onHand(items.at(0).first), items.at(0).second + 4);
        QCOMPARE(*m_client->onHand(items.at(1).first), items.at(1).second + 1);
        QCOMPARE(puts(), 1);

        // Again: nothing to send.
        const Run again = run({QStringLiteral("stock"), QStringLiteral("push"), QStringLiteral("--store"),
                               QStringLiteral("Main"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject second = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(second.value(QLatin1String("changes")).toArray().size(), 0);
        QCOMPARE(second.value(QLatin1String("unchanged")).toInt(), 3);
        QVERIFY(!second.value(QLatin1String("dry_run")).toBool());
        QCOMPARE(puts(), 1);

        // Usage and not found.
        QCOMPARE(run({QStringLiteral("stock")}).exitCode, 2);
        QCOMPARE(
            run({QStringLiteral("stock"), QStringLiteral("push"), QStringLiteral("--location"), QStringLiteral("x")})
                .exitCode,
            2);
        QCOMPARE(run({QStringLiteral("stock"), QStringLiteral("import"), file, QStringLiteral("--sku-column"),
                      QStringLiteral("Artikel")})
                     .exitCode,
                 2);
        QCOMPARE(
            run({QStringLiteral("stock"), QStringLiteral("push"), QStringLiteral("--store"), QStringLiteral("Nope")})
                .exitCode,
            3);
        QCOMPARE(run({QStringLiteral("stock"), QStringLiteral("import"), m_profile.filePath(QStringLiteral("no.csv"))})
                     .exitCode,
                 3);
        // A binary file: refused by name in one short line, not kilobytes of it printed as a column name.
        QByteArray binary("\x89PNG\r\n\x1a\n", 8);
        for (int i = 0; i < 20000; ++i)
            binary.append(static_cast<char>(1 + (i * 37) % 250));
        const Run notText = run({QStringLiteral("stock"), QStringLiteral("import"), writeFile(binary)});
        QCOMPARE(notText.exitCode, 2);
        QVERIFY2(notText.err.contains(QLatin1String("count.csv is not a text (CSV) file. Export the stock as CSV")),
                 qPrintable(notText.err.left(300)));
        QVERIFY2(notText.err.size() < 300, qPrintable(notText.err.left(300)));
        // With two stores the store must be named.
        addStore(QStringLiteral("Second"), QStringLiteral("other-token"),
                 QStringLiteral("https://api.bigcommerce.com/stores/other1/v3/"));
        const Run ambiguous = run({QStringLiteral("stock"), QStringLiteral("push")});
        QCOMPARE(ambiguous.exitCode, 2);
        QVERIFY2(ambiguous.err.contains(QLatin1String("--store")), qPrintable(ambiguous.err));
    }

    // A level BigCommerce refuses (exit 4, its words in the result), a token without the modify scope (exit 4, the
    // scope named) and a store that cannot be reached (exit 5).
    void refusalsAndFailures()
    {
        startSandbox();
        const QList<QPair<QString, qint64>> items = skus(2);
        // A stock file cannot hold a level above BigCommerce's limit (StockFile refuses it); the database can.
        {
            QString error;
            DatabaseLocation location;
            location.sqlitePath = Packbench::Profile::open(m_profile.path()).databasePath();
            const std::unique_ptr<Database> database = Database::open(location, &error);
            QVERIFY2(database, qPrintable(error));
            const QList<StoreConfig> stores = StoreRepository(*database).list(&error);
            QCOMPARE(stores.size(), 1);
            StockImportRecord record;
            record.fileName = QStringLiteral("count.csv");
            record.levels = 2;
            QVERIFY(StockRepository(*database).importLevels(
                stores.at(0).id,
                {{items.at(0).first, 1, qint64(3000000000), 2}, {items.at(1).first, 1, items.at(1).second + 2, 3}},
                record, &error));
        }
        const Run refused = run({QStringLiteral("stock"), QStringLiteral("push"), QStringLiteral("--json")});
        QVERIFY2(refused.exitCode == 4, qPrintable(refused.out + refused.err));
        const QJsonObject report = QJsonDocument::fromJson(refused.out.toUtf8()).object();
        const QJsonObject tooMuch = changeFor(report, items.at(0).first);
        QCOMPARE(tooMuch.value(QLatin1String("outcome")).toString(), QStringLiteral("refused"));
        QVERIFY2(tooMuch.value(QLatin1String("message")).toString().contains(QLatin1String("too large")),
                 qPrintable(refused.out));
        QCOMPARE(changeFor(report, items.at(1).first).value(QLatin1String("outcome")).toString(),
                 QStringLiteral("pushed"));
        QCOMPARE(*m_client->onHand(items.at(1).first), items.at(1).second + 2);

        QCOMPARE(run({QStringLiteral("store"), QStringLiteral("token"), QStringLiteral("Main")},
                     m_server->options().readOnlyToken.toUtf8() + '\n')
                     .exitCode,
                 0);
        const QString second = writeFile("sku,quantity\n" + items.at(1).first.toUtf8() + ',' +
                                         QByteArray::number(items.at(1).second) + '\n');
        QCOMPARE(run({QStringLiteral("stock"), QStringLiteral("import"), second}).exitCode, 0);
        const Run forbidden =
            run({QStringLiteral("stock"), QStringLiteral("push"), QStringLiteral("--store"), QStringLiteral("Main")});
        QCOMPARE(forbidden.exitCode, 4);
        QVERIFY2(forbidden.err.contains(QLatin1String("Store Inventory: modify")), qPrintable(forbidden.err));
        QCOMPARE(forbidden.err.trimmed().count(QLatin1Char('\n')), 0); // one line on stderr
        QCOMPARE(*m_client->onHand(items.at(1).first), items.at(1).second + 2);

        m_server.reset();
        const Run down =
            run({QStringLiteral("stock"), QStringLiteral("push"), QStringLiteral("--store"), QStringLiteral("Main")});
        QCOMPARE(down.exitCode, 5);
    }
};

QTEST_GUILESS_MAIN(TestStockCommands)
#include "tst_stock_commands.moc"
