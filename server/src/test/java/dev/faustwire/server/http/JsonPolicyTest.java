package dev.faustwire.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.BadRequestResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link JsonPolicy}: the one rule for JSON bodies, whatever the route. */
class JsonPolicyTest {
    private static String nestedArrays(int depth) {
        return "{\"a\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"{} x", "{}{}", "{} null", "{}]", "", "   ", "{\"a\": 1, \"a\": 2}", "{\"a\": 1e400}",
            "[-1e400]", "{\"a\": NaN}", "{\"a\": 01}", "{\"a\": \"raw \u0001 control\"}", "{'a': 1}", "{\"a\": 1,}"})
    void isRefusedWithA400ThatSaysWhy(String text) {
        BadRequestResponse refused = assertThrows(BadRequestResponse.class,
                () -> JsonPolicy.value(text, "the body"));
        assertTrue(refused.getMessage().startsWith("the body "), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", " {\"a\": [1, -1, 1e308, 123456789012345678901234567890]} \n", "{\"a\": \"\\ud800\"}",
            "{\"\\udc00\": \"\\u0000\\u001b\"}", "{\"a\": -0}", "[]", "\"text\""})
    void isAccepted(String text) {
        JsonPolicy.value(text, "the body");
    }

    @Test
    void nestingIsBoundedOneLevelAboveThePatchReader() {
        JsonPolicy.value(nestedArrays(JsonPolicy.MAX_NESTING), "the body");
        assertThrows(BadRequestResponse.class, () -> JsonPolicy.value(nestedArrays(JsonPolicy.MAX_NESTING + 1), "the body"));
        assertThrows(BadRequestResponse.class, () -> JsonPolicy.value(nestedArrays(100_000), "the body"));
    }

    @Test
    void aNumberTooLargeIsNamedByWhereItIs() {
        BadRequestResponse refused = assertThrows(BadRequestResponse.class,
                () -> JsonPolicy.value("{\"boxes\": {\"b\": {\"rect\": [0, 1e400]}}}", "a patch"));
        assertTrue(refused.getMessage().endsWith("at /boxes/b/rect/1"), refused.getMessage());
    }

    @Test
    void bytesAreJudgedAsTheirTextIs() {
        for (String text : new String[] {"{} x", "{\"a\": 1, \"a\": 2}", "{\"a\": 1e400}", nestedArrays(JsonPolicy.MAX_NESTING + 1)}) {
            assertThrows(BadRequestResponse.class, () -> JsonPolicy.value(text.getBytes(StandardCharsets.UTF_8), "the body"),
                    text.length() > 40 ? text.substring(0, 40) : text);
        }
        assertEquals("\ud800", JsonPolicy.value("{\"a\": \"\\ud800\"}".getBytes(StandardCharsets.UTF_8), "the body")
                .path("a").textValue());
        byte[] invalid = {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}'};
        assertThrows(BadRequestResponse.class, () -> JsonPolicy.value(invalid, "the body"));
        assertThrows(BadRequestResponse.class, () -> JsonPolicy.value("\ufeff{}".getBytes(StandardCharsets.UTF_8), "the body"));
        assertThrows(BadRequestResponse.class, () -> JsonPolicy.value("\ufeff{}", "the body"));
        byte[] encodedSurrogate = {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        assertThrows(BadRequestResponse.class, () -> JsonPolicy.value(encodedSurrogate, "the body"));
        byte[] big = ("{\"a\": \"" + "\u266b".repeat(20_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertEquals(20_000, JsonPolicy.value(big, "the body").path("a").textValue().length());
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "{\"a\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(BadRequestResponse.class, () -> JsonPolicy.object(latin1, "the body"));
        assertThrows(BadRequestResponse.class, () -> JsonPolicy.object("[1]".getBytes(StandardCharsets.UTF_8), "the body"));
        assertEquals(1, JsonPolicy.object("{\"a\": 1}".getBytes(StandardCharsets.UTF_8), "the body").size());
    }
}
