package dev.faustwire.gen.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Wrapping a Max comment's note at its width: only lines that are too long, at spaces, words kept whole. */
class ImportLayoutWrapTest {

    @Test
    void aLongLineBreaksAtTheLastSpaceThatFits() {
        assertEquals("one two\nthree four\nfive", ImportLayout.wrap("one two three four five", 10));
    }

    @Test
    void aWordLongerThanTheWidthStaysWholeOnItsOwnLine() {
        assertEquals("a\nsamplerate*4\nb", ImportLayout.wrap("a samplerate*4 b", 5));
    }

    @Test
    void linesThatFitAreKeptWithTheirSpacesAndBreaks() {
        assertEquals("   x\n-----\n\n(1+x)", ImportLayout.wrap("   x\n-----\n\n(1+x)", 10));
    }

    @Test
    void onlyTheLongLineOfSeveralIsBrokenAndItsSpacesFold() {
        assertEquals("short\nlonger\nline\nhere", ImportLayout.wrap("short\nlonger  line here", 6));
    }

    @Test
    void emptyAndSpacesOnlyNotesStayAsTheyAre() {
        assertEquals("", ImportLayout.wrap("", 5));
        assertEquals("  ", ImportLayout.wrap("  ", 5));
    }
}
