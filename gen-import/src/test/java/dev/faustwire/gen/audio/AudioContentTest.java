package dev.faustwire.gen.audio;

import static dev.faustwire.testsupport.AudioFileBytes.floats;
import static dev.faustwire.testsupport.AudioFileBytes.ints;
import static dev.faustwire.testsupport.AudioFileBytes.wav;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A decoded file as Faust text: integers and their divisor for PCM, shortest decimals for floats. */
class AudioContentTest {
    static AudioContent content(byte[] file) {
        return AudioContent.of(AudioDecoder.decode(file, AudioContent.MAX_SAMPLES).audio());
    }

    static String text(double value) {
        StringBuilder out = new StringBuilder();
        SampleText.append(out, value);
        return out.toString();
    }

    @Test
    void sixteenBitPcmIsItsIntegersOverTwoToTheFifteen() {
        AudioContent c = content(wav(1, 2, 44100, 2, ints(new long[] {1, -1, 16384, -16384, 32767, -32768}, 2, false, false)));
        assertEquals("waveform{1,16384,32767,-1,-16384,-32768}", c.waveform());
        assertEquals("32768.0", c.scale());
        assertEquals("(waveform{1,16384,32767,-1,-16384,-32768}, i) : rdtable : /(32768.0)", c.read("i"));
        assertEquals("\\(j).((waveform{1,16384,32767,-1,-16384,-32768}, j) : rdtable : /(32768.0))", c.function());
        assertEquals(0, c.notFinite());
    }

    @Test
    void eightAndTwentyFourBitScales() {
        assertEquals("128.0", content(wav(1, 1, 8000, 1, ints(new long[] {-128, 5}, 1, false, true))).scale());
        assertEquals("waveform{-128,5}", content(wav(1, 1, 8000, 1, ints(new long[] {-128, 5}, 1, false, true))).waveform());
        AudioContent c24 = content(wav(1, 1, 8000, 3, ints(new long[] {8388607, -8388608}, 3, false, false)));
        assertEquals("waveform{8388607,-8388608}", c24.waveform());
        assertEquals("8388608.0", c24.scale());
    }

    @Test
    void floatsAreTheirShortestDecimalsAndNotFiniteOnesAreReplaced() {
        AudioContent c = content(wav(3, 1, 44100, 4, floats(new double[] {0.5, -0.1, 1e-30, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0}, 4, false)));
        assertNull(c.scale());
        assertEquals("waveform{0.5,-0.10000000149011612,1.0000000031710769e-30,0.0,3.4028234663852886e38,"
                + "-3.4028234663852886e38,0.0,0.0}", c.waveform());
        assertEquals("(waveform{0.5,-0.10000000149011612,1.0000000031710769e-30,0.0,3.4028234663852886e38,"
                + "-3.4028234663852886e38,0.0,0.0}, j) : rdtable", c.read("j"));
        assertEquals(3, c.notFinite());
    }

    @Test
    void thirtyTwoBitPcmIsWrittenAsFloats() {
        AudioContent c = content(wav(1, 1, 44100, 4, ints(new long[] {Integer.MAX_VALUE, 1 << 30, 123456789}, 4, false, false)));
        assertNull(c.scale());
        assertEquals("waveform{1.0,0.5,0.057489048689603806}", c.waveform());
        assertEquals((float) (123456789 / 2147483648.0), Double.parseDouble("0.057489048689603806"));
    }

    @Test
    void sampleTextHasAPointAnExponentWhereNeededAndReadsBackExactly() {
        assertEquals("1.0", text(1));
        assertEquals("-2.5", text(-2.5));
        assertEquals("0.00001", text(1e-5));
        assertEquals("1.0e-6", text(1e-6));
        assertEquals("1234567.0", text(1234567));
        assertEquals("1.0e16", text(1e16));
        assertEquals("0.30000001192092896", text((float) 0.3));
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            double v = i % 2 == 0 ? (float) (random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10))
                    : Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                continue;
            }
            String t = text(v);
            assertEquals(v, Double.parseDouble(t), t);
            assertTrue(t.contains("."), t);
            assertTrue(t.replace("-", "").replace(".", "").replaceAll("e.*", "").replaceAll("^0+", "").length() <= 17, t);
        }
    }

    @Test
    void aLargeFileIsWrittenQuickly() {
        double[] values = new double[AudioContent.MAX_SAMPLES];
        Random random = new Random(1);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() * 2 - 1;
        }
        byte[] file = wav(3, 1, 48000, 4, floats(values, 4, false));
        long start = System.nanoTime();
        AudioContent c = content(file);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("content of " + values.length + " float samples: " + c.waveform().length() + " characters in " + ms + " ms");
        assertTrue(c.waveform().startsWith("waveform{"));
    }
}
