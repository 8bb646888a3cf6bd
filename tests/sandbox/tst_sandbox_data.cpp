// The seeded order book, read over real HTTP: the shares of every special case, consistency of quantities with
// statuses, the 50-line-item warning, and determinism.
#include "SandboxTestClient.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

namespace {

QJsonArray shippingOf(const QJsonObject &order)
{
    return order.value(QLatin1String("consignments")).toObject().value(QLatin1String("shipping")).toArray();
}

QJsonArray pickupsOf(const QJsonObject &order)
{
    return order.value(QLatin1String("consignments")).toObject().value(QLatin1String("pickups")).toArray();
}

QJsonArray downloadsOf(const QJsonObject &order)
{
    return order.value(QLatin1String("consignments")).toObject().value(QLatin1String("downloads")).toArray();
}

// Every embedded line item of an order, whatever its consignment.
QList<QJsonObject> itemsOf(const QJsonObject &order)
{
    QList<QJsonObject> items;
    for (const QJsonArray &consignments : {shippingOf(order), pickupsOf(order), downloadsOf(order)})
        for (const QJsonValue &consignment : consignments)
            for (const QJsonValue &item : consignment.toObject().value(QLatin1String("line_items")).toArray())
                items << item.toObject();
    return items;
}

int quantityOf(const QJsonObject &item, const char *field)
{
    return static_cast<int>(item.value(QLatin1String(field)).toDouble());
}

} // namespace

class TestSandboxData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void idsAndDates();
    void statusAndChannelShares();
    void fulfilmentShares();
    void bundlesAndRefunds();
    void largeOrdersCarryWarning();
    void formFieldsAndOptions();
    void quantitiesMatchStatus();
    void deterministic();
    void pageRendersQuickly();

private:
    double share(const std::function<bool(const QJsonObject &)> &predicate, int statusId = -1) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QJsonArray m_orders;
};

void TestSandboxData::initTestCase()
{
    m_server = startSandbox(sandboxTestOptions(2000, 11));
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(m_server->rootUrl(), QStringLiteral("sandbox1"),
                                                   QStringLiteral("sandbox-token"));
    int requests = 0;
    m_orders =
        m_client->allOrders(QStringLiteral("include=consignments.line_items&consignment_structure=object"), &requests);
    QCOMPARE(m_orders.size(), 2000);
    QCOMPARE(requests, 9); // 8 full pages, then 204
}

double TestSandboxData::share(const std::function<bool(const QJsonObject &)> &predicate, int statusId) const
{
    int matching = 0;
    int total = 0;
    for (const QJsonValue &value : m_orders) {
        const QJsonObject order = value.toObject();
        if (statusId >= 0 && order.value(QLatin1String("status_id")).toInt() != statusId)
            continue;
        ++total;
        if (predicate(order))
            ++matching;
    }
    return total == 0 ? 0.0 : static_cast<double>(matching) / total;
}

void TestSandboxData::idsAndDates()
{
    const qint64 now = sandboxTestBaseTime();
    int recentlyModified = 0;
    for (int i = 0; i < m_orders.size(); ++i) {
        const QJsonObject order = m_orders.at(i).toObject();
        QCOMPARE(order.value(QLatin1String("id")).toInt(), 100 + i);
        const qint64 created =
            QDateTime::fromString(order.value(QLatin1String("date_created")).toString(), Qt::RFC2822Date)
                .toSecsSinceEpoch();
        const qint64 modified =
            QDateTime::fromString(order.value(QLatin1String("date_modified")).toString(), Qt::RFC2822Date)
                .toSecsSinceEpoch();
        QVERIFY(created >= now - 60 * 86400 && created <= now);
        QVERIFY(modified >= created && modified <= now);
        if (modified >= now - 2 * 86400)
            ++recentlyModified;
    }
    const double recent = recentlyModified / 2000.0;
    QVERIFY2(recent > 0.06 && recent < 0.15, qPrintable(QString::number(recent)));
}

