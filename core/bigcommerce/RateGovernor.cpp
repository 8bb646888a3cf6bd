#include "core/bigcommerce/RateGovernor.h"

#include <QRandomGenerator>
#include <algorithm>

namespace Packbench {

namespace {
// A little slack after a reset so a request does not arrive just before the server's window turns.
constexpr qint64 kResetMarginMs = 60;
} // namespace

RateGovernor::RateGovernor(int bareBaseMs, int bareCapMs)
    : m_bareBaseMs(bareBaseMs)
    , m_bareCapMs(bareCapMs)
{
}

qint64 RateGovernor::backoffMs(int attempt, int baseMs, int capMs, quint32 jitterSeed)
{
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const qint64 ceiling = std::min<qint64>(capMs, static_cast<qint64>(baseMs) << exponent);
    // "Equal jitter": half fixed, half random, so retries of many stations do not march in step.
    QRandomGenerator random(jitterSeed);
    return ceiling / 2 + static_cast<qint64>(random.bounded(static_cast<quint32>(ceiling / 2 + 1)));
}

void RateGovernor::observe(const ApiResponse &response, qint64 nowMs)
{
    const bool hasHeaders = response.rateLimitRequestsLeft >= 0 && response.rateLimitResetMs >= 0;
    if (hasHeaders) {
        m_left = response.rateLimitRequestsLeft;
        m_quota = response.rateLimitQuota;
        m_windowResetAt = nowMs + response.rateLimitResetMs;
    }
    if (response.httpStatus == 429) {
        ++m_tooMany;
        if (hasHeaders) {
            m_blockedUntil = std::max(m_blockedUntil, nowMs + response.rateLimitResetMs + kResetMarginMs);
            m_bareInARow = 0;
        } else {
            ++m_bareInARow;
            m_blockedUntil = std::max(m_blockedUntil,
                                      nowMs + backoffMs(m_bareInARow, m_bareBaseMs, m_bareCapMs,
                                                        static_cast<quint32>(nowMs) ^ static_cast<quint32>(m_tooMany)));
        }
    } else if (response.hasHttpAnswer()) {
        m_bareInARow = 0;
    }
}

qint64 RateGovernor::delayBeforeNextMs(qint64 nowMs) const
{
    qint64 delay = std::max<qint64>(0, m_blockedUntil - nowMs);
    if (m_left < 0 || nowMs >= m_windowResetAt)
        return delay; // no information, or the window has turned: the quota is back
    const qint64 untilReset = m_windowResetAt - nowMs;
    if (m_left == 0)
        return std::max(delay, untilReset + kResetMarginMs);
    // Keep a tenth of the quota for the other apps on the store: once below it, spread what is left evenly over the
    // rest of the window instead of spending it at once.
    const int reserve = std::max(1, m_quota > 0 ? m_quota / 10 : 1);
    if (m_left <= reserve)
        delay = std::max(delay, untilReset / (m_left + 1));
    return delay;
}

} // namespace Packbench
