package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** gen.lib's comparison, logic and routing operators against Gen's meanings in plain Java: 0/1 results, NaN as C treats it. */
class GenLogicTest {
    private static final double[] V = GenRender.testValues(true, true);
    private static final double[][] PAIRS = GenRender.pairs(V, V);
    /** Controls for gate and selector: below 1, fractions (truncated), exact choices, beyond N, NaN. */
    private static final double[] CHOICES = {-2, -0.5, 0, 0.9, 1, 1.5, 1.999, 2, 2.5, 3, 3.7, 4, 100, 1e300,
        -1e300, Double.NaN, Double.POSITIVE_INFINITY};

    @AfterAll
    static void figures() {
        System.out.println("GenLogicTest: " + GenRender.compileFigures());
    }

    @Test
    void comparisons() {
        new OperatorCheck()
                .add("gen.lt", PAIRS, x -> x[0] < x[1] ? 1 : 0)
                .add("gen.lte", PAIRS, x -> x[0] <= x[1] ? 1 : 0)
                .add("gen.gt", PAIRS, x -> x[0] > x[1] ? 1 : 0)
                .add("gen.gte", PAIRS, x -> x[0] >= x[1] ? 1 : 0)
                .add("gen.eq", PAIRS, x -> x[0] == x[1] ? 1 : 0)
                .add("gen.neq", PAIRS, x -> x[0] != x[1] ? 1 : 0)
                .run();
    }

    @Test
    void passComparisons() {
        new OperatorCheck()
                .add("gen.ltp", PAIRS, x -> x[0] < x[1] ? x[0] : 0)
                .add("gen.ltep", PAIRS, x -> x[0] <= x[1] ? x[0] : 0)
                .add("gen.gtp", PAIRS, x -> x[0] > x[1] ? x[0] : 0)
                .add("gen.gtep", PAIRS, x -> x[0] >= x[1] ? x[0] : 0)
                .add("gen.eqp", PAIRS, x -> x[0] == x[1] ? x[0] : 0)
                .add("gen.neqp", PAIRS, x -> x[0] != x[1] ? x[0] : 0)
                .run();
    }

    @Test
    void logic() {
        new OperatorCheck()
                .add("gen.and", PAIRS, x -> truth(x[0]) && truth(x[1]) ? 1 : 0)
                .add("gen.or", PAIRS, x -> truth(x[0]) || truth(x[1]) ? 1 : 0)
                .add("gen.xor_", PAIRS, x -> truth(x[0]) ^ truth(x[1]) ? 1 : 0)
                .add("gen.not", new double[][] {V}, x -> truth(x[0]) ? 0 : 1)
                .add("gen.bool", new double[][] {V}, x -> truth(x[0]) ? 1 : 0)
                .run();
        // the operators the IFC paper's library got wrong: not 0.5 is 0, 2 && 3 is 1, 0 || -4 is 1
        double[][] out = GenRender.render("gen.not, gen.and, gen.or", new double[] {0.5}, new double[] {2},
                new double[] {3}, new double[] {0}, new double[] {-4});
        assertEquals(0, out[0][0]);
        assertEquals(1, out[1][0]);
        assertEquals(1, out[2][0]);
    }

    @Test
    void switchPassesOneBranch() {
        double[] conditions = {0, -0.0, 1, -1, 0.5, 1e-310, Double.NaN, Double.POSITIVE_INFINITY};
        double[] branches = {-1, 0, 2.5, Double.NaN, Double.NEGATIVE_INFINITY};
        double[][] in = GenRender.triples(conditions, branches, branches);
        new OperatorCheck().add("gen.switch", in, x -> truth(x[0]) ? x[1] : x[2]).run();
    }

    @Test
    void gate() {
        double[][] in = GenRender.pairs(CHOICES, new double[] {0.75, -3, Double.NaN, 1e300});
        GenRender.Formula[] three = new GenRender.Formula[3];
        for (int k = 1; k <= 3; k++) {
            int outlet = k;
            three[k - 1] = x -> gateOut(3, outlet, x[0], x[1]);
        }
        new OperatorCheck()
                .add("gen.gate(1)", in, x -> gateOut(1, 1, x[0], x[1]))
                .add("gen.gate(3)", in, three)
                .run();
    }

    @Test
    void selector() {
        double[][] in = new double[5][];
        double[][] pairs = GenRender.pairs(CHOICES, new double[] {1, 2, 3});
        in[0] = pairs[0];
        for (int c = 1; c <= 4; c++) {
            in[c] = new double[in[0].length];
            for (int i = 0; i < in[0].length; i++) {
                in[c][i] = c * 10 + pairs[1][i]; // each input recognisable
            }
        }
        double[][] one = {in[0], in[1]};
        new OperatorCheck()
                .add("gen.selector(1)", one, x -> select(x[0], x[1]))
                .add("gen.selector(4)", in, x -> select(x[0], x[1], x[2], x[3], x[4]))
                .run();
    }

    // ---- Gen's meanings ----

    /** C's truth: anything but 0 (NaN included) is true. */
    static boolean truth(double x) {
        return x != 0 || Double.isNaN(x);
    }

    /** Gen's gate N outlet k: the input when int(ctl) selects k (the last outlet for every choice >= N), else 0. */
    static double gateOut(int n, int outlet, double control, double input) {
        double choice = GenArithmeticTest.truncate(control);
        boolean open = outlet == n ? choice >= n : choice >= outlet && choice < outlet + 1;
        return open ? input : 0;
    }

    /** Gen's selector: int(ctl) picks input 1..N, the last one for every choice >= N, 0 below 1. */
    static double select(double control, double... inputs) {
        double choice = GenArithmeticTest.truncate(control);
        for (int k = inputs.length; k >= 1; k--) {
            if (choice >= k) {
                return inputs[k - 1];
            }
        }
        return 0;
    }
}
