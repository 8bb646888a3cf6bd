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
