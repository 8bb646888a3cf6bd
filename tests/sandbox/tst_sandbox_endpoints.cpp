// Every read endpoint of the sandbox over real HTTP: status codes, shapes and the JSON type of each field.
#include "SandboxTestClient.h"

#include <QRegularExpression>
#include <QTest>

class TestSandboxEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void store();
    void orderStatuses();
    void channels();
    void orderListShape();
    void orderIncludeLineItems();
    void orderIncludeLinks();
    void singleOrder();
    void products();
    void shippingAddresses();
    void consignmentsEndpoint();
    void shipmentsEndpoint();
    void countAgreesWithListing();
    void unknownPaths();
    void rateHeadersOnEveryApiResponse();

private:
    QJsonObject findOrder(const std::function<bool(const QJsonObject &)> &predicate);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QJsonArray m_orders; // all orders with consignments.line_items
};

void TestSandboxEndpoints::initTestCase()
{
    m_server = startSandbox(sandboxTestOptions(300));
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(m_server->rootUrl(), QStringLiteral("sandbox1"),
                                                   QStringLiteral("sandbox-token"));
    m_orders = m_client->allOrders(QStringLiteral("include=consignments.line_items&consignment_structure=object"));
    QCOMPARE(m_orders.size(), 300);
}

QJsonObject TestSandboxEndpoints::findOrder(const std::function<bool(const QJsonObject &)> &predicate)
{
    for (const QJsonValue &value : std::as_const(m_orders))
        if (predicate(value.toObject()))
            return value.toObject();
    return {};
}

void TestSandboxEndpoints::store()
{
    const HttpResult result = m_client->get(m_client->v2(QStringLiteral("store")));
    QCOMPARE(result.status, 200);
    QVERIFY(result.headers.value("content-type").startsWith("application/json"));
    const QJsonObject store = result.object();
    QCOMPARE(store.value(QLatin1String("id")).toString(), QStringLiteral("sandbox1"));
    for (const char *field : {"domain", "secure_url", "name", "plan_name", "plan_level", "country", "currency",
                              "weight_units", "dimension_units", "language", "status"})
        QVERIFY2(store.value(QLatin1String(field)).isString() &&
                     !store.value(QLatin1String(field)).toString().isEmpty(),
                 field);
    QVERIFY(isInteger(store.value(QLatin1String("default_channel_id"))));
    QCOMPARE(store.value(QLatin1String("default_channel_id")).toInt(), 1);
    const QJsonObject timezone = store.value(QLatin1String("timezone")).toObject();
    QVERIFY(timezone.value(QLatin1String("name")).isString());
    QVERIFY(isInteger(timezone.value(QLatin1String("raw_offset"))));
    QVERIFY(timezone.value(QLatin1String("dst_correction")).isBool());
    QVERIFY(timezone.value(QLatin1String("date_format")).toObject().value(QLatin1String("display")).isString());
    QVERIFY(store.value(QLatin1String("features")).isObject());
}

void TestSandboxEndpoints::orderStatuses()
{
    const HttpResult result = m_client->get(m_client->v2(QStringLiteral("order_statuses")));
    QCOMPARE(result.status, 200);
    const QJsonArray statuses = result.array();
    QCOMPARE(statuses.size(), 15);
    const QStringList names = {QStringLiteral("Incomplete"),
                               QStringLiteral("Pending"),
                               QStringLiteral("Shipped"),
                               QStringLiteral("Partially Shipped"),
                               QStringLiteral("Refunded"),
                               QStringLiteral("Cancelled"),
                               QStringLiteral("Declined"),
                               QStringLiteral("Awaiting Payment"),
                               QStringLiteral("Awaiting Pickup"),
                               QStringLiteral("Awaiting Shipment"),
                               QStringLiteral("Completed"),
                               QStringLiteral("Awaiting Fulfillment"),
                               QStringLiteral("Manual Verification Required"),
                               QStringLiteral("Disputed"),
                               QStringLiteral("Partially Refunded")};
    int relabelled = 0;
    for (int i = 0; i < statuses.size(); ++i) {
        const QJsonObject status = statuses.at(i).toObject();
        QVERIFY(isInteger(status.value(QLatin1String("id"))));
        QCOMPARE(status.value(QLatin1String("id")).toInt(), i);
        QCOMPARE(status.value(QLatin1String("name")).toString(), names.at(i));
        QCOMPARE(status.value(QLatin1String("system_label")).toString(), names.at(i));
        QVERIFY(status.value(QLatin1String("custom_label")).isString());
        QVERIFY(!status.value(QLatin1String("system_description")).toString().isEmpty());
        if (status.value(QLatin1String("custom_label")) != status.value(QLatin1String("system_label")))
            ++relabelled;
    }
    QVERIFY(relabelled >= 2);
    QCOMPARE(statuses.at(11).toObject().value(QLatin1String("custom_label")).toString(),
             QStringLiteral("Ready to pick"));
}

