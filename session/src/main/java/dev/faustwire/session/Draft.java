package dev.faustwire.session;

import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonNull;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import dev.faustwire.core.model.Patch;
import java.util.Map;
import java.util.TreeMap;

/**
 * The open patch kept in the browser's storage while it has unsaved changes, so that after a
 * crash or a closed tab nothing is lost: the document it belongs to (name, path, ETag, the patch
 * as saved) and the patch as it was being edited, with the time it was kept (ms since 1970), and
 * the files still to be written beside it on its first save (an unsaved import's abstractions).
 */
public record Draft(Document document, Patch patch, double keptAt, Map<String, Patch> files) {

    public Draft(Document document, Patch patch, double keptAt) {
        this(document, patch, keptAt, Map.of());
    }

    /** The draft as one JSON text. */
    public String write() {
        JsonObject json = JsonObject.EMPTY
                .with("name", new JsonString(document.name()))
                .with("path", string(document.path()))
                .with("etag", string(document.etag()))
                .with("saved", document.saved() == null ? JsonNull.INSTANCE : PatchWriter.toJson(document.saved()))
                .with("patch", PatchWriter.toJson(patch))
                .with("keptAt", JsonNumber.of((long) keptAt));
        if (!files.isEmpty()) {
            JsonObject kept = JsonObject.EMPTY;
            for (Map.Entry<String, Patch> file : files.entrySet()) {
                kept = kept.with(file.getKey(), PatchWriter.toJson(file.getValue()));
            }
            json = json.with("files", kept);
        }
        return JsonWriter.write(json);
    }

    /** A draft read back, or null when the text is not one (an older format, a damaged store). */
    public static Draft read(String text) {
        if (text == null) {
            return null;
        }
        try {
            if (!(JsonParser.parse(text).value() instanceof JsonObject json)
                    || !(json.get("name") instanceof JsonString name) || !(json.get("patch") instanceof JsonObject patch)) {
                return null;
            }
            Patch edited = patch(patch);
            if (edited == null) {
                return null;
            }
            Patch saved = json.get("saved") instanceof JsonObject s ? patch(s) : null;
            double keptAt = json.get("keptAt") instanceof JsonNumber n ? n.doubleValue() : 0;
            return new Draft(new Document(name.value(), text(json.get("path")), text(json.get("etag")), saved), edited,
                    keptAt, files(json.get("files")));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Patch patch(JsonObject json) {
        ReadResult read = PatchReader.read(JsonWriter.write(json));
        // a patch with problems is kept as the person left it, unless nothing of it could be read
        return read.patch() == null || read.hasErrors() && read.patch().boxes().isEmpty() ? null : read.patch();
    }

    /** The files kept with a draft; one that cannot be read is left out (its patch still opens). */
    private static Map<String, Patch> files(JsonValue value) {
        Map<String, Patch> files = new TreeMap<>();
        if (value instanceof JsonObject kept) {
            for (Map.Entry<String, JsonValue> file : kept.fields().entrySet()) {
                Patch patch = file.getValue() instanceof JsonObject p ? patch(p) : null;
                if (patch != null) {
                    files.put(file.getKey(), patch);
                }
            }
        }
        return files;
    }

    private static JsonValue string(String value) {
        return value == null ? JsonNull.INSTANCE : new JsonString(value);
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.value() : null;
    }
}
