#include "core/bigcommerce/Client.h"

#include "core/util/ContextGuard.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace Packbench {

namespace {
int headerInt(const QNetworkReply *reply, const char *name)
{
    // Header names are case-insensitive; QNetworkReply::rawHeader compares them so.
    const QByteArray value = reply->rawHeader(name);
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    return ok ? number : -1;
}
} // namespace

Client::Client(const ApiPath &apiPath, const QString &clientId, const QString &accessToken, QObject *parent)
    : QObject(parent)
    , m_apiPath(apiPath)
    , m_clientId(clientId.trimmed().toUtf8())
    , m_accessToken(accessToken.toUtf8())
    , m_network(new QNetworkAccessManager(this))
{
}

QUrl Client::urlFor(const QString &path, const QUrlQuery &query) const
{
    const bool v3 = path.startsWith(QLatin1String("v3/"));
    QUrl url = v3 ? m_apiPath.v3Base() : m_apiPath.v2Base();
    url.setPath(url.path() + path.mid(3));
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

void Client::get(const QString &path, const QUrlQuery &query, QObject *context, Callback callback)
{
    start("GET", urlFor(path, query), QByteArray(), context, std::move(callback));
}

void Client::send(const QByteArray &method, const QString &path, const QByteArray &jsonBody, QObject *context,
                  Callback callback)
{
    start(method, urlFor(path), jsonBody, context, std::move(callback));
}

void Client::start(const QByteArray &method, const QUrl &url, const QByteArray &body, QObject *context,
                   Callback callback)
{
    QNetworkRequest request(url);
    request.setRawHeader("X-Auth-Token", m_accessToken);
    if (!m_clientId.isEmpty())
        request.setRawHeader("X-Auth-Client", m_clientId);
    request.setRawHeader("Accept", "application/json");
    // The spec marks Content-Type required even on some GETs.
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    ContextGuard guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, method, url, guard, callback = std::move(callback)] {
        reply->deleteLater();
        if (!guard.alive())
            return;
        ApiResponse response;
        response.method = method;
        response.url = url;
        response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.networkError = reply->error();
        response.networkErrorString = reply->errorString();
        // setTransferTimeout aborts with OperationCanceledError; nothing else here cancels.
        response.timedOut =
            reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        response.body = reply->readAll();
        response.rateLimitRequestsLeft = headerInt(reply, "X-Rate-Limit-Requests-Left");
        response.rateLimitQuota = headerInt(reply, "X-Rate-Limit-Requests-Quota");
        response.rateLimitResetMs = headerInt(reply, "X-Rate-Limit-Time-Reset-Ms");
        response.rateLimitWindowMs = headerInt(reply, "X-Rate-Limit-Time-Window-Ms");
        callback(response);
    });
}

} // namespace Packbench
