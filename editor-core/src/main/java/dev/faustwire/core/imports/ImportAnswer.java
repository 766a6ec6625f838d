package dev.faustwire.core.imports;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.diag.Severity;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonBool;
import dev.faustwire.core.json.JsonValue.JsonNull;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The server's answer to an import, as the page reads it: the file it came from, the name to save
 * the patch under, the patch (null when nothing could be imported), the abstractions' patches by
 * file name, and the report. {@link #write} and {@link #read} are the two ends of the JSON.
 */
public record ImportAnswer(String source, String name, Patch patch, Map<String, Patch> files, List<Diagnostic> report) {

    public ImportAnswer {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
        report = Collections.unmodifiableList(new ArrayList<>(report));
    }

    /** The answer to an import of {@code source}: its patch is to be saved as {@link FileKind#patchName}. */
    public static ImportAnswer of(String source, Patch patch, Map<String, Patch> files, List<Diagnostic> report) {
        return new ImportAnswer(source, FileKind.patchName(source), patch, files, report);
    }

    public boolean imported() {
        return patch != null;
    }

    /** The answer as JSON text: {@code source, name, imported, patch, files, report, counts}. */
    public String write() {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        fields.put("source", new JsonString(source));
        fields.put("name", new JsonString(name));
        fields.put("imported", new JsonBool(imported()));
        fields.put("patch", patch == null ? JsonNull.INSTANCE : PatchWriter.toJson(patch));
        Map<String, JsonValue> written = new LinkedHashMap<>();
        for (Map.Entry<String, Patch> file : files.entrySet()) {
            written.put(file.getKey(), PatchWriter.toJson(file.getValue()));
        }
        fields.put("files", new JsonObject(written));
        List<JsonValue> items = new ArrayList<>();
        for (Diagnostic d : report) {
            items.add(diagnostic(d));
        }
        fields.put("report", new JsonArray(items));
        Map<String, JsonValue> counts = new LinkedHashMap<>();
        counts.put("boxes", JsonNumber.of(patch == null ? 0 : patch.boxes().size()));
        counts.put("errors", JsonNumber.of(count(Severity.ERROR)));
        counts.put("warnings", JsonNumber.of(count(Severity.WARNING)));
        fields.put("counts", new JsonObject(counts));
        return JsonWriter.write(new JsonObject(fields));
    }

    /** How many diagnostics of the report have that severity. */
    public int count(Severity severity) {
        int n = 0;
        for (Diagnostic d : report) {
            if (d.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    private static JsonObject diagnostic(Diagnostic d) {
        Map<String, JsonValue> item = new LinkedHashMap<>();
        item.put("code", new JsonString(d.code().id()));
        item.put("severity", new JsonString(d.severity().label()));
        if (d.boxId() != null) {
            item.put("boxId", new JsonString(d.boxId()));
        }
        if (d.lineId() != null) {
            item.put("lineId", new JsonString(d.lineId()));
        }
        if (d.port() >= 0) {
            item.put("port", JsonNumber.of(d.port()));
        }
        item.put("message", new JsonString(d.message()));
        return new JsonObject(item);
    }

    /** Reads an answer's JSON text; throws {@link IllegalArgumentException} saying what is wrong with it. */
    public static ImportAnswer read(String text) {
        JsonValue root;
        try {
            root = JsonParser.parse(text).value();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the answer is not JSON: " + e.getMessage());
        }
        JsonObject answer = object(root, "the answer");
        Patch patch = answer.get("patch") instanceof JsonObject p ? patch(p, "the patch") : null;
        Map<String, Patch> files = new TreeMap<>();
        for (Map.Entry<String, JsonValue> file : object(answer.get("files"), "\"files\"").fields().entrySet()) {
            files.put(file.getKey(), patch(object(file.getValue(), file.getKey()), file.getKey()));
        }
        List<Diagnostic> report = new ArrayList<>();
        if (!(answer.get("report") instanceof JsonArray items)) {
            throw new IllegalArgumentException("the answer has no \"report\" list");
        }
        for (JsonValue item : items.items()) {
            report.add(diagnostic(object(item, "a report item")));
        }
        return new ImportAnswer(string(answer, "source"), string(answer, "name"), patch, files, report);
    }

    private static Patch patch(JsonObject json, String what) {
        ReadResult read = PatchReader.read(JsonWriter.write(json));
        if (read.patch() == null) {
            throw new IllegalArgumentException(what + " cannot be read: " + read.diagnostics().get(0).message());
        }
        return read.patch();
    }

    private static Diagnostic diagnostic(JsonObject item) {
        String id = string(item, "code");
        Code code = null;
        for (Code c : Code.values()) {
            if (c.id().equals(id)) {
                code = c;
            }
        }
        if (code == null) {
            throw new IllegalArgumentException("unknown code " + id);
        }
        int port = item.get("port") instanceof JsonNumber n ? (int) n.doubleValue() : -1;
        Severity severity = Severity.WARNING.label().equals(optional(item, "severity")) ? Severity.WARNING
                : Severity.ERROR.label().equals(optional(item, "severity")) ? Severity.ERROR : code.severity();
        return new Diagnostic(severity, code, optional(item, "boxId"), optional(item, "lineId"), port,
                string(item, "message"));
    }

    private static JsonObject object(JsonValue value, String what) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new IllegalArgumentException(what + " is not a JSON object");
    }

    private static String string(JsonObject object, String key) {
        if (object.get(key) instanceof JsonString s) {
            return s.value();
        }
        throw new IllegalArgumentException("\"" + key + "\" is missing or not text");
    }

    private static String optional(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s ? s.value() : null;
    }
}
