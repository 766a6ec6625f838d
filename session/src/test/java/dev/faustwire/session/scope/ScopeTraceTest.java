package dev.faustwire.session.scope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The trace starts at a rising zero crossing, so a periodic signal stands still whatever the buffer's phase. */
class ScopeTraceTest {
    @Test
    void aSineStartsAtItsRisingCrossing() {
        float[] s = Signals.sine(440, 1, 48000, 2048, 2.0); // starts on the way down
        int t = ScopeTrace.trigger(s, 512);
        assertTrue(s[t - 1] < 0 && s[t] >= 0, "rising through zero at " + t);
        for (int i = 1; i < t; i++) {
            assertTrue(!(s[i - 1] < 0 && s[i] >= 0), "no earlier rising crossing at " + i);
        }
    }

    @Test
    void theTraceIsTheSameForEveryPhaseOfTheBuffer() {
        double[] first = null;
        for (int frame = 0; frame < 12; frame++) {
            float[] s = Signals.sine(440, 0.8, 48000, 2048, frame * 0.77);
            double[] ys = ScopeTrace.columns(s, 1024, 200, 100);
            if (first == null) {
                first = ys;
            } else {
                assertArrayEquals(first, ys, 2.5, "frame " + frame + " stands still (within a sample's step)");
            }
        }
    }

    @Test
    void theStartIsWhereTheLineBetweenSamplesCrossesZero() {
        float[] s = {0.5f, -0.5f, -0.25f, 0.75f, 1f, 0.5f};
        assertEquals(3, ScopeTrace.trigger(s, 2));
        assertEquals(2.25, ScopeTrace.start(s, 2), 1e-9, "a quarter of the way from -0.25 to 0.75");
        float[] dc = {0.5f, 0.5f, 0.5f};
        assertEquals(1, ScopeTrace.start(dc, 2), 1e-9, "free running: no crossing to refine");
    }

    @Test
    void theTraceStandsStillToAFractionOfAPixel() {
        double worst = 0;
        double[] first = ScopeTrace.columns(Signals.sine(440, 1, 48000, 4096, 0), 1024, 320, 110);
        for (int frame = 1; frame < 40; frame++) {
            double[] ys = ScopeTrace.columns(Signals.sine(440, 1, 48000, 4096, frame * 0.377), 1024, 320, 110);
            for (int c = 0; c < ys.length; c++) {
                worst = Math.max(worst, Math.abs(ys[c] - first[c]));
            }
        }
        assertTrue(worst < 0.5, "largest difference between frames, pixels: " + worst);
    }

    @Test
    void noiseAroundZeroDoesNotTriggerBeforeTheSignalWentBelowTheHysteresis() {
        float[] s = new float[1000];
        for (int i = 0; i < 100; i++) {
            s[i] = (i % 2 == 0) ? 0.01f : -0.01f; // tiny dither around zero
        }
        for (int i = 100; i < 1000; i++) {
            s[i] = (float) Math.sin(2 * Math.PI * (i - 100) / 200.0 + Math.PI); // goes down first
        }
        int t = ScopeTrace.trigger(s, 200);
        assertTrue(t >= 200, "the crossing after the first trough, not the dither: " + t);
        assertEquals(0, s[t], 0.05);
    }

    @Test
    void withoutACrossingItRunsFreeOnTheNewestSamples() {
        float[] dc = new float[600];
        java.util.Arrays.fill(dc, 0.5f);
        assertEquals(400, ScopeTrace.trigger(dc, 200));
        assertEquals(400, ScopeTrace.trigger(new float[600], 200), "silence");
        assertEquals(0, ScopeTrace.trigger(new float[100], 200), "a buffer shorter than the span");
    }

    @Test
    void columnsMapFullScaleToTheHeightAndClip() {
        float[] s = {0f, 1f, -1f, 2f, -3f};
        double[] ys = ScopeTrace.columns(s, 5, 5, 100);
        assertEquals(5, ys.length);
        double[] free = {50, 0, 100, 0, 100};
        assertArrayEquals(free, ys, 1e-9, "no crossing after an arming trough: free running from 0");
        assertEquals(0, ScopeTrace.columns(s, 5, 0, 100).length);
        assertEquals(3, ScopeTrace.columns(new float[0], 5, 3, 100).length);
    }

    @Test
    void columnsInterpolateBetweenSamples() {
        float[] ramp = {0f, 0.5f};
        double[] ys = ScopeTrace.columns(ramp, 2, 3, 100);
        assertArrayEquals(new double[] {50, 37.5, 25}, ys, 1e-9);
    }
}
