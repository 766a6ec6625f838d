package dev.faustwire.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the command line prints cannot drive a terminal: escapes, carriage returns, bidi overrides. */
class TerminalTextTest {
    @Test
    void escapeSequencesAndCarriageReturnsBecomeVisible() {
        assertEquals("\\x1b[31mred\\x1b[0m", TerminalText.escape("\u001b[31mred\u001b[0m"));
        assertEquals("ok\\x0dfake", TerminalText.escape("ok\rfake"));
        assertEquals("\\x9b2J \\x7f \\x00", TerminalText.escape("\u009b2J \u007f \u0000"));
    }

    @Test
    void bidirectionalOverridesBecomeVisible() {
        assertEquals("a\\u202eb\\u2066c", TerminalText.escape("a\u202eb\u2066c"));
    }

    @Test
    void ordinaryTextNewlinesTabsAndPairsAreKept() {
        String text = "line 1\n\tFréquence 🎹 \u00e9";
        assertSame(text, TerminalText.escape(text));
    }

    @Test
    void loneSurrogatesAreEscapedButPairsAreNot() {
        assertEquals("a\\ud800b", TerminalText.escape("a\ud800b"));
        assertEquals("\\udc00", TerminalText.escape("\udc00"));
        assertEquals("\ud83c\udfb9", TerminalText.escape("\ud83c\udfb9"));
    }

    @Test
    void aGuardedStreamEscapesEveryWayOfPrinting() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream guarded = TerminalText.guard(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        guarded.println("x\u001b[2Jy");
        guarded.print((Object) "\r");
        guarded.println((Object) "\u009b");
        guarded.print("é\n");
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("x\\x1b[2Jy\n\\x0d\\x9b\né\n", printed.replace(System.lineSeparator(), "\n"));
        assertSame(guarded, TerminalText.guard(guarded));
    }

    @Test
    void printedJsonStaysValidAndCarriesNoControlCharacter() throws Exception {
        String json = CliJson.MAPPER.writeValueAsString(Map.of("label", "a\u001b[31m\u009b\u007f\u202e é"));
        for (char c : json.toCharArray()) {
            assertFalse(c != '\n' && TerminalText.unsafe(c), "raw U+" + Integer.toHexString(c) + " in " + json);
        }
        JsonNode back = CliJson.MAPPER.readTree(json);
        assertEquals("a\u001b[31m\u009b\u007f\u202e é", back.get("label").textValue());
        assertTrue(json.contains("é"), json);
    }
}