void TestSandboxEndpoints::channels()
{
    const HttpResult result = m_client->get(m_client->v3(QStringLiteral("channels")));
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.object();
    const QJsonArray data = body.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 3);
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_-]+$"));
    for (int i = 0; i < data.size(); ++i) {
        const QJsonObject channel = data.at(i).toObject();
        QVERIFY(isInteger(channel.value(QLatin1String("id"))));
        QCOMPARE(channel.value(QLatin1String("id")).toInt(), i + 1);
        QVERIFY2(validName.match(channel.value(QLatin1String("name")).toString()).hasMatch(),
                 qPrintable(channel.value(QLatin1String("name")).toString()));
        QCOMPARE(channel.value(QLatin1String("type")).toString(), QStringLiteral("storefront"));
        QCOMPARE(channel.value(QLatin1String("platform")).toString(), QStringLiteral("bigcommerce"));
        QCOMPARE(channel.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        QVERIFY(QDateTime::fromString(channel.value(QLatin1String("date_created")).toString(), Qt::ISODate).isValid());
    }
    QCOMPARE(data.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Main-Storefront"));
    const QJsonObject pagination =
        body.value(QLatin1String("meta")).toObject().value(QLatin1String("pagination")).toObject();
    QCOMPARE(pagination.value(QLatin1String("total")).toInt(), 3);
    QCOMPARE(pagination.value(QLatin1String("count")).toInt(), 3);
    QCOMPARE(pagination.value(QLatin1String("current_page")).toInt(), 1);
    QCOMPARE(pagination.value(QLatin1String("total_pages")).toInt(), 1);
    QVERIFY(isInteger(pagination.value(QLatin1String("per_page"))));
    QVERIFY(pagination.value(QLatin1String("links")).isObject());

    const HttpResult paged = m_client->get(m_client->v3(QStringLiteral("channels?limit=2&page=2")));
    QCOMPARE(paged.status, 200);
    QCOMPARE(paged.object().value(QLatin1String("data")).toArray().size(), 1);
    QCOMPARE(m_client->get(m_client->v3(QStringLiteral("channels/2")))
                 .object()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Kids"));
}

void TestSandboxEndpoints::orderListShape()
{
    const HttpResult result = m_client->get(m_client->v2(QStringLiteral("orders?limit=20")));
    QCOMPARE(result.status, 200);
    const QJsonArray orders = result.array();
    QCOMPARE(orders.size(), 20);
    const char *const moneyFields[] = {"subtotal_ex_tax",       "subtotal_inc_tax",      "subtotal_tax",
                                       "base_shipping_cost",    "shipping_cost_ex_tax",  "shipping_cost_inc_tax",
                                       "shipping_cost_tax",     "base_handling_cost",    "handling_cost_ex_tax",
                                       "handling_cost_inc_tax", "handling_cost_tax",     "base_wrapping_cost",
                                       "wrapping_cost_ex_tax",  "wrapping_cost_inc_tax", "wrapping_cost_tax",
                                       "total_ex_tax",          "total_inc_tax",         "total_tax",
                                       "refunded_amount",       "store_credit_amount",   "gift_certificate_amount",
                                       "discount_amount",       "coupon_discount"};
    const char *const integerFields[] = {"id",
                                         "customer_id",
                                         "status_id",
                                         "channel_id",
                                         "currency_id",
                                         "default_currency_id",
                                         "shipping_cost_tax_class_id",
                                         "handling_cost_tax_class_id",
                                         "wrapping_cost_tax_class_id"};
    const char *const stringFields[] = {"status",        "payment_method",        "payment_status",
                                        "currency_code", "default_currency_code", "currency_exchange_rate",
                                        "ip_address",    "geoip_country",         "geoip_country_iso2",
                                        "staff_notes",   "customer_message",      "order_source",
                                        "cart_id",       "custom_status",         "customer_locale",
                                        "ebay_order_id", "tax_provider_id",       "date_shipped"};
    int previousId = 0;
    for (const QJsonValue &value : orders) {
        const QJsonObject order = value.toObject();
        for (const char *field : moneyFields)
            QVERIFY2(isMoneyString(order.value(QLatin1String(field))), field);
        for (const char *field : integerFields)
            QVERIFY2(isInteger(order.value(QLatin1String(field))), field);
        for (const char *field : stringFields)
            QVERIFY2(isString(order.value(QLatin1String(field))), field);
        for (const char *field : {"items_total", "items_shipped", "shipping_address_count"})
            QVERIFY2(order.value(QLatin1String(field)).isDouble(), field);
        for (const char *field : {"is_tax_inclusive_pricing", "order_is_digital", "is_deleted", "is_email_opt_in"})
            QVERIFY2(order.value(QLatin1String(field)).isBool(), field);
        QVERIFY(isRfc2822Date(order.value(QLatin1String("date_created"))));
        QVERIFY(isRfc2822Date(order.value(QLatin1String("date_modified"))));
        const QString shipped = order.value(QLatin1String("date_shipped")).toString();
        QVERIFY(shipped.isEmpty() || isRfc2822Date(order.value(QLatin1String("date_shipped"))));
        QVERIFY(order.value(QLatin1String("external_source")).isNull());
        QVERIFY(order.value(QLatin1String("id")).toInt() > previousId);
        previousId = order.value(QLatin1String("id")).toInt();

        const QJsonObject billing = order.value(QLatin1String("billing_address")).toObject();
        for (const char *field : {"first_name", "last_name", "company", "street_1", "street_2", "city", "state", "zip",
                                  "country", "country_iso2", "phone", "email"})
            QVERIFY2(billing.value(QLatin1String(field)).isString(), field);
        QVERIFY(billing.value(QLatin1String("form_fields")).isArray());

        const QString id = QString::number(order.value(QLatin1String("id")).toInt());
        for (const char *resource : {"consignments", "products", "shipping_addresses", "coupons"}) {
            const QJsonObject link = order.value(QLatin1String(resource)).toObject();
            QVERIFY2(link.value(QLatin1String("url")).toString().startsWith(QLatin1String("http://127.0.0.1:")),
                     resource);
            QVERIFY2(link.value(QLatin1String("resource")).toString().startsWith(QStringLiteral("/orders/") + id),
                     resource);
        }
    }
    // The products resource link can be followed as is.
    const QJsonObject first = orders.at(0).toObject();
    const QUrl productsUrl(first.value(QLatin1String("products")).toObject().value(QLatin1String("url")).toString());
    const HttpResult followed =
        m_client->get(QString::fromUtf8(productsUrl.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)));
    QCOMPARE(followed.status, 200);
    QVERIFY(!followed.array().isEmpty());
}

void TestSandboxEndpoints::orderIncludeLineItems()
{
    int shippingSeen = 0;
    for (const QJsonValue &value : std::as_const(m_orders)) {
        const QJsonObject order = value.toObject();
        const QJsonObject consignments = order.value(QLatin1String("consignments")).toObject();
        QVERIFY(consignments.value(QLatin1String("pickups")).isArray());
        QVERIFY(consignments.value(QLatin1String("shipping")).isArray());
        QVERIFY(consignments.value(QLatin1String("downloads")).isArray());
        QVERIFY(
            consignments.value(QLatin1String("email")).toObject().value(QLatin1String("gift_certificates")).isArray());
        const QJsonArray shipping = consignments.value(QLatin1String("shipping")).toArray();
        QCOMPARE(order.value(QLatin1String("shipping_address_count")).toInt(), shipping.size());
        for (const QJsonValue &consignmentValue : shipping) {
            const QJsonObject consignment = consignmentValue.toObject();
            ++shippingSeen;
            QVERIFY(isInteger(consignment.value(QLatin1String("id"))));
            // Consignment costs are numbers, unlike the order's money strings.
            for (const char *field :
                 {"base_cost", "cost_ex_tax", "cost_inc_tax", "cost_tax", "base_handling_cost", "handling_cost_ex_tax",
                  "handling_cost_inc_tax", "handling_cost_tax", "items_total", "items_shipped", "shipping_zone_id"})
                QVERIFY2(consignment.value(QLatin1String(field)).isDouble(), field);
            for (const char *field : {"first_name", "last_name", "street_1", "city", "zip", "country", "country_iso2",
                                      "email", "phone", "shipping_method", "shipping_zone_name"})
                QVERIFY2(consignment.value(QLatin1String(field)).isString(), field);
            QVERIFY(consignment.value(QLatin1String("form_fields")).isArray());
            QVERIFY(consignment.value(QLatin1String("shipping_quotes")).toObject().contains(QLatin1String("url")));
            const QJsonArray items = consignment.value(QLatin1String("line_items")).toArray();
            QVERIFY(!items.isEmpty());
            for (const QJsonValue &itemValue : items) {
                const QJsonObject item = itemValue.toObject();
                QCOMPARE(item.value(QLatin1String("order_address_id")).toInt(),
                         consignment.value(QLatin1String("id")).toInt());
                QCOMPARE(item.value(QLatin1String("order_id")).toInt(), order.value(QLatin1String("id")).toInt());
                for (const char *field : {"base_price", "price_ex_tax", "price_inc_tax", "price_tax", "base_total",
                                          "total_ex_tax", "total_inc_tax", "total_tax", "base_cost_price",
                                          "cost_price_inc_tax", "cost_price_ex_tax", "refund_amount"})
                    QVERIFY2(isMoneyString(item.value(QLatin1String(field))), field);
                for (const char *field : {"id", "product_id", "order_address_id", "order_pickup_method_id", "quantity"})
                    QVERIFY2(isInteger(item.value(QLatin1String(field))), field);
                QVERIFY(item.value(QLatin1String("quantity_shipped")).isDouble());
                QVERIFY(item.value(QLatin1String("quantity_refunded")).isDouble());
                QVERIFY(item.value(QLatin1String("is_refunded")).isBool());
                QVERIFY(item.value(QLatin1String("is_bundled_product")).isBool());
                QVERIFY(item.value(QLatin1String("weight")).isDouble() ||
                        item.value(QLatin1String("weight")).isString());
                QVERIFY(item.value(QLatin1String("sku")).isString());
                QVERIFY(!item.value(QLatin1String("name")).toString().isEmpty());
                const QJsonValue parent = item.value(QLatin1String("parent_order_product_id"));
                QVERIFY(parent.isNull() || isInteger(parent));
                for (const QJsonValue &optionValue : item.value(QLatin1String("product_options")).toArray()) {
                    const QJsonObject option = optionValue.toObject();
                    QVERIFY(isInteger(option.value(QLatin1String("id"))));
                    QVERIFY(isInteger(option.value(QLatin1String("option_id"))));
                    QCOMPARE(option.value(QLatin1String("order_product_id")).toInt(),
                             item.value(QLatin1String("id")).toInt());
                    QVERIFY(!option.value(QLatin1String("display_name")).toString().isEmpty());
                    QVERIFY(!option.value(QLatin1String("display_value")).toString().isEmpty());
                }
            }
        }
    }
    QVERIFY(shippingSeen > 200);
}

void TestSandboxEndpoints::orderIncludeLinks()
{
    const HttpResult result = m_client->get(m_client->v2(QStringLiteral("orders?limit=30&include=consignments")));
    QCOMPARE(result.status, 200);
    int links = 0;
    for (const QJsonValue &value : result.array()) {
        const QJsonObject consignments = value.toObject().value(QLatin1String("consignments")).toObject();
        for (const QJsonValue &shipping : consignments.value(QLatin1String("shipping")).toArray()) {
            for (const QJsonValue &item : shipping.toObject().value(QLatin1String("line_items")).toArray()) {
                const QJsonObject link = item.toObject();
                QCOMPARE(link.size(), 2);
                QVERIFY(link.value(QLatin1String("url")).toString().contains(QLatin1String("/v2/orders/")));
                QVERIFY(link.value(QLatin1String("resource")).toString().contains(QLatin1String("/products/")));
                ++links;
            }
        }
    }
    QVERIFY(links > 0);
}

void TestSandboxEndpoints::singleOrder()
{
    const QJsonObject listed = m_orders.at(5).toObject();
    const int id = listed.value(QLatin1String("id")).toInt();
    const HttpResult plain = m_client->get(m_client->v2(QStringLiteral("orders/%1").arg(id)));
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.object().value(QLatin1String("id")).toInt(), id);
    QVERIFY(plain.object().value(QLatin1String("consignments")).toObject().contains(QLatin1String("resource")));
    const HttpResult included = m_client->get(
        m_client->v2(QStringLiteral("orders/%1?include=consignments.line_items&consignment_structure=object").arg(id)));
    QCOMPARE(included.status, 200);
    QCOMPARE(included.object(), listed);

    const HttpResult missing = m_client->get(m_client->v2(QStringLiteral("orders/99999")));
    QCOMPARE(missing.status, 404);
    const QJsonArray error = missing.array();
    QCOMPARE(error.size(), 1);
    QCOMPARE(error.at(0).toObject().value(QLatin1String("status")).toInt(), 404);
    QVERIFY(error.at(0).toObject().value(QLatin1String("message")).isString());
}

