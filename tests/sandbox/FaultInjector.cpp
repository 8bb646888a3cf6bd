#include "FaultInjector.h"

FaultInjector::FaultInjector(std::vector<FaultSpec> faults, quint64 seed)
    : m_faults(std::move(faults))
    , m_rng(Prng::derive(seed, 0xFA017ULL))
{
}

std::optional<FaultKind> FaultInjector::draw()
{
    if (m_faults.empty())
        return std::nullopt;
    double roll = m_rng.uniform();
    for (const FaultSpec &fault : m_faults) {
        if (roll < fault.fraction)
            return fault.kind;
        roll -= fault.fraction;
    }
    return std::nullopt;
}

int FaultInjector::serverErrorStatus()
{
    static const int statuses[] = {500, 502, 503};
    return statuses[m_rng.range(0, 2)];
}
