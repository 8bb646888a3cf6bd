// --without-consignments: orders whose listings carry resource links only, with a billing address that differs from
// every shipping address, while /consignments and /shipping_addresses serve every order; merchant status moves
// (status 0 included) and the statistics of the consignments endpoint.
#include "SandboxTestClient.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

namespace {

constexpr int OrderCount = 600;
constexpr quint64 Seed = 11;
constexpr double Fraction = 0.3;
const QString WithConsignments = QStringLiteral("include=consignments.line_items&consignment_structure=object");

SandboxOptions withoutConsignmentsOptions(double fraction, quint64 seed = Seed, int orders = OrderCount)
{
    SandboxOptions options = sandboxTestOptions(orders, seed);
    options.withoutConsignments = fraction;
    return options;
}

// True if `value` is exactly {"url": ..., "resource": ...}.
bool isResourceLink(const QJsonValue &value)
{
    const QJsonObject link = value.toObject();
    return value.isObject() && link.size() == 2 && link.value(QLatin1String("url")).isString() &&
           link.value(QLatin1String("resource")).isString();
}

// An order listed without its consignments: the consignments member is a resource link, not the object with
// pickups/shipping/downloads.
bool listedWithoutConsignments(const QJsonObject &order)
{
    return isResourceLink(order.value(QLatin1String("consignments")));
}

int idOf(const QJsonValue &value)
{
    return value.toObject().value(QLatin1String("id")).toInt();
}

QString text(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field)).toString();
}

// The path and query of a resource link's url, as SandboxTestClient::get wants it.
QString pathOf(const QJsonValue &link)
{
    const QUrl url(link.toObject().value(QLatin1String("url")).toString());
    return QString::fromUtf8(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
}

} // namespace

class TestSandboxConsignments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesOption();
    void fractionHonoured();
    void listedOrdersCarryOnlyResourceLinks();
    void otherOrdersUnchanged();
    void billingDiffersFromShipping();
    void consignmentsEndpointServesEveryOrder();
    void largeConsignmentWarning();
    void deterministicAcrossServers();
    void statsCountConsignmentsEndpoint();
    void merchantMovesToEveryStatus();
    void statusZeroVisibleInUnfilteredList();

private:
    QJsonArray flaggedOrders() const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QJsonArray m_orders; // all orders, listed with include=consignments.line_items&consignment_structure=object
};

void TestSandboxConsignments::initTestCase()
{
    m_server = startSandbox(withoutConsignmentsOptions(Fraction));
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(m_server->rootUrl(), QStringLiteral("sandbox1"),
                                                   QStringLiteral("sandbox-token"));
    m_orders = m_client->allOrders(WithConsignments);
    QCOMPARE(m_orders.size(), OrderCount);
}

QJsonArray TestSandboxConsignments::flaggedOrders() const
{
    QJsonArray flagged;
    for (const QJsonValue &value : m_orders)
        if (listedWithoutConsignments(value.toObject()))
            flagged.append(value);
    return flagged;
}

void TestSandboxConsignments::parsesOption()
{
    QString error;
    bool help = false;
    const QString program = QStringLiteral("packbench-sandbox");
    auto parsed = SandboxOptions::parse({program}, &error, &help);
    QVERIFY(parsed);
    QCOMPARE(parsed->withoutConsignments, 0.0);
    parsed = SandboxOptions::parse({program, QStringLiteral("--without-consignments"), QStringLiteral("0.25")}, &error,
                                   &help);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->withoutConsignments, 0.25);
    parsed = SandboxOptions::parse({program, QStringLiteral("--without-consignments=1")}, &error, &help);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->withoutConsignments, 1.0);
    for (const char *bad : {"1.5", "-0.1", "half", "nan", ""}) {
        error.clear();
        QVERIFY2(!SandboxOptions::parse({program, QStringLiteral("--without-consignments"), QLatin1String(bad)}, &error,
                                        &help),
                 bad);
        QVERIFY2(error.contains(QLatin1String("--without-consignments")), bad);
    }
    QVERIFY(!SandboxOptions::parse({program, QStringLiteral("--without-consignments")}, &error, &help));
    QVERIFY(SandboxOptions::usage().contains(QLatin1String("--without-consignments")));
}

