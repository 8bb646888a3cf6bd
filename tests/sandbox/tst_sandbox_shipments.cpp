// Writes: POST shipments with BigCommerce's validation and status moves, PUT order, the merchant control endpoint
// and the request statistics.
#include "SandboxTestClient.h"

#include <QTest>

class TestSandboxShipments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rejectsInvalidShipments();
    void partialThenFullShipment();
    void secondIdenticalPostCreatesSecondShipment();
    void putOrderStatus();
    void merchantChange();
    void stats();

private:
    // An order in status 11 with one shipping address, no refunds and at least `units` units in its first item.
    QJsonObject findShippableOrder(int minUnitsInFirstItem, int minItems, QSet<int> *used);
    QJsonObject reload(int orderId);
    static QJsonArray lineItems(const QJsonObject &order, int consignment = 0);
    void expect422(const QJsonObject &body, int orderId, const char *why);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QJsonArray m_orders;
    QSet<int> m_used;
};

void TestSandboxShipments::initTestCase()
{
    m_server = startSandbox(sandboxTestOptions(300, 3));
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(m_server->rootUrl(), QStringLiteral("sandbox1"),
                                                   QStringLiteral("sandbox-token"));
    m_orders = m_client->allOrders(QStringLiteral("include=consignments.line_items&consignment_structure=object"));
    QCOMPARE(m_orders.size(), 300);
}

QJsonArray TestSandboxShipments::lineItems(const QJsonObject &order, int consignment)
{
    return order.value(QLatin1String("consignments"))
        .toObject()
        .value(QLatin1String("shipping"))
        .toArray()
        .at(consignment)
        .toObject()
        .value(QLatin1String("line_items"))
        .toArray();
}

QJsonObject TestSandboxShipments::findShippableOrder(int minUnits, int minItems, QSet<int> *used)
{
    for (const QJsonValue &value : std::as_const(m_orders)) {
        const QJsonObject order = value.toObject();
        const int id = order.value(QLatin1String("id")).toInt();
        if (used->contains(id) || order.value(QLatin1String("status_id")).toInt() != 11 ||
            order.value(QLatin1String("shipping_address_count")).toInt() != 1 ||
            order.value(QLatin1String("refunded_amount")).toString() != QLatin1String("0.0000"))
            continue;
        const QJsonArray items = lineItems(order);
        if (items.size() < minItems || items.size() > 50 ||
            items.at(0).toObject().value(QLatin1String("quantity")).toInt() < minUnits)
            continue;
        used->insert(id);
        return order;
    }
    return {};
}

QJsonObject TestSandboxShipments::reload(int orderId)
{
    return m_client
        ->get(m_client->v2(
            QStringLiteral("orders/%1?include=consignments.line_items&consignment_structure=object").arg(orderId)))
        .object();
}

void TestSandboxShipments::expect422(const QJsonObject &body, int orderId, const char *why)
{
    const HttpResult result = m_client->post(m_client->v2(QStringLiteral("orders/%1/shipments").arg(orderId)), body);
    QVERIFY2(result.status == 422, qPrintable(QStringLiteral("%1: HTTP %2 %3")
                                                  .arg(QLatin1String(why))
                                                  .arg(result.status)
                                                  .arg(QString::fromUtf8(result.body))));
    const QJsonObject error = result.array().at(0).toObject();
    QCOMPARE(error.value(QLatin1String("status")).toInt(), 422);
    QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
}

