#pragma once

#include "core/bigcommerce/ApiPath.h"
#include "core/bigcommerce/ApiResponse.h"
#include "core/bigcommerce/RateGovernor.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Packbench {

// Talks to one BigCommerce store: one QNetworkAccessManager, the auth headers on every request, a transfer timeout.
// Callbacks run on this object's thread and only while their context object is alive.
class Client : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;
    using Validator = std::function<bool(const ApiResponse &)>;

    // How hard fetch() tries. PACKBENCH_HTTP_TIMEOUT_MS and PACKBENCH_RETRY_BASE_MS override the defaults (tests
    // scale them down; a slow link may need more).
    struct RetryPolicy
    {
        int timeoutMs = 30000;
        int maxAttempts = 7; // for 5xx, timeouts, dropped connections, truncated bodies
        int max429 = 40;     // 429s in a row before giving up
        int baseMs = 500;
        int capMs = 30000;
        // A refused connection or a host name that does not resolve is retried only when nobody waits for the
        // answer (the automatic refresh, the write-back worker): a person who clicked Test connection or Import
        // hears at once that the host cannot be reached.
        bool retryUnreachable = true;
        static RetryPolicy fromEnvironment();
        static RetryPolicy interactive(); // fromEnvironment(), without retries of unreachable hosts
    };

    Client(const ApiPath &apiPath, const QString &clientId, const QString &accessToken, QObject *parent = nullptr);

    const ApiPath &apiPath() const { return m_apiPath; }
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeoutMs() const { return m_timeoutMs; }

    // `path` is relative to the store: "v2/orders", "v3/channels".
    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback callback);
    void send(const QByteArray &method, const QString &path, const QByteArray &jsonBody, QObject *context,
              Callback callback);
    // A write that must reach BigCommerce at most once per call: paced by the governor and never re-sent by Qt.
    // (QNetworkAccessManager quietly sends a request again when a kept-alive connection closes before the answer; a
    // body it cannot read twice turns that into an error, so the caller checks what happened instead.)
    void sendOnce(const QByteArray &method, const QString &path, const QByteArray &jsonBody, QObject *context,
                  Callback callback);

    // A GET paced by the rate governor and retried on 429, 5xx, timeouts, dropped connections and bodies that
    // `isComplete` rejects (e.g. truncated JSON), with capped exponential backoff and jitter. Answers with the first
    // good response, or the last failure once it gives up. Only reads retry by themselves: a write whose outcome
    // is unknown must be checked before it is sent again.
    void fetch(const QString &path, const QUrlQuery &query, QObject *context, Validator isComplete, Callback callback);
    void setRetryPolicy(const RetryPolicy &policy);
    const RetryPolicy &retryPolicy() const { return m_policy; }

    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;

    // Counters for reports and benchmarks.
    int requestsSent() const { return m_requestsSent; }
    int retries() const { return m_retries; }
    int tooManyRequestsSeen() const { return m_tooManyRequests; } // by this client's requests
    // The store's governor as it is now (shared with every other Client of this store in the process).
    RateGovernor governor() const { return m_governor->snapshot(); }
    // Stops pending retries and waits; callbacks of fetches still under way are not called.
    void cancelAll();

Q_SIGNALS:
    void requestFinished(const Packbench::ApiResponse &response);

private:
    struct FetchState;
    void attempt(std::shared_ptr<FetchState> state);
    void start(const QByteArray &method, const QUrl &url, const QByteArray &body, QObject *context, Callback callback,
               bool once = false);

    ApiPath m_apiPath;
    QByteArray m_clientId;
    QByteArray m_accessToken;
    int m_timeoutMs = 30000;
    QNetworkAccessManager *m_network = nullptr;
    RetryPolicy m_policy;
    std::shared_ptr<SharedRateGovernor> m_governor;
    QElapsedTimer m_clock;
    int m_tooManyRequests = 0;
    int m_requestsSent = 0;
    int m_retries = 0;
    quint64 m_generation = 0;
};

} // namespace Packbench
