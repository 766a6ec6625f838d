package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.testsupport.FaustRun;
import java.nio.file.Path;
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
