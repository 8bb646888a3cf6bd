#include "core/bigcommerce/Client.h"

#include "core/util/ContextGuard.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>
#include <algorithm>

namespace Packbench {

namespace {
// An upload body that can be read once only (see sendOnce).
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, static_cast<qint64>(m_data.size()) - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_position, static_cast<size_t>(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

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
    , m_policy(RetryPolicy::fromEnvironment())
{
    m_timeoutMs = m_policy.timeoutMs;
    m_governor = SharedRateGovernor::forStore(m_apiPath.v3Base().toString(), m_policy.baseMs * 2, m_policy.capMs * 2);
    m_clock.start();
}

Client::RetryPolicy Client::RetryPolicy::fromEnvironment()
{
    RetryPolicy policy;
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("PACKBENCH_HTTP_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        policy.timeoutMs = timeout;
    const int base = qEnvironmentVariableIntValue("PACKBENCH_RETRY_BASE_MS", &ok);
    if (ok && base > 0) {
        policy.baseMs = base;
        policy.capMs = std::max(base, std::min(policy.capMs, base * 64));
    }
    return policy;
}

Client::RetryPolicy Client::RetryPolicy::interactive()
{
    RetryPolicy policy = fromEnvironment();
    policy.retryUnreachable = false;
    return policy;
}

namespace {
// No server listens there, or the name does not exist: trying again within seconds rarely helps.
bool isUnreachable(const ApiResponse &response)
{
    return !response.hasHttpAnswer() && (response.networkError == QNetworkReply::ConnectionRefusedError ||
                                         response.networkError == QNetworkReply::HostNotFoundError);
}
} // namespace

void Client::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
    m_timeoutMs = policy.timeoutMs;
}

struct Client::FetchState
{
    QString path;
    QUrlQuery query;
    ContextGuard guard;
    Validator isComplete;
    Callback callback;
    int failures = 0;
    int tooMany = 0;
    quint64 generation = 0;
};

void Client::fetch(const QString &path, const QUrlQuery &query, QObject *context, Validator isComplete,
                   Callback callback)
{
    auto state = std::make_shared<FetchState>(
        FetchState{path, query, ContextGuard(context), std::move(isComplete), std::move(callback), 0, 0, m_generation});
    attempt(state);
}

void Client::cancelAll()
{
    ++m_generation;
}

void Client::attempt(std::shared_ptr<FetchState> state)
{
    const qint64 wait = m_governor->delayBeforeNextMs();
    auto send = [this, state] {
        if (state->generation != m_generation || !state->guard.alive())
            return;
        // Another request may have taken the window's last one while this one waited.
        if (const qint64 more = m_governor->mustWaitMs(); more > 0) {
            QTimer::singleShot(more, this, [this, state] { attempt(state); });
            return;
        }
        start("GET", urlFor(state->path, state->query), QByteArray(), this, [this, state](const ApiResponse &r) {
            if (state->generation != m_generation || !state->guard.alive())
                return;
            bool retry = false;
            if (r.httpStatus == 429) {
                retry = ++state->tooMany < m_policy.max429;
            } else if (isUnreachable(r) && !m_policy.retryUnreachable) {
                retry = false;
            } else if (!r.hasHttpAnswer() || r.httpStatus >= 500 ||
                       (r.isSuccess() && state->isComplete && !state->isComplete(r))) {
                retry = ++state->failures < m_policy.maxAttempts;
                if (retry) {
                    const qint64 pause = RateGovernor::backoffMs(state->failures, m_policy.baseMs, m_policy.capMs,
                                                                 static_cast<quint32>(m_clock.elapsed()) ^
                                                                     static_cast<quint32>(m_requestsSent));
                    ++m_retries;
                    QTimer::singleShot(pause, this, [this, state] { attempt(state); });
                    return;
                }
            }
            if (retry) {
                ++m_retries;
                attempt(state); // the governor knows how long to wait after this 429
                return;
            }
            state->callback(r);
        });
    };
    if (wait > 0)
        QTimer::singleShot(wait, this, send);
    else
        send();
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

void Client::sendOnce(const QByteArray &method, const QString &path, const QByteArray &jsonBody, QObject *context,
                      Callback callback)
{
    const qint64 wait = m_governor->delayBeforeNextMs();
    const QUrl url = urlFor(path);
    ContextGuard guard(context);
    if (wait > 0) {
        // Waited, then checked again: another request may have taken the window's last one meanwhile.
        QTimer::singleShot(wait, this, [this, method, path, jsonBody, context, guard, callback]() mutable {
            if (!guard.alive())
                return;
            if (m_governor->mustWaitMs() > 0) {
                sendOnce(method, path, jsonBody, context, std::move(callback));
                return;
            }
            start(method, urlFor(path), jsonBody, context, std::move(callback), true);
        });
        return;
    }
    start(method, url, jsonBody, context, std::move(callback), true);
}

void Client::start(const QByteArray &method, const QUrl &url, const QByteArray &body, QObject *context,
                   Callback callback, bool once)
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

    ++m_requestsSent;
    m_governor->requestSent();
    QNetworkReply *reply = nullptr;
    if (once) {
        // A sequential body that Qt does not buffer cannot be rewound: a silent re-send fails instead.
        auto *device = new OneShotBody(body);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        reply = m_network->sendCustomRequest(request, method, device);
        device->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(request, method, body);
    }
    ContextGuard guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, method, url, guard, callback = std::move(callback)] {
        reply->deleteLater();
        ApiResponse response;
        response.method = method;
        response.url = url;
        response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.networkError = reply->error();
        response.networkErrorString = reply->errorString();
        // setTransferTimeout aborts with OperationCanceledError; nothing else here cancels.
        response.timedOut =
            reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        if (reply->isOpen())
            response.body = reply->readAll();
        response.rateLimitRequestsLeft = headerInt(reply, "X-Rate-Limit-Requests-Left");
        response.rateLimitQuota = headerInt(reply, "X-Rate-Limit-Requests-Quota");
        response.rateLimitResetMs = headerInt(reply, "X-Rate-Limit-Time-Reset-Ms");
        response.rateLimitWindowMs = headerInt(reply, "X-Rate-Limit-Time-Window-Ms");
        // Every answer teaches the governor, whoever asked.
        m_governor->observe(response);
        if (response.httpStatus == 429)
            ++m_tooManyRequests;
        Q_EMIT requestFinished(response);
        if (guard.alive())
            callback(response);
    });
}

} // namespace Packbench
