package dev.faustwire.server.gen;

import static dev.faustwire.server.gen.GenRender.assertClose;
import static dev.faustwire.server.gen.GenStatefulModels.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * gen.lib's stateful operators (section 6 of shared/gen-operators.md) rendered in double by the JVM renderer and
 * compared, sample by sample within 1e-9, with {@link GenStatefulModels}: first samples, resets and edge cases.
 */
class GenStatefulOperatorsIT {
    static final double TOLERANCE = 1e-9;
    static final int RATE = GenRender.DEFAULT_RATE;

    @AfterAll
    static void figures() {
        System.out.println("GenStatefulOperatorsIT: " + GenRender.compileFigures());
    }

    /** A deterministic random signal in [lo, hi). */
    static double[] random(long seed, int frames, double lo, double hi) {
        Random random = new Random(seed);
        double[] out = new double[frames];
        for (int n = 0; n < frames; n++) {
            out[n] = lo + (hi - lo) * random.nextDouble();
        }
        return out;
    }

    /** Segments of constant values, each {@code length} samples long. */
    static double[] segments(int length, double... values) {
        double[] out = new double[length * values.length];
        for (int i = 0; i < values.length; i++) {
            Arrays.fill(out, i * length, (i + 1) * length, values[i]);
        }
        return out;
    }

