package dev.faustwire.core.editor;

import dev.faustwire.core.edit.Command;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.view.BoxGeometry;
import dev.faustwire.core.view.Point;
import java.util.Collection;

/**
 * Patching without a mouse. The focus is the box the keyboard is on (a ring); the selection is
 * what edits act on. Tab and Shift+Tab move the focus in reading order, the arrows move it to the
 * nearest box when nothing is selected (with a selection they nudge it, as in Max); moving the
 * focus away drops a selection of just the box it leaves, so the ring and the selection never
 * disagree about what Enter, Delete or Ctrl+D act on. With nothing selected those act on the
 * focused box; Space selects it (or unselects it); {@code c} starts {@link ConnectMode}; {@code n}
 * (without a pointer over the canvas) opens a new box below it, and Shift+N also connects it.
 * Escape leaves in turn connect mode, the selection, then the focus. {@link #status} says what
 * happened, for the page to announce.
 */
public final class KeyboardEditing {
    /** Room between a box and the new box {@code n} opens below it, for the line. */
    static final double GAP = 30;

    /** What the page does after {@link #handle}. */
    public enum Outcome {
        /** Not a key of keyboard patching here: the page goes on as before. */
        NOT_MINE,
        /** Done: the page stops the key and repaints. */
        DONE,
        /** Tab past the last box: the page lets the browser move its focus out of the canvas. */
        LEAVE,
        /** The page opens {@link #field()}. */
        FIELD
    }

    private final PatchEditor editor;
    private ConnectMode connect;
    private String status = "";
    private TextField field;
    /** The selection Space made last: moving the focus keeps it, so several boxes can be chosen. */
    private Selection spaceMade;

    KeyboardEditing(PatchEditor editor) {
        this.editor = editor;
    }

    /** Connect mode in progress, or null. */
    public ConnectMode connectMode() {
        if (connect != null && !connect.valid(editor.level(), editor.layout())) {
            connect = null; // an undo took a box away
            status = "Connect cancelled: the box is gone.";
        }
        return connect;
    }

    /** What the last key did, in words for a screen reader; empty when there is nothing to say. */
    public String status() {
        return status;
    }

    /** The field to open after {@link Outcome#FIELD}. */
    public TextField field() {
        return field;
    }

    /**
     * The pointer pressed on the canvas (after the editor saw it): connect mode ends, the status
     * goes, and a press on empty canvas leaves the focus too, so that Delete after a click on
     * nothing deletes nothing, as in Max.
     */
    public void pointerUsed() {
        connect = null;
        status = "";
        if (editor.state().gesture() instanceof Gesture.Marquee) {
            editor.focus(null);
        }
    }

    /** Acts on a key's action where keyboard patching has a say. */
    public Outcome handle(Action action) {
        if (action == null || !editor.allows(action)) {
            return Outcome.NOT_MINE;
        }
        if (connectMode() != null) {
            return connectKey(action);
        }
        String focused = editor.focused();
        Selection selection = editor.state().selection();
        switch (action) {
            case FOCUS_NEXT, FOCUS_PREVIOUS -> {
                String next = FocusOrder.step(boxes(), focused, action == Action.FOCUS_NEXT);
                moveFocus(focused, next);
                if (next == null) {
                    status = "Left the boxes.";
                    return Outcome.LEAVE;
                }
                return Outcome.DONE;
            }
            case NUDGE_LEFT, NUDGE_RIGHT, NUDGE_UP, NUDGE_DOWN -> {
                return selection.isEmpty() ? arrow(focused, direction(action)) : Outcome.NOT_MINE;
            }
            case FOCUS_LEFT, FOCUS_RIGHT, FOCUS_UP, FOCUS_DOWN -> {
                return arrow(focused, direction(action));
            }
            case EDIT_BOX, DUPLICATE -> {
                if (focused != null && selection.isEmpty()) {
                    editor.select(Selection.ofBox(focused)); // the page edits (or duplicates) the selection
                }
                return Outcome.NOT_MINE;
            }
            case DELETE -> {
                if (focused == null || !selection.isEmpty()) {
                    return Outcome.NOT_MINE;
                }
                String next = FocusOrder.step(boxes(), focused, true);
                String said = ConnectMode.name(editor.level(), focused);
                editor.apply(Edits.delete(Selection.ofBox(focused)));
                editor.focus(next != null ? next : FocusOrder.step(boxes(), null, false));
                status = "Deleted " + said + "." + (editor.focused() == null ? "" : " " + describe(editor.focused()));
                return Outcome.DONE;
            }
            case DESELECT -> {
                if (!selection.isEmpty() || focused == null
                        || !(editor.state().gesture() instanceof Gesture.Idle)) {
                    return Outcome.NOT_MINE;
                }
                editor.focus(null);
                status = "No box has the focus.";
                return Outcome.DONE;
            }
            case SELECT_FOCUSED -> {
                if (focused == null) {
                    return Outcome.DONE;
                }
                spaceMade = selection.toggleBox(focused);
                editor.select(spaceMade);
                editor.focus(focused);
                status = describe(focused);
                return Outcome.DONE;
            }
            case CONNECT -> {
                return startConnect(focused != null ? focused
                        : selection.boxes().size() == 1 ? selection.boxes().iterator().next() : null);
            }
            case NEW_BOX, NEW_BOX_CONNECTED -> {
                return newBox(focused, action == Action.NEW_BOX_CONNECTED);
            }
            default -> {
                return Outcome.NOT_MINE;
            }
        }
    }

