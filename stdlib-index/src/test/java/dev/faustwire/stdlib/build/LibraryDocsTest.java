package dev.faustwire.stdlib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.build.LibraryDocs.Documented;
import dev.faustwire.stdlib.build.LibraryDocs.Result;
import dev.faustwire.stdlib.build.LibraryDocs.Unmatched;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryDocsTest {

    private static final String OSC = String.join("\n",
            "//===============================Oscillators===============================",
            "// Sine oscillators and friends.",
            "//==================================================================",
            "",
            "//-----------------------`(os.)osc`------------------------",
            "// Default sine wave oscillator (same as [oscsin](#oscsin)).",
            "// `osc` is a standard Faust function.",
            "//",
            "// #### Usage",
            "//",
            "// ```",
            "// osc(freq) : _",
            "// ```",
            "//",
            "// Where:",
            "//",
            "// * `freq`: the frequency in Hz",
            "//------------------------------------------------------------",
            "osc = oscsin;",
            "");

    private static final String COMB = String.join("\n",
            "//-----`(fi.)fbcombfilter` and `(fi.)ffbcombfilter`------------",
            "// Other special cases of Feed-Back Comb Filter.",
            "//",
            "// #### Usage",
            "//",
            "// ```",
            "// _ : fbcombfilter(maxdel,intdel,g) : _",
            "//",
            "//   _ : ffbcombfilter(maxdel,del,g) : _",
            "// ```",
            "//",
            "// ```",
            "// a second block that is not the usage",
            "// ```",
            "//------------------------------------------------------------",
            "fbcombfilter(maxdel,intdel,g) = (+ : de.delay(maxdel,intdel)) ~ *(g);",
            "ffbcombfilter(maxdel,del,g) = (+ : de.fdelay(maxdel,del)) ~ *(g);",
            "");

    private static final String DELAYS = String.join("\n",
            "//------------------`(de.)fdelay[N]`----------------------------",
            "// For convenience, `fdelay1`, `fdelay2`, `fdelay3`, `fdelay4`, `fdelay5`",
            "// are also available where `N` is the order of the interpolation, built using `fdelayltv`.",
            "//------------------------------------------------------------",
            "declare fdelay1 author \"Julius O. Smith III\";",
            "fdelay1 = fdelayltv(1);",
            "fdelay2 = fdelayltv(2);",
            "fdelay3 = fdelayltv(3);",
            "fdelay4 = fdelayltv(4);",
            "fdelay5 = fdelayltv(5);",
            "// fdelay9 = fdelayltv(9);",
            "",
            "//----------------`(de.)fdelay[N]a`-------------",
            "// Delay lines interpolated using Thiran allpass interpolation.",
            "//",
            "// #### Usage",
            "//",
            "// ```",
            "// _ : fdelay[N]a(n, d) : _",
            "// ```",
            "//------------------------------------------------------------",
            "");

    private static final String OCTAVES = String.join("\n",
            "//---------------`(an.)[third|half]_octave_[analyzer|filterbank]`----------------",
            "// A bunch of special cases based on the different analyzer functions described above:",
            "//",
            "// ```",
            "// third_octave_analyzer(N) = mth_octave_analyzer_default(3,10000,N);",
            "// ```",
            "//",
            "// #### Usage",
            "//",
            "// See `mth_octave_spectral_level_demo` in `demos.lib`.",
            "//------------------------------------------------------------",
            "third_octave_analyzer(N) = mth_octave_analyzer_default(3,10000,N);",
            "");

    private static List<String> names(Result result) {
        return result.documented().stream().map(Documented::name).toList();
    }

    @Test
    void singleHeaderGivesNameSummaryAndUsage() {
        // the section banner above it quotes no name and is not a header
        Result result = LibraryDocs.read("os", "oscillators.lib", OSC);
        assertEquals(List.of(new Documented("os.osc", "oscillators.lib", "osc",
                "Default sine wave oscillator (same as [oscsin](#oscsin)). `osc` is a standard Faust function.",
                "osc(freq) : _")), result.documented());
        assertEquals(List.of(), result.unmatched());
    }

    @Test
    void nameIsQualifiedWithTheGivenPrefixNotTheHeaders() {
        assertEquals(List.of("xx.osc"), names(LibraryDocs.read("xx", "oscillators.lib", OSC)));
    }

    @Test
    void headerNamingTwoFunctionsDocumentsBoth() {
        Result result = LibraryDocs.read("fi", "filters.lib", COMB);
        assertEquals(List.of("fi.fbcombfilter", "fi.ffbcombfilter"), names(result));
        for (Documented d : result.documented()) {
            assertEquals("Other special cases of Feed-Back Comb Filter.", d.summary());
            assertEquals("_ : fbcombfilter(maxdel,intdel,g) : _\n_ : ffbcombfilter(maxdel,del,g) : _", d.usage());
        }
        assertEquals("ffbcombfilter", result.documented().get(1).pattern());
    }

    @Test
    void numberedFamilyGivesTheDefinedMembers() {
        Result result = LibraryDocs.read("de", "delays.lib", DELAYS);
        assertEquals(List.of("de.fdelay1", "de.fdelay2", "de.fdelay3", "de.fdelay4", "de.fdelay5"), names(result));
        Documented first = result.documented().get(0);
        assertEquals("fdelay[N]", first.pattern());
        assertEquals("For convenience, `fdelay1`, `fdelay2`, `fdelay3`, `fdelay4`, `fdelay5` are also available"
                + " where `N` is the order of the interpolation, built using `fdelayltv`.", first.summary());
        assertEquals("", first.usage());
    }

    @Test
    void familyWithNoMemberIsUnmatched() {
        Result result = LibraryDocs.read("de", "delays.lib", DELAYS);
        assertEquals(List.of(new Unmatched("fdelay[N]a", "delays.lib",
                "//----------------`(de.)fdelay[N]a`-------------")), result.unmatched());
        assertTrue(names(result).stream().noneMatch(n -> n.endsWith("a")), names(result).toString());
    }

    @Test
    void alternativesGiveEverySpelling() {
        Result result = LibraryDocs.read("an", "analyzers.lib", OCTAVES);
        assertEquals(List.of("an.third_octave_analyzer", "an.third_octave_filterbank",
                "an.half_octave_analyzer", "an.half_octave_filterbank"), names(result));
        Documented first = result.documented().get(0);
        assertEquals("[third|half]_octave_[analyzer|filterbank]", first.pattern());
        assertEquals("A bunch of special cases based on the different analyzer functions described above:",
                first.summary());
        // the fenced block before "#### Usage" is not the usage, and the usage section has no block
        assertEquals("", first.usage());
    }

    @Test
    void prefixWithTrailingDotIsRemoved() {
        String text = String.join("\n",
                "//-------`(ho.).fxDecorrelation`----------",
                "// Spatial ambisonic decorrelation in fx mode.",
                "//",
                "//H                 THRESHOLD            DELAY",
                "//------------------------------------------------------------",
                "fxDecorrelation(N, d, wf, fd) = _;");
        Result result = LibraryDocs.read("ho", "hoa.lib", text);
        assertEquals(List.of("ho.fxDecorrelation"), names(result));
        assertEquals("Spatial ambisonic decorrelation in fx mode.", result.documented().get(0).summary());
    }

    @Test
    void headerWithSpaceBeforeTheClosingDashes() {
        String text = String.join("\n",
                "//---------------`(an.)goertzelOpt` --------------------------",
                "// Optimized Goertzel filter. ",
                "//",
                "// #### Usage",
                "//",
                "// ```",
                "// _ : goertzelOpt(freq,n) : _",
                "// ```",
                "//------------------------------------------------------------");
        Result result = LibraryDocs.read("an", "analyzers.lib", text);
        assertEquals(List.of(new Documented("an.goertzelOpt", "analyzers.lib", "goertzelOpt",
                "Optimized Goertzel filter.", "_ : goertzelOpt(freq,n) : _")), result.documented());
    }

    @Test
    void lineMentioningAQuotedNameIsNotAHeader() {
        String text = String.join("\n",
                "//-------`(ba.)tabulate_chebychev`----------",
                "// Tabulate a 1D function over the range [r0, r1] for access via Chebyshev polynomial approximation.",
                "// In contrast to `(ba.)tabulate`, which interpolates only between tabulated samples,",
                "// `(ba.)tabulate_chebychev` stores coefficients of Chebyshev polynomials.",
                "//",
                "//------------------------------------------------------------",
                "tabulate_chebychev(C, NX, CD, FX, r0, r1, x) = _;",
                "",
                "// See `(ba.)tabulate` for the simpler version.",
                "");
        Result result = LibraryDocs.read("ba", "basics.lib", text);
        assertEquals(List.of("ba.tabulate_chebychev"), names(result));
        assertEquals("Tabulate a 1D function over the range [r0, r1] for access via Chebyshev polynomial"
                + " approximation. In contrast to `(ba.)tabulate`, which interpolates only between tabulated"
                + " samples, `(ba.)tabulate_chebychev` stores coefficients of Chebyshev polynomials.",
                result.documented().get(0).summary());
    }

    @Test
    void docEndsAtTheNextHeader() {
        String text = String.join("\n",
                "//-----`(fi.)first`-----",
                "// The first one.",
                "//-----`(fi.)second`-----",
                "// The second one.",
                "//",
                "// #### Usage",
                "// ```",
                "// second : _",
                "// ```",
                "//-----------------------");
        Result result = LibraryDocs.read("fi", "filters.lib", text);
        assertEquals(List.of("fi.first", "fi.second"), names(result));
        assertEquals(new Documented("fi.first", "filters.lib", "first", "The first one.", ""),
                result.documented().get(0));
        assertEquals("second : _", result.documented().get(1).usage());
    }

    @Test
    void headerNamesDropPrefixesAndArguments() {
        assertEquals(List.of("lagrangeCoeffs"),
                LibraryDocs.headerNames("//-------`(it.)lagrangeCoeffs(N, xCoordsList)` -------------------"));
        assertEquals(List.of("tf1", "tf2", "tf3"),
                LibraryDocs.headerNames("//-----`(fi.)tf1`, `(fi.)tf2` and `(fi.)tf3`-----"));
        assertEquals(List.of("fxRingMod"), LibraryDocs.headerNames("//-------`(ho.).fxRingMod`----------"));
    }

    @Test
    void expandKeepsPlainNamesAndFindsNumberedDefinitions() {
        assertEquals(List.of("osc"), LibraryDocs.expand("osc", ""));
        assertEquals(List.of("fdelay1", "fdelay5"), LibraryDocs.expand("fdelay[N]",
                "fdelay1 = fdelayltv(1);\nfdelay5(n) = _;\nfdelay1 = again;\n  fdelay7 = indented;\nfdelay2a = other;"));
    }

    @Test
    void optionalLetterInBrackets() {
        String text = String.join("\n",
                "//-----------------------`(ve.)moog_vcf_2b[n]`---------------------------",
                "// Moog \"Voltage Controlled Filter\" (VCF) as two biquads.",
                "//------------------------------------------------------------",
                "moog_vcf_2b(res,fr) = _;",
                "moog_vcf_2bn(res,fr) = _;");
        Result result = LibraryDocs.read("ve", "vaeffects.lib", text);
        assertEquals(List.of("ve.moog_vcf_2b", "ve.moog_vcf_2bn"), names(result));
        assertEquals(List.of(), result.unmatched());
    }

    @Test
    void environmentMembersThatTheDocNamesAreDocumented() {
        String text = String.join("\n",
                "//-----------------`(fi.)svf`----------------------",
                "// An environment with `lp`, `bp`, `hp` SVF based filters.",
                "//",
                "// #### Usage",
                "//",
                "// ```",
                "// _ : svf.xx(freq, Q, [gain]) : _",
                "// ```",
                "//---------------------------------------------------",
                "svf = environment {",
                "\t// Internal implementation",
                "\tsvf(T,F,Q,G) = tick ~ (_,_) : !,!,si.dot(3, mix)",
                "\twith {",
                "\t\ttick(a, b) = a; // a comment; with a semicolon",
                "\t\tmix = 1;",
                "\t};",
                "\tlp(f,q) = svf(0,f,q,0);",
                "\tbp(f,q) = svf(1,f,q,0);",
                "\thp(f,q) = svf(2,f,q,0);",
                "\tundocumented(f) = f;",
                "};",
                "after = 1;");
        assertEquals(List.of("fi.svf", "fi.svf.lp", "fi.svf.bp", "fi.svf.hp"), names(LibraryDocs.read("fi", "filters.lib", text)));
    }

    @Test
    void environmentMembersNamedWithTheirEnvironmentAreDocumented() {
        String text = "bpf = environment\n{\n    // Start\n    start(x0,y0) = 1;\n    point(x1,y1) = 2;\n    end(x1,y1) = 3;\n};\n";
        assertEquals(List.of("start", "end"),
                LibraryDocs.environmentMembers("bpf", text, "f = bpf.start(x0,y0) : bpf.end(x3,y3);"));
        assertEquals(List.of(), LibraryDocs.environmentMembers("osc", "osc = os.oscsin;", "`osc`"));
    }
}
