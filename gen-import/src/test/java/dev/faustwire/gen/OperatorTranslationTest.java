package dev.faustwire.gen;

import static dev.faustwire.gen.Imports.codes;
import static dev.faustwire.gen.Imports.gendsp;
import static dev.faustwire.gen.Imports.lines;
import static dev.faustwire.gen.Imports.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table operators: arguments fill the inlets Gen's constructors say, unconnected inlets get Gen's defaults, ports are renumbered. */
class OperatorTranslationTest {

    @Test
    void anArgumentIsTheRightOperandOfBinaryArithmetic() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "+ 2", 1, 1).box(3, "out 1", 1, 0)
                .line(1, 0, 2, 0).line(2, 0, 3, 0));
        assertEquals("gen.add _ 2", text(result, "box-2"));
        assertEquals(List.of("box-1:0 -> box-2:0", "box-2:0 -> box-3:0"), lines(result.patch()));
        assertTrue(result.exact(), result.report().toString());
    }

    @Test
    void anUnconnectedLeftInletGetsItsDefaultAndTheRightLineMovesToPortZero() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "-", 2, 1).box(3, "out 1", 1, 0)
                .line(1, 0, 2, 1).line(2, 0, 3, 0));
        assertEquals("gen.sub 0", text(result, "box-2"));
        assertEquals(List.of("box-1:0 -> box-2:0", "box-2:0 -> box-3:0"), lines(result.patch()));
    }

    @Test
    void wrapWithNothingButItsInputGetsGensRangeZeroToOne() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "wrap", 3, 1).line(1, 0, 2, 0));
        assertEquals("gen.wrap _ 0 1", text(result, "box-2"));
    }

    @Test
    void oneArgumentOfSwitchIsIfTrueAndTheSecondInletIsIfFalse() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "in 2", 0, 1).box(3, "? 1", 2, 1)
                .line(1, 0, 3, 0).line(2, 0, 3, 1));
        assertEquals("gen.switch _ 1", text(result, "box-3"));
        assertEquals(List.of("box-1:0 -> box-3:0", "box-2:0 -> box-3:1"), lines(result.patch()));
    }

    @Test
    void scaleArgumentsFillTheInletsAfterTheInputAndTheExponentDefaultsToOne() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "scale 0 1 -1 1", 2, 1).line(1, 0, 2, 0));
        assertEquals("gen.scale _ 0 1 -1 1 1", text(result, "box-2"));
    }

    @Test
    void mixArgumentIsTheInterpolationFactor() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "in 2", 0, 1).box(3, "mix 0.9", 2, 1)
                .line(1, 0, 3, 0).line(2, 0, 3, 1));
        assertEquals("gen.mix _ _ 0.9", text(result, "box-3"));
    }

    @Test
    void counterWithOneArgumentTakesItAsMaxAndKeepsItsThreeOutlets() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "counter 4", 2, 3)
                .box(3, "out 1", 1, 0).box(4, "out 2", 1, 0)
                .line(1, 0, 2, 0).line(2, 0, 3, 0).line(2, 1, 4, 0));
        assertEquals("gen.counter 0 _ 0 4", text(result, "box-2"));
        assertEquals(List.of("box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-2:1 -> box-4:0"), lines(result.patch()));
    }

    @Test
    void accumAttributesBecomeItsCompileTimeParameters() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "+= 1 @max 10 @resetmode pre", 1, 1));
        assertEquals("gen.accum 0 0 10 1 1 1 0", text(result, "box-1"));
    }

    @Test
    void phasorFrequencyArgumentKeepsTheResetInlet() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "phasor 3", 1, 1).line(1, 0, 2, 0));
        assertEquals("gen.phasor 0 3", text(result, "box-2"));
        assertEquals(List.of("box-1:0 -> box-2:0"), lines(result.patch()));
    }

    @Test
    void cycleWithPhaseIndexTakesTheNumberOfTheWord() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "cycle @index phase", 1, 2).line(1, 0, 2, 0));
        assertEquals("gen.cycle 1", text(result, "box-2"));
    }

    @Test
    void roundSaysItsPortsBecauseTheyDependOnItsMode() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "round 0.25 @mode floor", 1, 1).line(1, 0, 2, 0));
        assertEquals("gen.round 1 _ 0.25 @ins 3 @outs 1", text(result, "box-2"));
    }

    @Test
    void aNamedConstantArgumentIsGensConstantAndSamplerateTheHosts() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "* twopi", 1, 1).box(3, "/ samplerate", 1, 1)
                .line(1, 0, 2, 0).line(2, 0, 3, 0));
        assertEquals("gen.mul _ gen.twopi", text(result, "box-2"));
        assertEquals("gen.div _ gen.samplerate", text(result, "box-3"));
        assertTrue(result.exact(), result.report().toString());
    }

    @Test
    void anExpressionArgumentFeedsItsInletFromAConstantCodeBox() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "* 16/samplerate", 1, 1).line(1, 0, 2, 0));
        assertEquals("gen.mul", text(result, "box-2"));
        assertEquals("code @ins 0 @outs 1", text(result, "box-3"));
        assertEquals("{\"value\": \"process = 16.0/gen.samplerate;\"}", dev.faustwire.core.json.JsonWriter.write(result.patch().box("box-3").data())
                .replace("\n", "").replace("  ", ""));
        assertEquals(List.of("box-1:0 -> box-2:0", "box-3:0 -> box-2:1"), lines(result.patch()));
    }

    @Test
    void anExpressionSplitBySpacesIsOneArgument() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "* 2 * 0.5", 1, 1).line(1, 0, 2, 0));
        assertEquals("gen.mul _ 1", text(result, "box-2"));
        assertTrue(result.exact(), result.report().toString());
    }

    @Test
    void anArgumentNamingAParamIsALineFromTheParam() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "param tuning 2 @min 0 @max 4", 0, 1)
                .box(3, "- tuning", 1, 1).line(1, 0, 3, 0));
        assertEquals("gen.sub", text(result, "box-3"));
        assertEquals(List.of("box-1:0 -> box-3:0", "box-2:0 -> box-3:1"), lines(result.patch()));
    }

    @Test
    void anArgumentNamingNothingIsReported() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "* nothing", 1, 1));
        assertEquals(List.of(Code.GEN_ARGUMENT_UNREAD), codes(result));
    }

    @Test
    void aNumberBoxIsAConstantAndConstantNamesAreGensConstants() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "0.", 0, 1).box(2, ".5", 0, 1).box(3, "pi", 0, 1).box(4, "constant 3", 0, 1));
        assertEquals("0", text(result, "box-1"));
        assertEquals("0.5", text(result, "box-2"));
        assertEquals("gen.pi", text(result, "box-3"));
        assertEquals("3", text(result, "box-4"));
    }

    @Test
    void aWrongInletCountInTheFileIsReported() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "+ 2", 2, 1));
        assertEquals(List.of(Code.GEN_PORT_MISMATCH), codes(result));
    }

    @Test
    void anAttributeTheTranslationIgnoresIsReported() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "+ 1 @bogus 3", 1, 1).line(1, 0, 2, 0));
        assertEquals(List.of(Code.GEN_ATTRIBUTE_IGNORED), codes(result));
    }
}
