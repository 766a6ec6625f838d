package dev.faustwire.codegen;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;

/**
 * Finds what an id of a diagnostic or a source map names: {@code box-9/box-2} is box-2 in the patch
 * embedded in box-9, {@code box-9/line-4} a line there.
 */
public final class PatchPaths {
    private PatchPaths() {
    }

    /** The box a path names, or null. */
    public static Box box(Patch patch, String path) {
        int slash = path.lastIndexOf('/');
        Patch level = slash < 0 ? patch : level(patch, path.substring(0, slash));
        return level == null ? null : level.box(path.substring(slash + 1));
    }

    /** The line a path names, or null. */
    public static Line line(Patch patch, String path) {
        int slash = path.lastIndexOf('/');
        Patch level = slash < 0 ? patch : level(patch, path.substring(0, slash));
        return level == null ? null : level.line(path.substring(slash + 1));
    }

    /** The patch that holds the thing a path names: the top patch, or the child of the sub-patchers before the last step. */
    public static Patch levelOf(Patch patch, String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? patch : level(patch, path.substring(0, slash));
    }

    /** The child patch of the sub-patcher box a path names, or null. */
    private static Patch level(Patch patch, String boxPath) {
        Patch level = patch;
        for (String step : boxPath.split("/", -1)) {
            Box box = level.box(step);
            if (box == null || box.subpatch() == null) {
                return null;
            }
            level = box.subpatch();
        }
        return level;
    }
}
