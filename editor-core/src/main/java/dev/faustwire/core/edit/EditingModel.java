package dev.faustwire.core.edit;

import dev.faustwire.core.edit.Change.BoxChange;
import dev.faustwire.core.edit.Change.LineChange;
import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The live patch: applies commands, keeps undo and redo stacks of edits, and tells listeners. */
public final class EditingModel {
    private final List<Consumer<PatchEvent>> listeners = new ArrayList<>();
    private final List<Edit> undoStack = new ArrayList<>();
    private final List<Edit> redoStack = new ArrayList<>();
    private Patch patch;

    public EditingModel(Patch patch) {
        this.patch = patch;
    }

    public Patch patch() {
        return patch;
    }

    public void addListener(Consumer<PatchEvent> listener) {
        listeners.add(listener);
    }

    /** Applies a command; an edit that changes nothing is not recorded. Returns what it did. */
    public Edit apply(Command command) {
        Edit edit = command.edit(patch);
        if (edit.isEmpty()) {
            return edit;
        }
        undoStack.add(edit);
        redoStack.clear();
        perform(edit);
        return edit;
    }

    /**
     * Applies an edit the system makes by itself (a probed arity stored in a code box): it joins
     * the last edit of the history, so that one undo takes back both, or stays out of the history
     * when there is none. Either way no undo step ever does nothing visible.
     */
    public Edit amend(Command command) {
        Edit edit = command.edit(patch);
        if (edit.isEmpty()) {
            return edit;
        }
        if (!undoStack.isEmpty()) {
            Edit last = undoStack.remove(undoStack.size() - 1);
            List<Change> joined = new ArrayList<>(last.changes());
            joined.addAll(edit.changes());
            undoStack.add(new Edit(last.label(), joined));
        }
        perform(edit);
        return edit;
    }

    /** The label of the edit undo would take back, or null. */
    public String undoLabel() {
        return undoStack.isEmpty() ? null : undoStack.get(undoStack.size() - 1).label();
    }

    /** The label of the edit redo would make again, or null. */
    public String redoLabel() {
        return redoStack.isEmpty() ? null : redoStack.get(redoStack.size() - 1).label();
    }

    /** Opens another patch: clears the history. */
    public void replace(Patch newPatch) {
        patch = newPatch;
        undoStack.clear();
        redoStack.clear();
        fire(new PatchEvent.PatchReplaced());
        fire(new PatchEvent.HistoryChanged(false, false));
    }

    public boolean canUndo() {
        return !undoStack.isEmpty();
    }

    public boolean canRedo() {
        return !redoStack.isEmpty();
    }

    public boolean undo() {
        if (undoStack.isEmpty()) {
            return false;
        }
        Edit edit = undoStack.remove(undoStack.size() - 1);
        redoStack.add(edit);
        perform(edit.inverse());
        return true;
    }

    public boolean redo() {
        if (redoStack.isEmpty()) {
            return false;
        }
        Edit edit = redoStack.remove(redoStack.size() - 1);
        undoStack.add(edit);
        perform(edit);
        return true;
    }

    private void perform(Edit edit) {
        for (Change change : edit.changes()) {
            Patch before = patch;
            patch = change.applyTo(patch);
            fire(eventOf(change, before, patch));
        }
        fire(new PatchEvent.HistoryChanged(canUndo(), canRedo()));
    }

    private static PatchEvent eventOf(Change change, Patch before, Patch after) {
        if (change instanceof Change.InBox nested) {
            return new PatchEvent.BoxChanged(before.box(nested.boxId()), after.box(nested.boxId()));
        }
        if (change instanceof BoxChange box) {
            if (box.before() == null) {
                return new PatchEvent.BoxAdded(box.after());
            }
            return box.after() == null ? new PatchEvent.BoxRemoved(box.before())
                    : new PatchEvent.BoxChanged(box.before(), box.after());
        }
        LineChange line = (LineChange) change;
        return line.before() == null ? new PatchEvent.LineAdded(line.after()) : new PatchEvent.LineRemoved(line.before());
    }

    private void fire(PatchEvent event) {
        for (Consumer<PatchEvent> listener : listeners) {
            listener.accept(event);
        }
    }
}
