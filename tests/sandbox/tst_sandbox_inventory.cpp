// The sandbox store's inventory (inventory.v3.yml): the seeded catalogue, GET /v3/inventory/items with its filters and
// paging, PUT /v3/inventory/adjustments/absolute with BigCommerce's all-or-nothing 422, scopes, the rate limit, faults,
// stats and the /__sandbox/inventory control endpoint, over real HTTP.
#include "SandboxData.h"
#include "SandboxTestClient.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

const QString FullToken = QStringLiteral("sandbox-token");
const QString ReadOnlyToken = QStringLiteral("sandbox-readonly-token");

QString skuOf(const QJsonValue &item)
{
    return item.toObject().value(QLatin1String("identity")).toObject().value(QLatin1String("sku")).toString();
}

qint64 identityId(const QJsonValue &item, const char *name)
{
    return item.toObject().value(QLatin1String("identity")).toObject().value(QLatin1String(name)).toInteger();
}

QJsonObject locationOf(const QJsonValue &item, int locationId)
{
    for (const QJsonValue &location : item.toObject().value(QLatin1String("locations")).toArray())
        if (location.toObject().value(QLatin1String("location_id")).toInt() == locationId)
            return location.toObject();
    return {};
}

QJsonObject adjustment(const char *key, const QJsonValue &identity, int locationId, qint64 quantity)
{
    return {{QLatin1String(key), identity},
            {QStringLiteral("location_id"), locationId},
            {QStringLiteral("quantity"), quantity}};
}

QJsonObject adjustmentBody(const QJsonArray &items)
{
    return {{QStringLiteral("reason"), QStringLiteral("Stock count")}, {QStringLiteral("items"), items}};
}

QString encodedList(const QStringList &values)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(values.join(QLatin1Char(','))));
}

// Items of the catalogue that are tracked by variant (the ones a SKU adjustment can set), in catalogue order.
QJsonArray trackedByVariant(const QJsonArray &items)
{
    QJsonArray result;
    for (const QJsonValue &item : items)
        if (!item.toObject().value(QLatin1String("tracked_by_product")).toBool())
            result.append(item);
    return result;
}

QJsonObject trackedByProductItem(const QJsonArray &items)
{
    for (const QJsonValue &item : items)
        if (item.toObject().value(QLatin1String("tracked_by_product")).toBool())
            return item.toObject();
    return {};
}

} // namespace

class TestSandboxInventory : public QObject
{
    Q_OBJECT

private slots:
    void options();
    void catalogueHoldsOrderSkus();
    void catalogueIsSeeded();
    void itemShapeFollowsSchema();
    void skuLookup();
    void pagingAndLimit();
    void idFilters();
    void locationFilter();
    void absoluteSetsLevels();
    void adjustmentSizeLimit();
    void allOrNothingNamesRefusedItems();
    void trackedByProductByProductId();
    void malformedAdjustments();
    void readOnlyToken();
    void statsAndRateLimit();
    void faultsHitInventoryWrites();
    void controlEndpoint();
};

void TestSandboxInventory::options()
{
    QString error;
    bool help = false;
    const auto parsed = SandboxOptions::parse({QStringLiteral("packbench-sandbox"), QStringLiteral("--inventory-items"),
                                               QStringLiteral("12000"), QStringLiteral("--locations=3")},
                                              &error, &help);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->inventoryItems, 12000);
    QCOMPARE(parsed->locations, 3);
    QCOMPARE(SandboxOptions().inventoryItems, 1000);
    QCOMPARE(SandboxOptions().locations, 1);
    QVERIFY(!SandboxOptions::parse({QStringLiteral("x"), QStringLiteral("--locations"), QStringLiteral("0")}, &error,
                                   &help));
    QVERIFY(error.contains(QLatin1String("--locations")));
    QVERIFY(!SandboxOptions::parse({QStringLiteral("x"), QStringLiteral("--inventory-items"), QStringLiteral("-1")},
                                   &error, &help));
    QVERIFY(SandboxOptions::usage().contains(QLatin1String("--inventory-items")));
    QVERIFY(SandboxOptions::usage().contains(QLatin1String("--locations")));
}

void TestSandboxInventory::catalogueHoldsOrderSkus()
{
    const SandboxOptions options = sandboxTestOptions(300);
    const SandboxData data(options, *options.baseTime);
    QSet<QString> orderSkus;
    for (const SandboxOrder &order : data.orders())
        for (const SandboxLineItem &item : order.items)
            if (!item.sku.isEmpty())
                orderSkus.insert(QString::fromUtf8(item.sku));
    QVERIFY(orderSkus.size() > 10);

    auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), FullToken);
    const QJsonArray items = client.allInventory();
    QCOMPARE(items.size(), 1000);
    QSet<QString> skus;
    QSet<qint64> variantIds;
    QSet<qint64> productIds;
    for (const QJsonValue &item : items) {
        skus.insert(skuOf(item));
        variantIds.insert(identityId(item, "variant_id"));
        productIds.insert(identityId(item, "product_id"));
    }
    QCOMPARE(skus.size(), 1000); // each sku, variant_id and product_id names one item
    QCOMPARE(variantIds.size(), 1000);
    QCOMPARE(productIds.size(), 1000);
    for (const QString &sku : orderSkus)
        QVERIFY2(skus.contains(sku), qPrintable(sku));
    QVERIFY(skus.contains(QStringLiteral("SBX-000001")));

    // Fewer items asked for than the orders sell: every sold SKU is still there.
    SandboxOptions few = options;
    few.inventoryItems = 3;
    auto small = startSandbox(few);
    QVERIFY(small);
    SandboxTestClient smallClient(small->rootUrl(), QStringLiteral("sandbox1"), FullToken);
    QCOMPARE(smallClient.allInventory().size(), orderSkus.size());
}