void TestSandboxData::statusAndChannelShares()
{
    const double waiting = share([](const QJsonObject &o) {
        const int status = o.value(QLatin1String("status_id")).toInt();
        return status == 9 || status == 11;
    });
    QVERIFY2(waiting > 0.70 && waiting < 0.80, qPrintable(QString::number(waiting)));
    QSet<int> statuses;
    for (const QJsonValue &order : std::as_const(m_orders))
        statuses << order.toObject().value(QLatin1String("status_id")).toInt();
    QVERIFY(statuses.size() >= 14); // all 15 exist; the rarest may miss at 2000
    for (int channel = 1; channel <= 3; ++channel) {
        const double channelShare =
            share([channel](const QJsonObject &o) { return o.value(QLatin1String("channel_id")).toInt() == channel; });
        QVERIFY2(channelShare >= 1.0 / 6, qPrintable(QString::number(channelShare)));
    }
}

void TestSandboxData::fulfilmentShares()
{
    auto twoAddresses = [](const QJsonObject &o) {
        return shippingOf(o).size() == 2;
    };
    auto pickup = [](const QJsonObject &o) {
        return !pickupsOf(o).isEmpty() && shippingOf(o).isEmpty();
    };
    auto digital = [](const QJsonObject &o) {
        return o.value(QLatin1String("order_is_digital")).toBool() && !downloadsOf(o).isEmpty() &&
               shippingOf(o).isEmpty();
    };
    const double two = share(twoAddresses);
    const double picked = share(pickup);
    const double downloaded = share(digital);
    QVERIFY2(two > 0.03 && two < 0.075, qPrintable(QString::number(two)));
    QVERIFY2(picked > 0.03 && picked < 0.075, qPrintable(QString::number(picked)));
    QVERIFY2(downloaded > 0.015 && downloaded < 0.05, qPrintable(QString::number(downloaded)));
    // The same mix in each of the busy statuses.
    for (int status : {9, 11}) {
        QVERIFY(share(twoAddresses, status) > 0.02);
        QVERIFY(share(pickup, status) > 0.02);
        QVERIFY(share(digital, status) > 0.005);
    }

    for (const QJsonValue &value : std::as_const(m_orders)) {
        const QJsonObject order = value.toObject();
        if (twoAddresses(order)) {
            // Items split between the addresses; each item says where it goes.
            const QJsonArray shipping = shippingOf(order);
            QVERIFY(shipping.at(0).toObject().value(QLatin1String("id")) !=
                    shipping.at(1).toObject().value(QLatin1String("id")));
            for (const QJsonValue &consignment : shipping)
                QVERIFY(!consignment.toObject().value(QLatin1String("line_items")).toArray().isEmpty());
        }
        if (pickup(order)) {
            const QJsonObject consignment = pickupsOf(order).at(0).toObject();
            QVERIFY(!consignment.value(QLatin1String("location"))
                         .toObject()
                         .value(QLatin1String("name"))
                         .toString()
                         .isEmpty());
            for (const QJsonObject &item : itemsOf(order)) {
                QCOMPARE(item.value(QLatin1String("order_pickup_method_id")).toInt(),
                         consignment.value(QLatin1String("pickup_method_id")).toInt());
                QVERIFY(item.value(QLatin1String("order_pickup_method_id")).toInt() > 0);
            }
            QCOMPARE(order.value(QLatin1String("shipping_address_count")).toInt(), 0);
        }
        if (digital(order))
            for (const QJsonObject &item : itemsOf(order))
                QCOMPARE(item.value(QLatin1String("type")).toString(), QStringLiteral("digital"));
    }
}

