package dev.faustwire.server.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Programs} and {@link Program}: what gets compiled, under which name. */
class ProgramsTest {
    private static final String DSP = "process = _;";

    private static List<String> codes(Program program) {
        return program.diagnostics().stream().map(d -> d.code().id()).toList();
    }

    @Test
    void aDspFileIsCompiledAsItIs() {
        Program program = Programs.ofFile("patches/reverb.dsp", DSP);

        assertEquals("reverb", program.name());
        assertEquals(DSP, program.code());
        assertNull(program.sourceMap());
        assertEquals(List.of(), program.diagnostics());
        assertEquals(-1, program.inputs());
        assertEquals(-1, program.outputs());
        assertTrue(program.compilable());
    }

    @ParameterizedTest
    @CsvSource({"gain.json", "dir/gain.dsppat", "gain"})
    void anyOtherFileIsAPatch(String fileName) {
        Program program = Programs.ofFile(fileName, PatchJson.PASSTHROUGH);

        assertEquals("gain", program.name());
        assertNotNull(program.sourceMap());
        assertTrue(program.code().contains("process(In_1_0) = Out_1"), program.code());
        assertEquals(1, program.inputs());
        assertEquals(1, program.outputs());
        assertTrue(program.compilable());
    }

    @Test
    void aPatchFileHoldingFaustIsMalformedJson() {
        Program program = Programs.ofFile("reverb.json", DSP);

        assertNull(program.code());
        assertEquals(List.of("E001"), codes(program));
        assertFalse(program.compilable());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my synth.dsp              | my_synth
            /home/ann/My-Reverb.v2.dsp | My_Reverb_v2
            a.b.c.json                | a_b_c
            caf\u00e9.dsp             | caf_
            Synth_2.dsppat            | Synth_2
            2tone.dsp                 | main
            _hidden.dsp               | main
            .dsp                      | main
            """)
    void makesAValidNameOfTheFileName(String fileName, String name) {
        assertEquals(name, Programs.ofFile(fileName, fileName.endsWith(".dsp") ? DSP : PatchJson.PASSTHROUGH).name());
    }

    @Test
    void aVeryLongFileNameGivesTheDefaultName() {
        assertEquals("main", Programs.ofFile("a".repeat(65) + ".dsp", DSP).name());
        assertEquals("a".repeat(64), Programs.ofFile("a".repeat(64) + ".dsp", DSP).name());
    }

    @Test
    void aMalformedPatchHasE001AndNoCode() {
        Program program = Programs.ofPatch("{\"boxes\": {", null);

        assertNull(program.code());
        assertNull(program.sourceMap());
        assertEquals(List.of("E001"), codes(program));
        assertTrue(program.diagnostics().get(0).message().startsWith("line 1, column "),
                program.diagnostics().get(0).message());
        assertFalse(program.compilable());
        assertEquals("main", program.name());
        assertEquals(-1, program.inputs());
    }

    @Test
    void aDocumentThatIsNotAPatchHasE002AndNoCode() {
        Program program = Programs.ofPatch("[1, 2]", "x");

        assertNull(program.code());
        assertEquals(List.of("E002"), codes(program));
        assertEquals("x", program.name());
    }

    @Test
    void codegenErrorsStopTheCompile() {
        Program program = Programs.ofPatch(PatchJson.UNKNOWN_BOX, null);

        assertNull(program.code());
        assertEquals(List.of("E010"), codes(program));
        assertEquals("box-1", program.diagnostics().get(0).boxId());
        assertFalse(program.compilable());
    }

    @Test
    void aPatchGetsTheNameAskedForWhenItIsValid() {
        assertEquals("synth", Programs.ofPatch(PatchJson.PASSTHROUGH, "synth").name());
        assertEquals("main", Programs.ofPatch(PatchJson.PASSTHROUGH, "no good").name());
        assertEquals("main", Programs.ofPatch(PatchJson.PASSTHROUGH, null).name());
    }

    @Test
    void aDspGetsTheNameAskedForWhenItIsValid() {
        assertEquals("synth", Programs.ofDsp(DSP, "synth").name());
        assertEquals("main", Programs.ofDsp(DSP, "../synth").name());
        assertEquals(DSP, Programs.ofDsp(DSP, null).code());
    }

    @Test
    void theFileNameIsTheNameWithDsp() {
        assertEquals("synth.dsp", Program.ofDsp("synth", DSP).fileName());
    }

    @Test
    void warningsDoNotStopTheCompileButErrorsDo() {
        Diagnostic warning = Diagnostic.atDocument(Code.IGNORED_FIELD, "kept");
        Diagnostic error = Diagnostic.atBox(Code.UNKNOWN_BOX, "box-1", "no");

        assertTrue(new Program("main", DSP, null, List.of(warning), -1, -1).compilable());
        assertFalse(new Program("main", DSP, null, List.of(warning, error), -1, -1).compilable());
        assertFalse(new Program("main", null, null, List.of(), -1, -1).compilable());
    }

    @Test
    void aPatchWithAWarningIsStillCompiled() {
        Program program = Programs.ofPatch(PatchJson.PASSTHROUGH.replace("\"in 1\"}", "\"in 1\", \"rect\": 5}"), null);

        assertEquals(List.of("W001"), codes(program));
        assertTrue(program.compilable());
        assertNotNull(program.code());
    }
}