    private Outcome arrow(String focused, FocusOrder.Direction direction) {
        if (focused == null) {
            String first = FocusOrder.step(boxes(), null, true);
            moveFocus(null, first);
            return Outcome.DONE;
        }
        String next = FocusOrder.nearest(boxes(), focused, direction);
        if (next == null) {
            status = "No box " + words(direction) + " " + ConnectMode.name(editor.level(), focused) + ".";
        } else {
            moveFocus(focused, next);
        }
        return Outcome.DONE;
    }

    private void moveFocus(String from, String to) {
        Selection selection = editor.state().selection();
        if (from != null && selection.equals(Selection.ofBox(from)) && !selection.equals(spaceMade)) {
            editor.select(Selection.NONE); // the box just typed or clicked: the focus leaves it, so does the selection
        }
        editor.focus(to);
        status = to == null ? "" : describe(to);
    }

    private Outcome newBox(String focused, boolean connected) {
        if (focused == null || editor.pointer() != null) {
            field = editor.newBoxField(); // at the pointer, as in Max, or at the view's corner
        } else {
            field = below(focused);
        }
        if (connected && focused != null) {
            editor.connectOnCommit(field, focused);
            status = "New box, connected from outlet 1 of " + ConnectMode.name(editor.level(), focused) + ".";
        } else {
            status = focused == null || editor.pointer() != null ? "New box."
                    : "New box below " + ConnectMode.name(editor.level(), focused) + ".";
        }
        return Outcome.FIELD;
    }

    /** A field below a box, lower still when another box is in the way. */
    private TextField below(String boxId) {
        BoxGeometry box = editor.layout().box(boxId);
        double x = box.rect().x();
        double y = box.rect().y() + box.rect().height() + GAP;
        double width = Math.max(box.rect().width(), BoxGeometry.MIN_WIDTH);
        for (int tries = 0; tries < 200 && overlaps(x, y, width); tries++) {
            y += BoxGeometry.BOX_HEIGHT / 2;
        }
        return new TextField(null, new Point(x, y), BoxGeometry.MIN_WIDTH, "", false);
    }

    private boolean overlaps(double x, double y, double width) {
        double margin = 4;
        for (BoxGeometry other : boxes()) {
            boolean apartX = other.rect().x() >= x + width + margin || other.rect().x() + other.rect().width() + margin <= x;
            boolean apartY = other.rect().y() >= y + BoxGeometry.BOX_HEIGHT + margin
                    || other.rect().y() + other.rect().height() + margin <= y;
            if (!apartX && !apartY) {
                return true;
            }
        }
        return false;
    }

    private Outcome startConnect(String source) {
        if (source == null) {
            status = "Focus a box first (Tab), then press c to connect from it.";
            return Outcome.DONE;
        }
        connect = ConnectMode.start(editor.level(), editor.layout(), source);
        status = connect == null ? ConnectMode.name(editor.level(), source) + " has no outlet." : connect.status();
        return Outcome.DONE;
    }

