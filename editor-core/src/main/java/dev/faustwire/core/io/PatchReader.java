package dev.faustwire.core.io;

import static dev.faustwire.core.io.PatchFormat.*;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.json.DuplicateKey;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonSyntaxException;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads patch format v1 and JSPatcher {@code .dsppat} files. Lenient about extra fields (kept as
 * they are), strict about meaning: every problem becomes a diagnostic, never an exception.
 */
public final class PatchReader {
    private static final double MAX_COORDINATE = 1e9;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private PatchReader() {
    }

    public static ReadResult read(String text) {
        PatchReader reader = new PatchReader();
        Patch patch = reader.document(text);
        return new ReadResult(patch, reader.diagnostics);
    }

    private Patch document(String text) {
        JsonParser.Result parsed;
        try {
            parsed = JsonParser.parse(text);
        } catch (JsonSyntaxException e) {
            diagnostics.add(Diagnostic.atDocument(Code.MALFORMED_JSON,
                    "line " + e.line() + ", column " + e.column() + ": " + e.getMessage()));
            return null;
        }
        for (DuplicateKey duplicate : parsed.duplicates()) {
            reportDuplicate(duplicate);
        }
        if (!(parsed.value() instanceof JsonObject root)) {
            diagnostics.add(Diagnostic.atDocument(Code.NOT_A_PATCH, "the document is not a JSON object"));
            return null;
        }
        if (root.get(KEY_BOXES) == null && root.get("patcher") != null) {
            diagnostics.add(Diagnostic.atDocument(Code.NOT_A_PATCH,
                    "this is a Max patcher (.gendsp or .maxpat); import it with import-gen"));
            return null;
        }
        JsonValue format = root.get(KEY_FORMAT);
        if (format != null && !(format instanceof JsonString s && s.value().equals(FORMAT))) {
            diagnostics.add(Diagnostic.atDocument(Code.NOT_A_PATCH, "\"format\" is not \"" + FORMAT + "\""));
            return null;
        }
        JsonValue version = root.get(KEY_VERSION);
        if (version instanceof JsonNumber v && v.doubleValue() > VERSION) {
            diagnostics.add(Diagnostic.atDocument(Code.UNSUPPORTED_VERSION,
                    "format version " + v.text() + " is newer than " + VERSION + "; update Faustwire"));
            return null;
        }
        return patch(root, "");
    }

    private Patch patch(JsonObject object, String context) {
        TreeMap<String, Box> boxes = new TreeMap<>();
        for (Map.Entry<String, JsonValue> entry : members(object, KEY_BOXES, context).entrySet()) {
            Box box = box(entry.getKey(), entry.getValue(), context);
            if (box != null) {
                boxes.put(box.id(), box);
            }
        }
        TreeMap<String, Line> lines = new TreeMap<>();
        for (Map.Entry<String, JsonValue> entry : members(object, KEY_LINES, context).entrySet()) {
            Line line = line(entry.getKey(), entry.getValue(), context);
            if (line != null) {
                lines.put(line.id(), line);
            }
        }
        JsonObject props = object.get(KEY_PROPS) instanceof JsonObject p ? p : JsonObject.EMPTY;
        if (object.get(KEY_PROPS) != null && !(object.get(KEY_PROPS) instanceof JsonObject)) {
            diagnostics.add(Diagnostic.atDocument(Code.IGNORED_FIELD, context + "\"props\" is not an object"));
        }
        return new Patch(boxes, lines, props, object.without(PATCH_KEYS));
    }

    private Map<String, JsonValue> members(JsonObject object, String key, String context) {
        JsonValue value = object.get(key);
        if (value == null) {
            return Map.of();
        }
        if (value instanceof JsonObject members) {
            return members.fields();
        }
        diagnostics.add(Diagnostic.atDocument(Code.NOT_A_PATCH, context + "\"" + key + "\" is not an object"));
        return Map.of();
    }

