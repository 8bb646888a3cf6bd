#include "core/bigcommerce/RateGovernor.h"

#include <QRandomGenerator>
#include <algorithm>
#include <map>

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
    if (m_inFlight > 0)
        --m_inFlight;
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

qint64 RateGovernor::mustWaitMs(qint64 nowMs) const
{
    const qint64 delay = std::max<qint64>(0, m_blockedUntil - nowMs);
    if (m_left < 0 || nowMs >= m_windowResetAt)
        return delay;
    if (m_left - m_inFlight <= 0)
        return std::max(delay, m_windowResetAt - nowMs + kResetMarginMs);
    return delay;
}

qint64 RateGovernor::delayBeforeNextMs(qint64 nowMs) const
{
    qint64 delay = std::max<qint64>(0, m_blockedUntil - nowMs);
    if (m_left < 0 || nowMs >= m_windowResetAt)
        return delay; // no information, or the window has turned: the quota is back
    const qint64 untilReset = m_windowResetAt - nowMs;
    const int left = m_left - m_inFlight;
    if (left <= 0)
        return std::max(delay, untilReset + kResetMarginMs);
    // Keep a tenth of the quota for the other apps on the store: once below it, spread what is left evenly over the
    // rest of the window instead of spending it at once.
    const int reserve = std::max(1, m_quota > 0 ? m_quota / 10 : 1);
    if (left <= reserve)
        delay = std::max(delay, untilReset / (left + 1));
    return delay;
}

std::shared_ptr<SharedRateGovernor> SharedRateGovernor::forStore(const QString &apiBase, int bareBaseMs, int bareCapMs)
{
    static std::mutex registryMutex;
    static std::map<QString, std::weak_ptr<SharedRateGovernor>> registry;
    std::lock_guard lock(registryMutex);
    std::weak_ptr<SharedRateGovernor> &entry = registry[apiBase];
    std::shared_ptr<SharedRateGovernor> governor = entry.lock();
    if (!governor) {
        governor = std::make_shared<SharedRateGovernor>(bareBaseMs, bareCapMs);
        entry = governor;
    }
    return governor;
}

SharedRateGovernor::SharedRateGovernor(int bareBaseMs, int bareCapMs)
    : m_governor(bareBaseMs, bareCapMs)
{
    m_clock.start();
}

void SharedRateGovernor::observe(const ApiResponse &response)
{
    std::lock_guard lock(m_mutex);
    m_governor.observe(response, m_clock.elapsed());
}

qint64 SharedRateGovernor::delayBeforeNextMs() const
{
    std::lock_guard lock(m_mutex);
    return m_governor.delayBeforeNextMs(m_clock.elapsed());
}

qint64 SharedRateGovernor::mustWaitMs() const
{
    std::lock_guard lock(m_mutex);
    return m_governor.mustWaitMs(m_clock.elapsed());
}

void SharedRateGovernor::requestSent()
{
    std::lock_guard lock(m_mutex);
    m_governor.requestSent();
}

RateGovernor SharedRateGovernor::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_governor;
}

} // namespace Packbench
