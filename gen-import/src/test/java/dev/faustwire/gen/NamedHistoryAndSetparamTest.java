package dev.faustwire.gen;

import static dev.faustwire.gen.Imports.codes;
import static dev.faustwire.gen.Imports.gendsp;
import static dev.faustwire.gen.Imports.lines;
import static dev.faustwire.gen.Imports.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A named history is a history whose name is kept as the box's comment; setparam NAME feeds the param
 * NAME of the sub-patchers it is connected to through a new inlet of theirs.
 */
class NamedHistoryAndSetparamTest {
    /** in 1 times param k (default 3), out 1: the sub-patcher a setparam sets k of. */
    static GenJson scaler(String param) {
        return GenJson.patcher().box(1, "in 1", 0, 1).box(2, param, 0, 1).box(3, "*", 2, 1).box(4, "out 1", 1, 0)
                .line(1, 0, 3, 0).line(2, 0, 3, 1).line(3, 0, 4, 0);
    }

    /** in 1 and in 2; setparam k fed by in 2, connected to sub-patcher 4, whose signal comes from in 1; out 1. */
    static GenJson parent(String param) {
        return GenJson.patcher().box(1, "in 1", 0, 1).box(2, "in 2", 0, 1).box(3, "setparam k", 1, 1)
                .gen(4, "gen @title scaler", scaler(param), 1, 1).box(5, "out 1", 1, 0)
                .line(1, 0, 4, 0).line(2, 0, 3, 0).line(3, 0, 4, 0).line(4, 0, 5, 0);
    }

