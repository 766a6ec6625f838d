package dev.faustwire.server.osc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** OSC 1.0 address patterns, part by part: ?, *, [abc], [a-z], [!a-z], {a,b}, and malformed ones. */
class OscPatternTest {
    private static void yes(String pattern, String address) {
        assertTrue(OscPattern.matches(pattern, address), pattern + " should match " + address);
    }

    private static void no(String pattern, String address) {
        assertFalse(OscPattern.matches(pattern, address), pattern + " should not match " + address);
    }

    @Test
    void plainAddressesMatchOnlyThemselves() {
        yes("/main/freq", "/main/freq");
        no("/main/freq", "/main/fre");
        no("/main/fre", "/main/freq");
        no("/main", "/main/freq");
        no("/main/freq", "/main");
        no("/main/freq/", "/main/freq");
        no("main/freq", "main/freq");
        no("", "/main");
        no(null, "/main");
    }

    @Test
    void questionMarkIsOneCharacter() {
        yes("/m?in/freq", "/main/freq");
        yes("/main/????", "/main/freq");
        no("/main/???", "/main/freq");
        no("/main/?????", "/main/freq");
    }

    @Test
    void starIsAnyRunWithinOnePart() {
        yes("/*/freq", "/main/freq");
        yes("/*", "/main");
        yes("/main/*", "/main/freq");
        yes("/main/f*", "/main/freq");
        yes("/main/*q", "/main/freq");
        yes("/main/f*e*q", "/main/freq");
        yes("/main/freq*", "/main/freq");
        yes("/*/*", "/main/freq");
        no("/*", "/main/freq");
        no("/*/freq", "/main/group/freq");
        no("/main/*x", "/main/freq");
    }

    @Test
    void bracketsAreOneCharacterOfASet() {
        yes("/main/[fg]req", "/main/freq");
        yes("/main/[a-z]req", "/main/freq");
        yes("/main/[!a-e]req", "/main/freq");
        no("/main/[!f]req", "/main/freq");
        no("/main/[a-e]req", "/main/freq");
        yes("/osc[0-9]/gain", "/osc3/gain");
        no("/osc[0-2]/gain", "/osc3/gain");
        yes("/a[-]b", "/a-b");
        yes("/a[x-]b", "/a-b");
    }

    @Test
    void bracesAreOneOfTheStrings() {
        yes("/main/{freq,gain}", "/main/freq");
        yes("/main/{freq,gain}", "/main/gain");
        no("/main/{freq,gain}", "/main/on");
        yes("/main/{fr,g}{eq,ain}", "/main/gain");
        yes("/{main,drone}/*", "/drone/pitch");
        yes("/main/{,x}freq", "/main/freq");
    }

    @Test
    void malformedPatternsMatchNothing() {
        no("/main/[fg", "/main/f");
        no("/main/{freq", "/main/freq");
        no("/main/[fg/]", "/main/f");
        no("/" + "a".repeat(OscPattern.MAX_LENGTH), "/" + "a".repeat(OscPattern.MAX_LENGTH));
    }

    @Test
    void manyStarsOnALongAddressStayFast() {
        String address = "/" + "a".repeat(900) + "b";
        String pattern = "/" + "*a".repeat(60) + "*c";
        long t0 = System.nanoTime();
        no(pattern, address);
        yes("/" + "*a".repeat(60) + "*b", address);
        long micros = (System.nanoTime() - t0) / 1000;
        System.out.println("OSC pattern of 60 stars against 901 characters: " + micros + " us");
    }

    @Test
    void patternCharactersAreRecognised() {
        assertTrue(OscPattern.isPattern("/*/freq"));
        assertTrue(OscPattern.isPattern("/main/{a,b}"));
        assertFalse(OscPattern.isPattern("/main/freq"));
        assertEquals(1024, OscPattern.MAX_LENGTH);
    }
}
