package dev.faustwire.session.scope;

/**
 * The oscilloscope's trace: it starts at a rising zero crossing (armed only once the signal has
 * been below {@code -hysteresis}, so noise around zero does not trigger it), so that a periodic
 * signal stands still from frame to frame; without a crossing it runs free on the newest samples.
 */
public final class ScopeTrace {
    /** The fraction of the buffer's peak the signal must fall below before a crossing counts. */
    static final double HYSTERESIS = 0.05;

    private ScopeTrace() {
    }

    /**
     * The index where a trace of {@code span} samples starts in {@code samples}: the first rising
     * crossing of zero, or {@code samples.length - span} (free running) when there is none.
     */
    public static int trigger(float[] samples, int span) {
        int last = samples.length - span;
        if (last <= 0) {
            return 0;
        }
        double peak = 0;
        for (float s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        double arm = -HYSTERESIS * peak;
        boolean armed = false;
        for (int i = 0; i <= last; i++) {
            if (peak > 0 && samples[i] < arm) {
                armed = true;
            } else if (armed && samples[i] >= 0) {
                return i;
            }
        }
        return last;
    }

    /**
     * Where the trace starts, between samples: the trigger moved back to where the line between the
     * sample before it and it crosses zero, so that the trace does not jitter by up to a sample.
     */
    public static double start(float[] samples, int span) {
        int i = trigger(samples, span);
        if (i <= 0 || i >= samples.length || !(samples[i - 1] < 0 && samples[i] >= 0)) {
            return i;
        }
        return i - samples[i] / (samples[i] - samples[i - 1]);
    }

    /**
     * The trace as one y (pixels from the top, {@code height} tall, -1..1 full scale, clipped) per
     * column of {@code columns}, over {@code span} samples from the trigger, linearly interpolated.
     */
    public static double[] columns(float[] samples, int span, int columns, double height) {
        double[] ys = new double[Math.max(0, columns)];
        if (columns <= 0 || samples.length == 0) {
            return ys;
        }
        int shown = Math.min(span, samples.length);
        double start = start(samples, shown);
        for (int c = 0; c < columns; c++) {
            double at = start + (columns == 1 ? 0 : (double) c * (shown - 1) / (columns - 1));
            int i = (int) Math.floor(at);
            double fraction = at - i;
            i = Math.min(i, samples.length - 1);
            double next = i + 1 < samples.length ? samples[i + 1] : samples[i];
            double value = samples[i] + (next - samples[i]) * fraction;
            value = Math.max(-1, Math.min(1, value));
            ys[c] = height / 2 * (1 - value);
        }
        return ys;
    }
}