void TestSandboxConsignments::fractionHonoured()
{
    const int flagged = static_cast<int>(flaggedOrders().size());
    qInfo("%d of %d orders listed without consignments (asked: %.2f)", flagged, OrderCount, Fraction);
    // 600 draws of p = 0.3: the standard deviation is 11 orders; 36 is more than three of them.
    QVERIFY2(qAbs(flagged - Fraction * OrderCount) <= 36, qPrintable(QString::number(flagged)));

    auto countFlagged = [](double fraction) {
        auto server = startSandbox(withoutConsignmentsOptions(fraction, Seed, 300));
        if (!server)
            return -1;
        SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), QStringLiteral("sandbox-token"));
        const QJsonArray orders = client.allOrders(WithConsignments);
        int count = 0;
        for (const QJsonValue &value : orders)
            count += listedWithoutConsignments(value.toObject()) ? 1 : 0;
        return orders.size() == 300 ? count : -1;
    };
    QCOMPARE(countFlagged(0.0), 0);
    QCOMPARE(countFlagged(1.0), 300);
    const int tenth = countFlagged(0.1);
    QVERIFY2(tenth >= 12 && tenth <= 48, qPrintable(QString::number(tenth))); // 30 expected, sd 5.2
}

void TestSandboxConsignments::listedOrdersCarryOnlyResourceLinks()
{
    const QJsonArray flagged = flaggedOrders();
    QVERIFY(!flagged.isEmpty());
    const QString base = m_server->rootUrl().toString() + QStringLiteral("/stores/sandbox1/v2");
    QSet<int> flaggedIds;
    for (const QJsonValue &value : flagged) {
        const QJsonObject order = value.toObject();
        const int id = idOf(order);
        flaggedIds << id;
        const QString orderPath = QStringLiteral("/orders/%1").arg(id);
        const std::pair<const char *, QString> links[] = {
            {"consignments", orderPath + QStringLiteral("/consignments")},
            {"products", orderPath + QStringLiteral("/products")},
            {"shipping_addresses", orderPath + QStringLiteral("/shippingaddresses")},
        };
        for (const auto &[member, resource] : links) {
            const QJsonValue link = order.value(QLatin1String(member));
            QVERIFY2(isResourceLink(link), member);
            QCOMPARE(text(link.toObject(), "resource"), resource);
            QCOMPARE(text(link.toObject(), "url"), base + resource);
        }
    }

    // The same orders come as links whatever include= says, and from the single-order endpoint too.
    for (const QString &query : {QStringLiteral("include=consignments"), QString(),
                                 QStringLiteral("include=consignments&consignment_structure=object")}) {
        const QJsonArray orders = m_client->allOrders(query);
        QCOMPARE(orders.size(), OrderCount);
        for (const QJsonValue &value : orders) {
            if (!flaggedIds.contains(idOf(value)))
                continue;
            for (const char *member : {"consignments", "products", "shipping_addresses"})
                QVERIFY2(isResourceLink(value.toObject().value(QLatin1String(member))), member);
        }
    }
    int checked = 0;
    for (const QJsonValue &value : flagged) {
        if (++checked > 20)
            break;
        const int id = idOf(value);
        const HttpResult single = m_client->get(m_client->v2(QStringLiteral("orders/%1?").arg(id) + WithConsignments));
        QCOMPARE(single.status, 200);
        QCOMPARE(single.object(), value.toObject());
    }

    // Every link can be followed as is.
    const QJsonObject order = flagged.at(0).toObject();
    const HttpResult consignments = m_client->get(pathOf(order.value(QLatin1String("consignments"))));
    QCOMPARE(consignments.status, 200);
    QVERIFY(consignments.object().value(QLatin1String("shipping")).isArray());
    const HttpResult products = m_client->get(pathOf(order.value(QLatin1String("products"))));
    QCOMPARE(products.status, 200);
    int quantity = 0;
    for (const QJsonValue &product : products.array())
        quantity += product.toObject().value(QLatin1String("quantity")).toInt();
    QCOMPARE(quantity, order.value(QLatin1String("items_total")).toInt());
    const HttpResult addresses = m_client->get(pathOf(order.value(QLatin1String("shipping_addresses"))));
    QVERIFY2(addresses.status == 200 || addresses.status == 204, qPrintable(QString::number(addresses.status)));
    QCOMPARE(addresses.array().size(), order.value(QLatin1String("shipping_address_count")).toInt());
}

