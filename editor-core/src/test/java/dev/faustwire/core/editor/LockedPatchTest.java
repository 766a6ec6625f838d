package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.view.Point;
import org.junit.jupiter.api.Test;

/** Max's lock (play) mode: Ctrl+E; boxes are played, not moved, selected, edited, deleted or pasted over. */
class LockedPatchTest {
    private static EditorFixture slider() {
        EditorFixture f = new EditorFixture();
        f.type(100, 50, "hslider freq 440 20 2000 1");
        f.type(100, 150, "out 1");
        f.editor.select(Selection.NONE);
        return f;
    }

    @Test
    void ctrlETogglesTheLock() {
        assertEquals(Action.TOGGLE_LOCK, KeyMap.action("e", true, false, false));
        assertEquals(Action.TOGGLE_LOCK, KeyMap.action("E", true, false, false));
        assertNull(KeyMap.action("e", false, false, false));
        EditorFixture f = slider();
        assertFalse(f.editor.locked());
        assertTrue(f.editor.perform(Action.TOGGLE_LOCK));
        assertTrue(f.editor.locked());
        f.editor.perform(Action.TOGGLE_LOCK);
        assertFalse(f.editor.locked());
    }

    @Test
    void aDragOnABoxPlaysItAndDoesNotMoveOrSelectIt() {
        EditorFixture f = slider();
        String before = f.file();
        f.editor.setLocked(true);
        Point at = f.screen(centre(f, "box-1"));
        f.editor.pointerDown(at.x(), at.y(), 0, false, false);
        f.editor.pointerMove(at.x() + 40, at.y() + 5);
        Gesture.Playing playing = assertInstanceOf(Gesture.Playing.class, f.editor.state().gesture());
        assertEquals("box-1", playing.boxId());
        assertEquals(40, playing.screenCurrent().x() - playing.screenStart().x(), 1e-9);
        f.editor.pointerUp(at.x() + 80, at.y());
        assertInstanceOf(Gesture.Idle.class, f.editor.state().gesture());
        assertEquals(before, f.file(), "the box did not move");
        assertTrue(f.editor.state().selection().boxes().isEmpty(), "nothing selected");
        assertEquals("pointer", f.editor.cursorAt(at.x(), at.y(), false));

        f.editor.setLocked(false);
        f.drag(centre(f, "box-1"), centre(f, "box-1").plus(40, 0));
        assertEquals(140, f.box("box-1").rect().x(), 1e-9, "unlocked, the same drag moves it");
    }

    @Test
    void aDragOnEmptyCanvasSelectsNothingAndNoWireStartsFromAPort() {
        EditorFixture f = slider();
        f.editor.setLocked(true);
        f.drag(new Point(400, 400), new Point(20, 20));
        assertTrue(f.editor.state().selection().boxes().isEmpty());
        String before = f.file();
        f.wire("box-1", 0, "box-2", 0);
        assertEquals(before, f.file(), "no line");
    }

    @Test
    void nothingIsEditedWhileLocked() {
        EditorFixture f = slider();
        f.editor.select(Selection.ofBox("box-1"));
        String copied = f.editor.copy();
        f.editor.setLocked(true);
        assertTrue(f.editor.state().selection().boxes().isEmpty(), "locking drops the selection");
        Point at = f.screen(centre(f, "box-1"));
        assertNull(f.editor.doubleClick(at.x(), at.y()), "no text field on a box");
        assertNull(f.editor.doubleClick(500, 500), "no new box");
        String before = f.file();
        f.editor.select(Selection.ofBox("box-1"));
        for (Action a : new Action[] {Action.DELETE, Action.DUPLICATE, Action.NUDGE_LEFT, Action.NUDGE_DOWN_FAR}) {
            assertFalse(f.editor.allows(a), a.name());
            assertFalse(f.editor.perform(a), a.name());
        }
        assertFalse(f.editor.allows(Action.NEW_BOX));
        assertFalse(f.editor.allows(Action.EDIT_BOX));
        assertTrue(f.editor.allows(Action.ZOOM_IN));
        assertNull(f.editor.cut());
        assertFalse(f.editor.paste(copied));
        f.editor.commitText(new TextField(null, new Point(300, 300), 45, "", false), "os.osc");
        assertEquals(before, f.file(), "no edit went through");
        f.editor.setLocked(false);
        assertTrue(f.editor.perform(Action.DELETE));
        assertEquals(1, f.model.patch().boxes().size(), "unlocked, Delete deletes");
    }

    @Test
    void theViewStillPansAndZoomsAndUnlockingKeepsThePatch() {
        EditorFixture f = slider();
        f.editor.setLocked(true);
        double before = f.editor.state().view().offsetX();
        f.editor.pointerDown(400, 400, 1, false, false);
        f.editor.pointerMove(450, 400);
        f.editor.pointerUp(450, 400);
        assertEquals(before + 50, f.editor.state().view().offsetX(), 1e-9, "the middle button pans");
        f.editor.pointerDown(400, 400, 0, false, true);
        f.editor.pointerMove(380, 400);
        f.editor.pointerUp(380, 400);
        assertEquals(before + 30, f.editor.state().view().offsetX(), 1e-9, "Space and drag pans");
        double scale = f.editor.state().view().scale();
        assertTrue(f.editor.perform(Action.ZOOM_IN));
        assertTrue(f.editor.state().view().scale() > scale);
        assertEquals("default", f.editor.cursorAt(700, 500, false), "the arrow over empty canvas");
        assertTrue(f.editor.perform(Action.UNDO), "undo still works: it changes nothing a locked patch shows as edited");
    }

    @Test
    void aPressOnAPortPlaysItsBoxAndARightClickDoesNothing() {
        EditorFixture f = slider();
        f.editor.setLocked(true);
        Point outlet = f.screen(f.box("box-1").outlet(0).plus(0, -1));
        f.editor.pointerDown(outlet.x(), outlet.y(), 0, false, false);
        assertEquals("box-1", assertInstanceOf(Gesture.Playing.class, f.editor.state().gesture()).boxId());
        f.editor.pointerUp(outlet.x(), outlet.y());
        Point at = f.screen(centre(f, "box-1"));
        f.editor.pointerDown(at.x(), at.y(), 2, false, false);
        assertInstanceOf(Gesture.Idle.class, f.editor.state().gesture());
        f.editor.pointerUp(at.x(), at.y());
        f.editor.pointerDown(at.x(), at.y(), 0, false, false);
        f.editor.setLocked(false);
        assertInstanceOf(Gesture.Idle.class, f.editor.state().gesture(), "unlocking ends a play gesture");
    }

    private static Point centre(EditorFixture f, String id) {
        var r = f.box(id).rect();
        return new Point(r.x() + r.width() / 2, r.y() + r.height() / 2);
    }
}