void TestSandboxInventory::catalogueIsSeeded()
{
    SandboxOptions options = sandboxTestOptions(100);
    options.locations = 2;
    auto first = startSandbox(options);
    auto second = startSandbox(options);
    options.seed = 8;
    auto other = startSandbox(options);
    QVERIFY(first && second && other);
    const QJsonArray a = SandboxTestClient(first->rootUrl(), QStringLiteral("sandbox1"), FullToken).allInventory();
    const QJsonArray b = SandboxTestClient(second->rootUrl(), QStringLiteral("sandbox1"), FullToken).allInventory();
    const QJsonArray c = SandboxTestClient(other->rootUrl(), QStringLiteral("sandbox1"), FullToken).allInventory();
    QCOMPARE(a.size(), 1000);
    QCOMPARE(a, b);
    QVERIFY(a != c);

    int tracked = 0;
    QSet<qint64> levels;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject item = a.at(i).toObject();
        const bool byProduct = item.value(QLatin1String("tracked_by_product")).toBool();
        QCOMPARE(byProduct, i % 50 == 49); // every 50th item
        tracked += byProduct ? 1 : 0;
        // A base variant has no V2 SKU id.
        QCOMPARE(item.value(QLatin1String("identity")).toObject().value(QLatin1String("sku_id")).isNull(), byProduct);
        QCOMPARE(item.value(QLatin1String("locations")).toArray().size(), 2);
        for (int location = 1; location <= 2; ++location) {
            const qint64 onHand = locationOf(item, location).value(QLatin1String("total_inventory_onhand")).toInteger();
            QVERIFY(onHand >= 0 && onHand <= 200);
            levels.insert(onHand);
        }
    }
    QCOMPARE(tracked, 20);
    QVERIFY(levels.size() > 100); // spread over 0..200, not one constant
}

void TestSandboxInventory::itemShapeFollowsSchema()
{
    SandboxOptions options = sandboxTestOptions(50);
    options.locations = 3;
    auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), FullToken);
    const HttpResult result = client.get(client.v3(QStringLiteral("inventory/items?limit=60")));
    QCOMPARE(result.status, 200);
    const QJsonArray data = result.object().value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 60);
    bool sawSafetyStock = false;
    for (const QJsonValue &value : data) {
        const QJsonObject item = value.toObject();
        QCOMPARE(item.keys(), (QStringList{QStringLiteral("identity"), QStringLiteral("locations")}));
        const QJsonObject identity = item.value(QLatin1String("identity")).toObject();
        QVERIFY(isString(identity.value(QLatin1String("sku"))));
        QVERIFY(isInteger(identity.value(QLatin1String("variant_id"))));
        QVERIFY(isInteger(identity.value(QLatin1String("product_id"))));
        QVERIFY(isInteger(identity.value(QLatin1String("sku_id"))) || identity.value(QLatin1String("sku_id")).isNull());
        const QJsonArray locations = item.value(QLatin1String("locations")).toArray();
        QCOMPARE(locations.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject location = locations.at(i).toObject();
            QCOMPARE(location.value(QLatin1String("location_id")).toInt(), i + 1);
            QCOMPARE(location.value(QLatin1String("location_code")).toString(),
                     i == 0 ? QStringLiteral("default") : QStringLiteral("warehouse-%1").arg(i + 1));
            QCOMPARE(location.value(QLatin1String("location_name")).toString(),
                     i == 0 ? QStringLiteral("Default") : QStringLiteral("Warehouse %1").arg(i + 1));
            QVERIFY(location.value(QLatin1String("location_enabled")).toBool());
            const qint64 onHand = location.value(QLatin1String("total_inventory_onhand")).toInteger();
            QVERIFY(isInteger(location.value(QLatin1String("total_inventory_onhand"))));
            QVERIFY(isInteger(location.value(QLatin1String("available_to_sell"))));
            const QJsonObject settings = location.value(QLatin1String("settings")).toObject();
            QVERIFY(isInteger(settings.value(QLatin1String("safety_stock"))));
            QVERIFY(settings.value(QLatin1String("is_in_stock")).isBool());
            QVERIFY(isInteger(settings.value(QLatin1String("warning_level"))));
            QVERIFY(settings.value(QLatin1String("bin_picking_number")).isString());
            const qint64 safety = settings.value(QLatin1String("safety_stock")).toInteger();
            sawSafetyStock = sawSafetyStock || safety > 0;
            QCOMPARE(location.value(QLatin1String("available_to_sell")).toInteger(),
                     std::max<qint64>(0, onHand - safety));
        }
    }
    QVERIFY(sawSafetyStock);
}

