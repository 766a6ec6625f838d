package dev.faustwire.embed.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the ondemand cost benchmark briefly ({@code --quick}), native builds included, and prints its table and
 * ratios. Asserts only that every program has a measure: timings on a busy machine must not fail the build.
 */
class OnDemandBenchmarkIT {

    @Test
    void measuresThePlainAndTheGatedChain() {
        List<OnDemandBenchmarkMain.Cost> costs = OnDemandBenchmarkMain.run(true);
        System.out.println("(quick run) " + OnDemandBenchmarkMain.table(costs));
        assertEquals(3, costs.size());
        for (OnDemandBenchmarkMain.Cost c : costs) {
            assertTrue(c.nativeMs() > 0 && Double.isFinite(c.nativeMs()), c.toString());
            assertTrue(c.jvmMs() > 0 && Double.isFinite(c.jvmMs()), c.toString());
        }
    }
}
