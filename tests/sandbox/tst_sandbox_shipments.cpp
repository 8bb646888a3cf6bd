// Writes: POST shipments with BigCommerce's validation and status moves, DELETE shipments, PUT order (pickup
// included), the merchant control endpoint, the request statistics and faults on the writes.
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
    void putOrderStatusRange();
    void pickupOrderAwaitingPickup();
    void deleteShipment();
    void deleteAllShipments();
    void shipmentStats();
    void merchantCancelAndHold();
    void parsesFailWritesOnly();
    void faultsOnWrites_data();
    void faultsOnWrites();

private:
    // An order in status 11 with one shipping address, no refunds and at least `units` units in its first item.
    QJsonObject findShippableOrder(int minUnitsInFirstItem, int minItems, QSet<int> *used);
    QJsonObject reload(int orderId);
    static QJsonArray lineItems(const QJsonObject &order, int consignment = 0);
    void expect422(const QJsonObject &body, int orderId, const char *why);
    static int firstAddressId(const QJsonObject &order);
    static QJsonObject shipmentBody(int addressId, const QList<QPair<int, int>> &productsAndUnits);
    // The order's line items by order_product_id, from GET /v2/orders/{id}/products.
    QMap<int, QJsonObject> products(int orderId);
    QJsonArray shipmentsOf(int orderId); // empty on 204
    HttpResult deleteRequest(const QString &rest, std::optional<QString> token = std::nullopt)
    {
        return m_client->request("DELETE", m_client->v2(rest), {}, std::move(token));
    }

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

