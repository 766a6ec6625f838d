package dev.faustwire.core.model;

import dev.faustwire.core.json.JsonValue.JsonObject;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable patch: boxes and lines by id (iterated in sorted id order), the patch props, and {@code extra} fields of
 * other editors kept unchanged. Every change makes a new patch.
 */
public record Patch(Map<String, Box> boxes, Map<String, Line> lines, JsonObject props,
                    JsonObject extra) {

    public static final Patch EMPTY = new Patch(new TreeMap<>(), new TreeMap<>(), JsonObject.EMPTY, JsonObject.EMPTY);

    public Patch {
        boxes = new ReadOnlyMap<>(boxes);
        lines = new ReadOnlyMap<>(lines);
    }

    public Box box(String id) {
        return boxes.get(id);
    }

    public Line line(String id) {
        return lines.get(id);
    }

    /** This patch with the box of that id replaced, added, or removed when {@code box} is null. */
    public Patch withBox(String id, Box box) {
        TreeMap<String, Box> copy = new TreeMap<>(boxes);
        if (box == null) {
            copy.remove(id);
        } else {
            copy.put(id, box);
        }
        return new Patch(copy, lines, props, extra);
    }

    /** This patch with the line of that id replaced, added, or removed when {@code line} is null. */
    public Patch withLine(String id, Line line) {
        TreeMap<String, Line> copy = new TreeMap<>(lines);
        if (line == null) {
            copy.remove(id);
        } else {
            copy.put(id, line);
        }
        return new Patch(boxes, copy, props, extra);
    }
}
