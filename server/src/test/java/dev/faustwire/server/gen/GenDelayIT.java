package dev.faustwire.server.gen;

import static dev.faustwire.server.gen.GenRender.assertClose;
import static dev.faustwire.server.gen.GenStatefulOperatorsIT.concat;
import static dev.faustwire.server.gen.GenStatefulOperatorsIT.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * gen.lib's {@code delay} (every @interp mode, @feedback 1 and 0, fixed, fractional, out-of-range and modulated taps,
 * a samplerate-sized buffer, {@code delay_fed}) and {@code history} (chains, denormals) rendered in double and compared
 * within 1e-9 with {@link GenDelayModel} / {@link GenStatefulModels#history}.
 */
class GenDelayIT {
    static final double TOLERANCE = 1e-9;
    static final int MAX = 100;
    /** Fixed tap times: 0, 1, 1.5 and max+5 of the brief, and more fractions, negatives and the max itself. */
    static final double[] TIMES = {0, 1, 1.5, 2.25, 0.4, 3.75, 99, MAX, MAX + 5, -3};

    @AfterAll
    static void figures() {
        System.out.println("GenDelayIT: " + GenRender.compileFigures());
    }

    /** What the model gives for one input and tap time signals: {@code out[tap][n]}. */
    static double[][] model(double max, boolean feedback, int interp, double[] in, double[]... times) {
        GenDelayModel delay = new GenDelayModel(max, feedback, interp);
        double[][] out = new double[times.length][in.length];
        double[] now = new double[times.length];
        for (int n = 0; n < in.length; n++) {
            for (int t = 0; t < times.length; t++) {
                now[t] = times[t][n];
            }
            double[] y = delay.step(in[n], now);
            for (int t = 0; t < times.length; t++) {
                out[t][n] = y[t];
            }
        }
        return out;
    }

    /** A test input: an impulse, then a step, then random values past the ring's size, so wrap-around shows. */
    static double[] input(int frames) {
        double[] start = new double[40];
        start[0] = 1;
        for (int n = 20; n < 40; n++) {
            start[n] = 0.5;
        }
        return concat(start, random(21, frames - 40, -1, 1));
    }

    /** Every mode with fixed taps, in one program: par over interp 0..6 of delay(MAX, taps, feedback, mode). */
    void everyModeWithFixedTaps(int feedback) {
        int frames = 500;
        double[] in = input(frames);
        int taps = TIMES.length;
        List<double[]> inputs = new ArrayList<>();
        double[][] times = new double[taps][];
        for (int t = 0; t < taps; t++) {
            times[t] = GenRender.constant(TIMES[t], frames);
        }
        for (int mode = 0; mode < GenDelayModel.MODES.length; mode++) {
            inputs.add(in);
            inputs.addAll(List.of(times));
        }
        double[][] out = GenRender.render("par(m, 7, gen.delay(" + MAX + ", " + taps + ", " + feedback + ", m))",
                inputs.toArray(new double[0][]));

        for (int mode = 0; mode < GenDelayModel.MODES.length; mode++) {
            double[][] expected = model(MAX, feedback != 0, mode, in, times);
            for (int t = 0; t < taps; t++) {
                assertClose("delay @feedback " + feedback + " @interp " + GenDelayModel.MODES[mode] + ", tap "
                        + TIMES[t], expected[t], out[mode * taps + t], TOLERANCE, in);
            }
        }
    }

    @Test
    void feedbackDelayInEveryModeWithFixedTaps() {
        everyModeWithFixedTaps(1);
    }

    @Test
    void feedforwardDelayInEveryModeWithFixedTaps() {
        everyModeWithFixedTaps(0);
    }

    @Test
    void modulatedTapsInEveryMode() {
        int frames = 600;
        double[] in = input(frames);
        double[] ramp = new double[frames];
        for (int n = 0; n < frames; n++) {
            ramp[n] = -2 + 112.0 * n / frames;
        }
        double[] wobble = random(22, frames, -1, 30);
        List<double[]> inputs = new ArrayList<>();
        for (int feedback = 1; feedback >= 0; feedback--) {
            for (int mode = 0; mode < GenDelayModel.MODES.length; mode++) {
                inputs.addAll(List.of(in, ramp, wobble));
            }
        }
        double[][] out = GenRender.render("par(m, 7, gen.delay(" + MAX + ", 2, 1, m)), par(m, 7, gen.delay(" + MAX
                + ", 2, 0, m))", inputs.toArray(new double[0][]));

        int index = 0;
        for (int feedback = 1; feedback >= 0; feedback--) {
            for (int mode = 0; mode < GenDelayModel.MODES.length; mode++) {
                double[][] expected = model(MAX, feedback != 0, mode, in, ramp, wobble);
                String what = "delay @feedback " + feedback + " @interp " + GenDelayModel.MODES[mode];
                assertClose(what + ", ramp tap", expected[0], out[index++], TOLERANCE, in, ramp);
                assertClose(what + ", random tap", expected[1], out[index++], TOLERANCE, in, wobble);
            }
        }
    }

    @Test
    void nonFiniteTapTimesDoNotStopTheDelay() {
        int frames = 200;
        double[] in = input(frames);
        double[] times = concat(new double[] {2, Double.NaN, 3, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NaN, 2.5, 1e300, -1e300}, random(41, frames - 9, 0, 12));
        double[][] inputs = new double[14][];
        for (int m = 0; m < 7; m++) {
            inputs[2 * m] = in;
            inputs[2 * m + 1] = times;
        }

        double[][] out = GenRender.render("par(m, 7, gen.delay(10, 1, 1, m))", inputs);

        for (int mode = 0; mode < GenDelayModel.MODES.length; mode++) {
            double[] expected = model(10, true, mode, in, times)[0];
            double[] rendered = out[mode].clone();
            for (int n = 0; n < frames; n++) {
                if (Double.isNaN(times[n])) {
                    expected[n] = 0; // C leaves a NaN time undefined; only the samples around it are compared
                    rendered[n] = 0;
                }
            }
            assertClose("delay @interp " + GenDelayModel.MODES[mode] + " around non-finite times", expected, rendered,
                    TOLERANCE, in, times);
        }
    }

    @Test
    void theDocumentedReadsHoldLiterally() {
        double[] in = {1, 2, 4, 8, 16, 32, 64, 128};
        double[] zero = new double[in.length];
        double[] quarter = GenRender.constant(1.25, in.length);

        double[][] out = GenRender.render("gen.delay(10, 2, 1, 2), gen.delay(10, 1, 0, 2), gen.delay(10, 1, 1, 1)",
                in, zero, quarter, in, zero, in, GenRender.constant(1.5, in.length));

        assertArrayEquals(new double[] {0, 1, 2, 4, 8, 16, 32, 64}, out[0], "@feedback 1: a tap of 0 reads 1 sample back");
        assertArrayEquals(new double[] {0, 0.75, 1.75, 3.5, 7, 14, 28, 56}, out[1],
                "d = 1.25: 0.75 x[n-1] + 0.25 x[n-2]");
        assertArrayEquals(in, out[2], "@feedback 0: a tap of 0 is the input itself");
        assertArrayEquals(new double[] {0, 1, 2, 4, 8, 16, 32, 64}, out[3], "step: 1.5 rounds down to 1");
    }

    @Test
    void aSamplerateSizedBufferReachesOneSecond() {
        int frames = 48000 + 200;
        double[] in = new double[frames];
        in[0] = 1;
        in[7] = -0.5;
        double[] second = GenRender.constant(48000, frames);
        double[] beyond = GenRender.constant(60000, frames);

        double[][] out = GenRender.render("gen.delay(ma.SR, 2, 1, 2)", in, second, beyond);

        assertEquals(1.0, out[0][48000]);
        assertEquals(-0.5, out[0][48007]);
        assertEquals(1.0, out[1][48000], "a tap beyond max is clamped to max");
        assertClose("delay samplerate, tap 48000", model(48000, true, 2, in, second, beyond)[0], out[0], TOLERANCE);
        assertClose("delay samplerate, tap 60000", model(48000, true, 2, in, second, beyond)[1], out[1], TOLERANCE);
    }

    @Test
    void delayFedIsTheDelayOfAnInputAlreadyOneSampleLate() {
        int frames = 300;
        double[] in = input(frames);
        double[] ramp = random(23, frames, -1, 110);
        double[] fixed = GenRender.constant(1, frames);

        double[][] out = GenRender.render("(mem, _, _ : gen.delay_fed(" + MAX + ", 2, 1, 4)),"
                + " (mem, _ : gen.delay_fed(" + MAX + ", 1, 1, 2))", in, ramp, fixed, in, fixed);

        double[][] cubic = model(MAX, true, 4, in, ramp, fixed);
        assertClose("delay_fed cubic, random tap", cubic[0], out[0], TOLERANCE, in, ramp);
        assertClose("delay_fed cubic, tap 1", cubic[1], out[1], TOLERANCE, in);
        assertClose("delay_fed linear, tap 1", model(MAX, true, 2, in, fixed)[0], out[2], TOLERANCE, in);
    }

    @Test
    void aLoopClosedThroughDelayFedIsGensFeedbackComb() {
        int frames = 600;
        double[] in = input(frames);
        double[] time = concat(GenRender.constant(10.5, 200), random(42, 400, -1, 60));

        // what codegen writes for Gen's y = in + 0.5 * delay(y, time): the loop's feed is y one sample late
        double[][] out = GenRender.render("loop ~ _ with { loop(fed, x, t) = x + 0.5 * (fed, t : gen.delay_fed(100, 1, 1, 2)); }",
                in, time);

        GenDelayModel delay = new GenDelayModel(100, true, 2);
        double[] expected = new double[frames];
        for (int n = 0; n < frames; n++) {
            expected[n] = in[n] + 0.5 * delay.tap(time[n]);
            delay.writeAndStep(expected[n]);
        }
        assertClose("feedback comb through delay_fed", expected, out[0], TOLERANCE, in, time);
    }

    @Test
    void denormalsIntoHistoryBecomeZeroAndPassThroughDelay() {
        double[] in = {1e-310, -2.5e-309, 3e-308, 5e-308, -Double.MIN_VALUE, Double.MIN_NORMAL, 1, Double.NaN, 0.5, 0};
        double[] one = GenRender.constant(1, in.length);

        double[][] out = GenRender.render("gen.history(0), gen.delay(4, 1, 1, 2), gen.fixdenorm", in, in, one, in);

        double[] expected = {0, 0, 0, 0, 5e-308, 0, 0, 1, Double.NaN, 0.5};
        assertArrayEquals(expected, out[0], "history: |x| < 2^-1021 becomes 0, NaN passes");
        assertArrayEquals(new double[] {0, 1e-310, -2.5e-309, 3e-308, 5e-308, -Double.MIN_VALUE, Double.MIN_NORMAL, 1,
            Double.NaN, 0.5}, out[1], "delay writes its input as it is, as Max's generated code does");
        assertClose("fixdenorm", GenRender.apply(x -> GenStatefulModels.fixdenorm(x[0]), in), out[2], 0, in);
    }

    @Test
    void historyChainsAreZToTheMinusTwoWithTheirInits() {
        double[] x = concat(new double[] {3, 1e-320, -7, 2}, random(24, 200, -1, 1));
        int frames = x.length;

        double[][] out = GenRender.render("(gen.history(0.5) : gen.history(0.25)), (gen.history(-1) : mem : gen.history_fed(2))",
                x, x);

        assertArrayEquals(new double[] {0.25, 0.5, 3, 0, -7}, java.util.Arrays.copyOf(out[0], 5));
        double[] first = GenStatefulModels.run(GenStatefulModels.history(0.5), 1, frames, x)[0];
        assertClose("history(0.5) : history(0.25)", GenStatefulModels.run(GenStatefulModels.history(0.25), 1, frames,
                first)[0], out[0], TOLERANCE, x);
        double[] once = GenStatefulModels.run(GenStatefulModels.history(-1), 1, frames, x)[0];
        double[] expected = GenStatefulModels.run(GenStatefulModels.history(2), 1, frames, once)[0];
        assertClose("history(-1) : history_fed(2)", expected, out[1], TOLERANCE, x);
    }
}