int TestSandboxShipments::firstAddressId(const QJsonObject &order)
{
    return order.value(QLatin1String("consignments"))
        .toObject()
        .value(QLatin1String("shipping"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("id"))
        .toInt();
}

QJsonObject TestSandboxShipments::shipmentBody(int addressId, const QList<QPair<int, int>> &productsAndUnits)
{
    QJsonArray items;
    for (const auto &[product, units] : productsAndUnits)
        items.append(QJsonObject{{QStringLiteral("order_product_id"), product}, {QStringLiteral("quantity"), units}});
    return {{QStringLiteral("order_address_id"), addressId},
            {QStringLiteral("tracking_number"), QStringLiteral("1Z999AA10123456784")},
            {QStringLiteral("shipping_provider"), QStringLiteral("ups")},
            {QStringLiteral("items"), items}};
}

QMap<int, QJsonObject> TestSandboxShipments::products(int orderId)
{
    QMap<int, QJsonObject> byId;
    const HttpResult result = m_client->get(m_client->v2(QStringLiteral("orders/%1/products?limit=250").arg(orderId)));
    const QJsonArray array = result.array();
    for (const QJsonValue &value : array)
        byId.insert(value.toObject().value(QLatin1String("id")).toInt(), value.toObject());
    return byId;
}

QJsonArray TestSandboxShipments::shipmentsOf(int orderId)
{
    const HttpResult result = m_client->get(m_client->v2(QStringLiteral("orders/%1/shipments?limit=250").arg(orderId)));
    if (result.status == 204)
        return {};
    if (result.status != 200)
        qWarning("GET shipments of %d: HTTP %d", orderId, result.status);
    return result.array();
}

void TestSandboxShipments::putOrderStatusRange()
{
    // BigCommerce's status ids are 0..14 (GET /v2/order_statuses); every one of them is accepted, nothing else.
    const QJsonObject order = findShippableOrder(1, 1, &m_used);
    QVERIFY(!order.isEmpty());
    const int id = order.value(QLatin1String("id")).toInt();
    const QString path = m_client->v2(QStringLiteral("orders/%1").arg(id));
    const QJsonArray statuses = m_client->get(m_client->v2(QStringLiteral("order_statuses"))).array();
    QCOMPARE(statuses.size(), 15);
    for (const QJsonValue &value : statuses) {
        const int statusId = value.toObject().value(QLatin1String("id")).toInt();
        const HttpResult result = m_client->put(path, {{QStringLiteral("status_id"), statusId}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object().value(QLatin1String("status_id")).toInt(), statusId);
        QCOMPARE(result.object().value(QLatin1String("status")).toString(),
                 value.toObject().value(QLatin1String("name")).toString());
        QCOMPARE(reload(id).value(QLatin1String("status_id")).toInt(), statusId);
    }
    QVERIFY(m_client->put(path, {{QStringLiteral("status_id"), 11}}).status == 200);
    const QList<QPair<const char *, QByteArray>> bad = {
        {"-1", R"({"status_id":-1})"},        {"15", R"({"status_id":15})"},     {"string", R"({"status_id":"8"})"},
        {"fraction", R"({"status_id":8.5})"}, {"null", R"({"status_id":null})"}, {"array", R"([{"status_id":8}])"}};
    for (const auto &[why, body] : bad) {
        const HttpResult result = m_client->request("PUT", path, body);
        QVERIFY2(result.status == 400 || result.status == 422, why);
        QCOMPARE(result.array().at(0).toObject().value(QLatin1String("status")).toInt(), result.status);
        QCOMPARE(reload(id).value(QLatin1String("status_id")).toInt(), 11);
    }
    // A read-only token cannot write.
    QCOMPARE(m_client->request("PUT", path, R"({"status_id":8})", QStringLiteral("sandbox-readonly-token")).status,
             403);
    QCOMPARE(reload(id).value(QLatin1String("status_id")).toInt(), 11);
}

void TestSandboxShipments::pickupOrderAwaitingPickup()
{
    QJsonObject order;
    for (const QJsonValue &value : std::as_const(m_orders)) {
        const QJsonObject candidate = value.toObject();
        const int id = candidate.value(QLatin1String("id")).toInt();
        const QJsonArray pickups =
            candidate.value(QLatin1String("consignments")).toObject().value(QLatin1String("pickups")).toArray();
        if (!m_used.contains(id) && !pickups.isEmpty() && candidate.value(QLatin1String("status_id")).toInt() == 11) {
            order = candidate;
            m_used.insert(id);
            break;
        }
    }
    QVERIFY2(!order.isEmpty(), "the generator made no pickup order in Awaiting Fulfillment");
    const int id = order.value(QLatin1String("id")).toInt();
    QCOMPARE(order.value(QLatin1String("shipping_address_count")).toInt(), 0);
    const QJsonArray pickupItems = order.value(QLatin1String("consignments"))
                                       .toObject()
                                       .value(QLatin1String("pickups"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QLatin1String("line_items"))
                                       .toArray();
    QVERIFY(!pickupItems.isEmpty());

    // Nothing to ship: a pickup order has no order address for a shipment.
    const int itemId = pickupItems.at(0).toObject().value(QLatin1String("id")).toInt();
    expect422({{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("order_product_id"), itemId},
                                                                {QStringLiteral("quantity"), 1}}}}},
              id, "shipment of a pickup order");

    const HttpResult put =
        m_client->put(m_client->v2(QStringLiteral("orders/%1").arg(id)), {{QStringLiteral("status_id"), 8}});
    QCOMPARE(put.status, 200);
    QCOMPARE(put.object().value(QLatin1String("status_id")).toInt(), 8);
    QCOMPARE(put.object().value(QLatin1String("status")).toString(), QStringLiteral("Awaiting Pickup"));

    // Plain GET, no include: what a client reconciling the write reads.
    const HttpResult get = m_client->get(m_client->v2(QStringLiteral("orders/%1").arg(id)));
    QCOMPARE(get.status, 200);
    QVERIFY(isInteger(get.object().value(QLatin1String("status_id"))));
    QCOMPARE(get.object().value(QLatin1String("status_id")).toInt(), 8);
    QCOMPARE(get.object().value(QLatin1String("status")).toString(), QStringLiteral("Awaiting Pickup"));
    QCOMPARE(get.object().value(QLatin1String("custom_status")).toString(), QStringLiteral("Awaiting Pickup"));
    // Still a pickup order with the same items; nothing was shipped.
    const QJsonObject after = reload(id);
    const QJsonArray pickupsAfter =
        after.value(QLatin1String("consignments")).toObject().value(QLatin1String("pickups")).toArray();
    QCOMPARE(pickupsAfter.size(), 1);
    QCOMPARE(pickupsAfter.at(0).toObject().value(QLatin1String("line_items")).toArray().size(), pickupItems.size());
    QCOMPARE(after.value(QLatin1String("items_shipped")).toInt(), order.value(QLatin1String("items_shipped")).toInt());
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders/%1/shipments").arg(id))).status, 204);
    // The status filter finds it.
    const QJsonArray awaitingPickup = m_client->allOrders(QStringLiteral("status_id=8"));
    bool found = false;
    for (const QJsonValue &value : awaitingPickup)
        found = found || value.toObject().value(QLatin1String("id")).toInt() == id;
    QVERIFY(found);
}