    private Box box(String id, JsonValue value, String context) {
        if (!(value instanceof JsonObject object)) {
            diagnostics.add(Diagnostic.atBox(Code.NOT_A_PATCH, id, context + "box " + id + " is not an object"));
            return null;
        }
        String text = object.get(KEY_TEXT) instanceof JsonString s ? s.value() : "";
        Rect rect = rect(id, object.get(KEY_RECT), context);
        JsonValue data = object.get(KEY_DATA);
        Patch subpatch = null;
        if (data instanceof JsonObject d && d.get(KEY_BOXES) instanceof JsonObject) {
            subpatch = patch(d, context + "in " + id + ": ");
            data = null;
        }
        String comment = object.get(KEY_COMMENT) instanceof JsonString c ? c.value() : null;
        return new Box(id, text, rect, data, subpatch, comment, object.without(BOX_KEYS));
    }

    private Rect rect(String id, JsonValue value, String context) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonArray array && array.items().size() == 4) {
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                if (!(array.items().get(i) instanceof JsonNumber n) || !(Math.abs(n.doubleValue()) < MAX_COORDINATE)) {
                    return badRect(id, context);
                }
                v[i] = n.doubleValue();
            }
            return new Rect(v[0], v[1], v[2], v[3]);
        }
        return badRect(id, context);
    }

    private Rect badRect(String id, String context) {
        diagnostics.add(Diagnostic.atBox(Code.IGNORED_FIELD, id,
                context + "box " + id + ": \"rect\" is not [x, y, width, height] within 1e9 and was dropped"));
        return null;
    }

    private Line line(String id, JsonValue value, String context) {
        if (!(value instanceof JsonObject object)) {
            diagnostics.add(Diagnostic.atLine(Code.MALFORMED_LINE, id, context + "line " + id + " is not an object"));
            return null;
        }
        Port src = port(object.get(KEY_SRC));
        Port dest = port(object.get(KEY_DEST));
        if (src == null || dest == null) {
            diagnostics.add(Diagnostic.atLine(Code.MALFORMED_LINE, id,
                    context + "line " + id + " needs \"src\" and \"dest\" as [box id, port number]"));
            return null;
        }
        return new Line(id, src, dest, object.without(LINE_KEYS));
    }

    private static Port port(JsonValue value) {
        if (value instanceof JsonArray array && array.items().size() == 2
                && array.items().get(0) instanceof JsonString box
                && array.items().get(1) instanceof JsonNumber index && index.isInt()) {
            return new Port(box.value(), (int) index.doubleValue());
        }
        return null;
    }

    /** True for the path of a patch's boxes or lines: at the top, or in a sub-patcher box's data. */
    private static boolean isPatchMap(List<String> path) {
        int n = path.size();
        return n == 1 || (n >= 4 && path.get(n - 2).equals(KEY_DATA) && isPatchMap(path.subList(0, n - 3)));
    }

    private void reportDuplicate(DuplicateKey duplicate) {
        List<String> path = duplicate.path();
        String where = "line " + duplicate.line() + ", column " + duplicate.column() + ": ";
        String parent = isPatchMap(path) ? path.get(path.size() - 1) : "";
        if (parent.equals(KEY_BOXES)) {
            diagnostics.add(Diagnostic.atBox(Code.DUPLICATE_ID, duplicate.key(),
                    where + "box id " + duplicate.key() + " is used twice; the first box is kept"));
        } else if (parent.equals(KEY_LINES)) {
            diagnostics.add(Diagnostic.atLine(Code.DUPLICATE_ID, duplicate.key(),
                    where + "line id " + duplicate.key() + " is used twice; the first line is kept"));
        } else {
            diagnostics.add(Diagnostic.atDocument(Code.IGNORED_FIELD,
                    where + "key \"" + duplicate.key() + "\" appears twice; the first value is kept"));
        }
    }
}
