package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** gen.lib's numeric functions (rounding, powers, logarithms, trigonometry, NaN and denormal tests) against Gen's meanings in plain Java. */
class GenNumericTest {
    private static final double[] V = GenRender.testValues(true, true);
    private static final double[][] PAIRS = GenRender.pairs(V, V);
    /** Values the inverse hyperbolic references can compute without overflow, NaN included. */
    private static final double[] MODERATE = moderate();
    /** Around the NaN and denormal thresholds of genlib's exponent tests. */
    private static final double[] EDGES = {0, -0.0, 1, -1, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-310, -2.5e-309,
        Double.MIN_NORMAL, -Double.MIN_NORMAL, 3e-308, 4.4e-308, Math.pow(2, -1021), Math.nextDown(Math.pow(2, -1021)),
        1e-300, Math.pow(2, 1023), Math.nextDown(Math.pow(2, 1023)), -Math.pow(2, 1023), Double.MAX_VALUE, 1e300,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    @AfterAll
    static void figures() {
        System.out.println("GenNumericTest: " + GenRender.compileFigures());
    }

    @Test
    void floorCeilAndTrunc() {
        new OperatorCheck()
                .add("gen.floor_", new double[][] {V}, x -> Math.floor(x[0]))
                .add("gen.ceil_", new double[][] {V}, x -> Math.ceil(x[0]))
                .add("gen.trunc", new double[][] {V}, x -> towardZero(x[0]))
                .run();
        double[][] out = GenRender.render("gen.trunc", new double[] {-1.5, 1.5, -0.9999999999, 0.9999999999});
        GenRender.assertClose("trunc examples", new double[] {-1, 1, 0, 0}, out[0], 0);
    }

    @Test
    void round() {
        List<Double> xs = new ArrayList<>();
        for (double v : V) {
            xs.add(v);
        }
        xs.addAll(List.of(-2.5, 2.5, -0.5, 0.5, 1.5, -1.5, 0.49999999999999994, -0.49999999999999994, 4503599627370497.0,
                0.125, -0.375, 1.0 / 24, 7.0 / 24));
        double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] in = GenRender.pairs(x, new double[] {1, 0.25, 1.0 / 12, 0, -0.5, 3});
        new OperatorCheck()
                .add("gen.round(0)", in, r -> rounded(0, r[0], r[1]))
                .add("gen.round(1)", in, r -> rounded(1, r[0], r[1]))
                .add("gen.round(2)", in, r -> rounded(2, r[0], r[1]))
                .add("gen.round(3)", in, r -> rounded(3, r[0], r[1]))
                .run();
        double[][] out = GenRender.render("gen.round(0)", new double[] {-2.5, 2.5, -0.5, 0.49999999999999994},
                GenRender.constant(1, 4));
        GenRender.assertClose("halves away from zero", new double[] {-3, 3, -1, 0}, out[0], 0);
        // the mode is a compile-time parameter: given as a signal it must not compile (the index then finds
        // the arity per call), rather than pick a rounding silently
        assertThrows(AssertionError.class, () -> GenRender.compile("gen.round"));
        assertThrows(AssertionError.class, () -> GenRender.compile("gen.round(4)"));
    }

    @Test
    void fract() {
        new OperatorCheck().add("gen.fract", new double[][] {V}, x -> modfFraction(x[0])).run();
        double[][] out = GenRender.render("gen.fract", new double[] {-1.25, 1.25, -3, Double.NEGATIVE_INFINITY});
        GenRender.assertClose("fract keeps the sign", new double[] {-0.25, 0.25, 0, 0}, out[0], 0);
    }

    @Test
    void protectedPow() {
        new OperatorCheck().add("gen.pow_", PAIRS, x -> GenArithmeticTest.fixnan(Math.pow(x[0], x[1]))).run();
        double[][] out = GenRender.render("gen.pow_", new double[] {-8, -2, 0, 10, 2, -1},
                new double[] {1.0 / 3, 3, -1, 400, 0.5, 0.5});
        GenRender.assertClose("pow of a negative base, of 0 to a negative power, beyond 2^1023",
                new double[] {0, -8, 0, 0, Math.sqrt(2), 0}, out[0], 1e-15);
    }

    @Test
    void powersAndLogarithms() {
        double[][] in = {V};
        new OperatorCheck()
                .add("gen.sqrt_", in, x -> Math.sqrt(x[0]))
                .add("gen.exp_", in, x -> Math.exp(x[0]))
                .add("gen.exp2", in, x -> Math.pow(2, x[0]))
                .add("gen.ln", in, x -> Math.log(x[0]))
                .add("gen.log2", in, x -> Math.log(x[0]) * 1.442695040888963)
                .add("gen.log10_", in, x -> Math.log10(x[0]))
                .run();
    }

    @Test
    void trigonometry() {
        double[][] in = {V};
        double[][] moderate = {MODERATE};
        new OperatorCheck()
                .add("gen.sin_", in, x -> Math.sin(x[0]))
                .add("gen.cos_", in, x -> Math.cos(x[0]))
                .add("gen.tan_", in, x -> Math.tan(x[0]))
                .add("gen.asin_", in, x -> Math.asin(x[0]))
                .add("gen.acos_", in, x -> Math.acos(x[0]))
                .add("gen.atan_", in, x -> Math.atan(x[0]))
                .add("gen.sinh", in, x -> Math.sinh(x[0]))
                .add("gen.cosh", in, x -> Math.cosh(x[0]))
                .add("gen.tanh", in, x -> Math.tanh(x[0]))
                .add("gen.asinh", moderate, x -> x[0] < 0 ? -Math.log(-x[0] + Math.sqrt(x[0] * x[0] + 1))
                        : Math.log(x[0] + Math.sqrt(x[0] * x[0] + 1)))
                .add("gen.acosh", moderate, x -> Math.log(x[0] + Math.sqrt(x[0] * x[0] - 1)))
                .add("gen.atanh", moderate, x -> 0.5 * Math.log((1 + x[0]) / (1 - x[0])))
                .add("gen.atan2_", PAIRS, x -> Math.atan2(x[0], x[1]))
                .run();
    }

