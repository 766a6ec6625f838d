package dev.faustwire.session.scope;

/** The level a wire meter shows: the RMS of the newest samples, linear and in dB, as text of our own format. */
public final class LevelMeter {
    /** Below this RMS (-120 dB) a wire is called silent. */
    static final double SILENT = 1e-6;

    private LevelMeter() {
    }

    public static double rms(float[] samples) {
        if (samples.length == 0) {
            return 0;
        }
        double sum = 0;
        for (float s : samples) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / samples.length);
    }

    public static double db(double rms) {
        return 20 * Math.log10(rms);
    }

    /** {@code 0.707 RMS (-3.0 dB)}, or {@code silent}. */
    public static String text(double rms) {
        if (!(rms >= SILENT)) {
            return "silent";
        }
        return fixed(rms, 3) + " RMS (" + fixed(db(rms), 1) + " dB)";
    }

    /** A number with exactly {@code decimals} decimals, rounded half away from zero: 0.707, -3.0. */
    public static String fixed(double value, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(value) * scale);
        String digits = Long.toString(scaled % scale);
        while (digits.length() < decimals) {
            digits = "0" + digits;
        }
        String sign = value < 0 && scaled != 0 ? "-" : "";
        return sign + (scaled / scale) + (decimals > 0 ? "." + digits : "");
    }
}
