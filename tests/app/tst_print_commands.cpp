// `packbench print`, `reprint`, `void`, `writeback` and `dispatch` as scripts run them: the real binary, the real
// keychain, SQLite and the sandbox store over real HTTP. Includes the crash test: SIGKILL right after printing and
// while write-backs are under way, then start again: exactly one BigCommerce shipment per label.
#include "SandboxTestClient.h"
#include "support/TestSecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// What a barcode decoder from Debian reads on a label file (a PDF is rasterised first).
QString decodeBarcode(const QString &file)
{
    QString image = file;
    if (file.endsWith(QLatin1String(".pdf"))) {
        const QString prefix = file + QStringLiteral("-page");
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), QStringLiteral("-f"),
                           QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), file, prefix});
        image = prefix + QStringLiteral("-1.png");
    }
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), image});
    zbar.waitForFinished(30000);
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}
} // namespace

class TestPrintCommands : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_profile;
    QTemporaryDir m_files;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    QProcess *startBinary(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("PACKBENCH_HTTP_TIMEOUT_MS"), QStringLiteral("3000"));
        env.insert(QStringLiteral("PACKBENCH_RETRY_BASE_MS"), QStringLiteral("20"));
        env.insert(QStringLiteral("PACKBENCH_WRITEBACK_RETRY_BASE_MS"), QStringLiteral("20"));
        env.insert(QStringLiteral("PACKBENCH_WRITEBACK_RETRY_CAP_MS"), QStringLiteral("200"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(PACKBENCH_EXECUTABLE),
                       QStringList{QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--station"),
                                   QStringLiteral("Bench 2")} +
                           arguments);
        return process;
    }

    Run finish(QProcess *process, int timeoutMs = 120000)
    {
        Run result;
        QElapsedTimer timer;
        timer.start();
        while (process->state() != QProcess::NotRunning && timer.elapsed() < timeoutMs)
            QTest::qWait(10);
        result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        result.out = QString::fromUtf8(process->readAllStandardOutput());
        result.err = QString::fromUtf8(process->readAllStandardError());
        delete process;
        return result;
    }

    Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess *process = startBinary(arguments);
        if (!process->waitForStarted())
            return {};
        process->write(input);
        process->closeWriteChannel();
        return finish(process);
    }

    void startSandbox(int orders, int latencyMs = 0)
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
        const Run imported = run({QStringLiteral("import"), QStringLiteral("--store"), QStringLiteral("Main"),
                                  QStringLiteral("--days"), QStringLiteral("3650")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    QJsonArray shipments(const QStringList &filter = {})
    {
        const Run listed = run(QStringList{QStringLiteral("shipments"), QStringLiteral("--json")} + filter);
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    // Orders with exactly one shipment, a shipping one, to ship.
    QList<qint64> singleShipmentOrders(int count)
    {
        QHash<qint64, int> perOrder;
        const QJsonArray all = shipments();
        for (const QJsonValue &row : all)
            ++perOrder[row[QLatin1String("order_id")].toInteger()];
        QList<qint64> orders;
        for (const QJsonValue &row : all) {
            const qint64 order = row[QLatin1String("order_id")].toInteger();
            if (perOrder.value(order) == 1 && row[QLatin1String("state")].toString() == QLatin1String("to-ship") &&
                row[QLatin1String("consignment")].toString().startsWith(QLatin1String("shipping:")) &&
                orders.size() < count)
                orders << order;
        }
        return orders;
    }

    QJsonObject row(qint64 orderId)
    {
        for (const QJsonValue &value : shipments())
            if (value[QLatin1String("order_id")].toInteger() == orderId)
                return value.toObject();
        return {};
    }

    QJsonArray bcShipments(qint64 orderId)
    {
        return m_client->get(m_client->v2(QStringLiteral("orders/%1/shipments").arg(orderId))).array();
    }
    int stat(const char *key)
    {
        return m_client->get(QStringLiteral("/__sandbox/stats")).json().object().value(QLatin1String(key)).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        PACKBENCH_REQUIRE_KEYCHAIN();
        for (const char *tool : {"zbarimg", "pdftoppm"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     "zbar-tools and poppler-utils are missing: run scripts/setup.sh");
    }

    void init()
    {
        m_profile.~QTemporaryDir();
        new (&m_profile) QTemporaryDir;
    }

    void printReprintAndVoid()
    {
        startSandbox(120);
        const QList<qint64> orders = singleShipmentOrders(1);
        QCOMPARE(orders.size(), 1);
        const qint64 order = orders.constFirst();
        const QString pdf = m_files.filePath(QStringLiteral("label.pdf"));
        const Run printed = run({QStringLiteral("print"), QStringLiteral("--order"), QString::number(order),
                                 QStringLiteral("--output"), pdf, QStringLiteral("--wait")});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err + printed.out));
        QVERIFY2(printed.out.contains(QLatin1String("sent at")), qPrintable(printed.out));
        const QJsonObject after = row(order);
        QCOMPARE(after[QLatin1String("state")].toString(), QStringLiteral("written-back"));
        const QString tracking = after[QLatin1String("tracking_number")].toString();
        QVERIFY(!tracking.isEmpty());
        // The barcode on the label reads back as the tracking number BigCommerce got.
        QCOMPARE(decodeBarcode(pdf), tracking);
        const QJsonArray created = bcShipments(order);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.at(0)[QLatin1String("tracking_number")].toString(), tracking);

        // Printing it again is refused with the station and the way out.
        const Run again = run({QStringLiteral("print"), QStringLiteral("--order"), QString::number(order),
                               QStringLiteral("--output"), m_files.filePath(QStringLiteral("again.pdf"))});
        QCOMPARE(again.exitCode, 8);
        QVERIFY2(again.err.contains(QLatin1String("Bench 2")) && again.err.contains(QLatin1String("Reprint")),
                 qPrintable(again.err));

        // Reprint: the same label, nothing sent.
        const int requests = stat("requests");
        const QString png = m_files.filePath(QStringLiteral("reprint.png"));
        const Run reprinted = run({QStringLiteral("reprint"), QStringLiteral("--order"), QString::number(order),
                                   QStringLiteral("--output"), png});
        QVERIFY2(reprinted.exitCode == 0, qPrintable(reprinted.err));
        QCOMPARE(decodeBarcode(png), tracking);
        QCOMPARE(stat("requests"), requests);

        // Void after the write-back: the BigCommerce shipment goes, the order is back where it was.
        const Run voided =
            run({QStringLiteral("void"), QStringLiteral("--order"), QString::number(order), QStringLiteral("--wait")});
        QVERIFY2(voided.exitCode == 0, qPrintable(voided.err + voided.out));
        QCOMPARE(bcShipments(order).size(), 0);
        QCOMPARE(row(order)[QLatin1String("state")].toString(), QStringLiteral("to-ship"));

        const Run counts = run({QStringLiteral("writeback"), QStringLiteral("--json")});
        QCOMPARE(counts.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(counts.out.toUtf8()).object();
        for (const char *key : {"queued", "sending", "sent", "retrying", "failed"})
            QVERIFY2(json.contains(QLatin1String(key)), key);

        // Bad usage says what to do.
        QCOMPARE(run({QStringLiteral("print"), QStringLiteral("--order"), QString::number(order)}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("print"), QStringLiteral("--order"), QStringLiteral("99999999"),
                      QStringLiteral("--output"), pdf})
                     .exitCode,
                 3);
        QCOMPARE(run({QStringLiteral("print"), QStringLiteral("--order"), QString::number(order),
                      QStringLiteral("--output"), m_files.filePath(QStringLiteral("x.doc"))})
                     .exitCode,
                 2);
    }

    // Another station holds the store's lease (it sends the store's write-backs): `packbench writeback` here sends
    // what it may and ends, instead of waiting for rows it must not take. It used to wait forever.
    void writebackLeavesAnotherStationsRowsAlone()
    {
        startSandbox(120);
        const QList<qint64> orders = singleShipmentOrders(1);
        QCOMPARE(orders.size(), 1);
        const qint64 order = orders.constFirst();
        const QString name = QStringLiteral("lease-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_profile.filePath(QStringLiteral("packbench.sqlite")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO store_leases (store_id, holder, station, host, pid, "
                                               "expires_at, taken_at) SELECT id, 'bench-1-holder', 'Bench 1', "
                                               "'elsewhere.example', 1, %1, %2 FROM stores")
                                    .arg(now + 600000)
                                    .arg(now)),
                     qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        const Run printed = run({QStringLiteral("print"), QStringLiteral("--order"), QString::number(order),
                                 QStringLiteral("--output"), m_files.filePath(QStringLiteral("lease.pdf"))});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err + printed.out));

        const Run counts = run({QStringLiteral("writeback"), QStringLiteral("--json")});
        QCOMPARE(counts.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(counts.out.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("queued")).toInt(), 1);
        QCOMPARE(bcShipments(order).size(), 0); // Bench 1's to send
    }

    void dispatchSendsWhatWasPrinted()
    {
        startSandbox(120);
        QCOMPARE(run({QStringLiteral("store"), QStringLiteral("set"), QStringLiteral("Main"),
                      QStringLiteral("--writeback"), QStringLiteral("on-dispatch")})
                     .exitCode,
                 0);
        const QList<qint64> orders = singleShipmentOrders(3);
        QCOMPARE(orders.size(), 3);
        for (qint64 order : orders) {
            const Run printed =
                run({QStringLiteral("print"), QStringLiteral("--order"), QString::number(order),
                     QStringLiteral("--output"), m_files.filePath(QStringLiteral("%1.zpl").arg(order))});
            QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
            QVERIFY2(printed.out.contains(QLatin1String("dispatch")), qPrintable(printed.out));
        }
        QCOMPARE(run({QStringLiteral("writeback")}).exitCode, 0);
        QCOMPARE(stat("shipments"), 0);
        const Run dispatched = run({QStringLiteral("dispatch"), QStringLiteral("--order"),
                                    QString::number(orders.at(0)), QStringLiteral("--wait")});
        QVERIFY2(dispatched.exitCode == 0, qPrintable(dispatched.err));
        QCOMPARE(stat("shipments"), 1);
        QCOMPARE(run({QStringLiteral("dispatch"), QStringLiteral("--wait")}).exitCode, 0);
        QCOMPARE(stat("shipments"), 3);
    }

    // Carriers from the command line, and a manual carrier's number written back with its AfterShip code.
    void manualCarrierFromTheCommandLine()
    {
        startSandbox(80);
        QCOMPARE(run({QStringLiteral("carrier"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Bad"),
                      QStringLiteral("--kind"), QStringLiteral("own-sequence"), QStringLiteral("--prefix"),
                      QStringLiteral("P1"), QStringLiteral("--country"), QStringLiteral("NZ")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("carrier"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("DHL"),
                      QStringLiteral("--kind"), QStringLiteral("manual"), QStringLiteral("--tracking-carrier"),
                      QStringLiteral("dhl")})
                     .exitCode,
                 0);
        const Run listed = run({QStringLiteral("carrier"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.out.contains(QLatin1String("\"DHL\"")) && !listed.out.contains(QLatin1String("\"Bad\"")),
                 qPrintable(listed.out));
        QCOMPARE(run({QStringLiteral("carrier"), QStringLiteral("remove"), QStringLiteral("Own sequence")}).exitCode,
                 8);

        const qint64 order = singleShipmentOrders(1).value(0);
        QVERIFY(order > 0);
        const QString label = m_files.filePath(QStringLiteral("dhl.zpl"));
        const Run withoutNumber =
            run({QStringLiteral("print"), QStringLiteral("--order"), QString::number(order),
                 QStringLiteral("--carrier"), QStringLiteral("DHL"), QStringLiteral("--output"), label});
        QCOMPARE(withoutNumber.exitCode, 2);
        QCOMPARE(row(order)[QLatin1String("state")].toString(), QStringLiteral("to-ship"));
        const Run printed =
            run({QStringLiteral("print"), QStringLiteral("--order"), QString::number(order),
                 QStringLiteral("--carrier"), QStringLiteral("DHL"), QStringLiteral("--tracking"),
                 QStringLiteral("JD014600006281230704"), QStringLiteral("--output"), label, QStringLiteral("--wait")});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        const QJsonArray created = bcShipments(order);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.at(0)[QLatin1String("tracking_number")].toString(), QStringLiteral("JD014600006281230704"));
        QCOMPARE(created.at(0)[QLatin1String("tracking_carrier")].toString(), QStringLiteral("dhl"));
    }

    void zplGoesRawToANetworkPrinter()
    {
        startSandbox(60);
        QTcpServer printer;
        QVERIFY(printer.listen(QHostAddress::LocalHost, 0));
        QByteArray received;
        connect(&printer, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = printer.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&received, socket] { received += socket->readAll(); });
        });
        const qint64 order = singleShipmentOrders(1).value(0);
        QVERIFY(order > 0);
        const Run printed =
            run({QStringLiteral("print"), QStringLiteral("--order"), QString::number(order), QStringLiteral("--output"),
                 QStringLiteral("tcp://127.0.0.1:%1").arg(printer.serverPort())});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QTRY_VERIFY(received.contains("^XZ"));
        QVERIFY(received.startsWith("^XA"));
        QVERIFY(received.contains(row(order)[QLatin1String("tracking_number")].toString().toUtf8()));
    }

    // SIGKILL right after printing and at random moments while the write-backs go out; then start again. Every
    // label ends as exactly one BigCommerce shipment.
    void killedStationsWriteBackExactlyOnce()
    {
        startSandbox(300, 40);
        const QList<qint64> orders = singleShipmentOrders(12);
        QCOMPARE(orders.size(), 12);
        // Killed the moment the print is reported (its write-back was queued in the same transaction).
        for (qint64 order : orders) {
            QProcess *process = startBinary(
                {QStringLiteral("print"), QStringLiteral("--order"), QString::number(order), QStringLiteral("--output"),
                 m_files.filePath(QStringLiteral("k%1.zpl").arg(order)), QStringLiteral("--wait")});
            QVERIFY(process->waitForStarted());
            QElapsedTimer clock;
            clock.start();
            while (!process->readAllStandardOutput().contains("Printed") && process->state() == QProcess::Running &&
                   clock.elapsed() < 30000)
                QTest::qWait(2);
            if (process->state() == QProcess::Running)
                ::kill(static_cast<pid_t>(process->processId()), SIGKILL);
            finish(process);
        }
        QRandomGenerator random(20261129);
        for (int round = 0; round < 4; ++round) {
            QProcess *process = startBinary({QStringLiteral("writeback"), QStringLiteral("--wait")});
            QVERIFY(process->waitForStarted());
            QTest::qWait(static_cast<int>(random.bounded(100, 400)));
            if (process->state() == QProcess::Running)
                ::kill(static_cast<pid_t>(process->processId()), SIGKILL);
            finish(process);
        }
        const Run last = run({QStringLiteral("writeback"), QStringLiteral("--wait"), QStringLiteral("--json")});
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));
        QCOMPARE(QJsonDocument::fromJson(last.out.toUtf8()).object().value(QLatin1String("sent")).toInt(),
                 orders.size());
        QCOMPARE(stat("shipments"), orders.size());
        for (qint64 order : orders) {
            const QJsonArray created = bcShipments(order);
            QCOMPARE(created.size(), 1);
            QCOMPARE(created.at(0)[QLatin1String("tracking_number")].toString(),
                     row(order)[QLatin1String("tracking_number")].toString());
        }
    }
};

QTEST_GUILESS_MAIN(TestPrintCommands)
#include "tst_print_commands.moc"
