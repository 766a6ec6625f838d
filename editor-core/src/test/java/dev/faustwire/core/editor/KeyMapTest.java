package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shortcuts of Max and Pd, with Ctrl or Cmd. */
class KeyMapTest {
    @Test
    void editingShortcuts() {
        assertEquals(Action.UNDO, KeyMap.action("z", true, false, false));
        assertEquals(Action.REDO, KeyMap.action("Z", true, true, false));
        assertEquals(Action.REDO, KeyMap.action("y", true, false, false));
        assertEquals(Action.SELECT_ALL, KeyMap.action("a", true, false, false));
        assertEquals(Action.DUPLICATE, KeyMap.action("d", true, false, false));
        assertEquals(Action.DELETE, KeyMap.action("Delete", false, false, false));
        assertEquals(Action.DELETE, KeyMap.action("Backspace", false, false, false));
        assertEquals(Action.SAVE, KeyMap.action("s", true, false, false));
        assertEquals(Action.SAVE_AS, KeyMap.action("S", true, true, false));
        assertEquals(Action.NEW_BOX, KeyMap.action("n", false, false, false));
        assertEquals(Action.EDIT_BOX, KeyMap.action("Enter", false, false, false));
        assertEquals(Action.DESELECT, KeyMap.action("Escape", false, false, false));
    }

    @Test
    void clipboardKeysLetTheBrowserFireItsEvents() {
        for (String key : new String[] {"c", "x", "v"}) {
            Action action = KeyMap.action(key, true, false, false);
            assertTrue(action.usesClipboardEvent(), key);
        }
        assertFalse(Action.UNDO.usesClipboardEvent());
    }

    @Test
    void viewShortcuts() {
        assertEquals(Action.ZOOM_IN, KeyMap.action("=", true, false, false));
        assertEquals(Action.ZOOM_IN, KeyMap.action("+", true, true, false));
        assertEquals(Action.ZOOM_OUT, KeyMap.action("-", true, false, false));
        assertEquals(Action.ZOOM_RESET, KeyMap.action("0", true, false, false));
        assertEquals(Action.FIT, KeyMap.action("1", true, false, false));
        assertEquals(Action.TOGGLE_SNAP, KeyMap.action("g", true, false, false));
    }

    @Test
    void arrowsNudgeAndShiftArrowsNudgeFar() {
        assertEquals(Action.NUDGE_LEFT, KeyMap.action("ArrowLeft", false, false, false));
        assertEquals(Action.NUDGE_UP_FAR, KeyMap.action("ArrowUp", false, true, false));
        assertEquals(Action.NUDGE_RIGHT_FAR, KeyMap.action("ArrowRight", false, true, false));
        assertEquals(Action.NUDGE_DOWN, KeyMap.action("ArrowDown", false, false, false));
    }

    @Test
    void otherKeysAndAltCombinationsDoNothing() {
        assertNull(KeyMap.action("q", false, false, false));
        assertNull(KeyMap.action("z", false, false, false), "plain z is no undo");
        assertNull(KeyMap.action("z", true, false, true));
        assertNull(KeyMap.action("C", false, true, false), "Shift+C is no connect");
        assertNull(KeyMap.action("F5", false, false, false));
    }
}
