package dev.faustwire.core.subpatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Rect;
import org.junit.jupiter.api.Test;

/** What the sub-patcher commands read from a box's text. */
class SubpatchBoxesTest {
    private static Box box(String text) {
        return new Box("box-1", text, new Rect(0, 0, 45, 22));
    }

    @Test
    void subPatchersAndTheFilesTheyName() {
        assertTrue(SubpatchBoxes.isSubpatcher(box("p")));
        assertTrue(SubpatchBoxes.isSubpatcher(box("patcher reverb")));
        assertFalse(SubpatchBoxes.isSubpatcher(box("pm.djembe 60")));
        assertEquals("./lp.dsppat", SubpatchBoxes.fileReference(box("p ./lp.dsppat")));
        assertEquals("filters/lp", SubpatchBoxes.fileReference(box("patcher filters/lp")));
        assertEquals("lp.json", SubpatchBoxes.fileReference(box("p lp.json")));
        assertNull(SubpatchBoxes.fileReference(box("p reverb")));
        assertNull(SubpatchBoxes.fileReference(box("code ./x.json")));
        assertNull(SubpatchBoxes.fileReference(box("p")));
    }

    @Test
    void inAndOutNumbers() {
        assertEquals(3, SubpatchBoxes.inNumber(box("in 3")));
        assertEquals(-1, SubpatchBoxes.inNumber(box("out 3")));
        assertEquals(12, SubpatchBoxes.outNumber(box("out 12")));
        assertEquals(-1, SubpatchBoxes.outNumber(box("out x")));
        assertEquals(-1, SubpatchBoxes.outNumber(box("out 123456789")));
    }

    @Test
    void iterationsAndTheirAttributes() {
        assertTrue(SubpatchBoxes.isIteration(box("seq 3")));
        assertFalse(SubpatchBoxes.isIteration(box("parallel")));
        assertEquals(2, SubpatchBoxes.intAttribute(box("par 4 @ins 2 @outs 3"), "ins", 0));
        assertEquals(3, SubpatchBoxes.intAttribute(box("par 4 @ins 2 @outs 3"), "outs", 1));
        assertEquals(1, SubpatchBoxes.intAttribute(box("sum 4"), "outs", 1));
        assertEquals(0, SubpatchBoxes.intAttribute(box("par 4 @ins x"), "ins", 0));
    }

    @Test
    void anUnreadableTextIsNoKindAtAll() {
        Box broken = box("p \"unclosed");
        assertEquals("", SubpatchBoxes.name(broken));
        assertFalse(SubpatchBoxes.isSubpatcher(broken));
        assertEquals(-1, SubpatchBoxes.inNumber(broken));
    }
}
