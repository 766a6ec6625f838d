package dev.faustwire.core.subpatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.edit.EditingModel;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.view.FakePorts;
import dev.faustwire.core.view.PortCounts;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Encapsulate: the selection into a p box with one in per outer outlet and one out per inner outlet, rewired, refused when it would change the program. */
class EncapsulationTest {
    /** Ports as FakePorts gives, and par/seq with 2 inlets and 4 outlets (3 outputs and the variable). */
    static final PortCounts PORTS = box -> {
        String name = SubpatchBoxes.name(box);
        if (SubpatchBoxes.isIteration(box)) {
            return new PortCounts.Ports(2, 4, true);
        }
        if (name.equals("s") || name.equals("send")) {
            return new PortCounts.Ports(1, 0, true);
        }
        if (name.equals("r") || name.equals("receive")) {
            return new PortCounts.Ports(0, 1, true);
        }
        return new FakePorts().of(box);
    };

    /** in 1 -> mem -> * 0.5 -> + -> out 1, with in 1 also into + (two lines from one outlet), and a comment. */
    static final String CHAIN = """
            {"boxes": {
              "box-1": {"text": "in 1", "rect": [100, 20, 45, 22]},
              "box-2": {"text": "mem", "rect": [100, 80, 45, 22]},
              "box-3": {"text": "* 0.5", "rect": [100, 140, 45, 22]},
              "box-4": {"text": "+", "rect": [100, 200, 45, 22]},
              "box-5": {"text": "out 1", "rect": [100, 260, 45, 22]},
              "box-6": {"text": "comment a note", "rect": [200, 100, 80, 22]}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]},
                       "line-3": {"src": ["box-3", 0], "dest": ["box-4", 0]},
                       "line-4": {"src": ["box-4", 0], "dest": ["box-5", 0]},
                       "line-5": {"src": ["box-1", 0], "dest": ["box-4", 1]}}}
            """;

    static Patch read(String json) {
        return PatchReader.read(json).patch();
    }

    static Patch apply(Patch patch, SubpatchEdit edit) {
        EditingModel model = new EditingModel(patch);
        model.apply(edit.command());
        return model.patch();
    }

    static Set<String> wiring(Patch patch) {
        Set<String> lines = new TreeSet<>();
        for (Line line : patch.lines().values()) {
            lines.add(line.src().boxId() + ":" + line.src().index() + ">" + line.dest().boxId() + ":" + line.dest().index());
        }
        return lines;
    }

    @Test
    void oneOutletFeedingTwoSelectedBoxesSharesOneInAndLinesGoThroughTheNewBox() {
        Patch patch = read(CHAIN);
        SubpatchEdit edit = Encapsulation.of(patch, List.of("box-2", "box-3", "box-4", "box-6"), PORTS);
        assertNull(edit.refusal());
        Patch after = apply(patch, edit);
        assertEquals(List.of("box-7"), edit.select());
        Box sub = after.box("box-7");
        assertEquals("p", sub.text());
        assertEquals(100, sub.rect().x());
        assertEquals(80, sub.rect().y());
        assertEquals(Set.of("box-1", "box-5", "box-7"), after.boxes().keySet());
        assertEquals(Set.of("box-1:0>box-7:0", "box-7:0>box-5:0"), wiring(after));
        Patch inside = sub.subpatch();
        assertEquals(Set.of("box-2", "box-3", "box-4", "box-6", "box-7", "box-8"), inside.boxes().keySet());
        assertEquals("in 1", inside.box("box-7").text());
        assertEquals("out 1", inside.box("box-8").text());
        assertEquals(Set.of("box-2:0>box-3:0", "box-3:0>box-4:0", "box-7:0>box-2:0", "box-7:0>box-4:1",
                "box-4:0>box-8:0"), wiring(inside));
        assertEquals(Encapsulation.CONTENT_X, inside.box("box-2").rect().x());
        assertEquals(Encapsulation.CONTENT_Y, inside.box("box-2").rect().y());
        assertTrue(inside.box("box-7").rect().y() < inside.box("box-2").rect().y(), "the in box sits above the content");
        assertTrue(inside.box("box-8").rect().y() > inside.box("box-4").rect().y(), "the out box sits below it");
    }