void TestSandboxConsignments::otherOrdersUnchanged()
{
    // The other orders embed their consignments as always, and are byte-identical to a store without the option.
    auto server = startSandbox(withoutConsignmentsOptions(0.0));
    QVERIFY(server);
    SandboxTestClient plainClient(server->rootUrl(), QStringLiteral("sandbox1"), QStringLiteral("sandbox-token"));
    const QJsonArray plain = plainClient.allOrders(WithConsignments);
    QCOMPARE(plain.size(), OrderCount);
    const QString ourRoot = m_server->rootUrl().toString();
    const QString theirRoot = server->rootUrl().toString();
    int embedded = 0;
    for (int i = 0; i < OrderCount; ++i) {
        const QJsonObject order = m_orders.at(i).toObject();
        if (listedWithoutConsignments(order))
            continue;
        ++embedded;
        const QJsonObject consignments = order.value(QLatin1String("consignments")).toObject();
        for (const char *member : {"pickups", "shipping", "downloads"})
            QVERIFY2(consignments.value(QLatin1String(member)).isArray(), member);
        QByteArray ours = QJsonDocument(order).toJson(QJsonDocument::Compact);
        ours.replace(ourRoot.toUtf8(), theirRoot.toUtf8());
        QCOMPARE(ours, QJsonDocument(plain.at(i).toObject()).toJson(QJsonDocument::Compact));
    }
    QVERIFY(embedded > OrderCount / 2);
}

void TestSandboxConsignments::billingDiffersFromShipping()
{
    int withAddresses = 0;
    for (const QJsonValue &value : flaggedOrders()) {
        const QJsonObject order = value.toObject();
        const int id = idOf(order);
        const QJsonObject billing = order.value(QLatin1String("billing_address")).toObject();
        const HttpResult result = m_client->get(m_client->v2(QStringLiteral("orders/%1/shipping_addresses").arg(id)));
        if (result.status == 204)
            continue; // pickup or digital: no shipping address to differ from
        QCOMPARE(result.status, 200);
        ++withAddresses;
        const QJsonArray addresses = result.array();
        QCOMPARE(addresses.size(), order.value(QLatin1String("shipping_address_count")).toInt());
        for (const QJsonValue &addressValue : addresses) {
            const QJsonObject address = addressValue.toObject();
            for (const char *field : {"first_name", "last_name", "street_1", "city"}) {
                QVERIFY2(!text(billing, field).isEmpty(), field);
                QVERIFY2(text(billing, field) != text(address, field),
                         qPrintable(QStringLiteral("order %1: billing %2 is a shipping address's")
                                        .arg(id)
                                        .arg(QLatin1String(field))));
            }
        }
    }
    QVERIFY2(withAddresses > 100, qPrintable(QString::number(withAddresses)));

    // Without the option most customers ship to their billing address: the difference above is the option's doing.
    int same = 0;
    int shipped = 0;
    for (const QJsonValue &value : m_orders) {
        const QJsonObject order = value.toObject();
        if (listedWithoutConsignments(order))
            continue;
        const QJsonArray shipping =
            order.value(QLatin1String("consignments")).toObject().value(QLatin1String("shipping")).toArray();
        if (shipping.isEmpty())
            continue;
        ++shipped;
        const QJsonObject billing = order.value(QLatin1String("billing_address")).toObject();
        const QJsonObject first = shipping.at(0).toObject();
        if (text(billing, "street_1") == text(first, "street_1") && text(billing, "city") == text(first, "city") &&
            text(billing, "last_name") == text(first, "last_name"))
            ++same;
    }
    QVERIFY2(same > shipped / 2, qPrintable(QStringLiteral("%1 of %2").arg(same).arg(shipped)));
}

