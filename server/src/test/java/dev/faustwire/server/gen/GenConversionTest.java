package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.server.render.WasmDsp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** gen.lib's conversions, constants and simplest boxes (pass, float, int, constant) against Gen's meanings in plain Java. */
class GenConversionTest {
    private static final double[] V = GenRender.testValues(true, true);

    @AfterAll
    static void figures() {
        System.out.println("GenConversionTest: " + GenRender.compileFigures());
    }

    @Test
    void passFloatIntAndConstant() {
        new OperatorCheck()
                .add("gen.pass", new double[][] {V}, x -> x[0])
                .add("gen.float_", new double[][] {V}, x -> x[0])
                .add("gen.int_", new double[][] {V}, x -> GenNumericTest.towardZero(x[0]))
                .add("gen.constant(0.3)", new double[0][], x -> 0.3)
                .add("gen.constant(-1e-310)", new double[0][], x -> -1e-310)
                .run();
    }

    @Test
    void millisecondsAndSamples() {
        for (int rate : new int[] {48000, 44100}) {
            new OperatorCheck()
                    .add("gen.mstosamps", new double[][] {V}, x -> x[0] * rate * 0.001)
                    .add("gen.sampstoms", new double[][] {V}, x -> 1000 * x[0] / rate)
                    .run(rate);
        }
    }

    @Test
    void mtofAndFtom() {
        double[] notes = new double[161];
        for (int i = 0; i < notes.length; i++) {
            notes[i] = -20 + i * 1.0; // -20 .. 140 semitones
        }
        double[][] mtof = GenRender.pairs(GenNumericTest.concat(notes, new double[] {69.5, 0.01, Double.NaN}),
                new double[] {440, 432, 0, -440});
        double[][] ftom = GenRender.pairs(new double[] {440, 880, 220, 261.6255653005986, 1, 20000, 0, -5, 1e-310,
            Double.NaN, Double.POSITIVE_INFINITY}, new double[] {440, 432, 0, -440});
        new OperatorCheck()
                .add("gen.mtof", mtof, x -> x[1] * Math.exp(0.057762265 * (x[0] - 69)))
                .add("gen.ftom", ftom, x -> 69 + 17.31234050465299 * Math.log(x[1] == 0 ? 0 : x[0] / x[1]))
                .run();
        double[][] out = GenRender.render("gen.mtof, gen.ftom", new double[] {69, 81}, new double[] {440, 440},
                new double[] {440, 880}, new double[] {440, 440});
        GenRender.assertClose("mtof: note 69 is the tuning, 81 its octave", new double[] {440, 880}, out[0], 1e-9);
        GenRender.assertClose("ftom: the tuning is note 69, its octave 81", new double[] {69, 81}, out[1], 1e-9);
    }

    @Test
    void decibels() {
        new OperatorCheck()
                .add("gen.dbtoa", new double[][] {V}, x -> Math.pow(10, x[0] * 0.05))
                .add("gen.atodb", new double[][] {V}, x -> x[0] <= 0 ? -999 : 20 * Math.log10(x[0]))
                .run();
        double[][] out = GenRender.render("gen.atodb", new double[] {0, -1, -0.0, 1, 0.5});
        GenRender.assertClose("atodb floors at -999", new double[] {-999, -999, -999, 0, 20 * Math.log10(0.5)},
                out[0], 1e-12);
    }

    @Test
    void t60AndT60time() {
        double[] times = {1, 2, 10, 44100, 48000, 0.5, 0, -0.0, -100, 1e-310, Double.NaN, Double.POSITIVE_INFINITY};
        double[] factors = {0.5, 0.9, 0.999, 0.9999, 1, 1.5, 0, -0.5, Double.NaN};
        new OperatorCheck()
                .add("gen.t60", new double[][] {times}, x -> Math.exp(-6.907755279 / x[0]))
                .add("gen.t60time", new double[][] {factors}, x -> -6.907755279 / Math.log(x[0]))
                .run();
        // t60's factor decays by 60 dB over T samples, and t60time finds T again
        double[][] out = GenRender.render("gen.t60 <: _, gen.t60time", new double[] {4800});
        assertEquals(0.001, Math.pow(out[0][0], 4800), 1e-9);
        assertEquals(4800, out[1][0], 1e-6);
    }

    @Test
    void mathematicalConstants() {
        double[][] none = new double[0][];
        new OperatorCheck()
                .add("gen.pi", 0, none, x -> Math.PI)
                .add("gen.twopi", 0, none, x -> 2 * Math.PI)
                .add("gen.halfpi", 0, none, x -> Math.PI / 2)
                .add("gen.invpi", 1e-16, none, x -> 1 / Math.PI)
                .add("gen.e", 0, none, x -> Math.E)
                .add("gen.ln2", 1e-16, none, x -> Math.log(2))
                .add("gen.ln10", 1e-16, none, x -> Math.log(10))
                .add("gen.log2e", 1e-16, none, x -> 1 / Math.log(2))
                .add("gen.log10e", 1e-16, none, x -> Math.log10(Math.E))
                .add("gen.sqrt2", 1e-16, none, x -> Math.sqrt(2))
                .add("gen.sqrt1_2", 1e-16, none, x -> Math.sqrt(0.5))
                .add("gen.phi", 1e-16, none, x -> (1 + Math.sqrt(5)) / 2)
                .add("gen.degtorad", 1e-16, none, x -> Math.PI / 180)
                .add("gen.radtodeg", 1e-14, none, x -> 180 / Math.PI)
                .run();
    }

    @Test
    void contextConstants() {
        double[][] none = new double[0][];
        for (int rate : new int[] {48000, 96000}) {
            new OperatorCheck()
                    .add("gen.samplerate", 0, none, x -> rate)
                    .add("gen.voice", 0, none, x -> 1)
                    .add("gen.voicecount", 0, none, x -> 1)
                    .add("gen.mc_channel", 0, none, x -> 1)
                    .add("gen.mc_channelcount", 0, none, x -> 1)
                    .run(rate);
        }
        // vectorsize is the block being computed: the JVM renderer computes blocks of WasmDsp.MAX_BLOCK
        int block = WasmDsp.MAX_BLOCK;
        double[][] out = GenRender.compile("gen.vectorsize").render(48000, block + 188);
        assertEquals(block, out[0][0]);
        assertEquals(block, out[0][block - 1]);
        assertEquals(188, out[0][block]);
    }
}
