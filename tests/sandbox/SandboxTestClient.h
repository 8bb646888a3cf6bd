#pragma once

#include "SandboxOptions.h"
#include "SandboxServer.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

// What the client saw of one exchange.
struct HttpResult
{
    int status = 0; // 0: no HTTP answer (reset, timeout, ...)
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    qint64 elapsedMs = 0;

    bool hasHeader(const QByteArray &lowerCaseName) const { return headers.contains(lowerCaseName); }
    qint64 headerNumber(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName).toLongLong(); }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonArray array() const { return json().array(); }
    QJsonObject object() const { return json().object(); }
};

// A case set up through POST /__sandbox/inventory; unset members stay as they are.
struct InventorySetup
{
    int locationId = 1;
    std::optional<qint64> quantity;       // total_inventory_onhand at locationId
    std::optional<qint64> safetyStock;    // at locationId
    std::optional<bool> trackedByProduct; // the item's tracking mode
};

// Talks real HTTP to a sandbox through QNetworkAccessManager, synchronously (a local event loop per request), so
// tests read like scripts. Paths are given already encoded: the tests decide what goes on the wire.
class SandboxTestClient
{
public:
    SandboxTestClient(QUrl root, QString storeHash, QString token);

    HttpResult request(const QByteArray &verb, const QString &encodedPathAndQuery, const QByteArray &body = {},
                       std::optional<QString> token = std::nullopt, int transferTimeoutMs = 0);
    HttpResult get(const QString &encodedPathAndQuery) { return request("GET", encodedPathAndQuery); }
    HttpResult post(const QString &encodedPathAndQuery, const QJsonObject &body)
    {
        return request("POST", encodedPathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult put(const QString &encodedPathAndQuery, const QJsonObject &body)
    {
        return request("PUT", encodedPathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // "/stores/HASH/v2/" + rest
    QString v2(const QString &rest) const;
    QString v3(const QString &rest) const;

    // Every order matching the query (encoded, without min_id/limit), keyset paging by min_id, limit 250.
    QJsonArray allOrders(const QString &encodedQuery, int *requests = nullptr);

    // The sandbox's inventory through /__sandbox/inventory (not an API request: never counted, never limited).
    // One item as {identity, tracked_by_product, locations}; nullopt if the sandbox has no item with that SKU.
    std::optional<QJsonObject> inventory(const QString &sku);
    // Every item, in catalogue order.
    QJsonArray allInventory();
    // total_inventory_onhand by SKU at one location, for every item.
    QMap<QString, qint64> inventoryOnHand(int locationId = 1);
    // total_inventory_onhand of one SKU at one location; nullopt for an unknown SKU or location.
    std::optional<qint64> onHand(const QString &sku, int locationId = 1);
    HttpResult setInventory(const QString &sku, const InventorySetup &setup);
    HttpResult setInventoryLevel(const QString &sku, qint64 quantity, int locationId = 1);
    HttpResult setTrackedByProduct(const QString &sku, bool tracked = true);
    // GET /__sandbox/stats
    QJsonObject stats();

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QUrl m_root;
    QString m_storeHash;
    QString m_token;
    QNetworkAccessManager m_manager;
};

// Options for an in-process test server: any free port, data pinned to a fixed "now", no rate limit.
SandboxOptions sandboxTestOptions(int orders, quint64 seed = 7);
// A fixed base time the test data is generated against: Fri, 20 Nov 2026 11:32:00 +0000.
qint64 sandboxTestBaseTime();
// Starts a server or fails the calling test (returns nullptr).
std::unique_ptr<SandboxServer> startSandbox(const SandboxOptions &options);
// RFC 2822 with the '+' escaped as %2B, for query strings.
QString encodedRfc2822(qint64 secondsSinceEpoch);

// Schema type checks: money on orders/products is a string with four decimals ("12.5000"), ids are integers,
// dates are RFC 2822 strings.
bool isMoneyString(const QJsonValue &value);
bool isInteger(const QJsonValue &value);
bool isRfc2822Date(const QJsonValue &value);
// Non-empty string, or "" if allowed.
bool isString(const QJsonValue &value);
