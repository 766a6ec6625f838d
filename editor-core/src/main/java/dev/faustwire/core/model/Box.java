package dev.faustwire.core.model;

import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonObject;

/**
 * A box on the canvas. Its {@code text} is the truth; {@code rect}, {@code data} and
 * {@code comment} are optional (null when absent). A sub-patcher's child patch is {@code subpatch};
 * {@code extra} keeps the fields of other editors unchanged.
 */
public record Box(String id, String text, Rect rect, JsonValue data, Patch subpatch, String comment,
                  JsonObject extra) {

    public Box(String id, String text, Rect rect) {
        this(id, text, rect, null, null, null, JsonObject.EMPTY);
    }

    public Box withId(String newId) {
        return new Box(newId, text, rect, data, subpatch, comment, extra);
    }

    public Box withText(String newText) {
        return new Box(id, newText, rect, data, subpatch, comment, extra);
    }

    public Box withRect(Rect newRect) {
        return new Box(id, text, newRect, data, subpatch, comment, extra);
    }

    public Box withData(JsonValue newData) {
        return new Box(id, text, rect, newData, subpatch, comment, extra);
    }

    public Box withSubpatch(Patch newSubpatch) {
        return new Box(id, text, rect, data, newSubpatch, comment, extra);
    }

    public Box withExtra(JsonObject newExtra) {
        return new Box(id, text, rect, data, subpatch, comment, newExtra);
    }
}
