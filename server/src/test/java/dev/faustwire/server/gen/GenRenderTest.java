package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@link GenRender}: the real sandboxed compiler with gen.lib beside the program, the JVM renderer in double. */
class GenRenderTest {
    private static final long START = System.nanoTime();

    @AfterAll
    static void figures() {
        System.out.println("GenRenderTest: " + GenRender.compileFigures() + ", whole test "
                + (System.nanoTime() - START) / 1_000_000 + " ms");
    }

    @Test
    void rendersDoublesWithoutRoundingAndKnowsTheSampleRateAndGenLib() {
        GenRender.Program program = GenRender.compile("_, ma.SR, (_ : gen.history(0.5))");
        double[] values = GenRender.testValues(true, true);

        double[][] out = program.render(values, values);

        assertEquals(3, out.length);
        // identity, bit for bit: 0.1 and the denormals would not survive a float on the way
        for (int i = 0; i < values.length; i++) {
            assertEquals(Double.doubleToRawLongBits(values[i]), Double.doubleToRawLongBits(out[0][i]),
                    "sample " + i + " = " + values[i] + " came back as " + out[0][i]);
            assertEquals(48000, out[1][i]);
        }
        assertEquals(0.5, out[2][0]);
        assertEquals(values[0], out[2][1]);
        assertEquals(44100, program.render(44100, 4, values, values)[1][3]);
    }

    @Test
    void eachRenderStartsFromAClearedState() {
        GenRender.Program sum = GenRender.compile("+ ~ _");
        double[] ones = GenRender.constant(1, 5);

        assertEquals(5, sum.render(ones)[0][4]);
        assertEquals(5, sum.render(ones)[0][4]);
        double[][] longer = sum.render(48000, 8, ones);
        assertEquals(5, longer[0][7], "inputs read as 0 past their end");
    }

    @Test
    void aProgramThatDoesNotCompileFailsWithTheCompilersMessage() {
        AssertionError e = assertThrows(AssertionError.class, () -> GenRender.compile("gen.noSuchOperator"));
        assertTrue(e.getMessage().contains("noSuchOperator"), e.getMessage());
        assertTrue(e.getMessage().contains("process = gen.noSuchOperator"), e.getMessage());
    }

    @Test
    void theInputCountIsChecked() {
        GenRender.Program two = GenRender.compile("+");
        assertThrows(IllegalArgumentException.class, () -> two.render(new double[] {1}));
    }

    @Test
    void aDifferenceNamesTheSampleItsInputsAndBothValues() {
        double[] a = {1, 2, 3};
        double[] b = {-1, -2, -3};

        String message = GenRender.firstDifference("add", new double[] {0, 0, 0}, new double[] {0, 1e-6, 7}, 1e-9, a, b);

        assertEquals("add: sample 1 of 3 differs; inputs [2.0, -2.0]: expected 0.0, rendered 1.0E-6"
                + " (difference 1.0E-6, tolerance 1.0E-9)", message);
        assertThrows(AssertionError.class,
                () -> GenRender.assertClose("add", new double[] {0}, new double[] {1}, 1e-9, a));
        assertTrue(GenRender.firstDifference("x", new double[] {1}, new double[] {1, 2}, 0).contains("1 samples expected"));
    }

    @Test
    void closenessIsAbsoluteNearZeroRelativeForLargeValuesAndMatchesNanAndInfinities() {
        assertTrue(GenRender.close(0, 1e-10, 1e-9));
        assertFalse(GenRender.close(0, 2e-9, 1e-9));
        assertTrue(GenRender.close(1e12, 1e12 + 1, 1e-9));
        assertFalse(GenRender.close(1e12, 1e12 + 1e4, 1e-9));
        assertTrue(GenRender.close(Double.NaN, Double.NaN, 0));
        assertFalse(GenRender.close(Double.NaN, 0, 1));
        assertFalse(GenRender.close(0, Double.NaN, 1));
        assertTrue(GenRender.close(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 0));
        assertFalse(GenRender.close(Double.POSITIVE_INFINITY, 1e308, 1));
        assertNull(GenRender.firstDifference("same", new double[] {Double.NaN, 1}, new double[] {Double.NaN, 1}, 0));
    }

    @Test
    void pairsAndTriplesCoverEveryCombination() {
        double[][] p = GenRender.pairs(new double[] {1, 2}, new double[] {3, 4, 5});
        assertEquals(6, p[0].length);
        assertEquals(2, p[0][3]);
        assertEquals(3, p[1][3]);
        double[][] t = GenRender.triples(new double[] {1, 2}, new double[] {3}, new double[] {4, 5});
        assertEquals(4, t[0].length);
        assertEquals(2, t[0][2]);
        assertEquals(5, t[2][3]);
        double[] twice = GenRender.apply(x -> x[0] * x[1], p);
        assertEquals(8, twice[4]);
    }
}
