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

    @Test
    void theBodiesOfALargePatchAreFoundAndTheTimeTheyTakePrinted() {
        Patch synthetic = SyntheticPatches.of(1000, SyntheticPatches.BENCHMARK_SEED);
        java.util.TreeMap<String, dev.faustwire.core.model.Box> boxes = new java.util.TreeMap<>(synthetic.boxes());
        java.util.TreeMap<String, dev.faustwire.core.model.Line> lines = new java.util.TreeMap<>(synthetic.lines());
        Patch par = TestPatches.of("box-p1 = par 8", "box-p2 = + 1", "box-p3 = os.osc", "box-p4 = out 3",
                "box-p1:8 -> box-p2:0", "box-p2:0 -> box-p3:0", "box-p3:0 -> box-p1:0", "box-p1:0 -> box-p4:0");
        boxes.putAll(par.boxes());
        for (dev.faustwire.core.model.Line line : par.lines().values()) {
            lines.put("p" + line.id(), line.withId("p" + line.id()));
        }
        Patch patch = new Patch(boxes, lines, synthetic.props(), synthetic.extra());
        assertEquals(List.of("box-p2", "box-p3"), IterationBodies.of(patch, BundledIndex.get(), Resources.NONE).get("").get("box-p1"));
        long[] bodies = new long[15];
        long[] generate = new long[15];
        for (int i = 0; i < bodies.length; i++) {
            long start = System.nanoTime();
            IterationBodies.of(patch, BundledIndex.get(), Resources.NONE);
            bodies[i] = System.nanoTime() - start;
            start = System.nanoTime();
            Codegen.generate(patch, BundledIndex.get());
            generate[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(bodies);
        java.util.Arrays.sort(generate);
        System.out.println("IterationBodiesTest: " + patch.boxes().size() + " boxes, bodies found in a median "
                + bodies[7] / 1000 + " us, the program generated in " + generate[7] / 1000 + " us");
    }
}
