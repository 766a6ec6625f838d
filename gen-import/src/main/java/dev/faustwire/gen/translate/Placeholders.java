package dev.faustwire.gen.translate;

import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import java.util.TreeMap;

/**
 * The stand-in for a Gen box that is not translated: a sub-patcher with the box's inlets and
 * outlets, its outlets silent, and a comment inside quoting the Gen text, so the patch still
 * plays, the report says what is missing, and a person can fill it in.
 */
final class Placeholders {
    private Placeholders() {
    }

    static Box box(String id, String text, Rect rect, int inlets, int outlets, String genText) {
        TreeMap<String, Box> boxes = new TreeMap<>();
        int n = 1;
        for (int i = 1; i <= inlets; i++) {
            String boxId = "box-" + n++;
            boxes.put(boxId, new Box(boxId, "in " + i, new Rect(15 + 60 * (i - 1), 15, 45, 22)));
        }
        for (int i = 1; i <= outlets; i++) {
            String boxId = "box-" + n++;
            boxes.put(boxId, new Box(boxId, "out " + i, new Rect(15 + 60 * (i - 1), 120, 45, 22)));
        }
        String noteId = "box-" + n;
        JsonObject note = JsonObject.EMPTY.with("value", new JsonString("Not translated from Gen: "
                + (genText == null ? "" : genText)));
        boxes.put(noteId, new Box(noteId, "comment", new Rect(15, 60, 300, 22), note, null, null, JsonObject.EMPTY));
        Patch child = new Patch(boxes, new TreeMap<String, Line>(), JsonObject.EMPTY, JsonObject.EMPTY);
        return new Box(id, text, rect, null, child, null, JsonObject.EMPTY);
    }

    /** A sub-patcher name made of the Gen name's letters, digits, '.', '_' and '-': {@code gen_oopsy.cv2hz}. */
    static String name(String genName) {
        StringBuilder out = new StringBuilder("gen_");
        for (int i = 0; i < genName.length(); i++) {
            char c = genName.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            out.append(plain || (c == '.' && i > 0) ? c : '_');
        }
        String name = out.toString();
        return name.endsWith(".json") || name.endsWith(".dsppat") ? name + "_" : name;
    }
}
