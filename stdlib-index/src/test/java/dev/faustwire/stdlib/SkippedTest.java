package dev.faustwire.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Documented names the index skips keep their doc, are found by name, and say how to call them from a code box. */
class SkippedTest {
    private static final Skipped REDUCE = new Skipped("rm.reduce", "reducemaps.lib",
            "takes arguments that are not numbers (a function, a list, a waveform)",
            "Fold-like high order function. For example: `reduce(max,128)` will compute the maximum of each block.",
            "reduce(op, n, x)", List.of("op", "n", "x"));
    private static final Skipped BUILDDOWN = new Skipped("wd.builddown", "wdmodels.lib",
            "takes arguments that are not numbers (a function, a list, a waveform)",
            "Build a tree from a list of elements.", "builddown(A : B : C) : _", List.of("A"));
    private static final Skipped FAMILY = new Skipped("de.fdelay[N]a", "delays.lib",
            "the doc header names a family, but the library defines no member of it");
    private static final Skipped GEN_REDUCE = new Skipped("gen.reduce", "gen.lib", "a test name", "Gen's.", "reduce(x)",
            List.of("x"));

    private static StdlibIndex index() {
        return new StdlibIndex("2.54.9", List.of(), List.of(REDUCE, BUILDDOWN, FAMILY));
    }

    @Test
    void theIndexFormatKeepsTheDocOfASkippedNameAndReadsOneWithout() {
        String text = IndexFormat.write(index());
        assertTrue(text.contains("\"usage\": \"reduce(op, n, x)\"") || text.contains("\"usage\":\"reduce(op, n, x)\""), text);
        StdlibIndex read = IndexFormat.read(text);
        assertEquals(List.of(FAMILY, REDUCE, BUILDDOWN), read.skipped());
        assertEquals(text, IndexFormat.write(read));
        assertFalse(read.skipped().get(0).documented());
        assertEquals(List.of(), read.skipped().get(0).params());
    }

    @Test
    void anIndexOfTheFormerFormReadsAsBefore() {
        String old = "{\"format\": \"faustwire-stdlib-index\", \"version\": 1, \"faust\": \"2.54.9\", \"functions\": [],"
                + " \"skipped\": [{\"name\": \"rm.reduce\", \"library\": \"reducemaps.lib\", \"reason\": \"why\"}]}";
        Skipped read = IndexFormat.read(old).skipped().get(0);
        assertEquals(new Skipped("rm.reduce", "reducemaps.lib", "why"), read);
        assertFalse(read.documented());
    }

    @Test
    void aSkippedNameIsFoundByItsNameOrItsAlias() {
        StdlibIndex index = index();
        assertEquals(REDUCE, index.skippedNamed("rm.reduce"));
        assertEquals(REDUCE, index.skippedNamed("reduce"));
        assertEquals(BUILDDOWN, index.skippedNamed("builddown"));
        assertNull(index.skippedNamed("xx.reduce"));
        assertNull(index.skippedNamed("os.osc"));
    }

    @Test
    void anAliasOfALibraryOutsideStdfaustIsNoAlias() {
        StdlibIndex index = new StdlibIndex("2.54.9", List.of(), List.of(GEN_REDUCE), java.util.Map.of("gen", "gen.lib"));
        assertNull(index.skippedNamed("reduce"));
        assertEquals(GEN_REDUCE, index.skippedNamed("gen.reduce"));
    }

    @Test
    void matchingTakesPrefixesOfDocumentedNamesOnlyExactFirst() {
        StdlibIndex index = new StdlibIndex("2.54.9", List.of(), List.of(REDUCE, BUILDDOWN, FAMILY,
                new Skipped("rm.reducemap", "reducemaps.lib", "why", "Like reduce.", "reducemap(op, foo, n)",
                        List.of("op", "foo", "n"))));
        assertEquals(List.of("rm.reduce", "rm.reducemap"), names(index.skippedMatching("reduce", 10)));
        assertEquals(List.of("rm.reduce", "rm.reducemap"), names(index.skippedMatching("RM.RED", 10)));
        assertEquals(List.of("rm.reduce"), names(index.skippedMatching("red", 1)));
        assertEquals(List.of(), names(index.skippedMatching("de.fdelay", 10)), "a family without doc is not offered");
        assertEquals(List.of(), names(index.skippedMatching(" ", 10)));
    }

