// `packbench import`, `why` and `shipments` as scripts run them: the real binary, the real keychain, SQLite, and the
// sandbox store over real HTTP. Includes the crash test: SIGKILL at random moments, then one more import.
#include "SandboxTestClient.h"
#include "support/ExpectedImport.h"
#include "support/TestSecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestImportCommands : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_profile;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    QProcess *startBinary(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("PACKBENCH_HTTP_TIMEOUT_MS"), QStringLiteral("3000"));
        env.insert(QStringLiteral("PACKBENCH_RETRY_BASE_MS"), QStringLiteral("20"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(PACKBENCH_EXECUTABLE),
                       QStringList{QStringLiteral("--profile"), m_profile.path()} + arguments);
        return process;
    }

    Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess *process = startBinary(arguments);
        Run result;
        if (!process->waitForStarted())
            return result;
        process->write(input);
        process->closeWriteChannel();
        QElapsedTimer timer;
        timer.start();
        while (process->state() != QProcess::NotRunning && timer.elapsed() < 120000)
            QTest::qWait(10);
        result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        result.out = QString::fromUtf8(process->readAllStandardOutput());
        result.err = QString::fromUtf8(process->readAllStandardError());
        delete process;
        return result;
    }

    void startSandbox(int orders, int latencyMs)
    {
        SandboxOptions options;
        options.port = 0;
        options.orders = orders;
        options.quota = 0;
        options.latencyMs = latencyMs;
        m_server = ::startSandbox(options);
        m_client = std::make_unique<SandboxTestClient>(m_server->rootUrl(), options.storeHash, options.token);
        const Run added = run({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("Main"), QStringLiteral("--api-path"), m_server->apiPath(),
                               QStringLiteral("--client-id"), QStringLiteral("c1")},
                              options.token.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    // Orders and consignments an import of statuses 9 and 11 over `days` must bring, from the sandbox itself.
    // What an import of the default statuses over `days` must give, from the sandbox's own listing.
    ExpectedImport::Counts expected(int days)
    {
        return ExpectedImport::of(*m_client, Packbench::StoreConfig::withDefaults(), {9, 11}, days);
    }

private Q_SLOTS:
    void initTestCase() { PACKBENCH_REQUIRE_KEYCHAIN(); }

    void init()
    {
        m_profile.~QTemporaryDir();
        new (&m_profile) QTemporaryDir;
    }

    void importJsonAndShipments()
    {
        startSandbox(800, 0);
        const Run imported = run({QStringLiteral("import"), QStringLiteral("--store"), QStringLiteral("Main"),
                                  QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonObject report = QJsonDocument::fromJson(imported.out.toUtf8()).object();
        for (const char *key :
             {"new", "updated", "unchanged", "skipped", "shipments_new", "requests", "skipped_orders"})
            QVERIFY2(report.contains(QLatin1String(key)), key);
        const ExpectedImport::Counts want = expected(30);
        const int orders = want.orders;
        const int shipments = want.shipments;
        QCOMPARE(report[QLatin1String("new")].toInt(), orders);
        QCOMPARE(report[QLatin1String("shipments_new")].toInt(), shipments);
        // Each store's outcome.
        const QJsonArray stores = report[QLatin1String("stores")].toArray();
        QCOMPARE(stores.size(), 1);
        QCOMPARE(stores.at(0)[QLatin1String("store")].toString(), QStringLiteral("Main"));
        QCOMPARE(stores.at(0)[QLatin1String("new")].toInt(), orders);
        QVERIFY(stores.at(0)[QLatin1String("error")].isNull());

        const Run listed = run({QStringLiteral("shipments"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(rows.size(), shipments);
        const QJsonObject first = rows.at(0).toObject();
        for (const char *key :
             {"store", "order_id", "shipment_id", "consignment", "channel_id", "tags", "state", "bc_status_id",
              "customer", "city", "country", "items", "carrier", "tracking_number", "atl"})
            QVERIFY2(first.contains(QLatin1String(key)), key);

        const Run again = run({QStringLiteral("import"), QStringLiteral("--all"), QStringLiteral("--days"),
                               QStringLiteral("30"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object()[QLatin1String("new")].toInt(), 0);

        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--store"), QStringLiteral("Main"),
                      QStringLiteral("--days"), QStringLiteral("0")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--days"), QStringLiteral("5")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--store"), QStringLiteral("Nope")}).exitCode, 3);
    }

    void whyExplainsEachCase()
    {
        startSandbox(600, 0);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--store"), QStringLiteral("Main"),
                      QStringLiteral("--days"), QStringLiteral("60")})
                     .exitCode,
                 0);
        // One order per case, straight from the sandbox.
        const QJsonArray all = m_client->allOrders(QStringLiteral("include=consignments.line_items&consignment_"
                                                                  "structure=object"));
        qint64 imported = 0, otherStatus = 0, digital = 0, cancelled = 0;
        for (const QJsonValue &value : all) {
            const int status = value[QLatin1String("status_id")].toInt();
            const qint64 id = value[QLatin1String("id")].toInteger();
            const bool isDigital = value[QLatin1String("order_is_digital")].toBool();
            if ((status == 9 || status == 11) && !isDigital && !imported)
                imported = id;
            else if ((status == 9 || status == 11) && isDigital && !digital)
                digital = id;
            else if (status == 7 && !otherStatus)
                otherStatus = id;
            else if (status == 5 && !cancelled)
                cancelled = id;
        }
        auto why = [this](qint64 id) {
            return run({QStringLiteral("why"), QStringLiteral("--store"), QStringLiteral("Main"),
                        QStringLiteral("--order"), QString::number(id)});
        };
        Run result = why(imported);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Imported")), qPrintable(result.out));
        // Awaiting Payment: importing it would not make it a shipment to ship (the decision holds it), so "why"
        // says so rather than suggesting an import of that status.
        result = why(otherStatus);
        QVERIFY2(result.out.contains(QStringLiteral("on hold")), qPrintable(result.out));
        QVERIFY(!result.out.contains(QStringLiteral("--statuses 7")));
        result = why(digital);
        QVERIFY2(result.out.contains(QStringLiteral("digital only")), qPrintable(result.out));
        result = why(cancelled);
        QVERIFY2(result.out.contains(QStringLiteral("nothing to ship")), qPrintable(result.out));
        result = why(99999999);
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.out.contains(QStringLiteral("no order #99999999")));
    }

    // Killing the import at any moment and importing again gives the same database as one uninterrupted import.
    void killedImportsLoseAndDuplicateNothing()
    {
        startSandbox(3000, 15);
        QRandomGenerator random(20261124);
        int killed = 0;
        for (int round = 0; round < 5; ++round) {
            QProcess *process = startBinary({QStringLiteral("import"), QStringLiteral("--store"),
                                             QStringLiteral("Main"), QStringLiteral("--days"), QStringLiteral("60")});
            QVERIFY(process->waitForStarted());
            QTest::qWait(static_cast<int>(random.bounded(150, 1200)));
            if (process->state() == QProcess::Running) {
                ::kill(static_cast<pid_t>(process->processId()), SIGKILL);
                ++killed;
            }
            QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 30000);
            delete process;
        }
        QVERIFY2(killed >= 3, "most rounds must have been killed mid-import");
        const Run final = run({QStringLiteral("import"), QStringLiteral("--store"), QStringLiteral("Main"),
                               QStringLiteral("--days"), QStringLiteral("60"), QStringLiteral("--json")});
        QVERIFY2(final.exitCode == 0, qPrintable(final.err));

        const ExpectedImport::Counts want = expected(60);
        const int orders = want.orders;
        const int shipments = want.shipments;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_profile.filePath(QStringLiteral("packbench.sqlite")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
            // Exactly the consignments the sandbox lists, each once: a duplicate or a lost shipment changes the list.
            QVERIFY(query.exec(QStringLiteral("SELECT order_id, kind, consignment_id FROM shipments ORDER BY order_id, "
                                              "kind, consignment_id")));
            QStringList rows;
            while (query.next())
                rows << QStringLiteral("%1/%2:%3")
                            .arg(query.value(0).toLongLong())
                            .arg(query.value(1).toString())
                            .arg(query.value(2).toLongLong());
            QStringList wanted(want.consignments.cbegin(), want.consignments.cend());
            std::sort(wanted.begin(), wanted.end());
            std::sort(rows.begin(), rows.end());
            QCOMPARE(rows.size(), shipments);
            QCOMPARE(rows, wanted);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM orders")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), orders);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM shipments s WHERE NOT EXISTS (SELECT 1 FROM "
                                              "shipment_items i WHERE i.shipment_key = s.shipment_key)")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 0); // no shipment without its items
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    // No match: `[]` for scripts, one line on stderr for people, exit 0 either way.
    void shipmentsWithoutMatchSayWhat()
    {
        auto expectNoMatch = [this](const QStringList &filter) {
            const Run json = run(QStringList{QStringLiteral("shipments"), QStringLiteral("--json")} + filter);
            QCOMPARE(json.exitCode, 0);
            QCOMPARE(json.out, QStringLiteral("[]\n"));
            QCOMPARE(json.err, QString());
            const Run text = run(QStringList{QStringLiteral("shipments")} + filter);
            QCOMPARE(text.exitCode, 0);
            QCOMPARE(text.out, QString());
            QCOMPARE(text.err, QStringLiteral("No shipments match.\n"));
        };
        expectNoMatch({}); // nothing imported yet
        if (QTest::currentTestFailed())
            return;

        startSandbox(200, 0);
        const Run imported = run({QStringLiteral("import"), QStringLiteral("--store"), QStringLiteral("Main"),
                                  QStringLiteral("--days"), QStringLiteral("30")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const Run all = run({QStringLiteral("shipments")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(!all.out.isEmpty());
        QCOMPARE(all.err, QString());
        for (const QStringList &filter :
             {QStringList{QStringLiteral("--search"), QStringLiteral("no such customer %_")},
              QStringList{QStringLiteral("--tag"), QStringLiteral("no-such-tag")}}) {
            expectNoMatch(filter);
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestImportCommands)
#include "tst_import_commands.moc"
