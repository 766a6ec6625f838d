package dev.faustwire.codegen;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;

/** The size of a patch with its sub-patches: boxes plus lines at every level. */
final class PatchSizes {
    private PatchSizes() {
    }

    static int size(Patch patch) {
        int size = patch.boxes().size() + patch.lines().size();
        for (Box box : patch.boxes().values()) {
            if (box.subpatch() != null) {
                size += size(box.subpatch());
            }
        }
        return size;
    }
}