    @Test
    void isOneUndoStep() {
        Patch patch = read(CHAIN);
        EditingModel model = new EditingModel(patch);
        model.apply(Encapsulation.of(patch, List.of("box-2", "box-3"), PORTS).command());
        model.undo();
        assertEquals(patch, model.patch());
    }

    @Test
    void inletsAreOrderedLeftToRightByTheirSourcesAndEachInnerOutletFeedingOutsideIsAnOut() {
        Patch patch = read("""
                {"boxes": {
                  "box-1": {"text": "in 2", "rect": [300, 20, 45, 22]},
                  "box-2": {"text": "in 1", "rect": [10, 20, 45, 22]},
                  "box-3": {"text": "+", "rect": [100, 80, 45, 22]},
                  "box-4": {"text": "split", "rect": [100, 140, 45, 22]},
                  "box-5": {"text": "out 1", "rect": [10, 260, 45, 22]},
                  "box-6": {"text": "out 2", "rect": [300, 260, 45, 22]}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-3", 0]},
                           "line-2": {"src": ["box-2", 0], "dest": ["box-3", 1]},
                           "line-3": {"src": ["box-3", 0], "dest": ["box-4", 0]},
                           "line-4": {"src": ["box-4", 0], "dest": ["box-5", 0]},
                           "line-5": {"src": ["box-4", 2], "dest": ["box-6", 0]},
                           "line-6": {"src": ["box-4", 2], "dest": ["box-5", 0]}}}
                """);
        Patch after = apply(patch, Encapsulation.of(patch, List.of("box-3", "box-4"), PORTS));
        assertEquals(Set.of("box-2:0>box-7:0", "box-1:0>box-7:1", "box-7:0>box-5:0", "box-7:1>box-6:0",
                "box-7:1>box-5:0"), wiring(after));
        Patch inside = after.box("box-7").subpatch();
        assertEquals("in 1", inside.box("box-5").text());
        assertEquals("in 2", inside.box("box-6").text());
        assertEquals(Set.of("box-5:0>box-3:1", "box-6:0>box-3:0", "box-3:0>box-4:0", "box-4:0>box-7:0",
                "box-4:2>box-8:0"), wiring(inside));
        assertEquals("out 1", inside.box("box-7").text());
        assertEquals("out 2", inside.box("box-8").text());
    }

    @Test
    void anEmptySelectionOrOneOfVanishedBoxesDoesNothing() {
        Patch patch = read(CHAIN);
        assertSame(SubpatchEdit.NOTHING, Encapsulation.of(patch, List.of(), PORTS));
        assertSame(SubpatchEdit.NOTHING, Encapsulation.of(patch, List.of("box-99"), PORTS));
    }

    @Test
    void aSelectionHoldingAnInOrOutBoxOfTheLevelIsRefused() {
        SubpatchEdit edit = Encapsulation.of(read(CHAIN), List.of("box-1", "box-2"), PORTS);
        assertNull(edit.command());
        assertEquals(Code.ENCAPSULATE_PORTS, edit.refusal().code());
        assertEquals("box-1", edit.refusal().boxId());
    }

