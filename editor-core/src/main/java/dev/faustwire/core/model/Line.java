package dev.faustwire.core.model;

import dev.faustwire.core.json.JsonValue.JsonObject;

/** A connection from an outlet to an inlet; {@code extra} keeps fields of other editors unchanged. */
public record Line(String id, Port src, Port dest, JsonObject extra) {

    public Line(String id, Port src, Port dest) {
        this(id, src, dest, JsonObject.EMPTY);
    }

    public Line withId(String newId) {
        return new Line(newId, src, dest, extra);
    }

    public boolean touches(String boxId) {
        return src.boxId().equals(boxId) || dest.boxId().equals(boxId);
    }
}
