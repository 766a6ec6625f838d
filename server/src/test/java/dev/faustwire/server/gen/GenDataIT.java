package dev.faustwire.server.gen;

import static dev.faustwire.server.gen.GenRender.assertClose;
import static dev.faustwire.server.gen.GenStatefulOperatorsIT.concat;
import static dev.faustwire.server.gen.GenStatefulOperatorsIT.random;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * gen.lib's tables (section 7): {@code data_read} in every @index, @interp and @boundmode, the readers with their
 * defaults ({@code peek nearest sample lookup wave}), {@code data} written by a poke and read by several readers,
 * {@code dim} and {@code channels}, compared within 1e-9 with {@link GenDataModel}.
 */
class GenDataIT {
    static final double TOLERANCE = 1e-9;
    /** A read-only table of 8: v[j] = j^2 - 3j + 0.5, filled once as an rdtable. */
    static final String TABLE = " with { t(j) = rdtable(8, float(ba.time) * float(ba.time) - 3.0 * float(ba.time) + 0.5, j); }";
    static final double[] VALUES = new double[8];

    static {
        for (int j = 0; j < 8; j++) {
            VALUES[j] = j * j - 3.0 * j + 0.5;
        }
    }

    @AfterAll
    static void figures() {
        System.out.println("GenDataIT: " + GenRender.compileFigures());
    }

    /** Positions: exact indices, halves, fractions, out of range both sides, NaN, then random ones. */
    static double[] positions(double scale) {
        double[] fixed = {0, 1, 2.5, 7, 7.5, 8, -0.25, -1, -3.5, 9.75, 15, -9, 0.125, Double.NaN, 3.999999};
        double[] scaled = new double[fixed.length];
        for (int i = 0; i < fixed.length; i++) {
            scaled[i] = fixed[i] * scale;
        }
        return concat(scaled, random(31, 200, -12 * scale, 12 * scale));
    }

    /** One index mode, every interp and bound mode: one program per interp (all at once take the compiler too long). */
    void dataReadInEveryInterpAndBoundMode(int index, double[] positions) {
        double[][] inputs = new double[5][];
        java.util.Arrays.fill(inputs, positions);
        String[] indexNames = {"samples", "phase", "lookup"};
        String[] boundNames = {"ignore", "wrap", "fold", "mirror", "clamp"};
        for (int interp = 0; interp < 7; interp++) {
            double[][] out = GenRender.render("par(b, 5, gen.data_read(8, " + index + ", " + interp + ", b, t))" + TABLE,
                    inputs);
            for (int bound = 0; bound < 5; bound++) {
                int ip = interp;
                int b = bound;
                double[] expected = GenRender.apply(x -> GenDataModel.read(VALUES, index, ip, b, x[0]), positions);
                assertClose("data_read @index " + indexNames[index] + " @interp " + GenDelayModel.MODES[interp]
                        + " @boundmode " + boundNames[bound], expected, out[bound], TOLERANCE, positions);
            }
        }
    }

    @Test
    void dataReadBySamples() {
        dataReadInEveryInterpAndBoundMode(0, positions(1));
    }

    @Test
    void dataReadByPhase() {
        dataReadInEveryInterpAndBoundMode(1, positions(1.0 / 7));
    }

    @Test
    void dataReadBySignal() {
        dataReadInEveryInterpAndBoundMode(2, positions(2.0 / 7));
    }

    @Test
    void theReadersDefaultsAndWave() {
        double[] samples = positions(1);
        double[] phases = positions(1.0 / 7);
        double[] signals = positions(2.0 / 7);
        double[] start = concat(new double[] {0, 2, 2, 7, -3, 5.9, 9}, random(32, 208, -2, 10));
        double[] end = concat(new double[] {7, 5, 2, 0, 20, 1.2, 3}, random(33, 208, -2, 10));

        double[][] out = GenRender.render("(gen.peek(8, t), gen.nearest(8, t), gen.sample(8, t), gen.lookup(8, t),"
                + " gen.wave(8, t), gen.dim(8), gen.channels(1))" + TABLE, samples, phases, phases, signals, phases, start, end);

        assertEquals(VALUES[2], out[0][2], "peek 2.5 reads index 2");
        assertEquals(0.0, out[0][5], "peek 8 is outside: 0");
        assertEquals(VALUES[0], out[0][13], "peek NaN reads index 0 (fixnan)");
        assertClose("peek", GenRender.apply(x -> GenDataModel.read(VALUES, 0, 0, 0, x[0]), samples), out[0], TOLERANCE,
                samples);
        assertClose("nearest", GenRender.apply(x -> GenDataModel.read(VALUES, 1, 0, 0, x[0]), phases), out[1], TOLERANCE,
                phases);
        assertClose("sample", GenRender.apply(x -> GenDataModel.read(VALUES, 1, 2, 0, x[0]), phases), out[2], TOLERANCE,
                phases);
        assertClose("lookup", GenRender.apply(x -> GenDataModel.read(VALUES, 2, 2, 4, x[0]), signals), out[3], TOLERANCE,
                signals);
        assertClose("wave", GenRender.apply(x -> GenDataModel.wave(VALUES, x[0], x[1], x[2]), phases, start, end), out[4],
                TOLERANCE, phases, start, end);
        assertEquals(8.0, out[5][0]);
        assertEquals(1.0, out[6][0]);
    }

    @Test
    void dataHoldsWhatItsPokeWritesForEveryReader() {
        int frames = 400;
        double[] value = random(34, frames, -1, 1);
        double[] position = concat(new double[] {0, 3.7, 15.99, 16, -0.5, Double.NaN, -1}, random(35, frames - 7, -3, 19));
        double[] read1 = concat(new double[] {0, 3, 15, 0, -1, 0, 15.5}, random(36, frames - 7, -3, 19));
        double[] read2 = random(37, frames, -20, 40);
        double[] read3 = concat(new double[] {0, 0.2, 1, 0}, random(38, frames - 4, -0.5, 1.5));

        double[][] out = GenRender.render("gen.data(16, 2, 0, 2, 1), gen.data(16, 1, 1, 4, 4)",
                value, position, read1, read2, value, position, read3);

        assertEquals(value[0], out[0][0], "a read sees the write of the same sample");
        assertEquals(value[1], out[0][1], "3.7 writes index 3");
        assertEquals(value[2], out[0][2]);
        double[] table = new double[16];
        double[] cubicTable = new double[16];
        double[][] expected = new double[3][frames];
        for (int n = 0; n < frames; n++) {
            double[] two = GenDataModel.pokeThenRead(table, value[n], position[n], 0, 2, 1, read1[n], read2[n]);
            expected[0][n] = two[0];
            expected[1][n] = two[1];
            expected[2][n] = GenDataModel.pokeThenRead(cubicTable, value[n], position[n], 1, 4, 4, read3[n])[0];
        }
        assertClose("data, linear wrap reader 1", expected[0], out[0], TOLERANCE, value, position, read1);
        assertClose("data, linear wrap reader 2", expected[1], out[1], TOLERANCE, value, position, read2);
        assertClose("data @index phase @interp cubic @boundmode clamp", expected[2], out[2], TOLERANCE, value, position,
                read3);
        assertEquals(value[0], out[0][3], "writing at 16 (outside) is dropped: index 0 still holds the first write");
    }
}
