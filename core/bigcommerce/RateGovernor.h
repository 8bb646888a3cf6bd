#pragma once

#include "core/bigcommerce/ApiResponse.h"

#include <QElapsedTimer>
#include <QString>
#include <QtGlobal>
#include <memory>
#include <mutex>

namespace Packbench {

// Paces requests by BigCommerce's X-Rate-Limit-* headers so the quota that every app on the store shares does not
// run out: no delay while plenty is left, requests spread over the rest of the window when little is left, and a
// wait for the reset when none is. On a 429 it waits the reset time the headers give; a 429 without headers means
// platform load, so it backs off further each time. Time is passed in, so tests need no clock.
class RateGovernor
{
public:
    // Backoff after 429s that come without headers.
    explicit RateGovernor(int bareBaseMs = 1000, int bareCapMs = 60000);

    void observe(const ApiResponse &response, qint64 nowMs);
    // A request went out: until its answer it counts against what the last headers said was left, so requests in
    // flight together (several workers, the import and the write-backs) cannot overrun the quota.
    void requestSent() { ++m_inFlight; }
    // How long to wait before the next request may go out.
    qint64 delayBeforeNextMs(qint64 nowMs) const;
    // Only the hard part of it: blocked after a 429, or nothing left in this window. A request that waited its
    // delay checks this again just before it goes (another may have taken the last one meanwhile).
    qint64 mustWaitMs(qint64 nowMs) const;

    int requestsLeft() const { return m_left; }
    int quota() const { return m_quota; }
    int tooManyRequestsSeen() const { return m_tooMany; }

    // Capped exponential backoff with jitter for the attempt-th retry (1-based), shared by 5xx and timeouts.
    static qint64 backoffMs(int attempt, int baseMs, int capMs, quint32 jitterSeed);

private:
    int m_bareBaseMs;
    int m_bareCapMs;
    int m_left = -1;
    int m_quota = -1;
    qint64 m_windowResetAt = 0;
    qint64 m_blockedUntil = 0;
    int m_bareInARow = 0;
    int m_tooMany = 0;
    int m_inFlight = 0;
};

// One store's governor, shared by every Client of the process that talks to that store (the import and the
// write-back worker, on different threads), so together they stay within the quota the store's apps share.
class SharedRateGovernor
{
public:
    // The governor of the store at `apiBase` (its v3 base URL); created on first use, kept while a Client uses it.
    static std::shared_ptr<SharedRateGovernor> forStore(const QString &apiBase, int bareBaseMs, int bareCapMs);

    SharedRateGovernor(int bareBaseMs, int bareCapMs);
    void observe(const ApiResponse &response);
    qint64 delayBeforeNextMs() const;
    qint64 mustWaitMs() const;
    void requestSent();
    RateGovernor snapshot() const;

private:
    mutable std::mutex m_mutex;
    RateGovernor m_governor;
    QElapsedTimer m_clock;
};

} // namespace Packbench