    @Test
    void aNameAndAnInitAreAHistoryWithItsInitAndTheNameAsComment() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "history arm 1", 1, 1).box(2, "history sharpness 4.75", 1, 1));
        assertEquals("gen.history 1 0", text(result, "box-1"));
        assertEquals("arm", result.patch().box("box-1").comment());
        assertEquals("gen.history 4.75 0", text(result, "box-2"));
        assertTrue(result.exact(), result.report().toString());
    }

    @Test
    void anArgumentNamingAHistoryReadsIt() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "history freq 2", 1, 1)
                .box(3, "* freq", 1, 1).line(1, 0, 2, 0).line(1, 0, 3, 0));
        assertEquals(List.of("box-1:0 -> box-2:0", "box-1:0 -> box-3:0", "box-2:0 -> box-3:1"), lines(result.patch()));
        assertTrue(result.exact(), result.report().toString());
    }

    @Test
    void oopsysMidiOutputHistoriesAreHistoriesAndReported() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "history midi_cc11_out", 1, 1).box(2, "history midi", 1, 1));
        assertEquals("gen.history 0 0", text(result, "box-1"));
        assertEquals(List.of(Code.GEN_HISTORY_MIDI_OUT), codes(result));
        assertTrue(result.report().get(0).message().contains("as MIDI"), result.report().get(0).message());
    }

    @Test
    void aParentsAttributeSetsTheInitOfANamedHistoryInside() {
        GenJson inner = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "history y 0.5", 1, 1).box(3, "out 1", 1, 0)
                .line(1, 0, 2, 0).line(2, 0, 3, 0);
        GenImportResult result = gendsp(GenJson.patcher().gen(1, "gen @title s @y 0.25", inner, 1, 1));
        assertEquals("gen.history 0.25", result.patch().box("box-1").subpatch().box("box-2").text());
    }

    @Test
    void setparamFeedsTheParamThroughANewInletAfterTheSubPatchersOwn() {
        GenImportResult result = gendsp(parent("param k 3"));
        assertEquals("_", text(result, "box-3"));
        Box sub = result.patch().box("box-4");
        assertEquals("p scaler", sub.text());
        assertEquals("in 2", sub.subpatch().box("box-2").text());
        assertEquals("k", sub.subpatch().box("box-2").comment());
        assertEquals(List.of("box-1:0 -> box-4:0", "box-2:0 -> box-3:0", "box-3:0 -> box-4:1", "box-4:0 -> box-5:0"),
                lines(result.patch()));
        assertTrue(result.exact(), result.report().toString());
    }

    @Test
    void aBoundedParamIsClampedAfterItsInletAndTheClampIsReported() {
        GenImportResult result = gendsp(parent("param k 3 @min 0 @max 4"));
        Patch sub = result.patch().box("box-4").subpatch();
        assertEquals("in 2", sub.box("box-2").text());
        assertEquals("gen.clip _ 0 4", sub.box("box-5").text());
        assertEquals(List.of("box-1:0 -> box-3:0", "box-2:0 -> box-5:0", "box-3:0 -> box-4:0", "box-5:0 -> box-3:1"), lines(sub));
        assertEquals(List.of(Code.GEN_SETPARAM_CLAMPED), codes(result));
    }

    @Test
    void aSubPatcherNoSetparamReachesKeepsItsSlider() {
        GenJson top = parent("param k 3").gen(6, "gen @title other", scaler("param k 3 @min 0 @max 4"), 1, 1)
                .line(1, 0, 6, 0);
        GenImportResult result = gendsp(top);
        assertEquals("hslider k 3 0 4 0.001", result.patch().box("box-6").subpatch().box("box-2").text());
        assertEquals("in 2", result.patch().box("box-4").subpatch().box("box-2").text());
    }

    @Test
    void aSetparamToASubPatcherWithoutThatParamIsG012AndItsCordIsLeftOut() {
        GenImportResult result = gendsp(parent("param other 3 @min 0 @max 9"));
        assertEquals(List.of(Code.GEN_SETPARAM), codes(result));
        assertEquals("box-3", last(result.report().get(0).boxId()));
        assertTrue(result.report().get(0).message().contains("has no param k"), result.report().get(0).message());
        assertEquals("hslider other 3 0 9 0.001", result.patch().box("box-4").subpatch().box("box-2").text());
        assertEquals(List.of("box-1:0 -> box-4:0", "box-2:0 -> box-3:0", "box-4:0 -> box-5:0"), lines(result.patch()));
    }

    @Test
    void aSetparamToAnOrdinaryBoxIsG012() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "setparam k", 1, 1).box(3, "*", 2, 1)
                .line(1, 0, 2, 0).line(2, 0, 3, 0));
        assertEquals(List.of(Code.GEN_SETPARAM), codes(result));
        assertTrue(result.report().get(0).message().contains("no gen sub-patcher"), result.report().get(0).message());
    }

    @Test
    void aSetparamToANamedHistoryInsideIsG017() {
        GenJson inner = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "history k", 1, 1).box(3, "out 1", 1, 0)
                .line(1, 0, 2, 0).line(2, 0, 3, 0);
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "setparam k", 1, 1)
                .gen(3, "gen", inner, 1, 1).line(1, 0, 2, 0).line(2, 0, 3, 0));
        assertEquals(List.of(Code.GEN_NAMED_HISTORY), codes(result));
        assertEquals(List.of("box-1:0 -> box-2:0"), lines(result.patch()));
    }

    @Test
    void anAbstractionASetparamSetsIsACopyWithTheInlet() {
        String file = scaler("param k 3").gendsp();
        String top = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "in 2", 0, 1).box(3, "setparam k", 1, 1)
                .box(4, "scaler", 1, 1).box(5, "scaler", 1, 1)
                .line(1, 0, 4, 0).line(1, 0, 5, 0).line(2, 0, 3, 0).line(3, 0, 4, 0).gendsp();
        GenImportResult result = GenImport.run("top.gendsp", top, AbstractionTest.files("scaler.gendsp", file));
        assertEquals("p scaler", text(result, "box-4"));
        assertEquals("in 2", result.patch().box("box-4").subpatch().box("box-2").text());
        assertEquals("p ./scaler.json", text(result, "box-5"), "the one no setparam reaches stays the shared file");
        assertTrue(lines(result.patch()).contains("box-3:0 -> box-4:1"), lines(result.patch()).toString());
        assertEquals(List.of(Code.GEN_PARAM_RANGE), codes(result), "only the slider of the shared file needs a range");
        assertEquals("box-5/box-2", result.report().get(0).boxId());
    }

    @Test
    void anUnconnectedSetparamIsAWireThatSetsNothing() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "setparam k", 1, 1));
        assertEquals("_", text(result, "box-1"));
        assertNull(result.patch().box("box-1").subpatch());
    }

    @Test
    void aSubPatcherReadsAHistoryOfItsParentByNameThroughANewInlet() {
        GenJson inner = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "* step", 1, 1).box(3, "out 1", 1, 0)
                .line(1, 0, 2, 0).line(2, 0, 3, 0);
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "history step", 1, 1)
                .gen(3, "gen @title player", inner, 1, 1).box(4, "out 1", 1, 0)
                .line(1, 0, 2, 0).line(1, 0, 3, 0).line(3, 0, 4, 0));
        assertTrue(result.exact(), result.report().toString());
        Patch sub = result.patch().box("box-3").subpatch();
        assertEquals("in 2", sub.box("box-4").text());
        assertEquals("step", sub.box("box-4").comment());
        assertEquals(List.of("box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-4:0 -> box-2:1"), lines(sub));
        assertTrue(lines(sub).contains("box-4:0 -> box-2:1"), lines(sub).toString());
        assertTrue(lines(result.patch()).contains("box-2:0 -> box-3:1"), lines(result.patch()).toString());
    }

    @Test
    void aNameReadTwoLevelsDownPassesThroughTheLevelBetween() {
        GenJson deepest = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "+ gain", 1, 1).box(3, "out 1", 1, 0)
                .line(1, 0, 2, 0).line(2, 0, 3, 0);
        GenJson middle = GenJson.patcher().box(1, "in 1", 0, 1).gen(2, "gen", deepest, 1, 1).box(3, "out 1", 1, 0)
                .line(1, 0, 2, 0).line(2, 0, 3, 0);
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "param gain 1 @min 0 @max 2", 0, 1)
                .gen(3, "gen", middle, 1, 1).box(4, "out 1", 1, 0).line(1, 0, 3, 0).line(3, 0, 4, 0));
        assertTrue(result.exact(), result.report().toString());
        Patch mid = result.patch().box("box-3").subpatch();
        assertEquals("in 2", mid.box("box-4").text());
        assertTrue(lines(mid).contains("box-4:0 -> box-2:1"), lines(mid).toString());
        assertTrue(lines(mid.box("box-2").subpatch()).contains("box-4:0 -> box-2:1"), lines(mid.box("box-2").subpatch()).toString());
        assertTrue(lines(result.patch()).contains("box-2:0 -> box-3:1"), lines(result.patch()).toString());
    }

    @Test
    void aNameNoLevelDefinesIsStillReported() {
        GenJson inner = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "* nowhere", 1, 1).box(3, "out 1", 1, 0)
                .line(1, 0, 2, 0).line(2, 0, 3, 0);
        GenImportResult result = gendsp(GenJson.patcher().gen(1, "gen", inner, 1, 1));
        assertEquals(List.of(Code.GEN_ARGUMENT_UNREAD), codes(result));
        assertEquals(1, result.patch().box("box-1").subpatch().boxes().values().stream().filter(b -> b.text().startsWith("in ")).count());
    }

    @Test
    void twoSetparamsIntoOneSubPatcherGetTwoInletsInTheOrderOfTheirCords() {
        GenJson inner = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "param a 1", 0, 1).box(3, "param b 2", 0, 1)
                .box(4, "*", 2, 1).box(5, "+", 2, 1).box(6, "out 1", 1, 0)
                .line(1, 0, 4, 0).line(2, 0, 4, 1).line(4, 0, 5, 0).line(3, 0, 5, 1).line(5, 0, 6, 0);
        GenImportResult result = gendsp(GenJson.patcher().box(1, "in 1", 0, 1).box(2, "setparam b", 1, 1).box(3, "setparam @name a", 1, 1)
                .gen(4, "gen", inner, 1, 1).line(1, 0, 2, 0).line(1, 0, 3, 0).line(2, 0, 4, 0).line(3, 0, 4, 0).line(1, 0, 4, 0));
        Patch sub = result.patch().box("box-4").subpatch();
        assertEquals("in 2", sub.box("box-3").text(), "b, the first cord");
        assertEquals("in 3", sub.box("box-2").text(), "a, named by @name");
        assertTrue(lines(result.patch()).containsAll(List.of("box-2:0 -> box-4:1", "box-3:0 -> box-4:2")), lines(result.patch()).toString());
        assertTrue(result.exact(), result.report().toString());
    }

    @Test
    void aNamedHistoryTakesItsInitAttribute() {
        GenImportResult result = gendsp(GenJson.patcher().box(1, "history z @init 0.75", 1, 1));
        assertEquals("gen.history 0.75 0", text(result, "box-1"));
        assertEquals("z", result.patch().box("box-1").comment());
    }

    @Test
    void namesThatSendReceiveAndInLabelsCarryAreNotReadFromAbove() {
        GenJson inner = GenJson.patcher().box(1, "in 1 step", 0, 1).box(2, "s step", 1, 0).box(3, "out 1", 1, 0).line(1, 0, 3, 0)
                .line(1, 0, 2, 0);
        GenImportResult result = gendsp(GenJson.patcher().box(1, "history step", 1, 1).gen(2, "gen", inner, 1, 1));
        assertEquals(1, result.patch().box("box-2").subpatch().boxes().values().stream().filter(b -> b.text().startsWith("in ")).count());
        assertTrue(lines(result.patch()).isEmpty(), lines(result.patch()).toString());
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
