package dev.faustwire.embed.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the embedding benchmark once, briefly ({@code --quick}), JMH fork and native build included, and
 * prints its table and ratios. Asserts only that each program has a measure: timings on a busy machine
 * must not fail the build.
 */
class EmbedBenchmarkIT {

    @Test
    void measuresBothProgramsOnTheJvmAndNatively() throws Exception {
        List<EmbedBenchmarkMain.Result> results = EmbedBenchmarkMain.run(true, true);
        System.out.println("(quick run) " + EmbedBenchmarkMain.table(results));
        assertEquals(BenchPrograms.ALL, results.stream().map(EmbedBenchmarkMain.Result::program).toList());
        for (EmbedBenchmarkMain.Result r : results) {
            assertTrue(r.jvm() > 0 && Double.isFinite(r.jvm()), r.toString());
            assertTrue(r.nativeC() > 0 && Double.isFinite(r.nativeC()), r.toString());
        }
    }
}