    @Test
    void aLoopLeavingTheSelectionAndComingBackIsRefusedAWholeLoopIsNot() {
        Patch patch = read("""
                {"boxes": {
                  "box-1": {"text": "in 1", "rect": [10, 20, 45, 22]},
                  "box-2": {"text": "+", "rect": [10, 80, 45, 22]},
                  "box-3": {"text": "mem", "rect": [10, 140, 45, 22]},
                  "box-4": {"text": "* 0.5", "rect": [100, 140, 45, 22]},
                  "box-5": {"text": "out 1", "rect": [10, 260, 45, 22]}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]},
                           "line-3": {"src": ["box-3", 0], "dest": ["box-4", 0]},
                           "line-4": {"src": ["box-4", 0], "dest": ["box-2", 1]},
                           "line-5": {"src": ["box-2", 0], "dest": ["box-5", 0]}}}
                """);
        SubpatchEdit cut = Encapsulation.of(patch, List.of("box-2", "box-3"), PORTS);
        assertEquals(Code.ENCAPSULATE_LOOP, cut.refusal().code());
        assertEquals("box-2", cut.refusal().boxId());
        SubpatchEdit whole = Encapsulation.of(patch, List.of("box-2", "box-3", "box-4"), PORTS);
        assertNull(whole.refusal());
        Patch after = apply(patch, whole);
        assertEquals(Set.of("box-1:0>box-6:0", "box-6:0>box-5:0"), wiring(after));
    }

    @Test
    void aSendOrReceiveWhosePartnerStaysOutsideIsRefused() {
        Patch patch = read("""
                {"boxes": {
                  "box-1": {"text": "in 1", "rect": [10, 20, 45, 22]},
                  "box-2": {"text": "s bus", "rect": [10, 80, 45, 22]},
                  "box-3": {"text": "r bus", "rect": [100, 20, 45, 22]},
                  "box-4": {"text": "out 1", "rect": [100, 80, 45, 22]}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-3", 0], "dest": ["box-4", 0]}}}
                """);
        assertEquals(Code.ENCAPSULATE_LINK, Encapsulation.of(patch, List.of("box-2"), PORTS).refusal().code());
        assertNull(Encapsulation.of(patch, List.of("box-2", "box-3"), PORTS).refusal(), "both ends go inside together");
    }

    @Test
    void anIterationWhoseBodyWouldBeSplitIsRefusedItsOutputsMayLeave() {
        Patch patch = read("""
                {"boxes": {
                  "box-1": {"text": "par 3", "rect": [10, 20, 45, 22]},
                  "box-2": {"text": "+ 1", "rect": [10, 80, 45, 22]},
                  "box-3": {"text": "os.osc", "rect": [10, 140, 45, 22]},
                  "box-4": {"text": "out 1", "rect": [10, 260, 45, 22]}},
                 "lines": {"line-1": {"src": ["box-1", 3], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]},
                           "line-3": {"src": ["box-3", 0], "dest": ["box-1", 0]},
                           "line-4": {"src": ["box-1", 0], "dest": ["box-4", 0]}}}
                """);
        SubpatchEdit alone = Encapsulation.of(patch, List.of("box-1"), PORTS);
        assertEquals(Code.ENCAPSULATE_LINK, alone.refusal().code());
        assertEquals("box-1", alone.refusal().boxId());
        assertNull(Encapsulation.of(patch, List.of("box-1", "box-2", "box-3"), PORTS).refusal());
        SubpatchEdit bodyOnly = Encapsulation.of(patch, List.of("box-2", "box-3"), PORTS);
        assertNull(bodyOnly.refusal(), "a sub-patcher may sit in a body");
        Patch after = apply(patch, bodyOnly);
        assertEquals(Set.of("box-1:3>box-5:0", "box-5:0>box-1:0", "box-1:0>box-4:0"), wiring(after));
    }

    @Test
    void theNewBoxGetsTheNextFreeIdAndKeepsEveryLineOutsideTheSelection() {
        Patch patch = read(CHAIN);
        Patch after = apply(patch, Encapsulation.of(patch, List.of("box-6"), PORTS));
        assertNotNull(after.box("box-7"));
        assertEquals(wiring(patch), wiring(after));
        assertEquals(new Port("box-1", 0), after.line("line-5").src());
    }
}
