package dev.faustwire.embed.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic, the programs and the printed table of the ondemand cost benchmark, without running it. */
class OnDemandBenchmarkMainTest {

    @Test
    void cpuPerSecondOfAudioFromTheTimeOfABlock() {
        // 48000 / 512 = 93.75 blocks make a second: 1 ms a block is 93.75 ms a second
        assertEquals(93.75, OnDemandBenchmarkMain.perSecond(1e6), 1e-9);
    }

    @Test
    void theGatedProgramRunsTheSameChainOnACounterClock() {
        String plain = OnDemandBenchPatches.faust(OnDemandBenchPatches.plain());
        String gated = OnDemandBenchPatches.faust(OnDemandBenchPatches.onDemandEvery(64));
        assertTrue(!plain.contains("ondemand_hold") && gated.contains("ondemand_hold(Tick_1"), gated);
        assertTrue(gated.contains("% 64") && gated.contains("== 0"), gated);
        assertEquals(OnDemandBenchPatches.STAGES, count(gated, "ondemand_mem(Tick_1"), gated);
        assertEquals(OnDemandBenchPatches.STAGES, count(plain, "* 0.9"), plain);
    }

    @Test
    void tableEndsWithTheRatios() {
        String table = OnDemandBenchmarkMain.table(List.of(new OnDemandBenchmarkMain.Cost("plain", 0.5, 5),
                new OnDemandBenchmarkMain.Cost("ondemand every 64", 1, 20), new OnDemandBenchmarkMain.Cost("ondemand every 1", 2, 30)));
        assertTrue(table.endsWith("ondemand every 64 / plain: 2.00 native, 4.00 JVM; ondemand every 1 / plain: 4.00 native,"
                + " 6.00 JVM"), table);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