void TestSandboxConsignments::consignmentsEndpointServesEveryOrder()
{
    int shippingConsignments = 0;
    int pickups = 0;
    QSet<int> consignmentIds;
    for (const QJsonValue &value : flaggedOrders()) {
        const int id = idOf(value);
        const HttpResult full = m_client->get(
            m_client->v2(QStringLiteral("orders/%1/consignments?include=consignments.line_items").arg(id)));
        QCOMPARE(full.status, 200);
        const QJsonObject consignments = full.object();
        for (const char *member : {"pickups", "shipping", "downloads"})
            QVERIFY2(consignments.value(QLatin1String(member)).isArray(), member);
        const HttpResult links = m_client->get(m_client->v2(QStringLiteral("orders/%1/consignments").arg(id)));
        QCOMPARE(links.status, 200);

        // A shipping consignment's id is its shipping address's id, with the same address.
        const QJsonArray shipping = consignments.value(QLatin1String("shipping")).toArray();
        const HttpResult addressResult =
            m_client->get(m_client->v2(QStringLiteral("orders/%1/shipping_addresses").arg(id)));
        const QJsonArray addresses = addressResult.array();
        QCOMPARE(addresses.size(), shipping.size());
        QCOMPARE(addressResult.status, shipping.isEmpty() ? 204 : 200);
        QCOMPARE(m_client->get(m_client->v2(QStringLiteral("orders/%1/shippingaddresses").arg(id))).array(), addresses);
        for (qsizetype i = 0; i < shipping.size(); ++i) {
            const QJsonObject consignment = shipping.at(i).toObject();
            const QJsonObject address = addresses.at(i).toObject();
            QVERIFY(isInteger(consignment.value(QLatin1String("id"))));
            QVERIFY(consignment.value(QLatin1String("id")).toInt() > 0);
            QCOMPARE(consignment.value(QLatin1String("id")).toInt(), address.value(QLatin1String("id")).toInt());
            for (const char *field : {"first_name", "last_name", "street_1", "city", "zip", "country_iso2"})
                QCOMPARE(text(consignment, field), text(address, field));
            QVERIFY(!consignmentIds.contains(consignment.value(QLatin1String("id")).toInt()));
            consignmentIds << consignment.value(QLatin1String("id")).toInt();
            int quantity = 0;
            for (const QJsonValue &item : consignment.value(QLatin1String("line_items")).toArray()) {
                QCOMPARE(item.toObject().value(QLatin1String("order_address_id")).toInt(),
                         consignment.value(QLatin1String("id")).toInt());
                quantity += item.toObject().value(QLatin1String("quantity")).toInt();
            }
            if (!consignment.contains(QLatin1String("__warning__"))) // else only the first 50 line items are here
                QCOMPARE(quantity, address.value(QLatin1String("items_total")).toInt());
            for (const QJsonValue &item : links.object()
                                              .value(QLatin1String("shipping"))
                                              .toArray()
                                              .at(i)
                                              .toObject()
                                              .value(QLatin1String("line_items"))
                                              .toArray())
                QVERIFY(isResourceLink(item));
            ++shippingConsignments;
        }
        for (const QJsonValue &pickupValue : consignments.value(QLatin1String("pickups")).toArray()) {
            const QJsonObject pickup = pickupValue.toObject();
            QVERIFY(isInteger(pickup.value(QLatin1String("id"))));
            QVERIFY(pickup.value(QLatin1String("id")).toInt() > 0);
            QVERIFY(isInteger(pickup.value(QLatin1String("pickup_method_id"))));
            for (const QJsonValue &item : pickup.value(QLatin1String("line_items")).toArray())
                QCOMPARE(item.toObject().value(QLatin1String("order_pickup_method_id")).toInt(),
                         pickup.value(QLatin1String("pickup_method_id")).toInt());
            ++pickups;
        }
    }
    QVERIFY(shippingConsignments > 100);
    QVERIFY2(pickups > 0, "no pickup order among the orders without consignments");

    // For the other orders the endpoint answers what the listing embeds.
    int compared = 0;
    for (const QJsonValue &value : m_orders) {
        if (listedWithoutConsignments(value.toObject()) || ++compared > 40)
            continue;
        const HttpResult full = m_client->get(
            m_client->v2(QStringLiteral("orders/%1/consignments?include=consignments.line_items").arg(idOf(value))));
        QCOMPARE(full.status, 200);
        QCOMPARE(full.object(), value.toObject().value(QLatin1String("consignments")).toObject());
    }
}

void TestSandboxConsignments::largeConsignmentWarning()
{
    // Index 137 and 387 get more than 50 line items (OrderGenerator::isLargeOrderIndex).
    for (const int id : {237, 487}) {
        const HttpResult full = m_client->get(
            m_client->v2(QStringLiteral("orders/%1/consignments?include=consignments.line_items").arg(id)));
        QCOMPARE(full.status, 200);
        const QJsonObject consignment = full.object().value(QLatin1String("shipping")).toArray().at(0).toObject();
        QCOMPARE(consignment.value(QLatin1String("line_items")).toArray().size(), 50);
        QVERIFY(text(consignment.value(QLatin1String("__warning__")).toObject(), "message")
                    .startsWith(QLatin1String("Not all line items of this consignment are returned")));
        const HttpResult products = m_client->get(m_client->v2(QStringLiteral("orders/%1/products?limit=250").arg(id)));
        QVERIFY(products.array().size() > 50);
    }
}

