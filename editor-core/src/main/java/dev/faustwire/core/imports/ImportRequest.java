package dev.faustwire.core.imports;

import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The body the page posts to {@code /api/import-gen}: the file's name and its text. */
public final class ImportRequest {
    /** Where the server imports Gen files. */
    public static final String ROUTE = "/api/import-gen";

    private ImportRequest() {
    }

    /** {@code {"name": ..., "text": ...}}. */
    public static String body(String name, String text) {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        fields.put("name", new JsonString(name));
        fields.put("text", new JsonString(text));
        return JsonWriter.write(new JsonObject(fields));
    }
}
