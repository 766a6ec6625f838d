package dev.faustwire.server.gen;

import dev.faustwire.server.render.WasmDsp;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Renders Faust expressions over our gen.lib in double precision, for the numeric tests of Gen's operators:
 * {@code import("stdfaust.lib"); gen = library("gen.lib"); process = EXPR;} compiled by the real sandboxed
 * compiler ({@code -lang wasm -double}; gen.lib is written beside the program by {@link FaustCompiler}),
 * run by the JVM renderer through {@link WasmDsp#computeDouble}. Compiles are slow (about a second): batch
 * several operators into one {@code par(...)} program and render them together.
 */
public final class GenRender {
    /** The sample rate renders use unless told otherwise. */
    public static final int DEFAULT_RATE = 48000;
    /** The compiler options: wasm, samples and controls as 64-bit doubles, as Gen computes. */
    public static final List<String> OPTIONS = List.of("-lang", "wasm", "-double");

    private static FaustCompiler compiler;
    private static int compiles;
    private static long compileNanos;

    private GenRender() {
    }

    /** The whole program text for an expression. */
    public static String source(String expression) {
        return "import(\"stdfaust.lib\");\ngen = library(\"gen.lib\");\nprocess = " + expression + ";\n";
    }

    /** Compiles {@code process = expression} over gen.lib; fails with the compiler's message when it does not compile. */
    public static synchronized Program compile(String expression) {
        if (compiler == null) {
            compiler = new FaustCompiler(SandboxLimits.DEFAULT);
        }
        long start = System.nanoTime();
        CompileOutcome outcome = compiler.compile(source(expression), "gen", OPTIONS);
        compileNanos += System.nanoTime() - start;
        compiles++;
        if (outcome instanceof CompileOutcome.Failed failed) {
            throw new AssertionError("does not compile (" + failed.kind() + ", " + failed.ending() + "): process = "
                    + expression + "\n" + failed.message());
        }
        CompileOutcome.Compiled compiled = (CompileOutcome.Compiled) outcome;
        return new Program(expression, WasmProgram.compile(compiled.wasm()));
    }

    /** Compiles and renders once at {@link #DEFAULT_RATE}: {@code outputs[channel][frame]}. */
    public static double[][] render(String expression, double[]... inputs) {
        return compile(expression).render(inputs);
    }

    /** How many programs this JVM compiled so far, and the time they took, for the tests to print. */
    public static synchronized String compileFigures() {
        return compiles + " compiles in " + (compileNanos / 1_000_000) + " ms"
                + (compiles == 0 ? "" : " (mean " + (compileNanos / 1_000_000 / compiles) + " ms)");
    }

    /** A compiled program: each render is a fresh instance, initialised at its sample rate (state cleared). */
    public static final class Program {
        private final String expression;
        private final WasmProgram program;

        public Program(String expression, WasmProgram program) {
            this.expression = expression;
            this.program = program;
        }

        public String expression() {
            return expression;
        }

        /** Renders as many frames as the first input has, at {@link #DEFAULT_RATE}. */
        public double[][] render(double[]... inputs) {
            if (inputs.length == 0) {
                throw new IllegalArgumentException("a program without inputs needs a frame count: render(frames, rate)");
            }
            return render(DEFAULT_RATE, inputs[0].length, inputs);
        }

        /** Renders {@code frames} frames at {@code sampleRate}; inputs shorter than {@code frames} read as 0 past their end. */
        public double[][] render(int sampleRate, int frames, double[]... inputs) {
            WasmDsp dsp = program.instantiate();
            if (inputs.length != dsp.inputs()) {
                throw new IllegalArgumentException(expression + " has " + dsp.inputs() + " inputs, given "
                        + inputs.length);
            }
            dsp.init(sampleRate);
            double[][] out = new double[dsp.outputs()][frames];
            dsp.computeDouble(inputs, out, 0, frames);
            return out;
        }

        /** Renders a program without inputs. */
        public double[][] render(int sampleRate, int frames) {
            return render(sampleRate, frames, new double[0][]);
        }
    }

    /**
     * Whether two numbers agree for the numeric tests: both NaN, or the same infinity, or
     * {@code |expected - actual| <= tolerance * max(1, |expected|)} (absolute near 0, relative for large values).
     */
    public static boolean close(double expected, double actual, double tolerance) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            return expected == actual;
        }
        return Math.abs(expected - actual) <= tolerance * Math.max(1, Math.abs(expected));
    }

    /**
     * Asserts that two signals agree sample by sample ({@link #close}); on the first difference fails with
     * its index, the inputs at that index, both values and the difference. {@code inputs} may be empty.
     */
    public static void assertClose(String what, double[] expected, double[] actual, double tolerance,
            double[]... inputs) {
        String problem = firstDifference(what, expected, actual, tolerance, inputs);
        if (problem != null) {
            throw new AssertionError(problem);
        }
    }

    /** The message {@link #assertClose} fails with, or null when the signals agree. */
    public static String firstDifference(String what, double[] expected, double[] actual, double tolerance,
            double[]... inputs) {
        if (expected.length != actual.length) {
            return what + ": " + expected.length + " samples expected, " + actual.length + " rendered";
        }
        for (int i = 0; i < expected.length; i++) {
            if (!close(expected[i], actual[i], tolerance)) {
                List<String> at = new ArrayList<>();
                for (double[] input : inputs) {
                    at.add(i < input.length ? Double.toString(input[i]) : "0 (past its end)");
                }
                return what + ": sample " + i + " of " + expected.length + " differs; inputs " + at
                        + ": expected " + expected[i] + ", rendered " + actual[i]
                        + " (difference " + Math.abs(expected[i] - actual[i]) + ", tolerance " + tolerance + ")";
            }
        }
        return null;
    }

    /** One operator computed in Java, sample by sample: {@code f(inputs at n)}. */
    @FunctionalInterface
    public interface Formula {
        double at(double... x);
    }

    /** Applies a per-sample formula to signals (all as long as the first). */
    public static double[] apply(Formula formula, double[]... inputs) {
        double[] out = new double[inputs[0].length];
        double[] x = new double[inputs.length];
        for (int n = 0; n < out.length; n++) {
            for (int c = 0; c < inputs.length; c++) {
                x[c] = inputs[c][n];
            }
            out[n] = formula.at(x);
        }
        return out;
    }

    /**
     * Test values for one input: a ramp through negative and positive values (steps of 1/8, so exact
     * multiples and halves occur), zeros of both signs, huge and tiny values, denormals, infinities
     * (when {@code withInfinities}) and NaN (when {@code withNan}).
     */
    public static double[] testValues(boolean withInfinities, boolean withNan) {
        List<Double> values = new ArrayList<>();
        for (int k = -40; k <= 40; k++) {
            values.add(k / 8.0);
        }
        values.addAll(List.of(-0.0, 0.1, -0.1, 0.3, -0.7, 1e-9, -1e-9, 1e-12, 1e9, -1e9, 1e300, -1e300, 123456.789,
                -98765.4321, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-310, -2.5e-309, Double.MIN_NORMAL,
                Math.PI, -Math.PI, 2 * Math.PI, -3 * Math.PI));
        if (withInfinities) {
            values.addAll(List.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        }
        if (withNan) {
            values.add(Double.NaN);
        }
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    /** Every pair of {@code a} and {@code b} as two signals of length a.length * b.length: (a[i], b[j]) with i outer. */
    public static double[][] pairs(double[] a, double[] b) {
        double[][] out = new double[2][a.length * b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                out[0][i * b.length + j] = a[i];
                out[1][i * b.length + j] = b[j];
            }
        }
        return out;
    }

    /** Every triple of the three value lists as three signals, the first varying slowest. */
    public static double[][] triples(double[] a, double[] b, double[] c) {
        double[][] out = new double[3][a.length * b.length * c.length];
        int n = 0;
        for (double x : a) {
            for (double y : b) {
                for (double z : c) {
                    out[0][n] = x;
                    out[1][n] = y;
                    out[2][n] = z;
                    n++;
                }
            }
        }
        return out;
    }

    /** A signal holding {@code value} for {@code frames} frames. */
    public static double[] constant(double value, int frames) {
        double[] out = new double[frames];
        Arrays.fill(out, value);
        return out;
    }
}
