package dev.faustwire.server.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CompileTimings}: phases in the order first timed, repeats added up, the header's syntax. */
class CompileTimingsTest {
    @Test
    void phasesKeepTheirOrderAndAddUp() {
        CompileTimings timings = CompileTimings.start();
        timings.add("queue", 1.5);
        timings.add("job", 0.25);
        timings.add("queue", 1.0);
        assertEquals(List.of("queue", "job"), List.copyOf(timings.phases().keySet()));
        assertEquals(2.5, timings.phases().get("queue"));
        assertEquals("queue;dur=2.5, job;dur=0.25", timings.header());
    }

    @Test
    void sinceTimesFromAMarkAndReturnsTheNext() throws InterruptedException {
        CompileTimings timings = CompileTimings.start();
        long mark = System.nanoTime();
        Thread.sleep(5);
        long next = timings.since("wait", mark);
        assertTrue(next > mark);
        assertTrue(timings.phases().get("wait") >= 4.0, timings.header());
    }

    @Test
    void theSinkKeepsNothing() {
        CompileTimings.NONE.add("queue", 3);
        assertTrue(CompileTimings.NONE.phases().isEmpty());
        assertEquals("", CompileTimings.NONE.header());
    }

    @Test
    void durationsAreRoundedToMicroseconds() {
        CompileTimings timings = CompileTimings.start();
        timings.add("faust", 12.3456789);
        assertEquals("faust;dur=12.346", timings.header());
    }
}
