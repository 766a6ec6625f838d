package dev.faustwire.stdlib;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonSyntaxException;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonBool;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index as a JSON document: {@code {"format": "faustwire-stdlib-index", "version": 1, "faust":
 * "2.54.9", "functions": [...], "skipped": [...]}}. An arity is {@code {"kind": "fixed", "inputs": 1,
 * "outputs": 1}}, {@code {"kind": "rule", "constants": 1, "inputs": [[1, 0]], "outputs": [[1, 0]]}}
 * (terms: coefficient, then argument positions) or {@code {"kind": "on-demand", "constants": 1}}.
 * Every function has {@code "stateful": true} or {@code false} (whether its compiled code keeps state;
 * read as true when absent).
 * Optional, written only when present: {@code "libraries": [{"prefix": "gen", "file": "gen.lib"}]}
 * (prefixes a program reaches with {@code prefix = library("file");}, not through stdfaust.lib)
 * and, on a function that delays its first input, {@code "delay": {"samples": 1, "fed": "gen.history_fed"}};
 * on a skipped name the library documents, its {@code "summary"}, {@code "usage"} and {@code "params"}.
 */
public final class IndexFormat {
    public static final String FORMAT = "faustwire-stdlib-index";
    public static final int VERSION = 1;

    private IndexFormat() {
    }

    /** The canonical text of an index; the same index always gives the same bytes. */
    public static String write(StdlibIndex index) {
        List<JsonValue> functions = new ArrayList<>();
        for (LibraryFunction function : index.functions()) {
            functions.add(function(function));
        }
        List<JsonValue> skipped = new ArrayList<>();
        for (Skipped s : index.skipped()) {
            skipped.add(skipped(s));
        }
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        fields.put("format", str(FORMAT));
        fields.put("version", JsonNumber.of(VERSION));
        fields.put("faust", str(index.faustVersion()));
        if (!index.libraries().isEmpty()) {
            List<JsonValue> libraries = new ArrayList<>();
            for (Map.Entry<String, String> library : index.libraries().entrySet()) {
                libraries.add(object("prefix", str(library.getKey()), "file", str(library.getValue())));
            }
            fields.put("libraries", new JsonArray(libraries));
        }
        fields.put("functions", new JsonArray(functions));
        fields.put("skipped", new JsonArray(skipped));
        return JsonWriter.write(new JsonObject(fields));
    }

    /** One function as JSON, the form {@code faustwire lib --json} prints too. */
    public static JsonObject function(LibraryFunction function) {
        List<JsonValue> params = new ArrayList<>();
        for (String param : function.params()) {
            params.add(str(param));
        }
        JsonObject written = object("name", str(function.name()), "library", str(function.library()),
                "summary", str(function.summary()), "usage", str(function.usage()),
                "params", new JsonArray(params), "arity", arity(function.arity()),
                "stateful", new JsonBool(function.stateful()));
        if (!function.delaysFirstInput()) {
            return written;
        }
        Map<String, JsonValue> fields = new LinkedHashMap<>(written.fields());
        fields.put("delay", object("samples", JsonNumber.of(function.delay()), "fed", str(function.fed())));
        return new JsonObject(fields);
    }

    /** A left-out name; its doc only when the library documents it, so an index without docs reads as before. */
    private static JsonObject skipped(Skipped s) {
        JsonObject written = object("name", str(s.name()), "library", str(s.library()), "reason", str(s.reason()));
        if (!s.documented()) {
            return written;
        }
        Map<String, JsonValue> fields = new LinkedHashMap<>(written.fields());
        fields.put("summary", str(s.summary()));
        fields.put("usage", str(s.usage()));
        fields.put("params", strings(s.params()));
        return new JsonObject(fields);
    }

    private static JsonArray strings(List<String> values) {
        List<JsonValue> items = new ArrayList<>();
        for (String value : values) {
            items.add(str(value));
        }
        return new JsonArray(items);
    }

    private static JsonObject arity(Arity arity) {
        if (arity instanceof Arity.Fixed fixed) {
            return object("kind", str("fixed"), "inputs", JsonNumber.of(fixed.inputs()),
                    "outputs", JsonNumber.of(fixed.outputs()));
        }
        if (arity instanceof Arity.Rule rule) {
            return object("kind", str("rule"), "constants", JsonNumber.of(rule.constants()),
                    "inputs", polynomial(rule.inputs()), "outputs", polynomial(rule.outputs()));
        }
        return object("kind", str("on-demand"), "constants", JsonNumber.of(((Arity.OnDemand) arity).constants()));
    }

    private static JsonArray polynomial(Polynomial polynomial) {
        List<JsonValue> terms = new ArrayList<>();
        for (Polynomial.Term term : polynomial.terms()) {
            List<JsonValue> items = new ArrayList<>();
            items.add(JsonNumber.of(term.coefficient()));
            for (int variable : term.variables()) {
                items.add(JsonNumber.of(variable));
            }
            terms.add(new JsonArray(items));
        }
        return new JsonArray(terms);
    }

    /** Reads an index written by {@link #write}; anything else is an {@link IllegalArgumentException}. */
    public static StdlibIndex read(String text) {
        JsonValue root;
        try {
            root = JsonParser.parse(text).value();
        } catch (JsonSyntaxException e) {
            throw new IllegalArgumentException("the stdlib index is not JSON: " + e.getMessage());
        }
        try {
            return readIndex(asObject(root, "the index"));
        } catch (ClassCastException | NumberFormatException e) {
            throw new IllegalArgumentException("the stdlib index is malformed: " + e.getMessage());
        }
    }

