package dev.faustwire.core.editor;

/** What a key press asks of the editor; see {@link KeyMap}. */
public enum Action {
    UNDO, REDO, DELETE, DUPLICATE, SELECT_ALL, DESELECT,
    /** Copy, cut and paste go through the browser's clipboard events: the page must not stop the key. */
    COPY(true), CUT(true), PASTE(true),
    /** Opens the text field of a new box at the pointer (Max's {@code n}). */
    NEW_BOX,
    /** Opens the text field of the one selected box. */
    EDIT_BOX,
    NUDGE_LEFT, NUDGE_RIGHT, NUDGE_UP, NUDGE_DOWN,
    NUDGE_LEFT_FAR, NUDGE_RIGHT_FAR, NUDGE_UP_FAR, NUDGE_DOWN_FAR,
    ZOOM_IN, ZOOM_OUT, ZOOM_RESET, FIT,
    TOGGLE_SNAP,
    /** Locks the patch for playing its UI boxes, or unlocks it for editing (Max's Ctrl+E). */
    TOGGLE_LOCK,
    FOCUS_NEXT, FOCUS_PREVIOUS, FOCUS_LEFT, FOCUS_RIGHT, FOCUS_UP, FOCUS_DOWN, SELECT_FOCUSED, CONNECT, NEW_BOX_CONNECTED, PALETTE,
    ENCAPSULATE, DEENCAPSULATE, ENTER_LEVEL, LEAVE_LEVEL, EDIT_BOX_TEXT,
    TOGGLE_PRESENTATION, ADD_TO_PRESENTATION, REMOVE_FROM_PRESENTATION,
    /** Shows and focuses the inspector of the selected box (Max's box info, Ctrl+J). */ BOX_INFO,
    SAVE, SAVE_AS;

    private final boolean clipboard;

    Action() {
        this(false);
    }

    Action(boolean clipboard) {
        this.clipboard = clipboard;
    }

    /** True when the browser must see the key, so that it fires its clipboard event. */
    public boolean usesClipboardEvent() {
        return clipboard;
    }

    /** True for actions that change the patch or open a box's text, which a locked patch refuses. */
    public boolean edits() {
        return switch (this) {
            case DELETE, DUPLICATE, CUT, PASTE, NEW_BOX, EDIT_BOX, ENCAPSULATE, DEENCAPSULATE, EDIT_BOX_TEXT, NUDGE_LEFT, NUDGE_RIGHT, NUDGE_UP, NUDGE_DOWN,
                    NUDGE_LEFT_FAR, NUDGE_RIGHT_FAR, NUDGE_UP_FAR, NUDGE_DOWN_FAR,
                    ADD_TO_PRESENTATION, REMOVE_FROM_PRESENTATION -> true;
            case CONNECT, NEW_BOX_CONNECTED -> true;
            default -> false;
        };
    }
}
