package dev.faustwire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The median and the printed table, without running JMH. */
class BenchmarkMainTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, BenchmarkMain.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, BenchmarkMain.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertEquals(7.0, BenchmarkMain.median(List.of(7.0)));
        assertTrue(Double.isNaN(BenchmarkMain.median(List.of())));
    }

    @Test
    void tableEndsWithTheOneLineSummary() {
        String table = BenchmarkMain.table(List.of(new BenchmarkMain.Median(100, 0.25),
                new BenchmarkMain.Median(5000, 12.3456)));
        assertTrue(table.contains("    100      0.250\n"), table);
        assertTrue(table.endsWith("CodegenBenchmark: 100 boxes median 0.250 ms, 5000 boxes median 12.346 ms;"
                + " goal 5000 < 20 ms"), table);
    }
}
