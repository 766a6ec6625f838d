package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bodies the editor outlines are those codegen iterates: per level, nested bodies inside outer ones. */
class IterationBodiesTest {
    @Test
    void theBodyIsWhatLiesBetweenTheVariableAndTheFirstInletNotWhatReadsItsOutputs() {
        Patch patch = TestPatches.of("box-1 = par 3", "box-2 = + 1", "box-3 = * 220", "box-4 = os.osc",
                "box-5 = out 1", "box-6 = hslider gain 0.5 0 1 0.01", "box-7 = *",
                "box-1:3 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-4:0", "box-4:0 -> box-7:0",
                "box-6:0 -> box-7:1", "box-7:0 -> box-1:0", "box-1:0 -> box-5:0");

        Map<String, Map<String, List<String>>> bodies = IterationBodies.of(patch, BundledIndex.get(), Resources.NONE);

        // The slider feeds the body but does not read the variable: it stays outside, as codegen leaves it.
        assertEquals(Map.of("", Map.of("box-1", List.of("box-2", "box-3", "box-4", "box-7"))), bodies);
    }

    @Test
    void aNestedIterationAndItsBodyBelongToTheOuterBodyTooAndSubPatcherLevelsAreKeyedByPath() {
        Patch inner = TestPatches.of("box-1 = in 1", "box-2 = sum 2", "box-3 = +", "box-4 = out 1",
                "box-2:1 -> box-3:0", "box-1:0 -> box-3:1", "box-3:0 -> box-2:0", "box-2:0 -> box-4:0");
        Patch patch = StructureDiagnosticsTest.withChild(TestPatches.of("box-1 = par 2", "box-2 = seq 2",
                "box-3 = + 1", "box-4 = p inner", "box-5 = out 1",
                "box-1:2 -> box-2:1", "box-2:1 -> box-3:0", "box-3:0 -> box-2:0", "box-2:0 -> box-4:0",
                "box-4:0 -> box-1:0", "box-1:0 -> box-5:0"), "box-4", inner);

        Map<String, Map<String, List<String>>> bodies = IterationBodies.of(patch, BundledIndex.get(), Resources.NONE);

        assertEquals(List.of("box-2", "box-3", "box-4"), bodies.get("").get("box-1"));
        assertEquals(List.of("box-3"), bodies.get("").get("box-2"));
        assertEquals(Map.of("box-2", List.of("box-3")), bodies.get("box-4/"));
    }

    @Test
    void aPatchWithoutIterationsHasNoBodiesAndAnUnfinishedOneStillShowsWhatItHas() {
        assertTrue(IterationBodies.of(TestPatches.of("box-1 = in 1", "box-2 = out 1", "box-1:0 -> box-2:0"),
                BundledIndex.get(), Resources.NONE).isEmpty());
        // The box after the body leads elsewhere (E023) while the program is being built: the rest is outlined.
        Patch unfinished = TestPatches.of("box-1 = par 2", "box-2 = + 1", "box-3 = out 1",
                "box-1:2 -> box-2:0", "box-2:0 -> box-1:0", "box-2:0 -> box-3:0");
        assertEquals(Map.of("", Map.of("box-1", List.of("box-2"))),
                IterationBodies.of(unfinished, BundledIndex.get(), Resources.NONE));
    }
}