void TestSandboxConsignments::deterministicAcrossServers()
{
    auto listing = [](quint64 seed, double fraction, QSet<int> *flagged) {
        auto server = startSandbox(withoutConsignmentsOptions(fraction, seed, 300));
        SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), QStringLiteral("sandbox-token"));
        QByteArray body = client.get(client.v2(QStringLiteral("orders?limit=250&") + WithConsignments)).body;
        for (const QJsonValue &value : QJsonDocument::fromJson(body).array())
            if (listedWithoutConsignments(value.toObject()))
                *flagged << idOf(value);
        // Resource links carry the port; everything else must be byte-identical.
        body.replace("127.0.0.1:" + QByteArray::number(server->port()), "127.0.0.1:PORT");
        return body;
    };
    QSet<int> first;
    QSet<int> second;
    QSet<int> otherSeed;
    const QByteArray a = listing(Seed, Fraction, &first);
    const QByteArray b = listing(Seed, Fraction, &second);
    QVERIFY(a.size() > 100000);
    QVERIFY(a == b);
    QCOMPARE(first, second);
    QVERIFY(first.size() > 40);
    listing(Seed + 1, Fraction, &otherSeed);
    QVERIFY(first != otherSeed);

    // An order's choice depends on the seed alone, not on how many orders the store has.
    QSet<int> inBigStore;
    for (const QJsonValue &value : flaggedOrders())
        if (idOf(value) < 100 + 250)
            inBigStore << idOf(value);
    QCOMPARE(first, inBigStore);
}

void TestSandboxConsignments::statsCountConsignmentsEndpoint()
{
    const int id = idOf(flaggedOrders().at(0));
    QCOMPARE(m_client->request("POST", QStringLiteral("/__sandbox/reset-stats"), {}, QString()).status, 200);
    m_client->get(m_client->v2(QStringLiteral("orders/%1/consignments").arg(id)));
    m_client->get(m_client->v2(QStringLiteral("orders/%1/consignments?include=consignments.line_items").arg(id)));
    m_client->get(m_client->v2(QStringLiteral("orders/%1/consignments?include=consignments.line_items").arg(id + 1)));
    m_client->get(m_client->v2(QStringLiteral("orders/%1").arg(id)));
    m_client->get(m_client->v2(QStringLiteral("orders/%1/shipping_addresses").arg(id)));
    m_client->get(m_client->v2(QStringLiteral("orders?limit=5")));
    const QJsonObject stats = m_client->get(QStringLiteral("/__sandbox/stats")).object();
    QCOMPARE(stats.value(QLatin1String("requests")).toInt(), 6);
    const QJsonObject byEndpoint = stats.value(QLatin1String("by_endpoint")).toObject();
    QCOMPARE(byEndpoint.value(QLatin1String("GET /v2/orders/{id}/consignments")).toInt(), 3);
    QCOMPARE(byEndpoint.value(QLatin1String("GET /v2/orders/{id}")).toInt(), 1);
    QCOMPARE(byEndpoint.value(QLatin1String("GET /v2/orders/{id}/shipping_addresses")).toInt(), 1);
    QCOMPARE(byEndpoint.value(QLatin1String("GET /v2/orders")).toInt(), 1);
    QCOMPARE(byEndpoint.size(), 4);
}

void TestSandboxConsignments::merchantMovesToEveryStatus()
{
    const QJsonArray statuses = m_client->get(m_client->v2(QStringLiteral("order_statuses"))).array();
    QCOMPARE(statuses.size(), 15);
    const QJsonArray flagged = flaggedOrders();
    const int flaggedId = idOf(flagged.at(1));
    int otherId = 0;
    for (const QJsonValue &value : m_orders)
        if (!otherId && !listedWithoutConsignments(value.toObject()))
            otherId = idOf(value);
    for (const int id : {flaggedId, otherId}) {
        for (int status = 0; status <= 14; ++status) {
            const HttpResult moved =
                m_client->request("POST", QStringLiteral("/__sandbox/orders/%1").arg(id),
                                  QByteArrayLiteral("{\"status_id\":") + QByteArray::number(status) + '}', QString());
            QCOMPARE(moved.status, 200);
            QCOMPARE(moved.object().value(QLatin1String("status_id")).toInt(), status);
            QCOMPARE(text(moved.object(), "status"), text(statuses.at(status).toObject(), "name"));
            const QJsonObject reloaded = m_client->get(m_client->v2(QStringLiteral("orders/%1").arg(id))).object();
            QCOMPARE(reloaded.value(QLatin1String("status_id")).toInt(), status);
            // The move keeps the order's shape: links only for an order without consignments.
            const HttpResult withInclude =
                m_client->get(m_client->v2(QStringLiteral("orders/%1?").arg(id) + WithConsignments));
            QCOMPARE(listedWithoutConsignments(withInclude.object()), id == flaggedId);
        }
    }
    for (const char *bad : {"-1", "15", "\"11\"", "null"})
        QCOMPARE(m_client
                     ->request("POST", QStringLiteral("/__sandbox/orders/%1").arg(otherId),
                               QByteArrayLiteral("{\"status_id\":") + bad + '}', QString())
                     .status,
                 400);
}