void TestSandboxShipments::deleteShipment()
{
    const QJsonObject order = findShippableOrder(2, 1, &m_used);
    QVERIFY2(!order.isEmpty(), "no order with 2+ units in its first item");
    const int id = order.value(QLatin1String("id")).toInt();
    const int addressId = firstAddressId(order);
    const QJsonArray items = lineItems(order);
    const int firstId = items.at(0).toObject().value(QLatin1String("id")).toInt();
    const int firstUnits = items.at(0).toObject().value(QLatin1String("quantity")).toInt();
    const QString shipmentsPath = QStringLiteral("orders/%1/shipments").arg(id);

    // A: one unit of the first item; B: everything else. The order is Shipped.
    const HttpResult a = m_client->post(m_client->v2(shipmentsPath), shipmentBody(addressId, {{firstId, 1}}));
    QCOMPARE(a.status, 201);
    const int shipmentA = a.object().value(QLatin1String("id")).toInt();
    QList<QPair<int, int>> rest;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const int left = item.value(QLatin1String("quantity")).toInt() -
                         (item.value(QLatin1String("id")).toInt() == firstId ? 1 : 0);
        if (left > 0)
            rest.append({item.value(QLatin1String("id")).toInt(), left});
    }
    const HttpResult b = m_client->post(m_client->v2(shipmentsPath), shipmentBody(addressId, rest));
    QCOMPARE(b.status, 201);
    const int shipmentB = b.object().value(QLatin1String("id")).toInt();
    QJsonObject shipped = reload(id);
    QCOMPARE(shipped.value(QLatin1String("status_id")).toInt(), 2);
    const QString dateShipped = shipped.value(QLatin1String("date_shipped")).toString();
    QVERIFY(!dateShipped.isEmpty());
    QCOMPARE(products(id).value(firstId).value(QLatin1String("quantity_shipped")).toInt(), firstUnits);

    // Someone else's shipment id, an unknown one, a non-number, an unknown order: 404 in the v2 error format.
    const QJsonObject other = findShippableOrder(1, 1, &m_used);
    QVERIFY(!other.isEmpty());
    const int otherId = other.value(QLatin1String("id")).toInt();
    for (const QString &rest404 :
         {QStringLiteral("orders/%1/shipments/%2").arg(otherId).arg(shipmentA),
          QStringLiteral("orders/%1/shipments/999999").arg(id), QStringLiteral("orders/%1/shipments/abc").arg(id),
          QStringLiteral("orders/%1/shipments/0").arg(id),
          QStringLiteral("orders/99999/shipments/%1").arg(shipmentA)}) {
        const HttpResult result = deleteRequest(rest404);
        QVERIFY2(result.status == 404, qPrintable(rest404 + QStringLiteral(": HTTP %1").arg(result.status)));
        QCOMPARE(result.array().at(0).toObject().value(QLatin1String("status")).toInt(), 404);
    }
    // A read-only token cannot delete.
    QCOMPARE(
        deleteRequest(shipmentsPath + QStringLiteral("/%1").arg(shipmentB), QStringLiteral("sandbox-readonly-token"))
            .status,
        403);
    QCOMPARE(shipmentsOf(id).size(), 2);

    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const HttpResult deleted = deleteRequest(shipmentsPath + QStringLiteral("/%1").arg(shipmentB));
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());

    // B is gone, A is left; B's units are no longer shipped.
    const QJsonArray left = shipmentsOf(id);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).toObject().value(QLatin1String("id")).toInt(), shipmentA);
    QCOMPARE(m_client->get(m_client->v2(shipmentsPath + QStringLiteral("/%1").arg(shipmentB))).status, 404);
    QCOMPARE(m_client->get(m_client->v2(shipmentsPath + QStringLiteral("/%1").arg(shipmentA))).status, 200);
    const QMap<int, QJsonObject> lines = products(id);
    for (const QJsonValue &value : items) {
        const int itemId = value.toObject().value(QLatin1String("id")).toInt();
        QCOMPARE(lines.value(itemId).value(QLatin1String("quantity_shipped")).toInt(), itemId == firstId ? 1 : 0);
    }
    const QJsonObject after = reload(id);
    QCOMPARE(after.value(QLatin1String("items_shipped")).toInt(), 1);
    QCOMPARE(lineItems(after).at(0).toObject().value(QLatin1String("quantity_shipped")).toInt(), 1);
    // Like BigCommerce, the order stays Shipped: putting the status back is the client's business.
    QCOMPARE(after.value(QLatin1String("status_id")).toInt(), 2);
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("Shipped"));
    QCOMPARE(after.value(QLatin1String("date_shipped")).toString(), dateShipped);
    const qint64 modified =
        QDateTime::fromString(after.value(QLatin1String("date_modified")).toString(), Qt::RFC2822Date)
            .toSecsSinceEpoch();
    QVERIFY(modified >= before);

    // Deleting it again: 404.
    QCOMPARE(deleteRequest(shipmentsPath + QStringLiteral("/%1").arg(shipmentB)).status, 404);
    // The returned units can be shipped again, which is how a relabel replaces a shipment.
    const HttpResult again = m_client->post(m_client->v2(shipmentsPath), shipmentBody(addressId, rest));
    QCOMPARE(again.status, 201);
    QVERIFY(again.object().value(QLatin1String("id")).toInt() != shipmentB);
    QCOMPARE(reload(id).value(QLatin1String("items_shipped")).toInt(),
             after.value(QLatin1String("items_total")).toInt());
    // The client puts the status back itself.
    QCOMPARE(deleteRequest(shipmentsPath + QStringLiteral("/%1").arg(shipmentA)).status, 204);
    QCOMPARE(reload(id).value(QLatin1String("status_id")).toInt(), 2);
    QCOMPARE(
        m_client->put(m_client->v2(QStringLiteral("orders/%1").arg(id)), {{QStringLiteral("status_id"), 3}}).status,
        200);
    QCOMPARE(reload(id).value(QLatin1String("status_id")).toInt(), 3);
}