    private Outcome connectKey(Action action) {
        Patch level = editor.level();
        switch (action) {
            case DESELECT -> {
                editor.focus(connect.source());
                connect = null;
                status = "Connect cancelled.";
            }
            case EDIT_BOX -> enter(level);
            case NUDGE_LEFT, NUDGE_UP, FOCUS_LEFT, FOCUS_UP, FOCUS_PREVIOUS, NUDGE_LEFT_FAR, NUDGE_UP_FAR ->
                    move(level, action, -1);
            case NUDGE_RIGHT, NUDGE_DOWN, FOCUS_RIGHT, FOCUS_DOWN, FOCUS_NEXT, NUDGE_RIGHT_FAR, NUDGE_DOWN_FAR ->
                    move(level, action, 1);
            default -> {
                return action.edits() ? Outcome.DONE : Outcome.NOT_MINE; // no edit behind the mode's back
            }
        }
        return Outcome.DONE;
    }

    private void move(Patch level, Action action, int by) {
        if (connect.step() != ConnectMode.Step.TARGET) {
            connect = connect.turn(level, editor.layout(), by);
        } else {
            String from = connect.target();
            String next;
            if (action == Action.FOCUS_NEXT || action == Action.FOCUS_PREVIOUS) {
                next = FocusOrder.step(boxes(), from, by > 0);
                if (next == null) {
                    next = FocusOrder.step(boxes(), null, by > 0); // round: the mode keeps the keys
                }
            } else {
                next = from == null ? null : FocusOrder.nearest(boxes(), from, direction(action));
            }
            if (next != null) {
                editor.focus(next);
                connect = connect.targetAt(level, next);
            }
        }
        status = connect.status();
    }

    private void enter(Patch level) {
        if (connect.step() == ConnectMode.Step.OUTLET) {
            String first = FocusOrder.step(boxes(), connect.source(), true);
            if (first == null) {
                first = FocusOrder.step(boxes(), null, true);
            }
            editor.focus(first);
            connect = connect.outletTaken(level, first);
            status = connect.status();
        } else if (connect.step() == ConnectMode.Step.TARGET) {
            connect = connect.targetTaken(level, editor.layout());
            status = connect.status();
        } else {
            ConnectMode done = connect;
            connect = null;
            if (done.exists(level)) {
                status = "That line is there already.";
            } else {
                editor.apply(new Command.Connect(done.line().src(), done.line().dest()));
                status = done.connected(level);
            }
            editor.focus(done.target());
        }
    }

    /** How the focused box is spoken: {@code box 3 `os.osc`, 1 inlet, 1 outlet, 2 of 5}. */
    String describe(String boxId) {
        BoxGeometry box = editor.layout().box(boxId);
        if (box == null) {
            return "";
        }
        int position = FocusOrder.readingOrder(boxes()).indexOf(boxId) + 1;
        return ConnectMode.name(editor.level(), boxId) + ", " + count(box.inlets(), "inlet") + ", "
                + count(box.outlets(), "outlet") + (editor.state().selection().hasBox(boxId) ? ", selected" : "")
                + ", " + position + " of " + boxes().size() + ".";
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private Collection<BoxGeometry> boxes() {
        return editor.layout().boxes();
    }

    private static FocusOrder.Direction direction(Action action) {
        return switch (action) {
            case NUDGE_LEFT, FOCUS_LEFT, NUDGE_LEFT_FAR -> FocusOrder.Direction.LEFT;
            case NUDGE_RIGHT, FOCUS_RIGHT, NUDGE_RIGHT_FAR -> FocusOrder.Direction.RIGHT;
            case NUDGE_UP, FOCUS_UP, NUDGE_UP_FAR -> FocusOrder.Direction.UP;
            default -> FocusOrder.Direction.DOWN;
        };
    }

    private static String words(FocusOrder.Direction direction) {
        return switch (direction) {
            case LEFT -> "left of";
            case RIGHT -> "right of";
            case UP -> "above";
            case DOWN -> "below";
        };
    }
}