void TestSandboxConsignments::statusZeroVisibleInUnfilteredList()
{
    const QJsonArray flagged = flaggedOrders();
    int readyId = 0; // an order waiting to ship, with embedded consignments
    for (const QJsonValue &value : m_orders)
        if (!readyId && !listedWithoutConsignments(value.toObject()) &&
            value.toObject().value(QLatin1String("status_id")).toInt() == 11)
            readyId = idOf(value);
    QVERIFY(readyId > 0);
    const QList<int> ids = {idOf(flagged.at(2)), readyId};
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    for (const int id : ids) {
        const HttpResult moved = m_client->request("POST", QStringLiteral("/__sandbox/orders/%1").arg(id),
                                                   R"({"status_id":0,"date_modified":"now"})", QString());
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.object().value(QLatin1String("status_id")).toInt(), 0);
        QCOMPARE(text(moved.object(), "status"), QStringLiteral("Incomplete"));
        const qint64 modified =
            QDateTime::fromString(text(moved.object(), "date_modified"), Qt::RFC2822Date).toSecsSinceEpoch();
        QVERIFY(modified >= before);
    }

    auto statusesIn = [](const QJsonArray &orders) {
        QMap<int, int> statusById;
        for (const QJsonValue &value : orders)
            statusById.insert(idOf(value), value.toObject().value(QLatin1String("status_id")).toInt());
        return statusById;
    };
    // No status_id: every order, Incomplete ones included.
    const QMap<int, int> all = statusesIn(m_client->allOrders(QString()));
    QCOMPARE(all.size(), OrderCount);
    const QMap<int, int> allWithConsignments = statusesIn(m_client->allOrders(WithConsignments));
    QCOMPARE(allWithConsignments.size(), OrderCount);
    // What changed since just before the move: the moved orders, in status 0.
    const QMap<int, int> recent =
        statusesIn(m_client->allOrders(QStringLiteral("min_date_modified=") + encodedRfc2822(before - 1)));
    const QMap<int, int> recentWithConsignments = statusesIn(m_client->allOrders(
        QStringLiteral("min_date_modified=") + encodedRfc2822(before - 1) + QLatin1Char('&') + WithConsignments));
    const QMap<int, int> incomplete = statusesIn(m_client->allOrders(QStringLiteral("status_id=0")));
    const QMap<int, int> ready = statusesIn(m_client->allOrders(QStringLiteral("status_id=11")));
    for (const int id : ids) {
        QCOMPARE(all.value(id, -1), 0);
        QCOMPARE(allWithConsignments.value(id, -1), 0);
        QCOMPARE(recent.value(id, -1), 0);
        QCOMPARE(recentWithConsignments.value(id, -1), 0);
        QCOMPARE(incomplete.value(id, -1), 0);
        QVERIFY(!ready.contains(id));
    }
    // The count endpoint agrees with the unfiltered listing.
    const QJsonObject count = m_client->get(m_client->v2(QStringLiteral("orders/count"))).object();
    QCOMPARE(count.value(QLatin1String("count")).toInt(), OrderCount);
    int incompleteCount = -1;
    for (const QJsonValue &status : count.value(QLatin1String("statuses")).toArray())
        if (status.toObject().value(QLatin1String("id")).toInt() == 0)
            incompleteCount = status.toObject().value(QLatin1String("count")).toInt();
    QCOMPARE(incompleteCount, static_cast<int>(incomplete.size()));
    QCOMPARE(m_client->get(QStringLiteral("/__sandbox/stats"))
                 .object()
                 .value(QLatin1String("orders_by_status"))
                 .toObject()
                 .value(QLatin1String("0"))
                 .toInt(),
             static_cast<int>(incomplete.size()));
}

QTEST_GUILESS_MAIN(TestSandboxConsignments)
#include "tst_sandbox_consignments.moc"