void TestSandboxInventory::skuLookup()
{
    auto server = startSandbox(sandboxTestOptions(50));
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), FullToken);
    const QStringList wanted{QStringLiteral("SBX-000007"), QStringLiteral("MER-TS"), QStringLiteral("NO-SUCH-SKU"),
                             QStringLiteral("SBX-000300")};
    const HttpResult result =
        client.get(client.v3(QStringLiteral("inventory/items?sku:in=%1").arg(encodedList(wanted))));
    QCOMPARE(result.status, 200);
    const QJsonArray data = result.object().value(QLatin1String("data")).toArray();
    QSet<QString> found;
    for (const QJsonValue &item : data)
        found.insert(skuOf(item));
    // The unknown SKU is simply absent.
    QCOMPARE(found,
             (QSet<QString>{QStringLiteral("SBX-000007"), QStringLiteral("MER-TS"), QStringLiteral("SBX-000300")}));
    const QJsonObject pagination =
        result.object().value(QLatin1String("meta")).toObject().value(QLatin1String("pagination")).toObject();
    QCOMPARE(pagination.value(QLatin1String("total")).toInt(), 3);
    QCOMPARE(pagination.value(QLatin1String("count")).toInt(), 3);
    // The levels are the ones the control endpoint shows.
    for (const QJsonValue &item : data)
        QCOMPARE(locationOf(item, 1).value(QLatin1String("total_inventory_onhand")).toInteger(),
                 *client.onHand(skuOf(item)));

    // Nothing found: 200 with an empty data array (v3 does not answer 204).
    const HttpResult none = client.get(client.v3(QStringLiteral("inventory/items?sku:in=NOPE-1,NOPE-2")));
    QCOMPARE(none.status, 200);
    QVERIFY(none.object().value(QLatin1String("data")).isArray());
    QCOMPARE(none.object().value(QLatin1String("data")).toArray().size(), 0);
    QCOMPARE(none.object()
                 .value(QLatin1String("meta"))
                 .toObject()
                 .value(QLatin1String("pagination"))
                 .toObject()
                 .value(QLatin1String("total"))
                 .toInt(),
             0);
    // SKUs match exactly.
    QCOMPARE(client.get(client.v3(QStringLiteral("inventory/items?sku:in=mer-ts")))
                 .object()
                 .value(QLatin1String("data"))
                 .toArray()
                 .size(),
             0);
    // The colon may come percent-encoded.
    QCOMPARE(client.get(client.v3(QStringLiteral("inventory/items?sku%3Ain=MER-TS")))
                 .object()
                 .value(QLatin1String("data"))
                 .toArray()
                 .size(),
             1);
}

void TestSandboxInventory::pagingAndLimit()
{
    SandboxOptions options = sandboxTestOptions(50);
    options.inventoryItems = 1200;
    auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), FullToken);
    const QJsonArray all = client.allInventory();
    QCOMPARE(all.size(), 1200);
    QStringList skus;
    for (const QJsonValue &item : all)
        skus << skuOf(item);

    // 1,000 SKUs in one look-up with the largest page.
    const QString thousand = encodedList(skus.mid(100, 1000));
    const HttpResult big = client.get(client.v3(QStringLiteral("inventory/items?sku:in=%1&limit=1000").arg(thousand)));
    QCOMPARE(big.status, 200);
    QCOMPARE(big.object().value(QLatin1String("data")).toArray().size(), 1000);
    QCOMPARE(skuOf(big.object().value(QLatin1String("data")).toArray().first()), skus.at(100));

    // Over the limit: 422 in the v3 shape, naming the field.
    const HttpResult tooMany =
        client.get(client.v3(QStringLiteral("inventory/items?sku:in=%1&limit=1001").arg(thousand)));
    QCOMPARE(tooMany.status, 422);
    QCOMPARE(tooMany.object().value(QLatin1String("status")).toInt(), 422);
    QVERIFY(tooMany.object().value(QLatin1String("title")).toString().contains(QLatin1String("1000")));
    QVERIFY(tooMany.object().value(QLatin1String("errors")).toObject().contains(QLatin1String("limit")));
    QCOMPARE(client.get(client.v3(QStringLiteral("inventory/items?limit=0"))).status, 422);
    QCOMPARE(client.get(client.v3(QStringLiteral("inventory/items?page=0"))).status, 422);

    // Default page size 50; pages of a filtered list follow the catalogue and the links keep the filter.
    const HttpResult firstDefault = client.get(client.v3(QStringLiteral("inventory/items")));
    QCOMPARE(firstDefault.object().value(QLatin1String("data")).toArray().size(), 50);
    const QStringList some = skus.mid(500, 120);
    QString path = client.v3(QStringLiteral("inventory/items?sku:in=%1").arg(encodedList(some)));
    QStringList seen;
    QList<int> counts;
    for (int page = 1; page <= 5; ++page) {
        const HttpResult result = client.get(path);
        QCOMPARE(result.status, 200);
        const QJsonObject pagination =
            result.object().value(QLatin1String("meta")).toObject().value(QLatin1String("pagination")).toObject();
        QCOMPARE(pagination.value(QLatin1String("current_page")).toInt(), page);
        QCOMPARE(pagination.value(QLatin1String("total")).toInt(), 120);
        QCOMPARE(pagination.value(QLatin1String("total_pages")).toInt(), 3);
        QCOMPARE(pagination.value(QLatin1String("per_page")).toInt(), 50);
        const QJsonArray data = result.object().value(QLatin1String("data")).toArray();
        QCOMPARE(pagination.value(QLatin1String("count")).toInt(), data.size());
        counts << static_cast<int>(data.size());
        for (const QJsonValue &item : data)
            seen << skuOf(item);
        const QJsonObject links = pagination.value(QLatin1String("links")).toObject();
        QCOMPARE(links.contains(QLatin1String("previous")), page > 1);
        if (!links.contains(QLatin1String("next")))
            break;
        path = client.v3(QStringLiteral("inventory/items")) + links.value(QLatin1String("next")).toString();
    }
    QCOMPARE(counts, (QList<int>{50, 50, 20}));
    QCOMPARE(seen, some);
    // A page past the end is empty, not an error.
    const HttpResult past =
        client.get(client.v3(QStringLiteral("inventory/items?sku:in=%1&page=9").arg(encodedList(some))));
    QCOMPARE(past.status, 200);
    QCOMPARE(past.object().value(QLatin1String("data")).toArray().size(), 0);
}