void TestSandboxShipments::deleteAllShipments()
{
    const QJsonObject order = findShippableOrder(2, 2, &m_used);
    QVERIFY2(!order.isEmpty(), "no order with two items and 2+ units");
    const int id = order.value(QLatin1String("id")).toInt();
    const int addressId = firstAddressId(order);
    const QJsonArray items = lineItems(order);
    const int firstId = items.at(0).toObject().value(QLatin1String("id")).toInt();
    const int secondId = items.at(1).toObject().value(QLatin1String("id")).toInt();
    const QString shipmentsPath = QStringLiteral("orders/%1/shipments").arg(id);

    // No shipments yet: 204 all the same (the spec's only response).
    const HttpResult none = deleteRequest(shipmentsPath);
    QCOMPARE(none.status, 204);
    QCOMPARE(reload(id).value(QLatin1String("status_id")).toInt(), 11);

    QCOMPARE(m_client->post(m_client->v2(shipmentsPath), shipmentBody(addressId, {{firstId, 1}})).status, 201);
    QCOMPARE(m_client->post(m_client->v2(shipmentsPath), shipmentBody(addressId, {{firstId, 1}, {secondId, 1}})).status,
             201);
    QCOMPARE(shipmentsOf(id).size(), 2);
    QCOMPARE(reload(id).value(QLatin1String("status_id")).toInt(), 3);

    // Another order's shipments are not touched.
    const QJsonObject other = findShippableOrder(1, 1, &m_used);
    QVERIFY(!other.isEmpty());
    const int otherId = other.value(QLatin1String("id")).toInt();
    QCOMPARE(m_client
                 ->post(m_client->v2(QStringLiteral("orders/%1/shipments").arg(otherId)),
                        shipmentBody(firstAddressId(other),
                                     {{lineItems(other).at(0).toObject().value(QLatin1String("id")).toInt(), 1}}))
                 .status,
             201);

    QCOMPARE(deleteRequest(shipmentsPath, QStringLiteral("sandbox-readonly-token")).status, 403);
    QCOMPARE(shipmentsOf(id).size(), 2);
    const HttpResult deleted = deleteRequest(shipmentsPath);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(m_client->get(m_client->v2(shipmentsPath)).status, 204);
    const QJsonObject after = reload(id);
    QCOMPARE(after.value(QLatin1String("items_shipped")).toInt(), 0);
    for (const QJsonValue &value : lineItems(after))
        QCOMPARE(value.toObject().value(QLatin1String("quantity_shipped")).toInt(), 0);
    QCOMPARE(after.value(QLatin1String("status_id")).toInt(), 3); // unchanged
    QCOMPARE(shipmentsOf(otherId).size(), 1);
    QCOMPARE(deleteRequest(QStringLiteral("orders/99999/shipments")).status, 404);
    // Everything can be shipped again.
    QList<QPair<int, int>> everything;
    for (const QJsonValue &value : items)
        everything.append({value.toObject().value(QLatin1String("id")).toInt(),
                           value.toObject().value(QLatin1String("quantity")).toInt()});
    QCOMPARE(m_client->post(m_client->v2(shipmentsPath), shipmentBody(addressId, everything)).status, 201);
    QCOMPARE(reload(id).value(QLatin1String("status_id")).toInt(), 2);
}

