package dev.faustwire.server.gen;

import static dev.faustwire.server.gen.GenRender.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.gen.audio.AudioContent;
import dev.faustwire.gen.audio.AudioData;
import dev.faustwire.gen.audio.AudioDecoder;
import dev.faustwire.testsupport.AudioFileBytes;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A decoded audio file's content text in gen.lib's table store, compiled by the real faust (-double) and read
 * back frame by frame on each channel with {@code gen.peek}: the samples the test wrote into the file, as
 * Max's buffer~ holds them (32-bit floats), within 1e-9; past the table, 0.
 */
class GenBufferContentIT {
    static final double TOLERANCE = 1e-9;

    @AfterAll
    static void figures() {
        System.out.println("GenBufferContentIT: " + GenRender.compileFigures());
    }

    /** Renders every channel of the file's table read at frames 0, 1, ... (frames + 2 samples). */
    static double[][] readBack(byte[] file) {
        AudioData audio = AudioDecoder.decode(file, AudioContent.MAX_SAMPLES).audio();
        String content = AudioContent.of(audio).function();
        StringBuilder process = new StringBuilder();
        for (int c = 0; c < audio.channels(); c++) {
            process.append(c == 0 ? "" : ", ").append("(ba.time : gen.peek(").append(audio.frames()).append(", gen.store_rd(")
                    .append(audio.frames()).append(", ").append(audio.channels()).append(", ").append(content)
                    .append(", 0, 0, ").append(c).append(")))");
        }
        return GenRender.compile(process.toString()).render(GenRender.DEFAULT_RATE, audio.frames() + 2);
    }

    static double[] expected(double[] channel) {
        double[] out = new double[channel.length + 2];
        for (int i = 0; i < channel.length; i++) {
            out[i] = channel[i];
        }
        return out;
    }

    @Test
    void aSixteenBitStereoWavReadsBackItsIntegersOverTwoToTheFifteen() {
        int frames = 500;
        long[] interleaved = new long[2 * frames];
        double[][] want = new double[2][frames];
        Random random = new Random(5);
        for (int f = 0; f < frames; f++) {
            long left = f * 64 - 16000;
            long right = random.nextInt(65536) - 32768;
            interleaved[2 * f] = left;
            interleaved[2 * f + 1] = right;
            want[0][f] = left / 32768.0;
            want[1][f] = right / 32768.0;
        }
        double[][] out = readBack(AudioFileBytes.wav16(2, 44100, interleaved));
        assertEquals(2, out.length);
        assertClose("left", expected(want[0]), out[0], TOLERANCE);
        assertClose("right", expected(want[1]), out[1], TOLERANCE);
    }

    @Test
    void aFloatAiffReadsBackItsSamplesRoundedToFloat() {
        int frames = 400;
        double[] values = new double[frames];
        double[] want = new double[frames];
        Random random = new Random(6);
        for (int f = 0; f < frames; f++) {
            values[f] = f == 0 ? 1e-30 : f == 1 ? -3.75 : random.nextGaussian() * 0.3;
            want[f] = (float) values[f];
        }
        byte[] file = AudioFileBytes.aiff("fl64", 1, frames, 64, 48000, AudioFileBytes.floats(values, 8, true));
        double[][] out = readBack(file);
        assertClose("fl64 rounded to float", expected(want), out[0], TOLERANCE);
        int differ = 0;
        for (int f = 0; f < frames; f++) {
            differ += out[0][f] != values[f] ? 1 : 0;
        }
        assertTrue(differ > frames / 2, "the 64-bit samples are read as Max holds them, rounded to float: " + differ);
    }

    @Test
    void twentyFourBitThreeChannels() {
        int frames = 300;
        long[] interleaved = new long[3 * frames];
        double[][] want = new double[3][frames];
        for (int f = 0; f < frames; f++) {
            for (int c = 0; c < 3; c++) {
                long v = (long) ((f * 27961L + c * 1_000_003L) % 16777216L) - 8388608L;
                interleaved[3 * f + c] = v;
                want[c][f] = v / 8388608.0;
            }
        }
        byte[] file = AudioFileBytes.wav(1, 3, 96000, 3, AudioFileBytes.ints(interleaved, 3, false, false));
        double[][] out = readBack(file);
        for (int c = 0; c < 3; c++) {
            assertClose("channel " + c, expected(want[c]), out[c], TOLERANCE);
        }
    }
}
