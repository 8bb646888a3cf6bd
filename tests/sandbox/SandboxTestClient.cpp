#include "SandboxTestClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

SandboxTestClient::SandboxTestClient(QUrl root, QString storeHash, QString token)
    : m_root(std::move(root))
    , m_storeHash(std::move(storeHash))
    , m_token(std::move(token))
{
}

QString SandboxTestClient::v2(const QString &rest) const
{
    return QStringLiteral("/stores/%1/v2/%2").arg(m_storeHash, rest);
}

QString SandboxTestClient::v3(const QString &rest) const
{
    return QStringLiteral("/stores/%1/v3/%2").arg(m_storeHash, rest);
}

HttpResult SandboxTestClient::request(const QByteArray &verb, const QString &encodedPathAndQuery,
                                      const QByteArray &body, std::optional<QString> token, int transferTimeoutMs)
{
    const QUrl url = QUrl::fromEncoded(m_root.toEncoded() + encodedPathAndQuery.toUtf8(), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Content-Type", "application/json");
    const QString effectiveToken = token.value_or(m_token);
    if (!effectiveToken.isEmpty())
        request.setRawHeader("X-Auth-Token", effectiveToken.toUtf8());
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);

    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_manager.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(30000);
    if (!reply->isFinished())
        loop.exec();

    HttpResult result;
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        result.errorString = QStringLiteral("test guard: no answer within 30 s");
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            result.body = reply->readAll();
        result.error = reply->error();
        result.errorString = reply->errorString();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
    }
    result.elapsedMs = clock.elapsed();
    reply->deleteLater();
    return result;
}

QJsonArray SandboxTestClient::allOrders(const QString &encodedQuery, int *requests)
{
    QJsonArray all;
    int minId = 0;
    int count = 0;
    for (;;) {
        QString path = v2(QStringLiteral("orders?limit=250&min_id=%1").arg(minId));
        if (!encodedQuery.isEmpty())
            path += QLatin1Char('&') + encodedQuery;
        const HttpResult page = get(path);
        ++count;
        if (page.status == 204)
            break;
        if (page.status != 200) {
            qWarning("allOrders: HTTP %d %s", page.status, page.body.left(200).constData());
            break;
        }
        const QJsonArray orders = page.array();
        for (const QJsonValue &order : orders)
            all.append(order);
        if (orders.isEmpty())
            break;
        minId = orders.last().toObject().value(QLatin1String("id")).toInt() + 1;
        if (orders.size() < 250)
            break;
    }
    if (requests)
        *requests = count;
    return all;
}

std::optional<QJsonObject> SandboxTestClient::inventory(const QString &sku)
{
    const HttpResult result =
        get(QStringLiteral("/__sandbox/inventory?sku=") + QString::fromLatin1(QUrl::toPercentEncoding(sku)));
    if (result.status != 200)
        return std::nullopt;
    return result.object();
}

QJsonArray SandboxTestClient::allInventory()
{
    const HttpResult result = get(QStringLiteral("/__sandbox/inventory"));
    if (result.status != 200)
        qWarning("allInventory: HTTP %d %s", result.status, result.body.left(200).constData());
    return result.array();
}

namespace {

std::optional<qint64> onHandAt(const QJsonObject &item, int locationId)
{
    for (const QJsonValue &location : item.value(QLatin1String("locations")).toArray())
        if (location.toObject().value(QLatin1String("location_id")).toInt() == locationId)
            return location.toObject().value(QLatin1String("total_inventory_onhand")).toInteger();
    return std::nullopt;
}

} // namespace

QMap<QString, qint64> SandboxTestClient::inventoryOnHand(int locationId)
{
    QMap<QString, qint64> levels;
    for (const QJsonValue &value : allInventory()) {
        const QJsonObject item = value.toObject();
        if (const auto level = onHandAt(item, locationId))
            levels.insert(item.value(QLatin1String("identity")).toObject().value(QLatin1String("sku")).toString(),
                          *level);
    }
    return levels;
}

std::optional<qint64> SandboxTestClient::onHand(const QString &sku, int locationId)
{
    const std::optional<QJsonObject> item = inventory(sku);
    return item ? onHandAt(*item, locationId) : std::nullopt;
}

HttpResult SandboxTestClient::setInventory(const QString &sku, const InventorySetup &setup)
{
    QJsonObject body{{QStringLiteral("sku"), sku}, {QStringLiteral("location_id"), setup.locationId}};
    if (setup.quantity)
        body.insert(QStringLiteral("quantity"), *setup.quantity);
    if (setup.safetyStock)
        body.insert(QStringLiteral("safety_stock"), *setup.safetyStock);
    if (setup.trackedByProduct)
        body.insert(QStringLiteral("tracked_by_product"), *setup.trackedByProduct);
    const HttpResult result = post(QStringLiteral("/__sandbox/inventory"), body);
    if (result.status != 200)
        qWarning("setInventory %s: HTTP %d %s", qPrintable(sku), result.status, result.body.left(200).constData());
    return result;
}

HttpResult SandboxTestClient::setInventoryLevel(const QString &sku, qint64 quantity, int locationId)
{
    InventorySetup setup;
    setup.locationId = locationId;
    setup.quantity = quantity;
    return setInventory(sku, setup);
}

HttpResult SandboxTestClient::setTrackedByProduct(const QString &sku, bool tracked)
{
    InventorySetup setup;
    setup.trackedByProduct = tracked;
    return setInventory(sku, setup);
}

QJsonObject SandboxTestClient::stats()
{
    return get(QStringLiteral("/__sandbox/stats")).object();
}

qint64 sandboxTestBaseTime()
{
    return QDateTime::fromString(QStringLiteral("Fri, 20 Nov 2026 11:32:00 +0000"), Qt::RFC2822Date).toSecsSinceEpoch();
}

SandboxOptions sandboxTestOptions(int orders, quint64 seed)
{
    SandboxOptions options;
    options.port = 0;
    options.orders = orders;
    options.seed = seed;
    options.quota = 0;
    options.baseTime = sandboxTestBaseTime();
    return options;
}

std::unique_ptr<SandboxServer> startSandbox(const SandboxOptions &options)
{
    auto server = std::make_unique<SandboxServer>(options);
    QString error;
    if (!server->listen(&error)) {
        QTest::qFail(qPrintable(QStringLiteral("sandbox did not start: ") + error), __FILE__, __LINE__);
        return nullptr;
    }
    return server;
}

QString encodedRfc2822(qint64 secondsSinceEpoch)
{
    const QString text = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::RFC2822Date);
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

bool isMoneyString(const QJsonValue &value)
{
    static const QRegularExpression money(QStringLiteral("^-?\\d+\\.\\d{4}$"));
    return value.isString() && money.match(value.toString()).hasMatch();
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
}

bool isRfc2822Date(const QJsonValue &value)
{
    return value.isString() && QDateTime::fromString(value.toString(), Qt::RFC2822Date).isValid() &&
           value.toString().endsWith(QLatin1String("+0000"));
}

bool isString(const QJsonValue &value)
{
    return value.isString();
}
