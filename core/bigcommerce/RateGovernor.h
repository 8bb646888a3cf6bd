#pragma once

#include "core/bigcommerce/ApiResponse.h"

#include <QtGlobal>

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
    // How long to wait before the next request may go out.
    qint64 delayBeforeNextMs(qint64 nowMs) const;

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
};

} // namespace Packbench
