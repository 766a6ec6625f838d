package dev.faustwire.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The median that the browser benchmark reports, computed without touching its input. */
class BrowserBenchmarkTest {

    @Test
    void medianOfOddAndEvenCounts() {
        double[] times = {3, 1, 2};
        assertEquals(2, BrowserBenchmark.median(times));
        assertArrayEquals(new double[] {3, 1, 2}, times);
        assertEquals(2.5, BrowserBenchmark.median(new double[] {4, 1, 3, 2}));
        assertEquals(7, BrowserBenchmark.median(new double[] {7}));
    }
}