    @Test
    void hypotCartopolAndPoltocar() {
        new OperatorCheck()
                .add("gen.hypot", PAIRS, x -> Math.hypot(x[0], x[1]))
                .add("gen.cartopol", PAIRS, x -> Math.hypot(x[0], x[1]), x -> Math.atan2(x[1], x[0]))
                .add("gen.poltocar", PAIRS, x -> x[0] * Math.cos(x[1]), x -> x[0] * Math.sin(x[1]))
                .run();
    }

    @Test
    void degreesRadiansAndPhasewrap() {
        double[] angles = new double[401];
        for (int i = 0; i < angles.length; i++) {
            angles[i] = (i - 200) * Math.PI / 40; // -5pi .. 5pi through every multiple of pi/40
        }
        new OperatorCheck()
                .add("gen.degrees", new double[][] {V}, x -> x[0] * 180 / Math.PI)
                .add("gen.radians", new double[][] {V}, x -> x[0] * Math.PI / 180)
                .add("gen.phasewrap", new double[][] {V}, x -> phasewrap(x[0]))
                .add("gen.phasewrap", new double[][] {angles}, x -> phasewrap(x[0]))
                .run();
    }

    @Test
    void fastApproximationsAreTheExactFunctions() {
        // Gen's fast* compute in float with bit tricks (errors ~1e-3 to several %); ours are the exact
        // functions, so the usual 1e-9 holds against them (the docs table says they are approximate)
        new OperatorCheck()
                .add("gen.fastexp", new double[][] {V}, x -> Math.exp(x[0]))
                .add("gen.fastpow", PAIRS, x -> GenArithmeticTest.fixnan(Math.pow(x[0], x[1])))
                .add("gen.fastsin", new double[][] {V}, x -> Math.sin(x[0]))
                .add("gen.fastcos", new double[][] {V}, x -> Math.cos(x[0]))
                .add("gen.fasttan", new double[][] {V}, x -> Math.tan(x[0]))
                .run();
    }

    @Test
    void nanAndDenormalTests() {
        double[][] in = {concat(V, EDGES)};
        new OperatorCheck()
                .add("gen.isnan", in, x -> genlibNan(x[0]) ? 1 : 0)
                .add("gen.fixnan", in, x -> genlibNan(x[0]) ? 0 : x[0])
                .add("gen.isdenorm", in, x -> x[0] != 0 && Math.abs(x[0]) < Math.pow(2, -1021) ? 1 : 0)
                .add("gen.fixdenorm", in, x -> x[0] != 0 && Math.abs(x[0]) < Double.MIN_NORMAL ? 0 : x[0])
                .run();
    }

    // ---- Gen's meanings ----

    /** Truncation toward zero for finite values by exact decimal arithmetic; NaN and infinities pass. */
    static double towardZero(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(0, RoundingMode.DOWN).doubleValue();
    }

    /** Gen's round: the mode's rounding of x*(1/base), times base; base 0 rounds x itself (our choice). */
    static double rounded(int mode, double x, double base) {
        if (base == 0) {
            return roundingMode(mode, x);
        }
        return roundingMode(mode, x * (1 / base)) * base;
    }

    private static double roundingMode(int mode, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        RoundingMode rounding = switch (mode) {
            case 0 -> RoundingMode.HALF_UP; // BigDecimal's HALF_UP rounds halves away from zero, as C's round
            case 1 -> RoundingMode.FLOOR;
            case 2 -> RoundingMode.CEILING;
            default -> RoundingMode.DOWN;
        };
        return new BigDecimal(v).setScale(0, rounding).doubleValue();
    }

    /** C's modf fraction: the sign of x, 0 for an infinity, NaN for NaN. */
    static double modfFraction(double x) {
        return Double.isInfinite(x) ? 0 : x % 1.0;
    }

    /** genlib's phasewrap: the fraction of x/(2pi) keeping its sign, times 2pi, then brought into [-pi, pi]. */
    static double phasewrap(double x) {
        double turns = x * (1 / (2 * Math.PI));
        double v = (turns - towardZero(turns)) * (2 * Math.PI);
        if (Double.isNaN(turns - towardZero(turns))) {
            v = Double.NaN;
        }
        if (v > Math.PI) {
            v -= 2 * Math.PI;
        }
        if (v < -Math.PI) {
            v += 2 * Math.PI;
        }
        return v;
    }

    /** genlib's NaN test reads the exponent's top ten bits: NaN, infinities and |x| >= 2^1023. */
    static boolean genlibNan(double x) {
        long high = Double.doubleToRawLongBits(x) >>> 32;
        return (high & 0x7fe00000L) == 0x7fe00000L;
    }

    private static double[] moderate() {
        List<Double> out = new ArrayList<>();
        for (double v : V) {
            if (Double.isNaN(v) || Math.abs(v) <= 1e6) {
                out.add(v);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