void TestSandboxInventory::idFilters()
{
    auto server = startSandbox(sandboxTestOptions(50));
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), FullToken);
    const QJsonArray all = client.allInventory();
    const QJsonValue a = all.at(30);
    const QJsonValue b = all.at(700);
    const HttpResult byVariant = client.get(client.v3(QStringLiteral("inventory/items?variant_id:in=%1,%2")
                                                          .arg(identityId(a, "variant_id"))
                                                          .arg(identityId(b, "variant_id"))));
    QCOMPARE(byVariant.status, 200);
    const QJsonArray variantData = byVariant.object().value(QLatin1String("data")).toArray();
    QCOMPARE(variantData.size(), 2);
    QCOMPARE(skuOf(variantData.at(0)), skuOf(a));
    QCOMPARE(skuOf(variantData.at(1)), skuOf(b));
    const HttpResult byProduct =
        client.get(client.v3(QStringLiteral("inventory/items?product_id:in=%1").arg(identityId(b, "product_id"))));
    QCOMPARE(byProduct.object().value(QLatin1String("data")).toArray().size(), 1);
    QCOMPARE(skuOf(byProduct.object().value(QLatin1String("data")).toArray().at(0)), skuOf(b));
    // Filters combine.
    const HttpResult both = client.get(client.v3(
        QStringLiteral("inventory/items?product_id:in=%1&sku:in=%2").arg(identityId(b, "product_id")).arg(skuOf(a))));
    QCOMPARE(both.object().value(QLatin1String("data")).toArray().size(), 0);
    const HttpResult bad = client.get(client.v3(QStringLiteral("inventory/items?variant_id:in=12,abc")));
    QCOMPARE(bad.status, 422);
    QVERIFY(bad.object().value(QLatin1String("errors")).toObject().contains(QLatin1String("variant_id:in")));
}

void TestSandboxInventory::locationFilter()
{
    SandboxOptions options = sandboxTestOptions(50);
    options.locations = 3;
    auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), FullToken);

    const HttpResult two = client.get(client.v3(QStringLiteral("inventory/items?location_id:in=2&limit=20")));
    QCOMPARE(two.status, 200);
    const QJsonArray twoData = two.object().value(QLatin1String("data")).toArray();
    QCOMPARE(twoData.size(), 20);
    for (const QJsonValue &item : twoData) {
        const QJsonArray locations = item.toObject().value(QLatin1String("locations")).toArray();
        QCOMPARE(locations.size(), 1);
        QCOMPARE(locations.at(0).toObject().value(QLatin1String("location_id")).toInt(), 2);
        QCOMPARE(locations.at(0).toObject().value(QLatin1String("total_inventory_onhand")).toInteger(),
                 *client.onHand(skuOf(item), 2));
    }
    const HttpResult pair = client.get(client.v3(QStringLiteral("inventory/items?location_id:in=1,3&limit=5")));
    for (const QJsonValue &item : pair.object().value(QLatin1String("data")).toArray()) {
        const QJsonArray locations = item.toObject().value(QLatin1String("locations")).toArray();
        QCOMPARE(locations.size(), 2);
        QCOMPARE(locations.at(1).toObject().value(QLatin1String("location_id")).toInt(), 3);
    }
    const HttpResult byCode =
        client.get(client.v3(QStringLiteral("inventory/items?location_code:in=warehouse-3&limit=1")));
    QCOMPARE(byCode.object()
                 .value(QLatin1String("data"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("locations"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("location_id"))
                 .toInt(),
             3);
    // A location the store does not have: no item has a level there.
    const HttpResult unknown = client.get(client.v3(QStringLiteral("inventory/items?location_id:in=7")));
    QCOMPARE(unknown.status, 200);
    QCOMPARE(unknown.object().value(QLatin1String("data")).toArray().size(), 0);
}

void TestSandboxInventory::absoluteSetsLevels()
{
    SandboxOptions options = sandboxTestOptions(50);
    options.locations = 2;
    auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), FullToken);
    const QJsonArray items = trackedByVariant(client.allInventory());
    const QString skuA = skuOf(items.at(3));
    const QString skuB = skuOf(items.at(200));
    const qint64 variantB = identityId(items.at(200), "variant_id");
    const qint64 untouchedBefore = *client.onHand(skuA, 2);
    QCOMPARE(client.setInventory(skuA, {1, std::nullopt, 3, std::nullopt}).status, 200); // safety stock 3

    const HttpResult put =
        client.put(client.v3(QStringLiteral("inventory/adjustments/absolute")),
                   adjustmentBody({adjustment("sku", skuA, 1, 2), adjustment("variant_id", variantB, 2, 250),
                                   adjustment("sku", skuB, 1, 0)}));
    QCOMPARE(put.status, 200);
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY2(uuid.match(put.object().value(QLatin1String("transaction_id")).toString()).hasMatch(),
             put.body.constData());
    QCOMPARE(put.object().keys(), QStringList{QStringLiteral("transaction_id")});

    // Read back through the API: on hand is the quantity, available to sell on hand minus safety stock (min 0).
    const HttpResult read =
        client.get(client.v3(QStringLiteral("inventory/items?sku:in=%1").arg(encodedList({skuA, skuB}))));
    const QJsonArray data = read.object().value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 2);
    const QJsonObject a1 = locationOf(data.at(0), 1);
    QCOMPARE(a1.value(QLatin1String("total_inventory_onhand")).toInteger(), 2);
    QCOMPARE(a1.value(QLatin1String("available_to_sell")).toInteger(), 0);
    QCOMPARE(locationOf(data.at(0), 2).value(QLatin1String("total_inventory_onhand")).toInteger(), untouchedBefore);
    QCOMPARE(locationOf(data.at(1), 2).value(QLatin1String("total_inventory_onhand")).toInteger(), 250);
    QCOMPARE(locationOf(data.at(1), 1).value(QLatin1String("total_inventory_onhand")).toInteger(), 0);

    QCOMPARE(client
                 .put(client.v3(QStringLiteral("inventory/adjustments/absolute")),
                      adjustmentBody({adjustment("sku", skuA, 1, 10)}))
                 .status,
             200);
    const QJsonObject after = locationOf(*client.inventory(skuA), 1);
    QCOMPARE(after.value(QLatin1String("total_inventory_onhand")).toInteger(), 10);
    QCOMPARE(after.value(QLatin1String("available_to_sell")).toInteger(), 7);
    // Two writes, two different transaction ids.
    const HttpResult again = client.put(client.v3(QStringLiteral("inventory/adjustments/absolute")),
                                        adjustmentBody({adjustment("sku", skuA, 1, 10)}));
    QVERIFY(again.object().value(QLatin1String("transaction_id")) !=
            put.object().value(QLatin1String("transaction_id")));
    // GET on the adjustment path or PUT on items: 405.
    QCOMPARE(client.get(client.v3(QStringLiteral("inventory/adjustments/absolute"))).status, 405);
    QCOMPARE(client.put(client.v3(QStringLiteral("inventory/items")), {}).status, 405);
    QCOMPARE(client.get(client.v3(QStringLiteral("inventory/nothing"))).status, 404);
}

