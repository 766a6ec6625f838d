package dev.faustwire.server.ondemand;

import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.util.Map;
import java.util.TreeMap;

/** Builds a patch box by box for the ondemand tests: ids {@code box-N} and {@code line-N} in order of creation. */
final class PatchBuilder {
    private final TreeMap<String, Box> boxes = new TreeMap<>();
    private final TreeMap<String, Line> lines = new TreeMap<>();

    /** Adds a box and gives its id. */
    String box(String text) {
        String id = "box-" + (boxes.size() + 1);
        boxes.put(id, new Box(id, text, new Rect(20 + 70 * (boxes.size() % 12), 20 + 40 * (boxes.size() / 12), 60, 22)));
        return id;
    }

    /** Adds a sub-patcher box ({@code ondemand}, {@code p name}) with its content embedded. */
    String box(String text, Patch content) {
        String id = box(text);
        boxes.put(id, boxes.get(id).withSubpatch(content));
        return id;
    }

    /**
     * A line from outlet {@code outlet} of {@code src} to inlet {@code inlet} of {@code dest}; none when that
     * line is already there (a patcher draws a connection once).
     */
    void line(String src, int outlet, String dest, int inlet) {
        Port from = new Port(src, outlet);
        Port to = new Port(dest, inlet);
        for (Line line : lines.values()) {
            if (line.src().equals(from) && line.dest().equals(to)) {
                return;
            }
        }
        String id = "line-" + (lines.size() + 1);
        lines.put(id, new Line(id, from, to));
    }

    Patch build() {
        return new Patch(boxes, lines, JsonObject.EMPTY, JsonObject.EMPTY);
    }

    /** A compact text of a patch, one box or line a line, sub-patchers' content indented below their box. */
    static String text(Patch patch) {
        StringBuilder out = new StringBuilder();
        write(patch, "", out);
        return out.toString();
    }

    private static void write(Patch patch, String indent, StringBuilder out) {
        for (Map.Entry<String, Box> box : patch.boxes().entrySet()) {
            out.append(indent).append(box.getKey()).append(" = ").append(box.getValue().text()).append('\n');
            if (box.getValue().subpatch() != null) {
                write(box.getValue().subpatch(), indent + "    ", out);
            }
        }
        for (Line line : patch.lines().values()) {
            out.append(indent).append(line.src().boxId()).append(':').append(line.src().index()).append(" -> ")
                    .append(line.dest().boxId()).append(':').append(line.dest().index()).append('\n');
        }
    }
}
