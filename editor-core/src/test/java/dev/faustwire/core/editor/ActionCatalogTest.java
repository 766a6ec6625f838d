package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command palette's list: every action named, every shortcut what the key map does. */
class ActionCatalogTest {
    @Test
    void everyActionHasALabelAndIsListedOnce() {
        List<Action> listed = new ArrayList<>();
        for (ActionCatalog.Entry entry : ActionCatalog.entries()) {
            assertNotNull(entry.label(), entry.action() + " has no label in ActionCatalog");
            assertFalse(entry.label().isBlank(), entry.action().name());
            listed.add(entry.action());
        }
        assertEquals(List.of(Action.values()), listed);
    }

    @Test
    void everyShortcutShownIsWhatTheKeyMapDoes() {
        for (Action action : Action.values()) {
            for (ActionCatalog.Shortcut s : ActionCatalog.shortcuts(action)) {
                Action mapped = KeyMap.action(s.key(), s.command(), s.shift(), s.alt());
                Action expected = switch (action) {
                    case FOCUS_LEFT -> Action.NUDGE_LEFT;
                    case FOCUS_RIGHT -> Action.NUDGE_RIGHT;
                    case FOCUS_UP -> Action.NUDGE_UP;
                    case FOCUS_DOWN -> Action.NUDGE_DOWN;
                    default -> action;
                };
                assertEquals(expected, mapped, s.text() + " is shown for " + action);
            }
        }
    }

    @Test
    void shortcutTextsReadAsTheReadmeWritesThem() {
        assertEquals("Ctrl+K or Ctrl+Shift+P", ActionCatalog.shortcutText(Action.PALETTE));
        assertEquals("Ctrl+Z", ActionCatalog.shortcutText(Action.UNDO));
        assertEquals("Ctrl+Y or Ctrl+Shift+Z", ActionCatalog.shortcutText(Action.REDO));
        assertEquals("Delete or Backspace", ActionCatalog.shortcutText(Action.DELETE));
        assertEquals("Tab", ActionCatalog.shortcutText(Action.FOCUS_NEXT));
        assertEquals("Shift+Tab", ActionCatalog.shortcutText(Action.FOCUS_PREVIOUS));
        assertEquals("C", ActionCatalog.shortcutText(Action.CONNECT));
        assertEquals("N", ActionCatalog.shortcutText(Action.NEW_BOX));
        assertEquals("Shift+N", ActionCatalog.shortcutText(Action.NEW_BOX_CONNECTED));
        assertEquals("Space", ActionCatalog.shortcutText(Action.SELECT_FOCUSED));
        assertEquals("Ctrl+=", ActionCatalog.shortcutText(Action.ZOOM_IN));
        assertEquals("← (nothing selected)", ActionCatalog.shortcutText(Action.FOCUS_LEFT));
        assertEquals("← (with a selection)", ActionCatalog.shortcutText(Action.NUDGE_LEFT));
        assertEquals("Shift+↓", ActionCatalog.shortcutText(Action.NUDGE_DOWN_FAR));
        assertEquals("Ctrl+Shift+S", ActionCatalog.shortcutText(Action.SAVE_AS));
    }

    @Test
    void theFilterKeepsEntriesHoldingEveryWord() {
        List<Action> zoom = new ArrayList<>();
        for (ActionCatalog.Entry e : ActionCatalog.matching("  ZOOM  ")) {
            zoom.add(e.action());
        }
        assertEquals(List.of(Action.ZOOM_IN, Action.ZOOM_OUT), zoom);
        assertEquals(Action.FIT, ActionCatalog.matching("fit content").get(0).action());
        assertEquals(Action.PALETTE, ActionCatalog.matching("ctrl+k").get(0).action(), "a shortcut finds its command");
        assertTrue(ActionCatalog.matching("no such command").isEmpty());
        assertEquals(Action.values().length, ActionCatalog.matching("").size());
    }
}
