package dev.faustwire.session.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.jvm.BundledIndex;
import org.junit.jupiter.api.Test;

/** Library docs become one short line of plain text. */
class OneLineTest {

    @Test
    void whiteSpaceRunsBecomeOneSpace() {
        assertEquals("a b c", OneLine.of("  a\n\n  b\tc \r\n"));
        assertEquals("", OneLine.of(" \n "));
        assertEquals("", OneLine.of(""));
    }

    @Test
    void markdownLinksKeepTheirTextAndCodeSpansTheirCode() {
        assertEquals("same as oscsin.", OneLine.of("same as [oscsin](#oscsin)."));
        assertEquals("in a chain of blocks", OneLine.of("in a [`chain`](#chain) of blocks"));
        assertEquals("osc is standard", OneLine.of("`osc` is standard"));
    }

    @Test
    void bracketsThatAreNoLinksStay() {
        assertEquals("pole(1) [implemented separately].", OneLine.of("pole(1) [implemented separately]."));
        assertEquals("[x](y", OneLine.of("[x](y"));
        assertEquals("a [b] (c)", OneLine.of("a [b] (c)"));
        assertEquals("[", OneLine.of("["));
    }

    @Test
    void aLongTextIsCutAtAWordWithAnEllipsis() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("word").append(i).append(", ");
        }
        String line = OneLine.of(text.toString());
        assertTrue(line.length() <= OneLine.MAX, line);
        assertTrue(line.endsWith("\u2026"), line);
        String kept = line.substring(0, line.length() - 1);
        assertTrue(text.toString().startsWith(kept), line);
        assertTrue(Character.isLetterOrDigit(kept.charAt(kept.length() - 1)), "no space or comma before the ellipsis: " + line);
        assertTrue(line.length() > OneLine.MAX / 2, line);
    }

    @Test
    void aTextThatFitsIsKeptWhole() {
        String hundred = "x".repeat(OneLine.MAX);
        assertEquals(hundred, OneLine.of(hundred));
        String longer = "x".repeat(OneLine.MAX + 1);
        assertEquals("x".repeat(OneLine.MAX - 1) + "\u2026", OneLine.of(longer), "one long word is cut where it must be");
    }

    @Test
    void aSurrogatePairIsNotSplit() {
        String text = "x".repeat(OneLine.MAX - 2) + "\uD834\uDD1E" + "y".repeat(10);
        String line = OneLine.of(text);
        assertTrue(!Character.isHighSurrogate(line.charAt(line.length() - 2)), line);
    }

    @Test
    void everyLibraryDocBecomesOneShortLine() {
        for (LibraryFunction f : BundledIndex.get().functions()) {
            String line = OneLine.of(f.summary());
            assertTrue(line.length() <= OneLine.MAX && line.indexOf('\n') < 0 && line.indexOf('`') < 0, f.name() + ": " + line);
            assertTrue(line.indexOf("](#") < 0, f.name() + ": " + line);
        }
    }
}
