package dev.faustwire.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonBool;
import dev.faustwire.core.json.JsonValue.JsonNull;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of {@link JsonParser}: value kinds, escapes, error positions, duplicate keys and depth. */
class JsonParserTest {

    private static JsonValue value(String text) {
        return JsonParser.parse(text).value();
    }

    private static JsonSyntaxException error(String text) {
        return assertThrows(JsonSyntaxException.class, () -> JsonParser.parse(text));
    }

    private static void assertError(String text, int line, int column, String message) {
        JsonSyntaxException e = error(text);
        assertEquals(message, e.getMessage(), "message");
        assertEquals(line, e.line(), "line");
        assertEquals(column, e.column(), "column");
    }

    @Test
    void readsScalars() {
        assertEquals(new JsonBool(true), value("true"));
        assertEquals(new JsonBool(false), value("false"));
        assertEquals(JsonNull.INSTANCE, value("null"));
        assertEquals(new JsonString("hi"), value("\"hi\""));
        assertEquals(new JsonNumber("42"), value("42"));
        assertEquals(new JsonNumber("-0.5"), value(" \t\r\n-0.5 \n"));
    }

    @Test
    void numbersAreKeptAsCanonicalText() {
        JsonArray array = assertInstanceOf(JsonArray.class, value("[1.50, -0, 1E3, 1e-8, 0.25]"));
        assertEquals(List.of(new JsonNumber("1.5"), new JsonNumber("0"), new JsonNumber("1000"),
                new JsonNumber("1e-8"), new JsonNumber("0.25")), array.items());
    }

    @Test
    void readsObjectsAndArraysKeepingOrder() {
        JsonObject object = assertInstanceOf(JsonObject.class,
                value("{\"b\": [1, \"x\", null], \"a\": {}, \"c\": []}"));
        assertEquals(List.of("b", "a", "c"), List.copyOf(object.fields().keySet()));
        assertEquals(new JsonArray(List.of(new JsonNumber("1"), new JsonString("x"), JsonNull.INSTANCE)),
                object.get("b"));
        assertTrue(((JsonObject) object.get("a")).isEmpty());
        assertEquals(new JsonArray(List.of()), object.get("c"));
    }

    @Test
    void readsStringEscapes() {
        assertEquals(new JsonString("q\" b\\ s/ \b\f\n\r\t"), value("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t\""));
    }

    @Test
    void readsUnicodeEscapes() {
        assertEquals(new JsonString("café"), value("\"caf\\u00e9\""));
        assertEquals(new JsonString("É"), value("\"\\u00C9\""));
        assertEquals(new JsonString("\uD83D\uDE00"), value("\"\\ud83d\\ude00\""));
        assertEquals(new JsonString("é"), value("\"é\""));
    }

    @Test
    void truncatedDocumentStopsAtEnd() {
        assertError("{\"a\": [1, 2", 1, 12, "unexpected end of input");
    }

    @Test
    void truncatedStringIsUnterminated() {
        assertError("[\"abc", 1, 6, "unterminated string");
    }

    @Test
    void missingCommaInObjectPointsAtNextKey() {
        assertError("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}'");
    }

    @Test
    void missingCommaInArrayPointsAtNextItem() {
        assertError("[1 2]", 1, 4, "expected ',' or ']'");
    }

    @Test
    void missingColon() {
        assertError("{\"a\" 1}", 1, 6, "expected ':'");
    }

    @Test
    void unquotedKey() {
        assertError("{a: 1}", 1, 2, "expected a key in quotes");
    }

    @Test
    void trailingCommaIsRejected() {
        assertError("[1,]", 1, 4, "unexpected character ']'");
    }

    @Test
    void trailingGarbage() {
        assertError("[1] x", 1, 5, "unexpected text after the end of the document");
        assertError("{}\n{}", 2, 1, "unexpected text after the end of the document");
    }

    @Test
    void badLiteral() {
        assertError("[tru]", 1, 2, "unexpected word; expected true");
        assertError("nul", 1, 1, "unexpected word; expected null");
        assertError("[True]", 1, 2, "unexpected character 'T'");
    }

    @Test
    void invalidNumbers() {
        assertError("[1, 01]", 1, 5, "invalid number '01'");
        assertError("-", 1, 1, "invalid number '-'");
        assertError("{\n\"x\": 1.}", 2, 6, "invalid number '1.'");
        assertError("[.5]", 1, 2, "unexpected character '.'");
        assertError("+1", 1, 1, "unexpected character '+'");
    }

    @Test
    void controlCharacterInString() {
        assertError("{\"a\": \"x\ty\"}", 1, 9, "control character in string");
        assertError("\"a\nb\"", 1, 3, "control character in string");
    }

    @Test
    void invalidEscapes() {
        assertError("\"a\\x\"", 1, 4, "invalid escape '\\x'");
        assertError("\"\\u00g0\"", 1, 6, "invalid \\u escape");
        assertError("\"\\u00", 1, 4, "truncated \\u escape");
    }

    @Test
    void emptyDocument() {
        assertError("", 1, 1, "empty document");
        assertError("  \n  ", 2, 3, "empty document");
    }

    @Test
    void duplicateKeysAreRecordedWithPathAndFirstValueKept() {
        JsonParser.Result result = JsonParser.parse("{\"a\": 1, \"b\": {\"c\": 2, \"c\": 3}, \"a\": 4}");
        assertEquals(List.of(
                new DuplicateKey(List.of("b"), "c", 1, 24),
                new DuplicateKey(List.of(), "a", 1, 33)), result.duplicates());
        JsonObject root = (JsonObject) result.value();
        assertEquals(new JsonNumber("1"), root.get("a"));
        assertEquals(new JsonNumber("2"), ((JsonObject) root.get("b")).get("c"));
        assertEquals(2, root.fields().size());
    }

    @Test
    void duplicateKeyPathNamesArrayIndexes() {
        JsonParser.Result result = JsonParser.parse("{\"boxes\": [{}, {\n\"x\": 1,\n\"x\": 2}]}");
        assertEquals(List.of(new DuplicateKey(List.of("boxes", "1"), "x", 3, 1)), result.duplicates());
    }

    @Test
    void documentWithoutDuplicatesReportsNone() {
        assertEquals(List.of(), JsonParser.parse("{\"a\": {\"a\": [{\"a\": 1}]}}").duplicates());
    }

    @Test
    void nestingOf512IsAccepted() {
        String text = "[".repeat(512) + "1" + "]".repeat(512);
        JsonValue v = value(text);
        for (int i = 0; i < 512; i++) {
            v = ((JsonArray) v).items().get(0);
        }
        assertEquals(new JsonNumber("1"), v);
    }

    @Test
    void nestingDeeperThan512IsRejected() {
        assertError("[".repeat(513) + "1" + "]".repeat(513), 1, 514, "nesting deeper than 512");
        String objects = "{\"k\":".repeat(600) + "1" + "}".repeat(600);
        assertEquals("nesting deeper than 512", error(objects).getMessage());
    }
}
