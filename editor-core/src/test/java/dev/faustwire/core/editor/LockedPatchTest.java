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

    private static Point centre(EditorFixture f, String id) {
        var r = f.box(id).rect();
        return new Point(r.x() + r.width() / 2, r.y() + r.height() / 2);
    }
}