    private static StdlibIndex readIndex(JsonObject doc) {
        if (!FORMAT.equals(string(doc, "format")) || integer(doc, "version") != VERSION) {
            throw new IllegalArgumentException("not a version " + VERSION + " " + FORMAT + " document");
        }
        List<LibraryFunction> functions = new ArrayList<>();
        for (JsonValue item : array(doc, "functions")) {
            functions.add(readFunction(asObject(item, "a function")));
        }
        List<Skipped> skipped = new ArrayList<>();
        for (JsonValue item : array(doc, "skipped")) {
            skipped.add(readSkipped(asObject(item, "a skipped name")));
        }
        Map<String, String> libraries = new TreeMap<>();
        if (doc.get("libraries") != null) {
            for (JsonValue item : array(doc, "libraries")) {
                JsonObject library = asObject(item, "a library");
                libraries.put(string(library, "prefix"), string(library, "file"));
            }
        }
        return new StdlibIndex(string(doc, "faust"), functions, skipped, libraries);
    }

    private static Skipped readSkipped(JsonObject s) {
        if (s.get("summary") == null && s.get("usage") == null) {
            return new Skipped(string(s, "name"), string(s, "library"), string(s, "reason"));
        }
        List<String> params = new ArrayList<>();
        for (JsonValue param : array(s, "params")) {
            params.add(((JsonString) param).value());
        }
        return new Skipped(string(s, "name"), string(s, "library"), string(s, "reason"), string(s, "summary"),
                string(s, "usage"), params);
    }

    private static LibraryFunction readFunction(JsonObject f) {
        List<String> params = new ArrayList<>();
        for (JsonValue param : array(f, "params")) {
            params.add(((JsonString) param).value());
        }
        int delay = 0;
        String fed = null;
        if (f.get("delay") != null) {
            JsonObject d = asObject(f.get("delay"), "a delay");
            delay = integer(d, "samples");
            fed = string(d, "fed");
            if (delay < 1) {
                throw new IllegalArgumentException("\"samples\" of a delay must be at least 1");
            }
        }
        return new LibraryFunction(string(f, "name"), string(f, "library"), string(f, "summary"),
                string(f, "usage"), params, readArity(asObject(f.get("arity"), "an arity")), delay, fed,
                stateful(f));
    }

    /** The function's {@code "stateful"}; an index written before it was recorded says nothing, taken as stateful. */
    private static boolean stateful(JsonObject f) {
        JsonValue value = f.get("stateful");
        if (value == null) {
            return true;
        }
        if (!(value instanceof JsonBool b)) {
            throw new IllegalArgumentException("\"stateful\" is not true or false");
        }
        return b.value();
    }

    private static Arity readArity(JsonObject a) {
        return switch (string(a, "kind")) {
            case "fixed" -> new Arity.Fixed(integer(a, "inputs"), integer(a, "outputs"));
            case "rule" -> new Arity.Rule(constants(a), readPolynomial(array(a, "inputs"), constants(a)),
                    readPolynomial(array(a, "outputs"), constants(a)));
            case "on-demand" -> new Arity.OnDemand(constants(a));
            default -> throw new IllegalArgumentException("unknown arity kind " + string(a, "kind"));
        };
    }

    private static int constants(JsonObject arity) {
        int constants = integer(arity, "constants");
        if (constants < 1) {
            throw new IllegalArgumentException("\"constants\" must be at least 1");
        }
        return constants;
    }

    private static Polynomial readPolynomial(List<JsonValue> items, int constants) {
        List<Polynomial.Term> terms = new ArrayList<>();
        for (JsonValue item : items) {
            List<JsonValue> numbers = ((JsonArray) item).items();
            if (numbers.isEmpty()) {
                throw new IllegalArgumentException("a polynomial term needs a coefficient");
            }
            List<Integer> variables = new ArrayList<>();
            for (int i = 1; i < numbers.size(); i++) {
                int variable = Integer.parseInt(((JsonNumber) numbers.get(i)).text());
                if (variable < 0 || variable >= constants) {
                    throw new IllegalArgumentException("a term names argument " + variable + " of " + constants);
                }
                variables.add(variable);
            }
            terms.add(new Polynomial.Term(Long.parseLong(((JsonNumber) numbers.get(0)).text()), variables));
        }
        return new Polynomial(terms);
    }

    private static JsonObject asObject(JsonValue value, String what) {
        if (!(value instanceof JsonObject object)) {
            throw new IllegalArgumentException(what + " is not a JSON object");
        }
        return object;
    }

    private static String string(JsonObject object, String key) {
        if (!(object.get(key) instanceof JsonString s)) {
            throw new IllegalArgumentException("\"" + key + "\" is not a string");
        }
        return s.value();
    }

    private static int integer(JsonObject object, String key) {
        if (!(object.get(key) instanceof JsonNumber n) || !n.isInt()) {
            throw new IllegalArgumentException("\"" + key + "\" is not a whole number");
        }
        return Integer.parseInt(n.text());
    }

    private static List<JsonValue> array(JsonObject object, String key) {
        if (!(object.get(key) instanceof JsonArray a)) {
            throw new IllegalArgumentException("\"" + key + "\" is not an array");
        }
        return a.items();
    }

    private static JsonString str(String value) {
        return new JsonString(value);
    }

    private static JsonObject object(Object... keysAndValues) {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], (JsonValue) keysAndValues[i + 1]);
        }
        return new JsonObject(fields);
    }
}
