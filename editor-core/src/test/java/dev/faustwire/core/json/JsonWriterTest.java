package dev.faustwire.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonBool;
import dev.faustwire.core.json.JsonValue.JsonNull;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests of {@link JsonWriter}: canonical layout, key order, escaping and round trips. */
class JsonWriterTest {

    private static JsonObject object(Object... keysAndValues) {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], (JsonValue) keysAndValues[i + 1]);
        }
        return new JsonObject(fields);
    }

    private static JsonArray array(JsonValue... items) {
        return new JsonArray(List.of(items));
    }

    private static JsonNumber num(String text) {
        return new JsonNumber(text);
    }

    private static JsonString str(String s) {
        return new JsonString(s);
    }

    @Test
    void scalarsAtTopLevelEndWithNewline() {
        assertEquals("true\n", JsonWriter.write(new JsonBool(true)));
        assertEquals("false\n", JsonWriter.write(new JsonBool(false)));
        assertEquals("null\n", JsonWriter.write(JsonNull.INSTANCE));
        assertEquals("1.5\n", JsonWriter.write(num("1.5")));
        assertEquals("\"x\"\n", JsonWriter.write(str("x")));
    }

    @Test
    void emptyObjectAndArray() {
        assertEquals("{}\n", JsonWriter.write(JsonObject.EMPTY));
        assertEquals("[]\n", JsonWriter.write(array()));
        assertEquals("{\n  \"a\": {},\n  \"b\": []\n}\n", JsonWriter.write(object("b", array(), "a", JsonObject.EMPTY)));
    }

    @Test
    void keysAreSortedByCodePoint() {
        JsonObject o = object("b", num("1"), "B", num("2"), "a", num("3"), "é", num("4"), "_", num("5"),
                "aa", num("6"), "10", num("7"), "9", num("8"));
        String expected = """
                {
                  "10": 7,
                  "9": 8,
                  "B": 2,
                  "_": 5,
                  "a": 3,
                  "aa": 6,
                  "b": 1,
                  "é": 4
                }
                """;
        assertEquals(expected, JsonWriter.write(o));
    }

    @Test
    void nestedIndentationIsTwoSpaces() {
        JsonObject o = object(
                "b", object("y", array(num("1"), num("2")), "x", new JsonBool(true)),
                "a", array(object("k", JsonNull.INSTANCE), str("s")),
                "c", array());
        String expected = """
                {
                  "a": [
                    {
                      "k": null
                    },
                    "s"
                  ],
                  "b": {
                    "x": true,
                    "y": [1, 2]
                  },
                  "c": []
                }
                """;
        assertEquals(expected, JsonWriter.write(o));
    }

    @Test
    void scalarArraysStayOnOneLine() {
        JsonArray a = array(num("1"), str("two"), new JsonBool(false), JsonNull.INSTANCE, num("-0.5"));
        assertEquals("[1, \"two\", false, null, -0.5]\n", JsonWriter.write(a));
        assertEquals("{\n  \"rect\": [15, 60, 45, 23]\n}\n",
                JsonWriter.write(object("rect", array(num("15"), num("60"), num("45"), num("23")))));
    }

    @Test
    void arraysHoldingContainersAreMultiLine() {
        assertEquals("[\n  [1, 2],\n  [3]\n]\n", JsonWriter.write(array(array(num("1"), num("2")), array(num("3")))));
        assertEquals("[\n  []\n]\n", JsonWriter.write(array(array())));
        assertEquals("[\n  {}\n]\n", JsonWriter.write(array(JsonObject.EMPTY)));
        assertEquals("[\n  1,\n  {\n    \"a\": 2\n  }\n]\n", JsonWriter.write(array(num("1"), object("a", num("2")))));
    }

    @Test
    void escapesQuotesBackslashAndWhitespace() {
        assertEquals("\"say \\\"hi\\\"\"\n", JsonWriter.write(str("say \"hi\"")));
        assertEquals("\"a\\\\b\"\n", JsonWriter.write(str("a\\b")));
        assertEquals("\"l1\\nl2\\r\\t\\b\\f\"\n", JsonWriter.write(str("l1\nl2\r\t\b\f")));
    }

    @Test
    void escapesOtherControlCharactersAsUnicode() {
        assertEquals("\"\\u0001\\u001f\\u0000\"\n", JsonWriter.write(str("\u0001\u001f\u0000")));
    }

    @Test
    void leavesSlashDelAndNonAsciiAsTheyAre() {
        assertEquals("\"a/b\u007fé€\"\n", JsonWriter.write(str("a/b\u007fé€")));
    }

    @Test
    void escapesKeysLikeValues() {
        assertEquals("{\n  \"a\\\"b\\n\": 1\n}\n", JsonWriter.write(object("a\"b\n", num("1"))));
    }

    @Test
    void roundTripIsStable() {
        JsonObject v = object(
                "z", array(object("q", str("\u0001\"\\/é"), "p", array()), num("1e-8"), array(JsonNull.INSTANCE)),
                "m", object("n", object("o", array(num("1.5"), new JsonBool(true)))),
                "a", JsonObject.EMPTY);
        String written = JsonWriter.write(v);
        assertEquals(written, JsonWriter.write(JsonParser.parse(written).value()));
        assertEquals(v, JsonParser.parse(written).value());
    }

    @Test
    void parsedNumbersAreWrittenCanonically() {
        assertEquals("[1.5, 0, 1000, 1e21]\n", JsonWriter.write(JsonParser.parse("[1.50, -0.0, 1e3, 10e20]").value()));
    }
}
