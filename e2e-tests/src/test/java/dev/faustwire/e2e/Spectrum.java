package dev.faustwire.e2e;

/**
 * The spectrum of captured samples at chosen frequencies: a Goertzel filter over the Hann-windowed
 * samples, scaled so that a steady sine of amplitude A reads A at its own frequency.
 */
final class Spectrum {
    private Spectrum() {
    }

    /** The amplitude of the component at {@code hz}. */
    static double amplitude(double[] s, int rate, double hz) {
        int n = s.length;
        double w = 2 * Math.PI * hz / rate;
        double coeff = 2 * Math.cos(w);
        double s1 = 0;
        double s2 = 0;
        double windowSum = 0;
        for (int i = 0; i < n; i++) {
            double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
            windowSum += hann;
            double s0 = s[i] * hann + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double re = s1 - s2 * Math.cos(w);
        double im = s2 * Math.sin(w);
        return 2 * Math.hypot(re, im) / windowSum;
    }

    /** The frequency of MIDI note {@code note} (A4 = 69 = 440 Hz). */
    static double noteHz(int note) {
        return 440 * Math.pow(2, (note - 69) / 12.0);
    }

    /**
     * How far a note stands out: its amplitude over the largest amplitude a quarter tone either side
     * (where nothing plays), in dB.
     */
    static double prominenceDb(double[] s, int rate, double hz) {
        double quarter = Math.pow(2, 1 / 24.0);
        double neighbours = Math.max(amplitude(s, rate, hz * quarter), amplitude(s, rate, hz / quarter));
        return 20 * Math.log10(amplitude(s, rate, hz) / Math.max(neighbours, 1e-12));
    }
}
