package dev.faustwire.embed.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic and the printed table of the embedding benchmark, without running it. */
class EmbedBenchmarkMainTest {

    @Test
    void realTimeFactorOfABlock() {
        // 512 frames at 48 kHz are 10.667 ms of audio: computed in 1.0667 ms, that is 10 times real time
        assertEquals(10, EmbedBenchmarkMain.realTime(512 / 48000.0 / 10 * 1e9), 1e-9);
        assertEquals(0.25, new EmbedBenchmarkMain.Result("x", 5, 20).ratio());
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, EmbedBenchmarkMain.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, EmbedBenchmarkMain.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertTrue(Double.isNaN(EmbedBenchmarkMain.median(List.of())));
    }

    @Test
    void tableEndsWithTheOneLineSummary() {
        String table = EmbedBenchmarkMain.table(List.of(new EmbedBenchmarkMain.Result("dm.zita_light", 12.34, 150),
                new EmbedBenchmarkMain.Result("osc_bank_20", 30, 120)));
        assertTrue(table.contains("dm.zita_light           12.3x       150.0x       0.08\n"), table);
        assertTrue(table.endsWith("EmbedBenchmark: dm.zita_light 12.3x real time on the JVM, 150.0x native, ratio 0.08;"
                + " osc_bank_20 30.0x real time on the JVM, 120.0x native, ratio 0.25"), table);
    }

    @Test
    void theProgramsAreFaustText() {
        assertTrue(BenchPrograms.text(BenchPrograms.ZITA).contains("dm.zita_light"));
        assertTrue(BenchPrograms.text(BenchPrograms.OSC_BANK).contains("par(i, 20,"));
        assertThrows(IllegalArgumentException.class, () -> BenchPrograms.text("nope"));
    }
}
