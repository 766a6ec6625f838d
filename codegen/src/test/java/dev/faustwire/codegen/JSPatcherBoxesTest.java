package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.model.Box;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** JSPatcher's Faust names read as JSPatcher means them; an @ whose length is an input is E027 on the box. */
class JSPatcherBoxesTest {

    private static CodegenResult generate(String... specs) {
        return Codegen.generate(TestPatches.of(specs), BundledIndex.get());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "param freq 440 20 2000 1|0|1", "param|0|1", "sr|0|1", "SR|0|1", "sampleRate|0|1", "const 3|0|1",
            "f|1|1", "f 2|0|1", "_|1|1", "<:|1|2", ":>|2|1", ":> 1|1|1", "()|1|1", "() @ins 3|3|3",
            "waveform 0 1 2|0|2", "import maths.lib|0|0", "import|0|0", "s bus|1|0", "r bus|0|1"})
    void ports(String text, int inlets, int outlets) {
        assertEquals(new BoxPorts.Count(inlets, outlets, true), BoxPorts.of(new Box("box-1", text, null), BundledIndex.get()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"param f 2 1 0", "sr 2", "const", "const 1 2", "_ 1", "<: 2", "() @ins 0", "() 3",
            "waveform", "waveform 1 x", "import maths", "import ../maths.lib", "import /etc/passwd.lib",
            "import a.lib b.lib", "import .lib"})
    void wrongArgumentsAreE011(String text) {
        CodegenResult result = generate("box-1 = " + text, "box-2 = 1", "box-3 = out 1", "box-2:0 -> box-3:0");
        assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
        assertEquals(Code.WRONG_ARGUMENT, result.diagnostics().get(0).code());
        assertEquals("box-1", result.diagnostics().get(0).boxId());
    }

    @Test
    void anUnlabelledParamIsRankedWithTheUnlabelledSliders() {
        CodegenResult result = generate("box-1 = hslider", "box-2 = param", "box-3 = +", "box-4 = out 1",
                "box-1:0 -> box-3:0", "box-2:0 -> box-3:1", "box-3:0 -> box-4:0");
        assertTrue(result.ok(), result.diagnostics().toString());
        assertTrue(result.code().contains("hslider(\"hslider\", ") && result.code().contains("hslider(\"hslider 2\", "),
                result.code());
    }

    @Test
    void importWithoutANameIsTheStandardLibraryImportedOnce() {
        CodegenResult result = generate("box-1 = import", "box-2 = import stdfaust.lib", "box-3 = 1", "box-4 = out 1",
                "box-3:0 -> box-4:0");
        assertTrue(result.ok(), result.diagnostics().toString());
        assertEquals(result.code().indexOf("import("), result.code().lastIndexOf("import("), result.code());
    }

    @Test
    void aDelayWhoseLengthIsAnInputIsE027AtItsLengthInlet() {
        Diagnostic d = onlyError(generate("box-1 = in 1", "box-2 = in 2", "box-3 = @", "box-4 = out 1",
                "box-1:0 -> box-3:0", "box-2:0 -> box-3:1", "box-3:0 -> box-4:0"));
        assertEquals(Code.DELAY_LENGTH_UNBOUNDED, d.code());
        assertEquals("box-3", d.boxId());
        assertEquals(1, d.port());
        assertTrue(d.message().contains("max 0") && d.message().contains("@ 64"), d.message());
    }

    @Test
    void theLengthIsFollowedThroughWiresSendsAndMerges() {
        assertEquals(Code.DELAY_LENGTH_UNBOUNDED, onlyError(generate("box-1 = in 1", "box-2 = _", "box-3 = s n",
                "box-4 = r n", "box-5 = @ 1 _", "box-6 = out 1", "box-1:0 -> box-2:0", "box-2:0 -> box-3:0",
                "box-4:0 -> box-5:0", "box-5:0 -> box-6:0")).code());
        assertEquals(Code.DELAY_LENGTH_UNBOUNDED, onlyError(generate("box-1 = in 1", "box-2 = in 2", "box-3 = <:",
                "box-4 = @", "box-5 = out 1", "box-1:0 -> box-4:0", "box-1:0 -> box-3:0", "box-2:0 -> box-3:0",
                "box-3:1 -> box-4:1", "box-4:0 -> box-5:0")).code());
    }

    @Test
    void aBoundedOrConstantLengthIsLeftToFaust() {
        assertTrue(generate("box-1 = in 1", "box-2 = in 2", "box-3 = max 0", "box-4 = @", "box-5 = out 1",
                "box-1:0 -> box-4:0", "box-2:0 -> box-3:0", "box-3:0 -> box-4:1", "box-4:0 -> box-5:0").ok());
        assertTrue(generate("box-1 = in 1", "box-2 = @ 10", "box-3 = out 1", "box-1:0 -> box-2:0",
                "box-2:0 -> box-3:0").ok());
    }

    private static Diagnostic onlyError(CodegenResult result) {
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), result.diagnostics().toString());
        return errors.get(0);
    }
}
