package dev.faustwire.session.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The completion list for what a person types, against the real stdlib index. */
class CompletionsTest {
    private static final Completions COMPLETIONS = new Completions(BundledIndex.get());
    /** The same list, for tests that ask for another limit. */
    static final Completions COMPLETIONS_FOR_TESTS = COMPLETIONS;

    static List<Suggestion> suggest(String typed) {
        return COMPLETIONS.suggest(typed, 10);
    }

    static List<String> names(List<Suggestion> suggestions) {
        List<String> names = new ArrayList<>();
        for (Suggestion s : suggestions) {
            names.add(s.name());
        }
        return names;
    }

    static Suggestion first(String typed) {
        List<Suggestion> list = suggest(typed);
        assertFalse(list.isEmpty(), "no suggestion for \"" + typed + "\"");
        return list.get(0);
    }

    static Suggestion find(List<Suggestion> list, String name) {
        for (Suggestion s : list) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return fail(name + " is not in " + names(list));
    }

    @Test
    void aQualifiedPrefixRanksTheOscillatorFirstWithItsPorts() {
        List<Suggestion> list = suggest("os.os");
        int rank = names(list).indexOf("os.osc");
        assertTrue(rank >= 0 && rank < 3, "os.osc ranks " + rank + " in " + names(list));
        Suggestion osc = list.get(rank);
        assertEquals(1, osc.inlets());
        assertEquals(1, osc.outlets());
        assertEquals("os.osc ", osc.insert(), "os.osc takes its frequency as an argument");
        for (String name : names(list).subList(0, 5)) {
            assertTrue(name.startsWith("os.os"), names(list).toString());
        }
    }

    @Test
    void anAliasGivesTheQualifiedFunctionOnce() {
        List<Suggestion> list = suggest("osc");
        assertEquals("os.osc", list.get(0).name());
        assertEquals("os.osc ", list.get(0).insert());
        assertFalse(names(list).contains("osc"), names(list).toString());
        assertEquals(1, names(list).stream().filter("os.osc"::equals).count());
    }

    @Test
    void anOperatorIsItsKindFirst() {
        Suggestion plus = first("+");
        assertEquals(new Suggestion("+", BoxKinds.named("+").doc(), 2, 1, "+"), plus);
        assertTrue(plus.doc().contains("add"), plus.doc());
    }

    @Test
    void aKindPrefixShowsTheKindWithItsDoc() {
        Suggestion slider = first("hsl");
        assertEquals("hslider", slider.name());
        assertTrue(slider.doc().contains("slider"), slider.doc());
        assertEquals(BoxKinds.named("hslider").doc(), slider.doc());
        assertEquals(0, slider.inlets());
        assertEquals(1, slider.outlets());
        assertEquals("hslider ", slider.insert());
    }

    @Test
    void theIterationKindComesBeforeLibraryFunctionsThatBeginAlike() {
        List<Suggestion> list = suggest("par");
        assertEquals("par", list.get(0).name());
        assertEquals(-1, list.get(0).inlets(), "par alone has no count yet, so its ports depend on it");
        assertEquals(-1, list.get(0).outlets());
        assertEquals("par ", list.get(0).insert());
        assertEquals("param", list.get(1).name(), "a kind it begins comes next");
        assertTrue(list.size() > 2 && list.get(2).name().indexOf('.') > 0, names(list).toString());
    }

    @Test
    void exactKindThenLibraryAliasThenKindPrefixThenTheRestOfTheLibrary() {
        List<String> names = names(suggest("in"));
        assertEquals(List.of("in", "pm.in", "int"), names.subList(0, 3));
        for (String name : names.subList(3, names.size())) {
            assertTrue(name.indexOf('.') > 0, "after the kinds only library functions: " + names);
        }
    }

    @Test
    void kindPrefixesGoShortestFirstThenAlphabetically() {
        assertEquals(List.of("s", "sr", "seq"), names(COMPLETIONS.suggest("s", 3)));
        assertEquals(List.of("<", "<:", "<<", "<="), names(suggest("<")));
    }

    @Test
    void aNameWithoutItsPrefixFindsTheLibraryFunction() {
        Suggestion lowpass = first("lowpass");
        assertEquals("fi.lowpass", lowpass.name());
        assertTrue(lowpass.doc().contains("Butterworth"), lowpass.doc());
        assertEquals(-1, lowpass.inlets(), "the channels of fi.lowpass depend on its order N");
        assertEquals("fi.lowpass ", lowpass.insert());
    }

    @Test
    void nonsenseOrNothingTypedGivesNothing() {
        assertEquals(List.of(), suggest("zzqxw"));
        assertEquals(List.of(), suggest("qqqq.zzzz 3"));
        assertEquals(List.of(), suggest(""));
        assertEquals(List.of(), suggest("   "));
        assertEquals(List.of(), suggest(" \t"));
    }

    @Test
    void theLimitIsRespected() {
        assertEquals(5, COMPLETIONS.suggest("o", 5).size());
        assertEquals(1, COMPLETIONS.suggest("os.os", 1).size());
        assertEquals(List.of(), COMPLETIONS.suggest("os.osc", 0));
        assertEquals(List.of(), COMPLETIONS.suggest("os.osc", -3));
        assertTrue(COMPLETIONS.suggest("o", 500).size() > 10, "a wide limit shows the whole ranking");
    }

    @Test
    void caseDoesNotHideKindsOrFunctions() {
        assertEquals("hslider", first("HSL").name());
        assertEquals("hslider ", first("HSL").insert());
        assertEquals("os.osc", first("OS.OSC").name());
    }

    @Test
    void libraryDocsArePlainText() {
        assertEquals("Default sine wave oscillator (same as oscsin). osc is a standard Faust function.", first("os.osc").doc());
        Suggestion in = find(suggest("in"), "pm.in");
        assertEquals("Adds a signal to left and right going waves anywhere in a chain of blocks.", in.doc());
    }

    @Test
    void aLongLibraryDocIsCutWithAnEllipsis() {
        Suggestion follower = find(COMPLETIONS.suggest("an.amp_follower", 3), "an.amp_follower");
        assertTrue(follower.doc().endsWith("\u2026"), follower.doc());
        assertTrue(follower.doc().length() <= 100, follower.doc());
        assertTrue(follower.doc().startsWith("Classic analog audio envelope follower"), follower.doc());
    }
}
