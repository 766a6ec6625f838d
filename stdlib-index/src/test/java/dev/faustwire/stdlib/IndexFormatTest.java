package dev.faustwire.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import dev.faustwire.stdlib.Polynomial.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class IndexFormatTest {

    private static final LibraryFunction OSC = new LibraryFunction("os.osc", "oscillators.lib",
            "Default sine wave oscillator (same as [oscsin](#oscsin)).", "osc(freq) : _", List.of("freq"),
            new Arity.Fixed(1, 1));
    private static final LibraryFunction BUS = new LibraryFunction("si.bus", "signals.lib",
            "Put N cables in parallel.", "bus(N)", List.of("N"),
            new Arity.Rule(1, new Polynomial(List.of(new Term(1, List.of(0)))),
                    new Polynomial(List.of(new Term(1, List.of(0))))));
    private static final LibraryFunction PRODUCT = new LibraryFunction("ro.interleave", "routes.lib",
            "Interleave \"R*C\" cables\\ from column order\nto row order \u00e9\u2211.", "", List.of("R", "C"),
            new Arity.Rule(2, new Polynomial(List.of(new Term(1, List.of(0, 1)))),
                    new Polynomial(List.of(new Term(2, List.of(0, 1)), new Term(-1, List.of())))));
    private static final LibraryFunction ANALYZER = new LibraryFunction("an.mth_octave_analyzer", "analyzers.lib",
            "Octave analyzer.", "_ : mth_octave_analyzer(O,M,ftop,N) : par(i,N,_)", List.of("O", "M", "ftop", "N"),
            new Arity.OnDemand(4));
    private static final Skipped SOUNDFILE = new Skipped("so.loop", "soundfiles.lib", "needs a soundfile: no file");
    private static final Skipped FAMILY = new Skipped("de.fdelay[N]a", "delays.lib",
            "the doc header names a family, but the library defines no member of it");

    private static StdlibIndex index(List<LibraryFunction> functions, List<Skipped> skipped) {
        return new StdlibIndex("2.54.9", functions, skipped);
    }

    private static String sample() {
        return IndexFormat.write(index(List.of(OSC, BUS, PRODUCT, ANALYZER), List.of(SOUNDFILE, FAMILY)));
    }

    /** The sample index with its JSON changed by {@code edit}, written back as text. */
    private static String edited(UnaryOperator<JsonObject> edit) {
        JsonObject doc = (JsonObject) JsonParser.parse(sample()).value();
        return JsonWriter.write(edit.apply(doc));
    }

    /** The sample index with its function number {@code i} (in name order) changed by {@code edit}. */
    private static String editedFunction(int i, UnaryOperator<JsonObject> edit) {
        return edited(doc -> {
            List<JsonValue> functions = new ArrayList<>(((JsonArray) doc.get("functions")).items());
            functions.set(i, edit.apply((JsonObject) functions.get(i)));
            return doc.with("functions", new JsonArray(functions));
        });
    }

    private static JsonValue json(String text) {
        return JsonParser.parse(text).value();
    }

    @Test
    void roundTripGivesTheSameText() {
        String text = sample();
        StdlibIndex read = IndexFormat.read(text);
        assertEquals(text, IndexFormat.write(read));
    }

    @Test
    void roundTripKeepsEveryField() {
        StdlibIndex read = IndexFormat.read(sample());
        assertEquals("2.54.9", read.faustVersion());
        assertEquals(List.of(ANALYZER, OSC, PRODUCT, BUS), read.functions());
        assertEquals(List.of(FAMILY, SOUNDFILE), read.skipped());
        assertEquals(BUS, read.lookup("si.bus"));
        assertEquals(PRODUCT.summary(), read.lookup("ro.interleave").summary());
    }

    @Test
    void writtenTextNamesFormatAndVersion() {
        JsonObject doc = (JsonObject) JsonParser.parse(sample()).value();
        assertEquals(new JsonString(IndexFormat.FORMAT), doc.get("format"));
        assertEquals("1", ((JsonValue.JsonNumber) doc.get("version")).text());
        assertTrue(sample().endsWith("\n"));
    }

    @Test
    void writtenArityShapes() {
        JsonObject bus = IndexFormat.function(BUS);
        JsonObject arity = (JsonObject) bus.get("arity");
        assertEquals(new JsonString("rule"), arity.get("kind"));
        assertEquals(json("[[1, 0]]"), arity.get("inputs"));
        JsonObject product = (JsonObject) IndexFormat.function(PRODUCT).get("arity");
        assertEquals(json("[[2, 0, 1], [-1]]"), product.get("outputs"));
        assertEquals(new JsonString("fixed"), ((JsonObject) IndexFormat.function(OSC).get("arity")).get("kind"));
        assertEquals(new JsonString("on-demand"),
                ((JsonObject) IndexFormat.function(ANALYZER).get("arity")).get("kind"));
    }

    @Test
    void writtenTextDoesNotDependOnInputOrder() {
        String forwards = IndexFormat.write(index(List.of(OSC, BUS, PRODUCT, ANALYZER), List.of(SOUNDFILE, FAMILY)));
        String backwards = IndexFormat.write(index(List.of(ANALYZER, PRODUCT, BUS, OSC), List.of(FAMILY, SOUNDFILE)));
        assertEquals(forwards, backwards);
    }

    @Test
    void emptyIndexRoundTrips() {
        String text = IndexFormat.write(index(List.of(), List.of()));
        StdlibIndex read = IndexFormat.read(text);
        assertEquals(List.of(), read.functions());
        assertEquals(List.of(), read.skipped());
        assertEquals(text, IndexFormat.write(read));
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read("{\"format\": "));
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read("not json"));
    }

    @Test
    void rejectsJsonThatIsNotAnObject() {
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read("[1, 2]"));
    }

    @Test
    void rejectsAnotherFormat() {
        String text = edited(doc -> doc.with("format", new JsonString("faustwire-patch")));
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(text));
    }

    @Test
    void rejectsAnotherVersion() {
        String text = edited(doc -> doc.with("version", JsonValue.JsonNumber.of(2L)));
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(text));
        String decimal = edited(doc -> doc.with("version", JsonValue.JsonNumber.of(1.5)));
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(decimal));
    }

    @Test
    void rejectsAMissingTopLevelField() {
        String text = edited(doc -> doc.without(List.of("faust")));
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(text));
        String noSkipped = edited(doc -> doc.without(List.of("skipped")));
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(noSkipped));
    }

    @Test
    void rejectsAFunctionWithAMissingField() {
        String noSummary = editedFunction(0, f -> f.without(List.of("summary")));
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(noSummary));
        String noArity = editedFunction(0, f -> f.without(List.of("arity")));
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(noArity));
    }

    @Test
    void rejectsAnUnknownArityKind() {
        String text = editedFunction(0, f -> f.with("arity",
                ((JsonObject) f.get("arity")).with("kind", new JsonString("variable"))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(text));
        assertTrue(e.getMessage().contains("variable"), e.getMessage());
    }

    @Test
    void rejectsAParamThatIsNotAString() {
        String text = editedFunction(0, f -> f.with("params", new JsonArray(List.of(JsonValue.JsonNumber.of(3L)))));
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(text));
    }

    @Test
    void rejectsATermThatIsNotNumbers() {
        String text = editedFunction(3, f -> f.with("arity", ((JsonObject) f.get("arity"))
                .with("outputs", new JsonArray(List.of(new JsonArray(List.of(new JsonString("a0"))))))));
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(text));
    }

    @Test
    void rejectsAnEmptyTerm() {
        // function 3 in name order is si.bus, a rule
        String text = editedFunction(3, f -> f.with("arity", ((JsonObject) f.get("arity"))
                .with("inputs", new JsonArray(List.of(new JsonArray(List.of()))))));
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(text));
    }

    @Test
    void rejectsATermNamingAnArgumentBeyondTheConstants() {
        String text = editedFunction(3, f -> f.with("arity", ((JsonObject) f.get("arity"))
                .with("inputs", new JsonArray(List.of(new JsonArray(List.of(JsonNumber.of(1), JsonNumber.of(1))))))));
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(text));
    }

    @Test
    void rejectsARuleWithoutConstants() {
        String text = editedFunction(3, f -> f.with("arity", ((JsonObject) f.get("arity"))
                .with("constants", JsonNumber.of(0))));
        assertThrows(IllegalArgumentException.class, () -> IndexFormat.read(text));
    }
}
