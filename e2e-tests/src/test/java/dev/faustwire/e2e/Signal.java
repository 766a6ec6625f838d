package dev.faustwire.e2e;

/** Measures of captured samples: frequency by rising zero crossings, peak, RMS, largest sample-to-sample step. */
final class Signal {
    private Signal() {
    }

    /** The frequency from the first to the last rising zero crossing, each placed between its two samples. */
    static double frequency(double[] s, int rate) {
        double first = -1;
        double last = -1;
        int crossings = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i - 1] < 0 && s[i] >= 0) {
                double at = i - 1 + (-s[i - 1]) / (s[i] - s[i - 1]);
                if (first < 0) {
                    first = at;
                }
                last = at;
                crossings++;
            }
        }
        if (crossings < 2) {
            return 0;
        }
        return (crossings - 1) / ((last - first) / rate);
    }

    static double peak(double[] s) {
        double peak = 0;
        for (double v : s) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }

    static double rms(double[] s) {
        double sum = 0;
        for (double v : s) {
            sum += v * v;
        }
        return s.length == 0 ? 0 : Math.sqrt(sum / s.length);
    }

    /** The largest |s[i] - s[i-1]| for i in [from, to), clamped to the samples. */
    static double largestStep(double[] s, int from, int to) {
        double largest = 0;
        for (int i = Math.max(1, from); i < Math.min(s.length, to); i++) {
            largest = Math.max(largest, Math.abs(s[i] - s[i - 1]));
        }
        return largest;
    }
}
