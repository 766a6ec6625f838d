package dev.faustwire.core.json;

import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonBool;
import dev.faustwire.core.json.JsonValue.JsonNull;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The canonical writer: keys sorted by UTF-16 code unit (as RFC 8785), two-space indent, arrays of scalars on one line,
 * numbers as their canonical text, a final newline. Same value, same bytes, on every platform.
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();

    private JsonWriter() {
    }

    /** The canonical text of a value. */
    public static String write(JsonValue value) {
        JsonWriter writer = new JsonWriter();
        writer.value(value, 0);
        writer.out.append('\n');
        return writer.out.toString();
    }

    private void value(JsonValue value, int depth) {
        if (value instanceof JsonObject object) {
            object(object, depth);
        } else if (value instanceof JsonArray array) {
            array(array, depth);
        } else if (value instanceof JsonString string) {
            quote(string.value());
        } else if (value instanceof JsonNumber number) {
            out.append(number.text());
        } else if (value instanceof JsonBool bool) {
            out.append(bool.value() ? "true" : "false");
        } else if (value instanceof JsonNull) {
            out.append("null");
        }
    }

    private void object(JsonObject object, int depth) {
        if (object.isEmpty()) {
            out.append("{}");
            return;
        }
        List<String> keys = new ArrayList<>(object.fields().keySet());
        Collections.sort(keys);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            indent(depth + 1);
            quote(keys.get(i));
            out.append(": ");
            value(object.get(keys.get(i)), depth + 1);
        }
        out.append('\n');
        indent(depth);
        out.append('}');
    }

    private void array(JsonArray array, int depth) {
        if (array.items().isEmpty()) {
            out.append("[]");
            return;
        }
        boolean flat = true;
        for (JsonValue item : array.items()) {
            flat &= !(item instanceof JsonObject) && !(item instanceof JsonArray);
        }
        out.append('[');
        for (int i = 0; i < array.items().size(); i++) {
            if (flat) {
                out.append(i == 0 ? "" : ", ");
            } else {
                out.append(i == 0 ? "\n" : ",\n");
                indent(depth + 1);
            }
            value(array.items().get(i), depth + 1);
        }
        if (!flat) {
            out.append('\n');
            indent(depth);
        }
        out.append(']');
    }

    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(hexDigit(c >> 4)).append(hexDigit(c & 0xF));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static char hexDigit(int value) {
        return "0123456789abcdef".charAt(value);
    }

    private void indent(int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }
}
