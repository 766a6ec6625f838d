package dev.faustwire.gen.read;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonSyntaxException;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code .gendsp} (the file is one gen patcher) or a {@code .maxpat} (every {@code gen~}
 * box with an embedded patcher, searched through Max sub-patchers too) into {@link GenPatcher}s.
 */
public final class GenReader {
    private static final int MAX_DEPTH = 64;

    private final List<Diagnostic> problems = new ArrayList<>();

    private GenReader() {
    }

    /** Reads a file's text; the name tells a .gendsp from a .maxpat when the content does not. */
    public static GenDocument read(String fileName, String text) {
        GenReader reader = new GenReader();
        JsonValue root;
        try {
            root = JsonParser.parse(text).value();
        } catch (JsonSyntaxException e) {
            reader.problems.add(Diagnostic.atDocument(Code.GEN_NOT_READABLE, "not JSON: " + e.getMessage()));
            return new GenDocument(List.of(), false, reader.problems);
        }
        JsonObject patcher = root instanceof JsonObject o && o.get("patcher") instanceof JsonObject p ? p : null;
        if (patcher == null) {
            reader.problems.add(Diagnostic.atDocument(Code.GEN_NOT_READABLE, "no \"patcher\" object: not a Max or Gen patcher"));
            return new GenDocument(List.of(), false, reader.problems);
        }
        boolean gendsp = isGenNamespace(patcher) || lower(fileName).endsWith(".gendsp");
        List<GenPatcher> found = new ArrayList<>();
        if (gendsp) {
            found.add(reader.patcher(patcher, null, "", 0));
        } else {
            reader.findGens(patcher, found, "", 0);
            if (found.isEmpty()) {
                reader.problems.add(Diagnostic.atDocument(Code.GEN_NO_PATCHER, "no gen~ object with an embedded patcher in this file"));
            }
        }
        return new GenDocument(found, !gendsp, reader.problems);
    }

    private static boolean isGenNamespace(JsonObject patcher) {
        return patcher.get("classnamespace") instanceof JsonString s && s.value().equals("dsp.gen");
    }

    /** Every gen~ box of a Max patcher, depth first in file order, through Max sub-patchers. */
    private void findGens(JsonObject patcher, List<GenPatcher> found, String path, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (JsonObject box : boxes(patcher)) {
            JsonObject inner = box.get("patcher") instanceof JsonObject p ? p : null;
            if (inner == null) {
                continue;
            }
            String text = string(box, "text");
            String id = string(box, "id");
            if (text != null && (text.equals("gen~") || text.startsWith("gen~ ") || isGenNamespace(inner))) {
                found.add(patcher(inner, unescape(text), path + id + "/", 0));
            } else {
                findGens(inner, found, path + id + "/", depth + 1);
            }
        }
    }

    private GenPatcher patcher(JsonObject patcher, String title, String path, int depth) {
        List<GenBox> boxes = new ArrayList<>();
        for (JsonObject box : boxes(patcher)) {
            String id = string(box, "id");
            if (id == null) {
                problems.add(Diagnostic.atDocument(Code.GEN_BOX_UNREADABLE, path + "a box without an id is left out"));
                continue;
            }
            String maxclass = string(box, "maxclass");
            String text = string(box, "text");
            GenPatcher inner = null;
            if (box.get("patcher") instanceof JsonObject p && depth < MAX_DEPTH) {
                inner = patcher(p, text == null ? null : unescape(text), path + id + "/", depth + 1);
            }
            boxes.add(new GenBox(id, maxclass == null ? "newobj" : maxclass, text == null ? null : unescape(text),
                    integer(box, "numinlets"), integer(box, "numoutlets"), rect(box), string(box, "code"), inner));
        }
        List<GenLine> lines = new ArrayList<>();
        if (patcher.get("lines") instanceof JsonArray array) {
            for (JsonValue item : array.items()) {
                GenLine line = line(item);
                if (line == null) {
                    problems.add(Diagnostic.atDocument(Code.GEN_BOX_UNREADABLE, path + "a patch cord without a valid source and destination is left out"));
                } else {
                    lines.add(line);
                }
            }
        }
        return new GenPatcher(title, boxes, lines);
    }

    private static List<JsonObject> boxes(JsonObject patcher) {
        List<JsonObject> boxes = new ArrayList<>();
        if (patcher.get("boxes") instanceof JsonArray array) {
            for (JsonValue item : array.items()) {
                if (item instanceof JsonObject wrapper && wrapper.get("box") instanceof JsonObject box) {
                    boxes.add(box);
                }
            }
        }
        return boxes;
    }

    private static GenLine line(JsonValue item) {
        if (!(item instanceof JsonObject wrapper && wrapper.get("patchline") instanceof JsonObject line)) {
            return null;
        }
        if (!(line.get("source") instanceof JsonArray source && line.get("destination") instanceof JsonArray dest)) {
            return null;
        }
        if (source.items().size() < 2 || dest.items().size() < 2
                || !(source.items().get(0) instanceof JsonString s) || !(dest.items().get(0) instanceof JsonString d)
                || !(source.items().get(1) instanceof JsonNumber sp) || !(dest.items().get(1) instanceof JsonNumber dp)
                || !sp.isInt() || !dp.isInt()) {
            return null;
        }
        return new GenLine(s.value(), (int) sp.doubleValue(), d.value(), (int) dp.doubleValue());
    }

    private static Rect rect(JsonObject box) {
        if (box.get("patching_rect") instanceof JsonArray array && array.items().size() == 4) {
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                if (!(array.items().get(i) instanceof JsonNumber n)) {
                    return null;
                }
                v[i] = n.doubleValue();
            }
            return new Rect(v[0], v[1], v[2], v[3]);
        }
        return null;
    }

    private static String string(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s ? s.value() : null;
    }

    private static int integer(JsonObject object, String key) {
        return object.get(key) instanceof JsonNumber n && n.isInt() ? (int) n.doubleValue() : -1;
    }

    /** Max escapes {@code ,} and {@code ;} in object text as {@code \,} and {@code \;}. */
    public static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == ',' || text.charAt(i + 1) == ';')) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    static String lower(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }
}
