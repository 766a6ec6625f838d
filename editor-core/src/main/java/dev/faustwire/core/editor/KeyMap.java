package dev.faustwire.core.editor;

/**
 * The editor's shortcuts, as a person who patches in Max or Pd expects them. {@code key} is the
 * DOM {@code KeyboardEvent.key}; {@code command} is Ctrl, or Cmd on a Mac. Keys typed into a text
 * field never come here.
 */
public final class KeyMap {
    private KeyMap() {
    }

    /** Ctrl+Alt+E: presentation view (Max's Cmd+Alt+E); Ctrl+Alt+P adds the selection to it, Ctrl+Alt+Shift+P removes it. */
    private static Action presentationKey(String key, boolean shift) {
        String k = key.toLowerCase();
        if (k.equals("e") && !shift) {
            return Action.TOGGLE_PRESENTATION;
        }
        return k.equals("p") ? (shift ? Action.REMOVE_FROM_PRESENTATION : Action.ADD_TO_PRESENTATION) : null;
    }

    /** The action of a key press, or null when the editor does nothing with it. */
    public static Action action(String key, boolean command, boolean shift, boolean alt) {
        if (alt) {
            return command ? presentationKey(key, shift) : null;
        }
        String k = key.length() == 1 ? key.toLowerCase() : key;
        if (command) {
            return switch (k) {
                case "z" -> shift ? Action.REDO : Action.UNDO;
                case "y" -> Action.REDO;
                case "a" -> Action.SELECT_ALL;
                case "d" -> shift ? Action.DEENCAPSULATE : Action.DUPLICATE;
                case "c" -> Action.COPY;
                case "x" -> Action.CUT;
                case "v" -> Action.PASTE;
                case "s" -> shift ? Action.SAVE_AS : Action.SAVE;
                case "=", "+" -> Action.ZOOM_IN;
                case "-", "_" -> Action.ZOOM_OUT;
                case "0" -> Action.ZOOM_RESET;
                case "1" -> Action.FIT;
                case "g" -> Action.TOGGLE_SNAP;
                case "e" -> shift ? Action.ENCAPSULATE : Action.TOGGLE_LOCK;
                case "k" -> Action.PALETTE;
                case "p" -> shift ? Action.PALETTE : null;
                case "ArrowUp" -> shift ? null : Action.LEAVE_LEVEL;
                case "ArrowDown" -> shift ? null : Action.ENTER_LEVEL;
                case "j" -> Action.BOX_INFO;
                default -> null;
            };
        }
        return switch (k) {
            case "Delete", "Backspace" -> Action.DELETE;
            case "Escape" -> Action.DESELECT;
            case "Enter" -> shift ? Action.EDIT_BOX_TEXT : Action.EDIT_BOX;
            case "n" -> shift ? Action.NEW_BOX_CONNECTED : Action.NEW_BOX;
            case "c" -> shift ? null : Action.CONNECT;
            case "Tab" -> shift ? Action.FOCUS_PREVIOUS : Action.FOCUS_NEXT;
            case " " -> Action.SELECT_FOCUSED;
            case "ArrowLeft" -> shift ? Action.NUDGE_LEFT_FAR : Action.NUDGE_LEFT;
            case "ArrowRight" -> shift ? Action.NUDGE_RIGHT_FAR : Action.NUDGE_RIGHT;
            case "ArrowUp" -> shift ? Action.NUDGE_UP_FAR : Action.NUDGE_UP;
            case "ArrowDown" -> shift ? Action.NUDGE_DOWN_FAR : Action.NUDGE_DOWN;
            default -> null;
        };
    }
}
