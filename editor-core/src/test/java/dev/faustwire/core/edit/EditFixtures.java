package dev.faustwire.core.edit;

import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonBool;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Hand-made boxes and lines with places and fields of other editors, shared by the edit tests. */
final class EditFixtures {
    /** "in 1" at (10, 20), 40 x 20. */
    static final Box B1 = new Box("box-1", "in 1", new Rect(10, 20, 40, 20));
    /** "+" with an extra field kept for other editors. */
    static final Box B2 = new Box("box-2", "+", new Rect(10, 60, 40, 20), null, null, "adder",
            obj("background", new JsonBool(false)));
    /** "out 1" without a rect. */
    static final Box B3 = new Box("box-3", "out 1", null);

    static final Line L1 = new Line("line-1", new Port("box-1", 0), new Port("box-2", 0));
    static final Line L2 = new Line("line-2", new Port("box-2", 0), new Port("box-3", 0));
    static final Line L3 = new Line("line-3", new Port("box-1", 0), new Port("box-2", 1));

    private EditFixtures() {
    }

    /** box-1 -> box-2 (both inlets) -> box-3, lines line-1..line-3. */
    static Patch base() {
        return patch(new Box[] {B1, B2, B3}, new Line[] {L1, L2, L3});
    }

    static Patch patch(Box[] boxes, Line[] lines) {
        TreeMap<String, Box> boxMap = new TreeMap<>();
        for (Box box : boxes) {
            boxMap.put(box.id(), box);
        }
        TreeMap<String, Line> lineMap = new TreeMap<>();
        for (Line line : lines) {
            lineMap.put(line.id(), line);
        }
        return new Patch(boxMap, lineMap, obj("mode", new JsonString("faust")), JsonObject.EMPTY);
    }

    static JsonObject obj(String key, JsonValue value) {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        fields.put(key, value);
        return new JsonObject(fields);
    }
}
