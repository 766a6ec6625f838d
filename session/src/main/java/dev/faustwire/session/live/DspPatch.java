package dev.faustwire.session.live;

import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Faust text dropped on the editor's slot becomes a patch the editor opens: one {@code code} box holding
 * the text, with an {@code in N} box into each of its inputs and an {@code out N} box from each output,
 * so that it plays as it did and can be patched further.
 */
public final class DspPatch {
    private static final int ROW = 60;
    private static final int COLUMN = 70;

    private DspPatch() {
    }

    /** The patch's JSON for Faust text of {@code inputs} inputs and {@code outputs} outputs. */
    public static String of(String faust, int inputs, int outputs) {
        Map<String, JsonValue> boxes = new LinkedHashMap<>();
        Map<String, JsonValue> lines = new LinkedHashMap<>();
        int columns = Math.max(1, Math.max(inputs, outputs));
        Map<String, JsonValue> data = new LinkedHashMap<>();
        data.put("value", new JsonString(faust));
        boxes.put("box-1", box("code @ins " + inputs + " @outs " + outputs, 15, 15 + ROW,
                Math.max(120, columns * COLUMN - 20), new JsonObject(data)));
        int next = 2;
        for (int i = 0; i < inputs; i++) {
            String id = "box-" + next++;
            boxes.put(id, box("in " + (i + 1), 15 + i * COLUMN, 15, 45, null));
            lines.put("line-" + (lines.size() + 1), line(id, 0, "box-1", i));
        }
        for (int o = 0; o < outputs; o++) {
            String id = "box-" + next++;
            boxes.put(id, box("out " + (o + 1), 15 + o * COLUMN, 15 + 2 * ROW, 45, null));
            lines.put("line-" + (lines.size() + 1), line("box-1", o, id, 0));
        }
        Map<String, JsonValue> patch = new LinkedHashMap<>();
        patch.put("format", new JsonString("faustwire-patch"));
        patch.put("version", JsonNumber.of(1));
        patch.put("boxes", new JsonObject(boxes));
        patch.put("lines", new JsonObject(lines));
        patch.put("props", new JsonObject(new LinkedHashMap<>()));
        return JsonWriter.write(new JsonObject(patch));
    }

    private static JsonValue box(String text, int x, int y, int width, JsonValue data) {
        Map<String, JsonValue> box = new LinkedHashMap<>();
        box.put("text", new JsonString(text));
        List<JsonValue> rect = new ArrayList<>();
        rect.add(JsonNumber.of(x));
        rect.add(JsonNumber.of(y));
        rect.add(JsonNumber.of(width));
        rect.add(JsonNumber.of(22));
        box.put("rect", new JsonArray(rect));
        if (data != null) {
            box.put("data", data);
        }
        return new JsonObject(box);
    }

    private static JsonValue line(String src, int srcPort, String dest, int destPort) {
        Map<String, JsonValue> line = new LinkedHashMap<>();
        line.put("src", new JsonArray(List.of(new JsonString(src), JsonNumber.of(srcPort))));
        line.put("dest", new JsonArray(List.of(new JsonString(dest), JsonNumber.of(destPort))));
        return new JsonObject(line);
    }
}
