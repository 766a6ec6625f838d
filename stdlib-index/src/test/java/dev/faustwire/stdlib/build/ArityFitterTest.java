package dev.faustwire.stdlib.build;

import static dev.faustwire.stdlib.Polynomials.poly;
import static dev.faustwire.stdlib.Polynomials.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.Arity;
import dev.faustwire.stdlib.Polynomial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ArityFitterTest {

    private static final FaustProbe.Answer FAILS = new FaustProbe.Answer(false, -1, -1, "some error");

    /** What the fake compiler says about {@code name(args...)}; no arguments is the bare name. */
    private interface Model {
        FaustProbe.Answer at(int[] args);
    }

    /** A deterministic fake compiler knowing one function; it records every call it is asked. */
    private static final class FakeCompiler implements Function<String, FaustProbe.Answer> {
        private final String name;
        private final Model model;
        final List<String> calls = new ArrayList<>();

        FakeCompiler(String name, Model model) {
            this.name = name;
            this.model = model;
        }

        @Override
        public FaustProbe.Answer apply(String call) {
            calls.add(call);
            int open = call.indexOf('(');
            String called = open < 0 ? call : call.substring(0, open);
            if (!called.equals(name)) {
                return new FaustProbe.Answer(false, -1, -1, "undefined symbol : " + called);
            }
            int[] args = open < 0 ? new int[0]
                    : Arrays.stream(call.substring(open + 1, call.length() - 1).split(",")).mapToInt(Integer::parseInt).toArray();
            return model.at(args);
        }
    }

    private static FaustProbe.Answer ok(long inputs, long outputs) {
        return new FaustProbe.Answer(true, (int) inputs, (int) outputs, "");
    }

    private static ArityFitter.Outcome fit(String name, List<String> params, Model model) {
        return new ArityFitter(new FakeCompiler(name, model)).fit(name, params);
    }

    // --- the static math ---

    @Test
    void multilinearRecoversOneVariable() {
        assertEquals(poly(term(1, 0)), ArityFitter.multilinear(new long[] {2, 3}, new long[] {2}, 1));
    }

    @Test
    void multilinearRecoversAProduct() {
        // f indexed by the mask of arguments at the high value: (2,2), (3,2), (2,3), (3,3)
        assertEquals(poly(term(1, 0, 1)), ArityFitter.multilinear(new long[] {4, 6, 6, 9}, new long[] {2, 2}, 1));
        assertEquals(poly(term(1, 0), term(1, 1)), ArityFitter.multilinear(new long[] {4, 5, 5, 6}, new long[] {2, 2}, 1));
        assertEquals(poly(term(1, 0, 1, 2)),
                ArityFitter.multilinear(new long[] {1, 2, 2, 4, 2, 4, 4, 8}, new long[] {1, 1, 1}, 1));
    }

    @Test
    void multilinearRecoversCoefficientsAndConstant() {
        assertEquals(poly(term(2), term(3, 0)), ArityFitter.multilinear(new long[] {8, 11}, new long[] {2}, 1));
        // the same polynomial on the grid {4, 8}
        assertEquals(poly(term(2), term(3, 0)), ArityFitter.multilinear(new long[] {14, 26}, new long[] {4}, 4));
        assertEquals(poly(), ArityFitter.multilinear(new long[] {0, 0, 0, 0}, new long[] {1, 1}, 1));
    }

    @Test
    void multilinearRejectsFractionalCoefficients() {
        // a0 / 4 on the grid {4, 8}
        assertNull(ArityFitter.multilinear(new long[] {1, 2}, new long[] {4}, 4));
    }

    @Test
    void lagrangeRecoversASquare() {
        // (a0 + 1)^2 at 2, 3, 4
        assertEquals(poly(term(1), term(2, 0), term(1, 0, 0)),
                ArityFitter.lagrange(new int[] {2, 3, 4}, new long[] {9, 16, 25}));
    }

    @Test
    void lagrangeOfConstantAndOfZero() {
        assertEquals(Polynomial.constant(2), ArityFitter.lagrange(new int[] {4, 8, 16}, new long[] {2, 2, 2}));
        assertEquals(Polynomial.constant(0), ArityFitter.lagrange(new int[] {1, 2, 3}, new long[] {0, 0, 0}));
    }

    @Test
    void lagrangeRejectsFractionalCoefficients() {
        // a0 * (a0 + 1) / 2 at 2, 3, 4
        assertNull(ArityFitter.lagrange(new int[] {2, 3, 4}, new long[] {3, 6, 10}));
    }

    @Test
    void callTexts() {
        assertEquals("si.bus(3)", ArityFitter.call("si.bus", new long[] {3}));
        assertEquals("ro.interleave(4,4)", ArityFitter.call("ro.interleave", new long[] {4, 4}));
        assertEquals("f(3,2,3)", ArityFitter.corner("f", new long[] {2, 2, 2}, 0b101));
    }

    // --- fit() with a fake compiler ---

    @Test
    void fixedFunctionIsAskedOnce() {
        FakeCompiler compiler = new FakeCompiler("os.osc", args -> args.length == 0 ? ok(1, 1) : FAILS);
        ArityFitter.Outcome outcome = new ArityFitter(compiler).fit("os.osc", List.of("freq"));
        assertEquals(new ArityFitter.Outcome(new Arity.Fixed(1, 1), null), outcome);
        assertEquals(List.of("os.osc"), compiler.calls);
    }

    @Test
    void busFollowsItsConstant() {
        FakeCompiler compiler = new FakeCompiler("si.bus", args -> args.length == 1 ? ok(args[0], args[0]) : FAILS);
        ArityFitter.Outcome outcome = new ArityFitter(compiler).fit("si.bus", List.of("N"));
        assertEquals(new Arity.Rule(1, poly(term(1, 0)), poly(term(1, 0))), outcome.arity());
        assertNull(outcome.skipReason());
        assertEquals(new HashSet<>(compiler.calls).size(), compiler.calls.size(), "a call was asked twice: " + compiler.calls);
    }

    @Test
    void constantArityAfterOneConstant() {
        // fi.lowpass(N) has inputs fc and the signal, one output; the fake also accepts both arguments
        ArityFitter.Outcome outcome = fit("fi.lowpass", List.of("N", "fc"),
                args -> args.length == 1 ? ok(2, 1) : args.length == 2 ? ok(1, 1) : FAILS);
        assertEquals(new ArityFitter.Outcome(new Arity.Rule(1, Polynomial.constant(2), Polynomial.constant(1)), null),
                outcome);
    }

    @Test
    void squareOfTheConstantPlusOne() {
        ArityFitter.Outcome outcome = fit("ho.encoder3D", List.of("N", "x", "a", "e"),
                args -> args.length == 1 ? ok(3, (args[0] + 1) * (args[0] + 1)) : FAILS);
        Arity.Rule rule = (Arity.Rule) outcome.arity();
        assertEquals(1, rule.constants());
        assertEquals(Polynomial.constant(3), rule.inputs());
        assertEquals(poly(term(1), term(2, 0), term(1, 0, 0)), rule.outputs());
    }

    @Test
    void productOfTwoConstants() {
        Arity expected = new Arity.Rule(2, poly(term(1, 0)), poly(term(1, 0, 1)));
        Model model = args -> args.length == 2 ? ok(args[0], (long) args[0] * args[1]) : FAILS;
        assertEquals(new ArityFitter.Outcome(expected, null), fit("xx.spread", List.of("N", "M"), model));
        // with no parameter names read from the usage, up to three constants are tried
        assertEquals(expected, fit("xx.spread", List.of(), model).arity());
    }

    @Test
    void fourConstantsWithUnchangingCounts() {
        ArityFitter.Outcome outcome = fit("xx.four", List.of("a", "b", "c", "d"),
                args -> args.length == 4 ? ok(1, 2) : FAILS);
        assertEquals(new Arity.Rule(4, Polynomial.constant(1), Polynomial.constant(2)), outcome.arity());
    }

    @Test
    void valuesThatAFunctionRefusesAreSkipped() {
        // a size that must be a power of two: 3 fails, so only the values 4, 8, 16, 32 fit
        ArityFitter.Outcome outcome = fit("an.fft", List.of("N"),
                args -> args.length == 1 && Integer.bitCount(args[0]) == 1 ? ok(args[0], 2L * args[0]) : FAILS);
        assertEquals(new Arity.Rule(1, poly(term(1, 0)), poly(term(2, 0))), outcome.arity());
    }

    @Test
    void undefinedFunctionHasNoPublicDefinition() {
        for (String error : List.of("undefined symbol : nothing", "undefined symbol : fi.nothing")) {
            ArityFitter.Outcome outcome = fit("fi.nothing", List.of(),
                    args -> new FaustProbe.Answer(false, -1, -1, error));
            assertNull(outcome.arity());
            assertTrue(outcome.skipReason().startsWith("no public definition"), outcome.skipReason());
        }
    }

    @Test
    void undefinedOtherSymbolIsALibraryError() {
        ArityFitter.Outcome outcome = fit("fi.broken", List.of("x"),
                args -> new FaustProbe.Answer(false, -1, -1, "undefined symbol : helper"));
        assertNull(outcome.arity());
        assertEquals("compile error in the library itself: undefined symbol : helper", outcome.skipReason());
    }

    @Test
    void undefinedSymbolEndingLikeTheNameIsStillALibraryError() {
        ArityFitter.Outcome outcome = fit("fi.pass", List.of(),
                args -> new FaustProbe.Answer(false, -1, -1, "undefined symbol : lowpass"));
        assertTrue(outcome.skipReason().startsWith("compile error in the library itself"), outcome.skipReason());
    }

    @Test
    void functionThatNoConstantsMakeCompileIsSkipped() {
        ArityFitter.Outcome outcome = fit("ba.tabulate", List.of("C", "FX", "S", "r0", "r1", "x"), args -> FAILS);
        assertNull(outcome.arity());
        assertTrue(outcome.skipReason().contains("not numbers"), outcome.skipReason());
        assertTrue(outcome.skipReason().endsWith("some error"), outcome.skipReason());
    }

    @Test
    void soundfileFunctionThatNeverCompilesNeedsASoundfile() {
        ArityFitter.Outcome outcome = fit("so.loop", List.of("s", "part"), args -> FAILS);
        assertNull(outcome.arity());
        assertEquals("needs a soundfile: some error", outcome.skipReason());
    }

    @Test
    void countsNoPolynomialFitsAreOnDemand() {
        // 2^N outputs; more than 2^16 channels do not compile
        ArityFitter.Outcome outcome = fit("xx.tree", List.of("N"),
                args -> args.length == 1 && args[0] <= 16 ? ok(1, 1L << args[0]) : FAILS);
        assertEquals(new ArityFitter.Outcome(new Arity.OnDemand(1), null), outcome);
    }

    @Test
    void onDemandCountsTheFirstConstantsThatCompiled() {
        // compiles from two constants on, with a0^2 inputs: not multilinear
        ArityFitter.Outcome outcome = fit("xx.square", List.of("N", "M"),
                args -> args.length == 2 ? ok((long) args[0] * args[0], 1) : FAILS);
        assertEquals(new Arity.OnDemand(2), outcome.arity());
    }

    @Test
    void aCompileThatRunsOutOfTimeEndsTheSearchWithArityOnDemand() {
        FaustProbe.Answer slow = new FaustProbe.Answer(false, -1, -1, "timeout after 60 s");
        // linear in N when it finishes, but N = 4 takes too long: no rule from a partial fit
        ArityFitter.Outcome outcome = fit("ef.mesh", List.of("N"),
                args -> args.length == 1 && args[0] < 4 ? ok(4 * args[0], 4 * args[0]) : args.length == 1 ? slow : FAILS);
        assertEquals(new ArityFitter.Outcome(new Arity.OnDemand(1), null), outcome);
    }

    @Test
    void aFunctionTooSlowToCompileUnappliedIsLeftOutWithTheReason() {
        FaustProbe.Answer slow = new FaustProbe.Answer(false, -1, -1, "timeout after 60 s");
        ArityFitter.Outcome outcome = fit("dx.huge", List.of(), args -> slow);
        assertNull(outcome.arity());
        assertTrue(outcome.skipReason().startsWith("compiling it takes too long"), outcome.skipReason());
    }
}
