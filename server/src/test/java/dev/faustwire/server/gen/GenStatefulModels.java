package dev.faustwire.server.gen;

/**
 * Gen's stateful operators computed in plain Java from their documented meaning (shared/gen-operators.md section 6
 * and genlib's arithmetic it describes), independently of our Faust library: the references of the numeric tests.
 */
final class GenStatefulModels {
    static final double TWO_32 = 4294967296.0;

    private GenStatefulModels() {
    }

    /** genlib's wrap: into [lo, hi), bounds swapped when lo > hi, lo when they are equal or the range is tiny. */
    static double wrap(double v, double lo1, double hi1) {
        if (lo1 == hi1) {
            return lo1;
        }
        double lo = Math.min(lo1, hi1);
        double hi = Math.max(lo1, hi1);
        double range = hi - lo;
        if (v >= lo && v < hi) {
            return v;
        }
        if (range <= 0.000000001) {
            return lo;
        }
        long wraps = (long) ((v - lo) / range) - (v < lo ? 1 : 0);
        return v - range * wraps;
    }

    static double maximum(double x, double y) {
        return x < y ? y : x;
    }

    static double minimum(double x, double y) {
        return y < x ? y : x;
    }

    static double clamp(double x, double lo, double hi) {
        return minimum(maximum(x, lo), hi);
    }

    /** genlib's fixdenorm: 0 when the ten top exponent bits are 0 (|v| below 2^-1021), else v. */
    static double fixdenorm(double v) {
        long hiWord = Double.doubleToRawLongBits(v) >>> 32;
        return (hiWord & 0x7fe00000L) == 0 && v != 0 ? 0 : v;
    }

    static double sign(double v) {
        return v > 0 ? 1 : v < 0 ? -1 : 0;
    }

    /**
     * C's uint32_t(x) on x86-64: truncate toward zero through a 64-bit integer, keep the low 32 bits; NaN and
     * magnitudes from 2^63 convert to the "integer indefinite" 0x8000000000000000, whose low 32 bits are 0.
     */
    static long uint32(double x) {
        if (Double.isNaN(x) || Math.abs(x) >= 9.223372036854775807E18) {
            return 0;
        }
        return ((long) x) & 0xFFFFFFFFL;
    }

    /** A per-sample operator with state: one call per sample, inputs in Gen's inlet order, its outputs. */
    interface Stateful {
        double[] step(double... in);
    }

    /** Runs a stateful operator over signals: {@code out[outlet][n]}. */
    static double[][] run(Stateful op, int outlets, int frames, double[]... inputs) {
        double[][] out = new double[outlets][frames];
        double[] x = new double[inputs.length];
        for (int n = 0; n < frames; n++) {
            for (int c = 0; c < inputs.length; c++) {
                x[c] = n < inputs[c].length ? inputs[c][n] : 0;
            }
            double[] y = op.step(x);
            for (int o = 0; o < outlets; o++) {
                out[o][n] = y[o];
            }
        }
        return out;
    }

    static Stateful phasor(double phase, double sampleRate) {
        double[] p = {phase};
        return in -> {
            if (in[1] != 0) {
                p[0] = 0;
            }
            p[0] = wrap(p[0] + in[0] * (1 / sampleRate), 0, 1);
            return new double[] {p[0]};
        };
    }

    /** The 16384-point cosine table genlib's SineData fills. */
    static final double[] COSINE = new double[16384];

    static {
        for (int i = 0; i < COSINE.length; i++) {
            COSINE[i] = Math.cos(i * Math.PI * 2. / 16384.0);
        }
    }

    /** One table read at a 32-bit phase: 14 bits of index, 18 bits of fraction (scaled by genlib's 1/262143). */
    static double cosineAt(long phasei) {
        int idx = (int) (phasei >>> 18) & 16383;
        double frac = (phasei & 262143) * 3.81471181759574e-6;
        double y0 = COSINE[idx];
        double y1 = COSINE[(idx + 1) & 16383];
        return y0 + frac * (y1 - y0);
    }

    /** cycle @index freq: outputs (value before the increment, phase after it). */
    static Stateful cycleFreq(double sampleRate) {
        long[] phase = {0};
        double f2i = TWO_32 / sampleRate;
        return in -> {
            double y = cosineAt(phase[0]);
            phase[0] = (phase[0] + uint32(in[0] * f2i)) & 0xFFFFFFFFL;
            return new double[] {y, phase[0] * 0.232830643653869629e-9};
        };
    }

    /** cycle @index phase: the phase as a 32-bit fraction, then the table. */
    static Stateful cyclePhase() {
        return in -> {
            long phasei = uint32(in[0] * TWO_32);
            return new double[] {cosineAt(phasei), phasei * 0.232830643653869629e-9};
        };
    }

    /** genlib's 32-bit LCG noise, its low 23 bits as the mantissa of a float in [1, 2), then 2f - 3. */
    static Stateful noise(int seed) {
        int[] last = {seed};
        return in -> {
            last[0] = 1664525 * last[0] + 1013904223;
            float f = Float.intBitsToFloat(0x3f800000 | (0x007fffff & last[0]));
            return new double[] {(f * 2.f) - 3.f};
        };
    }

    static Stateful train(double phase0) {
        double[] s = {phase0, 0};
        return in -> {
            double width = in[1];
            if (width <= 0) {
                s[1] = 0;
            } else if (width >= 1) {
                s[1] = 1;
            } else {
                double interval = maximum(in[0], 1);
                double p1 = clamp(in[2], 0, 1);
                double p2 = p1 + width;
                s[0] += 1. / interval;
                if (s[1] != 0) {
                    if (s[0] > p2) {
                        s[1] = 0;
                        s[0] -= (int) (1. + s[0] - p2);
                    }
                } else if (s[0] > p1) {
                    s[1] = 1;
                }
            }
            return new double[] {s[1]};
        };
    }

