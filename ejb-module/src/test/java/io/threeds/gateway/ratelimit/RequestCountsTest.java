package io.threeds.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestCountsTest {

    @Test
    void thePreviousMinuteCountsForWhatTheLast60SecondsStillCover() {
        RequestCounts counts = new RequestCounts(100, 600);
        assertEquals(700, counts.lastMinute(0), 1e-9);
        assertEquals(400, counts.lastMinute(0.5), 1e-9);
        assertEquals(100, counts.lastMinute(1), 1e-9);
    }

    @Test
    void aBurstStraddlingTwoClockMinutesIsLimitedLikeOneInside() {
        // 600 requests in the last seconds of one minute, 1 more 40 ms into the next: over a limit of 600,
        // where a fixed clock-minute window would have let 600 more through.
        assertTrue(new RequestCounts(1, 600).lastMinute(0.04 / 60) > 600);
    }

    @Test
    void retryAfterIsWhenTheNextRequestWouldFitIfNoneCameMeanwhile() {
        // Half-way through: 300 now and 600 before = 600 estimated at the limit 600; one more fits once the
        // previous minute's weight has dropped by one request: 0.1 s, rounded up to 1 s.
        assertEquals(1, new RequestCounts(300, 600).retryAfterSeconds(0.5, 600));
        // 100 now, 1200 before, at 10 s: the estimate reaches 599 when 1200 * (50 - t) / 60 = 499, t = 25.05 s.
        assertEquals(26, new RequestCounts(100, 1200).retryAfterSeconds(10 / 60.0, 600));
        // This minute alone is over the limit: the rest of it, then until its weight lets one more in.
        assertEquals(41, new RequestCounts(601, 0).retryAfterSeconds(20 / 60.0, 600));
    }
}
