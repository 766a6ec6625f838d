package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.testsupport.FaustRun;
import dev.faustwire.core.model.Line;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Programs with a tap compile with the installed Faust, to the patch's outputs plus one. */
class TapCompileIT {
    @TempDir
    Path work;

    @Test
    void theSilentSineWithItsOscillatorTapped() throws Exception {
        TappedResult result = TapTest.tapped(TestPatches.of(TapTest.SILENT_SINE), "box-1", 0);
        assertTrue(result.tapped());
        FaustRun run = FaustRun.compile(work, "tapped.dsp", result.result().code());
        assertEquals(0, run.exit(), run.errors());
        assertEquals(0, run.inputs());
        assertEquals(2, run.outputs(), "out 1 and the tap");
    }

    @Test
    void aBoxInAFeedbackLoop() throws Exception {
        TappedResult result = TapTest.tapped(TestPatches.of(TapTest.LOOP), "box-3", 0);
        FaustRun run = FaustRun.compile(work, "loop.dsp", result.result().code());
        assertEquals(0, run.exit(), run.errors());
        assertEquals(2, run.outputs());
    }

    static List<GoldenCases.Case> goldens() {
        return GoldenCases.all();
    }

    /** The last wire of each golden patch that can be tapped (often the one into an out box). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void aTappedGoldenCompilesWithOneMoreOutput(GoldenCases.Case golden) throws Exception {
        CodegenResult plain = golden.generate();
        TappedResult tapped = null;
        for (Line line : golden.patch().lines().values()) {
            TappedResult t = Codegen.generate(golden.patch(), golden.index(), golden.resources(),
                    new Tap(line.src().boxId(), line.src().index()));
            tapped = t.tapped() ? t : tapped;
        }
        if (!plain.ok() || tapped == null) {
            // nothing to compile: say why, so a patch that should be tappable is not passed over
            boolean effect = golden.patch().boxes().values().stream().anyMatch(b -> b.text().strip().startsWith("effect"));
            assertTrue(!plain.ok() || effect || golden.patch().lines().isEmpty(),
                    golden.name() + ": no wire could be tapped, yet it compiles, has lines and no effect box");
            return;
        }
        FaustRun run = TestLibraries.compile(work, "golden.dsp", tapped.result().code());
        assertEquals(0, run.exit(), golden.name() + ": " + run.errors());
        assertEquals(plain.inputs(), run.inputs(), golden.name());
        assertEquals(plain.outputs() + 1, run.outputs(), golden.name());
    }

    @Test
    void anInputAndAGapInTheOutputs() throws Exception {
        TappedResult result = TapTest.tapped(TestPatches.of("box-1 = in 1", "box-2 = * 0.5", "box-3 = out 2",
                "box-1:0 -> box-2:0", "box-2:0 -> box-3:0"), "box-1", 0);
        assertEquals(2, result.tapChannel());
        FaustRun run = FaustRun.compile(work, "input.dsp", result.result().code());
        assertEquals(0, run.exit(), run.errors());
        assertEquals(1, run.inputs());
        assertEquals(3, run.outputs());
    }
}