void TestSandboxShipments::shipmentStats()
{
    auto stats = [this] {
        return m_client->get(QStringLiteral("/__sandbox/stats")).object();
    };
    // shipments_current is every shipment that exists now, the generated ones included.
    auto countAll = [this] {
        int total = 0;
        for (const QJsonValue &value : std::as_const(m_orders))
            total += static_cast<int>(shipmentsOf(value.toObject().value(QLatin1String("id")).toInt()).size());
        return total;
    };
    const QJsonObject before = stats();
    for (const char *key : {"shipments", "shipments_deleted", "shipments_current"})
        QVERIFY2(isInteger(before.value(QLatin1String(key))), key);
    QCOMPARE(before.value(QLatin1String("shipments_current")).toInt(), countAll());

    const QJsonObject order = findShippableOrder(2, 1, &m_used);
    QVERIFY(!order.isEmpty());
    const int id = order.value(QLatin1String("id")).toInt();
    const int addressId = firstAddressId(order);
    const int firstId = lineItems(order).at(0).toObject().value(QLatin1String("id")).toInt();
    QCOMPARE(m_client->request("POST", QStringLiteral("/__sandbox/reset-stats"), {}, QString()).status, 200);
    const HttpResult one = m_client->post(m_client->v2(QStringLiteral("orders/%1/shipments").arg(id)),
                                          shipmentBody(addressId, {{firstId, 1}}));
    QCOMPARE(one.status, 201);
    const HttpResult two = m_client->post(m_client->v2(QStringLiteral("orders/%1/shipments").arg(id)),
                                          shipmentBody(addressId, {{firstId, 1}}));
    QCOMPARE(two.status, 201);
    QCOMPARE(deleteRequest(
                 QStringLiteral("orders/%1/shipments/%2").arg(id).arg(one.object().value(QLatin1String("id")).toInt()))
                 .status,
             204);
    QCOMPARE(deleteRequest(QStringLiteral("orders/%1/shipments/999999").arg(id)).status, 404); // not a deletion

    QJsonObject after = stats();
    QCOMPARE(after.value(QLatin1String("shipments")).toInt(), before.value(QLatin1String("shipments")).toInt() + 2);
    QCOMPARE(after.value(QLatin1String("shipments_deleted")).toInt(),
             before.value(QLatin1String("shipments_deleted")).toInt() + 1);
    QCOMPARE(after.value(QLatin1String("shipments_current")).toInt(),
             before.value(QLatin1String("shipments_current")).toInt() + 1);

    QCOMPARE(
        m_client->put(m_client->v2(QStringLiteral("orders/%1").arg(id)), {{QStringLiteral("status_id"), 11}}).status,
        200);
    QCOMPARE(deleteRequest(QStringLiteral("orders/%1/shipments").arg(id)).status, 204);
    after = stats();
    const QJsonObject byEndpoint = after.value(QLatin1String("by_endpoint")).toObject();
    QCOMPARE(byEndpoint.value(QLatin1String("POST /v2/orders/{id}/shipments")).toInt(), 2);
    QCOMPARE(byEndpoint.value(QLatin1String("DELETE /v2/orders/{id}/shipments/{id}")).toInt(), 2); // the 404 too
    QCOMPARE(byEndpoint.value(QLatin1String("DELETE /v2/orders/{id}/shipments")).toInt(), 1);
    QCOMPARE(byEndpoint.value(QLatin1String("PUT /v2/orders/{id}")).toInt(), 1);
    QCOMPARE(after.value(QLatin1String("requests")).toInt(), 6);
    QCOMPARE(after.value(QLatin1String("shipments")).toInt(), before.value(QLatin1String("shipments")).toInt() + 2);
    QCOMPARE(after.value(QLatin1String("shipments_deleted")).toInt(),
             before.value(QLatin1String("shipments_deleted")).toInt() + 2);
    QCOMPARE(after.value(QLatin1String("shipments_current")).toInt(),
             before.value(QLatin1String("shipments_current")).toInt());
    QCOMPARE(after.value(QLatin1String("shipments_current")).toInt(), countAll());
}