void TestSandboxShipments::rejectsInvalidShipments()
{
    const QJsonObject order = findShippableOrder(1, 1, &m_used);
    QVERIFY(!order.isEmpty());
    const int id = order.value(QLatin1String("id")).toInt();
    const int addressId = order.value(QLatin1String("consignments"))
                              .toObject()
                              .value(QLatin1String("shipping"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QLatin1String("id"))
                              .toInt();
    const QJsonObject item = lineItems(order).at(0).toObject();
    const int productId = item.value(QLatin1String("id")).toInt();
    const int quantity = item.value(QLatin1String("quantity")).toInt();
    auto items = [](int product, int units) {
        return QJsonArray{
            QJsonObject{{QStringLiteral("order_product_id"), product}, {QStringLiteral("quantity"), units}}};
    };

    expect422({{QStringLiteral("items"), items(productId, 1)}}, id, "missing order_address_id");
    expect422({{QStringLiteral("order_address_id"), 999999}, {QStringLiteral("items"), items(productId, 1)}}, id,
              "unknown address");
    expect422({{QStringLiteral("order_address_id"), addressId}}, id, "missing items");
    expect422({{QStringLiteral("order_address_id"), addressId}, {QStringLiteral("items"), QJsonArray()}}, id,
              "empty items");
    expect422({{QStringLiteral("order_address_id"), addressId}, {QStringLiteral("items"), items(999999, 1)}}, id,
              "unknown product");
    expect422(
        {{QStringLiteral("order_address_id"), addressId}, {QStringLiteral("items"), items(productId, quantity + 1)}},
        id, "too many");
    expect422({{QStringLiteral("order_address_id"), addressId}, {QStringLiteral("items"), items(productId, 0)}}, id,
              "zero");
    expect422({{QStringLiteral("order_address_id"), addressId},
               {QStringLiteral("items"), items(productId, 1)},
               {QStringLiteral("tracking_number"), QString(51, QLatin1Char('9'))}},
              id, "tracking number too long");

    // A product of another order's address.
    const QJsonObject other = findShippableOrder(1, 1, &m_used);
    const int otherProduct = lineItems(other).at(0).toObject().value(QLatin1String("id")).toInt();
    expect422({{QStringLiteral("order_address_id"), addressId}, {QStringLiteral("items"), items(otherProduct, 1)}}, id,
              "product of another order");

    // A product of the order's other address.
    for (const QJsonValue &value : std::as_const(m_orders)) {
        const QJsonObject twoAddress = value.toObject();
        if (twoAddress.value(QLatin1String("shipping_address_count")).toInt() != 2)
            continue;
        const int twoId = twoAddress.value(QLatin1String("id")).toInt();
        const int firstAddress = twoAddress.value(QLatin1String("consignments"))
                                     .toObject()
                                     .value(QLatin1String("shipping"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QLatin1String("id"))
                                     .toInt();
        const int secondAddressProduct = lineItems(twoAddress, 1).at(0).toObject().value(QLatin1String("id")).toInt();
        expect422({{QStringLiteral("order_address_id"), firstAddress},
                   {QStringLiteral("items"), items(secondAddressProduct, 1)}},
                  twoId, "product of the other address");
        break;
    }
    // Nothing changed.
    QCOMPARE(reload(id).value(QLatin1String("status_id")).toInt(), 11);
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders/%1/shipments").arg(id))).status, 204);
    QCOMPARE(m_client->post(m_client->v2(QStringLiteral("orders/99999/shipments")), {}).status, 404);
}

void TestSandboxShipments::partialThenFullShipment()
{
    const QJsonObject order = findShippableOrder(2, 1, &m_used);
    QVERIFY2(!order.isEmpty(), "no order with 2+ units in its first item");
    const int id = order.value(QLatin1String("id")).toInt();
    const int addressId = order.value(QLatin1String("consignments"))
                              .toObject()
                              .value(QLatin1String("shipping"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QLatin1String("id"))
                              .toInt();
    const QJsonArray items = lineItems(order);
    const QJsonObject first = items.at(0).toObject();
    const int firstId = first.value(QLatin1String("id")).toInt();

    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const HttpResult created = m_client->post(
        m_client->v2(QStringLiteral("orders/%1/shipments").arg(id)),
        {{QStringLiteral("order_address_id"), addressId},
         {QStringLiteral("tracking_number"), QStringLiteral("EJ958083578US")},
         {QStringLiteral("shipping_provider"), QStringLiteral("usps")},
         {QStringLiteral("comments"), QStringLiteral("Zoë's first box")},
         {QStringLiteral("items"),
          QJsonArray{QJsonObject{{QStringLiteral("order_product_id"), firstId}, {QStringLiteral("quantity"), 1}}}}});
    QCOMPARE(created.status, 201);
    const QJsonObject shipment = created.object();
    QVERIFY(isInteger(shipment.value(QLatin1String("id"))));
    QCOMPARE(shipment.value(QLatin1String("order_id")).toInt(), id);
    QCOMPARE(shipment.value(QLatin1String("order_address_id")).toInt(), addressId);
    QCOMPARE(shipment.value(QLatin1String("customer_id")).toInt(), order.value(QLatin1String("customer_id")).toInt());
    QVERIFY(isRfc2822Date(shipment.value(QLatin1String("date_created"))));
    QCOMPARE(shipment.value(QLatin1String("tracking_number")).toString(), QStringLiteral("EJ958083578US"));
    QCOMPARE(shipment.value(QLatin1String("shipping_provider_display_name")).toString(), QStringLiteral("USPS"));
    QVERIFY(
        shipment.value(QLatin1String("generated_tracking_link")).toString().contains(QLatin1String("EJ958083578US")));
    QCOMPARE(shipment.value(QLatin1String("comments")).toString(), QStringLiteral("Zoë's first box"));
    QCOMPARE(shipment.value(QLatin1String("billing_address")).toObject().value(QLatin1String("zip")),
             order.value(QLatin1String("billing_address")).toObject().value(QLatin1String("zip")));
    QVERIFY(shipment.value(QLatin1String("shipping_address")).toObject().contains(QLatin1String("street_1")));
    const QJsonObject shippedItem = shipment.value(QLatin1String("items")).toArray().at(0).toObject();
    QCOMPARE(shippedItem.value(QLatin1String("order_product_id")).toInt(), firstId);
    QCOMPARE(shippedItem.value(QLatin1String("quantity")).toInt(), 1);
    QCOMPARE(shippedItem.value(QLatin1String("product_id")).toInt(), first.value(QLatin1String("product_id")).toInt());

    QJsonObject after = reload(id);
    QCOMPARE(after.value(QLatin1String("status_id")).toInt(), 3);
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("Partially Shipped"));
    QCOMPARE(after.value(QLatin1String("items_shipped")).toInt(), 1);
    QCOMPARE(lineItems(after).at(0).toObject().value(QLatin1String("quantity_shipped")).toInt(), 1);
    QCOMPARE(after.value(QLatin1String("consignments"))
                 .toObject()
                 .value(QLatin1String("shipping"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("items_shipped"))
                 .toInt(),
             1);
    const qint64 modified =
        QDateTime::fromString(after.value(QLatin1String("date_modified")).toString(), Qt::RFC2822Date)
            .toSecsSinceEpoch();
    QVERIFY(modified >= before && modified <= QDateTime::currentSecsSinceEpoch() + 1);
    QCOMPARE(after.value(QLatin1String("date_shipped")).toString(), QString());

    // Ship everything left.
    QJsonArray rest;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const int left = item.value(QLatin1String("quantity")).toInt() - (item == first ? 1 : 0);
        if (left > 0)
            rest.append(QJsonObject{{QStringLiteral("order_product_id"), item.value(QLatin1String("id"))},
                                    {QStringLiteral("quantity"), left}});
    }
    const HttpResult second = m_client->post(m_client->v2(QStringLiteral("orders/%1/shipments").arg(id)),
                                             {{QStringLiteral("order_address_id"), addressId},
                                              {QStringLiteral("tracking_carrier"), QStringLiteral("dhl")},
                                              {QStringLiteral("tracking_number"), QStringLiteral("JD0123")},
                                              {QStringLiteral("items"), rest}});
    QCOMPARE(second.status, 201);
    after = reload(id);
    QCOMPARE(after.value(QLatin1String("status_id")).toInt(), 2);
    QVERIFY(isRfc2822Date(after.value(QLatin1String("date_shipped"))));
    QCOMPARE(after.value(QLatin1String("items_shipped")).toInt(), after.value(QLatin1String("items_total")).toInt());
    const HttpResult shipments = m_client->get(m_client->v2(QStringLiteral("orders/%1/shipments").arg(id)));
    QCOMPARE(shipments.status, 200);
    QCOMPARE(shipments.array().size(), 2);
    // Nothing left: one more unit is refused.
    expect422({{QStringLiteral("order_address_id"), addressId},
               {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("order_product_id"), firstId},
                                                                {QStringLiteral("quantity"), 1}}}}},
              id, "already shipped");
}

