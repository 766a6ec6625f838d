package dev.faustwire.session.scope;

import java.util.ArrayList;
import java.util.List;

/**
 * The spectrum's axes: frequency on a log scale from {@link #LOWEST_HZ} to Nyquist across the
 * width, level in dB from {@link #TOP_DB} down to {@link #FLOOR_DB} down the height; the bins of an
 * FFT (magnitudes in dB, bin k at {@code k * rate / size} Hz) drawn as one y per pixel column; the
 * peak's frequency, between bins, from a parabola through the largest bin and its neighbours.
 */
public final class SpectrumScale {
    public static final double LOWEST_HZ = 20;
    public static final double TOP_DB = 0;
    public static final double FLOOR_DB = -100;
    private static final double[] FREQUENCY_TICKS = {20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000};
    private static final double[] DB_TICKS = {0, -20, -40, -60, -80};

    /** A labelled mark on an axis: its position in pixels and its text. */
    public record Tick(double position, String label) {
    }

    private SpectrumScale() {
    }

    /** The x (pixels) of a frequency on a log axis from 20 Hz to {@code nyquist} across {@code width}. */
    public static double x(double hz, double nyquist, double width) {
        return width * Math.log(hz / LOWEST_HZ) / Math.log(nyquist / LOWEST_HZ);
    }

    /** The frequency at x, the inverse of {@link #x}. */
    public static double hz(double x, double nyquist, double width) {
        return LOWEST_HZ * Math.exp(x / width * Math.log(nyquist / LOWEST_HZ));
    }

    /** The y (pixels from the top) of a level in dB, {@code height} tall, clipped to the scale. */
    public static double y(double db, double height) {
        double clipped = Math.max(FLOOR_DB, Math.min(TOP_DB, Double.isNaN(db) ? FLOOR_DB : db));
        return height * (TOP_DB - clipped) / (TOP_DB - FLOOR_DB);
    }

    /**
     * One y per pixel column: the loudest bin whose frequency falls in the column, or, where bins are
     * wider than columns (low frequencies), the level interpolated at the column's centre.
     */
    public static double[] columns(float[] db, double rate, int columns, double height) {
        double[] ys = new double[Math.max(0, columns)];
        if (db.length < 2) {
            for (int c = 0; c < ys.length; c++) {
                ys[c] = height;
            }
            return ys;
        }
        double nyquist = rate / 2;
        double binHz = nyquist / db.length;
        for (int c = 0; c < columns; c++) {
            double from = hz(c, nyquist, columns) / binHz;
            double to = hz(c + 1, nyquist, columns) / binHz;
            int first = (int) Math.ceil(from);
            int last = Math.min(db.length - 1, (int) Math.floor(to));
            double level;
            if (first <= last) {
                level = db[first];
                for (int k = first + 1; k <= last; k++) {
                    level = Math.max(level, db[k]);
                }
            } else {
                double centre = Math.min(db.length - 1, (from + to) / 2);
                int k = Math.min(db.length - 2, (int) Math.floor(centre));
                level = db[k] + (db[k + 1] - db[k]) * (centre - k);
            }
            ys[c] = y(level, height);
        }
        return ys;
    }

    /** The frequency of the loudest bin, refined between bins; -1 when nothing rises above the floor. */
    public static double peakHz(float[] db, double rate) {
        int best = -1;
        for (int k = 1; k < db.length - 1; k++) {
            if (db[k] > FLOOR_DB && (best < 0 || db[k] > db[best])) {
                best = k;
            }
        }
        if (best < 0) {
            return -1;
        }
        double a = db[best - 1];
        double b = db[best];
        double c = db[best + 1];
        double curve = a - 2 * b + c;
        double shift = curve == 0 ? 0 : 0.5 * (a - c) / curve;
        return (best + shift) * rate / 2 / db.length;
    }

    /** The frequency axis's marks (20, 50, 100 ... 20k) up to Nyquist. */
    public static List<Tick> frequencyTicks(double nyquist, double width) {
        List<Tick> ticks = new ArrayList<>();
        for (double hz : FREQUENCY_TICKS) {
            if (hz <= nyquist) {
                ticks.add(new Tick(x(hz, nyquist, width), hz >= 1000 ? (long) (hz / 1000) + "k" : Long.toString((long) hz)));
            }
        }
        return ticks;
    }

    /** The level axis's marks, every 20 dB. */
    public static List<Tick> dbTicks(double height) {
        List<Tick> ticks = new ArrayList<>();
        for (double db : DB_TICKS) {
            ticks.add(new Tick(y(db, height), (long) db + " dB"));
        }
        return ticks;
    }
}
