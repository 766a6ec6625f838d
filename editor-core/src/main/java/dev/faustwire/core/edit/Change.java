package dev.faustwire.core.edit;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;

/** One element of a patch before and after an edit; null means absent. Undo swaps the two. */
public sealed interface Change {

    Change inverse();

    Patch applyTo(Patch patch);

    /** A box added (before null), removed (after null) or changed. */
    record BoxChange(String id, Box before, Box after) implements Change {
        public Change inverse() {
            return new BoxChange(id, after, before);
        }

        public Patch applyTo(Patch patch) {
            return patch.withBox(id, after);
        }
    }

    /**
     * A change inside the embedded sub-patcher of a box: {@code boxId} names the box at this level,
     * {@code inner} the change at the level of its child patch (itself possibly nested).
     */
    record InBox(String boxId, Change inner) implements Change {
        public Change inverse() {
            return new InBox(boxId, inner.inverse());
        }

        public Patch applyTo(Patch patch) {
            Box box = patch.box(boxId);
            if (box == null || box.subpatch() == null) {
                throw new IllegalArgumentException(boxId + " holds no sub-patcher");
            }
            return patch.withBox(boxId, box.withSubpatch(inner.applyTo(box.subpatch())));
        }
    }

    /** A line added (before null) or removed (after null). */
    record LineChange(String id, Line before, Line after) implements Change {
        public Change inverse() {
            return new LineChange(id, after, before);
        }

        public Patch applyTo(Patch patch) {
            return patch.withLine(id, after);
        }
    }
}
