package dev.faustwire.session;

import dev.faustwire.codegen.IterationBodies;
import dev.faustwire.codegen.Resources;
import dev.faustwire.core.edit.EditingModel;
import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.subpatch.SubpatchBoxes;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.List;
import java.util.Map;

/**
 * The iteration bodies the canvas outlines, per level of the open patch, found by codegen's own
 * pass and worked out again only when the patch's meaning changed (a move reuses them); a patch
 * without any {@code par}/{@code seq}/{@code sum}/{@code prod} box costs one walk over its boxes.
 */
final class IterationMembership implements PatchEditor.IterationBodies {
    private final EditingModel model;
    private final StdlibIndex stdlib;
    private final Resources resources;
    private Patch foundFor;
    private Map<String, Map<String, List<String>>> found = Map.of();
    private int analyses;

    IterationMembership(EditingModel model, StdlibIndex stdlib, Resources resources) {
        this.model = model;
        this.stdlib = stdlib;
        this.resources = resources;
    }

    @Override
    public Map<String, List<String>> at(List<String> level) {
        Patch patch = model.patch();
        if (foundFor == null || !SameMeaning.of(foundFor, patch)) {
            foundFor = patch;
            if (hasIteration(patch)) {
                analyses++;
                found = IterationBodies.of(patch, stdlib, resources);
            } else {
                found = Map.of();
            }
        }
        StringBuilder key = new StringBuilder();
        for (String id : level) {
            key.append(id).append('/');
        }
        Map<String, List<String>> bodies = found.get(key.toString());
        return bodies == null ? Map.of() : bodies;
    }

    /** How many times codegen's analysis ran for the bodies, for tests of the cache. */
    int analyses() {
        return analyses;
    }

    private static boolean hasIteration(Patch patch) {
        for (Box box : patch.boxes().values()) {
            if (SubpatchBoxes.isIteration(box) || (box.subpatch() != null && hasIteration(box.subpatch()))) {
                return true;
            }
        }
        return false;
    }
}