void TestSandboxInventory::adjustmentSizeLimit()
{
    SandboxOptions options = sandboxTestOptions(50);
    options.inventoryItems = 2100;
    auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), FullToken);
    const QJsonArray items = trackedByVariant(client.allInventory());
    QVERIFY(items.size() >= 2001);
    QJsonArray batch;
    for (int i = 0; i < 2001; ++i)
        batch.append(adjustment("sku", skuOf(items.at(i)), 1, 123456));

    const HttpResult tooBig =
        client.put(client.v3(QStringLiteral("inventory/adjustments/absolute")), adjustmentBody(batch));
    QCOMPARE(tooBig.status, 422);
    QCOMPARE(tooBig.object().value(QLatin1String("status")).toInt(), 422);
    QVERIFY(tooBig.object().value(QLatin1String("title")).toString().contains(QLatin1String("2000")));
    QVERIFY(tooBig.object().value(QLatin1String("errors")).toObject().contains(QLatin1String("items")));
    QCOMPARE(client.stats().value(QLatin1String("adjustments_refused")).toInt(), 1);
    for (const int i : {0, 1000, 2000})
        QVERIFY(*client.onHand(skuOf(items.at(i))) != 123456);

    batch.removeLast();
    const HttpResult full =
        client.put(client.v3(QStringLiteral("inventory/adjustments/absolute")), adjustmentBody(batch));
    QCOMPARE(full.status, 200);
    const QMap<QString, qint64> levels = client.inventoryOnHand();
    for (int i = 0; i < 2000; ++i)
        QCOMPARE(levels.value(skuOf(items.at(i))), 123456);
    QCOMPARE(client.stats().value(QLatin1String("adjusted_items")).toInt(), 2000);

    // No items at all is refused too.
    QCOMPARE(client.put(client.v3(QStringLiteral("inventory/adjustments/absolute")), adjustmentBody({})).status, 422);
}

