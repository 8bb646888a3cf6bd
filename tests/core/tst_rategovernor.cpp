#include "core/bigcommerce/RateGovernor.h"

#include <QTest>

using namespace Packbench;

namespace {
// An answer with BigCommerce's X-Rate-Limit-* headers (or without, when left < 0).
ApiResponse answer(int status, int left, int quota = 150, int resetMs = 30000)
{
    ApiResponse response;
    response.httpStatus = status;
    response.rateLimitRequestsLeft = left;
    response.rateLimitQuota = left < 0 ? -1 : quota;
    response.rateLimitResetMs = left < 0 ? -1 : resetMs;
    response.rateLimitWindowMs = left < 0 ? -1 : 30000;
    return response;
}
} // namespace

// The rate governor with time passed in (the injected clock): no test here waits.
class TestRateGovernor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noWaitWhilePlentyIsLeft()
    {
        RateGovernor governor;
        QCOMPARE(governor.delayBeforeNextMs(0), 0); // nothing known yet
        governor.observe(answer(200, 120), 1000);
        QCOMPARE(governor.delayBeforeNextMs(1000), 0);
        QCOMPARE(governor.requestsLeft(), 120);
        QCOMPARE(governor.quota(), 150);
    }

    void spreadsTheLastTenthOverTheWindow()
    {
        RateGovernor governor;
        // 10 left of 150 with 20 s to the reset: 20 s / 11 between requests, so the other apps keep some.
        governor.observe(answer(200, 10, 150, 20000), 0);
        QCOMPARE(governor.delayBeforeNextMs(0), 20000 / 11);
        // Half-way through the window: the rest of it, spread again.
        QCOMPARE(governor.delayBeforeNextMs(10000), 10000 / 11);
        // Once the window has turned the quota is back.
        QCOMPARE(governor.delayBeforeNextMs(20000), 0);
    }

    void waitsForTheResetWhenNoneIsLeft()
    {
        RateGovernor governor;
        governor.observe(answer(200, 0, 150, 7000), 5000);
        const qint64 delay = governor.delayBeforeNextMs(5000);
        QVERIFY2(delay >= 7000 && delay <= 7200, qPrintable(QString::number(delay)));
        QVERIFY(governor.delayBeforeNextMs(12001) <= 200);
    }

    // Requests in flight count against what is left: two workers must not both send the window's last request.
    void requestsInFlightCountAgainstWhatIsLeft()
    {
        RateGovernor governor;
        governor.observe(answer(200, 2, 150, 9000), 0);
        QVERIFY(governor.mustWaitMs(0) == 0);
        governor.requestSent();
        QVERIFY(governor.mustWaitMs(0) == 0);
        governor.requestSent();
        QVERIFY2(governor.mustWaitMs(0) >= 9000, qPrintable(QString::number(governor.mustWaitMs(0))));
        QVERIFY(governor.delayBeforeNextMs(0) >= 9000);
        // An answer (1 left after the first) frees the one still counted: one request in flight, none to send.
        governor.observe(answer(200, 1, 150, 8000), 1000);
        QVERIFY(governor.mustWaitMs(1000) >= 8000);
        governor.observe(answer(200, 0, 150, 7000), 2000);
        QVERIFY(governor.mustWaitMs(2000) >= 7000);
        // The window turns: the quota is back.
        QCOMPARE(governor.mustWaitMs(9100), 0);
    }

    void a429WithHeadersWaitsItsReset()
    {
        RateGovernor governor;
        governor.observe(answer(429, 0, 150, 4000), 100000);
        QCOMPARE(governor.tooManyRequestsSeen(), 1);
        const qint64 delay = governor.delayBeforeNextMs(100000);
        QVERIFY2(delay >= 4000 && delay <= 4200, qPrintable(QString::number(delay)));
        QCOMPARE(governor.delayBeforeNextMs(104200), 0);
    }

    // A 429 without headers is platform load: each one in a row backs off further, up to the cap; an answer
    // resets the series.
    void bare429sBackOffFurtherEachTime()
    {
        RateGovernor governor(1000, 8000);
        qint64 now = 0;
        qint64 previousCeiling = 0;
        for (int attempt = 1; attempt <= 6; ++attempt) {
            governor.observe(answer(429, -1), now);
            const qint64 delay = governor.delayBeforeNextMs(now);
            const qint64 ceiling = std::min<qint64>(8000, 1000LL << (attempt - 1));
            QVERIFY2(delay >= ceiling / 2 && delay <= ceiling,
                     qPrintable(QStringLiteral("attempt %1: %2 ms").arg(attempt).arg(delay)));
            QVERIFY(ceiling >= previousCeiling);
            previousCeiling = ceiling;
            now += delay;
        }
        QCOMPARE(governor.tooManyRequestsSeen(), 6);
        governor.observe(answer(200, -1), now);
        governor.observe(answer(429, -1), now);
        QVERIFY(governor.delayBeforeNextMs(now) <= 1000); // a new series starts small again
    }

    void backoffIsCappedAndJittered()
    {
        for (int attempt = 1; attempt <= 30; ++attempt) {
            const qint64 delay = RateGovernor::backoffMs(attempt, 500, 30000, 42u + static_cast<quint32>(attempt));
            const qint64 ceiling = std::min<qint64>(30000, 500LL << std::min(attempt - 1, 20));
            QVERIFY(delay >= ceiling / 2 && delay <= ceiling);
        }
        // Two stations with different seeds do not retry in step.
        QVERIFY(RateGovernor::backoffMs(5, 500, 30000, 1) != RateGovernor::backoffMs(5, 500, 30000, 2) ||
                RateGovernor::backoffMs(5, 500, 30000, 3) != RateGovernor::backoffMs(5, 500, 30000, 4));
    }
};

QTEST_GUILESS_MAIN(TestRateGovernor)
#include "tst_rategovernor.moc"
