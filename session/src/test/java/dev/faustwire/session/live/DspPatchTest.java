package dev.faustwire.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.stdlib.jvm.BundledIndex;
import org.junit.jupiter.api.Test;

class DspPatchTest {
    @Test
    void aFilterBecomesACodeBoxBetweenInAndOut() {
        String faust = "import(\"stdfaust.lib\");\nprocess = _ * hslider(\"gain\", 0.5, 0, 1, 0.01);\n";
        ReadResult read = PatchReader.read(DspPatch.of(faust, 1, 1));
        assertEquals(java.util.List.of(), read.diagnostics());
        assertEquals(3, read.patch().boxes().size());
        assertEquals("code @ins 1 @outs 1", read.patch().boxes().get("box-1").text());
        assertEquals("in 1", read.patch().boxes().get("box-2").text());
        assertEquals("out 1", read.patch().boxes().get("box-3").text());
        assertEquals(2, read.patch().lines().size());
        CodegenResult code = Codegen.generate(read.patch(), BundledIndex.get());
        assertTrue(code.diagnostics().isEmpty(), code.diagnostics().toString());
        assertTrue(code.code().contains("hslider(\"gain\", 0.5, 0, 1, 0.01)"), code.code());
        assertTrue(code.code().contains("process(In_1_0) ="), code.code());
    }

    @Test
    void aStereoGeneratorHasTwoOutsAndNoIns() {
        ReadResult read = PatchReader.read(DspPatch.of("process = 0, 0;", 0, 2));
        assertEquals(3, read.patch().boxes().size());
        assertEquals("code @ins 0 @outs 2", read.patch().boxes().get("box-1").text());
        assertEquals("out 2", read.patch().boxes().get("box-3").text());
        assertEquals(2, read.patch().lines().size());
    }
}
