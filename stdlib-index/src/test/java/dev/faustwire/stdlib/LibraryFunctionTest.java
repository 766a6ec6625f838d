package dev.faustwire.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.LibraryFunction.Application;
import dev.faustwire.stdlib.Polynomial.Term;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryFunctionTest {

    private static final Polynomial A0 = new Polynomial(List.of(new Term(1, List.of(0))));

    private static final LibraryFunction OSC = new LibraryFunction("os.osc", "oscillators.lib",
            "Default sine wave oscillator.", "osc(freq) : _", List.of("freq"), new Arity.Fixed(1, 1));

    private static final LibraryFunction BUS = new LibraryFunction("si.bus", "signals.lib",
            "Put N cables in parallel.", "bus(N)", List.of("N"), new Arity.Rule(1, A0, A0));

    private static final LibraryFunction LOWPASS = new LibraryFunction("fi.lowpass", "filters.lib",
            "Nth-order Butterworth lowpass filter.", "_ : lowpass(N,fc) : _", List.of("N", "fc"),
            new Arity.Rule(1, Polynomial.constant(2), Polynomial.constant(1)));

    private static LibraryFunction withArity(String name, List<String> params, Arity arity) {
        return new LibraryFunction(name, "test.lib", "A test function.", "", params, arity);
    }

    private static void assertUnknown(Application application) {
        assertFalse(application.known());
        assertEquals(0, application.slots());
        assertEquals(0, application.outlets());
    }

    @Test
    void fixedArityGivesItsCountsWhateverTheArguments() {
        Application application = OSC.apply(List.of());
        assertTrue(application.known());
        assertNull(application.problem());
        assertEquals(1, application.slots());
        assertEquals(1, application.outlets());
        assertEquals(application, OSC.apply(List.of("440")));
    }

    @Test
    void busRuleCountsTheConstantAsASlot() {
        Application application = BUS.apply(List.of("5"));
        assertTrue(application.known());
        assertEquals(6, application.slots());
        assertEquals(5, application.outlets());
    }

    @Test
    void constantRuleAddsTheConstantsToTheInputs() {
        Application application = LOWPASS.apply(List.of("2", "1000"));
        assertTrue(application.known());
        assertEquals(3, application.slots());
        assertEquals(1, application.outlets());
    }

    @Test
    void laterArgumentsNeedNotBeConstants() {
        Application application = LOWPASS.apply(Arrays.asList("4", null));
        assertTrue(application.known());
        assertEquals(3, application.slots());
    }

    @Test
    void zeroIsAWholeNumber() {
        Application application = BUS.apply(List.of("0"));
        assertTrue(application.known());
        assertEquals(1, application.slots());
        assertEquals(0, application.outlets());
    }

    @Test
    void missingConstantIsAProblemNamingTheParameter() {
        Application application = LOWPASS.apply(List.of());
        assertUnknown(application);
        assertTrue(application.problem().contains("fi.lowpass"), application.problem());
        assertTrue(application.problem().contains("(N)"), application.problem());
        assertTrue(application.problem().contains("\"fi.lowpass 2\""), application.problem());
    }

    @Test
    void nonNumericConstantIsAProblem() {
        Application application = BUS.apply(List.of("n"));
        assertUnknown(application);
        assertTrue(application.problem().contains("(N)"), application.problem());
    }

    @Test
    void placeholderConstantIsAProblem() {
        Application application = LOWPASS.apply(Arrays.asList(null, "1000"));
        assertUnknown(application);
        assertTrue(application.problem().contains("(N)"), application.problem());
    }

    @Test
    void negativeConstantIsAProblem() {
        assertUnknown(BUS.apply(List.of("-1")));
        assertTrue(BUS.apply(List.of("-1")).problem().contains("(N)"));
    }

    @Test
    void decimalConstantIsAProblem() {
        assertUnknown(BUS.apply(List.of("2.5")));
        assertUnknown(BUS.apply(List.of("2.0")));
        assertTrue(BUS.apply(List.of("2.5")).problem().contains("(N)"));
    }

    @Test
    void twoConstantsAreNamedTogether() {
        LibraryFunction matrix = withArity("ro.interleave", List.of("N", "M"), new Arity.Rule(2,
                new Polynomial(List.of(new Term(1, List.of(0, 1)))), new Polynomial(List.of(new Term(1, List.of(0, 1))))));
        Application application = matrix.apply(List.of("3"));
        assertUnknown(application);
        assertTrue(application.problem().contains("its first 2 arguments (N, M)"), application.problem());
        assertTrue(application.problem().contains("\"ro.interleave 2 2\""), application.problem());
        Application known = matrix.apply(List.of("3", "4"));
        assertEquals(14, known.slots());
        assertEquals(12, known.outlets());
    }

    @Test
    void problemWithoutParamNamesStillExplains() {
        LibraryFunction unnamed = withArity("si.bus", List.of(), new Arity.Rule(1, A0, A0));
        Application application = unnamed.apply(List.of());
        assertUnknown(application);
        assertTrue(application.problem().contains("its first argument"), application.problem());
        assertFalse(application.problem().contains("()"), application.problem());
    }

    @Test
    void onDemandArityIsUnknownAndPointsToInsAndOuts() {
        LibraryFunction onDemand = withArity("an.mth_octave_analyzer", List.of("O", "M"), new Arity.OnDemand(2));
        Application application = onDemand.apply(List.of("3", "2"));
        assertUnknown(application);
        assertTrue(application.problem().contains("an.mth_octave_analyzer"), application.problem());
        assertTrue(application.problem().contains("@ins"), application.problem());
        assertTrue(application.problem().contains("@outs"), application.problem());
    }

    @Test
    void ruleAboveMaxChannelsIsUnknown() {
        Application outputs = BUS.apply(List.of(String.valueOf(LibraryFunction.MAX_CHANNELS + 1)));
        assertUnknown(outputs);
        assertTrue(outputs.problem().contains(String.valueOf(LibraryFunction.MAX_CHANNELS)), outputs.problem());
        // inputs plus the constant slot must fit too
        assertUnknown(BUS.apply(List.of(String.valueOf(LibraryFunction.MAX_CHANNELS))));
        assertTrue(BUS.apply(List.of(String.valueOf(LibraryFunction.MAX_CHANNELS - 1))).known());
    }

    @Test
    void ruleGivingNegativeCountsIsUnknown() {
        Polynomial threeMinusA0 = new Polynomial(List.of(new Term(-1, List.of(0)), new Term(3, List.of())));
        LibraryFunction f = withArity("xx.shrink", List.of("N"), new Arity.Rule(1, A0, threeMinusA0));
        assertTrue(f.apply(List.of("3")).known());
        assertUnknown(f.apply(List.of("5")));
    }

    @Test
    void wholeNumberAcceptsOnlyPlainDigits() {
        assertEquals(42, LibraryFunction.wholeNumber("42"));
        assertEquals(999999, LibraryFunction.wholeNumber("999999"));
        assertEquals(-1, LibraryFunction.wholeNumber("1000000"));
        assertEquals(-1, LibraryFunction.wholeNumber(""));
        assertEquals(-1, LibraryFunction.wholeNumber(null));
        assertEquals(-1, LibraryFunction.wholeNumber("+3"));
        assertEquals(-1, LibraryFunction.wholeNumber(" 3"));
    }

    @Test
    void shortNameAndPrefix() {
        assertEquals("osc", OSC.shortName());
        assertEquals("os", OSC.prefix());
        assertEquals("lowpass", LOWPASS.shortName());
        assertEquals("fi", LOWPASS.prefix());
    }

    @Test
    void docJoinsSummaryAndUsage() {
        assertEquals("Default sine wave oscillator.\n\nosc(freq) : _", OSC.doc());
    }

    @Test
    void docWithoutUsageIsTheSummary() {
        LibraryFunction pi = new LibraryFunction("ma.PI", "maths.lib", "The number pi.", "", List.of(),
                new Arity.Fixed(0, 1));
        assertEquals("The number pi.", pi.doc());
    }
}