void TestSandboxShipments::merchantCancelAndHold()
{
    const QJsonObject order = findShippableOrder(1, 1, &m_used);
    QVERIFY(!order.isEmpty());
    const int id = order.value(QLatin1String("id")).toInt();
    const QString control = QStringLiteral("/__sandbox/orders/%1").arg(id);
    auto cancelled = [this] {
        return m_client->get(QStringLiteral("/__sandbox/stats"))
            .object()
            .value(QLatin1String("orders_by_status"))
            .toObject()
            .value(QLatin1String("5"))
            .toInt();
    };
    const int cancelledBefore = cancelled();

    // The merchant cancels the order while it waits to be shipped.
    const HttpResult cancel = m_client->request("POST", control, R"({"status_id":5})", QString());
    QCOMPARE(cancel.status, 200);
    QCOMPARE(cancel.object().value(QLatin1String("status_id")).toInt(), 5);
    QJsonObject get = m_client->get(m_client->v2(QStringLiteral("orders/%1").arg(id))).object();
    QCOMPARE(get.value(QLatin1String("status_id")).toInt(), 5);
    QCOMPARE(get.value(QLatin1String("status")).toString(), QStringLiteral("Cancelled"));
    QCOMPARE(cancelled(), cancelledBefore + 1);
    bool found = false;
    for (const QJsonValue &value : m_client->allOrders(QStringLiteral("status_id=5")))
        found = found || value.toObject().value(QLatin1String("id")).toInt() == id;
    QVERIFY(found);

    // ... or puts it on hold: Manual Verification Required is BigCommerce's "on hold".
    const HttpResult hold = m_client->request("POST", control, R"({"status_id":12})", QString());
    QCOMPARE(hold.status, 200);
    get = m_client->get(m_client->v2(QStringLiteral("orders/%1").arg(id))).object();
    QCOMPARE(get.value(QLatin1String("status_id")).toInt(), 12);
    QCOMPARE(get.value(QLatin1String("status")).toString(), QStringLiteral("Manual Verification Required"));
    QCOMPARE(cancelled(), cancelledBefore);
    const qint64 modified =
        QDateTime::fromString(get.value(QLatin1String("date_modified")).toString(), Qt::RFC2822Date).toSecsSinceEpoch();
    QVERIFY(qAbs(modified - QDateTime::currentSecsSinceEpoch()) < 5);
    // The control endpoint is not an API request and is never faulted or counted by_endpoint.
    const QJsonObject byEndpoint =
        m_client->get(QStringLiteral("/__sandbox/stats")).object().value(QLatin1String("by_endpoint")).toObject();
    for (auto it = byEndpoint.constBegin(); it != byEndpoint.constEnd(); ++it)
        QVERIFY2(!it.key().contains(QLatin1String("__sandbox")), qPrintable(it.key()));
}