void TestSandboxData::bundlesAndRefunds()
{
    int bundles = 0;
    int refundedOrders = 0;
    int consideredForRefund = 0;
    for (const QJsonValue &value : std::as_const(m_orders)) {
        const QJsonObject order = value.toObject();
        const QList<QJsonObject> items = itemsOf(order);
        QHash<int, QJsonObject> byId;
        for (const QJsonObject &item : items)
            byId.insert(item.value(QLatin1String("id")).toInt(), item);
        bool hasBundle = false;
        bool hasRefund = false;
        for (const QJsonObject &item : items) {
            const QJsonValue parent = item.value(QLatin1String("parent_order_product_id"));
            if (!parent.isNull()) {
                QVERIFY(item.value(QLatin1String("is_bundled_product")).toBool());
                QVERIFY(byId.contains(parent.toInt()));
                QVERIFY(!byId.value(parent.toInt()).value(QLatin1String("is_bundled_product")).toBool());
                hasBundle = true;
            } else {
                QVERIFY(!item.value(QLatin1String("is_bundled_product")).toBool());
            }
            const int refunded = quantityOf(item, "quantity_refunded");
            QCOMPARE(item.value(QLatin1String("is_refunded")).toBool(),
                     refunded > 0 && refunded >= item.value(QLatin1String("quantity")).toInt());
            if (refunded > 0)
                hasRefund = true;
        }
        bundles += hasBundle ? 1 : 0;
        const int status = order.value(QLatin1String("status_id")).toInt();
        if (hasRefund)
            QVERIFY(order.value(QLatin1String("refunded_amount")).toString().toDouble() > 0);
        if (status == 4 || status == 14) {
            QVERIFY(hasRefund);
            continue;
        }
        ++consideredForRefund;
        refundedOrders += hasRefund ? 1 : 0;
    }
    const double bundleShare = bundles / 2000.0;
    const double refundShare = static_cast<double>(refundedOrders) / consideredForRefund;
    QVERIFY2(bundleShare > 0.03 && bundleShare < 0.075, qPrintable(QString::number(bundleShare)));
    QVERIFY2(refundShare > 0.015 && refundShare < 0.05, qPrintable(QString::number(refundShare)));
}

void TestSandboxData::largeOrdersCarryWarning()
{
    int large = 0;
    for (const QJsonValue &value : std::as_const(m_orders)) {
        const QJsonObject order = value.toObject();
        if (order.value(QLatin1String("items_total")).toInt() <= 50)
            continue;
        const QJsonArray shipping = shippingOf(order);
        if (shipping.size() != 1)
            continue;
        const QJsonObject consignment = shipping.at(0).toObject();
        if (!consignment.contains(QLatin1String("__warning__")))
            continue;
        ++large;
        const int id = order.value(QLatin1String("id")).toInt();
        QCOMPARE(consignment.value(QLatin1String("line_items")).toArray().size(), 50);
        const QString message =
            consignment.value(QLatin1String("__warning__")).toObject().value(QLatin1String("message")).toString();
        QVERIFY(message.startsWith(QLatin1String("Not all line items of this consignment are returned")));
        QVERIFY(message.contains(QLatin1String("only 50 are included")));
        QVERIFY(message.contains(QStringLiteral("/v2/orders/%1/products").arg(id)));
        // The products endpoint has them all (default limit 50, so ask for more).
        const QJsonArray all =
            m_client->get(m_client->v2(QStringLiteral("orders/%1/products?limit=250").arg(id))).array();
        QVERIFY(all.size() > 50);
        int quantity = 0;
        for (const QJsonValue &item : all)
            quantity += item.toObject().value(QLatin1String("quantity")).toInt();
        QCOMPARE(quantity, order.value(QLatin1String("items_total")).toInt());
        QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders/%1/products").arg(id))).array().size(), 50);
    }
    QVERIFY(large >= 1);
    QVERIFY(large < 20); // under 1%
    // Consignments of 50 or fewer line items never carry the warning.
    for (const QJsonValue &value : std::as_const(m_orders))
        for (const QJsonValue &consignment : shippingOf(value.toObject()))
            if (consignment.toObject().value(QLatin1String("line_items")).toArray().size() < 50)
                QVERIFY(!consignment.toObject().contains(QLatin1String("__warning__")));
}