void TestSandboxShipments::secondIdenticalPostCreatesSecondShipment()
{
    const QJsonObject order = findShippableOrder(2, 2, &m_used);
    QVERIFY2(!order.isEmpty(), "no order with two items and 2+ units");
    const int id = order.value(QLatin1String("id")).toInt();
    const int addressId = order.value(QLatin1String("consignments"))
                              .toObject()
                              .value(QLatin1String("shipping"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QLatin1String("id"))
                              .toInt();
    const QJsonObject first = lineItems(order).at(0).toObject();
    const int units = first.value(QLatin1String("quantity")).toInt();
    const QJsonObject body{{QStringLiteral("order_address_id"), addressId},
                           {QStringLiteral("tracking_number"), QStringLiteral("SAME-1")},
                           {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("order_product_id"),
                                                                             first.value(QLatin1String("id"))},
                                                                            {QStringLiteral("quantity"), 1}}}}};
    QSet<int> shipmentIds;
    for (int i = 0; i < units; ++i) {
        const HttpResult result = m_client->post(m_client->v2(QStringLiteral("orders/%1/shipments").arg(id)), body);
        QCOMPARE(result.status, 201);
        shipmentIds << result.object().value(QLatin1String("id")).toInt();
        QCOMPARE(reload(id).value(QLatin1String("status_id")).toInt(), 3); // the second item is still to ship
    }
    QCOMPARE(shipmentIds.size(), units); // no idempotency: each POST is a new shipment
    expect422(body, id, "identical POST with nothing left of the item");
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders/%1/shipments").arg(id))).array().size(), units);
}

