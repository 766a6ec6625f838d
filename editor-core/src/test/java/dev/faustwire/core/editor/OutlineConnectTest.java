package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.outline.Outlines;
import org.junit.jupiter.api.Test;

/** The outline's connect dialog connects through the editor: at the open level, one undo step, never while locked. */
class OutlineConnectTest {

    @Test
    void aConnectionIsOneUndoStepAndTheOutlineSaysIt() {
        EditorFixture f = new EditorFixture();
        String in = f.type(100, 100, "in 1");
        String out = f.type(100, 250, "out 1");
        assertTrue(f.editor.connect(new Port(in, 0), new Port(out, 0)));
        assertEquals(1, f.model.patch().lines().size());
        Line line = f.model.patch().lines().values().iterator().next();
        assertEquals(new Port(in, 0), line.src());
        assertEquals(new Port(out, 0), line.dest());
        assertEquals("box 2, \u201cout 1\u201d, input 1 from box 1 \u201cin 1\u201d",
                Outlines.of(f.editor.level(), f.editor.portCounts()).item(out).sentence());
        f.editor.perform(Action.UNDO);
        assertEquals(0, f.model.patch().lines().size(), "one undo takes the line away");
        assertEquals(2, f.model.patch().boxes().size(), "and nothing else");
    }

    @Test
    void aLockedPatchOrAMissingBoxIsNotConnected() {
        EditorFixture f = new EditorFixture();
        String in = f.type(100, 100, "in 1");
        String out = f.type(100, 250, "out 1");
        assertFalse(f.editor.connect(new Port(in, 0), new Port("box-99", 0)));
        f.editor.setLocked(true);
        assertFalse(f.editor.connect(new Port(in, 0), new Port(out, 0)));
        assertEquals(0, f.model.patch().lines().size());
    }

    @Test
    void insideASubPatcherTheLineIsMadeThere() {
        Patch inner = Patch.EMPTY
                .withBox("box-1", new Box("box-1", "in 1", new Rect(10, 10, 40, 22)))
                .withBox("box-2", new Box("box-2", "out 1", new Rect(10, 80, 40, 22)));
        Patch top = Patch.EMPTY.withBox("box-9", new Box("box-9", "p inner", new Rect(10, 10, 60, 22))
                .withSubpatch(inner));
        EditorFixture f = new EditorFixture(top);
        assertTrue(f.editor.enter("box-9"));
        assertTrue(f.editor.connect(new Port("box-1", 0), new Port("box-2", 0)));
        assertEquals(0, f.model.patch().lines().size(), "the top level has no line");
        assertEquals(1, f.model.patch().box("box-9").subpatch().lines().size(), "the sub-patcher has it");
        f.editor.perform(Action.UNDO);
        assertEquals(0, f.model.patch().box("box-9").subpatch().lines().size(), "one undo takes it away");
    }
}