void TestSandboxInventory::allOrNothingNamesRefusedItems()
{
    SandboxOptions options = sandboxTestOptions(50);
    options.locations = 2;
    auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), FullToken);
    const QJsonArray all = client.allInventory();
    const QJsonArray items = trackedByVariant(all);
    const QJsonObject tracked = trackedByProductItem(all);
    QVERIFY(!tracked.isEmpty());
    const QString good = skuOf(items.at(10));
    const QString good2 = skuOf(items.at(11));
    const qint64 goodBefore = *client.onHand(good);
    const qint64 good2Before = *client.onHand(good2, 2);
    const QString trackedSku = skuOf(tracked);
    const qint64 trackedVariant = identityId(tracked, "variant_id");

    const QJsonArray batch{
        adjustment("sku", good, 1, goodBefore + 5),         // 0: fine on its own
        adjustment("sku", trackedSku, 1, 4),                // 1: tracked by product, by sku
        adjustment("sku", QStringLiteral("GHOST-1"), 1, 4), // 2: unknown sku
        adjustment("sku", good2, 7, 4),                     // 3: unknown location
        adjustment("sku", good2, 2, -3),                    // 4: negative
        adjustment("variant_id", trackedVariant, 1, 4),     // 5: tracked by product, by variant_id
        adjustment("sku", good2, 2, good2Before + 1),       // 6: fine on its own
    };
    const HttpResult refused =
        client.put(client.v3(QStringLiteral("inventory/adjustments/absolute")), adjustmentBody(batch));
    QCOMPARE(refused.status, 422);
    const QJsonObject body = refused.object();
    QCOMPARE(body.value(QLatin1String("status")).toInt(), 422);
    QVERIFY(body.value(QLatin1String("type")).toString().startsWith(QLatin1String("https://")));
    const QJsonObject errors = body.value(QLatin1String("errors")).toObject();
    QCOMPARE(errors.keys(),
             (QStringList{QStringLiteral("items.1"), QStringLiteral("items.2"), QStringLiteral("items.3"),
                          QStringLiteral("items.4"), QStringLiteral("items.5")}));
    QCOMPARE(
        errors.value(QLatin1String("items.1")).toString(),
        QStringLiteral("Item with sku %1 is tracked by product, please update stock by product id").arg(trackedSku));
    QCOMPARE(errors.value(QLatin1String("items.2")).toString(), QStringLiteral("Item with sku GHOST-1 not found"));
    QCOMPARE(errors.value(QLatin1String("items.3")).toString(), QStringLiteral("Location 7 not found"));
    QVERIFY(errors.value(QLatin1String("items.4")).toString().contains(QLatin1String("negative")));
    const QString byVariant = QStringLiteral("Item with variant_id %1 is tracked by product, please update stock by "
                                             "product id")
                                  .arg(trackedVariant);
    QCOMPARE(errors.value(QLatin1String("items.5")).toString(), byVariant);
    // The title lists the messages in brackets, as BigCommerce does.
    const QString title = body.value(QLatin1String("title")).toString();
    QVERIFY(title.startsWith(QLatin1Char('[')) && title.endsWith(QLatin1Char(']')));
    QVERIFY(title.contains(byVariant));

    // Nothing was applied, not even the good items.
    QCOMPARE(*client.onHand(good), goodBefore);
    QCOMPARE(*client.onHand(good2, 2), good2Before);
    const QJsonObject stats = client.stats();
    QCOMPARE(stats.value(QLatin1String("adjusted_items")).toInt(), 0);
    QCOMPARE(stats.value(QLatin1String("adjustments_refused")).toInt(), 1);

    // The good items alone go through.
    const HttpResult rest = client.put(client.v3(QStringLiteral("inventory/adjustments/absolute")),
                                       adjustmentBody({batch.at(0), batch.at(6)}));
    QCOMPARE(rest.status, 200);
    QCOMPARE(*client.onHand(good), goodBefore + 5);
    QCOMPARE(*client.onHand(good2, 2), good2Before + 1);
    QCOMPARE(client.stats().value(QLatin1String("adjusted_items")).toInt(), 2);
}

void TestSandboxInventory::trackedByProductByProductId()
{
    auto server = startSandbox(sandboxTestOptions(50));
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), FullToken);
    const QJsonArray all = client.allInventory();
    const QJsonObject tracked = trackedByProductItem(all);
    const qint64 productId = identityId(tracked, "product_id");
    const HttpResult put = client.put(client.v3(QStringLiteral("inventory/adjustments/absolute")),
                                      adjustmentBody({adjustment("product_id", productId, 1, 42)}));
    QCOMPARE(put.status, 200);
    QCOMPARE(*client.onHand(skuOf(tracked)), 42);

    // An item tracked by variant is not set by product_id.
    const QJsonValue variantItem = trackedByVariant(all).at(5);
    const HttpResult wrongMode =
        client.put(client.v3(QStringLiteral("inventory/adjustments/absolute")),
                   adjustmentBody({adjustment("product_id", identityId(variantItem, "product_id"), 1, 42)}));
    QCOMPARE(wrongMode.status, 422);
    QVERIFY(wrongMode.object()
                .value(QLatin1String("errors"))
                .toObject()
                .value(QLatin1String("items.0"))
                .toString()
                .contains(QLatin1String("tracked by variant")));
    QCOMPARE(client
                 .put(client.v3(QStringLiteral("inventory/adjustments/absolute")),
                      adjustmentBody({adjustment("product_id", 999999, 1, 1)}))
                 .object()
                 .value(QLatin1String("errors"))
                 .toObject()
                 .value(QLatin1String("items.0"))
                 .toString(),
             QStringLiteral("Item with product_id 999999 not found"));

    // A test makes an order's SKU tracked by product: the sku is refused, its product_id works.
    QCOMPARE(client.setTrackedByProduct(QStringLiteral("MER-TS")).status, 200);
    const QJsonObject merino = *client.inventory(QStringLiteral("MER-TS"));
    QVERIFY(merino.value(QLatin1String("tracked_by_product")).toBool());
    const HttpResult bySku = client.put(client.v3(QStringLiteral("inventory/adjustments/absolute")),
                                        adjustmentBody({adjustment("sku", QStringLiteral("MER-TS"), 1, 9)}));
    QCOMPARE(bySku.status, 422);
    QCOMPARE(bySku.object().value(QLatin1String("title")).toString(),
             QStringLiteral("[Item with sku MER-TS is tracked by product, please update stock by product id]"));
    QCOMPARE(client
                 .put(client.v3(QStringLiteral("inventory/adjustments/absolute")),
                      adjustmentBody({adjustment("product_id", identityId(merino, "product_id"), 1, 9)}))
                 .status,
             200);
    QCOMPARE(*client.onHand(QStringLiteral("MER-TS")), 9);
    QCOMPARE(client.setTrackedByProduct(QStringLiteral("MER-TS"), false).status, 200);
    QCOMPARE(client
                 .put(client.v3(QStringLiteral("inventory/adjustments/absolute")),
                      adjustmentBody({adjustment("sku", QStringLiteral("MER-TS"), 1, 11)}))
                 .status,
             200);
    QCOMPARE(*client.onHand(QStringLiteral("MER-TS")), 11);
}