void TestSandboxShipments::putOrderStatus()
{
    const QJsonObject order = findShippableOrder(1, 1, &m_used);
    const int id = order.value(QLatin1String("id")).toInt();
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const HttpResult result =
        m_client->put(m_client->v2(QStringLiteral("orders/%1").arg(id)), {{QStringLiteral("status_id"), 8}});
    QCOMPARE(result.status, 200);
    QCOMPARE(result.object().value(QLatin1String("status_id")).toInt(), 8);
    QCOMPARE(result.object().value(QLatin1String("status")).toString(), QStringLiteral("Awaiting Pickup"));
    QVERIFY(QDateTime::fromString(result.object().value(QLatin1String("date_modified")).toString(), Qt::RFC2822Date)
                .toSecsSinceEpoch() >= before);
    QCOMPARE(reload(id).value(QLatin1String("status_id")).toInt(), 8);
    QCOMPARE(
        m_client->put(m_client->v2(QStringLiteral("orders/%1").arg(id)), {{QStringLiteral("status_id"), 99}}).status,
        400);
    QCOMPARE(m_client->request("PUT", m_client->v2(QStringLiteral("orders/%1").arg(id)), "not json").status, 400);
    QCOMPARE(m_client->put(m_client->v2(QStringLiteral("orders/99999")), {{QStringLiteral("status_id"), 8}}).status,
             404);
}

