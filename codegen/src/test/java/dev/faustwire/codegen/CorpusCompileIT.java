package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The programs of the IFC paper's patches compile with the installed Faust, to the channels the paper shows. */
class CorpusCompileIT {
    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}: {1} in, {2} out")
    @CsvSource({"04-00.dsppat,1,1", "06-00.dsppat,0,5", "07-00.dsppat,7,4", "09-00.dsppat,2,1", "10-00.dsppat,2,1",
            "11-00.dsppat,0,3", "12-00.dsppat,0,1", "13-00.dsppat,0,1"})
    void compiles(String file, int inputs, int outputs) throws Exception {
        CodegenResult result = CorpusIoTest.generate(file, new CorpusResources(CorpusIoTest.IFC));
        assertTrue(result.ok(), file + ": " + result.diagnostics());
        FaustRun run = FaustRun.compile(work, "patch.dsp", result.code());
        assertTrue(run.ok(), file + ": " + run.errors() + "\n" + result.code());
        assertEquals(inputs, run.inputs(), file + " inputs");
        assertEquals(outputs, run.outputs(), file + " outputs");
    }

    @Test
    void thePolyphonicPatchHasAVoiceAndAnEffectTheCompilerAccepts() throws Exception {
        CodegenResult result = CorpusIoTest.generate("12-00.dsppat", Resources.NONE);
        assertTrue(result.code().contains("\nprocess = ") && result.code().contains("\neffect("), result.code());
        FaustRun voice = FaustRun.compile(work, "voice.dsp", result.code());
        assertTrue(voice.ok(), voice.errors());
        assertEquals(1, voice.outputs());
        FaustRun effect = FaustRun.compile(work, "effect.dsp", "process = library(\"voice.dsp\").effect;\n");
        assertTrue(effect.ok(), effect.errors());
        assertEquals(2, effect.inputs());
        assertEquals(2, effect.outputs());
    }
}
