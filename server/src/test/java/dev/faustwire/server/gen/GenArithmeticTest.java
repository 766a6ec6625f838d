package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * gen.lib's arithmetic and range operators rendered by the real compiler in the JVM renderer, against
 * the meanings of ../shared/gen-operators.md (genlib's algorithms) written here in plain Java.
 */
class GenArithmeticTest {
    private static final double EPSILON = 2.220446049250313e-16;
    private static final double[] V = GenRender.testValues(true, true);
    private static final double[][] PAIRS = GenRender.pairs(V, V);
    /** Bounds for the range operators: reversed, equal, tiny and NaN ranges among them. */
    private static final double[] BOUNDS = {-2.5, -1, 0, 1e-10, 0.5, 1, 2, 3, Double.NaN};
    private static final double[][] RANGES = GenRender.triples(V, BOUNDS, BOUNDS);

    @AfterAll
    static void figures() {
        System.out.println("GenArithmeticTest: " + GenRender.compileFigures());
    }

    @Test
    void addSubMulAndRsub() {
        new OperatorCheck()
                .add("gen.add", PAIRS, x -> x[0] + x[1])
                .add("gen.sub", PAIRS, x -> x[0] - x[1])
                .add("gen.mul", PAIRS, x -> x[0] * x[1])
                .add("gen.rsub", PAIRS, x -> x[1] - x[0])
                .run();
    }

    @Test
    void protectedDivision() {
        new OperatorCheck()
                .add("gen.div", PAIRS, x -> x[1] == 0 ? 0 : x[0] / x[1])
                .add("gen.rdiv", PAIRS, x -> x[0] == 0 ? 0 : x[1] / x[0])
                .run();
        double[][] byZero = GenRender.render("gen.div", new double[] {1, -1, 0, Double.NaN, Double.POSITIVE_INFINITY},
                new double[] {0, -0.0, 0, 0, 0});
        for (double q : byZero[0]) {
            assertEquals(0, q, "x / 0 is 0 in Gen, never inf or NaN");
        }
    }

    @Test
    void protectedModulo() {
        new OperatorCheck()
                .add("gen.mod", PAIRS, x -> mod(x[0], x[1]))
                .add("gen.rmod", PAIRS, x -> mod(x[1], x[0]))
                .run();
        double[][] cases = {{-0.25, 1, -0.25}, {5, -3, 2}, {-5, 3, -2}, {-5, -3, -2}, {7, 0, 0}, {7, 1e-17, 0},
                {-3, 1, 0}, {2.5, 0.5, 0}, {1, 2e-16, 0}};
        double[][] out = GenRender.render("gen.mod", column(cases, 0), column(cases, 1));
        GenRender.assertClose("documented examples", column(cases, 2), out[0], 0, column(cases, 0), column(cases, 1));
    }

    @Test
    void negAbsAbsdiffAndSign() {
        new OperatorCheck()
                .add("gen.neg", new double[][] {V}, x -> -x[0])
                .add("gen.abs_", new double[][] {V}, x -> Math.abs(x[0]))
                .add("gen.absdiff", PAIRS, x -> Math.abs(x[0] - x[1]))
                .add("gen.sign", new double[][] {V}, x -> x[0] > 0 ? 1 : x[0] < 0 ? -1 : 0)
                .run();
    }

    @Test
    void minimumAndMaximum() {
        new OperatorCheck()
                .add("gen.minimum", PAIRS, x -> x[1] < x[0] ? x[1] : x[0])
                .add("gen.maximum", PAIRS, x -> x[0] < x[1] ? x[1] : x[0])
                .run();
    }

    @Test
    void clip() {
        new OperatorCheck()
                .add("gen.clip", RANGES, x -> x[0] <= x[1] ? x[1] : x[0] >= x[2] ? x[2] : x[0])
                .add("gen.clamp", RANGES, x -> x[0] <= x[1] ? x[1] : x[0] >= x[2] ? x[2] : x[0])
                .run();
        // lo > hi: no swap, lo at or below lo, else hi
        double[][] out = GenRender.render("gen.clip", new double[] {-1, 0.5, 2, 5}, GenRender.constant(1, 4),
                GenRender.constant(0, 4));
        GenRender.assertClose("clip(x, 1, 0)", new double[] {1, 1, 0, 0}, out[0], 0);
    }

    @Test
    void wrap() {
        new OperatorCheck().add("gen.wrap", RANGES, x -> wrap(x[0], x[1], x[2])).run();
        double[][] cases = {{-1, 0, 1, 1}, {-0.25, 0, 1, 0.75}, {-2, 0, 1, 1}, {2, 0, 1, 0}, {1, 0, 1, 0},
                {0.5, 1, 0, 0.5}, {1.5, 1, 0, 0.5}, {3, 2, 2, 2}, {-0.5, -0.5, 0.5, -0.5}, {0.5, -0.5, 0.5, -0.5}};
        double[][] out = GenRender.render("gen.wrap", column(cases, 0), column(cases, 1), column(cases, 2));
        GenRender.assertClose("documented examples (wrap(-1,0,1) = 1 is genlib's quirk)", column(cases, 3), out[0],
                1e-15, column(cases, 0), column(cases, 1), column(cases, 2));
    }

    @Test
    void fold() {
        new OperatorCheck().add("gen.fold", RANGES, x -> fold(x[0], x[1], x[2])).run();
        double[][] cases = {{1.25, 0, 1, 0.75}, {-0.25, 0, 1, 0.25}, {2, 0, 1, 0}, {2.25, 0, 1, 0.25},
                {3.25, 0, 1, 0.75}, {-1.25, 0, 1, 0.75}, {1, 0, 1, 1}, {7, 3, 3, 3}, {1.25, 1, 0, 0.75}};
        double[][] out = GenRender.render("gen.fold", column(cases, 0), column(cases, 1), column(cases, 2));
        GenRender.assertClose("documented examples", column(cases, 3), out[0], 1e-15,
                column(cases, 0), column(cases, 1), column(cases, 2));
    }

    @Test
    void scale() {
        double[][] in = randomRows(6, 4000, new double[] {-2, -1, -0.5, 0, 0.25, 0.5, 1, 2, 3, 10, 1e-300},
                new double[] {1, 1, 0.5, 2, 1.0 / 3, -1, 0, 0.25});
        new OperatorCheck()
                .add("gen.scale", in, x -> fixnan(Math.pow((x[0] - x[1]) * (x[2] - x[1] == 0 ? 0 : 1 / (x[2] - x[1])),
                        x[5])) * (x[4] - x[3]) + x[3])
                .run();
        // below ilo with a fractional exponent: Max's generated code gives 0 (NaN from pow, fixed), then olo
        double[][] out = GenRender.render("gen.scale", new double[] {-1, 0.25, 2}, new double[] {0, 0, 1},
                new double[] {1, 1, 1}, new double[] {10, 10, 10}, new double[] {20, 20, 20},
                new double[] {0.5, 0.5, 2});
        GenRender.assertClose("scale examples", new double[] {10, 15, 10}, out[0], 1e-12);
    }

    @Test
    void mix() {
        double[][] in = GenRender.triples(new double[] {-3, 0, 1, 2.5, 1e10, Double.NaN}, new double[] {-1, 0, 4, -1e-9},
                new double[] {-0.5, 0, 0.25, 0.5, 1, 1.5, Double.NaN});
        new OperatorCheck().add("gen.mix", in, x -> x[0] + x[2] * (x[1] - x[0])).run();
    }

    @Test
    void interp() {
        double[] t = new double[241];
        for (int i = 0; i < t.length; i++) {
            t[i] = -0.5 + i / 120.0; // -0.5 .. 1.5, through 0 and 1 exactly
        }
        Random random = new Random(16);
        double[][] points = new double[6][t.length];
        for (double[] p : points) {
            for (int i = 0; i < p.length; i++) {
                p[i] = random.nextDouble() * 4 - 2;
            }
        }
        double[][] two = {t, points[0], points[1]};
        double[][] four = {t, points[0], points[1], points[2], points[3]};
        double[][] six = {t, points[0], points[1], points[2], points[3], points[4], points[5]};
        new OperatorCheck()
                .add("gen.interp(0)", two, x -> x[1] + x[0] * (x[2] - x[1]))
                .add("gen.interp(1)", two, x -> cosineInterp(x[0], x[1], x[2]))
                .add("gen.interp(2)", four, x -> cubicInterp(x[0], x[1], x[2], x[3], x[4]))
                .add("gen.interp(3)", four, x -> splineInterp(x[0], x[1], x[2], x[3], x[4]))
                .add("gen.interp(4)", six, x -> spline6Interp(x[0], x[1], x[2], x[3], x[4], x[5], x[6]))
                .add("gen.interp(5)", four, x -> fastcubicInterp(x[0], x[1], x[2], x[3], x[4]))
                .run();
        // the mode is a compile-time parameter: as a signal, or an unknown mode, it does not compile
        assertThrows(AssertionError.class, () -> GenRender.compile("gen.interp"));
        assertThrows(AssertionError.class, () -> GenRender.compile("gen.interp(6)"));
    }

    @Test
    void smoothstepAndStep() {
        double[][] in = GenRender.triples(new double[] {0, 3, -1, 1e-9}, new double[] {0, 4, -1, 3},
                new double[] {-2, -1, 0, 0.5, 1, 2.9, 3, 3.25, 3.5, 4, 5, Double.NaN, Double.POSITIVE_INFINITY});
        new OperatorCheck()
                .add("gen.smoothstep", in, x -> smoothstep(x[0], x[1], x[2]))
                .add("gen.step", PAIRS, x -> x[0] < x[1] ? 0 : 1)
                .run();
    }

    // ---- Gen's meanings, from ../shared/gen-operators.md, in plain Java ----

    /** Truncation toward zero, by the sign (no casts: a long cannot hold 1e300). */
    static double truncate(double v) {
        return v < 0 ? Math.ceil(v) : Math.floor(v);
    }

    /** safemod: |b| <= epsilon (or NaN) gives 0, else C's fmod with |b| (Java's % on doubles is C's fmod). */
    static double mod(double a, double b) {
        if (!(b > EPSILON || b < -EPSILON)) {
            return 0;
        }
        return a % Math.abs(b);
    }

    /** genlib's wrap: equal bounds, swap, inside passes, range <= 1e-9 gives lo, else the wrap count with its quirk. */
    static double wrap(double v, double lo1, double hi1) {
        if (lo1 == hi1) {
            return lo1;
        }
        double lo = lo1 > hi1 ? hi1 : lo1;
        double hi = lo1 > hi1 ? lo1 : hi1;
        double range = hi - lo;
        if (v >= lo && v < hi) {
            return v;
        }
        if (range <= 0.000000001) {
            return lo;
        }
        double wraps = truncate((v - lo) / range) - (v < lo ? 1 : 0);
        return v - range * wraps;
    }

    /** genlib's fold: count the range lengths x lies outside, mirror on an odd count. */
    static double fold(double v, double lo1, double hi1) {
        if (lo1 == hi1) {
            return lo1;
        }
        double lo = lo1 > hi1 ? hi1 : lo1;
        double hi = lo1 > hi1 ? lo1 : hi1;
        double range = hi - lo;
        double folds = 0;
        if (v >= hi) {
            v -= range;
            if (v >= hi) {
                folds = truncate((v - lo) / range);
                v -= range * folds;
            }
            folds++;
        } else if (v < lo) {
            v += range;
            if (v < lo) {
                folds = truncate((v - lo) / range) - 1;
                v -= range * folds;
            }
            folds--;
        }
        return folds % 2 != 0 ? hi + lo - v : v;
    }

    /** genlib's fixnan: its NaN test looks at the exponent's top bits, so |x| >= 2^1023 and infinities count too. */
    static double fixnan(double x) {
        return Double.isNaN(x) || Math.abs(x) >= Math.pow(2, 1023) ? 0 : x;
    }

    static double smoothstep(double e0, double e1, double x) {
        double t = e1 - e0 == 0 ? 0 : (x - e0) / (e1 - e0);
        t = t < 0 ? 0 : t;
        t = 1 < t ? 1 : t;
        return t * t * (3 - 2 * t);
    }

    /** genlib's cosine interpolation: the weight from an 8th-order Taylor cosine of t*pi brought into [-pi, pi]. */
    static double cosineInterp(double t, double a, double b) {
        double weight = (1 - taylorCos(GenNumericTest.phasewrap(t * Math.PI))) / 2;
        return a * (1 - weight) + b * weight;
    }

    /** cos by Taylor series: of degree 8 near 0, else as -sin(r - pi/2) or sin(r + pi/2) of degree 7. */
    static double taylorCos(double r) {
        if (Math.abs(r) < Math.PI / 4) {
            double r2 = r * r;
            return 1 - r2 / 2 + r2 * r2 / 24 - r2 * r2 * r2 / 720 + r2 * r2 * r2 * r2 / 40320;
        }
        double s = r > 0 ? r - Math.PI / 2 : r + Math.PI / 2;
        double s2 = s * s;
        double sin = s - s * s2 / 6 + s * s2 * s2 / 120 - s * s2 * s2 * s2 / 5040;
        return r > 0 ? -sin : sin;
    }

    /** The 4-point Lagrange cubic through w, x, y, z at -1, 0, 1, 2, with genlib's 0.1666667 for 1/6. */
    static double cubicInterp(double a, double w, double x, double y, double z) {
        double sixth = 0.1666667;
        return -sixth * a * (a - 1) * (a - 2) * w
                + 0.5 * (a + 1) * (a - 1) * (a - 2) * x
                - 0.5 * (a + 1) * a * (a - 2) * y
                + sixth * (a + 1) * a * (a - 1) * z;
    }

    /** Catmull-Rom between x and y. */
    static double splineInterp(double a, double w, double x, double y, double z) {
        return x + 0.5 * a * (y - w) + a * a * (w - 2.5 * x + 2 * y - 0.5 * z)
                + a * a * a * (0.5 * (z - w) + 1.5 * (x - y));
    }

    /** The 6-point 5th-order B-spline (Niemitalo's x-form) between y2 and y3. */
    static double spline6Interp(double a, double y0, double y1, double y2, double y3, double y4, double y5) {
        double[] c = {
            (y0 + y4) / 120 + 13 * (y1 + y3) / 60 + 11 * y2 / 20,
            (y4 - y0) / 24 + 5 * (y3 - y1) / 12,
            (y0 + y4) / 12 + (y1 + y3) / 6 - y2 / 2,
            (y4 - y0) / 12 - (y3 - y1) / 6,
            (y0 + y4) / 24 - (y1 + y3) / 6 + y2 / 4,
            (y5 - y0) / 120 + (y1 - y4) / 24 + (y3 - y2) / 12};
        double sum = 0;
        for (int k = 5; k >= 0; k--) {
            sum = sum * a + c[k];
        }
        return sum;
    }

    /** genlib's older cubic: a cubic in a with x at 0, whose cubic term is z - y - w + x. */
    static double fastcubicInterp(double a, double w, double x, double y, double z) {
        double cube = z - y - w + x;
        return cube * a * a * a + (w - x - cube) * a * a + (y - w) * a + x;
    }

    // ---- signal helpers ----

    static double[] column(double[][] rows, int k) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][k];
        }
        return out;
    }

    /** {@code frames} rows of {@code width} signals drawn from {@code values}, the last from {@code lastValues}. */
    static double[][] randomRows(int width, int frames, double[] values, double[] lastValues) {
        Random random = new Random(width * 1000L + frames);
        double[][] out = new double[width][frames];
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < width - 1; c++) {
                out[c][i] = values[random.nextInt(values.length)];
            }
            out[width - 1][i] = lastValues[random.nextInt(lastValues.length)];
        }
        return out;
    }
}
