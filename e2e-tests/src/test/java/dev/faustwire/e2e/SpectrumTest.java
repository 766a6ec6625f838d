package dev.faustwire.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Spectrum} on made-up signals, so that what PolyphonyIT concludes from it can be trusted. */
class SpectrumTest {
    private static final int RATE = 48_000;

    private static double[] chord(double seconds, double... hzAndAmplitude) {
        double[] s = new double[(int) (seconds * RATE)];
        for (int i = 0; i < s.length; i++) {
            for (int k = 0; k < hzAndAmplitude.length; k += 2) {
                s[i] += hzAndAmplitude[k + 1] * Math.sin(2 * Math.PI * hzAndAmplitude[k] * i / RATE + k);
            }
        }
        return s;
    }

    @Test
    void aSineReadsItsAmplitudeAtItsFrequencyOnly() {
        double[] s = chord(1, 261.63, 0.5);
        assertEquals(0.5, Spectrum.amplitude(s, RATE, 261.63), 0.005);
        assertTrue(Spectrum.amplitude(s, RATE, 293.66) < 0.001);
        assertTrue(Spectrum.prominenceDb(s, RATE, 261.63) > 40);
    }

    @Test
    void theThreeNotesOfAChordStandOutAndAnAbsentOneDoesNot() {
        double[] s = chord(1, Spectrum.noteHz(60), 0.3, Spectrum.noteHz(64), 0.3, Spectrum.noteHz(67), 0.3);
        for (int note : new int[] {60, 64, 67}) {
            assertEquals(0.3, Spectrum.amplitude(s, RATE, Spectrum.noteHz(note)), 0.005);
            assertTrue(Spectrum.prominenceDb(s, RATE, Spectrum.noteHz(note)) > 30);
        }
        assertTrue(Spectrum.amplitude(s, RATE, Spectrum.noteHz(62)) < 0.003, "D4 is not played");
    }

    @Test
    void noiseHasNoProminentNote() {
        java.util.Random random = new java.util.Random(7);
        double[] s = new double[RATE];
        for (int i = 0; i < s.length; i++) {
            s[i] = random.nextGaussian() * 0.1;
        }
        assertTrue(Spectrum.prominenceDb(s, RATE, 440) < 15, "noise: " + Spectrum.prominenceDb(s, RATE, 440));
    }

    @Test
    void notesHaveTheirFrequencies() {
        assertEquals(440, Spectrum.noteHz(69), 1e-9);
        assertEquals(261.626, Spectrum.noteHz(60), 0.001);
        assertEquals(523.251, Spectrum.noteHz(72), 0.001);
    }
}
