package dev.faustwire.gen.audio;

import static dev.faustwire.testsupport.AudioFileBytes.aiff;
import static dev.faustwire.testsupport.AudioFileBytes.chunk;
import static dev.faustwire.testsupport.AudioFileBytes.comm;
import static dev.faustwire.testsupport.AudioFileBytes.container;
import static dev.faustwire.testsupport.AudioFileBytes.floats;
import static dev.faustwire.testsupport.AudioFileBytes.fmt;
import static dev.faustwire.testsupport.AudioFileBytes.fmtExtensible;
import static dev.faustwire.testsupport.AudioFileBytes.ints;
import static dev.faustwire.testsupport.AudioFileBytes.ssnd;
import static dev.faustwire.testsupport.AudioFileBytes.wav;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Files the decoder does not read: each a problem kind and a sentence that says why, never an exception. */
class AudioDecoderProblemsTest {
    static final byte[] SAMPLES = ints(new long[] {1, 2, 3, 4}, 2, false, false);

    static AudioDecoding problem(AudioProblem expected, byte[] bytes, String words) {
        AudioDecoding d = AudioDecoder.decode(bytes, AudioContent.MAX_SAMPLES);
        assertFalse(d.ok(), "decoded, but expected " + expected);
        assertNull(d.audio());
        assertEquals(expected, d.problem(), d.message());
        assertTrue(d.message().contains(words), d.message());
        return d;
    }

    static byte[] wavOf(byte[] fmtBody, byte[] data) {
        return container("RIFF", "WAVE", false, chunk("fmt ", fmtBody, false), chunk("data", data, false));
    }

    @Test
    void notAudioAtAll() {
        problem(AudioProblem.NOT_AUDIO, null, "too short");
        problem(AudioProblem.NOT_AUDIO, new byte[0], "(0 bytes)");
        problem(AudioProblem.NOT_AUDIO, "RIFF".getBytes(StandardCharsets.US_ASCII), "too short");
        problem(AudioProblem.NOT_AUDIO, "{\"patcher\": {\"boxes\": []}}".getBytes(StandardCharsets.UTF_8), "neither a WAV");
        problem(AudioProblem.NOT_AUDIO, container("RIFF", "AVI ", false, chunk("LIST", new byte[4], false)), "type 'AVI '");
        problem(AudioProblem.NOT_AUDIO, container("FORM", "8SVX", true, chunk("VHDR", new byte[20], true)), "type '8SVX'");
        byte[] rf64 = wav(1, 1, 44100, 2, SAMPLES);
        rf64[0] = 'R';
        rf64[1] = 'F';
        rf64[2] = '6';
        rf64[3] = '4';
        problem(AudioProblem.UNSUPPORTED, rf64, "RF64");
    }

    @Test
    void compressedEncodingsAreUnsupportedAndNamed() {
        problem(AudioProblem.UNSUPPORTED, wavOf(fmt(7, 1, 8000, 1, 8, false), new byte[8]), "mu-law (format tag 7)");
        problem(AudioProblem.UNSUPPORTED, wavOf(fmt(0x55, 1, 8000, 1, 8, false), new byte[8]), "MPEG layer 3");
        problem(AudioProblem.UNSUPPORTED, wavOf(fmt(0x1234, 1, 8000, 1, 8, false), new byte[8]), "(format tag 4660)");
        problem(AudioProblem.UNSUPPORTED, wavOf(fmt(1, 1, 8000, 8, 64, false), new byte[16]), "64-bit integer");
        problem(AudioProblem.UNSUPPORTED, wavOf(fmt(3, 1, 8000, 2, 16, false), new byte[16]), "16-bit float");
        byte[] oddGuid = fmtExtensible(1, 1, 8000, 2, 16, 16);
        oddGuid[39] = 0;
        problem(AudioProblem.UNSUPPORTED, wavOf(oddGuid, new byte[8]), "sub-format");
        problem(AudioProblem.UNSUPPORTED, aiff("ulaw", 1, 2, 8, 8000, new byte[2]), "AIFC compression 'ulaw'");
        problem(AudioProblem.UNSUPPORTED, aiff("ima4", 1, 2, 16, 8000, new byte[68]), "'ima4'");
    }

