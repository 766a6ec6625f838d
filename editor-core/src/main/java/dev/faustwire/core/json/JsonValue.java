package dev.faustwire.core.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON value as read from or written to a patch file; numbers keep their canonical text. */
public sealed interface JsonValue {

    /** An object; entries keep their reading order, the writer sorts keys. */
    record JsonObject(Map<String, JsonValue> fields) implements JsonValue {
        public static final JsonObject EMPTY = new JsonObject(new LinkedHashMap<>());

        public JsonObject {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public JsonValue get(String key) {
            return fields.get(key);
        }

        public boolean isEmpty() {
            return fields.isEmpty();
        }

        /** This object without the given keys. */
        public JsonObject without(List<String> keys) {
            Map<String, JsonValue> copy = new LinkedHashMap<>(fields);
            for (String key : keys) {
                copy.remove(key);
            }
            return new JsonObject(copy);
        }

        /** This object with one field set. */
        public JsonObject with(String key, JsonValue value) {
            Map<String, JsonValue> copy = new LinkedHashMap<>(fields);
            copy.put(key, value);
            return new JsonObject(copy);
        }
    }

    /** An array. */
    record JsonArray(List<JsonValue> items) implements JsonValue {
        public JsonArray {
            items = Collections.unmodifiableList(new ArrayList<>(items));
        }
    }

    /** A string. */
    record JsonString(String value) implements JsonValue {
    }

    /** A number held as its canonical text (see {@link Numbers}), so that it prints the same everywhere. */
    record JsonNumber(String text) implements JsonValue {
        public static JsonNumber of(double value) {
            return new JsonNumber(Numbers.format(value));
        }

        public static JsonNumber of(long value) {
            return new JsonNumber(Long.toString(value));
        }

        public double doubleValue() {
            return Double.parseDouble(text);
        }

        /** True when the value is a whole number that fits an int. */
        public boolean isInt() {
            return Numbers.isIntText(text);
        }
    }

    /** true or false. */
    record JsonBool(boolean value) implements JsonValue {
    }

    /** null. */
    record JsonNull() implements JsonValue {
        public static final JsonNull INSTANCE = new JsonNull();
    }
}
