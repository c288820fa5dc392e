package io.threeds.gateway.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void noCallsHaveNoPercentile() {
        LatencyHistogram histogram = new LatencyHistogram();
        assertEquals(0, histogram.calls());
        assertNull(histogram.percentile(50));
        assertNull(histogram.percentile(95));
    }

    @Test
    void oneCallIsEveryPercentile() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.add(42, 1);
        assertEquals(42L, histogram.percentile(1));
        assertEquals(42L, histogram.percentile(50));
        assertEquals(42L, histogram.percentile(100));
    }

    @Test
    void nearestRankOverOneToTwenty() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (long latency = 20; latency >= 1; latency--) {
            histogram.add(latency, 1);
        }
        assertEquals(20, histogram.calls());
        assertEquals(10L, histogram.percentile(50), "rank ceil(0.50 * 20) = 10");
        assertEquals(19L, histogram.percentile(95), "rank ceil(0.95 * 20) = 19, not 20 (no floating-point drift)");
        assertEquals(20L, histogram.percentile(100));
    }

    @Test
    void countsWeighTheirLatency() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.add(10, 90);
        histogram.add(500, 9);
        histogram.add(3000, 1);
        assertEquals(100, histogram.calls());
        assertEquals(10L, histogram.percentile(50));
        assertEquals(10L, histogram.percentile(90));
        assertEquals(500L, histogram.percentile(95));
        assertEquals(500L, histogram.percentile(99));
        assertEquals(3000L, histogram.percentile(100));
    }

    @Test
    void theSameLatencyAddedTwiceIsOneBucket() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.add(7, 2);
        histogram.add(9, 1);
        histogram.add(7, 2);
        assertEquals(5, histogram.calls());
        assertEquals(7L, histogram.percentile(80));
        assertEquals(9L, histogram.percentile(81));
    }

    @Test
    void percentilesOutsideOneToHundredAreAProgrammingError() {
        LatencyHistogram histogram = new LatencyHistogram();
        assertThrows(IllegalArgumentException.class, () -> histogram.percentile(0));
        assertThrows(IllegalArgumentException.class, () -> histogram.percentile(101));
        assertThrows(IllegalArgumentException.class, () -> histogram.add(-1, 1));
    }
}
