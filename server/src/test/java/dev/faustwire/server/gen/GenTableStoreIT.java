package dev.faustwire.server.gen;

import static dev.faustwire.server.gen.GenRender.assertClose;
import static dev.faustwire.server.gen.GenStatefulOperatorsIT.concat;
import static dev.faustwire.server.gen.GenStatefulOperatorsIT.random;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * gen.lib's table store ({@code gen.store_rd}, {@code gen.poke_frame}): several pokes per table and sample, channels,
 * writes outside dropped, initial content, reads of the same sample seeing its writes, every poke index and bound
 * mode; rendered by the real faust (-double) and compared within 1e-9 with {@link GenTableStoreModel}.
 */
class GenTableStoreIT {
    static final double TOLERANCE = 1e-9;
    static final int FRAMES = 600;
    /** Initial content j * 0.25 - 1 at flat index j. */
    static final String CONTENT = "\\(j).(float(j) * 0.25 - 1.0)";

    @AfterAll
    static void figures() {
        System.out.println("GenTableStoreIT: " + GenRender.compileFigures());
    }

    /** Frames mostly inside a table of 6 (so pokes often meet), some outside, NaN, fractions. */
    static double[] frames(long seed) {
        double[] fixed = {0, 0, 5.5, 6, -1, Double.NaN, -0.5, 2.9, 3, 3};
        double[] more = random(seed, FRAMES - fixed.length, -1.5, 7.5);
        for (int n = 0; n < more.length; n++) {
            more[n] = n % 3 == 0 ? Math.floor(more[n]) : more[n];
        }
        return concat(fixed, more);
    }

    /** Channels 0 and 1 mostly, some outside (-1, 2) and fractions. */
    static double[] channels(long seed) {
        double[] fixed = {0, 0, 1, 1, 0, 1, 2, -1, 0.7, 1.2};
        return concat(fixed, random(seed, FRAMES - fixed.length, -0.6, 2.4));
    }

    @Test
    void threePokesIntoTwoChannelsLaterPokesWinAndReadsSeeThisSamplesWrites() {
        double[][] in = {random(1, FRAMES, -1, 1), frames(2), channels(3),
            random(4, FRAMES, -1, 1), frames(5), channels(6),
            random(7, FRAMES, -1, 1), frames(8), channels(9),
            frames(10), channels(11), random(12, FRAMES, -1, 8), channels(13)};
        String store = "gen.store_rd(6, 2, " + CONTENT + ", 3, (v0, f0, c0, v1, f1, c1, v2, f2, c2), ";
        double[][] out = GenRender.render("\\(v0, f0, c0, v1, f1, c1, v2, f2, c2, r0, rc0, r1, rc1)."
                + "(gen.data_read(6, 0, 0, 0, " + store + "rc0), r0), gen.data_read(6, 0, 2, 1, " + store + "rc1), r1))",
                in);

        GenTableStoreModel table = new GenTableStoreModel(6, 2, j -> j * 0.25 - 1.0);
        double[][] expected = new double[2][FRAMES];
        for (int n = 0; n < FRAMES; n++) {
            for (int k = 0; k < 3; k++) {
                table.poke(in[3 * k][n], in[3 * k + 1][n], in[3 * k + 2][n]);
            }
            expected[0][n] = table.read(0, 0, 0, in[9][n], in[10][n]);
            expected[1][n] = table.read(0, 2, 1, in[11][n], in[12][n]);
        }
        assertEquals(in[6][0], out[0][0], "three pokes at frame 0 channel 0 in the first sample: the last one is read");
        assertEquals(in[6][9], out[0][9], "three pokes at frame 3 channel 1.2: the last one is read");
        assertClose("peek of three pokes", expected[0], out[0], TOLERANCE, in[9], in[10]);
        assertClose("linear wrapping read of three pokes", expected[1], out[1], TOLERANCE, in[11], in[12]);
    }

