#include "RateLimiter.h"

#include <algorithm>

namespace {
constexpr int UnlimitedQuota = 1000000;
}

RateLimiter::RateLimiter(int quota, int windowMs)
    : m_quota(quota)
    , m_windowMs(std::max(1, windowMs))
{
    m_clock.start();
}

void RateLimiter::roll(qint64 now)
{
    if (now - m_windowStart >= m_windowMs) {
        // Windows are fixed slices of the server's clock, like BigCommerce's 30 s windows.
        m_windowStart = now - (now - m_windowStart) % m_windowMs;
        m_used = 0;
    }
}

RateLimiter::Decision RateLimiter::consume()
{
    const qint64 now = m_clock.elapsed();
    roll(now);
    Decision decision;
    decision.windowMs = m_windowMs;
    decision.resetMs = std::max<qint64>(1, m_windowStart + m_windowMs - now);
    if (m_quota <= 0) {
        decision.quota = UnlimitedQuota;
        decision.left = UnlimitedQuota - 1;
        return decision;
    }
    decision.quota = m_quota;
    if (m_used >= m_quota) {
        decision.allowed = false;
        decision.left = 0;
        return decision;
    }
    ++m_used;
    decision.left = m_quota - m_used;
    return decision;
}

RateLimiter::Decision RateLimiter::peek() const
{
    const qint64 now = m_clock.elapsed();
    Decision decision;
    decision.windowMs = m_windowMs;
    const bool expired = now - m_windowStart >= m_windowMs;
    const qint64 start = expired ? now - (now - m_windowStart) % m_windowMs : m_windowStart;
    decision.resetMs = std::max<qint64>(1, start + m_windowMs - now);
    decision.quota = m_quota <= 0 ? UnlimitedQuota : m_quota;
    decision.left = m_quota <= 0 ? UnlimitedQuota : m_quota - (expired ? 0 : m_used);
    return decision;
}
