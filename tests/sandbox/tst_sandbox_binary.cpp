// The real packbench-sandbox executable: its command line contract and first line.
#include "SandboxTestClient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestSandboxBinary : public QObject
{
    Q_OBJECT

private slots:
    void firstLineAndServing();
    void customStoreAndToken();
    void help();
    void badArguments_data();
    void badArguments();

private:
    // Starts the binary and returns the port from its first line (0 on failure).
    static quint16 start(QProcess &process, const QStringList &arguments, QString *firstLine);
    static void stop(QProcess &process);
};

quint16 TestSandboxBinary::start(QProcess &process, const QStringList &arguments, QString *firstLine)
{
    process.setProgram(QStringLiteral(PACKBENCH_SANDBOX_BINARY));
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(10000))
        return 0;
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(20000))
            return 0;
    }
    *firstLine = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression pattern(
        QStringLiteral("^API path: http://127\\.0\\.0\\.1:(\\d+)/stores/([^/]+)/v3/$"));
    const auto match = pattern.match(*firstLine);
    return match.hasMatch() ? static_cast<quint16>(match.captured(1).toUInt()) : 0;
}

void TestSandboxBinary::stop(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

void TestSandboxBinary::firstLineAndServing()
{
    QProcess process;
    QString line;
    const quint16 port = start(process,
                               {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--orders"),
                                QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("9")},
                               &line);
    QVERIFY2(port != 0, qPrintable(line + QString::fromUtf8(process.readAllStandardError())));
    QVERIFY(line.contains(QLatin1String("/stores/sandbox1/v3/")));
    SandboxTestClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("sandbox1"),
                             QStringLiteral("sandbox-token"));
    const HttpResult store = client.get(client.v2(QStringLiteral("store")));
    QCOMPARE(store.status, 200);
    QCOMPARE(store.object().value(QLatin1String("id")).toString(), QStringLiteral("sandbox1"));
    QCOMPARE(client.get(client.v2(QStringLiteral("orders/count"))).object().value(QLatin1String("count")).toInt(), 120);
    QCOMPARE(client.get(client.v2(QStringLiteral("orders?limit=250"))).array().size(), 120);
    // Default quota: 150 per 30 s window.
    QCOMPARE(store.headerNumber("x-rate-limit-requests-quota"), 150);
    QCOMPARE(store.headerNumber("x-rate-limit-time-window-ms"), 30000);
    // Nothing but that one line on stdout, and no token in it.
    const QByteArray rest = process.readAllStandardOutput();
    QVERIFY2(rest.isEmpty(), rest.constData());
    QVERIFY(!line.contains(QLatin1String("token")));
    stop(process);
}

void TestSandboxBinary::customStoreAndToken()
{
    QProcess process;
    QString line;
    const quint16 port =
        start(process,
              {QStringLiteral("--port=0"), QStringLiteral("--orders"), QStringLiteral("10"),
               QStringLiteral("--store-hash"), QStringLiteral("abc123"), QStringLiteral("--token"),
               QStringLiteral("T1"), QStringLiteral("--read-only-token"), QStringLiteral("T2"),
               QStringLiteral("--channels"), QStringLiteral("4"), QStringLiteral("--quota"), QStringLiteral("0")},
              &line);
    QVERIFY2(port != 0, qPrintable(line));
    QVERIFY(line.endsWith(QLatin1String("/stores/abc123/v3/")));
    SandboxTestClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("abc123"),
                             QStringLiteral("T1"));
    QCOMPARE(client.get(client.v2(QStringLiteral("store"))).status, 200);
    QCOMPARE(client.request("GET", client.v2(QStringLiteral("store")), {}, QStringLiteral("sandbox-token")).status,
             401);
    QCOMPARE(client.request("PUT", client.v2(QStringLiteral("orders/100")), R"({"status_id":8})", QStringLiteral("T2"))
                 .status,
             403);
    QCOMPARE(client.get(client.v3(QStringLiteral("channels"))).object().value(QLatin1String("data")).toArray().size(),
             4);
    stop(process);
}

void TestSandboxBinary::help()
{
    QProcess process;
    process.start(QStringLiteral(PACKBENCH_SANDBOX_BINARY), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *option :
         {"--port", "--orders", "--seed", "--store-hash", "--token", "--read-only-token", "--channels", "--quota",
          "--window-ms", "--latency-ms", "--fail", "reset-after-write", "--fail-writes-only", "--without-consignments"})
        QVERIFY2(text.contains(QLatin1String(option)), option);
}

void TestSandboxBinary::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")};
    QTest::newRow("port out of range") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("missing value") << QStringList{QStringLiteral("--orders")};
    QTest::newRow("unknown fault") << QStringList{QStringLiteral("--fail"), QStringLiteral("gremlins:0.5")};
    QTest::newRow("fault fraction") << QStringList{QStringLiteral("--fail"), QStringLiteral("5xx:1.5")};
    QTest::newRow("without-consignments over 1")
        << QStringList{QStringLiteral("--without-consignments"), QStringLiteral("1.2")};
    QTest::newRow("without-consignments not a number")
        << QStringList{QStringLiteral("--without-consignments"), QStringLiteral("most")};
    QTest::newRow("faults over 1") << QStringList{QStringLiteral("--fail"), QStringLiteral("5xx:0.6,timeout:0.6")};
}

void TestSandboxBinary::badArguments()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(QStringLiteral(PACKBENCH_SANDBOX_BINARY), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxBinary)
#include "tst_sandbox_binary.moc"
