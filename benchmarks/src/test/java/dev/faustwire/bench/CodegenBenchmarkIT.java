package dev.faustwire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the JMH benchmark once and prints its medians. Asserts only that every size has a result:
 * timings on a busy machine must not fail the build.
 */
class CodegenBenchmarkIT {

    @Test
    void measuresEverySize() throws Exception {
        List<BenchmarkMain.Median> medians = BenchmarkMain.run(true);
        System.out.println(BenchmarkMain.table(medians));
        assertEquals(List.of(100, 1000, 5000), medians.stream().map(BenchmarkMain.Median::boxes).toList());
        for (BenchmarkMain.Median median : medians) {
            assertTrue(median.ms() > 0 && Double.isFinite(median.ms()), median.toString());
        }
    }
}