void TestSandboxInventory::malformedAdjustments()
{
    auto server = startSandbox(sandboxTestOptions(50));
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), FullToken);
    const QString sku = skuOf(trackedByVariant(client.allInventory()).at(0));
    const QString path = client.v3(QStringLiteral("inventory/adjustments/absolute"));
    QCOMPARE(client.request("PUT", path, "not json").status, 400);
    QCOMPARE(client.put(path, {{QStringLiteral("reason"), QStringLiteral("x")}}).status, 422); // no items

    QJsonObject twoIds = adjustment("sku", sku, 1, 1);
    twoIds.insert(QStringLiteral("variant_id"), 5);
    QJsonObject noQuantity = adjustment("sku", sku, 1, 1);
    noQuantity.remove(QStringLiteral("quantity"));
    QJsonObject fraction = adjustment("sku", sku, 1, 1);
    fraction.insert(QStringLiteral("quantity"), 1.5);
    QJsonObject noLocation = adjustment("sku", sku, 1, 1);
    noLocation.remove(QStringLiteral("location_id"));
    const HttpResult result = client.put(
        path, adjustmentBody({twoIds, noQuantity, fraction, noLocation, 3, adjustment("sku", sku, 1, 2147483648LL)}));
    QCOMPARE(result.status, 422);
    const QJsonObject errors = result.object().value(QLatin1String("errors")).toObject();
    QCOMPARE(errors.size(), 6);
    QVERIFY(errors.value(QLatin1String("items.0")).toString().contains(QLatin1String("exactly one")));
    QVERIFY(errors.value(QLatin1String("items.1")).toString().contains(QLatin1String("quantity")));
    QVERIFY(errors.value(QLatin1String("items.2")).toString().contains(QLatin1String("quantity")));
    QVERIFY(errors.value(QLatin1String("items.3")).toString().contains(QLatin1String("location_id")));
    QVERIFY(errors.value(QLatin1String("items.5")).toString().contains(QLatin1String("too large")));
}

void TestSandboxInventory::readOnlyToken()
{
    auto server = startSandbox(sandboxTestOptions(50));
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), FullToken);
    const QString sku = skuOf(trackedByVariant(client.allInventory()).at(0));
    const qint64 before = *client.onHand(sku);
    const QByteArray body = QJsonDocument(adjustmentBody({adjustment("sku", sku, 1, before + 1)})).toJson();

    const HttpResult put =
        client.request("PUT", client.v3(QStringLiteral("inventory/adjustments/absolute")), body, ReadOnlyToken);
    QCOMPARE(put.status, 403);
    const QJsonObject error = put.object();
    QCOMPARE(error.value(QLatin1String("status")).toInt(), 403);
    QVERIFY(!error.value(QLatin1String("title")).toString().isEmpty());
    QVERIFY(error.value(QLatin1String("type")).isString());
    QVERIFY(error.value(QLatin1String("errors")).isObject());
    QCOMPARE(*client.onHand(sku), before);

    const HttpResult get =
        client.request("GET", client.v3(QStringLiteral("inventory/items?limit=1")), {}, ReadOnlyToken);
    QCOMPARE(get.status, 200);
    QCOMPARE(get.object().value(QLatin1String("data")).toArray().size(), 1);
    QCOMPARE(client.request("GET", client.v3(QStringLiteral("inventory/items?limit=1")), {}, QString()).status, 401);
    QCOMPARE(client.request("PUT", client.v3(QStringLiteral("inventory/adjustments/absolute")), body).status, 200);
}

