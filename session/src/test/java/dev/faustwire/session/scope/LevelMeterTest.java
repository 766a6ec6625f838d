package dev.faustwire.session.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RMS and its text: a full-scale sine reads 0.707 RMS, -3.0 dB. */
class LevelMeterTest {
    @Test
    void aFullScaleSineIsAbout0point707() {
        float[] s = Signals.sine(440, 1, 48000, 8192, 0.2);
        double rms = LevelMeter.rms(s);
        assertEquals(Math.sqrt(0.5), rms, 0.002);
        assertEquals("0.707 RMS (-3.0 dB)", LevelMeter.text(rms));
    }

    @Test
    void quietAndSilentWires() {
        assertEquals("0.071 RMS (-23.0 dB)", LevelMeter.text(LevelMeter.rms(Signals.sine(440, 0.1, 48000, 9600, 0))));
        assertEquals("silent", LevelMeter.text(LevelMeter.rms(new float[512])));
        assertEquals("silent", LevelMeter.text(LevelMeter.rms(new float[0])));
        assertEquals("silent", LevelMeter.text(Double.NaN));
        assertEquals("1.000 RMS (0.0 dB)", LevelMeter.text(1));
    }

    @Test
    void fixedDecimals() {
        assertEquals("0.707", LevelMeter.fixed(0.70710678, 3));
        assertEquals("-3.0", LevelMeter.fixed(-3.0103, 1));
        assertEquals("0.0", LevelMeter.fixed(-0.01, 1), "no negative zero");
        assertEquals("12.050", LevelMeter.fixed(12.04999, 3));
        assertEquals("7", LevelMeter.fixed(6.5, 0));
        assertEquals("-120.4", LevelMeter.fixed(-120.41, 1));
    }
}