    @Test
    void onePokeAndNoPokeReadTheirContentAndWrites() {
        double[][] in = {random(21, FRAMES, -1, 1), frames(22), channels(23), frames(24), channels(25)};
        double[][] out = GenRender.render("\\(v, f, c, r, rc).(gen.data_read(6, 0, 0, 0, gen.store_rd(6, 2, " + CONTENT
                + ", 1, (v, f, c), rc), r), gen.data_read(6, 0, 0, 0, gen.store_rd(6, 2, " + CONTENT
                + ", 0, 0, rc), r), gen.data_read(3, 0, 0, 0, gen.store_rd(3, 1, " + CONTENT + ", 1, (v, f, 0), 0), r))",
                in);

        GenTableStoreModel one = new GenTableStoreModel(6, 2, j -> j * 0.25 - 1.0);
        GenTableStoreModel none = new GenTableStoreModel(6, 2, j -> j * 0.25 - 1.0);
        GenTableStoreModel small = new GenTableStoreModel(3, 1, j -> j * 0.25 - 1.0);
        double[][] expected = new double[3][FRAMES];
        for (int n = 0; n < FRAMES; n++) {
            one.poke(in[0][n], in[1][n], in[2][n]);
            small.poke(in[0][n], in[1][n], 0);
            expected[0][n] = one.read(0, 0, 0, in[3][n], in[4][n]);
            expected[1][n] = none.read(0, 0, 0, in[3][n], in[4][n]);
            expected[2][n] = small.read(0, 0, 0, in[3][n], 0);
        }
        assertEquals(-1.0, out[1][0], "no poke: frame 0 of channel 0 holds content(0)");
        assertEquals(-1.0 + 11 * 0.25, out[1][2], "no poke: frame 5 of channel 1 is flat index 6 + 5");
        assertClose("one poke, two channels", expected[0], out[0], TOLERANCE, in[0], in[1], in[2], in[3], in[4]);
        assertClose("no poke (read-only content)", expected[1], out[1], TOLERANCE, in[3], in[4]);
        assertClose("one poke, one channel of 3: frames 3 to 5 dropped", expected[2], out[2], TOLERANCE, in[1], in[3]);
    }

    @Test
    void pokeFrameInEveryIndexAndBoundMode() {
        double[] fixed = {0, 1, 7, 7.99, 8, 9, 15, 16, -0.01, -1, -8, -9, -20, 3.5, Double.NaN};
        String[] indexNames = {"samples", "phase", "lookup"};
        for (int index = 0; index < 3; index++) {
            double scale = index == 0 ? 1 : index == 1 ? 1.0 / 7 : 2.0 / 7;
            double[] positions = new double[fixed.length];
            for (int i = 0; i < fixed.length; i++) {
                positions[i] = fixed[i] * scale;
            }
            positions = concat(positions, random(30 + index, 300, -30 * scale, 30 * scale));
            double[][] inputs = new double[5][];
            java.util.Arrays.fill(inputs, positions);
            double[][] out = GenRender.render("par(b, 5, gen.poke_frame(8, " + index + ", b))", inputs);
            for (int bound = 0; bound < 5; bound++) {
                int ix = index;
                int b = bound;
                double[] expected = GenRender.apply(x -> GenTableStoreModel.pokeFrame(8, ix, b, x[0]), positions);
                assertClose("poke_frame @index " + indexNames[index] + " @boundmode " + bound, expected, out[bound],
                        TOLERANCE, positions);
            }
        }
    }

    @Test
    void pokesThroughPokeFrameByPhaseWithClip() {
        double[][] in = {random(41, FRAMES, -1, 1), random(42, FRAMES, -0.3, 1.3), random(43, FRAMES, -1, 1),
            random(44, FRAMES, -0.3, 1.3), random(45, FRAMES, -0.2, 1.2)};
        double[][] out = GenRender.render("\\(v0, p0, v1, p1, r).(gen.data_read(8, 1, 2, 4, gen.store_rd(8, 1, \\(j).(0.0), 2,"
                + " (v0, gen.poke_frame(8, 1, 4, p0), 0, v1, gen.poke_frame(8, 1, 0, p1), 0), 0), r))", in);
        GenTableStoreModel table = new GenTableStoreModel(8, 1, j -> 0.0);
        double[] expected = new double[FRAMES];
        for (int n = 0; n < FRAMES; n++) {
            table.poke(in[0][n], GenTableStoreModel.pokeFrame(8, 1, 4, in[1][n]), 0);
            table.poke(in[2][n], GenTableStoreModel.pokeFrame(8, 1, 0, in[3][n]), 0);
            expected[n] = table.read(1, 2, 4, in[4][n], 0);
        }
        assertClose("two pokes by phase (clip, ignore), read by phase", expected, out[0], TOLERANCE, in[1], in[3], in[4]);
    }
}
