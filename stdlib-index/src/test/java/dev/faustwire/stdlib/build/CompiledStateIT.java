package dev.faustwire.stdlib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether a function keeps state, read from the C code the real compiler writes for a probe. */
class CompiledStateIT {
    private static final List<String> STATEFUL = List.of("os.osc", "fi.lowpass(2)", "de.delay(10)", "si.smoo",
            "no.noise", "ba.time", "rwtable(8, 0.0, int(_), _, int(_))");
    private static final List<String> STATELESS = List.of("ma.tanh", "ba.db2linear", "ba.if", "si.bus(3)", "ro.cross(2)",
            "aa.Rsqrt", "rdtable(waveform{1.0, 2.0, 3.0}, int(_))", "hslider(\"g\", 0, 0, 1, 0.1) * ma.SR * _");

    @Test
    void probesTellStateFromItsAbsence() {
        FaustProbe probe = FaustProbe.installed();
        Map<String, CompiledState> found = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (String call : STATEFUL) {
            found.put(call, probe.probe(call).state());
        }
        for (String call : STATELESS) {
            found.put(call, probe.probe(call).state());
        }
        System.out.println("state of " + found.size() + " probes in " + (System.nanoTime() - start) / 1_000_000
                + " ms: " + found);
        for (String call : STATEFUL) {
            assertEquals(CompiledState.STATEFUL, found.get(call), call);
        }
        for (String call : STATELESS) {
            assertEquals(CompiledState.STATELESS, found.get(call), call);
        }
    }

    @Test
    void aFailedCompileHasNoKnownState() {
        FaustProbe.Answer answer = FaustProbe.installed().probe("no.such_function");
        assertTrue(answer.undefined(), answer.error());
        assertEquals(CompiledState.UNKNOWN, answer.state());
        assertEquals(CompiledState.UNKNOWN, CompiledState.of(List.of(answer)));
    }
}
