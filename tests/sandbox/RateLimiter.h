#pragma once

#include <QElapsedTimer>

// BigCommerce's quota: a number of requests per fixed window; every request (retries included) uses one unit and
// the window restarts once it has run out.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int left = 0;
        int quota = 0;
        qint64 resetMs = 0;
        int windowMs = 0;
    };

    // quota 0: no limit (headers still report a large quota so clients never wait).
    RateLimiter(int quota, int windowMs);

    Decision consume();
    Decision peek() const;

private:
    void roll(qint64 now);

    int m_quota;
    int m_windowMs;
    QElapsedTimer m_clock;
    qint64 m_windowStart = 0;
    int m_used = 0;
};