void TestSandboxEndpoints::products()
{
    const QJsonObject order = m_orders.at(3).toObject();
    const int id = order.value(QLatin1String("id")).toInt();
    const HttpResult result = m_client->get(m_client->v2(QStringLiteral("orders/%1/products").arg(id)));
    QCOMPARE(result.status, 200);
    const QJsonArray products = result.array();
    int quantity = 0;
    for (const QJsonValue &value : products) {
        const QJsonObject product = value.toObject();
        QCOMPARE(product.value(QLatin1String("order_id")).toInt(), id);
        QVERIFY(isMoneyString(product.value(QLatin1String("price_inc_tax"))));
        QVERIFY(product.value(QLatin1String("product_options")).isArray());
        quantity += product.value(QLatin1String("quantity")).toInt();
    }
    QCOMPARE(quantity, order.value(QLatin1String("items_total")).toInt());

    const int productId = products.at(0).toObject().value(QLatin1String("id")).toInt();
    const HttpResult single =
        m_client->get(m_client->v2(QStringLiteral("orders/%1/products/%2").arg(id).arg(productId)));
    QCOMPARE(single.status, 200);
    QCOMPARE(single.object(), products.at(0).toObject());

    // Paging: one line item per page, then 204 past the end.
    const HttpResult firstPage = m_client->get(m_client->v2(QStringLiteral("orders/%1/products?limit=1").arg(id)));
    QCOMPARE(firstPage.array().size(), 1);
    const HttpResult pastEnd = m_client->get(
        m_client->v2(QStringLiteral("orders/%1/products?limit=1&page=%2").arg(id).arg(products.size() + 1)));
    QCOMPARE(pastEnd.status, 204);
    QVERIFY(pastEnd.body.isEmpty());
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders/%1/products?limit=251").arg(id))).status, 413);
}