    @Test
    void aWavWithoutItsChunksOrWithImpossibleFormatFields() {
        problem(AudioProblem.MALFORMED, container("RIFF", "WAVE", false, chunk("data", SAMPLES, false)), "without a fmt chunk");
        problem(AudioProblem.MALFORMED, container("RIFF", "WAVE", false, chunk("fmt ", fmt(1, 1, 8000, 2, 16, false), false)),
                "without a data chunk");
        problem(AudioProblem.MALFORMED, wavOf(fmt(1, 0, 8000, 2, 16, false), SAMPLES), "0 channels");
        problem(AudioProblem.MALFORMED, wavOf(fmt(1, 1, 0, 2, 16, false), SAMPLES), "sample rate of 0");
        problem(AudioProblem.MALFORMED, wavOf(fmt(1, 2, 8000, 3, 16, false), SAMPLES), "frame size (3 bytes)");
        problem(AudioProblem.MALFORMED, wavOf(fmt(1, 1, 8000, 0, 16, false), SAMPLES), "frame size (0 bytes)");
        problem(AudioProblem.MALFORMED, wavOf(fmt(1, 1, 8000, 2, 24, false), SAMPLES), "24-bit samples in 2-byte slots");
        problem(AudioProblem.MALFORMED, wavOf(fmt(1, 1, 8000, 2, 0, false), SAMPLES), "0-bit samples");
        problem(AudioProblem.MALFORMED, wavOf(Arrays.copyOf(fmt(1, 1, 8000, 2, 16, false), 14), SAMPLES), "less than the 16");
        problem(AudioProblem.MALFORMED, wavOf(Arrays.copyOf(fmtExtensible(1, 1, 8000, 2, 16, 16), 30), SAMPLES), "less than the 40");
        problem(AudioProblem.MALFORMED, wavOf(fmt(1, 1, 8000, 2, 16, false), new byte[0]), "no sample frames");
        problem(AudioProblem.MALFORMED, wavOf(fmt(1, 2, 8000, 4, 16, false), new byte[3]), "no sample frames");
    }

    @Test
    void lyingSizesAreCaughtBeforeAnythingIsAllocated() {
        byte[] huge = container("RIFF", "WAVE", false, chunk("fmt ", fmt(1, 1, 8000, 2, 16, false), false),
                chunk("data", 0x7FFFFFF0L, SAMPLES, false));
        problem(AudioProblem.MALFORMED, huge, "claims 2147483632 bytes but only 8 follow");
        byte[] fmtPastTheEnd = container("RIFF", "WAVE", false, chunk("fmt ", 0xFFFFFFF0L, fmt(1, 1, 8000, 2, 16, false), false));
        problem(AudioProblem.MALFORMED, fmtPastTheEnd, "ends before its end");
        byte[] commLies = aiff(null, 2, 4_000_000_000L, 16, 44100, SAMPLES);
        problem(AudioProblem.MALFORMED, commLies, "says 4000000000 frames (16000000000 bytes) but the SSND chunk holds 8 bytes");
        byte[] manyChannels = aiff(null, 32767, 4_000_000_000L, 32, 44100, SAMPLES);
        problem(AudioProblem.MALFORMED, manyChannels, "truncated");
    }

