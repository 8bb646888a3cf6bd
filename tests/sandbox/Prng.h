#pragma once

#include <cstdint>

// splitmix64: tiny, fast and identical on every compiler and standard library, which std::*_distribution is not.
// The sandbox promises byte-identical data for a given seed, so every random choice goes through this class.
class Prng
{
public:
    explicit Prng(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

    // Uniform integer in [lo, hi]; the modulo bias is irrelevant for test data ranges.
    int range(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo + 1);
        return static_cast<int>(lo + static_cast<std::int64_t>(next() % span));
    }

    bool chance(double probability) { return uniform() < probability; }

    // A child generator whose stream depends only on (parent seed, key): lets each order be generated
    // independently of how many random numbers the previous orders consumed.
    static Prng derive(std::uint64_t seed, std::uint64_t key)
    {
        Prng mixer(seed ^ (key * 0xD1B54A32D192ED03ULL));
        return Prng(mixer.next());
    }

private:
    std::uint64_t m_state;
};
