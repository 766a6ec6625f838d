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

    /** The path of a box of a level, as diagnostics and the source map name it: {@code box-9/box-2} is box-2 inside box-9. */
    public static String pathOf(List<String> level, String boxId) {
        return level.isEmpty() ? boxId : String.join("/", level) + "/" + boxId;
    }

    /** The box a path names ({@code box-9/box-2}: box-2 inside sub-patcher box-9), or null when there is none. */
    public static Box boxAt(Patch top, String boxPath) {
        if (top == null || boxPath == null) {
            return null;
        }
        List<String> ids = Ids.path(boxPath);
        Patch level = find(top, ids.subList(0, ids.size() - 1));
        return level == null ? null : level.box(ids.get(ids.size() - 1));
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
