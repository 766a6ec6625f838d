package dev.faustwire.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.Search.Kind;
import dev.faustwire.stdlib.Search.Match;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTest {

    private static LibraryFunction f(String name, String summary, String usage, String... params) {
        String library = name.substring(0, name.indexOf('.')) + ".lib";
        return new LibraryFunction(name, library, summary, usage, List.of(params), new Arity.Fixed(params.length, 1));
    }

    private static final List<LibraryFunction> FUNCTIONS = List.of(
            f("fi.lowpass", "Nth-order Butterworth lowpass filter.", "_ : lowpass(N,fc) : _", "N", "fc"),
            f("fi.lowpass3e", "Third-order Elliptic (Cauer) lowpass filter.", "_ : lowpass3e(fc) : _", "fc"),
            f("fi.highpass", "Nth-order Butterworth highpass filter.", "_ : highpass(N,fc) : _", "N", "fc"),
            f("ve.moog_vcf", "Moog Voltage Controlled Filter (VCF) in analog form.", "_ : moog_vcf(res,fr) : _",
                    "res", "fr"),
            f("os.osc", "Default sine wave oscillator (same as oscsin).", "osc(freq) : _", "freq"),
            f("os.oscsin", "Sine oscillator based on a lookup table.", "oscsin(freq) : _", "freq"),
            f("xx.osc", "A test oscillator in another library.", "osc(freq) : _", "freq"),
            f("ma.PI", "The number pi.", ""),
            f("an.amp_follower", "Classic analog audio envelope follower with infinitely fast rise and"
                    + " exponential decay.", "_ : amp_follower(rel) : _", "rel"));

    private static final StdlibIndex INDEX = new StdlibIndex("2.54.9", FUNCTIONS, List.of());

    private static List<String> names(List<Match> matches) {
        return matches.stream().map(m -> m.function().name()).toList();
    }

    private static List<Kind> kinds(List<Match> matches) {
        return matches.stream().map(Match::kind).toList();
    }

    private static Match find(List<Match> matches, String name) {
        return matches.stream().filter(m -> m.function().name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void exactQualifiedNameRanksFirst() {
        List<Match> matches = INDEX.search("os.osc");
        assertEquals("os.osc", matches.get(0).function().name());
        assertEquals(Kind.EXACT, matches.get(0).kind());
        assertEquals(new Match(INDEX.lookup("os.oscsin"), Kind.PREFIX), matches.get(1));
    }

    @Test
    void aliasRanksBeforePrefixMatches() {
        List<Match> matches = INDEX.search("lowpass");
        assertEquals(List.of("fi.lowpass", "fi.lowpass3e"), names(matches));
        assertEquals(List.of(Kind.ALIAS, Kind.PREFIX), kinds(matches));
    }

    @Test
    void searchIgnoresCase() {
        assertEquals(new Match(INDEX.lookup("fi.lowpass"), Kind.ALIAS), INDEX.search("LowPass").get(0));
        assertEquals(new Match(INDEX.lookup("ma.PI"), Kind.EXACT), INDEX.search("ma.pi").get(0));
        assertEquals(new Match(INDEX.lookup("ma.PI"), Kind.ALIAS), INDEX.search("pi").get(0));
        assertEquals(names(INDEX.search("sine oscillator")), names(INDEX.search("SINE Oscillator")));
    }

    @Test
    void aliasInTwoLibrariesMatchesBoth() {
        List<Match> matches = INDEX.search("osc");
        assertEquals(List.of("os.osc", "xx.osc", "os.oscsin"), names(matches).subList(0, 3));
        assertEquals(List.of(Kind.ALIAS, Kind.ALIAS, Kind.PREFIX), kinds(matches).subList(0, 3));
        assertEquals(List.of(INDEX.lookup("os.osc"), INDEX.lookup("xx.osc")), INDEX.resolve("osc"));
    }

    @Test
    void resolveByQualifiedNameOrAlias() {
        assertEquals(List.of(INDEX.lookup("fi.lowpass")), INDEX.resolve("fi.lowpass"));
        assertEquals(List.of(INDEX.lookup("fi.lowpass")), INDEX.resolve("lowpass"));
        assertEquals(List.of(), INDEX.resolve("nothing"));
        assertEquals(List.of(), INDEX.resolve("zz.lowpass"));
        assertEquals(List.of(), INDEX.resolve("fi.Lowpass"));
    }

    @Test
    void substringOfTheName() {
        List<Match> matches = INDEX.search("pass");
        assertEquals(List.of("fi.lowpass", "fi.highpass", "fi.lowpass3e"), names(matches));
        assertEquals(List.of(Kind.SUBSTRING, Kind.SUBSTRING, Kind.SUBSTRING), kinds(matches));
    }

    @Test
    void prefixOfTheShortOrTheQualifiedName() {
        assertEquals(new Match(INDEX.lookup("fi.highpass"), Kind.PREFIX), INDEX.search("high").get(0));
        List<Match> qualified = INDEX.search("fi.low");
        assertEquals(List.of("fi.lowpass", "fi.lowpass3e"), names(qualified));
        assertEquals(List.of(Kind.PREFIX, Kind.PREFIX), kinds(qualified));
    }

    @Test
    void docWordsFindASummary() {
        List<Match> matches = INDEX.search("sine oscillator");
        assertEquals(new Match(INDEX.lookup("os.oscsin"), Kind.DOC), find(matches, "os.oscsin"));
        assertEquals(List.of("os.osc", "os.oscsin"), names(matches));
    }

    @Test
    void docWordsMayBePrefixes() {
        List<Match> matches = INDEX.search("oscil");
        assertEquals(List.of("os.osc", "xx.osc", "os.oscsin"), names(matches));
        assertEquals(List.of(Kind.DOC, Kind.DOC, Kind.DOC), kinds(matches));
        assertEquals(List.of("an.amp_follower"), names(INDEX.search("envel foll")));
    }

    @Test
    void everyDocWordIsRequired() {
        assertEquals(List.of(), INDEX.search("sine lowpass"));
        assertEquals(List.of("fi.lowpass", "fi.highpass"), names(INDEX.search("butterworth filter")));
    }

    @Test
    void docWordsIncludeUsageAndParams() {
        List<Match> matches = INDEX.search("rel");
        assertEquals(List.of(new Match(INDEX.lookup("an.amp_follower"), Kind.DOC)), matches);
    }

    @Test
    void summaryMatchesRankBeforeUsageMatches() {
        StdlibIndex index = new StdlibIndex("2.54.9", List.of(
                f("aa.x", "Nothing to see.", "x(gain) : _", "gain"),
                f("bb.longer", "A gain stage.", "longer : _")), List.of());
        assertEquals(List.of("bb.longer", "aa.x"), names(index.search("gain")));
    }

    @Test
    void emptyOrBlankQueryFindsNothing() {
        assertEquals(List.of(), INDEX.search(""));
        assertEquals(List.of(), INDEX.search("   "));
        assertEquals(List.of(), INDEX.search("\t\n"));
    }

    @Test
    void unknownWordFindsNothing() {
        assertEquals(List.of(), INDEX.search("zebra"));
    }

    @Test
    void queryIsTrimmed() {
        assertEquals(new Match(INDEX.lookup("fi.lowpass"), Kind.EXACT), INDEX.search("  fi.lowpass ").get(0));
    }

    @Test
    void tiesGoToTheShorterThenTheAlphabeticallyFirstName() {
        List<Match> matches = INDEX.search("fc");
        assertEquals(List.of("fi.lowpass", "fi.highpass", "fi.lowpass3e"), names(matches));
        assertEquals(List.of("os.osc", "xx.osc"), names(INDEX.search("osc")).subList(0, 2));
    }

    @Test
    void eachFunctionAppearsAtMostOnce() {
        for (String query : List.of("os", "osc", "o", "fi", "filter", "lowpass", "a", "pass", ".")) {
            List<String> names = names(INDEX.search(query));
            Set<String> distinct = new HashSet<>(names);
            assertEquals(distinct.size(), names.size(), query + " gave " + names);
        }
    }

    @Test
    void matchKeepsTheBestKind() {
        // os.osc is the alias for "osc" and its doc mentions oscillators too; it appears once, as ALIAS
        List<Match> matches = INDEX.search("osc");
        assertEquals(new Match(INDEX.lookup("os.osc"), Kind.ALIAS), find(matches, "os.osc"));
        assertTrue(kinds(matches).indexOf(Kind.ALIAS) < kinds(matches).indexOf(Kind.PREFIX));
    }
}
