package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The keys of keyboard-only patching in the key map, and which of them a locked patch refuses. */
class KeyboardKeyMapTest {
    @Test
    void tabAndShiftTabMoveTheFocus() {
        assertEquals(Action.FOCUS_NEXT, KeyMap.action("Tab", false, false, false));
        assertEquals(Action.FOCUS_PREVIOUS, KeyMap.action("Tab", false, true, false));
        assertNull(KeyMap.action("Tab", false, false, true), "Alt+Tab is the system's");
    }

    @Test
    void cConnectsNNewBoxShiftNConnectsItSpaceSelects() {
        assertEquals(Action.CONNECT, KeyMap.action("c", false, false, false));
        assertNull(KeyMap.action("C", false, true, false));
        assertEquals(Action.COPY, KeyMap.action("c", true, false, false), "Ctrl+C stays copy");
        assertEquals(Action.NEW_BOX, KeyMap.action("n", false, false, false));
        assertEquals(Action.NEW_BOX_CONNECTED, KeyMap.action("N", false, true, false));
        assertEquals(Action.SELECT_FOCUSED, KeyMap.action(" ", false, false, false));
    }

    @Test
    void ctrlKAndCtrlShiftPOpenThePalette() {
        assertEquals(Action.PALETTE, KeyMap.action("k", true, false, false));
        assertEquals(Action.PALETTE, KeyMap.action("K", true, true, false));
        assertEquals(Action.PALETTE, KeyMap.action("P", true, true, false));
        assertNull(KeyMap.action("p", true, false, false), "Ctrl+P is the browser's print");
        assertNull(KeyMap.action("k", false, false, false));
    }

    @Test
    void connectingAndNewBoxesAreEditsTheRestIsNot() {
        assertTrue(Action.CONNECT.edits());
        assertTrue(Action.NEW_BOX_CONNECTED.edits());
        for (Action a : new Action[] {Action.FOCUS_NEXT, Action.FOCUS_PREVIOUS, Action.FOCUS_LEFT, Action.FOCUS_RIGHT,
                Action.FOCUS_UP, Action.FOCUS_DOWN, Action.SELECT_FOCUSED, Action.PALETTE}) {
            assertFalse(a.edits(), a + " works in a locked patch");
            assertFalse(a.usesClipboardEvent());
        }
    }

    @Test
    void shortcutTextsSpellModifiersInOneOrder() {
        assertEquals("Ctrl+Alt+Shift+X", new ActionCatalog.Shortcut("x", true, true, true).text());
        assertEquals("Shift+Tab", new ActionCatalog.Shortcut("Tab", false, true, false).text());
        assertEquals("→", new ActionCatalog.Shortcut("ArrowRight", false, false, false).text());
        assertEquals("Space", new ActionCatalog.Shortcut(" ", false, false, false).text());
        assertEquals("Escape", new ActionCatalog.Shortcut("Escape", false, false, false).text());
        assertEquals("Ctrl+0", new ActionCatalog.Shortcut("0", true, false, false).text());
    }
}
