package dev.faustwire.gen.audio;

import static dev.faustwire.testsupport.AudioFileBytes.aiff;
import static dev.faustwire.testsupport.AudioFileBytes.chunk;
import static dev.faustwire.testsupport.AudioFileBytes.container;
import static dev.faustwire.testsupport.AudioFileBytes.floats;
import static dev.faustwire.testsupport.AudioFileBytes.fmt;
import static dev.faustwire.testsupport.AudioFileBytes.fmtExtensible;
import static dev.faustwire.testsupport.AudioFileBytes.ints;
import static dev.faustwire.testsupport.AudioFileBytes.wav;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each encoding the decoder reads, on files built byte by byte: values, channel order, rate, format words. */
class AudioDecoderTest {
    static final int LIMIT = AudioContent.MAX_SAMPLES;

    static AudioData decoded(byte[] bytes) {
        AudioDecoding d = AudioDecoder.decode(bytes, LIMIT);
        assertTrue(d.ok(), () -> d.problem() + ": " + d.message());
        assertEquals("", d.message());
        return d.audio();
    }

    /** Samples channel after channel. */
    static void assertSamples(double[] expected, AudioData audio) {
        assertArrayEquals(expected, audio.samples(), 0.0);
    }

    @Test
    void sixteenBitStereoIsReadChannelAfterChannel() {
        AudioData a = decoded(wav(1, 2, 44100, 2, ints(new long[] {1, -1, 16384, -16384, 32767, -32768}, 2, false, false)));
        assertEquals(3, a.frames());
        assertEquals(2, a.channels());
        assertEquals(44100.0, a.sampleRate());
        assertEquals(16, a.pcmBits());
        assertEquals("WAV 16-bit PCM", a.format());
        assertSamples(new double[] {1 / 32768.0, 0.5, 32767 / 32768.0, -1 / 32768.0, -0.5, -1.0}, a);
        assertEquals(0.5, a.sample(0, 1));
        assertEquals(-0.5, a.sample(1, 1));
        assertEquals(6, a.size());
    }

    @Test
    void eightBitWavIsUnsignedAroundOneHundredTwentyEight() {
        AudioData a = decoded(wav(1, 1, 8000, 1, ints(new long[] {-128, -1, 0, 64, 127}, 1, false, true)));
        assertSamples(new double[] {-1.0, -1 / 128.0, 0.0, 0.5, 127 / 128.0}, a);
        assertEquals(8, a.pcmBits());
        assertEquals("WAV 8-bit unsigned PCM", a.format());
    }

    @Test
    void twentyFourBitIsExactAndThirtyTwoBitIsRoundedToFloat() {
        AudioData a24 = decoded(wav(1, 1, 48000, 3, ints(new long[] {8388607, -8388608, 1, -4194304}, 3, false, false)));
        assertSamples(new double[] {8388607 / 8388608.0, -1.0, 1 / 8388608.0, -0.5}, a24);
        assertEquals(24, a24.pcmBits());
        AudioData a32 = decoded(wav(1, 1, 48000, 4, ints(new long[] {Integer.MAX_VALUE, 1, Integer.MIN_VALUE, 123456789}, 4, false, false)));
        // 2^31-1 over 2^31 has 31 significant bits; Max's buffer~ holds it as the float 1.0.
        assertSamples(new double[] {1.0, 0x1p-31, -1.0, (float) (123456789 / 2147483648.0)}, a32);
        assertTrue(a32.sample(0, 3) != 123456789 / 2147483648.0, "the 32-bit value is rounded to float");
        assertEquals(0, a32.pcmBits());
    }

