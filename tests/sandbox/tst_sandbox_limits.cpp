// Authentication and BigCommerce's rate limit, seen from the client.
#include "SandboxTestClient.h"

#include <QTest>

class TestSandboxLimits : public QObject
{
    Q_OBJECT

private slots:
    void authentication();
    void rateLimit();
    void noQuota();
};

void TestSandboxLimits::authentication()
{
    auto server = startSandbox(sandboxTestOptions(50));
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), QStringLiteral("sandbox-token"));
    const QString orders = client.v2(QStringLiteral("orders?limit=1"));

    const HttpResult noToken = client.request("GET", orders, {}, QString());
    QCOMPARE(noToken.status, 401);
    QCOMPARE(noToken.array().at(0).toObject().value(QLatin1String("status")).toInt(), 401);
    QVERIFY(!noToken.array().at(0).toObject().value(QLatin1String("message")).toString().isEmpty());

    QCOMPARE(client.request("GET", orders, {}, QStringLiteral("wrong-token")).status, 401);

    // A valid token against another store's path.
    const HttpResult otherStore = client.get(QStringLiteral("/stores/otherstore/v2/orders?limit=1"));
    QCOMPARE(otherStore.status, 403);
    QCOMPARE(otherStore.array().at(0).toObject().value(QLatin1String("status")).toInt(), 403);
    // ... and a wrong token there is still a 401.
    QCOMPARE(client.request("GET", QStringLiteral("/stores/otherstore/v2/orders"), {}, QStringLiteral("x")).status,
             401);

    // v3 errors have the v3 shape.
    const HttpResult v3 = client.request("GET", client.v3(QStringLiteral("channels")), {}, QString());
    QCOMPARE(v3.status, 401);
    const QJsonObject v3Error = v3.object();
    QCOMPARE(v3Error.value(QLatin1String("status")).toInt(), 401);
    QVERIFY(v3Error.value(QLatin1String("title")).isString());
    QVERIFY(v3Error.value(QLatin1String("type")).isString());
    QVERIFY(v3Error.value(QLatin1String("errors")).isObject());

    // The read-only token reads but does not write.
    const QString readOnly = QStringLiteral("sandbox-readonly-token");
    QCOMPARE(client.request("GET", orders, {}, readOnly).status, 200);
    QCOMPARE(client.request("GET", client.v3(QStringLiteral("channels")), {}, readOnly).status, 200);
    const QByteArray shipment = R"({"order_address_id":1,"items":[{"order_product_id":1,"quantity":1}]})";
    const HttpResult post =
        client.request("POST", client.v2(QStringLiteral("orders/100/shipments")), shipment, readOnly);
    QCOMPARE(post.status, 403);
    QCOMPARE(post.array().at(0).toObject().value(QLatin1String("status")).toInt(), 403);
    QCOMPARE(client.request("PUT", client.v2(QStringLiteral("orders/100")), R"({"status_id":8})", readOnly).status,
             403);
    QCOMPARE(client.get(client.v2(QStringLiteral("orders/100/shipments"))).status, 204); // nothing was written
    // The full token passes authentication (and meets validation).
    QCOMPARE(client.request("POST", client.v2(QStringLiteral("orders/100/shipments")), "{}").status, 422);
}

void TestSandboxLimits::rateLimit()
{
    SandboxOptions options = sandboxTestOptions(20);
    options.quota = 5;
    options.windowMs = 1500;
    auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), QStringLiteral("sandbox-token"));
    const QString path = client.v2(QStringLiteral("orders?limit=1"));

    qint64 previousReset = 1501;
    for (int i = 0; i < 5; ++i) {
        const HttpResult result = client.get(path);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.headerNumber("x-rate-limit-requests-left"), 4 - i);
        QCOMPARE(result.headerNumber("x-rate-limit-requests-quota"), 5);
        QCOMPARE(result.headerNumber("x-rate-limit-time-window-ms"), 1500);
        const qint64 reset = result.headerNumber("x-rate-limit-time-reset-ms");
        QVERIFY(reset > 0 && reset <= previousReset);
        previousReset = reset;
    }
    const HttpResult limited = client.get(path);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.headerNumber("x-rate-limit-requests-left"), 0);
    QCOMPARE(limited.headerNumber("x-rate-limit-requests-quota"), 5);
    const qint64 wait = limited.headerNumber("x-rate-limit-time-reset-ms");
    QVERIFY(wait > 0 && wait <= 1500);
    // Errors and retries use the quota too: still limited, whatever the request.
    QCOMPARE(client.get(client.v2(QStringLiteral("store"))).status, 429);

    QTest::qWait(static_cast<int>(wait) + 50);
    const HttpResult recovered = client.get(path);
    QCOMPARE(recovered.status, 200);
    QCOMPARE(recovered.headerNumber("x-rate-limit-requests-left"), 4);

    const QJsonObject stats = client.get(QStringLiteral("/__sandbox/stats")).object();
    QCOMPARE(stats.value(QLatin1String("requests")).toInt(), 8); // 5 + two 429s + 1, the stats call not counted
}

void TestSandboxLimits::noQuota()
{
    auto server = startSandbox(sandboxTestOptions(20)); // --quota 0
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), QStringLiteral("sandbox-token"));
    for (int i = 0; i < 200; ++i) {
        const HttpResult result = client.get(client.v2(QStringLiteral("store")));
        QCOMPARE(result.status, 200);
        QVERIFY(result.headerNumber("x-rate-limit-requests-left") > 1000);
    }
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandbox_limits.moc"
