package dev.faustwire.core.editor;

import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import java.util.Set;
import java.util.TreeMap;

/**
 * What copy puts on the system clipboard: the selected boxes as a patch document (the same JSON as
 * a file, so a copy can be pasted in another tab, another patch, or saved as a file), with the
 * lines whose two ends are both selected. Boxes keep their text, place, data (a sub-patcher's
 * contents, a code box's Faust, a control's stored label) and the fields of other editors.
 */
public final class Clipboard {
    private Clipboard() {
    }

    /** The selected boxes of a patch and the lines between them, as patch JSON; null when no box is selected. */
    public static String copy(Patch patch, Set<String> boxIds) {
        Patch fragment = fragment(patch, boxIds);
        return fragment.boxes().isEmpty() ? null : PatchWriter.write(fragment);
    }

    /** The selected boxes of a patch and the lines between them. */
    public static Patch fragment(Patch patch, Set<String> boxIds) {
        TreeMap<String, Box> boxes = new TreeMap<>();
        for (String id : boxIds) {
            Box box = patch.box(id);
            if (box != null) {
                boxes.put(id, box);
            }
        }
        TreeMap<String, Line> lines = new TreeMap<>();
        for (Line line : patch.lines().values()) {
            if (boxes.containsKey(line.src().boxId()) && boxes.containsKey(line.dest().boxId())) {
                lines.put(line.id(), line);
            }
        }
        return new Patch(boxes, lines, JsonObject.EMPTY, JsonObject.EMPTY);
    }

    /**
     * The fragment a clipboard text holds, or null when it is not a patch document (plain text,
     * another program's JSON, a document with no box, or one that cannot be read).
     */
    public static Patch read(String text) {
        if (text == null || text.indexOf("\"boxes\"") < 0) {
            return null;
        }
        ReadResult read = PatchReader.read(text);
        if (read.patch() == null || read.patch().boxes().isEmpty()) {
            return null;
        }
        return read.patch();
    }
}
