package dev.faustwire.gen;

import static dev.faustwire.gen.Imports.codes;
import static dev.faustwire.gen.Imports.gendsp;
import static dev.faustwire.gen.Imports.lines;
import static dev.faustwire.gen.Imports.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written translators: in/out, param, history, delay, gate, send/receive, comments, sub-patchers, placeholders. */
class IrregularTranslationTest {

    @Test
    void inAndOutKeepTheirChannelAndDropTheirLabel() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 2 left", 0, 1).box(2, "out 3 right", 1, 0).line(1, 0, 2, 0));
        assertEquals("in 2", text(result, "box-1"));
        assertEquals("out 3", text(result, "box-2"));
    }

    @Test
    void boxesKeepTheirPlaceAndMaxIdsTheirNumber() {
        GenImportResult result = gendsp(GenJson.patcher().box(7, "in 1", 0, 1));
        assertEquals(new Rect(70, 140, 50, 22), result.patch().box("box-7").rect());
    }

    @Test
    void thePatchSaysWhereItCameFromAndThatItComputesInDouble() {
        JsonObject gen = (JsonObject) gendsp(GenJson.patcher().box(1, "in 1", 0, 1)).patch().props().get("gen");
        assertEquals(new JsonString("test.gendsp"), gen.get("source"));
        assertEquals(new JsonString("double"), gen.get("precision"));
    }

    @Test
    void aParamWithBoundsIsASliderWithThem() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "param freq 440 @min 20 @max 2000", 0, 1));
        assertEquals("hslider freq 440 20 2000 0.001", text(result, "box-1"));
        assertTrue(result.exact(), result.report().toString());
    }

    @Test
    void aParamWithoutBoundsGetsARangeAndTheReportSaysSo() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "param gain 0.5", 0, 1));
        assertEquals("hslider gain 0.5 0 1 0.001", text(result, "box-1"));
        assertEquals(List.of(Code.GEN_PARAM_RANGE), codes(result));
    }

    @Test
    void historyTakesItsInitAndANamedOneIsAHistoryWithItsNameAsComment() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "history 0.5", 1, 1).box(3, "history y1", 1, 1)
                .line(1, 0, 2, 0).line(1, 0, 3, 0));
        assertEquals("gen.history 0.5", text(result, "box-2"));
        assertEquals("gen.history 0", text(result, "box-3"));
        assertEquals("y1", result.patch().box("box-3").comment());
        assertEquals(null, result.patch().box("box-2").comment());
        assertTrue(result.exact(), result.report().toString());
    }

    @Test
    void anUnconnectedHistoryReadsZeroAfterItsInit() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "history 1", 1, 1));
        assertEquals("gen.history 1 0", text(result, "box-1"));
    }

    @Test
    void delayTakesLengthTapsFeedbackAndInterpolationAsNumbers() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "in 2", 0, 1)
                .box(3, "delay 44100 2 @interp cubic @feedback 0", 3, 2).line(1, 0, 3, 0).line(2, 0, 3, 2));
        assertEquals("gen.delay 44100 2 0 4 _ 44100", text(result, "box-3"));
        assertEquals(List.of("box-1:0 -> box-3:0", "box-2:0 -> box-3:1"), lines(result.patch()));
        assertTrue(result.exact(), result.report().toString());
    }

    @Test
    void aDelayWithoutLengthIsSizedForTheHighestRateAndReported() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "delay", 2, 1).line(1, 0, 2, 0));
        assertEquals("gen.delay 192000 1 1 2 _ gen.samplerate", text(result, "box-2"));
        assertEquals(List.of(Code.GEN_SIZE_EVALUATED), codes(result));
    }

    @Test
    void aDelayWhoseTapIsNotConnectedDelaysByItsLength() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "delay 142", 2, 1).line(1, 0, 2, 0));
        assertEquals("gen.delay 142 1 1 2 _ 142", text(result, "box-2"));
    }

    @Test
    void aDelayWrittenWithSamplerateReadsThereThroughAConstantBox() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "delay samplerate*0.1", 2, 1).line(1, 0, 2, 0));
        assertEquals("gen.delay 19200 1 1 2", text(result, "box-2"));
        assertEquals("code @ins 0 @outs 1", text(result, "box-3"));
        assertEquals(List.of("box-1:0 -> box-2:0", "box-3:0 -> box-2:1"), lines(result.patch()));
    }

    @Test
    void gateAndSelectorTakeTheirCount() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "gate 3", 2, 3).box(3, "selector 2", 3, 1)
                .line(1, 0, 2, 0).line(1, 0, 2, 1).line(1, 0, 3, 0).line(1, 0, 3, 2));
        assertEquals("gen.gate 3", text(result, "box-2"));
        assertEquals("gen.selector 2 _ 0", text(result, "box-3"));
        assertEquals(List.of("box-1:0 -> box-2:0", "box-1:0 -> box-2:1", "box-1:0 -> box-3:0", "box-1:0 -> box-3:1"),
                lines(result.patch()));
    }

    @Test
    void sendAndReceiveKeepTheirName() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "s bus", 1, 0).box(2, "r bus", 0, 1));
        assertEquals("send bus", text(result, "box-1"));
        assertEquals("receive bus", text(result, "box-2"));
    }

    @Test
    void commentsStayComments() {
        GenImportResult result = gendsp(GenJson.patcher().raw(1, "comment", "\"text\": \"a note\"", 1, 0).box(2, "comment from JSPatcher", 1, 0));
        assertEquals("comment", text(result, "box-1"));
        assertEquals(JsonObject.EMPTY.with("value", new JsonString("a note")), result.patch().box("box-1").data());
        assertEquals(JsonObject.EMPTY.with("value", new JsonString("from JSPatcher")), result.patch().box("box-2").data());
    }

    @Test
    void severalOutsOfOneChannelSumIntoTheFirst() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "out 1", 1, 0).box(3, "out 1", 1, 0)
                .line(1, 0, 2, 0).line(1, 0, 3, 0));
        assertEquals("out 1", text(result, "box-2"));
        assertEquals("_", text(result, "box-3"));
        assertEquals(List.of("box-1:0 -> box-2:0", "box-1:0 -> box-3:0", "box-3:0 -> box-2:0"), lines(result.patch()));
    }

    @Test
    void anEmbeddedGenIsASubPatcherWithItsInsAndOuts() {
        GenJson inner = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "* 2", 1, 1).box(3, "out 1", 1, 0).line(1, 0, 2, 0).line(2, 0, 3, 0);
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).gen(2, "gen @title twice", inner, 1, 1)
                .box(3, "out 1", 1, 0).line(1, 0, 2, 0).line(2, 0, 3, 0));
        assertEquals("p twice", text(result, "box-2"));
        Patch child = result.patch().box("box-2").subpatch();
        assertNotNull(child);
        assertEquals("gen.mul _ 2", child.box("box-2").text());
        assertEquals(List.of("box-1:0 -> box-2:0", "box-2:0 -> box-3:0"), lines(result.patch()));
    }

    @Test
    void anUnknownOperatorIsAnEmptySubPatcherWithItsPortsAndAnError() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "frobnicate 3", 2, 2).box(3, "out 1", 1, 0)
                .line(1, 0, 2, 1).line(2, 1, 3, 0));
        assertEquals("p gen_frobnicate", text(result, "box-2"));
        Patch child = result.patch().box("box-2").subpatch();
        assertEquals(5, child.boxes().size(), "in 1, in 2, out 1, out 2 and a comment");
        assertEquals(List.of("box-1:0 -> box-2:1", "box-2:1 -> box-3:0"), lines(result.patch()));
        assertEquals(List.of(Code.GEN_UNKNOWN_OPERATOR), codes(result));
        assertTrue(!result.exact());
    }

    @Test
    void aTableOperatorIsReportedWithASubstitute() {
        // A data and its readers are translated now (TableImportTest); splat is still reported.
        GenImportResult result = gendsp(GenJson.patcher().box(1, "splat sinc", 3, 0));
        assertEquals(List.of(Code.GEN_UNSUPPORTED_OPERATOR), codes(result));
        assertTrue(result.report().get(0).message().contains("Substitute: "), result.report().get(0).message());
    }

    @Test
    void aBufferIsReportedAsAnExternalFile() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "buffer drums drumloop", 0, 2));
        assertEquals(List.of(Code.GEN_EXTERNAL_BUFFER), codes(result));
    }

    @Test
    void aSetparamWithoutANameIsReported() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "setparam", 1, 1));
        assertEquals(List.of(Code.GEN_SETPARAM), codes(result));
    }

    @Test
    void aCodeboxBecomesACodeBoxWithTheFaustGenExprGives() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1)
                .raw(2, "codebox", "\"code\": \"out1 = in1 * 2;\"", 1, 1).box(3, "out 1", 1, 0)
                .line(1, 0, 2, 0).line(2, 0, 3, 0));
        assertEquals("code @ins 1 @outs 1", text(result, "box-2"));
        String faust = ((JsonString) ((JsonObject) result.patch().box("box-2").data()).get("value")).value();
        assertTrue(faust.contains("process"), faust);
        assertEquals(List.of("box-1:0 -> box-2:0", "box-2:0 -> box-3:0"), lines(result.patch()));
    }

    @Test
    void anExprBoxIsGenExprWithItsEscapesUndone() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "expr max(in1\\, 0)", 1, 1).line(1, 0, 2, 0));
        assertEquals("code @ins 1 @outs 1", text(result, "box-2"));
    }

    @Test
    void anInWithBoundsIsClampedByABoxThatTakesOverItsCords() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1 @min 0 @max 1", 0, 1).box(2, "out 1", 1, 0).line(1, 0, 2, 0));
        assertEquals("in 1", text(result, "box-1"));
        assertEquals("gen.clip _ 0 1", text(result, "box-3"));
        assertEquals(List.of("box-1:0 -> box-3:0", "box-3:0 -> box-2:0"), lines(result.patch()));
        assertTrue(result.exact(), result.report().toString());
    }

    @Test
    void anUnconnectedInletOfAnEmbeddedGenGetsItsDefault() {
        GenJson inner = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "in 2 @default 0.5", 0, 1).box(3, "*", 2, 1)
                .box(4, "out 1", 1, 0).line(1, 0, 3, 0).line(2, 0, 3, 1).line(3, 0, 4, 0);
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).gen(2, "gen", inner, 2, 1).line(1, 0, 2, 0));
        assertEquals("p gen", text(result, "box-2"));
        assertEquals("code @ins 0 @outs 1", text(result, "box-3"));
        assertEquals(List.of("box-1:0 -> box-2:0", "box-3:0 -> box-2:1"), lines(result.patch()));
        assertTrue(result.exact(), result.report().toString());
    }

    @Test
    void theDefaultOfAnAbstractionsInIsReported() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1 @default 2", 0, 1));
        assertEquals(List.of(Code.GEN_ATTRIBUTE_IGNORED), codes(result));
    }
}
