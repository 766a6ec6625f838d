package dev.faustwire.core.subpatch;

import static dev.faustwire.core.subpatch.EncapsulationTest.PORTS;
import static dev.faustwire.core.subpatch.EncapsulationTest.apply;
import static dev.faustwire.core.subpatch.EncapsulationTest.read;
import static dev.faustwire.core.subpatch.EncapsulationTest.wiring;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.edit.EditingModel;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** De-encapsulate: a p box replaced by its content, lines joined through its in/out boxes, ids kept when free. */
class DeencapsulationTest {
    @Test
    void deencapsulatingWhatWasEncapsulatedGivesThePatchBackButForLineIds() {
        Patch patch = read(EncapsulationTest.CHAIN);
        Patch encapsulated = apply(patch, Encapsulation.of(patch, List.of("box-2", "box-3", "box-4", "box-6"), PORTS));
        SubpatchEdit edit = Deencapsulation.of(encapsulated, "box-7");
        assertNull(edit.refusal());
        Patch back = apply(encapsulated, edit);
        assertEquals(patch.boxes(), back.boxes(), "same ids, texts and places");
        assertEquals(wiring(patch), wiring(back));
        assertEquals(List.of("box-2", "box-3", "box-4", "box-6"), edit.select());
    }

    @Test
    void contentIdsThatTheLevelUsesAreMadeUnique() {
        Patch patch = read("""
                {"boxes": {
                  "box-1": {"text": "in 1", "rect": [10, 20, 45, 22]},
                  "box-2": {"text": "p", "rect": [10, 80, 45, 22], "data": {"boxes": {
                     "box-1": {"text": "in 1", "rect": [30, 20, 45, 22]},
                     "box-2": {"text": "* 2", "rect": [30, 75, 45, 22]},
                     "box-3": {"text": "mem", "rect": [30, 125, 45, 22]},
                     "box-9": {"text": "out 1", "rect": [30, 175, 45, 22]}},
                     "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                               "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]},
                               "line-3": {"src": ["box-3", 0], "dest": ["box-9", 0]}}}},
                  "box-3": {"text": "out 1", "rect": [10, 140, 45, 22]}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}
                """);
        SubpatchEdit edit = Deencapsulation.of(patch, "box-2");
        Patch after = apply(patch, edit);
        // box-2 is freed by the p box; box-3 is taken by out 1, so mem becomes box-4.
        assertEquals("* 2", after.box("box-2").text());
        assertEquals("mem", after.box("box-4").text());
        assertEquals(Set.of("box-1:0>box-2:0", "box-2:0>box-4:0", "box-4:0>box-3:0"), wiring(after));
        assertEquals(10, after.box("box-2").rect().x());
        assertEquals(80, after.box("box-2").rect().y());
        assertEquals(130, after.box("box-4").rect().y());
    }

    @Test
    void anInWiredStraightToAnOutJoinsTheLinesOnBothSides() {
        Patch patch = read("""
                {"boxes": {
                  "box-1": {"text": "in 1", "rect": [10, 20, 45, 22]},
                  "box-2": {"text": "p", "rect": [10, 80, 45, 22], "data": {"boxes": {
                     "box-1": {"text": "in 1", "rect": [30, 20, 45, 22]},
                     "box-2": {"text": "out 1", "rect": [30, 175, 45, 22]},
                     "box-3": {"text": "comment through", "rect": [90, 75, 45, 22]}},
                     "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]}}}},
                  "box-3": {"text": "out 1", "rect": [10, 140, 45, 22]}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}
                """);
        Patch after = apply(patch, Deencapsulation.of(patch, "box-2"));
        assertEquals(Set.of("box-1:0>box-3:0"), wiring(after));
        assertEquals("comment through", after.box("box-4").text(), "box-3 is taken outside");
    }

    @Test
    void aFileSubPatcherOrAnotherBoxIsRefusedAndNothingSelectedDoesNothing() {
        Patch patch = read("""
                {"boxes": {
                  "box-1": {"text": "p ./lp.dsppat", "rect": [10, 20, 45, 22], "data": {"boxes": {}, "lines": {}}},
                  "box-2": {"text": "mem", "rect": [10, 80, 45, 22]}},
                 "lines": {}}
                """);
        assertEquals(Code.DEENCAPSULATE_NOT_EMBEDDED, Deencapsulation.of(patch, "box-1").refusal().code());
        assertEquals(Code.DEENCAPSULATE_NOT_EMBEDDED, Deencapsulation.of(patch, "box-2").refusal().code());
        assertSame(SubpatchEdit.NOTHING, Deencapsulation.of(patch, null));
    }

    @Test
    void anOndemandBoxIsRefusedForItsContentWouldRunEverySample() {
        Patch patch = read("""
                {"boxes": {
                  "box-1": {"text": "ondemand", "rect": [10, 20, 45, 22], "data": {"boxes": {
                    "box-1": {"text": "in 1", "rect": [10, 10, 40, 22]}}, "lines": {}}}},
                 "lines": {}}
                """);
        SubpatchEdit edit = Deencapsulation.of(patch, "box-1");
        assertEquals(Code.DEENCAPSULATE_NOT_EMBEDDED, edit.refusal().code());
        assertEquals("\"ondemand\" runs its content on the ticks of its clock; spread out, the content would run every sample",
                edit.refusal().message());
    }

    @Test
    void isOneUndoStep() {
        Patch patch = read(EncapsulationTest.CHAIN);
        EditingModel model = new EditingModel(patch);
        model.apply(Encapsulation.of(patch, List.of("box-2", "box-3"), PORTS).command());
        Patch encapsulated = model.patch();
        model.apply(Deencapsulation.of(encapsulated, "box-7").command());
        model.undo();
        assertEquals(encapsulated, model.patch());
        Box sub = model.patch().box("box-7");
        assertEquals(4, sub.subpatch().boxes().size());
    }
}