void TestSandboxEndpoints::shippingAddresses()
{
    const QJsonObject order = findOrder([](const QJsonObject &o) {
        return o.value(QLatin1String("consignments")).toObject().value(QLatin1String("shipping")).toArray().size() == 2;
    });
    QVERIFY2(!order.isEmpty(), "no two-address order among 300");
    const int id = order.value(QLatin1String("id")).toInt();
    const HttpResult result = m_client->get(m_client->v2(QStringLiteral("orders/%1/shipping_addresses").arg(id)));
    QCOMPARE(result.status, 200);
    const QJsonArray addresses = result.array();
    QCOMPARE(addresses.size(), 2);
    for (const QJsonValue &value : addresses) {
        const QJsonObject address = value.toObject();
        QVERIFY(isInteger(address.value(QLatin1String("id"))));
        QCOMPARE(address.value(QLatin1String("order_id")).toInt(), id);
        // Money on the address resource is a string, unlike on the consignment.
        for (const char *field : {"base_cost", "cost_ex_tax", "cost_inc_tax", "cost_tax", "base_handling_cost",
                                  "handling_cost_ex_tax", "handling_cost_inc_tax", "handling_cost_tax"})
            QVERIFY2(isMoneyString(address.value(QLatin1String(field))), field);
        QVERIFY(address.value(QLatin1String("items_total")).isDouble());
        QVERIFY(address.value(QLatin1String("items_shipped")).isDouble());
        QVERIFY(address.value(QLatin1String("shipping_quotes")).isObject());
        QVERIFY(address.value(QLatin1String("form_fields")).isArray());
    }
    const int addressId = addresses.at(1).toObject().value(QLatin1String("id")).toInt();
    QCOMPARE(
        m_client->get(m_client->v2(QStringLiteral("orders/%1/shipping_addresses/%2").arg(id).arg(addressId))).object(),
        addresses.at(1).toObject());

    const QJsonObject digital =
        findOrder([](const QJsonObject &o) { return o.value(QLatin1String("order_is_digital")).toBool(); });
    QVERIFY(!digital.isEmpty());
    QCOMPARE(m_client
                 ->get(m_client->v2(
                     QStringLiteral("orders/%1/shipping_addresses").arg(digital.value(QLatin1String("id")).toInt())))
                 .status,
             204);
}

