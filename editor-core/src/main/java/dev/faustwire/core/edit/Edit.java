package dev.faustwire.core.edit;

import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.List;

/** What one command did, as before/after values; its inverse is its undo. */
public record Edit(String label, List<Change> changes) {

    public Edit {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public Patch applyTo(Patch patch) {
        Patch result = patch;
        for (Change change : changes) {
            result = change.applyTo(result);
        }
        return result;
    }

    public Edit inverse() {
        List<Change> reversed = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            reversed.add(changes.get(i).inverse());
        }
        return new Edit(label, reversed);
    }
}
