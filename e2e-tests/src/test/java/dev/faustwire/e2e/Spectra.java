package dev.faustwire.e2e;

/** Power spectral density of captured samples (Welch: Hann-windowed 4096-sample segments, half overlap), averaged in bands. */
final class Spectra {
    private static final int N = 4096;

    private Spectra() {
    }

    /** The mean power per FFT bin between two frequencies, in dB (relative: compare bands of one signal). */
    static double bandDb(double[] s, int rate, double from, double to) {
        double[] psd = density(s);
        double sum = 0;
        int bins = 0;
        for (int k = 1; k < N / 2; k++) {
            double f = (double) k * rate / N;
            if (f >= from && f < to) {
                sum += psd[k];
                bins++;
            }
        }
        return 10 * Math.log10(sum / bins);
    }

    private static double[] density(double[] s) {
        double[] psd = new double[N / 2];
        int segments = 0;
        for (int start = 0; start + N <= s.length; start += N / 2) {
            double[] re = new double[N];
            double[] im = new double[N];
            for (int i = 0; i < N; i++) {
                re[i] = s[start + i] * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / N));
            }
            fft(re, im);
            for (int k = 0; k < N / 2; k++) {
                psd[k] += re[k] * re[k] + im[k] * im[k];
            }
            segments++;
        }
        if (segments == 0) {
            throw new AssertionError("fewer than " + N + " samples: " + s.length);
        }
        return psd;
    }

    /** In-place radix-2 FFT. */
    private static void fft(double[] re, double[] im) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = -2 * Math.PI / len;
            for (int i = 0; i < n; i += len) {
                for (int k = 0; k < len / 2; k++) {
                    double wr = Math.cos(angle * k);
                    double wi = Math.sin(angle * k);
                    int a = i + k;
                    int b = a + len / 2;
                    double xr = re[b] * wr - im[b] * wi;
                    double xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }
}
