package dev.faustwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Box text goes into SVG markup: every character that could open a tag or end an attribute is escaped. */
class MarkupTest {
    @Test
    void markupCharactersAreEscaped() {
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", Markup.escape("<img src=x onerror=alert(1)>"));
        assertEquals("a &amp; b &quot;c&quot; &#39;d&#39;", Markup.escape("a & b \"c\" 'd'"));
        assertEquals("&amp;amp;", Markup.escape("&amp;"));
    }

    @Test
    void plainTextIsGivenBackAsItIs() {
        String text = "hslider freq 440 20 2000 1 — é ∿";
        assertSame(text, Markup.escape(text));
        assertEquals("", Markup.escape(""));
    }
}
