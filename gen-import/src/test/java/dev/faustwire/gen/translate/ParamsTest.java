package dev.faustwire.gen.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.gen.GenFiles;
import dev.faustwire.gen.GenImport;
import dev.faustwire.gen.GenImportResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** param boxes: bounds as given, ranges chosen when Gen has none, constants and expressions in bounds. */
class ParamsTest {
    static GenImportResult param(String text) {
        return GenImport.run("p.gendsp", TableRulesTest.patcher(text, 0, 1, false), GenFiles.NONE);
    }

    static List<Code> codes(GenImportResult result) {
        List<Code> codes = new ArrayList<>();
        for (Diagnostic d : result.report()) {
            codes.add(d.code());
        }
        return codes;
    }

    @Test
    void onlyAMinimumGetsAMaximumAboveItsDefault() {
        GenImportResult result = param("param freq 440 @min 20");
        assertEquals("hslider freq 440 20 880 0.001", result.patch().box("box-100").text());
        assertEquals(List.of(Code.GEN_PARAM_RANGE), codes(result));
    }

    @Test
    void onlyAMaximumGetsAMinimumBelowZeroForANegativeDefault() {
        GenImportResult result = param("param offset -3 @max 0");
        assertEquals("hslider offset -3 -6 0 0.001", result.patch().box("box-100").text());
    }

    @Test
    void theDefaultAttributeAndConstantBoundsAreRead() {
        GenImportResult result = param("param phase @default 1 @min 0 @max twopi");
        assertEquals("hslider phase 1 0 6.283185 0.001", result.patch().box("box-100").text());
        assertEquals(List.of(Code.GEN_APPROXIMATION), codes(result));
    }

    @Test
    void aParamWithoutNameIsReportedAndCalledParam() {
        GenImportResult result = param("param");
        assertEquals("hslider param 0 0 1 0.001", result.patch().box("box-100").text());
        assertEquals(List.of(Code.GEN_ARGUMENT_UNREAD, Code.GEN_PARAM_RANGE), codes(result));
    }

    @Test
    void anUnknownAttributeOfAParamIsReported() {
        GenImportResult result = param("param x 0 @min 0 @max 1 @unit hz");
        assertEquals(List.of(Code.GEN_ATTRIBUTE_IGNORED), codes(result));
    }

    @Test
    void aDefaultOutsideItsBoundsWidensTheSliderSoThatItStartsThereAsInGen() {
        GenImportResult result = param("param knob2_bandwidth 10 @min 0 @max 1");
        assertEquals("hslider knob2_bandwidth 10 0 10 0.001", result.patch().box("box-100").text());
        assertEquals(List.of(Code.GEN_PARAM_RANGE), codes(result));
        assertEquals("hslider low -2 -2 1 0.001", param("param low -2 @min 0 @max 1").patch().box("box-100").text());
    }
}