void TestSandboxShipments::parsesFailWritesOnly()
{
    const QString program = QStringLiteral("packbench-sandbox");
    QString error;
    bool help = false;
    auto parsed = SandboxOptions::parse({program, QStringLiteral("--fail"), QStringLiteral("5xx:0.5")}, &error, &help);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(!parsed->failWritesOnly);
    parsed = SandboxOptions::parse({program, QStringLiteral("--fail"), QStringLiteral("5xx:0.25,reset-after-write:0.5"),
                                    QStringLiteral("--fail-writes-only")},
                                   &error, &help);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(parsed->failWritesOnly);
    QCOMPARE(parsed->faults.size(), std::size_t(2));
    QVERIFY(parsed->faults[1].kind == FaultKind::ResetAfterWrite);
    QCOMPARE(parsed->faults[1].fraction, 0.5);
    QVERIFY(!SandboxOptions::parse({program, QStringLiteral("--fail-writes-only=yes")}, &error, &help));
    QVERIFY(SandboxOptions::usage().contains(QLatin1String("--fail-writes-only")));
}

void TestSandboxShipments::faultsOnWrites_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QList<int>>("statuses"); // what the client may see; 0: no HTTP answer
    QTest::addColumn<bool>("applied");        // whether the write happened all the same
    QTest::newRow("5xx") << QStringLiteral("5xx") << QList<int>{500, 502, 503} << false;
    QTest::newRow("429-bare") << QStringLiteral("429-bare") << QList<int>{429} << false;
    QTest::newRow("timeout") << QStringLiteral("timeout") << QList<int>{0} << false;
    QTest::newRow("malformed") << QStringLiteral("malformed") << QList<int>{200} << true;
    // The outcome-unknown case: applied, but the client sees the connection drop.
    QTest::newRow("reset-after-write") << QStringLiteral("reset-after-write") << QList<int>{0} << true;
}