    @Test
    void floatsOfThirtyTwoBitsAreExactAndOfSixtyFourBitsRoundedToFloat() {
        double[] values = {0.1, -0.75, 1.5, 1e-30, -2.0};
        AudioData a32 = decoded(wav(3, 1, 96000, 4, floats(values, 4, false)));
        AudioData a64 = decoded(wav(3, 1, 96000, 8, floats(values, 8, false)));
        double[] asFloats = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            asFloats[i] = (float) values[i];
        }
        assertSamples(asFloats, a32);
        assertSamples(asFloats, a64);
        assertEquals("WAV 64-bit float", a64.format());
        assertEquals(0, a64.pcmBits());
    }

    @Test
    void rifxIsBigEndianThroughout() {
        byte[] file = container("RIFX", "WAVE", true, chunk("fmt ", fmt(1, 1, 22050, 2, 16, true), true),
                chunk("data", ints(new long[] {256, -2}, 2, true, false), true));
        AudioData a = decoded(file);
        assertSamples(new double[] {256 / 32768.0, -2 / 32768.0}, a);
        assertEquals(22050.0, a.sampleRate());
        assertEquals("WAV (RIFX) 16-bit PCM", a.format());
    }

    @Test
    void extensibleWavReadsItsSubFormat() {
        // 24 valid bits left-justified in 32-bit slots: the value is the 32-bit slot's.
        long[] slots = {0x7FFFFF00L, -0x80000000L, 0x00000100L};
        byte[] pcm = container("RIFF", "WAVE", false, chunk("fmt ", fmtExtensible(1, 1, 44100, 4, 32, 24), false),
                chunk("data", ints(slots, 4, false, false), false));
        assertSamples(new double[] {8388607 / 8388608.0, -1.0, 1 / 8388608.0}, decoded(pcm));
        byte[] flt = container("RIFF", "WAVE", false, chunk("fmt ", fmtExtensible(3, 2, 44100, 8, 32, 32), false),
                chunk("data", floats(new double[] {0.25, -0.25, 0.5, -0.5}, 4, false), false));
        AudioData stereo = decoded(flt);
        assertSamples(new double[] {0.25, 0.5, -0.25, -0.5}, stereo);
    }

    @Test
    void chunksComeInAnyOrderAndOddChunksArePadded() {
        byte[] file = container("RIFF", "WAVE", false, chunk("LIST", new byte[] {'I', 'N', 'F', 'O', 'x'}, false),
                chunk("data", ints(new long[] {100, 200, 300}, 2, false, false), false),
                chunk("fmt ", fmt(1, 1, 44100, 2, 16, false), false), chunk("cue ", new byte[3], false));
        assertSamples(new double[] {100 / 32768.0, 200 / 32768.0, 300 / 32768.0}, decoded(file));
    }

    @Test
    void aPartialFrameAtTheEndOfTheDataIsLeftOut() {
        byte[] data = ints(new long[] {1, 2, 3, 4, 5}, 2, false, false);
        AudioData a = decoded(wav(1, 2, 44100, 2, data));
        assertEquals(2, a.frames());
        assertSamples(new double[] {1 / 32768.0, 3 / 32768.0, 2 / 32768.0, 4 / 32768.0}, a);
    }

    @Test
    void aStreamingWriterDataSizeRunsToTheEndOfTheFile() {
        byte[] file = container("RIFF", "WAVE", false, chunk("fmt ", fmt(1, 1, 44100, 2, 16, false), false),
                chunk("data", 0xFFFFFFFFL, ints(new long[] {7, 8}, 2, false, false), false));
        assertSamples(new double[] {7 / 32768.0, 8 / 32768.0}, decoded(file));
    }

    @Test
    void aiffSixteenBitStereoWithItsExtendedRate() {
        AudioData a = decoded(aiff(null, 2, 2, 16, 44100, ints(new long[] {16384, -16384, 1, -1}, 2, true, false)));
        assertEquals(44100.0, a.sampleRate());
        assertEquals(2, a.frames());
        assertSamples(new double[] {0.5, 1 / 32768.0, -0.5, -1 / 32768.0}, a);
        assertEquals("AIFF 16-bit PCM", a.format());
        assertEquals(22050.5, decoded(aiff(null, 1, 1, 16, 22050.5, new byte[2])).sampleRate());
        assertEquals(8000.0, decoded(aiff(null, 1, 1, 16, 8000, new byte[2])).sampleRate());
    }

    @Test
    void aiffEightBitIsSignedAndTwelveBitsSitInTwoBytes() {
        assertSamples(new double[] {-1.0, 0.5, 127 / 128.0},
                decoded(aiff(null, 1, 3, 8, 8000, ints(new long[] {-128, 64, 127}, 1, true, false))));
        AudioData twelve = decoded(aiff(null, 1, 2, 12, 8000, ints(new long[] {0x7FF0, -0x8000}, 2, true, false)));
        assertSamples(new double[] {0x7FF0 / 32768.0, -1.0}, twelve);
        assertEquals(16, twelve.pcmBits());
        assertSamples(new double[] {8388607 / 8388608.0, -0.5},
                decoded(aiff(null, 1, 2, 24, 48000, ints(new long[] {8388607, -4194304}, 3, true, false))));
    }

    @Test
    void aifcCompressionTypesThatAreNotCompressed() {
        assertSamples(new double[] {0.5, -0.25}, decoded(aiff("NONE", 1, 2, 16, 44100, ints(new long[] {16384, -8192}, 2, true, false))));
        assertSamples(new double[] {0.5, -0.25}, decoded(aiff("twos", 1, 2, 16, 44100, ints(new long[] {16384, -8192}, 2, true, false))));
        AudioData sowt = decoded(aiff("sowt", 2, 1, 16, 44100, ints(new long[] {16384, -8192}, 2, false, false)));
        assertSamples(new double[] {0.5, -0.25}, sowt);
        assertEquals("AIFC 16-bit PCM", sowt.format());
        assertSamples(new double[] {(float) 0.1, -3.5}, decoded(aiff("fl32", 1, 2, 32, 44100, floats(new double[] {0.1, -3.5}, 4, true))));
        assertSamples(new double[] {(float) 0.1, -3.5}, decoded(aiff("FL32", 1, 2, 32, 44100, floats(new double[] {0.1, -3.5}, 4, true))));
        assertSamples(new double[] {(float) 0.3, 0.0}, decoded(aiff("fl64", 1, 2, 64, 44100, floats(new double[] {0.3, 0.0}, 8, true))));
        assertSamples(new double[] {0.5}, decoded(aiff("in24", 1, 1, 24, 44100, ints(new long[] {4194304}, 3, true, false))));
        assertSamples(new double[] {-0.5}, decoded(aiff("in32", 1, 1, 32, 44100, ints(new long[] {-1073741824}, 4, true, false))));
        assertSamples(new double[] {-1.0, 0.0}, decoded(aiff("raw ", 1, 2, 8, 44100, ints(new long[] {-128, 0}, 1, true, true))));
    }

    @Test
    void anSsndOffsetSkipsItsBytes() {
        byte[] file = container("FORM", "AIFF", true,
                chunk("COMM", dev.faustwire.testsupport.AudioFileBytes.comm(1, 2, 16, 44100, null), true),
                chunk("SSND", dev.faustwire.testsupport.AudioFileBytes.ssnd(5, ints(new long[] {16384, 8192}, 2, true, false)), true));
        assertSamples(new double[] {0.5, 0.25}, decoded(file));
    }

    @Test
    void manyChannelsAndASingleFrame() {
        long[] values = new long[64];
        for (int i = 0; i < 64; i++) {
            values[i] = i * 100;
        }
        AudioData a = decoded(wav(1, 64, 44100, 2, ints(values, 2, false, false)));
        assertEquals(1, a.frames());
        assertEquals(64, a.channels());
        assertEquals(6300 / 32768.0, a.sample(63, 0));
    }
}
