package dev.faustwire.core.io;

import static dev.faustwire.core.io.PatchFormat.*;

import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a patch as canonical format-v1 JSON: sorted keys, one number format, stable ids. */
public final class PatchWriter {
    private PatchWriter() {
    }

    public static String write(Patch patch) {
        return JsonWriter.write(toJson(patch));
    }

    /** The document object of a top-level patch, with format and version. */
    public static JsonObject toJson(Patch patch) {
        return body(patch)
                .with(KEY_FORMAT, new JsonString(FORMAT))
                .with(KEY_VERSION, JsonNumber.of(VERSION));
    }

    /** A patch without format and version, as it is nested in a sub-patcher box's data. */
    public static JsonObject body(Patch patch) {
        Map<String, JsonValue> fields = new LinkedHashMap<>(patch.extra().fields());
        Map<String, JsonValue> boxes = new LinkedHashMap<>();
        for (Box box : patch.boxes().values()) {
            boxes.put(box.id(), box(box));
        }
        Map<String, JsonValue> lines = new LinkedHashMap<>();
        for (Line line : patch.lines().values()) {
            lines.put(line.id(), line(line));
        }
        fields.put(KEY_BOXES, new JsonObject(boxes));
        fields.put(KEY_LINES, new JsonObject(lines));
        fields.put(KEY_PROPS, patch.props());
        return new JsonObject(fields);
    }

    private static JsonObject box(Box box) {
        Map<String, JsonValue> fields = new LinkedHashMap<>(box.extra().fields());
        fields.put(KEY_TEXT, new JsonString(box.text()));
        if (box.rect() != null) {
            fields.put(KEY_RECT, rect(box.rect()));
        }
        if (box.subpatch() != null) {
            fields.put(KEY_DATA, body(box.subpatch()));
        } else if (box.data() != null) {
            fields.put(KEY_DATA, box.data());
        }
        if (box.comment() != null) {
            fields.put(KEY_COMMENT, new JsonString(box.comment()));
        }
        return new JsonObject(fields);
    }

    private static JsonArray rect(Rect rect) {
        return new JsonArray(List.of(JsonNumber.of(rect.x()), JsonNumber.of(rect.y()),
                JsonNumber.of(rect.width()), JsonNumber.of(rect.height())));
    }

    private static JsonObject line(Line line) {
        Map<String, JsonValue> fields = new LinkedHashMap<>(line.extra().fields());
        fields.put(KEY_SRC, port(line.src()));
        fields.put(KEY_DEST, port(line.dest()));
        return new JsonObject(fields);
    }

    private static JsonArray port(Port port) {
        return new JsonArray(List.of(new JsonString(port.boxId()), JsonNumber.of(port.index())));
    }
}
