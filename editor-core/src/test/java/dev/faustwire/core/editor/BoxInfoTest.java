package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.edit.Command;
import dev.faustwire.core.edit.EditingModel;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.PortCounts;
import org.junit.jupiter.api.Test;

/** Max's box info (Ctrl+J) and the inspector's way of changing a box text: one undo step, as typing it. */
class BoxInfoTest {
    /** Two inlets for "+", one for "+ 1", one outlet each; a slider has none in and one out. */
    private static final PortCounts COUNTS = box -> box.text().startsWith("hslider") ? new PortCounts.Ports(0, 1, true)
            : new PortCounts.Ports(box.text().equals("+") ? 2 : 1, 1, true);

    private static PatchEditor editor() {
        EditingModel model = new EditingModel(Patch.EMPTY);
        model.apply(new Command.AddBox(new Box("box-1", "hslider freq 440 20 2000 1", new Rect(10, 10, 150, 22))));
        model.apply(new Command.AddBox(new Box("box-2", "+", new Rect(10, 60, 40, 22))));
        model.apply(new Command.Connect(new Port("box-1", 0), new Port("box-2", 1)));
        return new PatchEditor(model, COUNTS);
    }

    @Test
    void ctrlJIsBoxInfoAndAPlainJIsNothing() {
        assertEquals(Action.BOX_INFO, KeyMap.action("j", true, false, false));
        assertEquals(Action.BOX_INFO, KeyMap.action("J", true, false, false));
        assertNull(KeyMap.action("j", false, false, false));
    }

    @Test
    void boxInfoIsNoEditSoALockedPatchAllowsIt() {
        PatchEditor editor = editor();
        editor.setLocked(true);
        assertFalse(Action.BOX_INFO.edits());
        assertTrue(editor.allows(Action.BOX_INFO));
        assertFalse(editor.perform(Action.BOX_INFO), "the page, not the editor, shows the inspector");
    }

    @Test
    void settingABoxTextIsOneUndoStep() {
        PatchEditor editor = editor();
        assertTrue(editor.setBoxText("box-1", "hslider freq 440 20 5000 1"));
        assertEquals("hslider freq 440 20 5000 1", editor.level().box("box-1").text());
        assertEquals("edit text", editor.model().undoLabel());
        editor.model().undo();
        assertEquals("hslider freq 440 20 2000 1", editor.level().box("box-1").text());
        assertEquals("connect", editor.model().undoLabel());
    }

    @Test
    void aTextThatDropsAnInletTakesItsLineInTheSameStep() {
        PatchEditor editor = editor();
        assertTrue(editor.setBoxText("box-2", "+ 1"));
        assertTrue(editor.level().lines().isEmpty());
        editor.model().undo();
        assertEquals("+", editor.level().box("box-2").text());
        Line line = editor.level().lines().values().iterator().next();
        assertEquals(new Port("box-2", 1), line.dest());
    }

    @Test
    void aLockedPatchOrAMissingBoxRefuses() {
        PatchEditor editor = editor();
        assertFalse(editor.setBoxText("box-9", "+ 2"));
        editor.setLocked(true);
        assertFalse(editor.setBoxText("box-1", "hslider freq 440 20 5000 1"));
        assertEquals("hslider freq 440 20 2000 1", editor.level().box("box-1").text());
    }

    @Test
    void aCommentsNoteIsNotABoxTextSoItIsRefused() {
        PatchEditor editor = editor();
        editor.commitText(new TextField(null, new dev.faustwire.core.view.Point(200, 200), 60, "", false), "comment a note");
        String comment = editor.state().selection().boxes().iterator().next();
        assertFalse(editor.setBoxText(comment, "comment another"));
        assertEquals("comment", editor.level().box(comment).text());
    }

    @Test
    void theSameTextAgainIsNoUndoStep() {
        PatchEditor editor = editor();
        assertTrue(editor.setBoxText("box-1", "hslider freq 440 20 2000 1"));
        assertEquals("connect", editor.model().undoLabel());
    }
}
