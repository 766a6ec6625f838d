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
        patch = edit.applyTo(patch);
        for (Change change : edit.changes()) {
            fire(eventOf(change));
        }
        fire(new PatchEvent.HistoryChanged(canUndo(), canRedo()));
    }

    private static PatchEvent eventOf(Change change) {
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
