#pragma once

#include "Prng.h"
#include "SandboxOptions.h"

#include <optional>
#include <vector>

// Decides, request by request, which fault (if any) hits an API request. One draw per request from a seeded
// generator: a given seed and request sequence always fails the same requests.
class FaultInjector
{
public:
    FaultInjector(std::vector<FaultSpec> faults, quint64 seed);

    std::optional<FaultKind> draw();
    bool enabled() const { return !m_faults.empty(); }
    // 500, 502 or 503, also seeded.
    int serverErrorStatus();

private:
    std::vector<FaultSpec> m_faults;
    Prng m_rng;
};