void TestSandboxShipments::merchantChange()
{
    const QJsonObject order = findShippableOrder(1, 1, &m_used);
    const int id = order.value(QLatin1String("id")).toInt();
    const HttpResult changed = m_client->request(
        "POST", QStringLiteral("/__sandbox/orders/%1").arg(id),
        QJsonDocument(QJsonObject{{QStringLiteral("status_id"), 9},
                                  {QStringLiteral("date_modified"), QStringLiteral("now")},
                                  {QStringLiteral("customer_message"), QStringLiteral("Bitte nicht knicken")},
                                  {QStringLiteral("staff_notes"), QStringLiteral("Checked by Søren")},
                                  {QStringLiteral("shipping_address"),
                                   QJsonObject{{QStringLiteral("city"), QStringLiteral("Łódź")},
                                               {QStringLiteral("zip"), QStringLiteral("90-001")}}}})
            .toJson(),
        QString()); // control endpoints need no token
    QCOMPARE(changed.status, 200);
    const QJsonObject after = reload(id);
    QCOMPARE(after.value(QLatin1String("status_id")).toInt(), 9);
    QCOMPARE(after.value(QLatin1String("customer_message")).toString(), QStringLiteral("Bitte nicht knicken"));
    QCOMPARE(after.value(QLatin1String("staff_notes")).toString(), QStringLiteral("Checked by Søren"));
    const QJsonObject shipping = after.value(QLatin1String("consignments"))
                                     .toObject()
                                     .value(QLatin1String("shipping"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
    QCOMPARE(shipping.value(QLatin1String("city")).toString(), QStringLiteral("Łódź"));
    QCOMPARE(shipping.value(QLatin1String("zip")).toString(), QStringLiteral("90-001"));
    const qint64 modified =
        QDateTime::fromString(after.value(QLatin1String("date_modified")).toString(), Qt::RFC2822Date)
            .toSecsSinceEpoch();
    QVERIFY(qAbs(modified - QDateTime::currentSecsSinceEpoch()) < 5);
    // An incremental import by date_modified now finds it.
    const QJsonArray recent = m_client->allOrders(QStringLiteral("min_date_modified=") + encodedRfc2822(modified - 1));
    bool found = false;
    for (const QJsonValue &value : recent)
        found = found || value.toObject().value(QLatin1String("id")).toInt() == id;
    QVERIFY(found);

    // An explicit date_modified is taken as given.
    const HttpResult dated = m_client->request("POST", QStringLiteral("/__sandbox/orders/%1").arg(id),
                                               R"({"date_modified":"Tue, 17 Nov 2026 10:00:00 +0000"})", QString());
    QCOMPARE(dated.status, 200);
    QCOMPARE(dated.object().value(QLatin1String("date_modified")).toString(),
             QStringLiteral("Tue, 17 Nov 2026 10:00:00 +0000"));
    QCOMPARE(m_client->request("POST", QStringLiteral("/__sandbox/orders/99999"), "{}", QString()).status, 404);
    QCOMPARE(m_client->request("POST", QStringLiteral("/__sandbox/orders/%1").arg(id), R"({"status_id":77})", QString())
                 .status,
             400);
}

void TestSandboxShipments::stats()
{
    QCOMPARE(m_client->request("POST", QStringLiteral("/__sandbox/reset-stats"), {}, QString()).status, 200);
    const QJsonObject order = findShippableOrder(1, 1, &m_used);
    const int id = order.value(QLatin1String("id")).toInt();
    const int addressId = order.value(QLatin1String("consignments"))
                              .toObject()
                              .value(QLatin1String("shipping"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QLatin1String("id"))
                              .toInt();
    for (int i = 0; i < 3; ++i)
        m_client->get(m_client->v2(QStringLiteral("orders?limit=1")));
    m_client->get(m_client->v2(QStringLiteral("orders/%1").arg(id)));
    m_client->request("GET", m_client->v2(QStringLiteral("orders?limit=1")), {}, QStringLiteral("bad-token"));
    const HttpResult shipped =
        m_client->post(m_client->v2(QStringLiteral("orders/%1/shipments").arg(id)),
                       {{QStringLiteral("order_address_id"), addressId},
                        {QStringLiteral("items"),
                         QJsonArray{QJsonObject{{QStringLiteral("order_product_id"),
                                                 lineItems(order).at(0).toObject().value(QLatin1String("id"))},
                                                {QStringLiteral("quantity"), 1}}}}});
    QCOMPARE(shipped.status, 201);

    const HttpResult result = m_client->get(QStringLiteral("/__sandbox/stats"));
    QCOMPARE(result.status, 200);
    const QJsonObject stats = result.object();
    QCOMPARE(stats.value(QLatin1String("requests")).toInt(), 6); // /__sandbox calls are not counted
    const QJsonObject byEndpoint = stats.value(QLatin1String("by_endpoint")).toObject();
    QCOMPARE(byEndpoint.value(QLatin1String("GET /v2/orders")).toInt(), 4); // the 401 counts too
    QCOMPARE(byEndpoint.value(QLatin1String("GET /v2/orders/{id}")).toInt(), 1);
    QCOMPARE(byEndpoint.value(QLatin1String("POST /v2/orders/{id}/shipments")).toInt(), 1);
    QVERIFY(stats.value(QLatin1String("shipments")).toInt() >= 1);
    const QJsonObject byStatus = stats.value(QLatin1String("orders_by_status")).toObject();
    int total = 0;
    for (auto it = byStatus.constBegin(); it != byStatus.constEnd(); ++it)
        total += it.value().toInt();
    QCOMPARE(total, 300);
    QVERIFY(byStatus.value(QLatin1String("11")).toInt() > 0);
    QCOMPARE(m_client->get(QStringLiteral("/__sandbox/nothing")).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxShipments)
#include "tst_sandbox_shipments.moc"
