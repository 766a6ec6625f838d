package dev.faustwire.server.gen;

import java.util.Random;

/** Deterministic test inputs for the Gen numeric tests. */
final class TestSignals {
    private TestSignals() {
    }

    /** Uniform noise in [-1, 1) from a seeded generator. */
    static double[] noise(int frames, long seed) {
        Random random = new Random(seed);
        double[] x = new double[frames];
        for (int n = 0; n < frames; n++) {
            x[n] = 2 * random.nextDouble() - 1;
        }
        return x;
    }

    /** A tap time that steps through whole and fractional values from 0 to 70, outside the range 1..64 at both ends. */
    static double[] steppedTimes(int frames) {
        double[] t = new double[frames];
        for (int n = 0; n < frames; n++) {
            t[n] = (n / 7) % 71 + (n % 3) * 0.4;
        }
        return t;
    }
}