    @Test
    void truncatedFilesAreMalformed() {
        byte[] whole = wav(1, 1, 44100, 2, ints(new long[] {1, 2, 3, 4, 5, 6, 7, 8}, 2, false, false));
        for (int cut = 12; cut < whole.length; cut++) {
            AudioDecoding d = AudioDecoder.decode(Arrays.copyOf(whole, cut), AudioContent.MAX_SAMPLES);
            assertFalse(d.ok(), "cut at " + cut);
            assertEquals(AudioProblem.MALFORMED, d.problem(), d.message());
        }
        byte[] aif = aiff(null, 1, 8, 16, 44100, ints(new long[] {1, 2, 3, 4, 5, 6, 7, 8}, 2, true, false));
        for (int cut = 12; cut < aif.length; cut++) {
            AudioDecoding d = AudioDecoder.decode(Arrays.copyOf(aif, cut), AudioContent.MAX_SAMPLES);
            assertFalse(d.ok(), "cut at " + cut);
            assertEquals(AudioProblem.MALFORMED, d.problem(), d.message());
        }
    }

    @Test
    void anAiffWithoutItsChunksOrWithImpossibleFields() {
        problem(AudioProblem.MALFORMED, container("FORM", "AIFF", true, chunk("SSND", ssnd(0, SAMPLES), true)), "without a COMM chunk");
        problem(AudioProblem.MALFORMED, container("FORM", "AIFF", true, chunk("COMM", comm(1, 4, 16, 44100, null), true)),
                "says 4 frames but there is no SSND chunk");
        problem(AudioProblem.MALFORMED, container("FORM", "AIFF", true, chunk("COMM", comm(1, 0, 16, 44100, null), true)),
                "no sample frames");
        problem(AudioProblem.MALFORMED, container("FORM", "AIFC", true, chunk("COMM", comm(1, 4, 16, 44100, null), true)),
                "less than the 22");
        problem(AudioProblem.MALFORMED, aiff(null, 0, 4, 16, 44100, SAMPLES), "0 channels");
        problem(AudioProblem.MALFORMED, aiff(null, 1, 4, 0, 44100, SAMPLES), "0-bit samples");
        problem(AudioProblem.MALFORMED, aiff(null, 1, 4, 40, 44100, SAMPLES), "40-bit samples");
        problem(AudioProblem.MALFORMED, aiff(null, 1, 4, 16, 0, SAMPLES), "not a rate");
        problem(AudioProblem.MALFORMED, aiff(null, 1, 4, 16, -44100, SAMPLES), "not a rate");
        problem(AudioProblem.MALFORMED, aiff(null, 1, 4, 16, 1e300, SAMPLES), "not a rate");
        problem(AudioProblem.MALFORMED, container("FORM", "AIFF", true, chunk("COMM", comm(1, 4, 16, 44100, null), true),
                chunk("SSND", new byte[4], true)), "too short for its header");
        byte[] offsetPastTheEnd = container("FORM", "AIFF", true, chunk("COMM", comm(1, 1, 16, 44100, null), true),
                chunk("SSND", ints(new long[] {0x7FFFFFFF, 0, 0}, 4, true, false), true));
        problem(AudioProblem.MALFORMED, offsetPastTheEnd, "truncated");
    }

    @Test
    void moreSamplesThanTheLimitIsTooLargeAndSaysHowMany() {
        byte[] eleven = wav(1, 1, 44100, 2, ints(new long[11], 2, false, false));
        AudioDecoding d = AudioDecoder.decode(eleven, 10);
        assertEquals(AudioProblem.TOO_LARGE, d.problem());
        assertEquals("11 frames of 1 channel are 11 samples, more than the 10 a table of the import holds", d.message());
        assertTrue(AudioDecoder.decode(eleven, 11).ok());
        byte[] stereo = aiff(null, 2, 6, 16, 44100, ints(new long[12], 2, true, false));
        assertEquals("6 frames of 2 channels are 12 samples, more than the 10 a table of the import holds",
                AudioDecoder.decode(stereo, 10).message());
        byte[] floatFile = wav(3, 2, 44100, 4, floats(new double[AudioContent.MAX_SAMPLES + 2], 4, false));
        problem(AudioProblem.TOO_LARGE, floatFile, "25001 frames of 2 channels are 50002 samples, more than the 50000");
    }
}