    @Test
    void theCodeBoxExampleComesFromTheDocElseFromTheUsage() {
        assertEquals("process = rm.reduce(max,128);", SkippedUse.codeExample(REDUCE));
        assertEquals("process = wd.builddown(A : B : C);", SkippedUse.codeExample(BUILDDOWN));
        assertEquals("process = de.fdelay[N]a;", SkippedUse.codeExample(FAMILY));
    }

    @Test
    void theAdviceSaysWhyAndHow() {
        assertEquals("rm.reduce cannot be a box: takes arguments that are not numbers (a function, a list, a waveform).\n"
                + "Use it in a code box: type \"code\", then give the box this Faust text:\n"
                + "  process = rm.reduce(max,128);", SkippedUse.advice(REDUCE));
        assertTrue(SkippedUse.advice(BUILDDOWN).contains("(with A replaced by what you mean)"), SkippedUse.advice(BUILDDOWN));
    }

    @Test
    void aCallInTheUsageIsFoundAtAWordAndWithItsParentheses() {
        assertEquals("reduce(op, (n), x)", SkippedUse.usageCall("_ : rm.preduce(a) : reduce(op, (n), x) : _", "reduce"));
        assertNull(SkippedUse.usageCall("reduce(op", "reduce"));
        assertNull(SkippedUse.exampleCall("`reduce(max,128` and `other(1)`", "reduce"));
        assertEquals("reduce(+,4)", SkippedUse.exampleCall("`max` or `reduce(+,4)`", "reduce"));
    }

    private static List<String> names(List<Skipped> skipped) {
        return skipped.stream().map(Skipped::name).toList();
    }

    @Test
    void readingTwoIndexesTogetherKeepsTheDocsOfBoth() {
        StdlibIndex gen = new StdlibIndex("2.54.9", List.of(), List.of(GEN_REDUCE), java.util.Map.of("gen", "gen.lib"));
        StdlibIndex both = index().with(gen);
        assertEquals(REDUCE, both.skippedNamed("rm.reduce"));
        assertEquals(GEN_REDUCE, both.skippedNamed("gen.reduce"));
        assertEquals(REDUCE, both.skippedNamed("reduce"), "gen's name is no alias, so reduce stays rm.reduce");
        StdlibIndex read = IndexFormat.read(IndexFormat.write(both));
        assertEquals("Gen's.", read.skippedNamed("gen.reduce").summary());
    }

    @Test
    void twoSkippedNamesOfOneAliasAreAmbiguous() {
        StdlibIndex index = new StdlibIndex("2.54.9", List.of(), List.of(REDUCE,
                new Skipped("xx.reduce", "x.lib", "why", "Another.", "reduce(y)", List.of("y"))));
        assertNull(index.skippedNamed("reduce"));
        assertEquals(REDUCE, index.skippedNamed("rm.reduce"));
    }

    @Test
    void aSkippedNameWithoutParamsAdvisesWithoutThem() {
        Skipped bare = new Skipped("so.loop", "soundfiles.lib", "needs a soundfile", "Plays a soundfile in a loop.",
                "loop(s, part) : _", List.of());
        assertEquals("process = so.loop(s, part);", SkippedUse.codeExample(bare));
        assertEquals("so.loop cannot be a box: needs a soundfile.\n"
                + "Use it in a code box: type \"code\", then give the box this Faust text:\n"
                + "  process = so.loop(s, part);", SkippedUse.advice(bare));
    }

    @Test
    void theShortNameAndPrefixAreThoseOfTheQualifiedName() {
        assertEquals("reduce", REDUCE.shortName());
        assertEquals("rm", REDUCE.prefix());
        assertEquals("fdelay[N]a", FAMILY.shortName());
        assertTrue(REDUCE.documented());
    }

    @Test
    void theParamsOfASkippedNameAreItsOwnCopy() {
        java.util.List<String> params = new java.util.ArrayList<>(List.of("op"));
        Skipped skipped = new Skipped("rm.x", "reducemaps.lib", "why", "Doc.", "x(op)", params);
        params.add("n");
        assertEquals(List.of("op"), skipped.params());
    }
}