    static double triangle(double phase, double duty) {
        phase = wrap(phase, 0., 1.);
        duty = clamp(duty, 0., 1.);
        if (phase < duty) {
            return duty != 0 ? phase / duty : 0.;
        }
        return duty == 1. ? phase : 1. - ((phase - duty) / (1. - duty));
    }

    static boolean genlibIsNan(double v) {
        long hiWord = Double.doubleToRawLongBits(v) >>> 32;
        return (hiWord & 0x7fe00000L) == 0x7fe00000L;
    }

    static double quant(double f1, double f2) {
        return Math.floor(f1 * f2 + 0.5) / f2;
    }

    /** rate with @sync off (0), lock (1) or cycle (2), genlib's state machine. */
    static Stateful rate(int sync) {
        double[] s = {0, 0, 1, 1, 1}; // phase, prev, mult, invmult, wantlock
        return in -> {
            double in1 = in[0];
            double in2 = in[1];
            if (in2 != s[2] && !genlibIsNan(in2)) {
                s[2] = in2;
                s[3] = s[2] == 0 ? 0 : 1. / s[2];
                s[4] = 1;
            }
            double diff = in1 - s[1];
            if (sync == 2) {
                if (diff < -0.5 || diff > 0.5) {
                    if (s[4] != 0) {
                        s[4] = 0;
                        s[0] = in1 * s[3];
                        diff = 0;
                    } else {
                        diff += diff < -0.5 ? 1 : -1;
                    }
                }
                s[0] += diff * s[3];
            } else {
                if (diff < -0.5) {
                    diff += 1;
                } else if (diff > 0.5) {
                    diff -= 1;
                }
                if (sync == 1 && s[4] != 0) {
                    s[0] = (in1 - quant(in1, 1)) * s[3] + quant(in1, 1 * s[2]);
                    s[4] = 0;
                } else {
                    s[0] += diff * s[3];
                }
            }
            if (s[0] > 1. || s[0] < -0.) {
                s[0] = s[0] - (long) s[0];
            }
            s[1] = in1;
            return new double[] {s[0]};
        };
    }

    static Stateful accum(double init, double lo, double hi, boolean hasMax, boolean pre) {
        double[] count = {init};
        return in -> {
            double incr = in[0];
            if (in[1] != 0) {
                count[0] = pre ? lo + incr : lo;
            } else {
                count[0] = hasMax ? wrap(count[0] + incr, lo, hi) : count[0] + incr;
            }
            return new double[] {count[0]};
        };
    }

    static Stateful mulequals(double init, double lo, double hi, boolean hasMax, boolean pre) {
        double[] count = {init};
        return in -> {
            double factor = in[0];
            if (in[1] != 0) {
                count[0] = pre ? lo * factor : lo;
            } else {
                double next = fixdenorm(count[0] * factor);
                count[0] = hasMax ? wrap(next, lo, hi) : next;
            }
            return new double[] {count[0]};
        };
    }

    /** counter as Max's code generator writes it: outputs count, carry flag, carry count. */
    static Stateful counter(double init) {
        double[] s = {init, 0};
        return in -> {
            double incr = in[0];
            double reset = in[1];
            double max = in[2];
            s[0] = reset != 0 ? 0 : fixdenorm(s[0] + incr);
            double carry = 0;
            if (reset != 0) {
                s[0] = 0;
                s[1] = 0;
            } else if (max > 0 && s[0] >= max) {
                long wraps = (long) (s[0] / max);
                s[1] += wraps;
                s[0] -= wraps * max;
                carry = 1;
            }
            return new double[] {s[0], carry, s[1]};
        };
    }

    static Stateful latch(double init) {
        double[] held = {init};
        return in -> {
            if (in[1] != 0) {
                held[0] = in[0];
            }
            return new double[] {held[0]};
        };
    }

    static Stateful sah(double init) {
        double[] s = {init, init}; // output, prev
        return in -> {
            if (s[1] <= in[2] && in[1] > in[2]) {
                s[0] = in[0];
            }
            s[1] = in[1];
            return new double[] {s[0]};
        };
    }

    static Stateful delta(double init) {
        double[] prev = {init};
        return in -> {
            double y = in[0] - prev[0];
            prev[0] = in[0];
            return new double[] {y};
        };
    }

    static Stateful change(double init) {
        Stateful delta = delta(init);
        return in -> new double[] {sign(delta.step(in)[0])};
    }

    static Stateful dcblock() {
        double[] s = {0, 0};
        return in -> {
            double y = in[0] - s[0] + s[1] * 0.9997;
            s[0] = in[0];
            s[1] = y;
            return new double[] {y};
        };
    }

    static Stateful slide(double init) {
        double[] y = {init};
        return in -> {
            double iup = 1 / maximum(1, Math.abs(in[1]));
            double idown = 1 / maximum(1, Math.abs(in[2]));
            y[0] = fixdenorm(y[0] + ((in[0] > y[0]) ? iup : idown) * (in[0] - y[0]));
            return new double[] {y[0]};
        };
    }

    static Stateful elapsed() {
        double[] n = {0};
        return in -> new double[] {n[0]++};
    }

    static Stateful history(double init) {
        double[] held = {init};
        return in -> {
            double y = held[0];
            held[0] = fixdenorm(in[0]);
            return new double[] {y};
        };
    }
}
