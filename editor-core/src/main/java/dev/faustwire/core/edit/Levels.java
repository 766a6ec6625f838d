package dev.faustwire.core.edit;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import java.util.List;

/**
 * Levels of a patch: the top level is the empty path, {@code [box-9]} the child patch embedded in
 * box-9, {@code [box-9, box-3]} the one embedded in box-3 inside it.
 */
public final class Levels {
    private Levels() {
    }

    /** The patch at a level; throws {@link IllegalArgumentException} when a box of the path has no child patch. */
    public static Patch at(Patch patch, List<String> level) {
        Patch current = patch;
        for (String id : level) {
            Box box = current.box(id);
            if (box == null || box.subpatch() == null) {
                throw new IllegalArgumentException(id + " holds no sub-patcher");
            }
            current = box.subpatch();
        }
        return current;
    }

    /** The patch at a level, or null when the path does not lead to one. */
    public static Patch find(Patch patch, List<String> level) {
        try {
            return at(patch, level);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A change made at a level, as a change of the top-level patch. */
    public static Change wrap(List<String> level, Change change) {
        Change wrapped = change;
        for (int i = level.size() - 1; i >= 0; i--) {
            wrapped = new Change.InBox(level.get(i), wrapped);
        }
        return wrapped;
    }
}
