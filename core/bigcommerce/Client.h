#pragma once

#include "core/bigcommerce/ApiPath.h"
#include "core/bigcommerce/ApiResponse.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;

namespace Packbench {

// Talks to one BigCommerce store: one QNetworkAccessManager, the auth headers on every request, a transfer timeout.
// Callbacks run on this object's thread and only while their context object is alive.
class Client : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;

    Client(const ApiPath &apiPath, const QString &clientId, const QString &accessToken, QObject *parent = nullptr);

    const ApiPath &apiPath() const { return m_apiPath; }
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeoutMs() const { return m_timeoutMs; }

    // `path` is relative to the store: "v2/orders", "v3/channels".
    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback callback);
    void send(const QByteArray &method, const QString &path, const QByteArray &jsonBody, QObject *context,
              Callback callback);

    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;

private:
    void start(const QByteArray &method, const QUrl &url, const QByteArray &body, QObject *context, Callback callback);

    ApiPath m_apiPath;
    QByteArray m_clientId;
    QByteArray m_accessToken;
    int m_timeoutMs = 30000;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace Packbench
