package dev.faustwire.core.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * Every action with its label and its shortcuts, in the order of {@link Action}: what the command
 * palette lists. The shortcuts are found by asking {@link KeyMap} about every key a person can
 * press, so the palette and the keys can never disagree.
 */
public final class ActionCatalog {
    /** Keys asked about, in the order their shortcuts are shown ({@code +} and {@code _} are the shifted {@code =} and {@code -}). */
    private static final String[] KEYS = {
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u",
        "v", "w", "x", "y", "z", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "=", "-",
        "Enter", "Escape", "Delete", "Backspace", "Tab", " ", "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown",
    };

    /** A key with its modifiers ({@code command}: Ctrl, or Cmd on a Mac), as {@link KeyMap} reads it. */
    public record Shortcut(String key, boolean command, boolean shift, boolean alt) {
        /** As the README and the palette write it: {@code Ctrl+Shift+Z}, {@code Space}, {@code ←}. */
        public String text() {
            return (command ? "Ctrl+" : "") + (alt ? "Alt+" : "") + (shift ? "Shift+" : "") + keyText(key);
        }
    }

    /** One line of the palette. */
    public record Entry(Action action, String label, List<Shortcut> shortcuts, String shortcutText) {
    }

    private ActionCatalog() {
    }

    /** Every action, in palette order. */
    public static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Action action : Action.values()) {
            entries.add(new Entry(action, label(action), shortcuts(action), shortcutText(action)));
        }
        return entries;
    }

    /** The entries whose label or shortcut holds every word of the query, ignoring case. */
    public static List<Entry> matching(String query) {
        List<String> words = words(query.toLowerCase());
        List<Entry> found = new ArrayList<>();
        for (Entry entry : entries()) {
            String text = (entry.label() + " " + entry.shortcutText()).toLowerCase();
            boolean all = true;
            for (String word : words) {
                all &= text.contains(word);
            }
            if (all) {
                found.add(entry);
            }
        }
        return found;
    }

    /**
     * The key presses {@link KeyMap} turns into this action, the fewest modifiers first, one per key.
     * The focus moves of the arrows share the nudges' keys: which one an arrow does depends on
     * whether anything is selected ({@link KeyboardEditing}).
     */
    public static List<Shortcut> shortcuts(Action action) {
        Action asked = switch (action) {
            case FOCUS_LEFT -> Action.NUDGE_LEFT;
            case FOCUS_RIGHT -> Action.NUDGE_RIGHT;
            case FOCUS_UP -> Action.NUDGE_UP;
            case FOCUS_DOWN -> Action.NUDGE_DOWN;
            default -> action;
        };
        List<Shortcut> found = new ArrayList<>();
        for (String key : KEYS) {
            for (int modifiers = 0; modifiers < 8; modifiers++) {
                boolean shift = (modifiers & 1) != 0;
                boolean command = (modifiers & 2) != 0;
                boolean alt = (modifiers & 4) != 0;
                if (KeyMap.action(key, command, shift, alt) == asked) {
                    found.add(new Shortcut(key, command, shift, alt));
                    break;
                }
            }
        }
        found.sort((a, b) -> Integer.compare(weight(a), weight(b)));
        return found;
    }

    /** The shortcuts as one text, {@code Ctrl+K or Ctrl+Shift+P}; empty when the action has none. */
    public static String shortcutText(Action action) {
        StringBuilder text = new StringBuilder();
        for (Shortcut shortcut : shortcuts(action)) {
            text.append(text.length() == 0 ? "" : " or ").append(shortcut.text());
        }
        return switch (action) {
            case FOCUS_LEFT, FOCUS_RIGHT, FOCUS_UP, FOCUS_DOWN -> text + " (nothing selected)";
            case NUDGE_LEFT, NUDGE_RIGHT, NUDGE_UP, NUDGE_DOWN -> text + " (with a selection)";
            default -> text.toString();
        };
    }

    /** What the palette calls an action; null for an action nobody has named yet (a test catches it). */
    public static String label(Action action) {
        return switch (action) {
            case UNDO -> "Undo";
            case REDO -> "Redo";
            case DELETE -> "Delete the selection (or the focused box)";
            case DUPLICATE -> "Duplicate";
            case SELECT_ALL -> "Select all";
            case DESELECT -> "Deselect, then leave the focus";
            case COPY -> "Copy";
            case CUT -> "Cut";
            case PASTE -> "Paste";
            case NEW_BOX -> "New box";
            case EDIT_BOX -> "Edit the box's text";
            case NUDGE_LEFT -> "Nudge left";
            case NUDGE_RIGHT -> "Nudge right";
            case NUDGE_UP -> "Nudge up";
            case NUDGE_DOWN -> "Nudge down";
            case NUDGE_LEFT_FAR -> "Nudge left by 10";
            case NUDGE_RIGHT_FAR -> "Nudge right by 10";
            case NUDGE_UP_FAR -> "Nudge up by 10";
            case NUDGE_DOWN_FAR -> "Nudge down by 10";
            case ZOOM_IN -> "Zoom in";
            case ZOOM_OUT -> "Zoom out";
            case ZOOM_RESET -> "Actual size";
            case FIT -> "Fit to content";
            case TOGGLE_SNAP -> "Snap to grid";
            case TOGGLE_LOCK -> "Lock to play (or unlock to edit)";
            case FOCUS_NEXT -> "Focus the next box";
            case FOCUS_PREVIOUS -> "Focus the previous box";
            case FOCUS_LEFT -> "Focus the box to the left";
            case FOCUS_RIGHT -> "Focus the box to the right";
            case FOCUS_UP -> "Focus the box above";
            case FOCUS_DOWN -> "Focus the box below";
            case SELECT_FOCUSED -> "Select the focused box (or unselect it)";
            case CONNECT -> "Connect from the focused box";
            case NEW_BOX_CONNECTED -> "New box connected from the focused box";
            case PALETTE -> "Command palette";
            case ENCAPSULATE -> "Encapsulate the selection in a sub-patcher";
            case DEENCAPSULATE -> "De-encapsulate the selected sub-patcher";
            case ENTER_LEVEL -> "Open the selected sub-patcher";
            case LEAVE_LEVEL -> "Up a level";
            case EDIT_BOX_TEXT -> "Edit the box's text (a sub-patcher's too)";
            case BOX_INFO -> "Box info: the inspector of the selected box";
            case TOGGLE_PRESENTATION -> "Presentation view (or back to the patch)";
            case ADD_TO_PRESENTATION -> "Add the selected UI boxes to the presentation";
            case REMOVE_FROM_PRESENTATION -> "Remove the selected boxes from the presentation";
            case SAVE -> "Save";
            case SAVE_AS -> "Save as";
            default -> null;
        };
    }

    private static int weight(Shortcut shortcut) {
        return (shortcut.command() ? 2 : 0) + (shortcut.shift() ? 1 : 0) + (shortcut.alt() ? 4 : 0);
    }

    private static String keyText(String key) {
        return switch (key) {
            case " " -> "Space";
            case "ArrowLeft" -> "←";
            case "ArrowRight" -> "→";
            case "ArrowUp" -> "↑";
            case "ArrowDown" -> "↓";
            default -> key.length() == 1 ? key.toUpperCase() : key;
        };
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) {
                    words.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return words;
    }
}
