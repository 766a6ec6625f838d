package dev.faustwire.web;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;

/** Reads the server's problem documents (RFC 9457). */
final class Problems {
    private Problems() {
    }

    /** The {@code detail} of a problem answer, else its HTTP status. */
    static String detail(String text, int status) {
        JsonObject problem = object(text);
        if (problem != null && problem.get("detail") instanceof JsonString detail) {
            return detail.value();
        }
        return status == 0 ? "the server cannot be reached" : "HTTP " + status;
    }

    /** The JSON object of a text, or null. */
    static JsonObject object(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return JsonParser.parse(text).value() instanceof JsonObject object ? object : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A string field of a JSON object text, or null. */
    static String field(String text, String name) {
        JsonObject object = object(text);
        return object != null && object.get(name) instanceof JsonString value ? value.value() : null;
    }
}
