package dev.faustwire.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled index says of well-known functions what their definitions say: state or none. */
class BundledStateTest {
    private static final List<String> STATEFUL = List.of("os.osc", "os.phasor", "fi.lowpass", "de.delay", "de.fdelay",
            "si.smoo", "si.smooth", "no.noise", "no.noises", "ba.time", "ba.sAndH", "en.adsr", "an.amp_follower", "aa.tanh1",
            "gen.history");
    private static final List<String> STATELESS = List.of("ma.tanh", "ba.db2linear", "ba.linear2db", "ba.if",
            "ba.selectn", "si.bus", "si.block", "ro.cross", "ro.interleave", "aa.Rsqrt", "ma.SR", "gen.wrap");

    @Test
    void knownFunctionsAreMarkedRight() {
        StdlibIndex index = BundledIndex.get();
        for (String name : STATEFUL) {
            assertTrue(index.lookup(name).stateful(), name + " keeps state");
        }
        for (String name : STATELESS) {
            assertEquals(false, index.lookup(name).stateful(), name + " keeps no state");
        }
    }

    @Test
    void bothHalvesOfTheIndexHaveBothKinds() {
        long faustStateful = count(IndexFormat.read(BundledIndex.faustText()), true);
        long faustStateless = count(IndexFormat.read(BundledIndex.faustText()), false);
        long genStateful = count(IndexFormat.read(BundledIndex.genText()), true);
        long genStateless = count(IndexFormat.read(BundledIndex.genText()), false);
        System.out.println("bundled index: Faust libraries " + faustStateful + " stateful, " + faustStateless
                + " stateless; gen.lib " + genStateful + " stateful, " + genStateless + " stateless");
        assertTrue(faustStateful > 100 && faustStateless > 100, faustStateful + " / " + faustStateless);
        assertTrue(genStateful > 0 && genStateless > 0, genStateful + " / " + genStateless);
        assertTrue(BundledIndex.faustText().contains("\"stateful\": "), "the bundled index records state");
    }

    private static long count(StdlibIndex index, boolean stateful) {
        return index.functions().stream().filter(f -> f.stateful() == stateful).count();
    }
}
