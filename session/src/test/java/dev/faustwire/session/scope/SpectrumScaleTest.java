package dev.faustwire.session.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Log frequency axis, dB scale, bins to columns, and the peak's frequency between bins. */
class SpectrumScaleTest {
    @Test
    void theFrequencyAxisIsLogFrom20HzToNyquist() {
        assertEquals(0, SpectrumScale.x(20, 24000, 600), 1e-9);
        assertEquals(600, SpectrumScale.x(24000, 24000, 600), 1e-9);
        double decade = SpectrumScale.x(200, 24000, 600) - SpectrumScale.x(20, 24000, 600);
        assertEquals(decade, SpectrumScale.x(2000, 24000, 600) - SpectrumScale.x(200, 24000, 600), 1e-9,
                "every decade is as wide");
        for (double hz : new double[] {20, 55, 440, 1000, 12345, 24000}) {
            assertEquals(hz, SpectrumScale.hz(SpectrumScale.x(hz, 24000, 600), 24000, 600), 1e-6);
        }
    }

    @Test
    void theLevelAxisRunsFrom0DbAtTheTopTo100DbDown() {
        assertEquals(0, SpectrumScale.y(0, 200), 1e-9);
        assertEquals(200, SpectrumScale.y(-100, 200), 1e-9);
        assertEquals(40, SpectrumScale.y(-20, 200), 1e-9);
        assertEquals(0, SpectrumScale.y(12, 200), 1e-9, "clipped at the top");
        assertEquals(200, SpectrumScale.y(Double.NEGATIVE_INFINITY, 200), 1e-9, "silence (-Infinity) at the floor");
        assertEquals(200, SpectrumScale.y(Double.NaN, 200), 1e-9);
    }

    @Test
    void aSineAt440HzPeaksWithin1HzAndIsTheTallestColumnThere() {
        double rate = 48000;
        float[] db = Signals.analyserDb(Signals.sine(440, 1, rate, 4096, 0.3));
        double peak = SpectrumScale.peakHz(db, rate);
        assertEquals(440, peak, 1.0, "bins are " + rate / 4096 + " Hz wide");
        double[] ys = SpectrumScale.columns(db, rate, 400, 200);
        int tallest = 0;
        for (int c = 1; c < ys.length; c++) {
            if (ys[c] < ys[tallest]) {
                tallest = c;
            }
        }
        double at = SpectrumScale.hz(tallest + 0.5, rate / 2, 400);
        assertTrue(Math.abs(at - 440) < 440 * 0.03, "the tallest column is at " + at + " Hz");
        assertTrue(ys[tallest] < SpectrumScale.y(-20, 200), "a full-scale sine stands near the top (Blackman: -13.5 dB): " + ys[tallest]);
    }

    @Test
    void peaksOfOtherFrequenciesAndRates() {
        for (double hz : new double[] {100, 660, 1234.5, 9000}) {
            float[] db = Signals.analyserDb(Signals.sine(hz, 0.1, 44100, 4096, 1.1));
            assertEquals(hz, SpectrumScale.peakHz(db, 44100), hz * 0.002 + 0.5, hz + " Hz");
        }
    }

    @Test
    void silenceHasNoPeak() {
        float[] db = new float[1024];
        java.util.Arrays.fill(db, Float.NEGATIVE_INFINITY);
        assertEquals(-1, SpectrumScale.peakHz(db, 48000));
        java.util.Arrays.fill(db, -140f);
        assertEquals(-1, SpectrumScale.peakHz(db, 48000), "below the floor");
    }

    @Test
    void everyColumnHasALevelWhereBinsAreCoarseOrFine() {
        float[] db = new float[64];
        for (int k = 0; k < db.length; k++) {
            db[k] = -k;
        }
        double[] ys = SpectrumScale.columns(db, 48000, 300, 100);
        for (double y : ys) {
            assertTrue(y >= 0 && y <= 100, "within the height: " + y);
        }
        assertTrue(ys[0] < ys[299], "falling levels fall along the axis");
        double[] none = SpectrumScale.columns(new float[1], 48000, 10, 100);
        assertEquals(100, none[5], 1e-9, "no bins: the floor");
    }

    @Test
    void ticksAreLabelledAndOnlyUpToNyquist() {
        List<SpectrumScale.Tick> ticks = SpectrumScale.frequencyTicks(11025, 500);
        assertEquals("20", ticks.get(0).label());
        assertEquals(0, ticks.get(0).position(), 1e-9);
        assertEquals("1k", ticks.get(4 + 1).label());
        assertEquals("10k", ticks.get(ticks.size() - 1).label(), "20k is above 11025 Hz");
        assertEquals(SpectrumScale.x(1000, 11025, 500), ticks.get(5).position(), 1e-9);
        List<SpectrumScale.Tick> levels = SpectrumScale.dbTicks(100);
        assertEquals("0 dB", levels.get(0).label());
        assertEquals("-80 dB", levels.get(levels.size() - 1).label());
        assertEquals(80, levels.get(levels.size() - 1).position(), 1e-9);
    }
}
