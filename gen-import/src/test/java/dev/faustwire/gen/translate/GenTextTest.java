package dev.faustwire.gen.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Gen box texts: name, arguments, attributes with one or more values. */
class GenTextTest {
    @Test
    void nameArgumentsAndAttributes() {
        GenText text = GenText.parse("delay 44100 2 @interp cubic @feedback 0");
        assertEquals("delay", text.name());
        assertEquals(List.of("44100", "2"), text.args());
        assertEquals("cubic", text.attribute("interp"));
        assertEquals("0", text.attribute("feedback"));
        assertNull(text.attribute("min"));
    }

    @Test
    void anAttributeKeepsAllItsWordsAndQuotesKeepSpaces() {
        GenText text = GenText.parse("in 1 @comment \"left input\" more");
        assertEquals("left input more", text.attribute("comment"));
        assertEquals(List.of("1"), text.args());
    }

    @Test
    void emptyTextHasAnEmptyName() {
        assertEquals("", GenText.parse("  ").name());
        assertEquals("", GenText.parse(null).name());
    }
}