void TestSandboxData::formFieldsAndOptions()
{
    int delivery = 0;
    QSet<QString> deliveryValues;
    QSet<QString> optionNames;
    int withoutSku = 0;
    bool nonAscii = false;
    for (const QJsonValue &value : std::as_const(m_orders)) {
        const QJsonObject order = value.toObject();
        const QJsonObject billing = order.value(QLatin1String("billing_address")).toObject();
        for (const QJsonValue &field : billing.value(QLatin1String("form_fields")).toArray()) {
            if (field.toObject().value(QLatin1String("name")).toString() == QLatin1String("Delivery Option")) {
                ++delivery;
                deliveryValues << field.toObject().value(QLatin1String("value")).toString();
            }
        }
        const QString text = billing.value(QLatin1String("first_name")).toString() +
                             billing.value(QLatin1String("last_name")).toString() +
                             billing.value(QLatin1String("city")).toString();
        for (const QChar c : text)
            if (c.unicode() > 127)
                nonAscii = true;
        for (const QJsonObject &item : itemsOf(order)) {
            if (item.value(QLatin1String("sku")).toString().isEmpty())
                ++withoutSku;
            for (const QJsonValue &option : item.value(QLatin1String("product_options")).toArray())
                optionNames << option.toObject().value(QLatin1String("display_name")).toString();
        }
    }
    const double deliveryShare = delivery / 2000.0;
    QVERIFY2(deliveryShare > 0.27 && deliveryShare < 0.40, qPrintable(QString::number(deliveryShare)));
    QCOMPARE(deliveryValues,
             (QSet<QString>{QStringLiteral("Authority to leave"), QStringLiteral("Signature required")}));
    QCOMPARE(optionNames, (QSet<QString>{QStringLiteral("Size"), QStringLiteral("Color"), QStringLiteral("Colour"),
                                         QStringLiteral("HS Code")}));
    QVERIFY(withoutSku > 0);
    QVERIFY(nonAscii);
}

void TestSandboxData::quantitiesMatchStatus()
{
    for (const QJsonValue &value : std::as_const(m_orders)) {
        const QJsonObject order = value.toObject();
        const int status = order.value(QLatin1String("status_id")).toInt();
        int shipped = 0;
        int left = 0;
        for (const QJsonValue &consignment : shippingOf(order)) {
            for (const QJsonValue &itemValue : consignment.toObject().value(QLatin1String("line_items")).toArray()) {
                const QJsonObject item = itemValue.toObject();
                shipped += quantityOf(item, "quantity_shipped");
                left += item.value(QLatin1String("quantity")).toInt() - quantityOf(item, "quantity_shipped") -
                        quantityOf(item, "quantity_refunded");
            }
        }
        int orderShipped = 0;
        for (const QJsonObject &item : itemsOf(order))
            orderShipped += quantityOf(item, "quantity_shipped");
        if (order.value(QLatin1String("items_total")).toInt() <= 50)
            QCOMPARE(order.value(QLatin1String("items_shipped")).toInt(), orderShipped);
        if (shippingOf(order).isEmpty())
            continue;
        if (status == 2 || status == 10) {
            QCOMPARE(left, 0);
        } else if (status == 3) {
            QVERIFY(shipped > 0);
            QVERIFY(left > 0);
        } else {
            QCOMPARE(shipped, 0);
        }
        if (status == 2)
            QVERIFY(isRfc2822Date(order.value(QLatin1String("date_shipped"))));
    }
}

void TestSandboxData::deterministic()
{
    auto firstPage = [](quint64 seed) {
        auto server = startSandbox(sandboxTestOptions(300, seed));
        SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), QStringLiteral("sandbox-token"));
        QByteArray body = client
                              .get(client.v2(QStringLiteral("orders?limit=250&include=consignments.line_items&"
                                                            "consignment_structure=object")))
                              .body;
        // Resource links carry the port; everything else must be byte-identical.
        body.replace("127.0.0.1:" + QByteArray::number(server->port()), "127.0.0.1:PORT");
        return body;
    };
    const QByteArray first = firstPage(5);
    const QByteArray second = firstPage(5);
    QVERIFY(first.size() > 100000);
    QVERIFY(first == second);
    QVERIFY(first != firstPage(6));
}

void TestSandboxData::pageRendersQuickly()
{
    QElapsedTimer clock;
    clock.start();
    const HttpResult page = m_client->get(
        m_client->v2(QStringLiteral("orders?limit=250&include=consignments.line_items&consignment_structure=object")));
    QCOMPARE(page.status, 200);
    qInfo("250 orders with consignments: %lld bytes in %lld ms (client side, parsing included)",
          static_cast<long long>(page.body.size()), static_cast<long long>(clock.elapsed()));
    QVERIFY(clock.elapsed() < 3000); // generous: sanitizer builds are slow
}

QTEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandbox_data.moc"