void TestSandboxInventory::statsAndRateLimit()
{
    SandboxOptions options = sandboxTestOptions(50);
    options.quota = 5;
    options.windowMs = 60000;
    auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), FullToken);
    const QJsonArray items = trackedByVariant(client.allInventory()); // control endpoints are not counted
    const QString sku = skuOf(items.at(0));
    const QString path = client.v3(QStringLiteral("inventory/adjustments/absolute"));

    QCOMPARE(client.get(client.v3(QStringLiteral("inventory/items?sku:in=%1").arg(sku))).status, 200);
    const HttpResult ok =
        client.put(path, adjustmentBody({adjustment("sku", sku, 1, 1), adjustment("sku", skuOf(items.at(1)), 1, 2)}));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.headerNumber("x-rate-limit-requests-left"), 3);
    QCOMPARE(client.put(path, adjustmentBody({adjustment("sku", QStringLiteral("GHOST"), 1, 1)})).status, 422);
    QCOMPARE(client.get(client.v3(QStringLiteral("inventory/items"))).status, 200);
    const HttpResult last = client.get(client.v3(QStringLiteral("inventory/items")));
    QCOMPARE(last.status, 200);
    QCOMPARE(last.headerNumber("x-rate-limit-requests-left"), 0);
    // The quota is shared with every other endpoint: the sixth request is refused and applies nothing.
    const HttpResult refused = client.put(path, adjustmentBody({adjustment("sku", sku, 1, 77)}));
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.hasHeader("x-rate-limit-time-reset-ms"));
    QCOMPARE(*client.onHand(sku), 1);

    QJsonObject stats = client.stats();
    QCOMPARE(stats.value(QLatin1String("requests")).toInt(), 6);
    QCOMPARE(stats.value(QLatin1String("quota_refusals")).toInt(), 1);
    const QJsonObject byEndpoint = stats.value(QLatin1String("by_endpoint")).toObject();
    QCOMPARE(byEndpoint.value(QLatin1String("GET /v3/inventory/items")).toInt(), 3);
    QCOMPARE(byEndpoint.value(QLatin1String("PUT /v3/inventory/adjustments/absolute")).toInt(), 3);
    QCOMPARE(stats.value(QLatin1String("adjustments")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("adjustments_refused")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("adjusted_items")).toInt(), 2);
    QCOMPARE(stats.value(QLatin1String("inventory_items")).toInt(), 1000);

    QCOMPARE(client.request("POST", QStringLiteral("/__sandbox/reset-stats"), {}, QString()).status, 200);
    stats = client.stats();
    QCOMPARE(stats.value(QLatin1String("requests")).toInt(), 0);
    QCOMPARE(stats.value(QLatin1String("adjustments")).toInt(), 0);
    QCOMPARE(stats.value(QLatin1String("adjusted_items")).toInt(), 0);
    QCOMPARE(stats.value(QLatin1String("inventory_items")).toInt(), 1000);
}

void TestSandboxInventory::faultsHitInventoryWrites()
{
    SandboxOptions options = sandboxTestOptions(50);
    options.faults = {FaultSpec{FaultKind::ServerError, 1.0}};
    options.failWritesOnly = true;
    auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), FullToken);
    const QString sku = skuOf(trackedByVariant(client.allInventory()).at(0));
    const qint64 before = *client.onHand(sku);
    QCOMPARE(client.get(client.v3(QStringLiteral("inventory/items?limit=1"))).status, 200);
    const HttpResult put = client.put(client.v3(QStringLiteral("inventory/adjustments/absolute")),
                                      adjustmentBody({adjustment("sku", sku, 1, before + 3)}));
    QVERIFY2(put.status >= 500 && put.status <= 503, QByteArray::number(put.status).constData());
    QCOMPARE(*client.onHand(sku), before); // a 5xx applies nothing

    server->setFaults({FaultSpec{FaultKind::ResetAfterWrite, 1.0}});
    const HttpResult reset = client.put(client.v3(QStringLiteral("inventory/adjustments/absolute")),
                                        adjustmentBody({adjustment("sku", sku, 1, before + 4)}));
    QCOMPARE(reset.status, 0);
    QCOMPARE(*client.onHand(sku), before + 4); // applied, the answer lost
}

void TestSandboxInventory::controlEndpoint()
{
    SandboxOptions options = sandboxTestOptions(50);
    options.locations = 2;
    auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient client(server->rootUrl(), QStringLiteral("sandbox1"), FullToken);
    QVERIFY(!client.inventory(QStringLiteral("NOPE")));
    QCOMPARE(client.get(QStringLiteral("/__sandbox/inventory?sku=NOPE")).status, 404);
    const QJsonObject item = *client.inventory(QStringLiteral("SBX-000002"));
    QCOMPARE(item.keys(), (QStringList{QStringLiteral("identity"), QStringLiteral("locations"),
                                       QStringLiteral("tracked_by_product")}));

    QCOMPARE(client.setInventory(QStringLiteral("SBX-000002"), {2, 17, 4, true}).status, 200);
    const QJsonObject changed = *client.inventory(QStringLiteral("SBX-000002"));
    QVERIFY(changed.value(QLatin1String("tracked_by_product")).toBool());
    QCOMPARE(locationOf(changed, 2).value(QLatin1String("total_inventory_onhand")).toInteger(), 17);
    QCOMPARE(locationOf(changed, 2).value(QLatin1String("available_to_sell")).toInteger(), 13);
    QCOMPARE(locationOf(changed, 1), locationOf(item, 1));
    QCOMPARE(client.inventoryOnHand(2).value(QStringLiteral("SBX-000002")), 17);
    QVERIFY(!client.onHand(QStringLiteral("SBX-000002"), 3));

    QCOMPARE(client
                 .post(QStringLiteral("/__sandbox/inventory"),
                       {{QStringLiteral("sku"), QStringLiteral("SBX-000002")}, {QStringLiteral("location_id"), 9}})
                 .status,
             400);
    QCOMPARE(client
                 .post(QStringLiteral("/__sandbox/inventory"),
                       {{QStringLiteral("sku"), QStringLiteral("SBX-000002")}, {QStringLiteral("quantity"), -1}})
                 .status,
             400);
    QCOMPARE(
        client.post(QStringLiteral("/__sandbox/inventory"), {{QStringLiteral("sku"), QStringLiteral("NOPE")}}).status,
        404);
    // Control calls are no API requests.
    QCOMPARE(client.stats().value(QLatin1String("requests")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxInventory)
#include "tst_sandbox_inventory.moc"
