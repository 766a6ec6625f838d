package dev.faustwire.session.scope;

/** Test signals, and the spectrum a Web Audio AnalyserNode would give of them (Blackman window, dB). */
final class Signals {
    private Signals() {
    }

    static float[] sine(double hz, double amplitude, double rate, int length, double phase) {
        float[] s = new float[length];
        for (int i = 0; i < length; i++) {
            s[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / rate + phase));
        }
        return s;
    }

    /** |X[k]| in dB for k below size/2, of the Blackman-windowed samples, scaled by 1/size as the analyser does. */
    static float[] analyserDb(float[] samples) {
        int n = samples.length;
        double[] windowed = new double[n];
        for (int i = 0; i < n; i++) {
            double w = 0.42 - 0.5 * Math.cos(2 * Math.PI * i / n) + 0.08 * Math.cos(4 * Math.PI * i / n);
            windowed[i] = samples[i] * w;
        }
        float[] db = new float[n / 2];
        for (int k = 0; k < n / 2; k++) {
            double re = 0;
            double im = 0;
            for (int i = 0; i < n; i++) {
                double angle = -2 * Math.PI * k * i / n;
                re += windowed[i] * Math.cos(angle);
                im += windowed[i] * Math.sin(angle);
            }
            double magnitude = Math.sqrt(re * re + im * im) / n;
            db[k] = (float) (20 * Math.log10(Math.max(magnitude, 1e-30)));
        }
        return db;
    }
}
