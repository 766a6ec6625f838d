package dev.faustwire.codegen.resolve;

import dev.faustwire.codegen.Resources;
import dev.faustwire.codegen.read.Names;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.text.BoxText;
import dev.faustwire.core.text.BoxTextException;
import dev.faustwire.core.text.BoxTextParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sub-patcher files of one generation: each reference asked of the {@link Resources} once from
 * each file, each file parsed once, and the boxes of each file that need resolving found once.
 */
final class PatchFiles {
    private static final List<String> NAMES = List.of("p", "patcher", "ondemand", "code");

    private final Resources resources;
    /** The file each (naming file, reference) gives, null ones included. */
    private final Map<String, Resources.PatchFile> found = new LinkedHashMap<>();
    /** What reading each file gave, by file key. */
    private final Map<String, ReadResult> reads = new LinkedHashMap<>();
    /** The boxes of each file that need resolving, by file key. */
    private final Map<String, Shape> shapes = new LinkedHashMap<>();

    PatchFiles(Resources resources) {
        this.resources = resources;
    }

    /**
     * A level's sub-patcher and code boxes, parsed, in box-number order (the order analysis reads
     * them), with the level's size for the budget.
     */
    record Shape(long boxes, long text, List<Box> boxesToResolve, List<BoxText> texts) {
        static Shape of(Patch patch) {
            List<Box> boxes = new ArrayList<>();
            List<BoxText> texts = new ArrayList<>();
            for (String id : new Names(patch.boxes().keySet()).ordered()) {
                Box box = patch.box(id);
                BoxText text = parse(box);
                if (text != null && NAMES.contains(text.name())) {
                    boxes.add(box);
                    texts.add(text);
                }
            }
            return new Shape(patch.boxes().size(), ExpansionBudget.textOf(patch), boxes, texts);
        }
    }

    static BoxText parse(Box box) {
        try {
            return BoxTextParser.parse(box.text());
        } catch (BoxTextException e) {
            return null;
        }
    }

    /** The file a reference names from the file {@code from} (null: the top patch). */
    Resources.PatchFile find(String reference, String from) {
        // Control characters in a concatenated constant break TeaVM 0.15's string concatenation; a reference has no newline.
        String key = from == null ? "top\n" + reference : "file\n" + from + "\n" + reference;
        if (found.containsKey(key)) {
            return found.get(key);
        }
        Resources.PatchFile file = resources.findPatch(reference, from);
        found.put(key, file);
        return file;
    }

    /** What reading a file gives. */
    ReadResult read(Resources.PatchFile file) {
        ReadResult read = reads.get(file.key());
        if (read == null) {
            read = PatchReader.read(file.text());
            reads.put(file.key(), read);
        }
        return read;
    }

    /** The shape of a level; {@code key}: its file, whose shape is kept (null: the top patch or an embedded one). */
    Shape shape(Patch patch, String key) {
        Shape shape = key == null ? null : shapes.get(key);
        if (shape == null) {
            shape = Shape.of(patch);
            if (key != null) {
                shapes.put(key, shape);
            }
        }
        return shape;
    }
}