void TestSandboxEndpoints::consignmentsEndpoint()
{
    const QJsonObject pickup = findOrder([](const QJsonObject &o) {
        return !o.value(QLatin1String("consignments")).toObject().value(QLatin1String("pickups")).toArray().isEmpty();
    });
    QVERIFY2(!pickup.isEmpty(), "no pickup order among 300");
    const int id = pickup.value(QLatin1String("id")).toInt();
    const HttpResult full =
        m_client->get(m_client->v2(QStringLiteral("orders/%1/consignments?include=consignments.line_items").arg(id)));
    QCOMPARE(full.status, 200);
    QCOMPARE(full.object(), pickup.value(QLatin1String("consignments")).toObject());
    const QJsonObject consignment = full.object().value(QLatin1String("pickups")).toArray().at(0).toObject();
    QVERIFY(isInteger(consignment.value(QLatin1String("id"))));
    QVERIFY(isInteger(consignment.value(QLatin1String("pickup_method_id"))));
    for (const char *field : {"pickup_method_display_name", "collection_instructions", "collection_time_description"})
        QVERIFY2(consignment.value(QLatin1String(field)).isString(), field);
    const QJsonObject location = consignment.value(QLatin1String("location")).toObject();
    QVERIFY(isInteger(location.value(QLatin1String("id"))));
    for (const char *field : {"name", "code", "address_line_1", "address_line_2", "city", "state", "postal_code",
                              "country_alpha2", "email", "phone"})
        QVERIFY2(location.value(QLatin1String(field)).isString(), field);
    QCOMPARE(location.value(QLatin1String("country_alpha2")).toString().size(), 2);

    const HttpResult links = m_client->get(m_client->v2(QStringLiteral("orders/%1/consignments").arg(id)));
    QCOMPARE(links.status, 200);
    const QJsonObject link = links.object()
                                 .value(QLatin1String("pickups"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QLatin1String("line_items"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QVERIFY(link.contains(QLatin1String("url")) && link.contains(QLatin1String("resource")));
}

void TestSandboxEndpoints::shipmentsEndpoint()
{
    const QJsonObject waiting =
        findOrder([](const QJsonObject &o) { return o.value(QLatin1String("status_id")).toInt() == 11; });
    const HttpResult none = m_client->get(
        m_client->v2(QStringLiteral("orders/%1/shipments").arg(waiting.value(QLatin1String("id")).toInt())));
    QCOMPARE(none.status, 204);
    QVERIFY(none.body.isEmpty());

    const QJsonObject shipped = findOrder([](const QJsonObject &o) {
        return o.value(QLatin1String("status_id")).toInt() == 2 &&
               !o.value(QLatin1String("consignments")).toObject().value(QLatin1String("shipping")).toArray().isEmpty();
    });
    QVERIFY2(!shipped.isEmpty(), "no shipped order among 300");
    const HttpResult some = m_client->get(
        m_client->v2(QStringLiteral("orders/%1/shipments").arg(shipped.value(QLatin1String("id")).toInt())));
    QCOMPARE(some.status, 200);
    const QJsonObject shipment = some.array().at(0).toObject();
    for (const char *field : {"id", "order_id", "customer_id", "order_address_id"})
        QVERIFY2(isInteger(shipment.value(QLatin1String(field))), field);
    QVERIFY(isRfc2822Date(shipment.value(QLatin1String("date_created"))));
    for (const char *field : {"tracking_number", "shipping_provider", "tracking_carrier", "tracking_link", "comments",
                              "shipping_provider_display_name", "generated_tracking_link", "shipping_method"})
        QVERIFY2(shipment.value(QLatin1String(field)).isString(), field);
    QVERIFY(isMoneyString(shipment.value(QLatin1String("merchant_shipping_cost"))));
    QVERIFY(shipment.value(QLatin1String("billing_address")).toObject().value(QLatin1String("zip")).isString());
    QVERIFY(shipment.value(QLatin1String("shipping_address")).toObject().value(QLatin1String("city")).isString());
    const QJsonObject item = shipment.value(QLatin1String("items")).toArray().at(0).toObject();
    QVERIFY(isInteger(item.value(QLatin1String("order_product_id"))));
    QVERIFY(isInteger(item.value(QLatin1String("product_id"))));
    QVERIFY(item.value(QLatin1String("quantity")).toInt() > 0);
}

void TestSandboxEndpoints::countAgreesWithListing()
{
    const HttpResult all = m_client->get(m_client->v2(QStringLiteral("orders/count")));
    QCOMPARE(all.status, 200);
    const QJsonObject count = all.object();
    QVERIFY(count.value(QLatin1String("count")).isDouble());
    QCOMPARE(count.value(QLatin1String("count")).toInt(), 300);
    const QJsonArray statuses = count.value(QLatin1String("statuses")).toArray();
    QCOMPARE(statuses.size(), 15);
    int sum = 0;
    for (const QJsonValue &value : statuses) {
        const QJsonObject status = value.toObject();
        QVERIFY(isInteger(status.value(QLatin1String("count"))));
        QVERIFY(isInteger(status.value(QLatin1String("sort_order"))));
        QVERIFY(status.value(QLatin1String("custom_label")).isString());
        const int statusId = status.value(QLatin1String("id")).toInt();
        int listed = 0;
        for (const QJsonValue &order : std::as_const(m_orders))
            if (order.toObject().value(QLatin1String("status_id")).toInt() == statusId)
                ++listed;
        QCOMPARE(status.value(QLatin1String("count")).toInt(), listed);
        sum += listed;
    }
    QCOMPARE(sum, 300);

    const HttpResult filtered = m_client->get(m_client->v2(QStringLiteral("orders/count?status_id=11&channel_id=2")));
    const QJsonArray listed = m_client->allOrders(QStringLiteral("status_id=11&channel_id=2"));
    QCOMPARE(filtered.object().value(QLatin1String("count")).toInt(), listed.size());
    QVERIFY(listed.size() > 0);
}

void TestSandboxEndpoints::unknownPaths()
{
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("nothing_here"))).status, 404);
    QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders/"))).status, 404); // trailing slash
    QCOMPARE(m_client->get(QStringLiteral("/stores/sandbox1/v2//orders")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/v2/orders")).status, 404);
    const HttpResult v3 = m_client->get(m_client->v3(QStringLiteral("catalog/nothing")));
    QCOMPARE(v3.status, 404);
    QCOMPARE(v3.object().value(QLatin1String("status")).toInt(), 404);
    QVERIFY(v3.object().value(QLatin1String("title")).isString());
}

void TestSandboxEndpoints::rateHeadersOnEveryApiResponse()
{
    const QList<HttpResult> results = {
        m_client->get(m_client->v2(QStringLiteral("orders?limit=1"))),
        m_client->get(m_client->v2(QStringLiteral("orders/99999"))),
        m_client->request("GET", m_client->v2(QStringLiteral("orders?limit=1")), {}, QStringLiteral("wrong")),
        m_client->get(m_client->v2(QStringLiteral("orders?limit=1&page=1000")))};
    for (const HttpResult &result : results) {
        for (const QByteArray &header :
             {QByteArray("x-rate-limit-requests-left"), QByteArray("x-rate-limit-requests-quota"),
              QByteArray("x-rate-limit-time-reset-ms"), QByteArray("x-rate-limit-time-window-ms")})
            QVERIFY2(result.hasHeader(header), header.constData());
    }
}

QTEST_GUILESS_MAIN(TestSandboxEndpoints)
#include "tst_sandbox_endpoints.moc"