void TestSandboxShipments::faultsOnWrites()
{
    QFETCH(QString, kind);
    QFETCH(QList<int>, statuses);
    QFETCH(bool, applied);
    SandboxOptions options = sandboxTestOptions(100, 3);
    QString error;
    const auto fault = SandboxOptions::parseFault(kind + QStringLiteral(":1"), &error);
    QVERIFY2(fault, qPrintable(error));
    options.faults.push_back(*fault);
    options.failWritesOnly = true;
    auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), QStringLiteral("sandbox-token"));

    // Reads are never faulted under --fail-writes-only: they are what the client reconciles with.
    const QJsonArray orders =
        client.allOrders(QStringLiteral("include=consignments.line_items&consignment_structure=object"));
    QCOMPARE(orders.size(), 100);
    QJsonObject target;       // status 11, one address: gets a shipment and a status
    QJsonObject withShipment; // a generated shipment to delete
    for (const QJsonValue &value : orders) {
        const QJsonObject order = value.toObject();
        const int statusId = order.value(QLatin1String("status_id")).toInt();
        if (target.isEmpty() && statusId == 11 && order.value(QLatin1String("shipping_address_count")).toInt() == 1)
            target = order;
        if (withShipment.isEmpty() && statusId == 2 &&
            order.value(QLatin1String("shipping_address_count")).toInt() >= 1)
            withShipment = order;
    }
    QVERIFY(!target.isEmpty());
    QVERIFY(!withShipment.isEmpty());
    const int targetId = target.value(QLatin1String("id")).toInt();
    const int shippedId = withShipment.value(QLatin1String("id")).toInt();
    auto shipmentCount = [&client](int orderId) {
        const HttpResult result = client.get(client.v2(QStringLiteral("orders/%1/shipments").arg(orderId)));
        return result.status == 204 ? 0 : (result.status == 200 ? static_cast<int>(result.array().size()) : -1);
    };
    const int generatedShipments = shipmentCount(shippedId);
    QVERIFY(generatedShipments >= 1);
    const int deleteId = client.get(client.v2(QStringLiteral("orders/%1/shipments").arg(shippedId)))
                             .array()
                             .at(0)
                             .toObject()
                             .value(QLatin1String("id"))
                             .toInt();

    auto checkSeen = [&](const HttpResult &result, const char *what) {
        QVERIFY2(
            statuses.contains(result.status),
            qPrintable(
                QStringLiteral("%1: HTTP %2 %3").arg(QLatin1String(what)).arg(result.status).arg(result.errorString)));
        if (result.status == 0)
            QVERIFY(result.error != QNetworkReply::NoError);
        if (result.status == 429)
            for (auto it = result.headers.cbegin(); it != result.headers.cend(); ++it)
                QVERIFY2(!it.key().startsWith("x-rate-limit"), it.key().constData());
        if (result.status == 200) {
            QJsonParseError parseError{};
            QJsonDocument::fromJson(result.body, &parseError);
            QVERIFY2(parseError.error != QJsonParseError::NoError, what);
        }
    };
    const int timeoutMs = kind == QLatin1String("timeout") ? 300 : 0;

    // POST /v2/orders/{id}/shipments
    const QJsonObject item = lineItems(target).at(0).toObject();
    const HttpResult post = client.request(
        "POST", client.v2(QStringLiteral("orders/%1/shipments").arg(targetId)),
        QJsonDocument(shipmentBody(firstAddressId(target), {{item.value(QLatin1String("id")).toInt(), 1}}))
            .toJson(QJsonDocument::Compact),
        std::nullopt, timeoutMs);
    checkSeen(post, "POST shipment");
    // QNAM may re-send a request whose connection dropped before any answer: at least one, when applied.
    const int created = shipmentCount(targetId);
    if (applied)
        QVERIFY2(created >= 1, qPrintable(QString::number(created)));
    else
        QCOMPARE(created, 0);

    // PUT /v2/orders/{id}: the pickup write-back
    const HttpResult put = client.request("PUT", client.v2(QStringLiteral("orders/%1").arg(shippedId)),
                                          R"({"status_id":8})", std::nullopt, timeoutMs);
    checkSeen(put, "PUT order");
    const int statusAfter = client.get(client.v2(QStringLiteral("orders/%1").arg(shippedId)))
                                .object()
                                .value(QLatin1String("status_id"))
                                .toInt();
    QCOMPARE(statusAfter, applied ? 8 : 2);

    // DELETE /v2/orders/{id}/shipments/{id}
    const HttpResult del =
        client.request("DELETE", client.v2(QStringLiteral("orders/%1/shipments/%2").arg(shippedId).arg(deleteId)), {},
                       std::nullopt, timeoutMs);
    checkSeen(del, "DELETE shipment");
    QCOMPARE(shipmentCount(shippedId), applied ? generatedShipments - 1 : generatedShipments);
    QCOMPARE(client.get(client.v2(QStringLiteral("orders/%1/shipments/%2").arg(shippedId).arg(deleteId))).status,
             applied ? 404 : 200);

    // DELETE /v2/orders/{id}/shipments
    const HttpResult deleteAll = client.request(
        "DELETE", client.v2(QStringLiteral("orders/%1/shipments").arg(shippedId)), {}, std::nullopt, timeoutMs);
    checkSeen(deleteAll, "DELETE shipments");
    QCOMPARE(shipmentCount(shippedId), applied ? 0 : generatedShipments);

    const QJsonObject stats = client.get(QStringLiteral("/__sandbox/stats")).object();
    QCOMPARE(stats.value(QLatin1String("shipments_deleted")).toInt() > 0, applied);
    QCOMPARE(stats.value(QLatin1String("shipments")).toInt() > 0, applied);
}

QTEST_GUILESS_MAIN(TestSandboxShipments)
#include "tst_sandbox_shipments.moc"