    static double[] concat(double[]... parts) {
        int total = 0;
        for (double[] part : parts) {
            total += part.length;
        }
        double[] out = new double[total];
        int at = 0;
        for (double[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    /** Zeros with ones at the given samples. */
    static double[] pulses(int frames, int... at) {
        double[] out = new double[frames];
        for (int n : at) {
            out[n] = 1;
        }
        return out;
    }

    static double[] head(double[] signal, int n) {
        return Arrays.copyOf(signal, n);
    }

    @Test
    void phasorIncrementsBeforeItsOutputWrapsBothWaysAndResets() {
        double[] freq = concat(segments(100, 440, -1000, 0, 60000, 24000), random(1, 200, -30000, 30000));
        int frames = freq.length;
        double[] reset = pulses(frames, 150, 151, 330, 599);
        double[] resetAtStart = pulses(frames, 0, 250);

        double[][] out = GenRender.render("gen.phasor(0), gen.phasor(0.25)", freq, reset, freq, resetAtStart);

        assertEquals(440.0 / RATE, out[0][0], 1e-15, "y[0] = freq/sr: the phase is output after its increment");
        assertEquals(440.0 / RATE, out[1][0], 1e-15, "a reset on the first sample drops @phase");
        assertClose("phasor", run(GenStatefulModels.phasor(0, RATE), 1, frames, freq, reset)[0], out[0], TOLERANCE,
                freq, reset);
        assertClose("phasor @phase 0.25", run(GenStatefulModels.phasor(0.25, RATE), 1, frames, freq, resetAtStart)[0],
                out[1], TOLERANCE, freq, resetAtStart);
        for (double y : out[0]) {
            assertTrue(y >= 0 && y <= 1, "a phase outside [0, 1]: " + y);
        }
    }

    @Test
    void phasorAtPhaseQuarterStartsFromIt() {
        double[] freq = GenRender.constant(4800, 12);

        double[] y = GenRender.render("gen.phasor(0.25)", freq, new double[12])[0];

        assertArrayEquals(new double[] {0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95, 0.05, 0.15, 0.25, 0.35, 0.45}, y, 1e-12);
    }

    @Test
    void cycleIsGenlibsCosineTableWithItsThirtyTwoBitAccumulator() {
        double[] freq = concat(segments(200, 440, 1000.5, -300, 0, 24000, 50000, 1e-3), random(2, 600, -20000, 20000));
        double[] phase = concat(new double[] {0, 0.25, 0.5, 0.75, 1, -0.25, -1.25, 2.5, 1e-12, 0.999999999},
                random(3, 1990, -3, 3));
        int frames = freq.length;

        double[][] out = GenRender.render("gen.cycle(0), gen.cycle(1)", freq, phase);

        assertEquals(1.0, out[0][0], "freq mode outputs before the increment: y[0] = cos(0) = 1");
        double[][] byFreq = run(GenStatefulModels.cycleFreq(RATE), 2, frames, freq);
        double[][] byPhase = run(GenStatefulModels.cyclePhase(), 2, frames, phase);
        assertClose("cycle @index freq", byFreq[0], out[0], TOLERANCE, freq);
        assertClose("cycle @index freq, phase outlet", byFreq[1], out[1], TOLERANCE, freq);
        assertClose("cycle @index phase", byPhase[0], out[2], TOLERANCE, phase);
        assertClose("cycle @index phase, phase outlet", byPhase[1], out[3], TOLERANCE, phase);
        double worst = 0;
        for (int n = 0; n < 200; n++) {
            worst = Math.max(worst, Math.abs(out[0][n] - Math.cos(2 * Math.PI * 440.0 * n / RATE)));
        }
        System.out.println("cycle 440 Hz against cos(2 pi f n / sr) over 200 samples: max |difference| " + worst);
        assertTrue(worst < 1e-6, "the table is a cosine: " + worst);
    }

    @Test
    void cycleTakesNonFiniteAndHugeInputsWithoutStopping() {
        double[] freq = concat(new double[] {440, Double.NaN, 1e300, -1e19, Double.POSITIVE_INFINITY, 3e15,
            Double.NEGATIVE_INFINITY, -7e12}, GenRender.constant(1000, 50));
        double[] phase = concat(new double[] {0.25, Double.NaN, 1e300, -1e19, Double.POSITIVE_INFINITY, 3e15,
            Double.NEGATIVE_INFINITY, -7e12}, random(40, 50, -2, 2));

        double[][] out = GenRender.render("gen.cycle(0), gen.cycle(1)", freq, phase);

        double[][] byFreq = run(GenStatefulModels.cycleFreq(RATE), 2, freq.length, freq);
        double[][] byPhase = run(GenStatefulModels.cyclePhase(), 2, phase.length, phase);
        for (int o = 0; o < 2; o++) {
            assertClose("cycle @index freq, outlet " + o, byFreq[o], out[o], TOLERANCE, freq);
            assertClose("cycle @index phase, outlet " + o, byPhase[o], out[2 + o], TOLERANCE, phase);
        }
    }

    @Test
    void noiseIsGenlibsLinearCongruentialSequenceFromAFixedSeed() {
        int frames = 1 << 16;

        double[][] out = GenRender.compile("gen.noise, gen.noise_seeded(12345)").render(RATE, frames);

        assertClose("noise (seed 0)", run(GenStatefulModels.noise(0), 1, frames)[0], out[0], TOLERANCE);
        assertClose("noise_seeded(12345)", run(GenStatefulModels.noise(12345), 1, frames)[0], out[1], TOLERANCE);
        double sum = 0;
        double squares = 0;
        for (double y : out[0]) {
            assertTrue(y >= -1 && y < 1, "noise outside [-1, 1): " + y);
            sum += y;
            squares += y * y;
        }
        double mean = sum / frames;
        double variance = squares / frames - mean * mean;
        System.out.println("noise over " + frames + " samples: mean " + mean + ", variance " + variance + " (1/3 expected)");
        assertEquals(0, mean, 0.01);
        assertEquals(1.0 / 3, variance, 0.01);
    }

    @Test
    void trainPulsesWithItsDutyOnsetAndPhase() {
        double[] period = concat(segments(40, 4, 1, 0.5, 10, 10, 10, 7.5, 3), random(4, 200, -2, 12));
        int frames = period.length;
        double[] width = concat(segments(40, 0.5, 0.5, 0.5, 0.3, 0, 1, 0.5, -1), random(5, 200, -0.2, 1.2));
        double[] onset = concat(segments(40, 0, 0, 0, 0.25, 0.25, 0.25, 1.5, 0), random(6, 200, -0.5, 1.5));

        double[][] out = GenRender.render("gen.train(0), gen.train(0.5)", period, width, onset, period, width, onset);

        assertArrayEquals(new double[] {1, 1, 0, 0, 1, 1, 0, 0}, head(out[0], 8), "period 4, width 0.5: on at n=0");
        assertClose("train", run(GenStatefulModels.train(0), 1, frames, period, width, onset)[0], out[0], TOLERANCE,
                period, width, onset);
        assertClose("train @phase 0.5", run(GenStatefulModels.train(0.5), 1, frames, period, width, onset)[0], out[1],
                TOLERANCE, period, width, onset);
    }

    @Test
    void triangleOfEveryPhaseAndDuty() {
        double[] phases = new double[40];
        for (int i = 0; i < 30; i++) {
            phases[i] = -1.25 + i / 8.0;
        }
        double[] extra = {0.999999, -1, -2, 1, 2, 0.5, 0.1, 0.9, 1e-9, 3.3};
        System.arraycopy(extra, 0, phases, 30, extra.length);
        double[][] in = GenRender.pairs(phases, new double[] {-0.5, 0, 1e-9, 0.25, 0.5, 0.75, 0.999, 1, 1.5});

        double[] y = GenRender.render("gen.triangle", in[0], in[1])[0];

        assertClose("triangle", GenRender.apply(x -> GenStatefulModels.triangle(x[0], x[1]), in[0], in[1]), y,
                TOLERANCE, in[0], in[1]);
    }

    @Test
    void rateFollowsAPhaseRampInItsThreeSyncModes() {
        double[] freq = concat(segments(300, 480, 480, -240, 960), random(7, 300, -3000, 3000));
        int frames = freq.length;
        double[] ramp = run(GenStatefulModels.phasor(0, RATE), 1, frames, freq, new double[frames])[0];
        double[] mult = concat(segments(150, 1, 2, 0.5, 0, Double.NaN, 3, -2, 0.25, Double.POSITIVE_INFINITY, 1e308), random(8, 0, 0, 1));

        double[][] out = GenRender.render("gen.rate(0), gen.rate(1), gen.rate(2)", ramp, mult, ramp, mult, ramp, mult);

        String[] names = {"rate @sync off", "rate @sync lock", "rate @sync cycle"};
        for (int sync = 0; sync < 3; sync++) {
            assertClose(names[sync], run(GenStatefulModels.rate(sync), 1, frames, ramp, mult)[0], out[sync], TOLERANCE,
                    ramp, mult);
        }
    }

    @Test
    void accumAddsBeforeItsOutputResetsPostOrPreAndWraps() {
        int frames = 400;
        double[] incr = concat(segments(20, 1, 0.25, -0.5), random(9, frames - 60, -0.7, 0.9));
        double[] reset = pulses(frames, 5, 6, 50, 200, 333);
        double[] resetFirst = pulses(frames, 0, 100);

        double[][] out = GenRender.render("gen.accum(0,0,0,0,0), gen.accum(0.5,0,1,1,0), gen.accum(0,-1,1,1,1),"
                + " gen.plusequals(2,0.25,0,0,1), gen.accum(0,3,-2,1,0)",
                incr, reset, incr, reset, incr, resetFirst, incr, resetFirst, incr, reset);

        assertEquals(1.0, out[0][0], "y[0] = init + incr");
        assertEquals(0.5, out[1][0], "y[0] = wrap(0.5 + 1, 0, 1)");
        assertEquals(0.0, out[2][0], "pre: a reset at n=0 gives min + incr");
        assertEquals(1.25, out[3][0], "pre without max: min + incr");
        assertClose("accum", run(GenStatefulModels.accum(0, 0, 0, false, false), 1, frames, incr, reset)[0], out[0],
                TOLERANCE, incr, reset);
        assertClose("accum @init 0.5 @min 0 @max 1", run(GenStatefulModels.accum(0.5, 0, 1, true, false), 1, frames,
                incr, reset)[0], out[1], TOLERANCE, incr, reset);
        assertClose("accum @min -1 @max 1 @resetmode pre", run(GenStatefulModels.accum(0, -1, 1, true, true), 1,
                frames, incr, resetFirst)[0], out[2], TOLERANCE, incr, resetFirst);
        assertClose("plusequals @init 2 @min 0.25 @resetmode pre", run(GenStatefulModels.accum(2, 0.25, 0, false,
                true), 1, frames, incr, resetFirst)[0], out[3], TOLERANCE, incr, resetFirst);
        assertClose("accum @min 3 @max -2 (swapped bounds)", run(GenStatefulModels.accum(0, 3, -2, true, false), 1,
                frames, incr, reset)[0], out[4], TOLERANCE, incr, reset);
    }

    @Test
    void mulequalsMultipliesThroughFixdenormResetsAndWraps() {
        int frames = 300;
        double[] factor = concat(segments(20, 1.5, 0.5, -1.25), random(10, frames - 60, -2, 2));
        double[] reset = pulses(frames, 10, 70, 71, 250);
        double[] tiny = concat(segments(5, 1e-10), random(11, frames - 5, 0.5, 1.5));

        double[][] out = GenRender.render("gen.mulequals(1,0,0,0,0), gen.mulequals(1,0.5,4,1,1),"
                + " gen.mulequals(0,0,0,0,0), gen.mulequals(1e-300,0,0,0,0)",
                factor, reset, factor, reset, factor, reset, tiny, new double[frames]);

        assertEquals(1.5, out[0][0]);
        assertEquals(0.0, out[3][0], "1e-300 * 1e-10 is denormal: fixdenorm gives 0");
        assertClose("mulequals @init 1", run(GenStatefulModels.mulequals(1, 0, 0, false, false), 1, frames, factor,
                reset)[0], out[0], TOLERANCE, factor, reset);
        assertClose("mulequals @init 1 @min 0.5 @max 4 @resetmode pre", run(GenStatefulModels.mulequals(1, 0.5, 4,
                true, true), 1, frames, factor, reset)[0], out[1], TOLERANCE, factor, reset);
        assertClose("mulequals (init 0 stays 0)", new double[frames], out[2], TOLERANCE, factor, reset);
        assertClose("mulequals into denormals", run(GenStatefulModels.mulequals(1e-300, 0, 0, false, false), 1, frames,
                tiny, new double[frames])[0], out[3], TOLERANCE, tiny);
    }

    @Test
    void counterCountsWrapsAndCarries() {
        double[] incr = concat(segments(30, 1, 2.5, -1, 1, 10, 1, 0.75), random(12, 200, -1, 3));
        int frames = incr.length;
        double[] max = concat(segments(30, 4, 4, 4, 0, 3, 2.5, 1), random(13, 200, -1, 5));
        double[] reset = pulses(frames, 45, 46, 130, 300);

        double[][] out = GenRender.render("gen.counter(0), gen.counter(0.5)", incr, reset, max, incr, reset, max);

        assertArrayEquals(new double[] {1, 2, 3, 0, 1, 2, 3, 0}, head(out[0], 8), "counter 1 4");
        assertArrayEquals(new double[] {0, 0, 0, 1, 0, 0, 0, 1}, head(out[1], 8), "carry flag");
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 1, 1, 2}, head(out[2], 8), "carry count");
        double[][] expected = run(GenStatefulModels.counter(0), 3, frames, incr, reset, max);
        double[][] expectedInit = run(GenStatefulModels.counter(0.5), 3, frames, incr, reset, max);
        String[] outlets = {"count", "carry", "carries"};
        for (int o = 0; o < 3; o++) {
            assertClose("counter " + outlets[o], expected[o], out[o], TOLERANCE, incr, reset, max);
            assertClose("counter @init 0.5 " + outlets[o], expectedInit[o], out[3 + o], TOLERANCE, incr, reset, max);
        }
    }

    @Test
    void latchHoldsAndSahSamplesOnRisingEdgesOnly() {
        double[] in = random(14, 300, -1, 1);
        double[] ctl = concat(new double[] {1, 1, 0, 0, 1, 0.2, 0.7, 0.7, 0.4, 0.9, -1, 0.5, 0.51},
                random(15, 287, -1, 1.5));
        double[] thresh = concat(GenRender.constant(0.5, 150), random(16, 150, -0.5, 1));

        double[][] out = GenRender.render("gen.latch(0), gen.latch(0.75), gen.sah(0), gen.sah(1)",
                in, ctl, in, ctl, in, ctl, thresh, in, ctl, thresh);

        assertEquals(in[0], out[0][0], "latch passes while ctl is on");
        assertEquals(in[1], out[0][1]);
        assertEquals(in[1], out[0][2], "and holds");
        assertEquals(in[0], out[2][0], "sah: ctl above thresh at n=0 after init 0 is a rising edge");
        assertEquals(in[0], out[2][3], "no new edge while ctl stays above or falls");
        assertEquals(in[4], out[2][4], "0 -> 1 rises again");
        assertEquals(in[4], out[2][5]);
        assertEquals(in[6], out[2][6], "0.2 -> 0.7 rises across 0.5");
        assertEquals(in[6], out[2][8]);
        assertEquals(in[9], out[2][9]);
        assertEquals(1.0, out[3][0], "sah @init 1: the previous ctl starts above thresh, so n=0 is no edge");
        assertClose("latch", run(GenStatefulModels.latch(0), 1, 300, in, ctl)[0], out[0], TOLERANCE, in, ctl);
        assertClose("latch @init 0.75", run(GenStatefulModels.latch(0.75), 1, 300, in, ctl)[0], out[1], TOLERANCE,
                in, ctl);
        assertClose("sah", run(GenStatefulModels.sah(0), 1, 300, in, ctl, thresh)[0], out[2], TOLERANCE, in, ctl,
                thresh);
        assertClose("sah @init 1", run(GenStatefulModels.sah(1), 1, 300, in, ctl, thresh)[0], out[3], TOLERANCE, in,
                ctl, thresh);
    }

    @Test
    void deltaAndChangeStartFromTheirInit() {
        double[] x = concat(new double[] {0.75, 0.75, -2, -2, 3, 0, 0}, random(17, 200, -1, 1));
        int frames = x.length;

        double[][] out = GenRender.render("gen.delta(0), gen.change(0), gen.delta(2), gen.change(2)", x, x, x, x);

        assertEquals(0.75, out[0][0], "delta y[0] = x[0]: the first-sample spike");
        assertEquals(1.0, out[1][0]);
        assertEquals(-1.0, out[3][0]);
        assertClose("delta", run(GenStatefulModels.delta(0), 1, frames, x)[0], out[0], TOLERANCE, x);
        assertClose("change", run(GenStatefulModels.change(0), 1, frames, x)[0], out[1], TOLERANCE, x);
        assertClose("delta @init 2", run(GenStatefulModels.delta(2), 1, frames, x)[0], out[2], TOLERANCE, x);
        assertClose("change @init 2", run(GenStatefulModels.change(2), 1, frames, x)[0], out[3], TOLERANCE, x);
    }

    @Test
    void dcblockSlideAndElapsed() {
        double[] x = concat(GenRender.constant(1, 100), random(18, 400, -1, 1.5));
        int frames = x.length;
        double[] up = concat(segments(100, 10, 0.5, -20, 0, 1e-300), new double[0]);
        double[] down = concat(segments(100, 100, -3, 0.25, 0, 7), new double[0]);
        double[] zeros = new double[frames];
        double[] halves = GenRender.constant(2, frames);

        double[][] out = GenRender.render("gen.dcblock, gen.slide(0), gen.slide(0.5), gen.slide(1e-300), gen.elapsed",
                x, x, up, down, x, up, down, zeros, halves, halves);

        assertEquals(1.0, out[0][0]);
        assertEquals(0.1, out[1][0], 1e-15, "slide moves 1/up of the way before its output");
        assertEquals(0.0, out[3][frames - 1], "a slide into denormals ends at 0 through fixdenorm");
        assertClose("dcblock", run(GenStatefulModels.dcblock(), 1, frames, x)[0], out[0], TOLERANCE, x);
        assertClose("slide", run(GenStatefulModels.slide(0), 1, frames, x, up, down)[0], out[1], TOLERANCE, x, up, down);
        assertClose("slide @init 0.5", run(GenStatefulModels.slide(0.5), 1, frames, x, up, down)[0], out[2], TOLERANCE,
                x, up, down);
        assertClose("slide @init 1e-300 towards 0", run(GenStatefulModels.slide(1e-300), 1, frames, zeros, halves,
                halves)[0], out[3], TOLERANCE);
        assertClose("elapsed", run(GenStatefulModels.elapsed(), 1, frames)[0], out[4], TOLERANCE);
    }
}
