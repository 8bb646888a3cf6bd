// OrderMapper: BigCommerce order JSON (GET /v2/orders?include=consignments.line_items&consignment_structure=object,
// orders.v2.oas2.yml) to ImportedOrder. The orders below are written the way the API sends them: money as strings
// ("12.5000"), consignment costs as numbers, RFC 2822 dates, weight as either.

#include "core/bigcommerce/OrderMapper.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Packbench;

Q_DECLARE_METATYPE(Packbench::AuthorityToLeave)

namespace {

const qint64 OrderId = 123;

QJsonObject product(qint64 id, qint64 addressId, const QString &sku = QStringLiteral("SKU-1"), int quantity = 1)
{
    return QJsonObject{
        {"id", id},
        {"order_id", OrderId},
        {"product_id", 1000 + id},
        {"variant_id", 2000 + id},
        {"order_pickup_method_id", 0},
        {"order_address_id", addressId},
        {"name", QStringLiteral("Product %1").arg(id)},
        {"name_customer", QStringLiteral("Product %1").arg(id)},
        {"name_merchant", QStringLiteral("Product %1").arg(id)},
        {"sku", sku},
        {"upc", ""},
        {"type", "physical"},
        {"base_price", "12.5000"},
        {"price_ex_tax", "12.5000"},
        {"price_inc_tax", "13.7500"},
        {"price_tax", "1.2500"},
        {"base_total", "12.5000"},
        {"total_ex_tax", "12.5000"},
        {"total_inc_tax", "13.7500"},
        {"total_tax", "1.2500"},
        {"weight", "1.5000"},
        {"width", "10.0000"},
        {"height", "5.0000"},
        {"depth", "2.0000"},
        {"quantity", quantity},
        {"base_cost_price", "6.0000"},
        {"is_refunded", false},
        {"quantity_refunded", 0},
        {"refund_amount", "0.0000"},
        {"return_id", 0},
        {"wrapping_id", 0},
        {"wrapping_name", QJsonValue()},
        {"base_wrapping_cost", "0.0000"},
        {"wrapping_message", ""},
        {"quantity_shipped", 0},
        {"event_name", QJsonValue()},
        {"event_date", QJsonValue()},
        {"fixed_shipping_cost", "0.0000"},
        {"ebay_item_id", ""},
        {"ebay_transaction_id", ""},
        {"option_set_id", QJsonValue()},
        {"parent_order_product_id", QJsonValue()},
        {"is_bundled_product", false},
        {"bin_picking_number", "BIN-3"},
        {"external_id", QJsonValue()},
        {"brand", "Able"},
        {"applied_discounts", QJsonArray()},
        {"product_options", QJsonArray()},
        {"configurable_fields", QJsonArray()},
        {"gift_certificate_id", QJsonValue()},
        {"discounted_total_inc_tax", "13.7500"},
    };
}

QJsonObject option(const QString &name, const QString &value)
{
    return QJsonObject{{"id", 16},
                       {"option_id", 18},
                       {"order_product_id", 1},
                       {"product_option_id", 120},
                       {"display_name", name},
                       {"display_name_customer", name},
                       {"display_name_merchant", name},
                       {"display_value", value},
                       {"display_value_customer", value},
                       {"display_value_merchant", value},
                       {"value", "42"},
                       {"type", "Multiple choice"},
                       {"name", name.toLower()},
                       {"display_style", "Rectangle"}};
}

QJsonObject addressFields(QJsonObject object, const QString &first, const QString &last, const QString &street,
                          const QString &city)
{
    object.insert("first_name", first);
    object.insert("last_name", last);
    object.insert("company", "");
    object.insert("street_1", street);
    object.insert("street_2", "");
    object.insert("city", city);
    object.insert("state", "New South Wales");
    object.insert("zip", "2000");
    object.insert("country", "Australia");
    object.insert("country_iso2", "AU");
    object.insert("phone", "0410999888");
    object.insert("email", QStringLiteral("%1@example.com").arg(first.toLower()));
    return object;
}

QJsonObject shippingConsignment(qint64 id, const QJsonArray &lineItems, const QString &first = QStringLiteral("Jane"))
{
    QJsonObject consignment{{"id", id}};
    consignment = addressFields(consignment, first, "Doe", QStringLiteral("%1 George Street").arg(id), "Sydney");
    consignment.insert("form_fields", QJsonArray());
    consignment.insert("line_items", lineItems);
    consignment.insert("items_total", lineItems.size());
    consignment.insert("items_shipped", 0);
    consignment.insert("shipping_method", "Australia Post Parcel Post");
    consignment.insert("base_cost", 9.95);
    consignment.insert("cost_ex_tax", 9.95);
    consignment.insert("cost_inc_tax", 10.95);
    consignment.insert("cost_tax", 1.0);
    consignment.insert("cost_tax_class_id", 2);
    consignment.insert("base_handling_cost", 0);
    consignment.insert("handling_cost_ex_tax", 0);
    consignment.insert("handling_cost_inc_tax", 0);
    consignment.insert("handling_cost_tax", 0);
    consignment.insert("handling_cost_tax_class_id", 2);
    consignment.insert("shipping_zone_id", 1);
    consignment.insert("shipping_zone_name", "Australia");
    consignment.insert(
        "shipping_quotes",
        QJsonObject{{"url", QStringLiteral("https://api.bigcommerce.com/stores/abc/v2/orders/123/"
                                           "consignments/shipping/%1/shipping_quotes")
                                .arg(id)},
                    {"resource", QStringLiteral("/orders/123/consignments/shipping/%1/shipping_quotes").arg(id)}});
    return consignment;
}

QJsonObject consignments(const QJsonArray &shipping, const QJsonArray &pickups = QJsonArray(),
                         const QJsonArray &downloads = QJsonArray())
{
    return QJsonObject{{"pickups", pickups},
                       {"shipping", shipping},
                       {"downloads", downloads},
                       {"email", QJsonObject{{"gift_certificates", QJsonArray()}}}};
}

QJsonObject order(const QJsonObject &orderConsignments)
{
    QJsonObject billing = addressFields(QJsonObject(), "Jane", "Citizen", "1 George Street", "Sydney");
    billing.insert("form_fields",
                   QJsonArray{QJsonObject{{"name", "Delivery Option"}, {"value", "Authority to leave"}}});
    return QJsonObject{
        {"id", OrderId},
        {"customer_id", 17},
        {"date_created", "Tue, 20 Nov 2012 00:00:00 +0000"},
        {"date_modified", "Wed, 21 Nov 2012 09:15:30 +0000"},
        {"date_shipped", ""},
        {"status_id", 11},
        {"status", "Awaiting Fulfillment"},
        {"subtotal_ex_tax", "25.0000"},
        {"subtotal_inc_tax", "27.5000"},
        {"base_shipping_cost", "9.9500"},
        {"shipping_cost_inc_tax", "10.9500"},
        {"total_ex_tax", "34.9500"},
        {"total_inc_tax", "38.4500"},
        {"total_tax", "3.5000"},
        {"items_total", 2},
        {"items_shipped", 0},
        {"payment_method", "Credit Card"},
        {"payment_provider_id", ""},
        {"payment_status", "captured"},
        {"refunded_amount", "0.0000"},
        {"order_is_digital", false},
        {"currency_id", 1},
        {"currency_code", "AUD"},
        {"currency_exchange_rate", "1.0000000000"},
        {"default_currency_code", "AUD"},
        {"staff_notes", "VIP customer"},
        {"customer_message", "Please leave at the back door"},
        {"discount_amount", "0.0000"},
        {"shipping_address_count", 1},
        {"is_deleted", false},
        {"ebay_order_id", "0"},
        {"billing_address", billing},
        {"order_source", "www"},
        {"channel_id", 2},
        {"external_source", QJsonValue()},
        {"consignments", orderConsignments},
        {"products", QJsonObject{{"url", "https://api.bigcommerce.com/stores/abc/v2/orders/123/products"},
                                 {"resource", "/orders/123/products"}}},
        {"shipping_addresses",
         QJsonObject{{"url", "https://api.bigcommerce.com/stores/abc/v2/orders/123/shippingaddresses"},
                     {"resource", "/orders/123/shippingaddresses"}}},
    };
}

QJsonObject plainOrder()
{
    return order(consignments({shippingConsignment(31, {product(1, 31, "TEE-BLK-M", 2), product(2, 31, "MUG-01")})}));
}

// Helpers to change one field deep inside an order.
QJsonObject withField(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

QJsonObject withShipping(const QJsonObject &o, const QJsonValue &shipping)
{
    return withField(o, "consignments", withField(o.value("consignments").toObject(), "shipping", shipping));
}

QJsonObject withFirstShippingField(const QJsonObject &o, const QString &key, const QJsonValue &value)
{
    QJsonArray shipping = o.value("consignments").toObject().value("shipping").toArray();
    shipping[0] = withField(shipping.at(0).toObject(), key, value);
    return withShipping(o, shipping);
}

QJsonObject withFirstItemField(const QJsonObject &o, const QString &key, const QJsonValue &value)
{
    QJsonArray items =
        o.value("consignments").toObject().value("shipping").toArray().at(0).toObject().value("line_items").toArray();
    items[0] = withField(items.at(0).toObject(), key, value);
    return withFirstShippingField(o, "line_items", items);
}

QJsonObject withFormFields(const QJsonObject &o, const QJsonValue &fields)
{
    return withField(o, "billing_address", withField(o.value("billing_address").toObject(), "form_fields", fields));
}

QByteArray json(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

OrderMapper::Result mapOk(const QJsonObject &object)
{
    const OrderMapper::Result result = OrderMapper::map(object);
    if (!result.ok)
        qWarning("unexpected failure: %s", qPrintable(result.error));
    return result;
}

} // namespace

class TestOrderMapper : public QObject
{
    Q_OBJECT

private slots:
    void plainOneAddressOrder()
    {
        const OrderMapper::Result result = mapOk(plainOrder());
        QVERIFY(result.ok);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.orderId, OrderId);
        const ImportedOrder &o = result.order;
        QCOMPARE(o.orderId, OrderId);
        QCOMPARE(o.statusId, 11);
        QCOMPARE(o.channelId, 2);
        QCOMPARE(o.customerId, 17);
        QCOMPARE(o.dateCreated, QDateTime(QDate(2012, 11, 20), QTime(0, 0), Qt::UTC));
        QCOMPARE(o.dateModified, QDateTime(QDate(2012, 11, 21), QTime(9, 15, 30), Qt::UTC));
        QCOMPARE(o.dateModified.timeSpec(), Qt::UTC);
        QCOMPARE(o.billing.firstName, QStringLiteral("Jane"));
        QCOMPARE(o.billing.lastName, QStringLiteral("Citizen"));
        QCOMPARE(o.billing.street1, QStringLiteral("1 George Street"));
        QCOMPARE(o.billing.zip, QStringLiteral("2000"));
        QCOMPARE(o.billing.countryIso2, QStringLiteral("AU"));
        QCOMPARE(o.billing.email, QStringLiteral("jane@example.com"));
        QCOMPARE(o.customerMessage, QStringLiteral("Please leave at the back door"));
        QCOMPARE(o.staffNotes, QStringLiteral("VIP customer"));
        QCOMPARE(o.total, QStringLiteral("38.4500"));
        QCOMPARE(o.currency, QStringLiteral("AUD"));
        QCOMPARE(o.atl, AuthorityToLeave::AuthorityToLeave);
        QVERIFY(!o.digitalOnly);
        QVERIFY(!o.needsProducts);
        QCOMPARE(o.shipments.size(), 1);

        const Shipment &s = o.shipments.first();
        QCOMPARE(s.kind, Shipment::Kind::Shipping);
        QCOMPARE(s.consignmentId, 31);
        QCOMPARE(s.consignmentKey(), QStringLiteral("shipping:31"));
        QCOMPARE(s.address.fullName(), QStringLiteral("Jane Doe"));
        QCOMPARE(s.address.street1, QStringLiteral("31 George Street"));
        QCOMPARE(s.address.phone, QStringLiteral("0410999888"));
        QCOMPARE(s.shippingMethod, QStringLiteral("Australia Post Parcel Post"));
        QVERIFY(s.pickupLocation.isEmpty());
        QCOMPARE(s.items.size(), 2);
        const LineItem &first = s.items.at(0);
        QCOMPARE(first.orderProductId, 1);
        QCOMPARE(first.productId, 1001);
        QCOMPARE(first.sku, QStringLiteral("TEE-BLK-M"));
        QCOMPARE(first.name, QStringLiteral("Product 1"));
        QCOMPARE(first.quantity, 2);
        QCOMPARE(first.quantityShipped, 0);
        QCOMPARE(first.quantityRefunded, 0);
        QCOMPARE(first.weight, 1.5);
        QCOMPARE(first.parentOrderProductId, 0);
        QCOMPARE(first.quantityToShip(), 2);
        QCOMPARE(s.quantityToShip(), 3);
    }

    void twoShippingConsignments()
    {
        const QJsonObject o = order(consignments({shippingConsignment(31, {product(1, 31), product(3, 31)}, "Jane"),
                                                  shippingConsignment(32, {product(2, 32, "GIFT-1", 4)}, "Grace")}));
        const OrderMapper::Result result = mapOk(o);
        QVERIFY(result.ok);
        QCOMPARE(result.order.shipments.size(), 2);
        const Shipment &a = result.order.shipments.at(0);
        const Shipment &b = result.order.shipments.at(1);
        QCOMPARE(a.consignmentId, 31);
        QCOMPARE(b.consignmentId, 32);
        QCOMPARE(a.address.firstName, QStringLiteral("Jane"));
        QCOMPARE(b.address.firstName, QStringLiteral("Grace"));
        QCOMPARE(b.address.street1, QStringLiteral("32 George Street"));
        QCOMPARE(a.items.size(), 2);
        QCOMPARE(a.items.at(0).orderProductId, 1);
        QCOMPARE(a.items.at(1).orderProductId, 3);
        QCOMPARE(b.items.size(), 1);
        QCOMPARE(b.items.at(0).orderProductId, 2);
        QCOMPARE(b.items.at(0).quantity, 4);
        QVERIFY(!result.order.needsProducts);
    }

    void pickupConsignment()
    {
        QJsonObject item = product(7, 0, "PICK-1", 3);
        item.insert("order_pickup_method_id", 1);
        const QJsonObject pickup{
            {"id", 99},
            {"pickup_method_id", 1},
            {"pickup_method_display_name", "Pick Up"},
            {"collection_instructions", "Bring your ID"},
            {"collection_time_description", "9am - 6pm"},
            {"location", QJsonObject{{"id", 1},
                                     {"name", "Location 1"},
                                     {"code", "LOCATION-1"},
                                     {"address_line_1", "123 Main Street"},
                                     {"address_line_2", "Suite 101"},
                                     {"city", "Austin"},
                                     {"state", "Texas"},
                                     {"postal_code", "78726"},
                                     {"country_alpha2", "US"},
                                     {"email", "location1@example.com"},
                                     {"phone", "+1 111-111-1111"}}},
            {"line_items", QJsonArray{item}},
        };
        const OrderMapper::Result result = mapOk(order(consignments({}, {pickup})));
        QVERIFY(result.ok);
        QCOMPARE(result.order.shipments.size(), 1);
        const Shipment &s = result.order.shipments.first();
        QCOMPARE(s.kind, Shipment::Kind::Pickup);
        QCOMPARE(s.consignmentId, 99);
        QCOMPARE(s.consignmentKey(), QStringLiteral("pickup:99"));
        QCOMPARE(s.pickupLocation, QStringLiteral("Location 1, 123 Main Street, Austin"));
        QCOMPARE(s.shippingMethod, QStringLiteral("Pick Up"));
        QCOMPARE(s.address, result.order.billing); // the customer collects
        QCOMPARE(s.items.size(), 1);
        QCOMPARE(s.items.first().quantity, 3);
        QVERIFY(!result.order.digitalOnly);

        // Empty parts of the location are left out of the text.
        QJsonObject partial = pickup;
        partial.insert("location", QJsonObject{{"name", "Showroom"}, {"address_line_1", ""}, {"city", "Łódź"}});
        const OrderMapper::Result second = mapOk(order(consignments({}, {partial})));
        QVERIFY(second.ok);
        QCOMPARE(second.order.shipments.first().pickupLocation, QStringLiteral("Showroom, Łódź"));
    }

    void digitalOnly()
    {
        QJsonObject ebook = product(5, 0, "EBOOK-1");
        ebook.insert("type", "digital");
        const QJsonObject download{{"recipient_email", "jane@example.com"}, {"line_items", QJsonArray{ebook}}};
        QJsonObject o = order(consignments({}, {}, {download}));
        o.insert("order_is_digital", true);
        const OrderMapper::Result result = mapOk(o);
        QVERIFY(result.ok);
        QVERIFY(result.order.digitalOnly);
        QVERIFY(result.order.shipments.isEmpty());
        QVERIFY(!result.order.needsProducts);

        // Without the flag, downloads and no shipping or pickup consignment still mean digital only.
        o.insert("order_is_digital", false);
        const OrderMapper::Result unflagged = mapOk(o);
        QVERIFY(unflagged.ok);
        QVERIFY(unflagged.order.digitalOnly);
        QVERIFY(unflagged.order.shipments.isEmpty());

        // The schema's example: a download's line_items as one resource object. Not read, not an error.
        const QJsonObject linkDownload{
            {"recipient_email", "recipient@email.com"},
            {"line_items", QJsonObject{{"url", "https://api.bigcommerce.com/stores/abc/v2/orders/123/products/12"},
                                       {"resource", "/orders/123/products/12"}}}};
        const OrderMapper::Result linked = mapOk(order(consignments({}, {}, {linkDownload})));
        QVERIFY(linked.ok);
        QVERIFY(linked.order.digitalOnly);
    }

    void digitalAndGiftCertificateItemsAreNotShipped()
    {
        QJsonObject ebook = product(2, 31, "EBOOK-1");
        ebook.insert("type", "digital");
        QJsonObject gift = product(3, 31, "");
        gift.insert("type", "giftcertificate");
        const OrderMapper::Result result =
            mapOk(order(consignments({shippingConsignment(31, {product(1, 31), ebook, gift})})));
        QVERIFY(result.ok);
        QCOMPARE(result.order.shipments.first().items.size(), 1);
        QCOMPARE(result.order.shipments.first().items.first().orderProductId, 1);
    }

    void noShipmentsIsNotAnError()
    {
        // Nothing to ship and nothing to fetch: mapped, the importer skips it with its own reason.
        const OrderMapper::Result result = mapOk(order(consignments({})));
        QVERIFY(result.ok);
        QVERIFY(result.order.shipments.isEmpty());
        QVERIFY(!result.order.digitalOnly);
        QVERIFY(!result.order.needsProducts);
    }

    void bundle()
    {
        QJsonObject parent = product(10, 31, "BNDL-BRK");
        parent.insert("name", "Breakfast bundle");
        QJsonObject childA = product(11, 31, "MUG-01", 2);
        childA.insert("parent_order_product_id", 10);
        childA.insert("is_bundled_product", true);
        QJsonObject childB = product(12, 31, "TEA-01");
        childB.insert("parent_order_product_id", 10);
        childB.insert("is_bundled_product", true);
        const OrderMapper::Result result =
            mapOk(order(consignments({shippingConsignment(31, {parent, childA, childB})})));
        QVERIFY(result.ok);
        const QList<LineItem> &items = result.order.shipments.first().items;
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).parentOrderProductId, 0);
        QCOMPARE(items.at(1).parentOrderProductId, 10);
        QCOMPARE(items.at(2).parentOrderProductId, 10);
        QCOMPARE(items.at(1).quantity, 2);
    }

    void partlyRefundedAndShipped()
    {
        QJsonObject item = product(1, 31, "TEE-1", 5);
        item.insert("quantity_refunded", 2);
        item.insert("quantity_shipped", 1);
        item.insert("is_refunded", false);
        QJsonObject gone = product(2, 31, "TEE-2", 1);
        gone.insert("quantity_refunded", 1.0); // "number": whole numbers as doubles are fine
        gone.insert("is_refunded", true);
        const OrderMapper::Result result = mapOk(order(consignments({shippingConsignment(31, {item, gone})})));
        QVERIFY(result.ok);
        const QList<LineItem> &items = result.order.shipments.first().items;
        QCOMPARE(items.at(0).quantityRefunded, 2);
        QCOMPARE(items.at(0).quantityShipped, 1);
        QCOMPARE(items.at(0).quantityToShip(), 2);
        QCOMPARE(items.at(1).quantityRefunded, 1);
        QCOMPARE(items.at(1).quantityToShip(), 0);
        QCOMPARE(result.order.shipments.first().quantityToShip(), 2);
    }

    void productOptions()
    {
        QJsonObject item = product(1, 31);
        item.insert("product_options", QJsonArray{option("Size", "XL"), option(" colour ", "Navy"),
                                                  option("HS CODE", "6109.10"), option("Engraving", "For Mum")});
        QJsonObject american = product(2, 31);
        american.insert("product_options", QJsonArray{option("Color", "Red"), option("size", "S")});
        const OrderMapper::Result result = mapOk(order(consignments({shippingConsignment(31, {item, american})})));
        QVERIFY(result.ok);
        const QList<LineItem> &items = result.order.shipments.first().items;
        QCOMPARE(items.at(0).size, QStringLiteral("XL"));
        QCOMPARE(items.at(0).color, QStringLiteral("Navy"));
        QCOMPARE(items.at(0).hsCode, QStringLiteral("6109.10"));
        QCOMPARE(items.at(1).color, QStringLiteral("Red"));
        QCOMPARE(items.at(1).size, QStringLiteral("S"));
        QVERIFY(items.at(1).hsCode.isEmpty());
    }

    void authorityToLeave_data()
    {
        QTest::addColumn<QJsonValue>("formFields");
        QTest::addColumn<AuthorityToLeave>("expected");
        const auto field = [](const QJsonValue &name, const QJsonValue &value) {
            return QJsonObject{{"name", name}, {"value", value}};
        };
        QTest::newRow("authority to leave") << QJsonValue(QJsonArray{field("Delivery Option", "Authority to leave")})
                                            << AuthorityToLeave::AuthorityToLeave;
        QTest::newRow("signature required") << QJsonValue(QJsonArray{field("Delivery Option", "Signature required")})
                                            << AuthorityToLeave::SignatureRequired;
        QTest::newRow("name and value in other case, padded")
            << QJsonValue(QJsonArray{field("  delivery OPTION ", "Yes - AUTHORITY TO LEAVE")})
            << AuthorityToLeave::AuthorityToLeave;
        QTest::newRow("value as an array")
            << QJsonValue(QJsonArray{field("Delivery Option", QJsonArray{"Leave at door", "Authority to leave"})})
            << AuthorityToLeave::AuthorityToLeave;
        QTest::newRow("array with signature")
            << QJsonValue(QJsonArray{field("Delivery Option", QJsonArray{"Signature required"})})
            << AuthorityToLeave::SignatureRequired;
        QTest::newRow("other fields first, numeric value")
            << QJsonValue(QJsonArray{field("Loyalty number", 625491), field("Delivery Option", "Signature required")})
            << AuthorityToLeave::SignatureRequired;
        QTest::newRow("other value") << QJsonValue(QJsonArray{field("Delivery Option", "Front desk")})
                                     << AuthorityToLeave::Unspecified;
        QTest::newRow("only another field")
            << QJsonValue(QJsonArray{field("Comments", "Authority to leave")}) << AuthorityToLeave::Unspecified;
        QTest::newRow("no form fields") << QJsonValue(QJsonArray()) << AuthorityToLeave::Unspecified;
        QTest::newRow("form_fields absent") << QJsonValue(QJsonValue::Undefined) << AuthorityToLeave::Unspecified;
        QTest::newRow("form_fields null") << QJsonValue(QJsonValue::Null) << AuthorityToLeave::Unspecified;
        QTest::newRow("value null") << QJsonValue(QJsonArray{field("Delivery Option", QJsonValue())})
                                    << AuthorityToLeave::Unspecified;
    }

    void authorityToLeave()
    {
        QFETCH(QJsonValue, formFields);
        QFETCH(AuthorityToLeave, expected);
        const OrderMapper::Result result = mapOk(withFormFields(plainOrder(), formFields));
        QVERIFY(result.ok);
        QCOMPARE(result.order.atl, expected);
    }

    void itemWithoutSku()
    {
        QJsonObject missing = product(2, 31);
        missing.remove("sku");
        QJsonObject nullSku = product(3, 31);
        nullSku.insert("sku", QJsonValue());
        const OrderMapper::Result result =
            mapOk(order(consignments({shippingConsignment(31, {product(1, 31, ""), missing, nullSku})})));
        QVERIFY(result.ok);
        const QList<LineItem> &items = result.order.shipments.first().items;
        QCOMPARE(items.size(), 3); // kept: the importer flags them, a warehouse cannot pick without a SKU
        for (const LineItem &item : items)
            QVERIFY(item.sku.isEmpty());
    }

    void weight_data()
    {
        QTest::addColumn<QJsonValue>("weight");
        QTest::addColumn<double>("expected");
        QTest::newRow("string") << QJsonValue("1.5000") << 1.5;
        QTest::newRow("number") << QJsonValue(1.8) << 1.8;
        QTest::newRow("integer") << QJsonValue(2) << 2.0;
        QTest::newRow("zero string") << QJsonValue("0.0000") << 0.0;
        QTest::newRow("empty string") << QJsonValue("") << 0.0;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 0.0;
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << 0.0;
    }

    void weight()
    {
        QFETCH(QJsonValue, weight);
        QFETCH(double, expected);
        const OrderMapper::Result result = mapOk(withFirstItemField(plainOrder(), "weight", weight));
        QVERIFY(result.ok);
        QCOMPARE(result.order.shipments.first().items.first().weight, expected);
    }

    void warningNeedsProductsAndCompleteItemsFillsAll()
    {
        QJsonArray embedded;
        QJsonArray all;
        for (int id = 1; id <= 60; ++id) {
            const QJsonObject p = product(id, 31, QStringLiteral("SKU-%1").arg(id), 1 + id % 3);
            if (id <= 50)
                embedded.append(p);
            all.append(p);
        }
        QJsonObject consignment = shippingConsignment(31, embedded);
        consignment.insert(
            "__warning__",
            QJsonObject{{"message", "Not all line items of this consignment are returned: the consignment has 60 line "
                                    "items and only 50 are included. Please use the /v2/orders/123/products endpoint "
                                    "to get all line items of this order."}});
        const OrderMapper::Result result = mapOk(order(consignments({consignment})));
        QVERIFY(result.ok);
        QVERIFY(result.order.needsProducts);
        QCOMPARE(result.order.shipments.size(), 1);
        QCOMPARE(result.order.shipments.first().items.size(), 50); // what was embedded is kept

        ImportedOrder completed = result.order;
        QString error = QStringLiteral("stale");
        QVERIFY2(OrderMapper::completeItems(&completed, all, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(!completed.needsProducts);
        QCOMPARE(completed.shipments.size(), 1);
        const Shipment &s = completed.shipments.first();
        QCOMPARE(s.items.size(), 60);
        QCOMPARE(s.items.last().orderProductId, 60);
        QCOMPARE(s.items.last().sku, QStringLiteral("SKU-60"));
        QCOMPARE(s.address, result.order.shipments.first().address); // the consignment's address stays
        QCOMPARE(s.shippingMethod, result.order.shipments.first().shippingMethod);
        int expectedQuantity = 0;
        for (int id = 1; id <= 60; ++id)
            expectedQuantity += 1 + id % 3;
        QCOMPARE(s.quantityToShip(), expectedQuantity);
    }

    void completeItemsSplitsByAddressAndPickup()
    {
        // Two consignments truncated: /products brings every item of both, each tagged with its address.
        QJsonObject a = shippingConsignment(31, {product(1, 31)});
        a.insert("__warning__", QJsonObject{{"message", "Not all line items..."}});
        const QJsonObject b = shippingConsignment(32, {product(2, 32)});
        const OrderMapper::Result result = mapOk(order(consignments({a, b})));
        QVERIFY(result.ok);
        QVERIFY(result.order.needsProducts);
        QJsonObject ebook = product(9, 0, "EBOOK");
        ebook.insert("type", "digital");
        ImportedOrder completed = result.order;
        QString error;
        QVERIFY2(
            OrderMapper::completeItems(&completed, {product(1, 31), product(2, 32), product(3, 31), ebook}, &error),
            qPrintable(error));
        QCOMPARE(completed.shipments.size(), 2);
        QCOMPARE(completed.shipments.at(0).items.size(), 2);
        QCOMPARE(completed.shipments.at(0).items.at(1).orderProductId, 3);
        QCOMPARE(completed.shipments.at(1).items.size(), 1);
    }

    void consignmentsAsResourceLink()
    {
        QJsonObject o = plainOrder();
        o.insert("consignments",
                 QJsonObject{{"url", "https://api.bigcommerce.com/stores/abc/v2/orders/123/consignments"},
                             {"resource", "/orders/123/consignments"}});
        const OrderMapper::Result result = mapOk(o);
        QVERIFY(result.ok);
        QVERIFY(result.order.needsConsignments);
        QVERIFY(!result.order.needsProducts);
        QVERIFY(result.order.shipments.isEmpty()); // never a shipment with the billing address in its place
        QVERIFY(!result.order.digitalOnly);

        // /consignments?include=consignments.line_items then makes the shipments, with their own addresses and ids.
        const QJsonObject body = consignments({shippingConsignment(41, {product(1, 41), product(5, 41)}, "Ann"),
                                               shippingConsignment(42, {product(2, 42)}, "Bob")});
        ImportedOrder completed = result.order;
        QString error = QStringLiteral("stale");
        QVERIFY2(OrderMapper::applyConsignments(&completed, QJsonDocument(body).toJson(), &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(!completed.needsConsignments);
        QCOMPARE(completed.shipments.size(), 2);
        QCOMPARE(completed.shipments.at(0).consignmentId, 41);
        QCOMPARE(completed.shipments.at(0).address.firstName, QStringLiteral("Ann"));
        QVERIFY(completed.shipments.at(0).address != completed.billing);
        QCOMPARE(completed.shipments.at(0).items.size(), 2);
        QCOMPARE(completed.shipments.at(1).consignmentId, 42);
        QCOMPARE(completed.shipments.at(1).address.firstName, QStringLiteral("Bob"));

        // The same body embedded in an order list gives the same shipments: a key is the same on both paths.
        QJsonObject embedded = plainOrder();
        embedded.insert("consignments", body);
        QCOMPARE(mapOk(embedded).order.shipments, completed.shipments);

        // A body that cannot be trusted leaves the order as it was, with the reason.
        ImportedOrder untouched = result.order;
        QVERIFY(!OrderMapper::applyConsignments(&untouched, "[1,2", &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(untouched, result.order);

        // /products alone never makes a shipment: it knows no address.
        ImportedOrder productsOnly = result.order;
        QVERIFY(!OrderMapper::completeItems(&productsOnly, {product(1, 41)}, &error));
        QCOMPARE(productsOnly, result.order);

        // Missing consignments: the same.
        o.remove("consignments");
        const OrderMapper::Result missing = mapOk(o);
        QVERIFY(missing.ok);
        QVERIFY(missing.order.needsConsignments);
        QVERIFY(missing.order.shipments.isEmpty());
    }

    void lineItemsAsResourceLinks()
    {
        const QJsonObject link{{"url", "https://api.bigcommerce.com/stores/abc/v2/orders/123/products/12"},
                               {"resource", "/orders/123/products/12"}};
        const OrderMapper::Result result = mapOk(order(consignments({shippingConsignment(31, {link, link})})));
        QVERIFY(result.ok);
        QVERIFY(result.order.needsProducts);
        QCOMPARE(result.order.shipments.size(), 1);
        QVERIFY(result.order.shipments.first().items.isEmpty());

        ImportedOrder completed = result.order;
        QString error;
        QVERIFY2(OrderMapper::completeItems(&completed, {product(12, 31)}, &error), qPrintable(error));
        QCOMPARE(completed.shipments.first().items.size(), 1);
    }

    void unknownStatusIsKept_data()
    {
        QTest::addColumn<QJsonValue>("status");
        QTest::addColumn<int>("expected");
        QTest::newRow("0 incomplete") << QJsonValue(0) << 0;
        QTest::newRow("14 partially refunded") << QJsonValue(14) << 14;
        QTest::newRow("15 future") << QJsonValue(15) << 15;
        QTest::newRow("99 future") << QJsonValue(99) << 99;
        QTest::newRow("numeric string") << QJsonValue("9") << 9;
    }

    void unknownStatusIsKept()
    {
        QFETCH(QJsonValue, status);
        QFETCH(int, expected);
        const OrderMapper::Result result = mapOk(withField(plainOrder(), "status_id", status));
        QVERIFY(result.ok);
        QCOMPARE(result.order.statusId, expected);
    }

    void channelDefaultsToOne()
    {
        QJsonObject o = plainOrder();
        o.remove("channel_id");
        QCOMPARE(mapOk(o).order.channelId, 1);
        o.insert("channel_id", QJsonValue());
        QCOMPARE(mapOk(o).order.channelId, 1);
        o.insert("channel_id", 3);
        QCOMPARE(mapOk(o).order.channelId, 3);
    }

    void acceptedAlternatives()
    {
        QJsonObject o = plainOrder();
        o.insert("id", "123");                                        // numeric string
        o.insert("customer_id", 0.0);                                 // "number": guests are 0
        o.insert("total_inc_tax", 38.45);                             // a number instead of a string
        o.insert("date_created", "2012-11-20T10:00:00+10:00");        // ISO 8601
        o.insert("date_modified", "Fri, 21 Nov 2012 09:15:30 +0000"); // wrong weekday (21 Nov 2012 was a Wednesday)
        o.insert("staff_notes", QJsonValue());
        const OrderMapper::Result result = mapOk(o);
        QVERIFY(result.ok);
        QCOMPARE(result.order.orderId, OrderId);
        QCOMPARE(result.order.customerId, 0);
        QCOMPARE(result.order.total, QStringLiteral("38.4500"));
        QCOMPARE(result.order.dateCreated, QDateTime(QDate(2012, 11, 20), QTime(0, 0), Qt::UTC));
        QCOMPARE(result.order.dateModified, QDateTime(QDate(2012, 11, 21), QTime(9, 15, 30), Qt::UTC));
        QVERIFY(result.order.staffNotes.isEmpty());

        o.insert("customer_id", "42");
        QCOMPARE(mapOk(o).order.customerId, 42);
        o.insert("customer_id", 42.0);
        QCOMPARE(mapOk(o).order.customerId, 42);

        // A replacement character from broken UTF-8 is text like any other.
        const OrderMapper::Result replaced =
            mapOk(withFirstItemField(plainOrder(), "name", QStringLiteral("Caf\uFFFD")));
        QVERIFY(replaced.ok);
        QCOMPARE(replaced.order.shipments.first().items.first().name, QStringLiteral("Caf\uFFFD"));
    }

    void malformed_data()
    {
        QTest::addColumn<QJsonObject>("order");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<qint64>("knownId");
        const QJsonObject good = plainOrder();
        QTest::newRow("id missing") << withField(good, "id", QJsonValue::Undefined)
                                    << QStringLiteral("the order has no valid id") << qint64(0);
        QTest::newRow("id object") << withField(good, "id", QJsonObject{{"id", 123}})
                                   << QStringLiteral("the order has no valid id") << qint64(0);
        QTest::newRow("id zero") << withField(good, "id", 0) << QStringLiteral("the order has no valid id")
                                 << qint64(0);
        QTest::newRow("id fraction") << withField(good, "id", 12.5) << QStringLiteral("the order has no valid id")
                                     << qint64(0);
        QTest::newRow("id text") << withField(good, "id", "abc") << QStringLiteral("the order has no valid id")
                                 << qint64(0);
        QTest::newRow("id huge") << withField(good, "id", 1e300) << QStringLiteral("the order has no valid id")
                                 << qint64(0);
        QTest::newRow("status_id text") << withField(good, "status_id", "shipped") << QStringLiteral("status_id")
                                        << OrderId;
        QTest::newRow("status_id negative")
            << withField(good, "status_id", -1) << QStringLiteral("status_id") << OrderId;
        QTest::newRow("status_id missing")
            << withField(good, "status_id", QJsonValue::Undefined) << QStringLiteral("status_id") << OrderId;
        QTest::newRow("channel_id text") << withField(good, "channel_id", "web") << QStringLiteral("channel_id")
                                         << OrderId;
        QTest::newRow("date_modified invalid")
            << withField(good, "date_modified", "yesterday") << QStringLiteral("date_modified") << OrderId;
        QTest::newRow("date_modified empty")
            << withField(good, "date_modified", "") << QStringLiteral("date_modified") << OrderId;
        QTest::newRow("date_modified number")
            << withField(good, "date_modified", 1353456000) << QStringLiteral("date_modified") << OrderId;
        QTest::newRow("date_created missing")
            << withField(good, "date_created", QJsonValue::Undefined) << QStringLiteral("date_created") << OrderId;
        QTest::newRow("customer_id text")
            << withField(good, "customer_id", "guest") << QStringLiteral("customer_id") << OrderId;
        QTest::newRow("total_inc_tax object")
            << withField(good, "total_inc_tax", QJsonObject()) << QStringLiteral("total_inc_tax") << OrderId;
        QTest::newRow("order_is_digital text")
            << withField(good, "order_is_digital", "no") << QStringLiteral("order_is_digital") << OrderId;
        QTest::newRow("customer_message number")
            << withField(good, "customer_message", 5) << QStringLiteral("customer_message") << OrderId;
        QTest::newRow("billing_address array")
            << withField(good, "billing_address", QJsonArray()) << QStringLiteral("billing_address") << OrderId;
        QTest::newRow("billing zip number")
            << withField(good, "billing_address", withField(good.value("billing_address").toObject(), "zip", 2000))
            << QStringLiteral("billing_address.zip") << OrderId;
        QTest::newRow("form_fields object")
            << withFormFields(good, QJsonObject()) << QStringLiteral("form_fields") << OrderId;
        QTest::newRow("form field value object")
            << withFormFields(good, QJsonArray{QJsonObject{{"name", "Delivery Option"}, {"value", QJsonObject()}}})
            << QStringLiteral("form_fields.value") << OrderId;
        QTest::newRow("form field not an object")
            << withFormFields(good, QJsonArray{"Delivery Option"}) << QStringLiteral("form_fields") << OrderId;
        QTest::newRow("consignments array")
            << withField(good, "consignments", QJsonArray()) << QStringLiteral("consignments") << OrderId;
        QTest::newRow("consignments text")
            << withField(good, "consignments", "none") << QStringLiteral("consignments") << OrderId;
        QTest::newRow("shipping object") << withShipping(good, QJsonObject{{"id", 31}})
                                         << QStringLiteral("consignments.shipping") << OrderId;
        QTest::newRow("shipping element number")
            << withShipping(good, QJsonArray{31}) << QStringLiteral("consignments.shipping") << OrderId;
        QTest::newRow("pickups text") << withField(good, "consignments",
                                                   withField(good.value("consignments").toObject(), "pickups", "none"))
                                      << QStringLiteral("consignments.pickups") << OrderId;
        QTest::newRow("consignment id missing") << withFirstShippingField(good, "id", QJsonValue::Undefined)
                                                << QStringLiteral("shipping consignment 1") << OrderId;
        QTest::newRow("consignment id text")
            << withFirstShippingField(good, "id", "first") << QStringLiteral("shipping consignment 1") << OrderId;
        QTest::newRow("same consignment twice")
            << withShipping(good, QJsonArray{shippingConsignment(31, {product(1, 31)}),
                                             shippingConsignment(31, {product(2, 31)})})
            << QStringLiteral("consignment 31 twice") << OrderId;
        QTest::newRow("same item in two consignments")
            << withShipping(good, QJsonArray{shippingConsignment(31, {product(1, 31)}),
                                             shippingConsignment(32, {product(1, 32)})})
            << QStringLiteral("product 1 twice") << OrderId;
        QTest::newRow("consignment street number")
            << withFirstShippingField(good, "street_1", 12) << QStringLiteral("street_1") << OrderId;
        QTest::newRow("line_items object") << withFirstShippingField(good, "line_items", QJsonObject{{"id", 1}})
                                           << QStringLiteral("line_items") << OrderId;
        QTest::newRow("line_items text") << withFirstShippingField(good, "line_items", "1,2")
                                         << QStringLiteral("line_items") << OrderId;
        QTest::newRow("line item number")
            << withFirstShippingField(good, "line_items", QJsonArray{7}) << QStringLiteral("line item 1") << OrderId;
        QTest::newRow("quantity abc") << withFirstItemField(good, "quantity", "abc")
                                      << QStringLiteral("line item 1 of order 123 has no valid quantity") << OrderId;
        QTest::newRow("quantity negative")
            << withFirstItemField(good, "quantity", -2) << QStringLiteral("quantity") << OrderId;
        QTest::newRow("quantity fraction")
            << withFirstItemField(good, "quantity", 1.5) << QStringLiteral("quantity") << OrderId;
        QTest::newRow("quantity missing")
            << withFirstItemField(good, "quantity", QJsonValue::Undefined) << QStringLiteral("quantity") << OrderId;
        QTest::newRow("quantity too big")
            << withFirstItemField(good, "quantity", 1e12) << QStringLiteral("quantity") << OrderId;
        QTest::newRow("quantity_shipped negative")
            << withFirstItemField(good, "quantity_shipped", -1) << QStringLiteral("quantity_shipped") << OrderId;
        QTest::newRow("quantity_refunded text")
            << withFirstItemField(good, "quantity_refunded", "some") << QStringLiteral("quantity_refunded") << OrderId;
        QTest::newRow("item id object") << withFirstItemField(good, "id", QJsonObject())
                                        << QStringLiteral("line item 1 of order 123 has no valid id") << OrderId;
        QTest::newRow("item id missing") << withFirstItemField(good, "id", QJsonValue::Undefined)
                                         << QStringLiteral("line item 1 of order 123 has no id") << OrderId;
        QTest::newRow("item of another order")
            << withFirstItemField(good, "order_id", 124) << QStringLiteral("order_id") << OrderId;
        QTest::newRow("name number") << withFirstItemField(good, "name", 42) << QStringLiteral("name") << OrderId;
        QTest::newRow("sku number") << withFirstItemField(good, "sku", 42) << QStringLiteral("sku") << OrderId;
        QTest::newRow("weight text") << withFirstItemField(good, "weight", "heavy") << QStringLiteral("weight")
                                     << OrderId;
        QTest::newRow("weight negative") << withFirstItemField(good, "weight", -1.0) << QStringLiteral("weight")
                                         << OrderId;
        QTest::newRow("weight array") << withFirstItemField(good, "weight", QJsonArray{1}) << QStringLiteral("weight")
                                      << OrderId;
        QTest::newRow("parent id text") << withFirstItemField(good, "parent_order_product_id", "parent")
                                        << QStringLiteral("parent_order_product_id") << OrderId;
        QTest::newRow("product_options object") << withFirstItemField(good, "product_options", QJsonObject())
                                                << QStringLiteral("product_options") << OrderId;
        QTest::newRow("option value number")
            << withFirstItemField(good, "product_options",
                                  QJsonArray{QJsonObject{{"display_name", "Size"}, {"display_value", 12}}})
            << QStringLiteral("product_options.display_value") << OrderId;
        QTest::newRow("type number") << withFirstItemField(good, "type", 1) << QStringLiteral("type") << OrderId;
    }

    void malformed()
    {
        QFETCH(QJsonObject, order);
        QFETCH(QString, mentions);
        QFETCH(qint64, knownId);
        const OrderMapper::Result result = OrderMapper::map(order);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
        QCOMPARE(result.orderId, knownId);
        if (knownId > 0)
            QVERIFY2(result.error.contains(QString::number(knownId)), qPrintable(result.error));
        QCOMPARE(result.order, ImportedOrder()); // never half an order

        // The same order inside a page: that element fails, the page is fine.
        const OrderMapper::PageResult page = OrderMapper::mapPage(json(QJsonArray{order, plainOrder()}));
        QVERIFY(page.ok);
        QCOMPARE(page.orders.size(), 2);
        QVERIFY(!page.orders.at(0).ok);
        QCOMPARE(page.orders.at(0).error, result.error);
        QVERIFY(page.orders.at(1).ok);
    }

    void mapPage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("orders");
        QTest::addColumn<int>("mapped");
        QTest::newRow("204 empty body") << QByteArray() << true << 0 << 0;
        QTest::newRow("whitespace") << QByteArray(" \r\n") << true << 0 << 0;
        QTest::newRow("empty array") << QByteArray("[]") << true << 0 << 0;
        QTest::newRow("object") << QByteArray("{}") << false << 0 << 0;
        QTest::newRow("error object") << QByteArray(R"({"status":500,"title":"Internal Server Error"})") << false << 0
                                      << 0;
        QTest::newRow("numbers") << QByteArray("[1,2]") << true << 2 << 0;
        QTest::newRow("mixed") << QByteArray(R"([null,"order",[],true])") << true << 4 << 0;
        QTest::newRow("truncated") << json(QJsonArray{plainOrder()}).left(300) << false << 0 << 0;
        QTest::newRow("not json") << QByteArray("<html>Bad gateway</html>") << false << 0 << 0;
        QTest::newRow("two orders") << json(QJsonArray{plainOrder(), withField(order(consignments({})), "id", 124)})
                                    << true << 2 << 2;
        QTest::newRow("one good one bad")
            << json(QJsonArray{plainOrder(), withFirstItemField(plainOrder(), "quantity", "abc"), 5}) << true << 3 << 1;
    }

    void mapPage()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, orders);
        QFETCH(int, mapped);
        const OrderMapper::PageResult page = OrderMapper::mapPage(body);
        QCOMPARE(page.ok, ok);
        QCOMPARE(page.error.isEmpty(), ok);
        QCOMPARE(page.orders.size(), orders);
        int good = 0;
        for (const OrderMapper::Result &result : page.orders) {
            if (result.ok) {
                ++good;
                continue;
            }
            QVERIFY(!result.error.isEmpty());
        }
        QCOMPARE(good, mapped);
        if (body == "[1,2]")
            QVERIFY2(page.orders.first().error.contains(QLatin1String("not an order object")),
                     qPrintable(page.orders.first().error));
    }

    void completeItemsRejects_data()
    {
        QTest::addColumn<QJsonArray>("products");
        QTest::addColumn<QString>("mentions");
        QJsonObject pickupItem = product(3, 0);
        pickupItem.insert("order_pickup_method_id", 1);
        QJsonObject nowhere = product(4, 0);
        QTest::newRow("unknown address") << QJsonArray{product(1, 31), product(2, 99)} << QStringLiteral("99");
        QTest::newRow("pickup without pickup consignment") << QJsonArray{pickupItem} << QStringLiteral("pickup");
        QTest::newRow("neither address nor pickup") << QJsonArray{nowhere} << QStringLiteral("product 4");
        QTest::newRow("same product twice") << QJsonArray{product(1, 31), product(1, 31)} << QStringLiteral("twice");
        QTest::newRow("not an object") << QJsonArray{product(1, 31), 5} << QStringLiteral("product 2");
        QTest::newRow("quantity text") << QJsonArray{withField(product(1, 31), "quantity", "x")}
                                       << QStringLiteral("quantity");
        QTest::newRow("address text") << QJsonArray{withField(product(1, 31), "order_address_id", "home")}
                                      << QStringLiteral("order_address_id");
        QTest::newRow("another order") << QJsonArray{withField(product(1, 31), "order_id", 999)}
                                       << QStringLiteral("order_id");
    }

    void completeItemsRejects()
    {
        QFETCH(QJsonArray, products);
        QFETCH(QString, mentions);
        QJsonObject consignment = shippingConsignment(31, {product(1, 31)});
        consignment.insert("__warning__", QJsonObject{{"message", "Not all line items..."}});
        const OrderMapper::Result result = mapOk(order(consignments({consignment})));
        QVERIFY(result.ok);
        ImportedOrder o = result.order;
        QString error;
        QVERIFY(!OrderMapper::completeItems(&o, products, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(error.contains(QString::number(OrderId)), qPrintable(error));
        QCOMPARE(o, result.order); // untouched
        QVERIFY(!OrderMapper::completeItems(&o, products, nullptr));
    }

    // Every seed of the fuzzer maps to an order or a reason; the sandbox's own orders all map.
    void seedCorpus()
    {
        const QDir dir(QStringLiteral(PACKBENCH_FUZZ_CORPUS));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 15, qPrintable(dir.path()));
        int ordersSeen = 0;
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            const QByteArray body = file.readAll();
            QVERIFY2(body.size() < 64 * 1024, qPrintable(name));
            const bool fromSandbox = name.startsWith(QLatin1String("sandbox-"));

            const OrderMapper::PageResult page = OrderMapper::mapPage(body);
            QVERIFY2(page.ok || !page.error.isEmpty(), qPrintable(name));
            for (const OrderMapper::Result &result : page.orders) {
                ++ordersSeen;
                QVERIFY2(result.ok || !result.error.isEmpty(), qPrintable(name));
                if (fromSandbox)
                    QVERIFY2(result.ok, qPrintable(name + QStringLiteral(": ") + result.error));
            }

            const QJsonDocument document = QJsonDocument::fromJson(body);
            if (!document.isObject())
                continue;
            QJsonObject object = document.object();
            const QJsonArray products = object.value(QLatin1String("products")).toArray();
            if (object.value(QLatin1String("order")).isObject())
                object = object.value(QLatin1String("order")).toObject();
            const OrderMapper::Result result = OrderMapper::map(object);
            ++ordersSeen;
            QVERIFY2(result.ok || !result.error.isEmpty(), qPrintable(name));
            if (fromSandbox)
                QVERIFY2(result.ok, qPrintable(name + QStringLiteral(": ") + result.error));
            if (result.ok && !products.isEmpty()) {
                ImportedOrder completed = result.order;
                QString error;
                const bool done = OrderMapper::completeItems(&completed, products, &error);
                QVERIFY2(done || !error.isEmpty(), qPrintable(name));
                if (fromSandbox) {
                    QVERIFY2(done, qPrintable(name + QStringLiteral(": ") + error));
                    QVERIFY(result.order.needsProducts);
                    int items = 0;
                    for (const Shipment &s : completed.shipments)
                        items += s.items.size();
                    QVERIFY2(items > 50, qPrintable(name)); // the whole consignment, not the embedded 50
                }
            }
        }
        QVERIFY(ordersSeen > 20);
    }
};

QTEST_GUILESS_MAIN(TestOrderMapper)
#include "tst_ordermapper.moc"
